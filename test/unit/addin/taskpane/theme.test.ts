import { themeKind } from '../../../../addin/taskpane/theme';

/** The pane follows Office's theme (dark included), else the system's colour scheme. */
describe('theme', () => {
  it("follows Office's body background", () => {
    expect(themeKind({ bodyBackgroundColor: '#262626' }, false)).toBe('dark');
    expect(themeKind({ bodyBackgroundColor: '#000000' }, false)).toBe('dark');
    expect(themeKind({ bodyBackgroundColor: '#FFFFFF' }, true)).toBe('light');
    expect(themeKind({ bodyBackgroundColor: '#E6E6E6' }, true)).toBe('light');
  });
  it("falls back to the system's scheme outside Office", () => {
    expect(themeKind(null, true)).toBe('dark');
    expect(themeKind(undefined, false)).toBe('light');
    expect(themeKind({ bodyBackgroundColor: 'not a colour' }, true)).toBe('dark');
  });
});
