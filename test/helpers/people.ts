import { idCheckChar } from '../../src/validate/gb11643-id';

/** A valid 18-digit ID for a birth date, from a Xinjiang region code, with a sequence number. */
export function validId(birth = '19800101', seq = 1, region = '650102'): string {
  const body = `${region}${birth}${String(seq % 1000).padStart(3, '0')}`;
  return body + idCheckChar(body);
}

/** The same ID with a wrong last character. */
export function badCheckId(id: string): string {
  return id.slice(0, 17) + (id[17] === '3' ? '4' : '3');
}
