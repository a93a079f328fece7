import { defineChecker } from "../_lib/engine/checker.js";
import { resolveTodayOption } from "../_lib/options.js";
import type { Finding } from "../core/findings/types.js";
import { planRuleContext } from "./_context.js";
import { PLAN_DOCUMENT } from "./_require-plan.js";
import { resolveDueSoonDays } from "../_lib/due-window.js";
import type { IndividualPlanCheckOptions } from "./options.js";
import { planRules } from "./rules/index.js";
import { type IndividualPlan, IndividualPlanSchema } from "./schema.js";

/**
 * Checks an individual plan (individuell plan) against the law and common practice: consent,
 * coordinator, goals and measures, deadlines, period and revision, user participation, the
 * responsibility group, closing, and references between parts. Each finding code, its severity and
 * its basis are in {@link findingCatalog}. Drafts get the integrity rules and those on who consented
 * and on overlapping coordinators; closed plans get the integrity and closing rules; active plans get
 * all but the closing rules.
 *
 * @param plan - A plan that matches {@link IndividualPlanSchema}.
 * @param options - `today`, `locale`, per-code `rules` and `dueSoonDays` (14 by default).
 * @returns The findings, sorted by path, then code. Never a name, national id or free text in them.
 * @throws TypeError when `options` is not an object, an option has the wrong type, or `plan` is not an
 *   individual plan (use {@link validateIndividualPlan} for unknown input); RangeError when `today` is
 *   not a valid date, `dueSoonDays` is not a whole number from 0 to 3660, `locale` is unknown or
 *   `rules` names an unknown code or severity.
 *
 * @example
 * const plan = IndividualPlanSchema.parse({
 *   kind: "individual-plan", id: "ip-1", status: "active", user: { birthDate: "1990-05-15" },
 * });
 * checkIndividualPlan(plan, { today: "2025-10-01", locale: "en" }).map((f) => f.code)
 * //=> ["plan/missing-consent", "plan/user-contribution-missing", "plan/missing-coordinator", "plan/no-goals",
 * //    "plan/needs-not-described", "plan/no-revision-date", "plan/user-not-participant", "plan/no-period"]
 */
export function checkIndividualPlan(plan: IndividualPlan, options: IndividualPlanCheckOptions): Finding[] {
  return planChecker.check(plan, options, "checkIndividualPlan");
}

/** The individual plan as a document kind: its schema, status, options, rule context and rules. */
export const planChecker = defineChecker({
  document: PLAN_DOCUMENT,
  schema: IndividualPlanSchema,
  status: (plan) => plan.status,
  options: (options: IndividualPlanCheckOptions) => ({
    today: resolveTodayOption(options),
    dueSoonDays: resolveDueSoonDays(options),
  }),
  context: planRuleContext,
  rules: planRules,
});
