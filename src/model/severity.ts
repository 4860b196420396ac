/** How much a finding weighs: 应/不得 → error, 原则上/一般 → warning, what the user should know → info. */
export type Severity = 'error' | 'warning' | 'info';
