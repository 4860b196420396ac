/**
 * Unified social credit codes (GB 32100-2015): registration authority and
 * organisation category (positions 1–2), the registering authority's region
 * (3–8), the GB 11714 organisation code (9–17) and a MOD 31 check character.
 */
import type { CellValue } from '../model/cell';
import { catalogue, foldWidth, isBlank, isProvinceCode, result, show, SPACES, unusable } from './clean';
import { orgCodeCheckChar } from './gb11714-org-code';
import type { ValidationIssue, ValidationResult } from './types';

const { CODES, issue } = catalogue('GB 32100-2015', {
  'credit.format': { severity: 'error', title: '统一社会信用代码格式错误' },
  'credit.format-cleaned': { severity: 'warning', title: '统一社会信用代码含全角字符、空格或小写字母' },
  'credit.checksum': { severity: 'error', title: '统一社会信用代码校验位错误' },
  'credit.orgcode-checksum': { severity: 'warning', title: '统一社会信用代码中的组织机构代码校验位不符', basis: 'GB 32100-2015; GB 11714-1997' },
  'credit.category': { severity: 'warning', title: '统一社会信用代码登记管理部门或机构类别码未知' },
  'credit.region': { severity: 'warning', title: '统一社会信用代码登记管理机关行政区划码无效', basis: 'GB 32100-2015; GB/T 2260' },
  'credit.nature': { severity: 'error', title: '统一社会信用代码与单位性质不符' },
  'credit.nature-unusual': { severity: 'warning', title: '统一社会信用代码表示的机构类别少见于该单位性质' },
});
export { CODES };

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Registration authority (position 1) and organisation category (position 2), GB 32100-2015 table. */
const CATEGORIES: Record<string, string> = {
  '11': '机关', '12': '事业单位', '13': '中央编办直接管理机构编制的群众团体', '19': '其他机构编制单位',
  '21': '外国常驻新闻机构', '29': '其他外交登记单位',
  '31': '律师执业机构', '32': '公证处', '33': '基层法律服务所', '34': '司法鉴定机构', '35': '仲裁委员会', '39': '其他司法行政登记单位',
  '41': '外国在华文化中心', '49': '其他文化登记单位',
  '51': '社会团体', '52': '民办非企业单位', '53': '基金会', '59': '其他民政登记单位',
  '61': '外国旅游部门常驻代表机构', '62': '港澳台地区旅游部门常驻内地（大陆）代表机构', '69': '其他旅游登记单位',
  '71': '宗教活动场所', '72': '宗教院校', '79': '其他宗教登记单位',
  '81': '基层工会', '89': '其他工会登记单位',
  '91': '企业', '92': '个体工商户', '93': '农民专业合作社',
  A1: '军队事业单位', A9: '其他军队登记单位',
  N1: '组级集体经济组织', N2: '村级集体经济组织', N3: '乡镇级集体经济组织', N9: '其他农业登记单位',
  Y1: '其他登记单位',
};

/**
 * Which category codes each 单位性质 allows. Public schools are 事业单位 (12),
 * private ones 民办非企业单位 (52); mass organisations managed by the central
 * staffing office (13) are 社会团体 too. 其他 accepts anything.
 */
const NATURE_PREFIXES = new Map<string, { ok: string[]; unusual?: string[] }>([
  ['企业', { ok: ['91'], unusual: ['92', '93'] }],
  ['央企', { ok: ['91'], unusual: ['92', '93'] }],
  ['院校', { ok: ['12', '52'] }],
  ['民办院校', { ok: ['52'] }],
  ['民办非企业单位', { ok: ['52'] }],
  ['社会团体', { ok: ['51', '13'] }],
  ['其他事业单位', { ok: ['12', 'A1'] }],
  ['机关', { ok: ['11'] }],
]);

