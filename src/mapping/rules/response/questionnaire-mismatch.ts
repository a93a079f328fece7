import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import { answerRule } from "./context.js";

/**
 * `mapping/questionnaire-mismatch` and `mapping/version-mismatch`: the response names another
 * questionnaire, or another version of it, than the one it is checked against. Basis: good practice.
 */
export const questionnaireMismatchRule = answerRule({
  codes: {
    "mapping/questionnaire-mismatch": {
      severity: "error",
      description: "The mapping response names another questionnaire than the one it is checked against.",
      basis: PRACTICE,
      messages: {
        nb: "Svaret gjelder skjemaet {actual}, ikke {expected}",
        nn: "Svaret gjeld skjemaet {actual}, ikkje {expected}",
        en: "The response is to questionnaire {actual}, not {expected}",
      },
    },
    "mapping/version-mismatch": {
      severity: "error",
      description: "The mapping response names another version of the questionnaire than the one it is checked against.",
      basis: PRACTICE,
      messages: {
        nb: "Svaret gjelder versjon {actual} av skjemaet, ikke {expected}",
        nn: "Svaret gjeld versjon {actual} av skjemaet, ikkje {expected}",
        en: "The response is to version {actual} of the questionnaire, not {expected}",
      },
    },
  },
  run: (response, ctx) => {
    const findings: RuleFinding<"mapping/questionnaire-mismatch" | "mapping/version-mismatch">[] = [];
    const { id, version } = response.questionnaire;
    if (id !== ctx.questionnaire.id) {
      findings.push({ code: "mapping/questionnaire-mismatch", path: ["questionnaire", "id"], params: { expected: ctx.questionnaire.id, actual: id } });
    }
    if (version !== ctx.questionnaire.version) {
      findings.push({ code: "mapping/version-mismatch", path: ["questionnaire", "version"], params: { expected: ctx.questionnaire.version, actual: version } });
    }
    return findings;
  },
});
