import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/needs-not-described` (item a): an active plan records none of the user's needs for services. */
export const needsNotDescribedRule = planRule({
  codes: {
    "plan/needs-not-described": {
      severity: "info",
      description: "An active plan records none of the user's needs for services.",
      basis: ipItemBasis("a"),
      messages: {
        nb: "Planen beskriver ikke brukerens behov for tjenester",
        nn: "Planen skildrar ikkje behova brukaren har for tenester",
        en: "The plan does not describe the user's needs for services",
      },
    },
  },
  statuses: ["active"],
  run: (plan) => (plan.needs ?? []).length === 0 ? [{ code: "plan/needs-not-described", path: ["needs"] }] : [],
});
