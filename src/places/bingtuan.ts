/**
 * The 14 divisions (师) of the 新疆生产建设兵团 and the county-level cities
 * (师市合一) they administer, by GB/T 2260 code under 新疆's 6590. 第十一师
 * and 第十二师 have no city of their own (both are seated in 乌鲁木齐).
 * Source: the cities' GB/T 2260 entries and the 兵团's published 师市 list.
 */
const CITY_OF_DIVISION: Readonly<Record<number, string | undefined>> = {
  1: '659002',
  2: '659006',
  3: '659003',
  4: '659008',
  5: '659007',
  6: '659004',
  7: '659010',
  8: '659001',
  9: '659012',
  10: '659005',
  13: '659011',
  14: '659009',
};

export const DIVISION_COUNT = 14;

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

/** "第八师" for 8. */
export function divisionName(n: number): string {
  return `第${NUMERALS[n]}师`;
}

/** 8 for "八", "十二"…; undefined past 十四. */
export function divisionNumber(numeral: string): number | undefined {
  const n = NUMERALS.indexOf(numeral);
  return n > 0 ? n : undefined;
}

export function cityCodeOfDivision(n: number): string | undefined {
  return CITY_OF_DIVISION[n];
}

export function divisionOfCityCode(code: string): number | undefined {
  const hit = Object.entries(CITY_OF_DIVISION).find(([, c]) => c === code);
  return hit ? Number(hit[0]) : undefined;
}
