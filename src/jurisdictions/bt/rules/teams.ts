import type { Table } from '../../../model/table';
import type { Rule, RuleContext } from '../../../rules/rule';
import { appliedOccupations, rowsByOccupation } from '../../../rules/shared/occupations';
import { idResults } from '../../../rules/shared/people';
import { checkRostersFilled } from '../../../rules/shared/rosters-filled';
import { checkVideoMonitoring } from '../../../rules/shared/video-monitoring';
import { bt, FILINGS, PROFILES } from './basis';

const MIN_SETTERS = 2;
const MIN_EXAMINERS = 3;

/** People per applied occupation on a roster, counting each valid ID once; broken IDs are told apart. */
function countPerOccupation(ctx: RuleContext, table: Table, keep: (row: number) => boolean = () => true) {
  const ids = idResults(ctx, table);
  const { groups } = rowsByOccupation(ctx, table);
  return appliedOccupations(ctx).map((o) => {
    const seen = new Set<string>();
    let broken = 0;
    for (const row of groups.get(o) ?? []) {
      if (!keep(row)) continue;
      const id = ids.get(row);
      if (id?.ok && id.value) seen.add(id.value);
      else broken++;
    }
    return { occupation: o, n: seen.size, broken };
  });
}

const brokenNote = (n: number) => (n ? `（另有 ${n} 人身份证件号有误或未填写，未计入）` : '');

/** Reports each applied occupation with fewer than `min` people of a roster (those `keep` accepts). */
function checkMinimum(ctx: RuleContext, kind: 'experts' | 'examiners', who: string, min: number, keep?: (t: Table, row: number) => boolean): void {
  const table = ctx.book.table(kind);
  if (!table) return;
  for (const c of countPerOccupation(ctx, table, keep && ((row) => keep(table, row)))) {
    if (c.n >= min) continue;
    ctx.report({ sheet: table.sheet.name, message: `职业（工种）${c.occupation.label} ${who} ${c.n} 名，少于 ${min} 名${brokenNote(c.broken)}` });
  }
}

export const questionSetters: Rule = {
  id: 'bt.experts.min',
  title: '每职业（工种）命题专家一般不少于 2 人',
  profiles: PROFILES,
  business: FILINGS,
  severity: 'warning',
  basis: bt('第六条（二）'),
  hint: '在“专家队伍”表中补充专家类别为“命题专家”的人员，并核对身份证件号',
  check: (ctx) => checkMinimum(ctx, 'experts', '命题专家', MIN_SETTERS, (t, row) => t.text(row, 'category') === '命题专家'),
};

export const examiners: Rule = {
  id: 'bt.examiners.min',
  title: '每职业（工种）考评人员一般不少于 3 人',
  profiles: PROFILES,
  business: FILINGS,
  severity: 'warning',
  basis: bt('第六条（二）'),
  hint: '在考评人员名册中补充该职业（工种）的考评人员，并核对身份证件号',
  check: (ctx) => checkMinimum(ctx, 'examiners', '考评人员', MIN_EXAMINERS),
};

export const teams: Rule = {
  id: 'bt.teams',
  title: '有专职工作人员、命题专家、考评人员和内部质量督导人员',
  profiles: PROFILES,
  business: FILINGS,
  severity: 'error',
  basis: bt('第六条（二）'),
  hint: '在相应名册中列出人员',
  check: (ctx) =>
    checkRostersFilled(ctx, [
      ['staff', '专职工作人员'],
      ['experts', '命题专家'],
      ['examiners', '考评人员'],
      ['supervisors', '内部质量督导人员'],
    ]),
};

export const videoMonitoring: Rule = {
  id: 'bt.video-monitoring',
  title: '具备与评价职业（工种）相匹配的硬件设施和视频监控设备',
  profiles: PROFILES,
  business: FILINGS,
  severity: 'error',
  basis: bt('第六条（三）'),
  hint: '在设施设备表中为每个职业（工种）列出类别为“视频监控”的设备',
  check: checkVideoMonitoring,
};
