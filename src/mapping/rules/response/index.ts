import { answerItems } from "./answer-items.js";
import { answerValues } from "./answer-values.js";
import type { ResponseRule } from "./context.js";
import { datedInFuture } from "./dated-in-future.js";
import { reference } from "./reference.js";
import { required } from "./required.js";

export type { ResponseRule, ResponseRuleContext } from "./context.js";

/** Every rule `checkMappingResponse` runs. */
export const responseRules: readonly ResponseRule[] = [reference, datedInFuture, answerItems, answerValues, required];
