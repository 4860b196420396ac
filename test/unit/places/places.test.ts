import { divisionName, DIVISION_COUNT, groupingUnit, placeLabel, placeOfAddress, placeOfCreditCode, placeOfDivisionCode } from '../../../src/places';
import { creditCode } from '../jurisdictions/xj/rules/fixture';

const label = (p: ReturnType<typeof placeOfAddress>) => (p ? placeLabel(p) : undefined);

describe('places from GB/T 2260 data', () => {
  it('a credit code names its registering authority’s province and prefecture (characters 3–8)', () => {
    expect(label(placeOfCreditCode(creditCode('91', '410702')))).toBe('河南省新乡市');
    expect(label(placeOfCreditCode(creditCode('91', '310115')))).toBe('上海市');
    expect(label(placeOfCreditCode(creditCode('91', '419001')))).toBe('河南省济源市');
    // A county abolished or renamed since the code was issued still shows its prefecture.
    expect(label(placeOfCreditCode(creditCode('91', '410799')))).toBe('河南省新乡市');
    expect(placeOfCreditCode(creditCode('91', '990101'))).toBeUndefined();
  });

  it('the 兵团: 6590xx cities are its 师市, 66 its own authorities', () => {
    expect(placeOfCreditCode(creditCode('91', '659001'))).toMatchObject({ province: { name: '新疆维吾尔自治区' }, bingtuan: { division: 8, name: '第八师石河子市' } });
    expect(placeOfCreditCode(creditCode('51', '660000'))).toMatchObject({ province: { code: '650000' }, bingtuan: { name: '' } });
    expect(placeOfCreditCode(creditCode('91', '650102'))?.bingtuan).toBeUndefined();
  });

  it('has a 师市 or 师 for each of the 14 divisions', () => {
    const names = Array.from({ length: DIVISION_COUNT }, (_, i) => groupingUnit(placeOfAddress(`新疆生产建设兵团${divisionName(i + 1)}`)));
    expect(names).toEqual([
      '第一师阿拉尔市', '第二师铁门关市', '第三师图木舒克市', '第四师可克达拉市', '第五师双河市', '第六师五家渠市', '第七师胡杨河市',
      '第八师石河子市', '第九师白杨市', '第十师北屯市', '第十一师', '第十二师', '第十三师新星市', '第十四师昆玉市',
    ]);
    for (let code = 659001; code <= 659012; code++) expect(placeOfDivisionCode(String(code))?.bingtuan?.division).toBeDefined();
  });

  it.each([
    ['河南省新乡市红旗区人民路 1 号', '河南省新乡市', '新乡市'],
    ['新疆生产建设兵团第八师石河子市', '新疆生产建设兵团第八师石河子市', '第八师石河子市'],
    ['新疆石河子市北四路 8 号', '新疆生产建设兵团第八师石河子市', '第八师石河子市'],
    ['第十二师头屯河区', '新疆生产建设兵团第十二师', '第十二师'],
    ['乌鲁木齐市沙依巴克区西虹东路 36 号', '新疆维吾尔自治区乌鲁木齐市', '乌鲁木齐市'],
    ['浦东新区郭守敬路 498 号', '上海市', '上海市'],
    ['昌吉回族自治州昌吉市', '新疆维吾尔自治区昌吉回族自治州', '昌吉回族自治州'],
    ['内蒙古乌海市海南区', '内蒙古自治区乌海市', '乌海市'],
    ['乌海市海南区', '内蒙古自治区乌海市', '乌海市'],
    ['新疆', '新疆维吾尔自治区', ''],
    ['石河子市市场监督管理局', '新疆生产建设兵团第八师石河子市', '第八师石河子市'],
  ])('reads “%s” as %s', (address, place, unit) => {
    const p = placeOfAddress(address);
    expect(label(p)).toBe(place);
    expect(groupingUnit(p)).toBe(unit);
  });

  it.each(['中山路 8 号', '第一师范学院', '全国', ''])('finds no place in “%s”', (text) => {
    expect(placeOfAddress(text)).toBeUndefined();
  });
});
