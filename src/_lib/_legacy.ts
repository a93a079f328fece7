// Internal, temporary: the old per-concept helpers, kept over the new mechanism while each concept
// moves onto `defineChecker` (src/_lib/engine). Deleted when the last concept has moved.
import type * as z from "zod";
import { type FindingCode, findingCatalog } from "../core/findings/catalog/index.js";
import type { CheckOptions, ConfigurableFindingCode, Finding, FindingParams, FindingPath, Validation } from "../core/findings/types.js";
import type { Locale } from "../core/locale.js";
import { finalizeFindings as finalizeWith, schemaFindings as schemaFindingsWith, zodErrorMap } from "./findings.js";
import { ownOption, requireOptions, resolveLocale, resolveRules, resolveTodayOption } from "./options.js";

/** What a rule reports (old form). */
export interface RawFinding {
  readonly code: ConfigurableFindingCode;
  readonly path: FindingPath;
  readonly params?: FindingParams;
}

/** Check options with `today` resolved (old form). */
export interface CheckContext {
  readonly today: string;
  readonly locale: Locale;
}

/** The parts of {@link CheckOptions} that shape findings. */
export type FindingOptions = Pick<CheckOptions, "locale" | "rules">;

const everything: Readonly<Partial<Record<FindingCode, (typeof findingCatalog)[FindingCode]>>> = findingCatalog;

/** Resolves check options for rules (old form). */
export function checkContext(options: CheckOptions, fn = "check"): CheckContext {
  requireOptions(options, fn);
  const today = resolveTodayOption(options);
  resolveRules(ownOption(options, "rules"));
  return { today, locale: resolveLocale(ownOption(options, "locale")) };
}

/** Applies rule settings and messages from the whole catalog (old form). */
export function finalizeFindings(raw: readonly RawFinding[], options: FindingOptions): Finding[] {
  requireOptions(options, "check");
  const locale = resolveLocale(ownOption(options, "locale"));
  const rules = resolveRules(ownOption(options, "rules"));
  return finalizeWith(raw, everything, { locale, rules });
}

/** Schema findings from the whole catalog (old form). */
export function schemaFindings(issues: readonly z.core.$ZodIssue[], locale: Locale): Finding[] {
  return schemaFindingsWith(issues, everything, locale);
}

/** The shared body of every `validateX` (old form). */
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
