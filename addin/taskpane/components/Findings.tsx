import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SEVERITIES, SEVERITY_LABEL, type Severity } from '../../../src/model/severity';
import type { Finding } from '../../../src/rules/finding';
import { SEVERITY_BADGE, SEVERITY_EDGE } from '../labels';
import { CellList } from './CellList';
import { firstOpen, groupFindings, shownRules, step, walkOrder, type FindingsView, type RuleGroup } from './finding-groups';

export type { FindingsView, RuleGroup } from './finding-groups';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px', marginBottom: '4px' },
  header: { display: 'flex', alignItems: 'center', gap: '4px', minWidth: '0' },
  sheetName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  rules: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: '8px' },
  rule: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '6px 4px 4px 8px',
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeftColor: SEVERITY_EDGE.error },
  warning: { borderLeftColor: SEVERITY_EDGE.warning },
  info: { borderLeftColor: SEVERITY_EDGE.info },
  // In a narrow pane the action goes under the title rather than squeezing it (or itself) to a few characters a line.
  ruleHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: '6px', minWidth: '0' },
  severity: { flexShrink: 0, whiteSpace: 'nowrap' },
  ruleTitle: { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-word', flexGrow: 1, flexShrink: 1, flexBasis: '150px', minWidth: '0' },
  // A button keeps its label on one line; a note (why a finding cannot be fixed) wraps within the card.
  action: { flexShrink: 0, maxWidth: '100%', wordBreak: 'break-word', '& button': { whiteSpace: 'nowrap' } },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
  nav: { display: 'flex', alignItems: 'center', gap: '4px', flexWrap: 'wrap' },
  filterOn: { fontWeight: tokens.fontWeightSemibold },
});

export interface FindingsProps {
  view: FindingsView;
  /** Present in Excel: a cell in the list, or 上一个/下一个, selects it in the sheet. */
  onSelect?: (f: Finding) => void;
  /** In Excel: the active cell, where 上一个/下一个 start from. */
  locate?: () => Promise<{ sheet: string; cell: string } | null>;
  /** An action offered on a rule's findings (for example a one-click fix); drawn in the rule's header. */
  renderAction?: (group: RuleGroup) => ReactNode;
}

const ALL: Record<Severity, boolean> = { error: true, warning: true, info: true };

