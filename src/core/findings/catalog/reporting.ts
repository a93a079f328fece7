import type { FindingDefinition } from "../types.js";

/** Finding codes of the reporting concept: `reporting/...`. */
export const reportingFindings = {} as const satisfies Record<string, FindingDefinition>;
