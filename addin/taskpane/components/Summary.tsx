import { Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { PROFILES } from '../../../src/profiles/profiles';
import { VERDICT } from '../../../src/rules/finding';
import type { CheckView } from '../../host';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '2px' },
  fail: { color: tokens.colorPaletteRedForeground1 },
  pass: { color: tokens.colorPaletteGreenForeground1 },
});

/** The verdict line and what the check was run as. */
export function Summary({ view }: { view: CheckView }) {
  const s = useStyles();
  const { errors, warnings, infos } = view.summary;
  const profile = PROFILES.find((p) => p.id === view.profile)?.name ?? view.profile;
  return (
    <div className={s.box} data-testid="summary">
      <Body1Strong className={errors ? s.fail : s.pass}>
        {errors ? `${VERDICT.fail}：${errors} 项错误` : view.findings.length ? `${VERDICT.pass}（无错误）` : `${VERDICT.pass}：未发现问题`}
        {warnings || infos ? `，${warnings} 项警告，${infos} 项提示` : ''}
      </Body1Strong>
      <Caption1>
        {profile} · {view.business}
      </Caption1>
    </div>
  );
}
