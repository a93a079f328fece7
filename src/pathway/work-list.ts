import { requireDocuments } from "../_lib/documents.js";
import type { FindingCode } from "../core/findings/catalog/index.js";
import type { Severity } from "../core/findings/types.js";
import { PATHWAY_CASE_DOCUMENT, pathwayCaseChecker } from "./check.js";
import type { PathwayRole } from "./definition.js";
import type { PathwayCheckOptions } from "./options.js";
import { type PathwayCase, PathwayCaseSchema } from "./schema.js";

/**
 * One thing on an open pathway case that needs attention (trenger oppfølging): the case, its place
 * in the list, the reason as a finding code with its severity, and the step or role it is about.
 * Ids and codes only: never the child's birth date, national id or a name.
 *
 * @example
 * const item: PathwayWorkItem = { caseId: "f-1", index: 0, reason: "pathway/step-overdue", severity: "warning", stepId: "municipal-assessment" };
 */
export interface PathwayWorkItem {
  /** The case's id. */
  readonly caseId: string;
  /** The case's index in the list given. */
  readonly index: number;
  /** Why: the code of the finding `checkPathwayCase` gives. */
  readonly reason: FindingCode;
  /** The finding's severity, after the caller's `rules`. */
  readonly severity: Severity;
  /** The step the reason is about, when it is about one. */
  readonly stepId?: string;
  /** The role the reason is about (`pathway/role-unassigned`). */
  readonly role?: PathwayRole;
}

const ROLES: ReadonlySet<string> = new Set<PathwayRole>(["family", "municipal-services", "bup", "habu"]);
const isRole = (value: unknown): value is PathwayRole => typeof value === "string" && ROLES.has(value);

/**
 * Lists what needs attention on the open care pathway cases (forløp) on a day, as a work list: one
 * item per finding {@link checkPathwayCase} gives an open case (a referral with no family meeting,
 * a step out of order, overdue or without consent, a role with no one responsible, no activity),
 * cases in list order and each case's items in its findings' order. Closed cases are left out; the
 * options are read once for the whole list.
 *
 * @param cases - Cases that passed {@link PathwayCaseSchema} (e.g. `validatePathwayCase`), in any order.
 * @param options - As for {@link checkPathwayCase}: `today`, `locale`, `rules`, `inactiveDays` and `pathways`.
 * @returns The items: case id, index, reason code, severity and the step or role, never a name.
 * @throws TypeError when `options` is not an object, `today` is missing, `pathways` is not an array
 *   or `cases` is not an array of cases the schema accepts; RangeError when `today`, `rules` or
 *   `inactiveDays` is invalid or a pathway passed in is not sound.
 *
 * @example
 * pathwayWorkList(
 *   [{
 *     kind: "pathway-case", id: "f-1", pathwayId: "children-coordinated-services", status: "open",
 *     openedOn: "2025-02-03", child: { id: "c-1" }, responsible: [{ role: "family", id: "fam-1" }],
 *     steps: [{ stepId: "concern", doneOn: "2025-02-03", byRole: "family" }],
 *   }],
 *   { today: "2025-03-10" },
 * )
 * //=> [{ caseId: "f-1", index: 0, reason: "pathway/role-unassigned", severity: "warning", role: "municipal-services" },
 * //    { caseId: "f-1", index: 0, reason: "pathway/step-overdue", severity: "warning", stepId: "municipal-assessment" }]
 */
export function pathwayWorkList(cases: readonly PathwayCase[], options: PathwayCheckOptions): PathwayWorkItem[] {
  const fn = "pathwayWorkList";
  const settings = pathwayCaseChecker.settings(options, fn);
  requireDocuments(PathwayCaseSchema, cases, { ...PATHWAY_CASE_DOCUMENT, name: "cases", fn });
  const items: PathwayWorkItem[] = [];
  for (const [index, c] of cases.entries()) {
    if (c.status !== "open") continue;
    for (const finding of pathwayCaseChecker.run(c, settings)) {
      const stepId = finding.params?.["stepId"];
      const role = finding.params?.["role"];
      items.push({
        caseId: c.id,
        index,
        reason: finding.code,
        severity: finding.severity,
        ...(typeof stepId === "string" ? { stepId } : {}),
        ...(isRole(role) ? { role } : {}),
      });
    }
  }
  return items;
}
