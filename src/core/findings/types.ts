import type { Locale, LocalizedText } from "../locale.js";
import type { FindingBasis } from "./basis.js";
import type { FindingCode } from "./catalog/index.js";

/**
 * How serious a finding is: `error` makes a document invalid, `warning` asks for attention,
 * `info` is a reminder.
 *
 * @example
 * const severity: Severity = "warning";
 */
export type Severity = "error" | "warning" | "info";

/**
 * Where a finding points inside a document: the same shape as a zod issue path.
 *
 * @example
 * const path: FindingPath = ["measures", 2, "deadline"];
 */
export type FindingPath = readonly (string | number)[];

/**
 * Values a finding's message is built from. Never a person's name, national id or free text:
 * only codes, ids, dates and counts.
 *
 * @example
 * const params: FindingParams = { measureId: "m-3", deadline: "2012-11-30" };
 */
export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * One problem a check found (funn): a stable code, its severity, where it is and a message in the
 * caller's locale.
 *
 * @example
 * const finding: Finding = {
 *   code: "schema/invalid-type",
 *   severity: "error",
 *   path: ["title"],
 *   message: "Feil type: forventet tekst, fikk tall",
 *   params: { detail: "forventet tekst, fikk tall" },
 * };
 */
export interface Finding {
  /** Stable code such as `plan/missing-consent`; part of the public API. */
  readonly code: FindingCode;
  /** Severity after the caller's overrides. */
  readonly severity: Severity;
  /** Where in the document the finding points. */
  readonly path: FindingPath;
  /** The message in the caller's locale, built from the catalog template and `params`. */
  readonly message: string;
  /** The values the message was built from. */
  readonly params?: FindingParams;
}

/**
 * One entry of {@link findingCatalog}: what a finding code means and rests on.
 *
 * @example
 * const entry: FindingDefinition = {
 *   severity: "error",
 *   description: "An active plan has no consent to the plan being made that holds today.",
 *   basis: {
 *     kind: "regulation",
 *     source: "ip-regulation",
 *     item: "h",
 *     display: {
 *       nb: "forskrift om individuell plan ved ytelse av velferdstjenester, punkt h",
 *       nn: "forskrift om individuell plan ved yting av velferdstenester, punkt h",
 *       en: "the regulation on individual plans in welfare services, item h",
 *     },
 *   },
 *   messages: { nb: "Planen mangler samtykke", nn: "Planen manglar samtykke", en: "The plan lacks consent" },
 * };
 */
export interface FindingDefinition {
  /** The default severity; callers may override it per code. */
  readonly severity: Severity;
  /**
   * When the code fires, in English: one or two sentences in the domain's words, shown in the
   * finding-code reference (`docs/finding-codes.md`). Never empty.
   */
  readonly description: string;
  /** What the rule rests on: the act or regulation, section and content item where certain, or the guide, or practice. */
  readonly basis: FindingBasis;
  /** Message templates; `{name}` is replaced by the finding's param of that name. */
  readonly messages: LocalizedText;
}

/**
 * A severity override for one finding code, or `"off"` to switch the rule off.
 *
 * @example
 * const setting: RuleSetting = "off";
 */
export type RuleSetting = Severity | "off";

/**
 * Finding codes whose severity a caller may change: all but the `schema/...` and `document/...`
 * codes, which are always errors because a document that fails its schema, or whose kind or
 * questionnaire is unknown, cannot be checked further.
 *
 * @example
 * const code: ConfigurableFindingCode = "plan/missing-consent";
 */
export type ConfigurableFindingCode = Exclude<FindingCode, `schema/${string}` | `document/${string}`>;

/**
 * Options every check takes (kontrollvalg).
 *
 * @example
 * const options: CheckOptions = {
 *   today: "2026-11-24",
 *   locale: "nn",
 *   rules: { "plan/measure-due-soon": "off" },
 * };
 */
export interface CheckOptions {
  /**
   * The date to check against, as an ISO date (`YYYY-MM-DD`) or a `Date` (its local calendar date).
   * Checks never read the clock.
   */
  readonly today: string | Date;
  /** The language of messages; `nb` (bokmål) when left out. */
  readonly locale?: Locale;
  /** Per-code severity overrides or `"off"`, as a linter configures rules. */
  readonly rules?: Readonly<Partial<Record<ConfigurableFindingCode, RuleSetting>>>;
}

/**
 * The result of a `validateX` function: the parsed value and its findings, or only findings when
 * the input is invalid. `ok` is false exactly when a finding has severity `error`.
 *
 * @example
 * function describe(result: Validation<string>): string {
 *   return result.ok ? `valid: ${result.value}` : `${result.findings.length} problem(s)`;
 * }
 */
export type Validation<T> =
  | { readonly ok: true; readonly value: T; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };
