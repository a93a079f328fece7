import { type DocumentKind, requireDocument } from "../_lib/documents.js";
import { defineChecker } from "../_lib/engine/checker.js";
import { resolveTodayOption } from "../_lib/options.js";
import type { Finding } from "../core/findings/types.js";
import { userBirthDate } from "../individual-plan/_user.js";
import { firstFollowUp, lastActivity } from "./_case.js";
import { type CoordinationCaseCheckOptions, resolveCaseDays } from "./options.js";
import { caseRules } from "./rules/index.js";
import { type CoordinationCase, CoordinationCaseSchema } from "./schema.js";

/**
 * Checks a case of the coordinating unit (koordinerende enhet) on a day: a notice not followed up
 * within `followUpDays`, a plan declined with no coordinator offered, a coordinator appointed before
 * consent or kept after it was withdrawn, a plan made without consent, overlapping coordinators, a
 * coordinator without training, a child coordinator for a user 18 or over, an open case with no
 * activity for `inactiveDays`, and the integrity of the record. Closed cases get the integrity
 * rules only. Each code, its severity and its basis are in {@link findingCatalog}.
 *
 * @param coordinationCase - A case that matches {@link CoordinationCaseSchema}.
 * @param options - `today`, `locale`, per-code `rules`, `followUpDays` (14) and `inactiveDays` (90).
 * @returns The findings, sorted by path, then code. Never a birth date, national id or name in them.
 * @throws TypeError when `options` is not an object or `coordinationCase` is not a case the schema
 *   accepts; RangeError when `today`, `locale`, `rules`, `followUpDays` or `inactiveDays` is invalid.
 *
 * @example
 * checkCoordinationCase(
 *   {
 *     kind: "coordination-case", id: "ke-1", status: "open", user: { id: "u-1" },
 *     notice: { receivedOn: "2025-09-01", fromService: "gp", aboutUserId: "u-1" },
 *   },
 *   { today: "2025-09-16" },
 * ).map((finding) => [finding.code, finding.path])
 * //=> [["case/notice-not-followed-up", ["notice", "receivedOn"]]]
 */
export function checkCoordinationCase(coordinationCase: CoordinationCase, options: CoordinationCaseCheckOptions): Finding[] {
  return caseChecker.check(coordinationCase, options, "checkCoordinationCase");
}

const CASE: Omit<DocumentKind, "fn" | "name"> = {
  label: "a coordination case",
  kind: "coordination-case",
  validator: "validateCoordinationCase",
};

/**
 * Asserts that a value is a case of the coordinating unit; `fn` names the public function. Internal.
 *
 * @throws TypeError when it is not one the schema accepts.
 */
export function requireCoordinationCase(value: unknown, fn: string, name: string): asserts value is CoordinationCase {
  requireDocument(CoordinationCaseSchema, value, { ...CASE, fn, name });
}

/**
 * The coordination case as a document kind: its schema, status, options (`today` and the unit's
 * time limits, read once), rule context and rules. Closed cases get the rules without `statuses`
 * (integrity) and `case/closed-without-date`.
 */
export const caseChecker = defineChecker({
  document: { ...CASE, name: "coordinationCase" },
  schema: CoordinationCaseSchema,
  status: (c) => c.status,
  // resolveCaseDays also reads `stepDays`, as before: a bad one fails the same way here as in listOpenCases.
  options: (options: CoordinationCaseCheckOptions) => ({ ...resolveCaseDays(options, "checkCoordinationCase"), today: resolveTodayOption(options) }),
  context: (c, settings) => ({
    ...settings,
    birthDate: userBirthDate(c.user),
    firstFollowUp: firstFollowUp(c, settings.today),
    lastActivity: lastActivity(c, settings.today),
  }),
  rules: caseRules,
});
