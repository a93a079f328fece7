import type { FindingCode } from "../codes.js";
import type { FindingDefinition } from "../types.js";
import { actionPlanFindings } from "../../../action-plan/rules/index.js";
import { coordinationCaseFindings } from "../../../coordination-case/rules/index.js";
import { fhirFindings } from "../../../fhir/findings.js";
import { developmentProjectFindings } from "../../../development-project/rules/index.js";
import { documentFindings } from "../../../documents/findings.js";
import { evaluationFindings } from "../../../evaluation/rules/index.js";
import { individualPlanFindings } from "../../../individual-plan/rules/index.js";
import { mappingFindings } from "../../../mapping/rules/index.js";
import { milestoneFindings } from "../../../milestones/rules/index.js";
import { pathwayFindings } from "../../../pathway/rules/index.js";
import { reportingFindings } from "../../../reporting/rules/index.js";
import { schemaFindings } from "./schema.js";

/**
 * Every finding code the library can report, with its default severity, its basis (the legal
 * section or guide it rests on) and its message in bokmål, nynorsk and English. Templates use
 * `{name}` for the finding's params.
 *
 * @example
 * findingCatalog["schema/invalid-national-id"].basis.display.en
 * //=> "the National Population Register Act"
 */
export const findingCatalog = {
  ...schemaFindings,
  ...individualPlanFindings,
  ...actionPlanFindings,
  ...evaluationFindings,
  ...developmentProjectFindings,
  ...milestoneFindings,
  ...mappingFindings,
  ...reportingFindings,
  ...coordinationCaseFindings,
  ...pathwayFindings,
  ...fhirFindings,
  ...documentFindings,
} as const satisfies Record<FindingCode, FindingDefinition>;

export type { FindingCode } from "../codes.js";
