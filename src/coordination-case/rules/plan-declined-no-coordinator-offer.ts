import { basisOf, jointBasis } from "../../core/findings/basis.js";
import { caseRule, OPEN } from "./context.js";

/**
 * `case/plan-declined-no-coordinator-offer` (hol § 7-2: a coordinator is offered even when the
 * user declines a plan): an open case whose user declined the plan while no coordinator was offered.
 */
export const planDeclinedNoCoordinatorOfferRule = caseRule({
  codes: {
    "case/plan-declined-no-coordinator-offer": {
      severity: "error",
      description: "In an open case, the user declined an individual plan while no coordinator was offered.",
      basis: jointBasis(basisOf("pbrl", ["2-5 b"]), basisOf("hol", ["7-2"])),
      messages: {
        nb: "Brukeren takket nei til individuell plan, men fikk ikke tilbud om koordinator (tilbud {offeredOn})",
        nn: "Brukaren takka nei til individuell plan, men fekk ikkje tilbod om koordinator (tilbod {offeredOn})",
        en: "The user declined an individual plan but was not offered a coordinator (offer of {offeredOn})",
      },
    },
  },
  statuses: OPEN,
  run: (c) =>
    c.offer?.plan === "declined" && c.offer.coordinator === "not-offered"
      ? [{ code: "case/plan-declined-no-coordinator-offer", path: ["offer", "coordinator"], params: { offeredOn: c.offer.offeredOn } }]
      : [],
});
