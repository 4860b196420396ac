import { parseHolidaysFile } from './calendar';
import { BUSINESS_TYPES, BusinessType } from './model/schema';
import type { RecognisedWorkbook } from './model/table';
import { parseProfile, Profile } from './profiles/profiles';
import { runRules, runRulesInSlices } from './rules/engine';
import { countFindings, Finding, Summary } from './rules/finding';
import { checkTitles } from './rules/catalogue';
import { ALL_RULES } from './rules/registry';
import type { CheckOptions } from './rules/rule';

export interface CheckRequest {
  /** Overrides what 机构信息 says. */
  profile?: string;
  business?: string;
  today?: Date;
  holidays?: unknown;
}

export interface CheckResult {
  profile: Profile;
  business: BusinessType;
  summary: Summary;
  findings: Finding[];
}

/** What marking a checked workbook needs besides its findings: the file's name, the check's setting and counts, and each finding's check by its title. */
export function markMeta(file: string, result: CheckResult) {
  return { file, profile: result.profile, business: result.business, summary: result.summary, titles: checkTitles(result.findings) };
}

/** Why a check cannot start; the CLI turns it into exit code 2. */
export class CheckSetupError extends Error {}

export function parseBusiness(text: string): BusinessType | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return BUSINESS_TYPES.find((b) => b === t) ?? BUSINESS_TYPES.find((b) => t.length >= 2 && (b.includes(t) || t.includes(b)));
}

export function todayUtc(now: Date = new Date()): Date {
  // The clerk's calendar day in China, as a UTC midnight like every date in the model.
  const shanghai = new Date(now.getTime() + 8 * 3600 * 1000);
  return new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate()));
}

export function resolveProfile(book: RecognisedWorkbook, requested?: string): Profile {
  const text = requested ?? book.org?.text('profile') ?? '';
  const p = parseProfile(text);
  if (p) return p;
  if (requested) throw new CheckSetupError(`未知的适用规则“${requested}”，可用 beian profiles 查看`);
  if (text) throw new CheckSetupError(`机构信息 中的 适用规则“${text}”无法识别，请改为 beian profiles 列出的规则，或使用 --profile 指定`);
  throw new CheckSetupError('无法确定适用规则：请在 机构信息 表填写 适用规则，或使用 --profile 指定');
}

export function resolveBusiness(book: RecognisedWorkbook, profile: Profile, requested?: string): BusinessType {
  const text = requested ?? book.org?.text('business') ?? '';
  const b = text ? parseBusiness(text) : profile.businessTypes[0];
  if (!b) {
    throw new CheckSetupError(`无法识别申请业务类型“${text}”，应为：${BUSINESS_TYPES.join('、')}`);
  }
  return b;
}

/** What a check runs with: the profile and business type, and the options its rules see. */
export interface CheckSetup {
  profile: Profile;
  business: BusinessType;
  options: CheckOptions;
}

export function checkSetup(book: RecognisedWorkbook, req: CheckRequest = {}): CheckSetup {
  const profile = resolveProfile(book, req.profile);
  const business = resolveBusiness(book, profile, req.business);
  let holidays;
  try {
    holidays = req.holidays === undefined ? undefined : parseHolidaysFile(req.holidays);
  } catch (e) {
    throw new CheckSetupError((e as Error).message);
  }
  return { profile, business, options: { today: req.today ?? todayUtc(), holidays } };
}

/** Checks a recognised workbook against the generic rules and its profile's pack. */
export function checkBook(book: RecognisedWorkbook, req: CheckRequest = {}): CheckResult {
  const { profile, business, options } = checkSetup(book, req);
  const findings = runRules(book, ALL_RULES, profile, business, options);
  return { profile, business, summary: countFindings(findings), findings };
}

/** {@link checkBook}, giving the host a turn between rules: the CLI stays able to hear Ctrl-C. */
export async function checkBookInSlices(book: RecognisedWorkbook, req: CheckRequest = {}): Promise<CheckResult> {
  const { profile, business, options } = checkSetup(book, req);
  const findings = await runRulesInSlices(book, ALL_RULES, profile, business, options);
  return { profile, business, summary: countFindings(findings), findings };
}
