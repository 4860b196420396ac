import * as v from '../../../src/validate';
import type { ValidationResult } from '../../../src/validate';
import { expectIssue, TODAY } from './helpers';

/** Every code the validators can emit, with one input that produces it and the text its message must quote. */
const EXAMPLES: Record<string, [() => ValidationResult<unknown>, string]> = {
  'id.numeric': [() => v.validateResidentId(11010519491231, { today: TODAY }), '11010519491231'],
  'id.format': [() => v.validateResidentId('12345', { today: TODAY }), '12345'],
  'id.format-cleaned': [() => v.validateResidentId('１１０１０５１９４９１２３１００２Ｘ', { today: TODAY }), '１１０１０５'],
  'id.lowercase-x': [() => v.validateResidentId('11010519491231002x', { today: TODAY }), '11010519491231002x'],
  'id.region': [() => v.validateResidentId('000105194912310028', { today: TODAY }), '000105194912310028'],
  'id.birthdate': [() => v.validateResidentId('110105194902310020', { today: TODAY }), '110105194902310020'],
  'id.checksum': [() => v.validateResidentId('110105194912310023', { today: TODAY }), '110105194912310023'],
  'id.legacy15': [() => v.validateResidentId('110105491231002', { today: TODAY }), '110105491231002'],
  'credit.format': [() => v.validateCreditCode('91350100M000100Y4'), '91350100M000100Y4'],
  'credit.format-cleaned': [() => v.validateCreditCode('91350100m000100y43'), '91350100m000100y43'],
  'credit.checksum': [() => v.validateCreditCode('91350100M000100Y44'), '91350100M000100Y44'],
  'credit.orgcode-checksum': [() => v.validateCreditCode(`91350100M000100Y5${v.creditCodeCheckChar('91350100M000100Y5')}`), '91350100M000100Y5'],
  'credit.category': [() => v.validateCreditCode(`0035010071093123X${v.creditCodeCheckChar('0035010071093123X')}`), '0035010071093123X'],
  'credit.region': [() => v.validateCreditCode(`91AB010071093123X${v.creditCodeCheckChar('91AB010071093123X')}`), '91AB010071093123X'],
  'credit.nature': [() => v.validateCreditCode('91350100M000100Y43', { nature: '机关' }), '91350100M000100Y43'],
  'credit.nature-unusual': [() => v.validateCreditCode(`9335010071093123X${v.creditCodeCheckChar('9335010071093123X')}`, { nature: '企业' }), '9335010071093123X'],
  'phone.format': [() => v.validatePhone('12345'), '12345'],
  'phone.format-cleaned': [() => v.validatePhone('138 0013 8000'), '138 0013 8000'],
  'email.format': [() => v.validateEmail('abc@'), 'abc@'],
  'email.format-cleaned': [() => v.validateEmail('abc＠example.com'), 'abc＠example.com'],
  'date.text': [() => v.validateDate('2024年3月1日'), '2024年3月1日'],
  'date.serial': [() => v.validateDate(45352), '45352'],
  'date.invalid': [() => v.validateDate('2024-02-30'), '2024-02-30'],
  'date.format': [() => v.validateDate('三月一日'), '三月一日'],
  'date.future': [() => v.validateDate(new Date(Date.UTC(2030, 0, 1)), { today: TODAY, notFuture: true }), '2030-01-01'],
  'year.format': [() => v.parseYear('24年'), '24年'],
  'year.future': [() => v.parseYear('2030', TODAY), '2030'],
  'count.text': [() => v.validateCount('12人'), '12人'],
  'count.format': [() => v.validateCount(-3), '-3'],
  'percent.format': [() => v.parsePercent('很高'), '很高'],
  'money.text': [() => v.validateMoney('200元'), '200元'],
  'money.free': [() => v.validateMoney('免费'), '免费'],
  'money.format': [() => v.validateMoney('面议'), '面议'],
  'level.unknown': [() => v.validateSkillLevel('六级'), '六级'],
  'level.ambiguous': [() => v.validateSkillLevel('初级'), '初级'],
  'level.conflict': [() => v.validateSkillLevelRange('三级/技师'), '三级/技师'],
  'level.xcert-unknown': [() => v.parseXcertLevel('特级'), '特级'],
  'title.unknown': [() => v.validateTitle('首席专家'), '首席专家'],
  'title.is-skill-level': [() => v.validateTitle('高级技师'), '高级技师'],
  'title.conflict': [() => v.validateTitle('高级工程师/中级'), '高级工程师/中级'],
  'occupation.format': [() => v.validateOccupationCode('4-4-5-5'), '4-4-5-5'],
  'occupation.format-cleaned': [() => v.validateOccupationCode('4 04 05 05'), '4 04 05 05'],
  'occupation.category': [() => v.validateOccupationCode('2-02-10-01'), '2-02-10-01'],
  'occupation.name-mismatch': [() => v.checkCodeName('4-04-04-05', '人工智能训练师'), '人工智能训练师'],
  'occupation.worktype-name': [() => v.checkCodeName('4-04-05-05-01', '数据标注员'), '数据标注员'],
  'occupation.unknown-code': [() => v.checkCodeName('4-99-99-99', '新职业'), '4-99-99-99'],
};

describe('ALL_VALIDATOR_CODES', () => {
  it('lists each code once, with a Chinese title and a basis', () => {
    const all = v.ALL_VALIDATOR_CODES.map((c) => c.code);
    expect(new Set(all).size).toBe(all.length);
    for (const c of v.ALL_VALIDATOR_CODES) {
      expect(c.title).toMatch(/[\u4e00-\u9fff]/);
      expect(c.basis.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'info']).toContain(c.severity);
    }
  });

  it('has an example for every code and no example for a code it does not list', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(v.ALL_VALIDATOR_CODES.map((c) => c.code).sort());
  });

  it.each(Object.entries(EXAMPLES))('%s is emitted with a Chinese message quoting the value', (code, [run, quoted]) => {
    expectIssue(run(), code, quoted);
  });

  it('cites national standards only: which document limits the categories is the rules’ business', () => {
    expect(v.ALL_VALIDATOR_CODES.find((c) => c.code === 'occupation.category')?.basis).toBe('《中华人民共和国职业分类大典（2022年版）》');
    expect(v.ALL_VALIDATOR_CODES.every((c) => !/《(河南|新疆|上海|兵团|职业教育)/.test(c.basis))).toBe(true);
  });
});
