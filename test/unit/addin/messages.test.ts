import { userMessage } from '../../../addin/messages';

/** What the pane shows when something fails: one Chinese line, in the pane's terms, never a stack. */
describe('userMessage', () => {
  it('passes the core’s Chinese messages through, naming the pane’s pickers instead of CLI options', () => {
    expect(userMessage(new Error('无法确定适用规则：请在 机构信息 表填写 适用规则，或使用 --profile 指定'))).toBe('无法确定适用规则：请在 机构信息 表填写 适用规则，或在上方选择适用规则');
  });

  it('words the forms limit for the pane, where forms are ticked rather than named with --form', () => {
    expect(userMessage(new Error('此工作簿将生成 1200 个 Word 文件，超过上限 1000 个，请拆分工作簿或用 --form 选择表格'))).toBe('此工作簿将生成 1200 个 Word 文件，超过上限 1000 个，请拆分工作簿或少选几个表格');
  });

  it('names any other failure in one line without its stack', () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'anchors')");
    const text = userMessage(e);
    expect(text).toBe("操作未能完成（Cannot read properties of undefined (reading 'anchors')）。");
    expect(text).not.toContain('\n');
    expect(userMessage(undefined)).toBe('操作未能完成（未知错误）。');
  });
});
