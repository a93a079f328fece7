// Internal: options are checked once, at the door of every public function, with an error that
// names the option. Nothing here is exported from the package.
import { type CalendarDate, resolveToday } from "../core/dates/calendar-date.js";
import { isFindingCode } from "../core/findings/codes.js";
import type { ConfigurableFindingCode, RuleSetting } from "../core/findings/types.js";
import type { Locale } from "../core/locale.js";

/** The one bound of every "due soon" or "within" window, in days (about ten years). */
export const MAX_WINDOW_DAYS = 3660;

const LOCALES: readonly Locale[] = ["nb", "nn", "en"];
const SETTINGS: readonly RuleSetting[] = ["error", "warning", "info", "off"];

/** `String(value)` that never throws and keeps long or odd values short in an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value !== "object") return typeof value === "symbol" ? "a symbol" : String(value);
  return Array.isArray(value) ? "an array" : "an object";
}

/**
 * Asserts that `options` is a plain object; `fn` names the function in the message.
 *
 * @throws TypeError when it is missing or not an object.
 */
export function requireOptions(options: unknown, fn: string): asserts options is object {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object (with at least \`today\`), got ${describeValue(options)}`);
  }
}

/** The value of an own property of an options object, never one inherited from `Object.prototype`. */
export function ownOption(options: object, name: string): unknown {
  return Object.hasOwn(options, name) ? Reflect.get(options, name) : undefined;
}

/**
 * Reads `locale`: `nb` when left out.
 *
 * @throws TypeError when it is not a string; RangeError when it is not `"nb"`, `"nn"` or `"en"`.
 */
export function resolveLocale(locale: unknown, name = "locale"): Locale {
  if (locale === undefined) return "nb";
  if (typeof locale !== "string") throw new TypeError(`${name} must be "nb", "nn" or "en", got ${describeValue(locale)}`);
  const found = LOCALES.find((known) => known === locale);
  if (found === undefined) throw new RangeError(`${name} must be "nb", "nn" or "en", got ${describeValue(locale)}`);
  return found;
}

/** Whether a code is one a caller may set in `rules`: all but `schema/...` and `document/...`. */
export function isConfigurableCode(code: string): code is ConfigurableFindingCode {
  return isFindingCode(code) && !code.startsWith("schema/") && !code.startsWith("document/");
}

/**
 * Reads `rules`: per-code severities or `"off"`.
 *
 * @throws TypeError when `rules` is not an object; RangeError when a key is not a configurable
 *   finding code or a value is not `"error"`, `"warning"`, `"info"` or `"off"`.
 */
export function resolveRules(rules: unknown): Readonly<Partial<Record<ConfigurableFindingCode, RuleSetting>>> | undefined {
  if (rules === undefined) return undefined;
  if (rules === null || typeof rules !== "object" || Array.isArray(rules)) {
    throw new TypeError(`rules must be an object of finding codes and settings, got ${describeValue(rules)}`);
  }
  const resolved: Partial<Record<ConfigurableFindingCode, RuleSetting>> = {};
  for (const [code, setting] of Object.entries(rules)) {
    if (!isConfigurableCode(code)) {
      throw new RangeError(`rules: ${describeValue(code)} is not a finding code whose severity can be set`);
    }
    const known = SETTINGS.find((s) => s === setting);
    if (known === undefined) {
      throw new RangeError(`rules[${JSON.stringify(code)}] must be "error", "warning", "info" or "off", got ${describeValue(setting)}`);
    }
    resolved[code] = known;
  }
  return resolved;
}

/**
 * Reads a window in days (`dueSoonDays`, `withinDays`, ...), with its default when left out.
 *
 * @throws TypeError when it is not a number; RangeError when it is not a whole number from 0 to
 *   {@link MAX_WINDOW_DAYS}.
 */
export function resolveWindowDays(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  return resolveNumber(value, name, { min: 0, max: MAX_WINDOW_DAYS, integer: true });
}

/** The bounds of a number option for {@link resolveNumber}; both ends are allowed. */
export interface NumberBounds {
  readonly min?: number;
  readonly max?: number;
  /** A whole number only. */
  readonly integer?: boolean;
  /** The lower end is not allowed (a positive number when `min` is 0). */
  readonly minExclusive?: boolean;
}

/**
 * Reads a number option within bounds.
 *
 * @throws TypeError when it is not a number; RangeError when it is NaN, not whole where it must be,
 *   or out of bounds.
 */
export function resolveNumber(value: unknown, name: string, bounds: NumberBounds): number {
  const { min, max, integer = false, minExclusive = false } = bounds;
  const expected = `${integer ? "a whole number" : "a number"}${rangeText(min, max, minExclusive)}`;
  if (typeof value !== "number") throw new TypeError(`${name} must be ${expected}, got ${describeValue(value)}`);
  const tooSmall = min !== undefined && (minExclusive ? value <= min : value < min);
  const tooBig = max !== undefined && value > max;
  if (Number.isNaN(value) || (integer && !Number.isSafeInteger(value)) || !Number.isFinite(value) || tooSmall || tooBig) {
    throw new RangeError(`${name} must be ${expected}, got ${describeValue(value)}`);
  }
  return value;
}

function rangeText(min: number | undefined, max: number | undefined, minExclusive: boolean): string {
  if (min !== undefined && max !== undefined) return minExclusive ? ` above ${min} and at most ${max}` : ` from ${min} to ${max}`;
  if (min !== undefined) return minExclusive ? ` above ${min}` : ` from ${min}`;
  return max === undefined ? "" : ` up to ${max}`;
}

/**
 * Reads one of a fixed set of string values (`by`, `kind`, ...).
 *
 * @throws TypeError when it is missing (and has no default) or not a string; RangeError when it is
 *   not one of them. Both messages list the values allowed.
 */
export function resolveChoice<T extends string>(value: unknown, name: string, choices: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  const allowed = choices.map((c) => JSON.stringify(c)).join(", ");
  if (typeof value !== "string") throw new TypeError(`${name} must be one of ${allowed}, got ${describeValue(value)}`);
  const found = choices.find((choice) => choice === value);
  if (found === undefined) throw new RangeError(`${name} must be one of ${allowed}, got ${describeValue(value)}`);
  return found;
}

/**
 * Reads `today` from an options object: an ISO date or a valid `Date`.
 *
 * @throws TypeError when it is missing or neither a string nor a `Date`; RangeError when it is not a
 *   valid date.
 */
export function resolveTodayOption(options: object): CalendarDate {
  const today = ownOption(options, "today");
  if (typeof today !== "string" && !(today instanceof Date)) {
    throw new TypeError(`today must be an ISO date (YYYY-MM-DD) or a Date, got ${describeValue(today)}`);
  }
  return resolveToday(today);
}
