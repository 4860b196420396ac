import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Checkbox, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FormDef } from '../../../src/forms';
import { PROFILES } from '../../../src/profiles/profiles';
import type { CheckView } from '../../host';
import { zodWithoutEval } from '../zod-without-eval';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', marginBottom: '6px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center', marginTop: '4px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, display: 'block', marginBottom: '4px' },
});

type FormsModule = typeof import('../../../src/forms');


/** The forms catalogue, loaded when first needed: it brings the form builders and zod. */
function useForms(): FormsModule | null {
  const [mod, setMod] = useState<FormsModule | null>(null);
  useEffect(() => {
    let live = true;
    void zodWithoutEval()
      .then(() => import('../../../src/forms'))
      .then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, []);
  return mod;
}

export interface WordFormsProps {
  view: CheckView;
  disabled: boolean;
  onGenerate(formIds: string[], maskIds: boolean): void;
}

/**
 * Which forms to fill: the forms of this profile and business type, ticked;
 * the others (another region's, another organisation type's) behind 其他表格
 * with a warning, since this workbook's data was not gathered for them.
 */
export function WordForms({ view, disabled, onGenerate }: WordFormsProps) {
  const s = useStyles();
  const forms = useForms();
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [maskIds, setMaskIds] = useState(false);

  useEffect(() => {
    const p = PROFILES.find((x) => x.id === view.profile);
    if (forms && p) setChosen(new Set(forms.formsFor(p, view.business).map((f) => f.id)));
  }, [forms, view.profile, view.business]);

  if (!forms || !chosen) return <Spinner size="tiny" label="正在载入表格列表…" />;
  const profile = PROFILES.find((p) => p.id === view.profile);
  const own = new Set(profile ? forms.formsFor(profile, view.business).map((f) => f.id) : []);
  const mine = forms.FORMS.filter((f) => own.has(f.id));
  const others = forms.FORMS.filter((f) => !own.has(f.id));
  const toggle = (f: FormDef, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(f.id);
    else next.delete(f.id);
    setChosen(next);
  };
  return (
    <div>
      <div className={s.list} role="group" aria-label="本机构适用的表格">
        {mine.map((f) => (
          <Checkbox key={f.id} label={f.title} checked={chosen.has(f.id)} onChange={(_, d) => toggle(f, Boolean(d.checked))} />
        ))}
      </div>
      {others.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="others">
            <AccordionHeader size="small">其他表格（{others.length} 种）</AccordionHeader>
            <AccordionPanel>
              <Caption1 className={s.warning}>以下表格属于其他地区或其他类型的机构，本工作簿的数据不是按它们的要求填写的，生成的内容可能不符合要求。</Caption1>
              <div className={s.list} role="group" aria-label="其他表格">
                {others.map((f) => (
                  <Checkbox key={f.id} label={f.title} checked={chosen.has(f.id)} onChange={(_, d) => toggle(f, Boolean(d.checked))} />
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      <Checkbox label="身份证件号只显示前 6 位和后 4 位" checked={maskIds} onChange={(_, d) => setMaskIds(Boolean(d.checked))} />
      <div className={s.actions}>
        <Button appearance="primary" disabled={disabled || !chosen.size} onClick={() => onGenerate(forms.FORMS.filter((f) => chosen.has(f.id)).map((f) => f.id), maskIds)}>
          生成 Word（{chosen.size} 种）
        </Button>
        {view.summary.errors > 0 && <Caption1>工作簿仍有错误，生成的表格会标注“草稿”。</Caption1>}
      </div>
    </div>
  );
}
