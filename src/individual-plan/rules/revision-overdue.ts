import type { PlanRule } from "../_context.js";

/**
 * `plan/revision-overdue` (item g): an active plan's next revision date is before today and no
 * revision was held on or after it.
 */
export const revisionOverdueRule: PlanRule = (plan, { today }) => {
  const nextRevision = plan.nextRevision;
  if (plan.status !== "active" || nextRevision === undefined || nextRevision >= today) return [];
  if ((plan.revisions ?? []).some((revision) => revision.date >= nextRevision)) return [];
  return [{ code: "plan/revision-overdue", path: ["nextRevision"], params: { nextRevision } }];
};
