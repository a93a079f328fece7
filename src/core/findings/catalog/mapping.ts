import type { FindingDefinition } from "../types.js";

/** Finding codes of the mapping concept: `questionnaire/...`. */
export const mappingFindings = {} as const satisfies Record<string, FindingDefinition>;