export function Findings({ view, onSelect, locate, renderAction }: FindingsProps) {
  const s = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>(ALL);
  const groups = useMemo(() => groupFindings(view), [view]);
  const total: Record<Severity, number> = { error: view.summary.errors, warning: view.summary.warnings, info: view.summary.infos };
  const visible = groups.filter((g) => shownRules(g, shown).length);
  const [open, setOpen] = useState<string[]>(() => [firstOpen(groups, ALL)].filter((k): k is string => k !== null));
  const [current, setCurrent] = useState<Finding | null>(null);
  const order = useMemo(() => walkOrder(groups, shown, view.sheets), [groups, shown, view.sheets]);

  // A new check (not a live update of the same one) opens the first group with errors again.
  const arrival = groups.map((g) => g.key).join('\u0000');
  useEffect(() => {
    setOpen((was) => (was.some((k) => groups.some((g) => g.key === k)) ? was : [firstOpen(groups, shown)].filter((k): k is string => k !== null)));
    // Only when the sheets listed change.
  }, [arrival]);

  const filter = (sev: Severity) => {
    const next = { ...shown, [sev]: !shown[sev] };
    setShown(next);
    // Filtering opens what it shows: every sheet left, or the first with errors when many are.
    const left = groups.filter((g) => shownRules(g, next).length);
    setOpen(left.length <= 3 ? left.map((g) => g.key) : [firstOpen(groups, next)].filter((k): k is string => k !== null));
  };

  const go = useCallback(
    async (dir: 1 | -1) => {
      const here = (await locate?.()) ?? (current?.sheet && current.cell ? { sheet: current.sheet, cell: current.cell } : null);
      const next = step(order, view.sheets, here, dir);
      if (!next) return;
      setCurrent(next);
      setOpen((was) => (was.includes(next.sheet ?? '') ? was : [...was, next.sheet ?? '']));
      onSelect?.(next);
    },
    [locate, current, order, view.sheets, onSelect],
  );

  // Alt+↓ and Alt+↑ anywhere in the pane, as the buttons say.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      void go(e.key === 'ArrowDown' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  const position = current ? order.indexOf(current) : -1;
  return (
    <div>
      <div className={s.bar} role="group" aria-label="按级别筛选">
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            appearance={total[sev] && shown[sev] ? 'primary' : 'secondary'}
            checked={Boolean(total[sev]) && shown[sev]}
            disabled={!total[sev]}
            aria-pressed={total[sev] ? shown[sev] : undefined}
            onClick={() => filter(sev)}
            icon={
              <Badge appearance="filled" color={SEVERITY_BADGE[sev]} size="small">
                {total[sev]}
              </Badge>
            }
          >
            {SEVERITY_LABEL[sev]}
          </ToggleButton>
        ))}
      </div>
      {order.length > 0 && (
        <div className={s.nav} role="group" aria-label="逐个查看问题">
          <Button size="small" onClick={() => void go(-1)} aria-keyshortcuts="Alt+ArrowUp" title="上一个问题（Alt+↑）">
            上一个
          </Button>
          <Button size="small" onClick={() => void go(1)} aria-keyshortcuts="Alt+ArrowDown" title="下一个问题（Alt+↓）">
            下一个
          </Button>
          <Caption1 aria-live="polite" data-testid="nav-position">
            {position >= 0 ? `第 ${position + 1} / ${order.length} 处：${current!.sheet} ${current!.cell}` : `共 ${order.length} 处单元格`}
          </Caption1>
        </div>
      )}
      {!visible.length && <Caption1>所选级别没有问题。</Caption1>}
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
        {visible.map((g) => (
          <AccordionItem key={g.key} value={g.key}>
            <AccordionHeader size="small">
              <span className={s.header}>
                <span className={s.sheetName}>{g.title}</span>
                {SEVERITIES.filter((sev) => shown[sev] && g.counts[sev]).map((sev) => (
                  <Badge key={sev} appearance="filled" color={SEVERITY_BADGE[sev]} size="small" aria-label={`${SEVERITY_LABEL[sev]} ${g.counts[sev]} 项`}>
                    {g.counts[sev]}
                  </Badge>
                ))}
              </span>
            </AccordionHeader>
            {/* Opened at once, without the collapse animation: 上一个/下一个 scroll the finding gone to into view, which needs the list where it will stay. */}
            <AccordionPanel collapseMotion={null}>
              {open.includes(g.key) && (
                <ul className={s.rules}>
                  {shownRules(g, shown).map((r) => (
                    <li key={r.key} className={`${s.rule} ${s[r.severity]}`} data-testid="rule-group" data-rule={r.rule}>
                      <div className={s.ruleHead}>
                        <Badge className={s.severity} appearance="tint" color={SEVERITY_BADGE[r.severity]} size="small">
                          {SEVERITY_LABEL[r.severity]}
                        </Badge>
                        <span className={s.ruleTitle}>
                          {r.title}
                          {r.findings.length > 1 && `（${r.findings.length} 处）`}
                        </span>
                        {renderAction && <span className={s.action}>{renderAction(r)}</span>}
                      </div>
                      <span className={s.detail}>依据：{r.basis}</span>
                      {r.hint && <span className={s.detail}>建议：{r.hint}</span>}
                      {r.findings.length === 1 && r.findings[0].message !== r.title ? <span className={s.detail}>{r.findings[0].message}</span> : null}
                      {(r.findings.length > 1 || r.findings[0].cell) && <CellList findings={r.findings} onSelect={onSelect} current={current} basisEach={false} title={r.title} />}
                    </li>
                  ))}
                </ul>
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
