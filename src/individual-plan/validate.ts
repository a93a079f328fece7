import { validateWith } from "../_lib/findings.js";
import type { Validation } from "../core/findings/types.js";
import { checkIndividualPlan } from "./check.js";
import { type IndividualPlanCheckOptions, resolveDueSoonDays } from "./options.js";
import { type IndividualPlan, IndividualPlanSchema } from "./schema.js";

/**
 * Validates unknown input as an individual plan (individuell plan): runs {@link IndividualPlanSchema},
 * turns schema problems into `schema/...` findings, then runs {@link checkIndividualPlan}. Never
 * throws on any input.
 *
 * @param input - Anything, e.g. parsed JSON from an IP tool.
 * @param options - `today`, `locale`, per-code `rules` and `dueSoonDays`.
 * @returns `{ ok: true, value, findings }` when no finding is an error, else `{ ok: false, findings }`.
 * @throws RangeError when `today` is not a valid date or `dueSoonDays` is not a whole number 0-3660.
 *
 * @example
 * validateIndividualPlan({ kind: "individual-plan", id: "ip-1", status: "draft", user: {} }, { today: "2025-10-01" })
 * //=> { ok: false, findings: [{ code: "plan/user-unidentified", severity: "error", path: ["user"],
 * //      message: "Brukeren har verken fødselsdato eller fødselsnummer" }] }
 * validateIndividualPlan(42, { today: "2025-10-01" }).ok
 * //=> false
 */
export function validateIndividualPlan(input: unknown, options: IndividualPlanCheckOptions): Validation<IndividualPlan> {
  resolveDueSoonDays(options.dueSoonDays);
  return validateWith(IndividualPlanSchema, input, options, (plan) => checkIndividualPlan(plan, options));
}
