/**
 * Light or dark, as the clerk's Office (or, in a browser, their system) is
 * set: Office reports its theme's colours (Office.context.officeTheme), not
 * a name, so a dark body background means the dark theme.
 */
export type ThemeKind = 'light' | 'dark';

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** Relative luminance of "#RRGGBB" (WCAG), or null when the text is no such colour. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#RRGGBB" colours (1 to 21), or null when either is no such colour. */
export function contrastRatio(a: string, b: string): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function themeKind(office: OfficeThemeColours | null | undefined, prefersDark: boolean): ThemeKind {
  const l = office?.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
  if (l !== null) return l < 0.3 ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}

/** Office's theme where the page runs in Office, else the system's colour scheme. */
export function currentTheme(): ThemeKind {
  const office = (globalThis as { Office?: { context?: { officeTheme?: OfficeThemeColours } } }).Office;
  let colours: OfficeThemeColours | undefined;
  try {
    colours = office?.context?.officeTheme;
  } catch {
    // Outside Office, office.js may throw on context: the system's scheme decides.
    colours = undefined;
  }
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return themeKind(colours, dark);
}
