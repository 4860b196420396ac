import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Fix, FixPlan } from '../../../src/fix';
import type { Finding } from '../../../src/rules/finding';

/** Changes listed before "显示全部": a roster of 400 bad IDs stays one screen. */
const PREVIEW = 20;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: '2px', fontSize: tokens.fontSizeBase200 },
  change: { wordBreak: 'break-word' },
  after: { fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  inline: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap', padding: '2px 8px', fontSize: tokens.fontSizeBase200 },
});

const quoted = (text: string) => (text === '' ? '（空）' : `“${text}”`);

/** The fix offered for a finding: the one planned for its cell, from its rule. */
export function fixFor(plan: FixPlan, f: Finding): Fix | undefined {
  return plan.fixes.find((x) => x.rule === f.rule && x.sheet === f.sheet && x.cell === f.cell?.replace(/\$/g, '').toUpperCase());
}

/** Why a finding that looks mechanical is not fixed (an ID saved as a number). */
export function refusalFor(plan: FixPlan, f: Finding): string | undefined {
  return plan.refusals.find((x) => x.rule === f.rule && x.sheet === f.sheet && x.cell === f.cell?.replace(/\$/g, '').toUpperCase())?.reason;
}

function Change({ fix }: { fix: Fix }) {
  const s = useStyles();
  return (
    <span className={s.change}>
      {fix.sheet} {fix.cell}：{quoted(fix.before)} → <span className={s.after}>{quoted(fix.shown)}</span>
      <span className={s.reason}>（{fix.reason}）</span>
    </span>
  );
}

export interface FixActionProps {
  plan: FixPlan;
  finding: Finding;
  disabled?: boolean;
  onApply: (fixes: Fix[]) => void;
}

/** Under a finding: its fix as before → after with a 修正 button, or why it cannot be fixed. */
export function FixAction({ plan, finding, disabled, onApply }: FixActionProps) {
  const s = useStyles();
  const fix = fixFor(plan, finding);
  const refused = fix ? undefined : refusalFor(plan, finding);
  if (refused) return <Caption1 className={s.inline}>不能自动修正：{refused}</Caption1>;
  if (!fix) return null;
  return (
    <span className={s.inline}>
      <span>
        修正为 <span className={s.after}>{quoted(fix.shown)}</span>
      </span>
      <Button size="small" disabled={disabled} onClick={() => onApply([fix])} aria-label={`修正 ${fix.sheet} ${fix.cell}：${quoted(fix.before)} 改为 ${quoted(fix.shown)}`}>
        修正
      </Button>
    </span>
  );
}

export interface FixGroupActionProps {
  plan: FixPlan;
  /** The findings of one rule in one sheet, as the findings list groups them. */
  findings: readonly Finding[];
  disabled?: boolean;
  onApply: (fixes: Fix[]) => void;
}

/** In a rule's header: one finding's fix as FixAction shows it, or one button for every certain fix of the rule's cells. */
export function FixGroupAction({ plan, findings, disabled, onApply }: FixGroupActionProps) {
  const s = useStyles();
  if (findings.length === 1) return <FixAction plan={plan} finding={findings[0]} disabled={disabled} onApply={onApply} />;
  const fixes = findings.flatMap((f) => fixFor(plan, f) ?? []);
  if (!fixes.length) return null;
  return (
    <span className={s.inline}>
      <Button size="small" disabled={disabled} onClick={() => onApply(fixes)} aria-label={`修正这一项中可自动修正的 ${fixes.length} 处单元格`}>
        修正 {fixes.length} 处
      </Button>
    </span>
  );
}

export interface FixPanelProps {
  plan: FixPlan;
  /** Whether fixes were applied that 撤销 can take back. */
  undoable: boolean;
  disabled?: boolean;
  /** Where the fixes go: the open workbook, or the copy the page downloads. */
  target: 'workbook' | 'copy';
  onApply: (fixes: Fix[]) => void;
  onUndo: () => void;
}

/** Every fix of the check at once: the changes listed before and after, 全部修正, and 撤销修正. */
export function FixPanel({ plan, undoable, disabled, target, onApply, onUndo }: FixPanelProps) {
  const s = useStyles();
  const [all, setAll] = useState(false);
  const { fixes, refusals } = plan;
  if (!fixes.length && !refusals.length && !undoable) return null;
  const shown = all ? fixes : fixes.slice(0, PREVIEW);
  return (
    <>
      {fixes.length > 0 && (
        <>
          <Caption1>
            以下 {fixes.length} 处可自动修正{target === 'copy' ? '，修正写入下载的工作簿，原文件不变' : '，修正后可撤销'}：
          </Caption1>
          <ul className={s.list} aria-label="修正前后对照">
            {shown.map((f) => (
              <li key={`${f.sheet}!${f.cell}`}>
                <Change fix={f} />
              </li>
            ))}
          </ul>
          {fixes.length > shown.length && (
            <Button size="small" appearance="subtle" onClick={() => setAll(true)}>
              显示全部 {fixes.length} 处
            </Button>
          )}
        </>
      )}
      {!fixes.length && undoable && <Caption1>已修正的单元格可以撤销，恢复为修正前的值。</Caption1>}
      {refusals.length > 0 && (
        <Caption1>
          另有 {refusals.length} 处不能自动修正：{refusals[0].reason}
        </Caption1>
      )}
      <div className={s.actions}>
        {fixes.length > 0 && (
          <Button appearance="primary" disabled={disabled} onClick={() => onApply(fixes)}>
            全部修正（{fixes.length} 处）
          </Button>
        )}
        {undoable && (
          <Button disabled={disabled} onClick={onUndo}>
            撤销修正
          </Button>
        )}
      </div>
    </>
  );
}

/** The notice after a fix: how many cells changed, of those asked for. */
export function fixedNotice(asked: readonly Fix[], after: FixPlan, target: 'workbook' | 'copy'): string {
  const left = new Set(after.fixes.map((f) => `${f.sheet}!${f.cell}`));
  const done = asked.filter((f) => !left.has(`${f.sheet}!${f.cell}`)).length;
  const skipped = asked.length - done;
  const where = target === 'copy' ? '可下载“修正后的工作簿”，原文件不变' : '可点击“撤销修正”恢复原值';
  return `已修正 ${done} 处，${where}。${skipped ? `另有 ${skipped} 处在检查后已被改动，未作修正。` : ''}`;
}
