import { GridCell, run, table, text, type Column } from './docx';

/** Pieces the form templates share. */

export const DRAFT = text('{draft}', { align: 'center', bold: true, color: 'C00000' });
export const ORG = text('填报单位：{orgName}', { style: 'Note' });
export function section(title: string, columns: readonly Column[], loop: string): string {
  return text(title, { style: 'Heading2', keepNext: true }) + table(columns, loop);
}

/** A value that prints in red when the workbook's 变更前 column shows it changed. */
function changeable(field: string): GridCell {
  return {
    raw: true,
    content: run(`{#${field}Changed}`) + run(`{${field}}`, { color: 'FF0000' }) + run(`{/${field}Changed}{^${field}Changed}`) + run(`{${field}}`) + run(`{/${field}Changed}`),
  };
}

export const L = (content: string, span = 1): GridCell => ({ content, span, label: true });
export const V = (field: string, span = 1): GridCell => ({ ...changeable(field), span });
export const SIGN = '负责人签字：　　　　　　单位（印章）　　　　年　　月　　日';

export const T = (content: string, span = 1, align: 'center' | 'left' = 'left'): GridCell => ({ content, span, align });

/** Headings the clerk completes: the outline's own guidance, marked so it cannot be mistaken for content. */
export const TODO = (guidance: string) => text(`【请填写】${guidance}`, { color: '7F7F7F' });
export const H1 = (s: string) => text(s, { style: 'Heading1', keepNext: true });
export const H2 = (s: string) => text(s, { style: 'Heading2', keepNext: true });

/** The line an office fills in above a summary it sends on. */
export const SUMMARY_HEAD = text('填报单位（盖章）：　　　　　　　填报人：　　　　　　联系电话：　　　　　　　　年　　月　　日', { style: 'Note' });

/** The note under a summary listing the organisations whose workbooks left a column unanswered. */
export const ASK =
  text('{#asking}', {}) +
  text('表中“未填报”为机构工作簿未填写的栏目，请向以下机构核实后补填：', { style: 'Note' }) +
  text('{#ask}', {}) +
  text('未填报{items}：{orgs}', { style: 'Note' }) +
  text('{/ask}', {}) +
  text('{/asking}', {});
