import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import { unansweredRequired } from "./_required.js";
import { responseRule } from "./context.js";

/**
 * `mapping/required-pending` (info): a response still `in-progress` has not yet answered a required
 * item that is asked; it must be answered before the response is completed. Reported at `answers`.
 * Basis: good practice.
 */
export const requiredPendingRule = responseRule({
  codes: {
    "mapping/required-pending": {
      severity: "info",
      description: "A response still in progress has not yet answered a required item that is asked; it must be answered before the response is completed.",
      basis: PRACTICE,
      messages: {
        nb: "Spørsmål {itemId} må besvares før kartleggingen kan fullføres",
        nn: "Spørsmål {itemId} må svarast på før kartlegginga kan fullførast",
        en: "Item {itemId} must be answered before the mapping can be completed",
      },
    },
  },
  statuses: ["in-progress"],
  run: (_response, ctx) =>
    unansweredRequired(ctx).map(({ path, params }): RuleFinding<"mapping/required-pending"> => ({ code: "mapping/required-pending", path, params })),
});
