import { styleText } from 'node:util';
import type { CheckResult } from '../check';
import { SEVERITY_LABEL, SEVERITY_TERMINAL } from '../model/severity';
import { countsLine, verdictOf, type Finding } from '../rules/finding';
import { profileLabel } from '../profiles/profiles';
import { forTerminal } from './io';

type Paint = (style: Parameters<typeof styleText>[0], text: string) => string;

/** The human report: findings grouped by sheet in workbook order, in Chinese. */
export function formatText(file: string, result: CheckResult, colour: boolean): string {
  const paint: Paint = colour ? (s, t) => styleText(s, t) : (_s, t) => t;
  const lines: string[] = [];
  lines.push(paint('bold', `检查 ${forTerminal(file)}`) + `（适用规则：${profileLabel(result.profile)}；申请业务类型：${result.business}）`);
  const groups = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const k = f.sheet ?? '';
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  for (const [sheet, list] of groups) {
    lines.push('', paint('bold', forTerminal(sheet) || '工作簿'));
    for (const f of list) {
      const where = f.cell ?? (f.range ? `第 ${f.range.replace(':', '–')} 行` : '');
      const head = paint(SEVERITY_TERMINAL[f.severity].colour, `${SEVERITY_TERMINAL[f.severity].mark} ${SEVERITY_LABEL[f.severity]}`);
      // Messages quote cell text, which may carry line breaks or escape sequences meant for the user's terminal.
      lines.push(`  ${head} ${where ? paint('bold', where.padEnd(5)) + ' ' : ''}${forTerminal(f.message)}`);
      const detail = [`依据：${f.basis}`, f.hint ? `建议：${forTerminal(f.hint)}` : '', paint('dim', f.rule)].filter(Boolean).join('｜');
      lines.push(`        ${paint('dim', detail)}`);
    }
  }
  const s = result.summary;
  const verdict = paint(s.errors ? 'red' : 'green', verdictOf(s));
  lines.push('', `${verdict}：${countsLine(s)}`);
  return lines.join('\n') + '\n';
}
