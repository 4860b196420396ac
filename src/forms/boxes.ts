/** "☑企业 ☐院校 …": a choice row of a paper form, ticked where the value matches. */
export function boxes(options: readonly string[], chosen: (option: string) => boolean): string {
  return options.map((o) => `${chosen(o) ? '☑' : '☐'}${o}`).join('  ');
}
