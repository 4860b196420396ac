import { checkCodeName, findOccupationByName, lookupOccupation, validateOccupationCode } from '../../../src/validate/occupations';
import { codes, expectIssue } from './helpers';

describe('validateOccupationCode', () => {
  it.each(['4-04-05-05', '6-20-05-03', '3-01-01-01', '5-01-01-01', '4-04-05-05-01'])('accepts %s', (c) => {
    expect(validateOccupationCode(c)).toEqual({ ok: true, value: c, issues: [] });
  });

  it.each([
    ['４－04－05－05', '4-04-05-05'],
    ['4—04—05—05', '4-04-05-05'],
    [' 4-04-05-05', '4-04-05-05'],
    ['4 04 05 05', '4-04-05-05'],
    ['4040505', '4-04-05-05'],
    ['404050501', '4-04-05-05-01'],
    [4040505, '4-04-05-05'],
    ['4.04.05.05', '4-04-05-05'],
  ] as const)('cleans %s to %s with a warning', (raw, clean) => {
    const r = validateOccupationCode(raw);
    expect(r).toMatchObject({ ok: true, value: clean });
    expect(codes(r)).toEqual(['occupation.format-cleaned']);
    expect(expectIssue(r, 'occupation.format-cleaned', String(raw)).hint).toContain(clean);
  });

  it.each(['4-4-5-5', '4-04-05', '4-04-05-05-1', 'X-04-05-05', '人工智能训练师', '40405', '40405050'])('rejects %s', (c) => {
    expectIssue(validateOccupationCode(c), 'occupation.format', c);
  });

  it('only allows the skill categories 3–6', () => {
    const i = expectIssue(validateOccupationCode('2-02-10-01'), 'occupation.category', '2-02-10-01');
    expect(i.message).toContain('第 2 大类（专业技术人员）');
    expect(codes(validateOccupationCode('1-01-00-01'))).toEqual(['occupation.category']);
    expect(codes(validateOccupationCode('8-00-00-00'))).toEqual(['occupation.category']);
    expect(codes(validateOccupationCode('7-00-00-00'))).toEqual(['occupation.category']);
  });
});

describe('lookupOccupation / findOccupationByName', () => {
  it('finds codes and names, also for 工种 codes', () => {
    expect(lookupOccupation('4-04-05-05')).toEqual({ names: ['人工智能训练师'], level: 4 });
    expect(lookupOccupation('4-04-05-05-01')).toEqual({ names: ['人工智能训练师'], level: 4 });
    expect(lookupOccupation('4-04-04-05')?.names).toEqual(['数字化解决方案设计师']);
    expect(lookupOccupation('9-99-99-99')).toBeUndefined();
    expect(lookupOccupation('junk')).toBeUndefined();
  });

  it('keeps the codes the source lists twice', () => {
    expect(lookupOccupation('2-03-01-00')).toEqual({ names: ['土壤肥料技术人员'], level: 4 });
    expect(lookupOccupation('4-12-04-02')?.names).toEqual(['修鞋工']);
  });

  it('finds occupations by name, ignoring spaces, bracket width and a trailing 工种', () => {
    expect(findOccupationByName('人工智能训练师')).toEqual(['4-04-05-05']);
    expect(findOccupationByName(' 人工智能 训练师（数据标注员）')).toEqual(['4-04-05-05']);
    expect(findOccupationByName('不存在的职业')).toEqual([]);
  });
});

describe('checkCodeName', () => {
  it('accepts the 大典 name, with spaces, either bracket width or a 工种 suffix', () => {
    for (const name of ['人工智能训练师', '人工智能训练师（数据标注员）', '人工智能训练师(数据标注员)', ' 人工智能 训练师 ', '人工智能训练师-数据标注']) {
      expect(checkCodeName('4-04-05-05', name)).toEqual({ ok: true, value: '人工智能训练师', issues: [] });
    }
    expect(checkCodeName('2-02-30-00', '管理(工业)工程技术人员').ok).toBe(true);
  });

  it('names the 大典 occupation when the name differs (the Shanghai guide sample)', () => {
    const r = checkCodeName('4-04-04-05', '人工智能训练师');
    const i = expectIssue(r, 'occupation.name-mismatch', '人工智能训练师');
    expect(i.message).toBe('职业编码 4-04-04-05 在《中华人民共和国职业分类大典（2022年版）》中为 数字化解决方案设计师，与填写的 人工智能训练师 不符');
    expect(i.hint).toContain('4-04-05-05');
  });

  it('cannot verify a 工种 name under a 工种 code, and says so', () => {
    const r = checkCodeName('4-04-05-05-01', '数据标注员');
    expect(r.ok).toBe(true);
    expectIssue(r, 'occupation.worktype-name', '数据标注员');
  });

  it('only warns about codes missing from the bundled table', () => {
    const r = checkCodeName('4-99-99-99', '新职业');
    expect(r.ok).toBe(true);
    expect(expectIssue(r, 'occupation.unknown-code', '4-99-99-99').message).toContain('不完整');
  });

  it('has no opinion on unreadable codes or empty names', () => {
    expect(checkCodeName('junk', '电工')).toEqual({ ok: true, issues: [] });
    expect(checkCodeName('4-04-05-05', '')).toEqual({ ok: true, issues: [] });
    expect(checkCodeName(null, null)).toEqual({ ok: true, issues: [] });
  });
});
