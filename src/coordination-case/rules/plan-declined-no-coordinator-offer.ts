import type { CaseRule } from "./context.js";

/**
 * `case/plan-declined-no-coordinator-offer` (hol § 7-2: a coordinator is offered even when the
 * user declines a plan): an open case whose user declined the plan while no coordinator was offered.
 */
export const planDeclinedNoCoordinatorOffer: CaseRule = (c) =>
  c.status === "open" && c.offer?.plan === "declined" && c.offer.coordinator === "not-offered"
    ? [{ code: "case/plan-declined-no-coordinator-offer", path: ["offer", "coordinator"], params: { offeredOn: c.offer.offeredOn } }]
    : [];
