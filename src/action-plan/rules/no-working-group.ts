import { HEADER_BASIS } from "./_basis.js";
import { actionPlanRule } from "./context.js";

/**
 * `action-plan/no-working-group`: the header answers "Nei" to "is there an interdisciplinary working
 * group with a coordinator?". Basis: the header questions of the development projects' action-plan model.
 */
export const noWorkingGroupRule = actionPlanRule({
  codes: {
    "action-plan/no-working-group": {
      severity: "warning",
      description: "The action plan's header answers no to whether an interdisciplinary working group with a coordinator has been set up.",
      basis: HEADER_BASIS,
      messages: {
        nb: "Det er ikke opprettet en tverrfaglig arbeidsgruppe med koordinator",
        nn: "Det er ikkje oppretta ei tverrfagleg arbeidsgruppe med koordinator",
        en: "No interdisciplinary working group with a coordinator has been set up",
      },
    },
  },
  run: (plan) => (plan.hasWorkingGroup === false ? [{ code: "action-plan/no-working-group", path: ["hasWorkingGroup"] }] : []),
});
