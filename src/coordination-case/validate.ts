import type { Validation } from "../core/findings/types.js";
import { caseChecker } from "./check.js";
import type { CoordinationCaseCheckOptions } from "./options.js";
import type { CoordinationCase } from "./schema.js";

/**
 * Validates unknown input as a case of the coordinating unit (koordinerende enhet): runs
 * {@link CoordinationCaseSchema}, turns schema problems into `schema/...` findings, then runs
 * {@link checkCoordinationCase}. Never throws on any input.
 *
 * @param input - Anything, e.g. parsed JSON from the unit's register.
 * @param options - `today`, `locale`, per-code `rules`, `followUpDays` (14) and `inactiveDays` (90).
 * @returns `{ ok: true, value, findings }` when no finding is an error, else `{ ok: false, findings }`.
 * @throws TypeError when `options` is not an object; RangeError when `today`, `locale`, `rules`,
 *   `followUpDays` or `inactiveDays` is invalid, whatever the input.
 *
 * @example
 * validateCoordinationCase(
 *   {
 *     kind: "coordination-case", id: "ke-1", status: "open", user: { id: "u-1" },
 *     notice: { receivedOn: "2025-09-01", fromService: "nav", aboutUserId: "u-1" },
 *     consent: { status: "given", givenOn: "2025-09-03", givenBy: "user" },
 *     offer: { offeredOn: "2025-09-03", plan: "declined", coordinator: "not-offered" },
 *   },
 *   { today: "2025-09-10", locale: "en" },
 * )
 * //=> { ok: false, findings: [{ code: "case/plan-declined-no-coordinator-offer", severity: "error", path: ["offer", "coordinator"],
 * //      message: "The user declined an individual plan but was not offered a coordinator (offer of 2025-09-03)",
 * //      params: { offeredOn: "2025-09-03" } }] }
 * validateCoordinationCase(42, { today: "2025-09-10" }).ok
 * //=> false
 */
export function validateCoordinationCase(input: unknown, options: CoordinationCaseCheckOptions): Validation<CoordinationCase> {
  return caseChecker.validate(input, options, "validateCoordinationCase");
}
