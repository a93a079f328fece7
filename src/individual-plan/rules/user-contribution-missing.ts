import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/user-contribution-missing` (item d): an active plan records no contribution by the user. */
export const userContributionMissingRule = planRule({
  codes: {
    "plan/user-contribution-missing": {
      severity: "warning",
      description: "An active plan records no contribution by the user.",
      basis: ipItemBasis("d"),
      messages: {
        nb: "Planen beskriver ikke brukerens eget bidrag",
        nn: "Planen skildrar ikkje brukaren sitt eige bidrag",
        en: "The plan does not describe the user's own contribution",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { index }) => {
    const present = (plan.contributions ?? []).some((c) => index.userIds.has(c.participantId));
    return present ? [] : [{ code: "plan/user-contribution-missing", path: ["contributions"] }];
  },
});
