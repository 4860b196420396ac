import { missingFeatureNotes } from '../../../../addin/taskpane/labels';

/** What the pane tells a clerk about their Excel, from the Office host's features. */
describe('missingFeatureNotes', () => {
  const all = { dataValidation: true, rangeAreas: true, workbookEvents: true, comments: true, insertSheets: true, mergedAreas: true, triggerSource: true, notes: true, dialogMessages: true };

  it('says nothing on Microsoft 365', () => {
    expect(missingFeatureNotes(all)).toEqual([]);
  });

  it('explains LTSC (comments, no notes) and Excel 2019 (neither) in the clerk’s terms', () => {
    expect(missingFeatureNotes({ ...all, notes: false })).toEqual(['不支持单元格备注：问题说明写在批注中']);
    expect(missingFeatureNotes({ ...all, notes: false, comments: false, insertSheets: false, rangeAreas: false })).toEqual(['不支持备注和批注：问题说明只列在“检查结果”表中', '模板工作表改为逐表创建']);
  });

  it('ignores differences a clerk would not notice', () => {
    expect(missingFeatureNotes({ ...all, rangeAreas: false, triggerSource: false, workbookEvents: false })).toEqual([]);
  });
});
