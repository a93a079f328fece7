import { DEVELOPMENT_PROJECT_MILESTONES } from "../template.js";
import { developmentProjectRule, MILESTONE_TEMPLATE } from "./context.js";

/** `development-project/template-milestone-missing` (info): a milestone of the template is not in the schedule, by id. */
export const templateMilestoneMissingRule = developmentProjectRule({
  codes: {
    "development-project/template-milestone-missing": {
      severity: "info",
      description: "A milestone of the development-project template is not in the milestone schedule, by id.",
      basis: MILESTONE_TEMPLATE,
      messages: {
        nb: "Milepælen {milestoneId} fra malen mangler i milepælsplanen",
        nn: "Milepælen {milestoneId} frå malen manglar i milepælsplanen",
        en: "Milestone {milestoneId} of the template is missing from the schedule",
      },
    },
  },
  run: (_project, ctx) =>
    DEVELOPMENT_PROJECT_MILESTONES.filter((id) => !ctx.milestones.has(id)).map((id) => ({
      code: "development-project/template-milestone-missing" as const,
      path: ["schedule", "phases"],
      params: { milestoneId: id },
    })),
});
