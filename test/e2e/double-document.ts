import type { Page } from 'playwright-core';

/**
 * What the clerk's workbook holds, read in the page from the test double's
 * document (`window.beianDouble.doc`): the Excel double and the WPS double
 * share one document model (test/excel-double/state.ts), so the Office-mode
 * and WPS-mode tests look at the workbook the same way.
 */

/** Every cell's value, fill and note of the listed sheets. */
export type Snapshot = Record<string, { cell: string; value: unknown; fill: string; note: string | null }[]>;

export const snapshot = (page: Page, sheets: string[]): Promise<Snapshot> =>
  page.evaluate((names) => {
    type Sheet = { rows: unknown[][]; value(r: number, c: number): unknown; fill(r: number, c: number): { color: string; pattern: string }; notes: Map<number, string> };
    const double = (window as unknown as { beianDouble: { doc: { sheet(n: string): Sheet | undefined } } }).beianDouble;
    const out: Record<string, { cell: string; value: unknown; fill: string; note: string | null }[]> = {};
    for (const name of names) {
      const s = double.doc.sheet(name)!;
      const cells = [];
      for (let r = 1; r <= s.rows.length + 1; r++) {
        for (let c = 1; c <= Math.max(20, s.rows[r - 1]?.length ?? 0); c++) {
          const f = s.fill(r, c);
          cells.push({ cell: `${r},${c}`, value: s.value(r, c), fill: `${f.color}/${f.pattern}`, note: s.notes.get(r * 16384 + c) ?? null });
        }
      }
      out[name] = cells;
    }
    return out;
  }, sheets);

/** One cell's value, fill colour and note. */
export const cellState = (page: Page, sheet: string, address: string): Promise<{ value: unknown; fill: string; note: string | null }> =>
  page.evaluate(
    ([name, a1]) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const double = (window as unknown as { beianDouble: { doc: { sheet(n: string): { value(r: number, c: number): unknown; fill(r: number, c: number): { color: string }; notes: Map<number, string> } } } }).beianDouble;
      const s = double.doc.sheet(name);
      return { value: s.value(Number(m[2]), col), fill: s.fill(Number(m[2]), col).color, note: s.notes.get(Number(m[2]) * 16384 + col) ?? null };
    },
    [sheet, address] as const,
  );

/** The sheets a clerk sees (very hidden ones left out). */
export const sheetNames = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { beianDouble: { doc: { sheets: { name: string; visibility: string }[] } } }).beianDouble.doc.sheets.filter((s) => s.visibility !== 'VeryHidden').map((s) => s.name));

/** "C5" → the snapshot's "5,3". */
export function cellKey(a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return `${m[2]},${[...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)}`;
}
