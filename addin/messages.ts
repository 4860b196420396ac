/**
 * Any failure as the one Chinese line the pane shows: the core's own
 * messages (input, setup and template errors are already Chinese) pass
 * through, with the CLI's option names turned into the pane's pickers;
 * anything else is named as a failure with its short message. Never a stack.
 */
export function userMessage(e: unknown): string {
  const raw = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  const text = raw.split('\n')[0].trim();
  if (!text) return '操作未能完成（未知错误）。';
  if (/[\u4e00-\u9fff]/.test(text)) {
    return text
      .replace(/，?或使用 --profile 指定/g, '，或在上方选择适用规则')
      .replace(/可用 beian profiles 查看/g, '请在上方选择适用规则')
      .replace(/用 --form 选择表格/g, '少选几个表格')
      .replace(/--profile/g, '适用规则选择')
      .replace(/--business/g, '业务类型选择');
  }
  return `操作未能完成（${text}）。`;
}

/** Said when the workbook changed after 与上次备案比较: the changes found then are not the workbook's any more. */
export const STALE_COMPARISON = '工作簿在比较之后已修改，请重新比较';
