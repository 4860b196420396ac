import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { summaryDocx } from '../../../src/forms/summaries';
import { compileBatch } from '../../../src/summarize/batch';
import { resultsWorkbook } from '../../../src/summarize/results-workbook';
import { summaryFacts } from '../../../src/summarize/summary-facts';
import { AS_OF, evaluations, orgSpec, submission } from '../../helpers/batch';
import { creditCode } from '../jurisdictions/xj/rules/fixture';

it('writes', async () => {
  const city = (code: string, seq: number) => ({ 统一社会信用代码: creditCode('91', code, `MA7N3K${String(seq).padStart(2, '0')}`) });
  const subs = [
    submission('郑州甲.xlsx', orgSpec('郑州甲机构', 1, city('410105', 1), { extra: evaluations(['电工', 120, 100], ['焊工', 40, 30], ['工业机器人系统运维员', 25, 12]) })),
    submission('郑州乙.xlsx', orgSpec('郑州乙机构', 2, city('410105', 2), { extra: evaluations(['电工', 80, 60]) })),
    submission('洛阳.xlsx', orgSpec('洛阳机构', 5, { ...city('410305', 5), 申请业务类型: '备案续期' }, { extra: evaluations(['育婴员', 66, 50], ['保育师', 30, 29]) })),
    submission('新乡.xlsx', orgSpec('新乡机构', 3, {}, { extra: evaluations(['焊工', 10, 10], ['育婴员', 0, 0]) })),
    submission('无地市.xlsx', orgSpec('无地市机构', 4, { 统一社会信用代码: null, 办公地址: null, 注册地: null })),
  ];
  const batch = compileBatch(subs, AS_OF);
  const t = (id: string) => Promise.resolve(readFileSync(path.join(__dirname, '../../../templates', `${id}.docx`)));
  writeFileSync('/tmp/look/报告.docx', await summaryDocx('report', summaryFacts(batch), t));
  writeFileSync('/tmp/look/结果.xlsx', await resultsWorkbook(batch));
});
