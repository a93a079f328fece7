import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/**
 * `plan/revision-overdue` (item g): an active plan's next revision date is before today and no
 * revision was held on or after it.
 */
export const revisionOverdueRule = planRule({
  codes: {
    "plan/revision-overdue": {
      severity: "warning",
      description: "An active plan's next revision date is before today and no revision was held on or after it.",
      basis: ipItemBasis("g"),
      messages: {
        nb: "Planen skulle vært revidert innen {nextRevision}",
        nn: "Planen skulle vore revidert innan {nextRevision}",
        en: "The plan was due for revision by {nextRevision}",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { today }) => {
    const nextRevision = plan.nextRevision;
    if (nextRevision === undefined || nextRevision >= today) return [];
    if ((plan.revisions ?? []).some((revision) => revision.date >= nextRevision)) return [];
    return [{ code: "plan/revision-overdue", path: ["nextRevision"], params: { nextRevision } }];
  },
});
