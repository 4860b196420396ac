import { checkBook } from '../../../src/check';
import { PROFILES } from '../../../src/profiles/profiles';
import { recognise } from '../../../src/recognise/recognise';
import { asClerk, clerkModel, compliantSpec, type Habits, type Layout, TODAY } from '../../helpers/compliant';
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

/** One clerk's habit at a time, then all of them in one workbook. */
const VARIANTS: [string, Habits, Layout][] = [
  ['merged cells', {}, { merged: true }],
  ['工种 under one code', { workTypes: true }, {}],
  ['footer and note rows', {}, { footers: true }],
  ['level ranges', { levelRanges: true }, {}],
  ['month dates', { monthDates: true }, {}],
  ['checkboxes', { checkboxes: true }, {}],
  ['pictures in cells', {}, { pictures: true }],
  ['shared facilities', { sharedFacilities: true }, {}],
  ['every habit at once', { workTypes: true, levelRanges: true, monthDates: true, checkboxes: true, sharedFacilities: true }, { merged: true, footers: true, pictures: true }],
];

describe('a compliant filing written the messy way clerks write gives no error', () => {
  const MATRIX = VARIANTS.flatMap(([variant, habits, layout]) => CASES.map(([profile, business]) => [variant, profile, business, habits, layout] as const));
  it.each(MATRIX)('%s: %s · %s', (_variant, profile, business, habits, layout) => {
    const book = recognise(clerkModel(asClerk(compliantSpec(profile, business, habits)), layout));
    const result = checkBook(book, { today: TODAY });
    expect(book.unrecognised.map((s) => s.name)).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
