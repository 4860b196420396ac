import { buildDocx, grid, run, text, type GridRow } from '../forms/build/docx';
import { H2, L, TODO } from '../forms/build/parts';
import type { FilingDiff } from './compare';
import { diffHeadline } from './text';

/** Changed values print in red, as HA 四（三）2 asks of a 信息变更. */
const RED = 'FF0000';

const cell = (content: string) => ({ content });
const changedCell = (content: string) => ({ raw: true, content: run(content, { color: RED }) });

const HEAD: GridRow = { header: true, cells: [L('变化'), L('项目'), L('变更前'), L('变更后')] };
const WIDTHS = [14, 58, 42, 42];

/** Every change as a row: 变化, 项目, 变更前, 变更后 (the later value in red). */
function rows(d: FilingDiff): { title: string; rows: GridRow[] }[] {
  const out: { title: string; rows: GridRow[] }[] = [];
  if (d.basic.length) out.push({ title: '基本信息', rows: d.basic.map((c) => ({ cells: [cell('变更'), cell(c.label), cell(c.before), changedCell(c.after)] })) });
  for (const g of d.groups) {
    const list: GridRow[] = [
      ...g.added.map((x): GridRow => ({ cells: [cell('新增'), cell(x), cell(''), changedCell(x)] })),
      ...g.removed.map((x): GridRow => ({ cells: [cell('删除'), cell(x), cell(x), cell('')] })),
      ...g.changed.flatMap((c) => c.fields.map((f): GridRow => ({ cells: [cell('变更'), cell(`${c.label}：${f.label}${c.note && f.field === 'occupationName' ? `（${c.note}）` : ''}`), cell(f.before), changedCell(f.after)] }))),
    ];
    if (list.length) out.push({ title: g.title, rows: list });
  }
  return out;
}

function identity(d: FilingDiff): string {
  const renamed = d.orgName.before && d.orgName.after && d.orgName.before !== d.orgName.after;
  return (
    text(`单位名称：${d.orgName.after || d.orgName.before}${renamed ? `（原名称：${d.orgName.before}）` : ''}`, { style: 'Note' }) +
    text(`统一社会信用代码：${d.creditCode}`, { style: 'Note' })
  );
}

/** The change list as a Word document: one table per group of changes, 变更前 beside 变更后. */
export function changeListDocx(d: FilingDiff): Uint8Array {
  const sections = rows(d);
  return buildDocx(
    '备案信息变更清单',
    text('备案信息变更清单', { style: 'Title' }) +
      identity(d) +
      text(diffHeadline(d), { style: 'Note' }) +
      sections.map((s) => H2(s.title) + grid(WIDTHS, [HEAD, ...s.rows])).join(''),
  );
}

/** The materials BT 第十八条 asks for each kind of change. */
export function btMaterials(d: FilingDiff): { clause: string; items: string }[] {
  const occupations = d.groups.find((g) => g.group === 'occupations');
  const important = d.basic.filter((c) => c.field === 'orgName' || c.field === 'filingNo');
  const routine = d.basic.length > important.length || d.groups.some((g) => g.group !== 'occupations' && (g.added.length || g.removed.length || g.changed.length)) || Boolean(occupations?.changed.length);
  const out: { clause: string; items: string }[] = [];
  if (important.length) {
    out.push({ clause: '第十八条（一）', items: `修改${important.map((c) => c.label).join('、')}：机构备案信息变更原因、登记注册机关出具的变更文件、法人证书（营业执照）` });
  }
  if (routine) out.push({ clause: '第十八条（二）', items: '修改联系人、联系方式及评价能力等常规信息：备案信息变更说明（本说明）' });
  if (occupations?.added.length) out.push({ clause: '第十八条（三）', items: `增加评价范围（${occupations.added.length} 个职业（工种））：增量备案申请` });
  if (occupations?.removed.length) {
    out.push({ clause: '第十八条（四）', items: `缩减评价范围（${occupations.removed.length} 个职业（工种））：相关评价证书数据成功上传技能人才评价工作网后，提交缩减信息材料` });
  }
  return out;
}

/** BT's 备案信息变更说明: what changed, before and after, and the materials 第十八条 asks for each change. */
export function btChangeNoteDocx(d: FilingDiff): Uint8Array {
  const sections = rows(d);
  const materials = btMaterials(d);
  return buildDocx(
    '评价机构备案信息变更说明',
    text('评价机构备案信息变更说明', { style: 'Title' }) +
      identity(d) +
      H2('一、变更事项') +
      (sections.length ? grid(WIDTHS, [HEAD, ...sections.flatMap((s) => [{ cells: [L(s.title, 4)] }, ...s.rows])]) : text('与上次备案相比没有变化。')) +
      H2('二、变更原因') +
      TODO('逐项说明变更原因。') +
      H2('三、需提交的材料（《兵团技能人才评价机构管理办法》第十八条）') +
      (materials.length ? materials.map((m) => text(`${m.clause}　${m.items}`)).join('') : text('无。')) +
      text('单位（印章）　　　　　　　　年　　月　　日', { align: 'right' }),
  );
}
