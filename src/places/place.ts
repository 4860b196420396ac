/**
 * Where an organisation is: from the registering authority's division code
 * in a unified social credit code (GB 32100-2015 characters 3–8), or from an
 * address or place name read against the real GB/T 2260 names.
 */
import { cityCodeOfDivision, divisionName, divisionNumber, divisionOfCityCode } from './bingtuan';
import { Division, divisions } from './divisions';

export type { Division } from './divisions';

/** A 兵团 unit: a 师市 such as 第八师石河子市, a 师 without city, or the 兵团 itself. */
export interface BingtuanUnit {
  /** 1–14, when known. */
  division?: number;
  /** "第八师石河子市", "第十二师", or '' for the 兵团 as a whole. */
  name: string;
}

export interface Place {
  province: Division;
  /** The prefecture-level unit an office groups by (a municipality, or a directly administered city such as 济源市, 石河子市). */
  prefecture?: Division;
  /** Set when the place is the 兵团's. */
  bingtuan?: BingtuanUnit;
}

const XINJIANG = '650000';

function unitOfDivision(n: number): BingtuanUnit {
  const city = cityCodeOfDivision(n);
  return { division: n, name: divisionName(n) + (city ? divisions().byCode.get(city)!.name : '') };
}

function unitOfCity(code: string): BingtuanUnit | undefined {
  const n = divisionOfCityCode(code);
  return n === undefined ? undefined : unitOfDivision(n);
}

/** The place of a six-digit GB/T 2260 code; undefined when its province is not one. */
export function placeOfDivisionCode(code: string): Place | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const { byCode, prefectureOfCounty } = divisions();
  const province = byCode.get(code.slice(0, 2) + '0000');
  if (!province) return undefined;
  const own = byCode.get(code);
  let prefecture = own && prefectureOfCounty.get(own.code);
  if (!prefecture && own && !own.code.endsWith('0000')) prefecture = divisions().prefectures.find((p) => p.code === own.code);
  // A county abolished since the code was issued still shows its prefecture.
  if (!prefecture) prefecture = divisions().prefectures.find((p) => p.code === code.slice(0, 4) + '00');
  if (!prefecture && ['11', '12', '31', '50'].includes(code.slice(0, 2))) prefecture = province;
  const bingtuan = prefecture && unitOfCity(prefecture.code);
  return { province, ...(prefecture ? { prefecture } : {}), ...(bingtuan ? { bingtuan } : {}) };
}

/**
 * The registering authority's place from a unified social credit code.
 * 66 is the 兵团's own registration authorities (兵团 and its 师), which
 * GB/T 2260 does not list: the place is then the 兵团 in 新疆.
 */
export function placeOfCreditCode(creditCode: string): Place | undefined {
  const code = creditCode.normalize('NFKC').replace(/\s+/g, '').slice(2, 8);
  if (code.startsWith('66') && /^\d{6}$/.test(code)) {
    return { province: divisions().byCode.get(XINJIANG)!, bingtuan: { name: '' } };
  }
  return placeOfDivisionCode(code);
}

/** "新乡市" from "新乡市", "昌吉" from "昌吉回族自治州", "新疆" from "新疆维吾尔自治区". */
function shortName(name: string): string {
  return name
    .replace(/(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|侗|土家|哈尼|哈萨克|傣|傈僳|景颇|柯尔克孜|羌|白|黎|瑶)族?)*自治[区州]$/, '')
    .replace(/(?:省|市|地区|盟|特别行政区)$/, '');
}

interface Name {
  text: string;
  division: Division;
  level: 'province' | 'prefecture' | 'county';
  /** A short form (新疆, 新乡) rather than the full name. */
  short: boolean;
}

let names: { provinces: Name[]; prefectures: Name[]; counties: Map<string, Division[]> } | undefined;

function nameIndex() {
  if (names) return names;
  const d = divisions();
  const withShort = (list: readonly Division[], level: Name['level']): Name[] =>
    list.flatMap((division) => {
      const short = shortName(division.name);
      const out: Name[] = [{ text: division.name, division, level, short: false }];
      if (short.length >= 2 && short !== division.name) out.push({ text: short, division, level, short: true });
      return out;
    });
  const counties = new Map<string, Division[]>();
  for (const c of d.counties) counties.set(c.name, [...(counties.get(c.name) ?? []), c]);
  names = { provinces: withShort(d.provinces, 'province'), prefectures: withShort(d.prefectures, 'prefecture'), counties };
  return names;
}

