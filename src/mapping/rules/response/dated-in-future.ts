import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import { responseRule } from "./context.js";

/** `mapping/dated-in-future` (warning): a response dated after today. Basis: good practice. */
export const datedInFutureRule = responseRule({
  codes: {
    "mapping/dated-in-future": {
      severity: "warning",
      description: "The mapping response is dated after today.",
      basis: PRACTICE,
      messages: {
        nb: "Svaret er datert {date}, etter dagens dato",
        nn: "Svaret er datert {date}, etter dagens dato",
        en: "The response is dated {date}, after today",
      },
    },
  },
  run: (response, ctx): RuleFinding<"mapping/dated-in-future">[] =>
    response.date > ctx.today ? [{ code: "mapping/dated-in-future", path: ["date"], params: { date: response.date } }] : [],
});
