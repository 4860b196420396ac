import type { CellValue } from '../../../../../src/model/cell';
import { applicationWindow, filingValidity, intentWindow } from '../../../../../src/jurisdictions/sh/rules/dates';
import { recommendationFields } from '../../../../../src/jurisdictions/sh/rules/occupations';
import { bankLevelMissing, samplePapers } from '../../../../../src/jurisdictions/sh/rules/question-bank';
import { xcertDataPresent } from '../../../../../src/jurisdictions/sh/rules/xcert-data';
import { orgRows } from '../../../../helpers/book';
import { ruleCases } from '../../../../helpers/rule-tester';
import { AI, day, orgCell } from '../../xj/rules/fixture';
import { BANK_HEADER, OCCUPATION_HEADER, occupationRow, ORG, shSpec, XCERT_HEADER } from './fixture';

const withOrg = (org: typeof ORG, extra = {}) => ({ ...shSpec(), 机构信息: orgRows(org), ...extra });
const bank = (...rows: CellValue[][]) => ({ ...shSpec(), 题库: [BANK_HEADER, ...rows] });
const intent = (provided: string) => ({ 申请材料: [['序号', '材料名称', '是否提供'], [1, '意向申请书', provided]] });
const noIndustry = occupationRow(1);
noIndustry[5] = '';
const APPLY = `机构信息!${orgCell(ORG, '申请日期')}`;

export default ruleCases('SH occupations, data, question bank and dates', [recommendationFields, xcertDataPresent, bankLevelMissing, samplePapers, intentWindow, applicationWindow, filingValidity], {
  valid: [
    { name: 'a clean sh-xcert filing', spec: withOrg(ORG, intent('是')) },
    { name: 'applied on the window’s last day, valid to 2028-12-31', spec: withOrg({ ...ORG, 申请日期: day(2026, 6, 30), 备案有效期止: day(2028, 12, 31) }, intent('是')) },
  ],
  invalid: [
    { name: 'an empty 产业类别', spec: { ...shSpec(), 申请职业: [OCCUPATION_HEADER, noIndustry] }, expect: [{ rule: 'sh.occupations.recommendation', cell: '申请职业!F2', severity: 'error', message: '产业类别' }] },
    { name: 'the 附件1 columns missing', spec: { ...shSpec(), 申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, AI.code, AI.name, '四级至三级']] }, expect: [{ rule: 'sh.occupations.recommendation', cell: '申请职业', severity: 'error' }] },
    { name: 'an empty X证书 table', spec: { ...shSpec(), X证书评价数据: [XCERT_HEADER] }, expect: [{ rule: 'sh.xcert-data.present', cell: 'X证书评价数据', severity: 'error' }] },
    { name: 'no 三级 row', spec: bank([AI.name, AI.code, '四级', 1000, 30, 2]), expect: [{ rule: 'sh.question-bank.level-missing', cell: '申请职业!D2', severity: 'error', message: '三级/高级工' }] },
    { name: 'one sample paper for 三级', spec: bank([AI.name, AI.code, '四级', 1000, 30, 2], [AI.name, AI.code, '三级', 1000, 30, 1]), expect: [{ rule: 'sh.question-bank.sample-papers', cell: '题库!F3', severity: 'error' }] },
    { name: 'no 样卷套数 column', spec: { ...shSpec(), 题库: [['职业（工种）', '等级', '单选题'], [AI.name, '四级', 1], [AI.name, '三级', 1]] }, expect: [{ rule: 'sh.question-bank.sample-papers', cell: '题库', severity: 'error', message: '没有“样卷套数”列' }] },
    { name: 'the intent letter marked 否', spec: withOrg(ORG, intent('否')), expect: [{ rule: 'sh.window.intent', cell: '申请材料!C2', severity: 'error' }] },
    { name: 'the intent letter not listed', spec: withOrg(ORG, { 申请材料: [['序号', '材料名称', '是否提供'], [1, '信用报告', '是']] }), expect: [{ rule: 'sh.window.intent', cell: '申请材料', severity: 'info' }] },
    { name: 'applied on 2026-06-19', spec: withOrg({ ...ORG, 申请日期: day(2026, 5, 19) }), today: day(2026, 5, 20), expect: [{ rule: 'sh.window.application', cell: APPLY, severity: 'error' }] },
    { name: 'applied on 2026-07-01', spec: withOrg({ ...ORG, 申请日期: day(2026, 7, 1) }), today: day(2026, 7, 2), expect: [{ rule: 'sh.window.application', cell: APPLY, severity: 'error' }] },
    { name: 'no 申请日期 before the window', spec: withOrg({ ...ORG, 申请日期: null }), expect: [{ rule: 'sh.window.application', cell: '机构信息', severity: 'info', message: '未填写申请日期' }] },
    { name: 'valid to 2029-01-01', spec: withOrg({ ...ORG, 备案有效期止: day(2029, 1, 1) }), expect: [{ rule: 'sh.validity.end', cell: '机构信息!B13', severity: 'error' }] },
  ],
});
