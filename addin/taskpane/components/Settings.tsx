import { Field, makeStyles, Select } from '@fluentui/react-components';
import { BUSINESS_TYPES, type BusinessType } from '../../../src/model/schema';
import { PROFILES, type ProfileId } from '../../../src/profiles/profiles';
import type { Defaults } from '../../host';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '4px' },
  // One per line up to a wide pane: side by side, 320–450 px cut “（取自机构信息）” off.
  field: { flex: '1 1 460px', minWidth: '0' },
  select: { minWidth: '0', width: '100%' },
});

export interface SettingsProps {
  profile: ProfileId | '';
  business: BusinessType | '';
  defaults: Defaults;
  disabled: boolean;
  onProfile(p: ProfileId | ''): void;
  onBusiness(b: BusinessType | ''): void;
}

/** Profile and business type; the first option of each is "as 机构信息 says", naming what it says. */
export function Settings(props: SettingsProps) {
  const s = useStyles();
  // Where the choice comes from is the field's hint, not the option's text: a narrow pane cuts an option short.
  const fromSheet = (name: string | null) => name ?? '按机构信息表（未填写）';
  const hint = (chosen: string, stated: string | null) => (!chosen && stated ? '取自机构信息' : undefined);
  const defaultProfile = PROFILES.find((p) => p.id === props.defaults.profile);
  return (
    <div className={s.row}>
      <Field label="适用规则" className={s.field} hint={hint(props.profile, props.defaults.profile)}>
        <Select className={s.select} value={props.profile} disabled={props.disabled} onChange={(_, d) => props.onProfile(d.value as ProfileId | '')}>
          <option value="">{fromSheet(defaultProfile?.name ?? null)}</option>
          {PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="申请业务类型" className={s.field} hint={hint(props.business, props.defaults.business)}>
        <Select className={s.select} value={props.business} disabled={props.disabled} onChange={(_, d) => props.onBusiness(d.value as BusinessType | '')}>
          <option value="">{fromSheet(props.defaults.business)}</option>
          {BUSINESS_TYPES.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
