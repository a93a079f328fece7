import type { Validation } from "../core/findings/types.js";
import { planChecker } from "./check.js";
import type { IndividualPlanCheckOptions } from "./options.js";
import type { IndividualPlan } from "./schema.js";

/**
 * Validates unknown input as an individual plan (individuell plan): runs {@link IndividualPlanSchema},
 * turns schema problems into `schema/...` findings, then runs {@link checkIndividualPlan}. Never
 * throws on any input; only on bad options.
 *
 * @param input - Anything, e.g. parsed JSON from an IP tool.
 * @param options - `today`, `locale`, per-code `rules` and `dueSoonDays`.
 * @returns `{ ok: true, value, findings }` when no finding is an error, else `{ ok: false, findings }`.
 * @throws TypeError when `options` is missing or not an object, or an option has the wrong type;
 *   RangeError when `today` is not a valid date, `dueSoonDays` is not a whole number from 0 to 3660,
 *   `locale` is unknown or `rules` names an unknown code or severity.
 *
 * @example
 * validateIndividualPlan({ kind: "individual-plan", id: "ip-1", status: "draft", user: {} }, { today: "2025-10-01" })
 * //=> { ok: false, findings: [{ code: "plan/user-unidentified", severity: "error", path: ["user"],
 * //      message: "Brukeren har verken fødselsdato eller fødselsnummer" }] }
 * validateIndividualPlan(42, { today: "2025-10-01" }).ok
 * //=> false
 */
export function validateIndividualPlan(input: unknown, options: IndividualPlanCheckOptions): Validation<IndividualPlan> {
  return planChecker.validate(input, options, "validateIndividualPlan");
}
