/**
 * A chosen Word form that gave no file, and why (plain data: it crosses from
 * the page's worker). Kept apart from the document planner so that the pane
 * can word it without loading the renderer.
 */
export interface UnwrittenForm {
  id: string;
  title: string;
  reason: string;
}

/** "考核点推荐函（工作簿的“考核点”表…）；…": the forms not written, for one line of a message. */
export function unwrittenText(unwritten: readonly UnwrittenForm[]): string {
  return unwritten.map((u) => `${u.title}（${u.reason}）`).join('；');
}
