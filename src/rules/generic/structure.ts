import { isCellError, isEmptyValue } from '../../model/cell';
import type { Table } from '../../model/table';
import { sheetDef, type FieldKey } from '../../model/schema';
import { profileFields } from '../../profiles/profiles';
import { MATERIALS_BASIS, materialsBasis } from '../../materials';
import { rowWiseRule, type Rule } from '../rule';
import { DATA_QUALITY } from '../../sources';

/** Consecutive row numbers as "5–7、9". */
export function rowSpans(rows: readonly number[]): string {
  const ranges: [number, number][] = [];
  for (const r of rows) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else ranges.push([r, r]);
  }
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join('、');
}

export const requiredSheets: Rule = {
  id: 'sheet.missing',
  title: '缺少必需的工作表',
  profiles: 'all',
  severity: 'error',
  basis: MATERIALS_BASIS,
  hint: '从本规则的模板工作簿中复制缺少的工作表',
  check(ctx) {
    for (const kind of ctx.profile.requiredSheets(ctx.business)) {
      if (!ctx.book.hasKind(kind)) {
        ctx.report({
          message: `缺少工作表“${sheetDef(kind).name}”（${ctx.profile.name}·${ctx.business}须提供）`,
          basis: materialsBasis(ctx.profile, ctx.business),
        });
        continue;
      }
      // A sheet with its headers only (a template sheet inserted and never filled) provides nothing.
      const tables = kind === 'org' ? [] : ctx.book.tablesOf(kind);
      if (tables.length && tables.every((t) => !t.rows.length)) {
        ctx.report({
          sheet: tables[0].sheet.name,
          message: `工作表“${tables[0].sheet.name}”只有表头，没有填写任何数据（${ctx.profile.name}·${ctx.business}须提供“${sheetDef(kind).name}”）`,
          basis: materialsBasis(ctx.profile, ctx.business),
          hint: '在该表中逐行填写数据',
        });
      }
    }
  },
};

export const requiredColumns: Rule = {
  id: 'column.missing',
  title: '缺少必需的列',
  profiles: 'all',
  severity: 'error',
  basis: DATA_QUALITY,
  hint: '按模板工作簿补上该列的表头（列的顺序不限）',
  emits: ['table.no-header'],
  check(ctx) {
    for (const t of ctx.book.tables) {
      if (t.headerRow === 0) {
        ctx.report({
          rule: 'table.no-header',
          sheet: t.sheet.name,
          message: `工作表“${t.sheet.name}”中找不到“${t.def.name}”的表头行`,
          hint: `表头应包含：${t.def.fields.filter((f) => f.required).map((f) => f.header).join('、')}`,
        });
        continue;
      }
      for (const f of profileFields(ctx.profile, t.def).filter((x) => x.required)) {
        if (!t.has(f.key)) ctx.report({ sheet: t.sheet.name, row: t.headerRow, message: `工作表“${t.sheet.name}”缺少“${f.header}”列`, column: f.header });
        else if (unfilled(t, f.key)) {
          ctx.report({ ...ctx.at(t, t.headerRow, f.key), message: `工作表“${t.sheet.name}”的“${f.header}”列没有填写任何内容`, hint: '逐行填写该列' });
        }
      }
    }
  },
};

/** A column present over data rows none of which fills it: as missing as an absent column. */
function unfilled(t: Table, field: FieldKey): boolean {
  return t.rows.length > 0 && t.rows.every((row) => isEmptyValue(t.value(row, field)));
}

export const requiredCells: Rule = rowWiseRule(
  {
    id: 'cell.required',
    title: '必填项为空',
    profiles: 'all',
    severity: 'error',
    basis: DATA_QUALITY,
    hint: '填写该单元格',
    emits: ['org.item-missing'],
  },
  {
    table(ctx, t) {
      // A column empty in every row is reported once, as missing.
      const required = profileFields(ctx.profile, t.def).filter((f) => f.required && t.has(f.key) && !unfilled(t, f.key));
      return {
        key: required.map((f) => f.key).join(),
        row(row) {
          for (const f of required) {
            const v = t.value(row, f.key);
            if (v === null || (typeof v === 'string' && v.trim() === '')) {
              ctx.report({ ...ctx.at(t, row, f.key), message: `第 ${row} 行“${f.header}”未填写` });
            }
          }
        },
      };
    },
    rest(ctx) {
      const org = ctx.book.org;
      if (!org) return;
      for (const f of org.def.fields) {
        if (!f.required) continue;
        if (!org.has(f.key)) {
          ctx.report({ rule: 'org.item-missing', sheet: org.sheet.name, column: f.header, message: `“${org.sheet.name}”中没有“${f.header}”一项` });
        } else if (!org.text(f.key)) {
          const c = org.cell(f.key)!;
          ctx.report({ sheet: org.sheet.name, cell: c.address, row: c.row, column: f.header, message: `“${f.header}”未填写` });
        }
      }
    },
  },
);

export const emptyRows: Rule = {
  id: 'table.empty-row',
  title: '表格中间有空行',
  profiles: 'all',
  severity: 'warning',
  basis: DATA_QUALITY,
  hint: '删除空行，或确认空行以下的数据属于本表',
  check(ctx) {
    for (const t of ctx.book.tables) {
      if (!t.emptyRows.length) continue;
      ctx.report({
        sheet: t.sheet.name,
        row: t.emptyRows[0],
        range: `${t.emptyRows[0]}:${t.emptyRows[t.emptyRows.length - 1]}`,
        message: `工作表“${t.sheet.name}”第 ${rowSpans(t.emptyRows)} 行为空行，位于数据中间`,
      });
    }
  },
};

export const formulaErrors: Rule = rowWiseRule(
  {
    id: 'cell.formula-error',
    title: '公式错误值',
    profiles: 'all',
    severity: 'error',
    basis: DATA_QUALITY,
    hint: '修正公式引用，或改为直接填写数值',
  },
  {
    table: (ctx, t) => ({
      key: '',
      row(row) {
        for (const [field, col] of t.columns) {
          const v = t.sheet.value(row, col);
          if (isCellError(v)) ctx.report({ ...ctx.at(t, row, field), message: `“${t.header(field)}”为错误值 ${v.error}` });
        }
      },
    }),
    rest(ctx) {
      const org = ctx.book.org;
      if (!org) return;
      for (const key of org.items.keys()) {
        const v = org.value(key);
        if (isCellError(v)) {
          const c = org.cell(key)!;
          ctx.report({ sheet: org.sheet.name, cell: c.address, row: c.row, column: org.header(key), message: `“${org.header(key)}”为错误值 ${v.error}` });
        }
      }
    },
  },
);

export const hiddenSheets: Rule = {
  id: 'sheet.hidden',
  title: '隐藏的工作表',
  profiles: 'all',
  severity: 'info',
  basis: DATA_QUALITY,
  hint: '确认隐藏表中的数据确属本次申报；不属于的请删除',
  check(ctx) {
    for (const t of [...ctx.book.tables.map((x) => x.sheet), ...(ctx.book.org ? [ctx.book.org.sheet] : [])]) {
      if (t.state !== 'visible') ctx.report({ sheet: t.name, message: `工作表“${t.name}”处于隐藏状态，已一并检查` });
    }
  },
};
