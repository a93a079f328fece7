import * as z from "zod";
import { type FindingCode, findingCatalog } from "../core/findings/catalog/index.js";
import { findingMessage } from "../core/findings/message.js";
import type {
  CheckOptions,
  ConfigurableFindingCode,
  Finding,
  FindingDefinition,
  FindingParams,
  FindingPath,
  Validation,
} from "../core/findings/types.js";
import type { Locale } from "../core/locale.js";
import { ownOption, requireOptions, resolveLocale, resolveRules, resolveTodayOption } from "./options.js";

/** What a rule reports: a code, a path and params; severity and message are added by {@link finalizeFindings}. */
export interface RawFinding {
  readonly code: ConfigurableFindingCode;
  readonly path: FindingPath;
  readonly params?: FindingParams;
}

/** Check options with `today` resolved to an ISO date and the locale filled in. */
export interface CheckContext {
  readonly today: string;
  readonly locale: Locale;
}

/**
 * Resolves check options for rules; `fn` names the public function in error messages.
 *
 * @throws TypeError when `options` is not an object or `today`, `locale` or `rules` has the wrong type;
 *   RangeError when one of them has a value not allowed.
 */
export function checkContext(options: CheckOptions, fn = "check"): CheckContext {
  requireOptions(options, fn);
  const today = resolveTodayOption(options);
  resolveRules(ownOption(options, "rules"));
  return { today, locale: resolveLocale(ownOption(options, "locale")) };
}

const catalog: Readonly<Record<FindingCode, FindingDefinition>> = findingCatalog;

/** The parts of {@link CheckOptions} that shape findings: the locale and the rule settings. */
export type FindingOptions = Pick<CheckOptions, "locale" | "rules">;

/** Applies the caller's rule settings, writes messages in their locale and sorts by path, then code. */
export function finalizeFindings(raw: readonly RawFinding[], options: FindingOptions): Finding[] {
  requireOptions(options, "check");
  const locale = resolveLocale(ownOption(options, "locale"));
  const rules = resolveRules(ownOption(options, "rules"));
  const findings: Finding[] = [];
  for (const { code, path, params } of raw) {
    const setting = rules?.[code] ?? defaultSeverity(code);
    if (setting === "off") continue;
    findings.push(makeFinding(code, setting, path, params, locale));
  }
  return findings.sort(compareFindings);
}

function defaultSeverity(code: FindingCode): FindingDefinition["severity"] {
  return catalog[code].severity;
}

function makeFinding(
  code: FindingCode,
  severity: Finding["severity"],
  path: FindingPath,
  params: FindingParams | undefined,
  locale: Locale,
): Finding {
  const message = findingMessage(code, params, locale);
  return params === undefined ? { code, severity, path, message } : { code, severity, path, message, params };
}

/** Orders findings by path (element by element, numbers before strings), then by code. */
function compareFindings(a: Finding, b: Finding): number {
  const length = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < length; i++) {
    const order = compareKeys(a.path[i]!, b.path[i]!);
    if (order !== 0) return order;
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const ZOD_CODES: Readonly<Record<string, FindingCode>> = {
  invalid_type: "schema/invalid-type",
  invalid_value: "schema/invalid-value",
  invalid_format: "schema/invalid-format",
  too_small: "schema/too-small",
  too_big: "schema/too-big",
  unrecognized_keys: "schema/unrecognized-keys",
};

type ErrorMap = z.core.$ZodErrorMap;
const errorMaps: Partial<Record<Locale, ErrorMap>> = {};

/** zod's own error map for a locale, made once on first use (never through `z.config()`). */
function zodErrorMap(locale: Locale): ErrorMap {
  const made = errorMaps[locale];
  if (made) return made;
  const map = (locale === "nn" ? z.locales.nn() : locale === "en" ? z.locales.en() : z.locales.no()).localeError;
  errorMaps[locale] = map;
  return map;
}

function isFindingCode(value: unknown): value is FindingCode {
  return typeof value === "string" && Object.hasOwn(findingCatalog, value);
}

/** Turns zod issues into findings (always errors), with zod's messages in the caller's locale. */
export function schemaFindings(issues: readonly z.core.$ZodIssue[], locale: Locale): Finding[] {
  return issues.flatMap((issue) => issueFindings(issue, [], locale)).sort(compareFindings);
}

function issueFindings(issue: z.core.$ZodIssue, prefix: FindingPath, locale: Locale): Finding[] {
  const path = [...prefix, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    // Report the branch that came closest (fewest issues) instead of a bare "invalid input".
    const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
    return closest.flatMap((inner) => issueFindings(inner, path, locale));
  }
  if (issue.code === "custom") {
    const { code, ...rest } = issue.params ?? {};
    if (isFindingCode(code)) {
      const params: Record<string, string | number> = {};
      for (const [key, value] of Object.entries(rest)) {
        if (typeof value === "string" || typeof value === "number") params[key] = value;
      }
      return [makeFinding(code, "error", path, params, locale)];
    }
  }
  const code = ZOD_CODES[issue.code] ?? "schema/invalid";
  return [makeFinding(code, "error", path, { detail: issue.message }, locale)];
}

/**
 * Runs a schema and then a check on unknown input: the shared body of every `validateX`.
 * Schema issues become findings in the caller's locale; the check runs only on a parsed value.
 * `today` is checked before anything else when the options carry one.
 *
 * @throws TypeError when `options` is not an object or `today`, `locale` or `rules` has the wrong type;
 *   RangeError when one of them has a value not allowed.
 */
export function validateWith<T, O extends FindingOptions & { readonly today?: string | Date }>(
  schema: z.ZodType<T>,
  input: unknown,
  options: O,
  check: (value: T, options: O) => Finding[],
): Validation<T> {
  requireOptions(options, "validate");
  const locale = resolveLocale(ownOption(options, "locale"));
  resolveRules(ownOption(options, "rules"));
  if (ownOption(options, "today") !== undefined) resolveTodayOption(options);
  const parsed = schema.safeParse(input, { error: zodErrorMap(locale) });
  if (!parsed.success) return { ok: false, findings: schemaFindings(parsed.error.issues, locale) };
  const findings = check(parsed.data, options);
  return findings.some((finding) => finding.severity === "error")
    ? { ok: false, findings }
    : { ok: true, value: parsed.data, findings };
}
