/** How much a finding weighs: 应/不得 → error, 原则上/一般 → warning, what the user should know → info. */
export type Severity = 'error' | 'warning' | 'info';

/** How a severity reads to a clerk, in the terminal, the documents, the workbook and the pane alike. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** Weightiest first: an error sorts before a warning, a warning before a note. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
