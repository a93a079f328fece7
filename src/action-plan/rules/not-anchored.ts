import { HEADER_BASIS } from "./_basis.js";
import { actionPlanRule } from "./context.js";

/**
 * `action-plan/not-anchored`: the header answers "Nei" to "are the measures anchored in the services'
 * own plans?". Basis: the header questions of the development projects' action-plan model.
 */
export const notAnchoredRule = actionPlanRule({
  codes: {
    "action-plan/not-anchored": {
      severity: "warning",
      description: "The action plan's header answers no to whether the measures are anchored in the services' own plans.",
      basis: HEADER_BASIS,
      messages: {
        nb: "Tiltakene er ikke forankret i tjenestenes eget planverk",
        nn: "Tiltaka er ikkje forankra i planverket til tenestene",
        en: "The measures are not anchored in the services' own plans",
      },
    },
  },
  run: (plan) =>
    plan.anchoredInServicePlans === false ? [{ code: "action-plan/not-anchored", path: ["anchoredInServicePlans"] }] : [],
});
