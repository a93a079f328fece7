import type { FindingDefinition } from "../types.js";

/** Finding codes of the milestones concept: `milestones/...`. */
export const milestoneFindings = {} as const satisfies Record<string, FindingDefinition>;
