import type { FindingDefinition } from "../types.js";

/** Finding codes of the individual-plan concept: `plan/...`. */
export const individualPlanFindings = {} as const satisfies Record<string, FindingDefinition>;
