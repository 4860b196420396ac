import {
  Accordion,
  Badge,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  makeStyles,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import type { Finding } from '../../../src/rules/finding';
import type { Severity } from '../../../src/model/severity';
import type { CheckView } from '../../host';
import { SEVERITIES, SEVERITY_BADGE, SEVERITY_TEXT } from '../labels';
import { IssueCard } from './IssueCard';

/** Findings shown per sheet and severity before "显示更多"; thousands of rows would stall a task pane. */
const PAGE = 100;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: '4px', marginBottom: '4px' },
  header: { display: 'flex', alignItems: 'center', gap: '4px', minWidth: '0' },
  sheetName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  group: { marginTop: '4px', marginBottom: '2px', color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: '4px' },
});

interface Group {
  key: string;
  title: string;
  bySeverity: Record<Severity, Finding[]>;
}

/** What the list shows: a check's findings, its counts and its sheets in tab order (findings on other sheets follow in their own order). */
export type FindingsView = Pick<CheckView, 'summary' | 'findings' | 'sheets'>;

function groupFindings(view: FindingsView): Group[] {
  const order = new Map<string | null, number>([[null, -1], ...view.sheets.map((s, i) => [s, i] as const)]);
  const groups = new Map<string | null, Group>();
  for (const f of view.findings) {
    let g = groups.get(f.sheet);
    if (!g) {
      g = { key: f.sheet ?? '', title: f.sheet ?? '整个工作簿', bySeverity: { error: [], warning: [], info: [] } };
      groups.set(f.sheet, g);
    }
    g.bySeverity[f.severity].push(f);
  }
  const rank = (s: string | null) => order.get(s) ?? view.sheets.length;
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0])).map(([, g]) => g);
}

function where(f: Finding): string {
  const place = f.cell ?? f.range ?? (f.row !== null ? `第 ${f.row} 行` : f.sheet ? '整张表' : '');
  return [place, f.column].filter(Boolean).join(' · ');
}

export interface FindingsProps {
  view: FindingsView;
  /** Present in Excel: clicking a finding selects its cell. */
  onSelect?: (f: Finding) => void;
  /** What can be done about a finding (修正), shown under its card. */
  action?: (f: Finding) => ReactNode;
}

export function Findings({ view, onSelect, action }: FindingsProps) {
  const s = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [limits, setLimits] = useState<Record<string, number>>({});
  const groups = useMemo(() => groupFindings(view), [view]);
  const total: Record<Severity, number> = { error: view.summary.errors, warning: view.summary.warnings, info: view.summary.infos };
  const visible = groups.filter((g) => SEVERITIES.some((sev) => shown[sev] && g.bySeverity[sev].length));

  return (
    <section aria-label="检查结果">
      <div className={s.filters} role="group" aria-label="按级别筛选">
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            checked={shown[sev]}
            disabled={!total[sev]}
            onClick={() => setShown({ ...shown, [sev]: !shown[sev] })}
            icon={<Badge appearance="filled" color={SEVERITY_BADGE[sev]} size="small">{total[sev]}</Badge>}
          >
            {SEVERITY_TEXT[sev]}
          </ToggleButton>
        ))}
      </div>
      {!visible.length && <Caption1>所选级别没有问题。</Caption1>}
      <Accordion multiple collapsible defaultOpenItems={visible.length ? [visible[0].key] : []}>
        {visible.map((g) => (
          <AccordionItem key={g.key} value={g.key}>
            <AccordionHeader size="small">
              <span className={s.header}>
                <span className={s.sheetName}>{g.title}</span>
                {SEVERITIES.filter((sev) => shown[sev] && g.bySeverity[sev].length).map((sev) => (
                  <Badge key={sev} appearance="filled" color={SEVERITY_BADGE[sev]} size="small" aria-label={`${SEVERITY_TEXT[sev]} ${g.bySeverity[sev].length} 项`}>
                    {g.bySeverity[sev].length}
                  </Badge>
                ))}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {SEVERITIES.filter((sev) => shown[sev] && g.bySeverity[sev].length).map((sev) => {
                const key = `${g.key}\u0000${sev}`;
                const list = g.bySeverity[sev];
                const limit = limits[key] ?? PAGE;
                return (
                  <div key={sev}>
                    <div className={s.group}>
                      <Caption1>
                        {SEVERITY_TEXT[sev]} · {list.length} 项
                      </Caption1>
                    </div>
                    <ul className={s.list}>
                      {list.slice(0, limit).map((f, i) => (
                        <li key={i}>
                          <FindingItem finding={f} onSelect={onSelect} />
                          {action?.(f)}
                        </li>
                      ))}
                    </ul>
                    {list.length > limit && (
                      <Button size="small" appearance="subtle" onClick={() => setLimits({ ...limits, [key]: limit + PAGE })}>
                        再显示 {Math.min(PAGE, list.length - limit)} 项（共 {list.length} 项）
                      </Button>
                    )}
                  </div>
                );
              })}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

function FindingItem({ finding: f, onSelect }: { finding: Finding; onSelect?: (f: Finding) => void }) {
  const details = [`依据：${f.basis}`, f.hint && `建议：${f.hint}`];
  const title = where(f) || SEVERITY_TEXT[f.severity];
  if (!onSelect || !f.sheet) return <IssueCard tone={f.severity} title={title} details={details}><span>{f.message}</span></IssueCard>;
  return (
    <IssueCard tone={f.severity} title={title} details={details} onClick={() => onSelect(f)} tooltip="在工作表中选中此单元格">
      <span>{f.message}</span>
    </IssueCard>
  );
}
