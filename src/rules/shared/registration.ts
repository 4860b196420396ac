import type { OrgKey } from '../../model/schema';
import { Place, placeLabel, placeOfAddress, placeOfCreditCode } from '../../places';
import type { FindingInput, RuleContext } from '../rule';

/** A place a document asks an organisation to be registered (or based, or active) in; each jurisdiction's folder defines its own. */
export interface Region {
  name: string;
  /** Whether a place lies in it; undefined when the place cannot tell. */
  holds(place: Place): boolean | undefined;
}

type At = Pick<FindingInput, 'sheet' | 'cell' | 'row' | 'column'>;

/** One thing 机构信息 shows about where the organisation is registered. */
interface Evidence {
  /** "统一社会信用代码第 3–8 位 410702（河南省新乡市）". */
  text: string;
  holds: boolean | undefined;
  at: At;
}

export interface Registration {
  /** in: registered there; out: not; unsure: nothing tells; conflict: the code and the address disagree. */
  verdict: 'in' | 'out' | 'unsure' | 'conflict';
  /** Why, naming what decided: "统一社会信用代码第 3–8 位 110108（北京市）、注册地“北京市海淀区”（北京市）均不在河南省". */
  why: string;
  at: At;
}

/** The registered place: 注册地, else the 注册（登记）机关's name, else the 办公地址. */
const PLACE_ITEMS = ['regPlace', 'registrar', 'address'] as const;

function evidence(ctx: RuleContext, region: Region): { code?: Evidence; place?: Evidence } {
  const org = ctx.book.org!;
  const at = (key: OrgKey): At => {
    const c = org.cell(key);
    return c ? { sheet: org.sheet.name, cell: c.address, row: c.row, column: org.header(key) } : { sheet: org.sheet.name };
  };
  const out: { code?: Evidence; place?: Evidence } = {};
  const credit = org.text('creditCode');
  const byCode = credit ? placeOfCreditCode(credit) : undefined;
  if (byCode) {
    const digits = credit.normalize('NFKC').replace(/\s+/g, '').slice(2, 8);
    out.code = { text: `统一社会信用代码第 3–8 位 ${digits}（${placeLabel(byCode)}）`, holds: region.holds(byCode), at: at('creditCode') };
  }
  for (const key of PLACE_ITEMS) {
    const text = org.text(key);
    const place = text ? placeOfAddress(text) : undefined;
    if (!place) continue;
    out.place = { text: `${org.header(key)}“${text}”（${placeLabel(place)}）`, holds: region.holds(place), at: at(key) };
    break;
  }
  return out;
}

/**
 * Whether 机构信息 shows registration in a jurisdiction. The credit code's
 * characters 3–8 name the registering authority's division (GB 32100-2015);
 * the registered place is read from 注册地, 注册（登记）机关 or 办公地址.
 * Either decides alone; when they disagree neither is trusted.
 */
export function registration(ctx: RuleContext, region: Region): Registration {
  const name = region.name;
  const org = ctx.book.org;
  if (!org) return { verdict: 'unsure', why: `没有机构信息，无法看出登记在${name}`, at: {} };
  const { code, place } = evidence(ctx, region);
  const known = [code, place].filter((e): e is Evidence => e !== undefined && e.holds !== undefined);
  const shown = [code, place].filter((e): e is Evidence => e !== undefined);
  if (!known.length) {
    const seen = shown.map((e) => e.text).join('、');
    return { verdict: 'unsure', why: `${seen ? `${seen}不能说明` : '未填写可识别的统一社会信用代码或注册地，无法看出'}是否登记在${name}`, at: shown[0]?.at ?? { sheet: org.sheet.name } };
  }
  if (known.every((e) => e.holds)) return { verdict: 'in', why: '', at: known[0].at };
  if (known.every((e) => !e.holds)) {
    return { verdict: 'out', why: `${known.map((e) => e.text).join('、')}${known.length > 1 ? '均' : ''}不在${name}`, at: (place ?? code)!.at };
  }
  const [inside, outside] = [known.find((e) => e.holds)!, known.find((e) => !e.holds)!];
  return { verdict: 'conflict', why: `${inside.text}在${name}，但${outside.text}不在，两者不一致`, at: outside.at };
}

/** Whether a place name or address (a 地区 cell, a site's address) lies in the jurisdiction; undefined when it names no place. */
export function placeIn(text: string, region: Region): boolean | undefined {
  const place = text ? placeOfAddress(text) : undefined;
  return place ? region.holds(place) : undefined;
}
