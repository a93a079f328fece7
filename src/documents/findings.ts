import { PRACTICE } from "../core/findings/basis.js";
import type { FindingDefinition } from "../core/findings/types.js";

/**
 * Codes for a document that cannot be told apart or matched: no known `kind`, or a mapping response
 * to a questionnaire (an evaluation to an action plan) that is not at hand. Always errors (their severity cannot be set): such a
 * document cannot be checked at all. Params are the known kinds and the questionnaire's id.
 */
export const documentFindings = {
  "document/unknown-kind": {
    severity: "error",
    description: "The document's kind field is missing or not one of the kinds the library knows, so it cannot be checked at all.",
    basis: PRACTICE,
    messages: {
      nb: "Ukjent dokumenttype: feltet kind må være én av {kinds}",
      nn: "Ukjend dokumenttype: feltet kind må vere ein av {kinds}",
      en: "Unknown document kind: the field kind must be one of {kinds}",
    },
  },
  "document/unknown-questionnaire": {
    severity: "error",
    description: "A mapping response answers a questionnaire that is not at hand, so the response cannot be checked.",
    basis: PRACTICE,
    messages: {
      nb: "Svaret gjelder spørreskjemaet {questionnaireId}, som ikke er kjent; svaret kan ikke kontrolleres",
      nn: "Svaret gjeld spørjeskjemaet {questionnaireId}, som ikkje er kjent; svaret kan ikkje kontrollerast",
      en: "The response answers questionnaire {questionnaireId}, which is not known; the response cannot be checked",
    },
  },
  "document/unknown-action-plan": {
    severity: "error",
    description: "An evaluation is of an action plan that is not at hand, so the evaluation cannot be checked.",
    basis: PRACTICE,
    messages: {
      nb: "Evalueringen gjelder handlingsplanen {actionPlanId}, som ikke er kjent; evalueringen kan ikke kontrolleres",
      nn: "Evalueringa gjeld handlingsplanen {actionPlanId}, som ikkje er kjend; evalueringa kan ikkje kontrollerast",
      en: "The evaluation is of action plan {actionPlanId}, which is not known; the evaluation cannot be checked",
    },
  },
} as const satisfies Record<`document/${string}`, FindingDefinition>;