/** A short name followed by one of these is a street's name ("中山路"), not a place. */
const STREET = /^[路街巷弄道号桥]/;

/** The first occurrence of any of the names at or after `from`, the longest at a tie. */
function first(text: string, list: readonly Name[], from = 0): { name: Name; at: number } | undefined {
  let best: { name: Name; at: number } | undefined;
  for (const name of list) {
    const at = text.indexOf(name.text, from);
    if (at < 0 || (name.short && STREET.test(text.slice(at + name.text.length)))) continue;
    if (!best || at < best.at || (at === best.at && name.text.length > best.name.text.length)) best = { name, at };
  }
  return best;
}

const DIVISION = /第([一二三四五六七八九十]{1,3})师(?!范)/;

/** The 兵团 unit an address names: 兵团, a 第N师, or a 师市's city. */
function bingtuanOf(text: string, prefecture?: Division): BingtuanUnit | undefined {
  const n = DIVISION.exec(text);
  const number = n ? divisionNumber(n[1]) : undefined;
  if (number) return unitOfDivision(number);
  const city = prefecture && unitOfCity(prefecture.code);
  if (city) return city;
  return /兵团/.test(text) ? { name: '' } : undefined;
}

/**
 * The place an address or place name shows: "河南省新乡市红旗区…",
 * "乌鲁木齐市沙依巴克区…", "浦东新区张江路…", "新疆生产建设兵团第八师石河子市".
 * Full names are read anywhere; short ones (新疆, 新乡) at the start or right
 * after the province; a county name only when no other county has it.
 */
export function placeOfAddress(address: string): Place | undefined {
  const text = address.normalize('NFKC').replace(/\s+/g, '');
  if (!text) return undefined;
  const idx = nameIndex();
  const d = divisions();
  const province = first(text, idx.provinces);
  const inProvince = (n: Name) => !province || n.division.code.slice(0, 2) === province.name.division.code.slice(0, 2);
  const prefectureNames = idx.prefectures.filter((n) => !n.short || province || text.startsWith(n.text));
  let prefecture = first(text, prefectureNames.filter(inProvince), province ? province.at + province.name.text.length : 0);
  // A prefecture named before a province-like word ("乌海市海南区") is the better reading.
  if (province && !prefecture) {
    const earlier = first(text, idx.prefectures.filter((n) => !n.short));
    if (earlier && earlier.at < province.at) prefecture = earlier;
  }
  let pref = prefecture?.name.division;
  if (!pref) {
    for (const [name, list] of idx.counties) {
      if (list.length !== 1 || !text.includes(name)) continue;
      const county = list[0];
      if (province && county.code.slice(0, 2) !== province.name.division.code.slice(0, 2)) continue;
      pref = d.prefectureOfCounty.get(county.code);
      break;
    }
  }
  const prov = pref ? d.byCode.get(pref.code.slice(0, 2) + '0000')! : province?.name.division;
  const bingtuan = bingtuanOf(text, pref);
  if (!prov) return bingtuan ? { province: d.byCode.get(XINJIANG)!, bingtuan } : undefined;
  if (bingtuan && prov.code !== XINJIANG) return { province: prov, ...(pref ? { prefecture: pref } : {}) };
  return { province: prov, ...(pref ? { prefecture: pref } : {}), ...(bingtuan ? { bingtuan } : {}) };
}

/** "河南省新乡市", "上海市", "新疆生产建设兵团第八师石河子市". */
export function placeLabel(place: Place): string {
  if (place.bingtuan) return `新疆生产建设兵团${place.bingtuan.name}`;
  const pref = place.prefecture && place.prefecture.code !== place.province.code ? place.prefecture.name : '';
  return place.province.name + pref;
}

/** What an office groups organisations by: the 兵团's 师市, else the prefecture-level unit; '' when unknown. */
export function groupingUnit(place: Place | undefined): string {
  if (!place) return '';
  if (place.bingtuan) return place.bingtuan.name || '新疆生产建设兵团';
  return place.prefecture?.name ?? '';
}
