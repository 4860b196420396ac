import { checkBook } from '../../../src/check';
import { PROFILES } from '../../../src/profiles/profiles';
import { asClerk, compliantSpec, TODAY } from '../../helpers/compliant';
import { makeBook } from '../../helpers/book';

/** Every profile with every business type it takes: a compliant filing gets no error, in the template's layout or a clerk's. */
const CASES = PROFILES.flatMap((p) => p.businessTypes.map((b) => [p.id, b] as const));

describe('a compliant filing of every profile and business type gives no error', () => {
  it.each(CASES)('%s · %s, as clerks lay it out', (profile, business) => {
    const book = makeBook(asClerk(compliantSpec(profile, business)));
    const result = checkBook(book, { today: TODAY });
    expect(result.profile.id).toBe(profile);
    expect(result.business).toBe(business);
    expect(book.unrecognised.map((s) => s.name)).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(CASES)('%s · %s, in the template layout', (profile, business) => {
    const result = checkBook(makeBook(compliantSpec(profile, business)), { today: TODAY });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
