import type { RuleContext } from '../rule';

/** Where a jurisdiction's guide asks an organisation to be registered, based or active. */
export type Region = 'xinjiang' | 'shanghai';

interface RegionDef {
  name: string;
  /** Place names that only occur in the region (prefectures, their seats, the 兵团's cities). */
  words: RegExp;
  /** GB/T 2260 province codes, positions 3–4 of a unified social credit code. */
  codes: readonly string[];
}

const REGIONS: Record<Region, RegionDef> = {
  xinjiang: {
    name: '新疆',
    words: /新疆|乌鲁木齐|克拉玛依|吐鲁番|哈密|昌吉|博尔塔拉|巴音郭楞|库尔勒|阿克苏|克孜勒苏|阿图什|喀什|和田|伊犁|伊宁|塔城|阿勒泰|石河子|阿拉尔|图木舒克|五家渠|可克达拉|铁门关|胡杨河/,
    // 66 is used by the 新疆生产建设兵团's registration authorities.
    codes: ['65', '66'],
  },
  shanghai: {
    name: '上海',
    // Addresses often start at the district; districts with namesakes elsewhere need their full 区 name.
    words: /上海|沪|黄浦区|徐汇区|长宁区|静安区|普陀区|虹口区|杨浦区|闵行区|宝山区|嘉定区|浦东新区|金山区|松江区|青浦区|奉贤区|崇明区/,
    codes: ['31'],
  },
};

export function regionName(region: Region): string {
  return REGIONS[region].name;
}

/** Whether a place or address names the region. */
export function mentionsRegion(text: string, region: Region): boolean {
  return REGIONS[region].words.test(text.normalize('NFKC'));
}

/** Whether the credit code was issued in the region; undefined when the code is too short to tell. */
export function creditCodeInRegion(code: string, region: Region): boolean | undefined {
  const s = code.normalize('NFKC').replace(/\s+/g, '');
  if (s.length < 4) return undefined;
  return REGIONS[region].codes.includes(s.slice(2, 4));
}

/** What 机构信息 shows about where the organisation is registered. */
export interface Registration {
  inRegion: boolean;
  /** Why not, for messages: "注册地“北京市海淀区”不在新疆". */
  why: string;
  /** The cell a finding about registration points at. */
  at: { sheet?: string; cell?: string | null; row?: number | null; column?: string | null };
}

/**
 * 注册地 decides when filled; otherwise 注册（登记）机关 or the credit
 * code's region can show registration in the region.
 */
export function registration(ctx: RuleContext, region: Region): Registration {
  const name = regionName(region);
  const org = ctx.book.org;
  if (!org) return { inRegion: false, why: `没有机构信息，无法看出注册在${name}`, at: {} };
  const at = (key: string) => {
    const c = org.cell(key);
    return c ? { sheet: org.sheet.name, cell: c.address, row: c.row, column: org.header(key) } : { sheet: org.sheet.name };
  };
  const place = org.text('regPlace');
  if (place) return { inRegion: mentionsRegion(place, region), why: `注册地“${place}”不在${name}`, at: at('regPlace') };
  const registrar = org.text('registrar');
  if (registrar && mentionsRegion(registrar, region)) return { inRegion: true, why: '', at: at('registrar') };
  const code = org.text('creditCode');
  if (creditCodeInRegion(code, region)) return { inRegion: true, why: '', at: at('creditCode') };
  const seen = [registrar ? `注册（登记）机关“${registrar}”` : '', code ? `统一社会信用代码 ${code}` : ''].filter(Boolean).join('、');
  return {
    inRegion: false,
    why: `未填写注册地${seen ? `，${seen}也不表明注册在${name}` : `，无法看出注册在${name}`}`,
    at: org.has('regPlace') ? at('regPlace') : { sheet: org.sheet.name },
  };
}
