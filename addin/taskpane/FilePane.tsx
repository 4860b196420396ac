import { Button, Caption1, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { Fix } from '../../src/fix';
import type { BusinessType } from '../../src/model/schema';
import type { ProfileId } from '../../src/profiles/profiles';
import type { CheckView, Defaults, FileHost, OutputFile } from '../host';
import { Compare, useComparison } from './components/Compare';
import { FilePicker, type FilePickerProps } from './components/FilePicker';
import { Findings } from './components/Findings';
import { FixGroupAction, fixedNotice, FixPanel } from './components/Fixes';
import { Section } from './components/Section';
import { Settings } from './components/Settings';
import { Status, useTask } from './components/Status';
import { Summary } from './components/Summary';
import { WordForms } from './components/WordForms';
import { formsNotice } from './labels';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

/** The pane without Excel: open a workbook, see its findings, download the marked copy, forms and report. */
export function FilePane({ host, onBatch }: { host: FileHost; onBatch: FilePickerProps['onBatch'] }) {
  const s = useStyles();
  const { busy, notice, setNotice, run, toasterId } = useTask();
  const [fileName, setFileName] = useState<string | null>(null);
  const [view, setView] = useState<CheckView | null>(null);
  const comparison = useComparison(run, (earlier) => host.compare({ name: earlier.name, data: earlier }));
  const [defaults, setDefaults] = useState<Defaults>({ profile: null, business: null });
  const [profile, setProfile] = useState<ProfileId | ''>('');
  const [business, setBusiness] = useState<BusinessType | ''>('');

  const check = async (picked: File | null) => {
    setView(null);
    comparison.clear();
    const req = { profile: profile || undefined, business: business || undefined };
    const r = await run(
      '检查工作簿',
      (progress) => (picked ? host.checkFile({ name: picked.name, data: picked }, req, progress) : host.recheck(req, progress)),
      () => {
        // The worker that held the file is gone: the clerk opens it again.
        host.cancel();
        setFileName(null);
      },
    );
    if (!r) return;
    const { defaults: d, ...v } = r;
    setDefaults(d);
    setView(v);
  };
  const open = async (picked: File) => {
    if (!/\.(xls[xm]?|ods)$/i.test(picked.name)) {
      setNotice({ intent: 'error', text: `“${picked.name}”不是工作簿（.xlsx、.xls 或 .ods）。请在 WPS、Excel 或 LibreOffice 中另存为 .xlsx 再打开。` });
      return;
    }
    setFileName(picked.name);
    setDefaults({ profile: null, business: null });
    await check(picked);
  };
  const req = () => ({ profile: profile || undefined, business: business || undefined });
  const fix = (fixes: Fix[]) =>
    run('修正', async () => {
      const { defaults: _d, ...v } = await host.applyFixes(fixes, req());
      setView(v);
      // The worker checked the fixed copy afresh and forgot the comparison: 重新比较 compares the same earlier filing with it.
      comparison.outdate();
      setNotice({ intent: 'success', text: fixedNotice(fixes, v.fixes, 'copy') });
    });
  const undo = () =>
    run('撤销修正', async () => {
      const { defaults: _d, ...v } = await host.undoFixes(req());
      setView(v);
      comparison.outdate();
      setNotice({ intent: 'success', text: '已撤销修正，下载的工作簿将与原文件的内容一致。' });
    });
  const legacy = fileName?.match(/\.(xls|ods)$/i)?.[0].toLowerCase() ?? null;
  const download = (label: string, make: () => Promise<OutputFile>) =>
    run(label, async () => {
      const out = await make();
      await host.save(out);
      // What the file leaves out stays on the page as a bar; a plain download is a passing confirmation.
      setNotice(out.notice ? { intent: 'warning', text: `已下载：${out.name}。${out.notice}` } : { intent: 'success', text: `已下载：${out.name}` });
    });
  const forms = (ids: string[], maskIds: boolean) =>
    run('生成 Word 表格', async () => {
      const { file, unwritten } = await host.documents(ids, { maskIds });
      if (file) await host.save(file);
      setNotice(formsNotice(file && `已下载：${file.name}`, unwritten));
    });

  return (
    <>
      <FilePicker fileName={fileName} disabled={Boolean(busy)} onFile={(f) => void open(f)} onBatch={onBatch} />
      <Settings profile={profile} business={business} defaults={defaults} disabled={Boolean(busy)} onProfile={setProfile} onBusiness={setBusiness} />
      {fileName && (
        <div className={s.actions}>
          <Button disabled={Boolean(busy)} onClick={() => void check(null)}>
            重新检查
          </Button>
        </div>
      )}
      <Status busy={busy} notice={notice} toasterId={toasterId} />
      {!fileName && !busy && <Caption1>适用于 WPS、LibreOffice 或未安装加载项的 Excel 用户：打开工作簿即可检查，并下载标注后的工作簿和 Word 表格。</Caption1>}
      {view && (
        <>
          <Section title="检查结果">
            <Summary view={view} />
            {view.findings.length > 0 && (
              <Findings
                view={view}
                renderAction={(g) =>
                  g.rule === 'sheet.missing' ? (
                    <Button size="small" disabled={Boolean(busy)} onClick={() => void download('生成模板工作簿', () => host.template(view.profile, view.business))}>
                      下载模板工作簿
                    </Button>
                  ) : (
                    <FixGroupAction plan={view.fixes} findings={g.findings} disabled={Boolean(busy)} onApply={(x) => void fix(x)} />
                  )
                }
              />
            )}
          </Section>
          {(view.fixes.fixes.length > 0 || view.fixes.refusals.length > 0 || view.fixed) && (
            <Section title="自动修正">
              <FixPanel plan={view.fixes} undoable={view.fixed} disabled={Boolean(busy)} target="copy" onApply={(x) => void fix(x)} onUndo={() => void undo()} />
            </Section>
          )}
          <Section title="下载">
            <div className={s.actions}>
              <Button disabled={Boolean(busy)} onClick={() => void download('生成标注工作簿', () => host.annotated())}>
                标注后的工作簿{legacy ? '（.xlsx）' : ''}
              </Button>
              {view.fixed && (
                <Button disabled={Boolean(busy)} onClick={() => void download('生成修正后的工作簿', () => host.fixed())}>
                  修正后的工作簿
                </Button>
              )}
              <Button disabled={Boolean(busy)} onClick={() => void download('生成检查报告', () => host.report())}>
                检查报告（Word）
              </Button>
              <Button disabled={Boolean(busy)} onClick={() => void download('生成模板工作簿', () => host.template(view.profile, view.business))}>
                模板工作簿
              </Button>
            </div>
            {legacy && <Caption1>标注后的工作簿另存为 .xlsx 格式（原文件为 {legacy}，不会被改动）；可在 WPS 或 LibreOffice 中打开。</Caption1>}
          </Section>
          <Section title="与上次备案比较">
            <Compare
              view={comparison.view}
              stale={comparison.stale}
              disabled={Boolean(busy)}
              onEarlier={comparison.compare}
              onRecompare={comparison.recompare}
              onChangeList={() => void download('生成变更清单', () => host.changeList())}
              onMarkedCopy={() => void download('生成标注变更的工作簿', () => host.annotatedChanges())}
            />
          </Section>
          <Section title="生成 Word 表格">
            <WordForms view={view} disabled={Boolean(busy)} onGenerate={(ids, maskIds) => void forms(ids, maskIds)} />
          </Section>
        </>
      )}
    </>
  );
}
