import type { RuleFinding } from "../../_lib/engine/rule.js";
import { endOfDeadline } from "../../core/dates/deadline-end.js";
import { DEVELOPMENT_PROJECT_MILESTONES } from "../template.js";
import { developmentProjectRule, MILESTONE_TEMPLATE, milestonePath, type PlacedMilestone } from "./context.js";

/**
 * `development-project/template-milestone-out-of-order`: a template milestone whose deadline ends
 * before that of a template milestone the template puts before it (the mapping due after the action
 * plan, say). Deadlines are compared by their last day; the same day is in order.
 */
export const templateMilestoneOutOfOrderRule = developmentProjectRule({
  codes: {
    "development-project/template-milestone-out-of-order": {
      severity: "warning",
      description: "A template milestone falls due before a template milestone the template puts before it, comparing the last days of their deadlines.",
      basis: MILESTONE_TEMPLATE,
      messages: {
        nb: "Milepælen {milestoneId} har frist før {after}, som kommer før den i malen",
        nn: "Milepælen {milestoneId} har frist før {after}, som kjem før han i malen",
        en: "Milestone {milestoneId} is due before {after}, which comes before it in the template",
      },
    },
  },
  run: (_project, ctx) => {
    const findings: RuleFinding<"development-project/template-milestone-out-of-order">[] = [];
    let latest: { readonly placed: PlacedMilestone; readonly end: string } | undefined;
    for (const id of DEVELOPMENT_PROJECT_MILESTONES) {
      const placed = ctx.milestones.get(id);
      if (placed === undefined) continue;
      const end = endOfDeadline(placed.milestone.deadline);
      if (latest !== undefined && end < latest.end) {
        findings.push({
          code: "development-project/template-milestone-out-of-order",
          path: [...milestonePath(placed), "deadline"],
          params: { milestoneId: id, after: latest.placed.milestone.id },
        });
      } else {
        latest = { placed, end };
      }
    }
    return findings;
  },
});
