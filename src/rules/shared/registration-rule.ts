import type { BusinessType } from '../../model/schema';
import type { ProfileId } from '../../profiles/profiles';
import type { Basis } from '../basis';
import type { Rule } from '../rule';
import { registration, type Region } from './registration';

/**
 * "在 X 依法登记": an error when the credit code and the registered place
 * both show another place (or one does and the other cannot tell); a
 * warning when they disagree or neither can tell.
 */
export function registrationRule(opts: { id: string; title: string; profiles: readonly ProfileId[]; basis: Basis; region: Region; business: readonly BusinessType[] }): Rule {
  const name = opts.region.name;
  return {
    id: opts.id,
    title: opts.title,
    profiles: opts.profiles,
    business: opts.business,
    severity: 'error',
    basis: opts.basis,
    hint: '统一社会信用代码第 3–8 位是登记机关的行政区划代码；核对营业执照（登记证书）及“注册地”',
    check(ctx) {
      if (!ctx.book.org) return;
      const reg = registration(ctx, opts.region);
      if (reg.verdict === 'in') return;
      if (reg.verdict === 'out') ctx.report({ ...reg.at, message: `${reg.why}；应在${name}依法登记` });
      else ctx.report({ ...reg.at, severity: 'warning', message: `${reg.why}；请核实是否在${name}依法登记` });
    },
  };
}
