import { Field, makeStyles, Select } from '@fluentui/react-components';
import { BUSINESS_TYPES, type BusinessType } from '../../../src/model/schema';
import { PROFILES, type ProfileId } from '../../../src/profiles/profiles';
import type { Defaults } from '../../host';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '4px' },
  field: { flex: '1 1 140px', minWidth: '0' },
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
  const fromSheet = (name: string | null) => (name ? `${name}（取自机构信息）` : '按机构信息表（未填写）');
  const defaultProfile = PROFILES.find((p) => p.id === props.defaults.profile);
  return (
    <div className={s.row}>
      <Field label="适用规则" className={s.field}>
        <Select className={s.select} value={props.profile} disabled={props.disabled} onChange={(_, d) => props.onProfile(d.value as ProfileId | '')}>
          <option value="">{fromSheet(defaultProfile?.name ?? null)}</option>
          {PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="申请业务类型" className={s.field}>
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
