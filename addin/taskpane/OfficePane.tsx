import { Button, Caption1, makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { BusinessType } from '../../src/model/schema';
import type { ProfileId } from '../../src/profiles/profiles';
import type { Fix } from '../../src/fix';
import type { Finding } from '../../src/rules/finding';
import { Cancelled, type CheckView, type Defaults, type OfficeHost, type OutputFile, type Progress } from '../host';
import { userMessage } from '../messages';
import { formsNotice, missingFeatureNotes } from './labels';
import { Compare, useComparison } from './components/Compare';
import { Findings } from './components/Findings';
import { FixGroupAction, fixedNotice, FixPanel } from './components/Fixes';
import { Section } from './components/Section';
import { Settings } from './components/Settings';
import { Status, useTask } from './components/Status';
import { Summary } from './components/Summary';
import { WordForms } from './components/WordForms';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

/** What this Excel (or WPS) lacks, as one line, or null when it has everything the pane uses. */
function missingFeatures(features: Readonly<Record<string, boolean>>, product: string): string | null {
  const notes = missingFeatureNotes(features);
  return notes.length ? `此版本 ${product} ${notes.join('；')}。其余功能照常可用。` : null;
}

/** The pane inside Excel: check and mark the open workbook, jump to each finding, fix with live re-checks. */
export function OfficePane({ host }: { host: OfficeHost }) {
  const s = useStyles();
  const { busy, notice, setNotice, run, toasterId } = useTask();
  const [view, setView] = useState<CheckView | null>(null);
  const comparison = useComparison(run, (earlier) => host.compare!({ name: earlier.name, data: earlier }));
  const [defaults, setDefaults] = useState<Defaults>({ profile: null, business: null });
  const [profile, setProfile] = useState<ProfileId | ''>('');
  const [business, setBusiness] = useState<BusinessType | ''>('');
  const stopWatching = useRef<(() => void) | null>(null);
  const [live, setLive] = useState(false);
  const limits = missingFeatures(host.features, host.product ?? 'Excel');

  useEffect(() => {
    void run('读取机构信息', async () => setDefaults(await host.readDefaults()));
    return () => stopWatching.current?.();
  }, [host, run]);

  // The workbook as it is now (a live re-check, 修正 or 撤销): a comparison made before no longer describes it.
  const changed = (v: CheckView) => {
    setView(v);
    comparison.outdate();
  };
  const unwatch = () => {
    stopWatching.current?.();
    stopWatching.current = null;
    setLive(false);
  };
  const check = () => {
    const stop = new AbortController();
    const task = async (progress: (p: Progress) => void) => {
      // A new check starts a new comparison (and replaces marks of changed cells with its own).
      comparison.clear();
      const v = await host.checkAndMark({ profile: profile || undefined, business: business || undefined }, progress, stop.signal).catch((e: unknown) => {
        // Said once the check has really stopped (a click as marking began is too late, and the check completes).
        if (e instanceof Cancelled) setNotice({ intent: 'info', text: '已取消检查，工作簿未作改动。' });
        throw e;
      });
      setView(v);
      if (!stopWatching.current) {
        stopWatching.current = await host.watch(changed, (text) => {
          setLive(false);
          stopWatching.current?.();
          stopWatching.current = null;
          setNotice({ intent: 'error', text });
        });
        // A WPS build without add-in events checks only on request.
        setLive(host.features.sheetEvents !== false);
      }
    };
    return run('检查工作簿', task, host.cancellable ? () => stop.abort() : undefined);
  };
  const req = () => ({ profile: profile || undefined, business: business || undefined });
  const fix = (fixes: Fix[]) =>
    run('修正', async () => {
      const v = await host.applyFixes(fixes, req());
      changed(v);
      setNotice({ intent: 'success', text: fixedNotice(fixes, v.fixes, 'workbook') });
    });
  const undo = () =>
    run('撤销修正', async () => {
      changed(await host.undoFixes(req()));
      setNotice({ intent: 'success', text: '已撤销修正，单元格已恢复为原值。' });
    });
  const select = (f: Finding) => {
    if (f.sheet) host.select(f.sheet, f.cell).catch((e: unknown) => setNotice({ intent: 'error', text: `无法选中该单元格：${userMessage(e)}` }));
  };
  const clear = () =>
    run('清除标记', async () => {
      unwatch();
      const n = await host.clearMarks();
      setView(null);
      comparison.clear();
      setNotice({ intent: 'success', text: n ? `已清除 ${n} 个单元格的标记，原有格式已恢复。` : '工作簿中没有备案检查的标记。' });
    });
  const insert = () =>
    run('插入模板工作表', async () => {
      const p = profile || view?.profile || defaults.profile;
      const b = business || view?.business || defaults.business;
      if (!p || !b) throw new Error('请先选择适用规则和申请业务类型，再插入模板工作表');
      const r = await host.insertTemplateSheets(p, b);
      const parts = [
        r.sheetsAdded.length ? `已添加工作表：${r.sheetsAdded.join('、')}` : '',
        r.columnsAdded.length ? `已添加列：${r.columnsAdded.map((c) => `${c.sheet}·${c.header}`).join('、')}` : '',
      ].filter(Boolean);
      setNotice({ intent: 'success', text: parts.length ? `${parts.join('；')}。原有单元格未作改动。` : '所需的工作表和列都已齐全，未作改动。' });
    });
  // The program's own 检查 button (WPS's ribbon) runs the same check as the pane's, with the pane's settings.
  const checkRef = useRef(check);
  checkRef.current = check;
  useEffect(() => host.onCheckRequest?.(() => void checkRef.current()), [host]);
  const saveCopy = () =>
    run('另存标注副本', async () => {
      const path = await host.saveMarkedCopy!();
      if (path) setNotice({ intent: 'success', text: `已另存标注副本：${path}` });
    });
  const markChanges = () =>
    run('标记变更单元格', async () => {
      const n = await host.markChanges!();
      setNotice({ intent: 'success', text: n ? `已标记 ${n} 个变更单元格（淡紫色，说明中写明原值）；“清除标记”可全部恢复。` : '没有可在本工作簿中标记的变更（只有删除的项目）。' });
    });
  const saveChangeList = () =>
    run('生成变更清单', async () => {
      const out: OutputFile = await host.changeList!();
      await host.save(out);
      setNotice({ intent: 'success', text: `已生成：${out.name}` });
    });
  const generate = (formIds: string[], maskIds: boolean) =>
    run('生成 Word 表格', async () => {
      const forms = await host.buildDocuments(formIds, { maskIds });
      const { formsDownload } = await import('../outputs');
      const out = formsDownload(forms);
      if (!out) return setNotice(formsNotice(null, forms.unwritten));
      await host.save(out);
      setNotice(formsNotice(`已生成：${out.name}`, forms.unwritten));
    });

  return (
    <>
      {limits && (
        <MessageBar intent="info">
          <MessageBarBody>{limits}</MessageBarBody>
        </MessageBar>
      )}
      <Settings profile={profile} business={business} defaults={defaults} disabled={Boolean(busy)} onProfile={setProfile} onBusiness={setBusiness} />
      <div className={s.actions}>
        <Button appearance="primary" disabled={Boolean(busy)} onClick={() => void check()}>
          检查工作簿
        </Button>
        <Button disabled={Boolean(busy)} onClick={() => void insert()}>
          插入模板工作表
        </Button>
        <Button disabled={Boolean(busy)} onClick={() => void clear()}>
          清除标记
        </Button>
      </div>
      <Status busy={busy} notice={notice} toasterId={toasterId} />
      {!view && !busy && <Caption1>点击“检查工作簿”：有问题的单元格会被标色并附上说明，“检查结果”表列出全部问题。</Caption1>}
      {view && (
        <>
          <Section title="检查结果">
            <Summary view={view} />
            {live && <Caption1>修改单元格后会自动重新检查。</Caption1>}
            {view.findings.length > 0 && (
              <Findings
                view={view}
                onSelect={select}
                locate={host.activeCell && (() => host.activeCell!().catch(() => null))}
                renderAction={(g) =>
                  g.rule === 'sheet.missing' ? (
                    <Button size="small" disabled={Boolean(busy)} onClick={() => void insert()}>
                      插入模板工作表
                    </Button>
                  ) : (
                    <FixGroupAction plan={view.fixes} findings={g.findings} disabled={Boolean(busy)} onApply={(x) => void fix(x)} />
                  )
                }
              />
            )}
            {host.saveMarkedCopy && (
              <div className={s.actions}>
                <Button disabled={Boolean(busy)} onClick={() => void saveCopy()}>
                  另存标注副本
                </Button>
              </div>
            )}
          </Section>
          {(view.fixes.fixes.length > 0 || view.fixes.refusals.length > 0 || view.fixed) && (
            <Section title="自动修正">
              <FixPanel plan={view.fixes} undoable={view.fixed} disabled={Boolean(busy)} target="workbook" onApply={(x) => void fix(x)} onUndo={() => void undo()} />
            </Section>
          )}
          {host.compare && (
            <Section title="与上次备案比较">
              <Compare
                view={comparison.view}
                stale={comparison.stale}
                disabled={Boolean(busy)}
                onEarlier={comparison.compare}
                onRecompare={comparison.recompare}
                onChangeList={() => void saveChangeList()}
                onMark={host.markChanges && (() => void markChanges())}
              />
            </Section>
          )}
          <Section title="生成 Word 表格">
            <WordForms view={view} disabled={Boolean(busy)} onGenerate={(ids, maskIds) => void generate(ids, maskIds)} />
          </Section>
        </>
      )}
    </>
  );
}
