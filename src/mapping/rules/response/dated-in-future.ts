import type { RawFinding } from "../../../_lib/_legacy.js";
import type { ResponseRule } from "./context.js";

/** `mapping/dated-in-future`: a response dated after today. */
export const datedInFuture: ResponseRule = (response, ctx): RawFinding[] =>
  response.date > ctx.today ? [{ code: "mapping/dated-in-future", path: ["date"], params: { date: response.date } }] : [];
