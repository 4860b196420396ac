import { compileBatch } from '../../../src/summarize/batch';
import { readEarlierBatch } from '../../../src/summarize/earlier';
import { batchJson, batchJsonText } from '../../../src/summarize/json';
import { AS_OF, evaluations, orgSpec, submission } from '../../helpers/batch';

const batch = () =>
  compileBatch(
    [submission('甲.xlsx', orgSpec('甲', 1, {}, { extra: evaluations(['电工', 40, 30]) })), submission('乙.xlsx', orgSpec('乙', 2))],
    AS_OF,
  );

describe('the batch JSON file (summarize --json, the page’s 下载 JSON)', () => {
  it('holds exactly the batch’s JSON, each filing’s snapshot on one line, and reads back as next year’s --previous', () => {
    const text = batchJsonText(batch());
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(batchJson(batch()))));
    const snapshotLines = text.split('\n').filter((l) => l.trimStart().startsWith('"filing": {'));
    expect(snapshotLines).toHaveLength(2);
    for (const l of snapshotLines) expect(() => JSON.parse(l.trim().replace(/^"filing": /, '').replace(/,$/, ''))).not.toThrow();
    expect(text.endsWith('}\n')).toBe(true);
    expect(readEarlierBatch(text).filings.map((f) => f.org)).toEqual(['甲', '乙']);
  });
});
