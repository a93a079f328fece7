import { questionnaireFindings } from "./questionnaire/index.js";
import { responseFindings } from "./response/index.js";

/**
 * Finding codes of the mapping concept (kartlegging), as its rules declare them: `questionnaire/...`
 * for a questionnaire definition, `mapping/...` for a response to one. Params are ids, codes, dates and counts.
 */
export const mappingFindings = { ...questionnaireFindings, ...responseFindings };
