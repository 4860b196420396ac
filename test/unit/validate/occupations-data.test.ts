import { readFileSync } from 'fs';

const { csvToJson, CSV_PATH, JSON_PATH } = require('../../../scripts/build-occupations.js') as {
  csvToJson(csv: string): string;
  CSV_PATH: string;
  JSON_PATH: string;
};

describe('src/data/occupations-2022.json', () => {
  it('is what scripts/build-occupations.js makes of the CSV (run the script if this fails)', () => {
    expect(readFileSync(JSON_PATH, 'utf8')).toBe(csvToJson(readFileSync(CSV_PATH, 'utf8')));
  });

  it('keeps every CSV row, duplicates included', () => {
    const rows = JSON.parse(readFileSync(JSON_PATH, 'utf8')) as [string, number, string, string][];
    expect(rows).toHaveLength(2051);
    expect(rows.filter((r) => r[1] === 4)).toHaveLength(1634);
    expect(rows.filter((r) => r[0] === '6-20-05-03')).toHaveLength(2);
    expect(rows).toContainEqual(['4-04-05-05', 4, '人工智能训练师', 'S']);
  });

  it('refuses a malformed CSV', () => {
    expect(() => csvToJson('code,level,name,marks\n4-04-05-05,4,人工智能训练师\n')).toThrow(/line 2/);
    expect(() => csvToJson('code,name\n')).toThrow(/header/);
  });
});
