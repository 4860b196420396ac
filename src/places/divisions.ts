/**
 * GB/T 2260 administrative divisions down to counties (src/data/README.md
 * says where they come from), indexed for the place functions.
 */
import rows from '../data/divisions-2023.json';

export interface Division {
  /** Six digits: 410000 河南省, 410700 新乡市, 410702 红旗区. */
  code: string;
  name: string;
}

/** Pseudo-prefectures of the data: a municipality's districts, and a province's directly administered county-level cities. */
const MUNICIPAL = new Set(['市辖区', '县']);
const DIRECT = /直辖县级行政区划$/;

export interface DivisionIndex {
  byCode: ReadonlyMap<string, Division>;
  provinces: readonly Division[];
  /** Prefecture-level units as offices count them: prefectures, each municipality, and each directly administered county-level city (济源市, 石河子市). */
  prefectures: readonly Division[];
  counties: readonly Division[];
  /** The prefecture-level unit a county belongs to. */
  prefectureOfCounty: ReadonlyMap<string, Division>;
}

let index: DivisionIndex | undefined;

export function divisions(): DivisionIndex {
  if (index) return index;
  const byCode = new Map<string, Division>();
  for (const [code, name] of rows as unknown as [string, string][]) byCode.set(code, { code, name });
  const provinces: Division[] = [];
  const prefectures: Division[] = [];
  const counties: Division[] = [];
  const prefectureOfCounty = new Map<string, Division>();
  for (const d of byCode.values()) {
    if (d.code.endsWith('0000')) {
      provinces.push(d);
      continue;
    }
    const province = byCode.get(d.code.slice(0, 2) + '0000')!;
    if (d.code.endsWith('00')) {
      if (MUNICIPAL.has(d.name)) {
        if (!prefectures.includes(province)) prefectures.push(province);
      } else if (!DIRECT.test(d.name)) prefectures.push(d);
      continue;
    }
    const parent = byCode.get(d.code.slice(0, 4) + '00');
    if (parent && DIRECT.test(parent.name)) {
      prefectures.push(d);
      prefectureOfCounty.set(d.code, d);
      continue;
    }
    counties.push(d);
    prefectureOfCounty.set(d.code, !parent || MUNICIPAL.has(parent.name) ? province : parent);
  }
  index = { byCode, provinces, prefectures, counties, prefectureOfCounty };
  return index;
}
