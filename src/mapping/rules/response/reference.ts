import type { RawFinding } from "../../../_lib/_legacy.js";
import type { ResponseRule } from "./context.js";

/** `mapping/questionnaire-mismatch` and `mapping/version-mismatch`: the response names another questionnaire or version. */
export const reference: ResponseRule = (response, ctx) => {
  const findings: RawFinding[] = [];
  const { id, version } = response.questionnaire;
  if (id !== ctx.questionnaire.id) {
    findings.push({ code: "mapping/questionnaire-mismatch", path: ["questionnaire", "id"], params: { expected: ctx.questionnaire.id, actual: id } });
  }
  if (version !== ctx.questionnaire.version) {
    findings.push({ code: "mapping/version-mismatch", path: ["questionnaire", "version"], params: { expected: ctx.questionnaire.version, actual: version } });
  }
  return findings;
};
