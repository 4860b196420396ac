import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { SEVERITY_BADGE } from '../../../../addin/taskpane/labels';
import { contrastRatio } from '../../../../addin/taskpane/theme';
import type { Severity } from '../../../../src/model/severity';

/** Background and text tokens of Fluent's badge, per appearance and colour (react-badge useBadgeStyles). */
const BADGE: Record<string, [keyof Theme, keyof Theme]> = {
  'filled-brand': ['colorBrandBackground', 'colorNeutralForegroundOnBrand'],
  'filled-danger': ['colorPaletteRedBackground3', 'colorNeutralForegroundOnBrand'],
  'filled-warning': ['colorPaletteYellowBackground3', 'colorNeutralForeground1Static'],
  'filled-informative': ['colorNeutralBackground5', 'colorNeutralForeground3'],
  'tint-brand': ['colorBrandBackground2', 'colorBrandForeground2'],
  'tint-danger': ['colorPaletteRedBackground1', 'colorPaletteRedForeground1'],
  'tint-warning': ['colorPaletteYellowBackground1', 'colorPaletteYellowForeground1'],
  'tint-informative': ['colorNeutralBackground4', 'colorNeutralForeground3'],
};
const THEMES: [string, Theme][] = [['light', webLightTheme], ['dark', webDarkTheme]];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function colours(theme: Theme, appearance: 'filled' | 'tint', severity: Severity): [string, string] {
  const tokens = BADGE[`${appearance}-${SEVERITY_BADGE[severity]}`];
  if (!tokens) throw new Error(`no tokens for ${appearance}-${SEVERITY_BADGE[severity]}`);
  return [String(theme[tokens[0]]), String(theme[tokens[1]])];
}

describe('severity badges', () => {
  it.each(THEMES.flatMap(([name, theme]) => SEVERITIES.flatMap((sev) => (['filled', 'tint'] as const).map((a) => [name, a, sev, theme] as const))))(
    'in the %s theme the %s %s badge’s text reaches 4.5:1 (WCAG AA)',
    (_name, appearance, severity, theme) => {
      const [background, text] = colours(theme, appearance, severity);
      expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
    },
  );

  // A count of 提示 on the dark pane stood out no more than a black blot: the filled badge must stand apart from the page.
  it.each(SEVERITIES)('in the dark theme the filled %s badge stands apart from the pane', (severity) => {
    const [background] = colours(webDarkTheme, 'filled', severity);
    expect(contrastRatio(background, webDarkTheme.colorNeutralBackground1)).toBeGreaterThanOrEqual(2);
  });
});
