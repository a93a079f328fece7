import { defineChecker } from "../_lib/engine/checker.js";
import { resolveTodayOption } from "../_lib/options.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import type { CheckOptions, Finding, Validation } from "../core/findings/types.js";
import { userBirthDate } from "../individual-plan/_user.js";
import { type PathwayDefinition, PathwayDefinitionSchema, type PathwayStep } from "./definition.js";
import { type PathwayCheckOptions, resolvePathwaySettings } from "./options.js";
import { pathwayCaseRules, pathwayDefinitionRules } from "./rules/index.js";
import { type PathwayCase, PathwayCaseSchema } from "./schema.js";

/** A pathway definition as a checked value: its schema and the rules on its steps (no status, no options). */
export const definitionChecker = defineChecker({
  document: { name: "definition", label: "a pathway definition", validator: "validatePathwayDefinition" },
  schema: PathwayDefinitionSchema,
  options: () => ({}),
  context: (d: PathwayDefinition) => {
    const indexesById = new Map<string, number[]>();
    for (const [i, step] of d.steps.entries()) {
      const indexes = indexesById.get(step.id);
      if (indexes === undefined) indexesById.set(step.id, [i]);
      else indexes.push(i);
    }
    return { indexesById };
  },
  rules: pathwayDefinitionRules,
});

/** A definition when it is sound, or the first problem's code and path. Internal, for the `pathways` option. */
function soundDefinition(definition: unknown): PathwayDefinition | string {
  const result = definitionChecker.validate(definition, {}, "validatePathwayDefinition");
  if (result.ok) return result.value;
  const first = result.findings.find((f) => f.severity === "error");
  return first === undefined ? "invalid" : `${first.code} at ${first.path.join(".")}`;
}

/**
 * Validates a care pathway definition (forløp): its shape, that step ids are unique
 * (`pathway/duplicate-step-id`), that every precondition and deadline names a step
 * (`pathway/unknown-step-reference`) and that no step must come after itself
 * (`pathway/precondition-cycle`). Never throws on any input.
 *
 * @param input - Anything, e.g. a pathway read from JSON.
 * @param options - `locale` and per-code `rules`, as for every check.
 * @returns `{ ok: true, value, findings }` when no finding is an error, else `{ ok: false, findings }`.
 * @throws TypeError when `options` is not an object; RangeError when `locale` or `rules` is invalid.
 *
 * @example
 * validatePathwayDefinition(childrenPathway, {}).ok
 * //=> true
 * validatePathwayDefinition({ id: "loop", label: { nb: "R", nn: "R", en: "L" }, steps: [
 *   { id: "a", role: "family", type: "task", after: ["a"], label: { nb: "A", nn: "A", en: "A" } },
 * ] }, {}).findings.map((f) => [f.code, f.path])
 * //=> [["pathway/precondition-cycle", ["steps", 0, "after"]]]
 */
export function validatePathwayDefinition(input: unknown, options: Omit<CheckOptions, "today">): Validation<PathwayDefinition> {
  return definitionChecker.validate(input, options, "validatePathwayDefinition");
}

function lastActivity(c: PathwayCase, today: CalendarDate): CalendarDate {
  let last = c.openedOn;
  for (const record of c.steps ?? []) if (record.doneOn > last && record.doneOn <= today) last = record.doneOn;
  return last;
}

/** The pathway case as a checked document, for the TypeErrors of `checkPathwayCase` and `pathwayWorkList`. */
export const PATHWAY_CASE_DOCUMENT = { name: "pathwayCase", label: "a pathway case", kind: "pathway-case", validator: "validatePathwayCase" } as const;

