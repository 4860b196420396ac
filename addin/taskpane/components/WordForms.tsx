import { Button, Caption1, Checkbox, makeStyles, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FormDef } from '../../../src/forms';
import { PROFILES } from '../../../src/profiles/profiles';
import type { CheckView } from '../../host';
import { zodWithoutEval } from '../zod-without-eval';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', marginBottom: '6px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center', marginTop: '4px' },
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

/** Which forms to fill: every form, ticked by default where this profile and business type need it. */
export function WordForms({ view, disabled, onGenerate }: WordFormsProps) {
  const s = useStyles();
  const forms = useForms();
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [maskIds, setMaskIds] = useState(false);

  useEffect(() => {
    const profile = PROFILES.find((p) => p.id === view.profile);
    if (forms && profile) setChosen(new Set(forms.formsFor(profile, view.business).map((f) => f.id)));
  }, [forms, view.profile, view.business]);

  if (!forms || !chosen) return <Spinner size="tiny" label="正在载入表格列表…" />;
  const toggle = (f: FormDef, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(f.id);
    else next.delete(f.id);
    setChosen(next);
  };
  return (
    <div>
      <div className={s.list} role="group" aria-label="要生成的表格">
        {forms.FORMS.map((f) => (
          <Checkbox key={f.id} label={f.title} checked={chosen.has(f.id)} onChange={(_, d) => toggle(f, Boolean(d.checked))} />
        ))}
      </div>
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