/** Check character for the first 17 characters, or null if they are not from the code alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const n = ALPHABET.indexOf(first17[i]);
    if (n < 0) return null;
    sum += n * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function validateCreditCode(v: CellValue, opts: { nature?: string } = {}): ValidationResult<string> {
  if (isBlank(v)) return result([]);
  const bad = unusable<string>(v);
  if (bad) return bad;
  const raw = show(v);
  if (typeof v !== 'string') {
    return result([issue('credit.format', `统一社会信用代码 ${raw} 不是文本（以数字等形式保存会丢失数字）`, '将单元格设为文本格式后按营业执照重新录入')]);
  }
  const issues: ValidationIssue[] = [];
  const s = foldWidth(v).replace(SPACES, '').replace(/-/g, '').toUpperCase();
  if (s !== v) issues.push(issue('credit.format-cleaned', `统一社会信用代码“${v}”含有全角字符、空格、连字符或小写字母`, `应为 ${s}`));

  if (s.length !== 18) {
    issues.push(issue('credit.format', `统一社会信用代码“${v}”应为 18 位，实际为 ${s.length} 位`, '核对营业执照或登记证书'));
    return result(issues);
  }
  const odd = [...s].find((c) => !ALPHABET.includes(c));
  if (odd !== undefined) {
    const hint = /[IOSVZ]/.test(odd) ? '统一社会信用代码不使用字母 I、O、S、V、Z，常见为数字 1、0、5 或字母 U、2 之误' : '核对营业执照或登记证书';
    issues.push(issue('credit.format', `统一社会信用代码“${v}”含有不允许的字符“${odd}”`, hint));
    return result(issues);
  }

  const expected = creditCodeCheckChar(s.slice(0, 17));
  if (expected !== s[17]) {
    issues.push(
      issue(
        'credit.checksum',
        `统一社会信用代码“${s}”校验位应为 ${expected}，实际为 ${s[17]}（少数早期试点赋码的代码无法通过校验，如营业执照上确为此号码请在备注中说明）`,
        '核对营业执照上的统一社会信用代码',
      ),
    );
  } else {
    // A code that passes its own check but embeds an irregular organisation code
    // is real but odd; a typo would already have failed the MOD 31 check.
    const inner = orgCodeCheckChar(s.slice(8, 16));
    if (inner !== s[16]) {
      issues.push(issue('credit.orgcode-checksum', `统一社会信用代码“${s}”第 9–17 位组织机构代码 ${s.slice(8, 17)} 的校验位应为 ${inner}`, '如营业执照上确为此号码可忽略'));
    }
  }

  const prefix = s.slice(0, 2);
  if (!Object.hasOwn(CATEGORIES, prefix)) {
    issues.push(issue('credit.category', `统一社会信用代码“${s}”前两位 ${prefix} 不是已知的登记管理部门和机构类别代码`, '核对营业执照或登记证书'));
  }
  // 10 marks national-level registration; 66 is used for 兵团 registration authorities.
  const region = s.slice(2, 8);
  if (!/^\d{6}$/.test(region) || !(isProvinceCode(region.slice(0, 2)) || region === '100000' || region.startsWith('66'))) {
    issues.push(issue('credit.region', `统一社会信用代码“${s}”第 3–8 位 ${region} 不是有效的行政区划代码`, '核对营业执照或登记证书'));
  }

  const rule = typeof opts.nature === 'string' ? NATURE_PREFIXES.get(opts.nature.trim()) : undefined;
  if (rule && !rule.ok.includes(prefix)) {
    const meaning = CATEGORIES[prefix] ?? '未知类别';
    const expectText = rule.ok.map((p) => `${p}（${CATEGORIES[p]}）`).join(' 或 ');
    if (rule.unusual?.includes(prefix)) {
      issues.push(issue('credit.nature-unusual', `单位性质为 ${opts.nature}，而统一社会信用代码“${s}”前两位 ${prefix} 表示${meaning}`, `企业的代码通常以 ${expectText} 开头，请确认单位性质`));
    } else {
      issues.push(issue('credit.nature', `单位性质为 ${opts.nature}，而统一社会信用代码“${s}”前两位 ${prefix} 表示${meaning}，应为 ${expectText}`, '核对单位性质或统一社会信用代码'));
    }
  }
  return result(issues, s);
}