/** The pathway case as a document kind: its schema, status, options (`today`, `inactiveDays`, `pathways`), context and rules. */
export const pathwayCaseChecker = defineChecker({
  document: PATHWAY_CASE_DOCUMENT,
  schema: PathwayCaseSchema,
  status: (c) => c.status,
  options: (options: PathwayCheckOptions, fn) => ({ ...resolvePathwaySettings(options, fn, soundDefinition), today: resolveTodayOption(options) }),
  context: (c, settings) => {
    const pathway = settings.pathways.get(c.pathwayId);
    const stepsById = new Map<string, PathwayStep>();
    for (const step of pathway?.steps ?? []) stepsById.set(step.id, step);
    const doneOn = new Map<string, CalendarDate>();
    const doneIndex = new Map<string, number>();
    for (const [i, record] of (c.steps ?? []).entries()) {
      const seen = doneOn.get(record.stepId);
      if (seen !== undefined && record.doneOn >= seen) continue;
      doneOn.set(record.stepId, record.doneOn);
      doneIndex.set(record.stepId, i);
    }
    const subject = { birthDate: userBirthDate(c.child), incapacity: c.child.lacksConsentCapacity ?? [] };
    return { today: settings.today, locale: settings.locale, inactiveDays: settings.inactiveDays, pathway, stepsById, doneOn, doneIndex, subject, lastActivity: lastActivity(c, settings.today) };
  },
  rules: pathwayCaseRules,
});

/**
 * Checks a child's case on a care pathway (forløp) on a day: a referral to BUP or HABU with no
 * family meeting before it, a step done before a step that must come first, a step overdue after
 * the step before it, a role with no one responsible, an open case with no activity for
 * `inactiveDays`, and a step done without the consent it needs (the parents' below 16, the young
 * person's own from the 16th birthday). Closed cases get the order and consent rules only.
 *
 * @param pathwayCase - A case that matches {@link PathwayCaseSchema}.
 * @param options - `today`, `locale`, per-code `rules`, `inactiveDays` (90) and `pathways` of your own.
 * @returns The findings, sorted by path, then code. Never a birth date, national id or name in them.
 * @throws TypeError when `options` is not an object, `pathways` is not an array or `pathwayCase` is
 *   not a case the schema accepts; RangeError when `today`, `locale`, `rules` or `inactiveDays` is
 *   invalid or a pathway in `pathways` is not sound.
 *
 * @example
 * checkPathwayCase(
 *   {
 *     kind: "pathway-case", id: "f-1", pathwayId: "children-coordinated-services", status: "open",
 *     openedOn: "2025-02-03", child: { id: "c-1", birthDate: "2014-01-10" },
 *     responsible: [{ role: "family", id: "fam-1" }, { role: "municipal-services", id: "hs-1" }],
 *     steps: [
 *       { stepId: "concern", doneOn: "2025-02-03", byRole: "family" },
 *       { stepId: "municipal-assessment", doneOn: "2025-02-20", byRole: "municipal-services" },
 *       { stepId: "referral-bup", doneOn: "2025-02-24", byRole: "municipal-services", consent: { givenBy: "parent", givenOn: "2025-02-24" } },
 *     ],
 *   },
 *   { today: "2025-03-01" },
 * ).map((finding) => [finding.code, finding.path])
 * //=> [["pathway/role-unassigned", ["responsible"]], ["pathway/referral-without-family-meeting", ["steps", 2, "doneOn"]]]
 */
export function checkPathwayCase(pathwayCase: PathwayCase, options: PathwayCheckOptions): Finding[] {
  return pathwayCaseChecker.check(pathwayCase, options, "checkPathwayCase");
}

/**
 * Validates unknown input as a child's case on a care pathway: runs {@link PathwayCaseSchema}, turns
 * schema problems into `schema/...` findings, then runs {@link checkPathwayCase}. Never throws on any input.
 *
 * @param input - Anything, e.g. parsed JSON from a case record.
 * @param options - `today`, `locale`, per-code `rules`, `inactiveDays` (90) and `pathways` of your own.
 * @returns `{ ok: true, value, findings }` when no finding is an error, else `{ ok: false, findings }`.
 * @throws TypeError when `options` is not an object or `pathways` not an array; RangeError when
 *   `today`, `locale`, `rules` or `inactiveDays` is invalid or a pathway is not sound, whatever the input.
 *
 * @example
 * validatePathwayCase({ kind: "pathway-case" }, { today: "2025-03-01" }).ok
 * //=> false
 */
export function validatePathwayCase(input: unknown, options: PathwayCheckOptions): Validation<PathwayCase> {
  return pathwayCaseChecker.validate(input, options, "validatePathwayCase");
}
