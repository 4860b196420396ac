/** How much a finding weighs: 应/不得 → error, 原则上/一般 → warning, what the user should know → info. */
export type Severity = 'error' | 'warning' | 'info';

/** Weightiest first, as lists and counts show them. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** How a severity reads to a clerk, in the terminal, the documents, the workbook and the pane alike. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** Weightiest first: an error sorts before a warning, a warning before a note. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The fill a marked cell takes (ARGB), in the annotated copy, on the 检查结果
 * sheet and in the add-in's marks alike: Excel's own "bad" and "neutral"
 * fills, and a light blue.
 */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

/** The terminal's colour and mark for a severity, in the same hues as the fills. */
export const SEVERITY_TERMINAL: Readonly<Record<Severity, { colour: 'red' | 'yellow' | 'cyan'; mark: string }>> = {
  error: { colour: 'red', mark: '✖' },
  warning: { colour: 'yellow', mark: '▲' },
  info: { colour: 'cyan', mark: 'ℹ' },
};
