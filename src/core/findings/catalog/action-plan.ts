import type { FindingDefinition } from "../types.js";

/** Finding codes of the action-plan concept: `action-plan/...`. */
export const actionPlanFindings = {} as const satisfies Record<string, FindingDefinition>;
