/**
 * Organisation codes (GB 11714-1997): 8 body characters and a check
 * character, printed as "D2143569-X". They live on inside the unified social
 * credit code (positions 9–17), the only place a filing shows them: no
 * document asks for a separate 组织机构代码.
 */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Digits are worth 0–9 and letters A=10 … Z=35. */
function charValue(c: string): number {
  return c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
}

/** Check character for an 8-character body of 0-9A-Z, or null if the body is not one. */
export function orgCodeCheckChar(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += charValue(body8[i]) * WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
