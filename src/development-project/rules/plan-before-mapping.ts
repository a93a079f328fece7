import { developmentProjectRule, PROJECT_MODEL } from "./context.js";

/** `development-project/plan-before-mapping`: the action plan is signed before the mapping's date. */
export const planBeforeMappingRule = developmentProjectRule({
  codes: {
    "development-project/plan-before-mapping": {
      severity: "warning",
      description: "The development project's action plan was signed before the mapping (kartlegging) it should build on was dated.",
      basis: PROJECT_MODEL,
      messages: {
        nb: "Handlingsplanen er signert {signedOn}, før kartleggingen {mappingDate}",
        nn: "Handlingsplanen er signert {signedOn}, før kartlegginga {mappingDate}",
        en: "The action plan was signed on {signedOn}, before the mapping on {mappingDate}",
      },
    },
  },
  run: (project) => {
    const signedOn = project.actionPlan.signed?.on;
    const mappingDate = project.mapping.date;
    return signedOn !== undefined && signedOn < mappingDate
      ? [{ code: "development-project/plan-before-mapping", path: ["actionPlan", "signed", "on"], params: { signedOn, mappingDate } }]
      : [];
  },
});
