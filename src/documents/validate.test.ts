import {
  coordinatingUnitMappingForm,
  validateActionPlan,
  validateCoordinationCase,
  validatePathwayCase,
  validateDevelopmentProject,
  validateEvaluation,
  validateIndividualPlan,
  validateMappingResponse,
  validateMilestoneSchedule,
  validateMunicipalReport,
  validateQuestionnaire,
} from "samhandling";
import { describe, expect, it } from "vitest";
import { makeActionPlan } from "../../test/fixtures/action-plan.js";
import { makeCase } from "../../test/fixtures/coordination-case.js";
import { makePathwayCase } from "../../test/fixtures/pathway.js";
import { deepFreeze } from "../../test/fixtures/deep-freeze.js";
import { makeDevelopmentProject } from "../../test/fixtures/development-project.js";
import { makeEvaluatedPlan, makeEvaluation } from "../../test/fixtures/evaluation.js";
import { makePlan, TODAY } from "../../test/fixtures/individual-plan.js";
import { makeResponse, makeTinyQuestionnaire, makeTinyResponse } from "../../test/fixtures/mapping.js";
import { scheduleOf, makeMilestone } from "../../test/fixtures/milestones.js";
import { makeMunicipalReport } from "../../test/fixtures/reporting.js";
import { DOCUMENT_KINDS } from "./kinds.js";
import { validateDocument } from "./validate.js";

const options = { today: TODAY, locale: "en" } as const;

describe("validateDocument", () => {
  it("sends each kind to its own validator and gives the same findings", () => {
    const cases: readonly [unknown, (input: unknown) => { readonly findings: readonly unknown[] }][] = [
      [makePlan(), (input) => validateIndividualPlan(input, options)],
      [makeCase(), (input) => validateCoordinationCase(input, options)],
      [makePathwayCase(), (input) => validatePathwayCase(input, options)],
      [makeActionPlan(), (input) => validateActionPlan(input, options)],
      [makeEvaluation(), (input) => validateEvaluation(input, makeEvaluatedPlan(), options)],
      [makeDevelopmentProject({ areas: [] }), (input) => validateDevelopmentProject(input, options)],
      [scheduleOf(makeMilestone()), (input) => validateMilestoneSchedule(input, options)],
      [makeTinyQuestionnaire(), (input) => validateQuestionnaire(input, options)],
      [makeResponse(), (input) => validateMappingResponse(input, coordinatingUnitMappingForm, options)],
      [makeMunicipalReport(), (input) => validateMunicipalReport(input, options)],
    ];
    expect(cases.map(([doc]) => Reflect.get(doc as object, "kind"))).toEqual([...DOCUMENT_KINDS]);
    for (const [doc, direct] of cases) {
      const result = validateDocument(doc, { ...options, actionPlans: [makeEvaluatedPlan()] });
      expect(result.kind).toBe(Reflect.get(doc as object, "kind"));
      expect(result.validation).toEqual(direct(doc));
    }
  });

  it("reports a missing, unknown or non-text kind at the kind, and input that is no object at the root", () => {
    for (const input of [{}, { kind: "plan" }, { kind: 7 }, { kind: "Individual-Plan" }]) {
      const result = validateDocument(input, options);
      expect(result.kind).toBeNull();
      expect(result.validation.ok).toBe(false);
      expect(result.validation.findings.map((f) => [f.code, f.severity, f.path])).toEqual([["document/unknown-kind", "error", ["kind"]]]);
    }
    for (const input of [null, 42, "individual-plan", [makePlan()], undefined]) {
      expect(validateDocument(input, options).validation.findings.map((f) => [f.code, f.path])).toEqual([["document/unknown-kind", []]]);
    }
  });

  it("never puts the unknown kind's value in the finding", () => {
    const [finding] = validateDocument({ kind: "Kari Nordmann" }, options).validation.findings;
    expect(JSON.stringify(finding)).not.toContain("Kari");
    expect(finding?.params).toEqual({ kinds: DOCUMENT_KINDS.join(", ") });
  });

  it("checks a response against a questionnaire given in the options, by id and version", () => {
    const tiny = makeTinyQuestionnaire();
    const response = makeTinyResponse([{ itemId: "has-ke", type: "boolean", value: false }]);
    const result = validateDocument(response, { ...options, questionnaires: [tiny] });
    expect(result.validation).toEqual(validateMappingResponse(response, tiny, options));
    const newer = { ...tiny, version: "2" };
    const picked = validateDocument(response, { ...options, questionnaires: [newer, tiny] });
    expect(picked.validation.findings.map((f) => f.code)).not.toContain("mapping/version-mismatch");
    const onlyNewer = validateDocument(response, { ...options, questionnaires: [newer] });
    expect(onlyNewer.validation.findings.map((f) => f.code)).toContain("mapping/version-mismatch");
  });

  it("reports a response to a questionnaire that is not at hand, and checks a bad reference against the built-in form", () => {
    const response = makeResponse(undefined, { questionnaire: { id: "elsewhere", version: "1" } });
    const result = validateDocument(response, options);
    expect(result.kind).toBe("mapping-response");
    expect(result.validation.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ["document/unknown-questionnaire", ["questionnaire", "id"], { questionnaireId: "elsewhere" }],
    ]);
    const broken = { ...makeResponse(), questionnaire: 5 };
    expect(validateDocument(broken, options).validation.findings.map((f) => f.code)).toContain("schema/invalid-type");
  });

  it("writes messages in the caller's locale", () => {
    const nb = validateDocument({}, { today: TODAY }).validation.findings[0]?.message;
    const nn = validateDocument({}, { today: TODAY, locale: "nn" }).validation.findings[0]?.message;
    expect(nb).not.toBe(nn);
    expect(nb).toContain("individual-plan");
  });

  it("checks an evaluation against its action plan from the options, matched by id", () => {
    const other = makeEvaluatedPlan({ id: "plan-2", carriedBy: [] });
    const evaluation = makeEvaluation(undefined, { actionPlanId: "plan-2" });
    const result = validateDocument(evaluation, { ...options, actionPlans: [makeEvaluatedPlan(), other] });
    expect(result.kind).toBe("evaluation");
    expect(result.validation).toEqual(validateEvaluation(evaluation, other, options));
  });

  it("reports an evaluation of an action plan that is not at hand, and a bad reference by the schema", () => {
    const evaluation = makeEvaluation(undefined, { actionPlanId: "elsewhere" });
    for (const given of [{}, { actionPlans: [makeEvaluatedPlan()] }]) {
      const result = validateDocument(evaluation, { ...options, ...given });
      expect(result.validation.findings.map((f) => [f.code, f.path, f.params])).toEqual([
        ["document/unknown-action-plan", ["actionPlanId"], { actionPlanId: "elsewhere" }],
      ]);
    }
    const broken = validateDocument({ ...makeEvaluation(), actionPlanId: 5 }, { ...options, actionPlans: [makeEvaluatedPlan()] });
    expect(broken.validation.ok).toBe(false);
    expect(broken.validation.findings.map((f) => f.path)).toContainEqual(["actionPlanId"]);
    expect(broken.validation.findings.map((f) => f.code)).not.toContain("document/unknown-action-plan");
    expect(() => validateDocument(makeEvaluation(), { ...options, actionPlans: {} as never })).toThrow(/actionPlans/);
    expect(() => validateDocument(makeEvaluation(), { ...options, actionPlans: [{ id: "plan-1" }] as never })).toThrow(TypeError);
  });

  it("refuses bad options whatever the input, and rule settings for the document codes", () => {
    expect(() => validateDocument({}, undefined as never)).toThrow(TypeError);
    expect(() => validateDocument({}, { today: "2025-02-30" })).toThrow(RangeError);
    expect(() => validateDocument({}, { today: TODAY, locale: "se" as never })).toThrow(RangeError);
    expect(() => validateDocument({}, { today: TODAY, rules: { "document/unknown-kind": "off" } as never })).toThrow(/document\/unknown-kind/);
    expect(() => validateDocument(makeResponse(), { ...options, questionnaires: {} as never })).toThrow(/questionnaires/);
    expect(() => validateDocument(makeResponse(), { ...options, questionnaires: [{ id: "coordinating-unit-mapping", version: "2012" }] as never })).toThrow(TypeError);
  });

  it("never changes its input", () => {
    const plan = deepFreeze(makePlan());
    expect(validateDocument(plan, options).kind).toBe("individual-plan");
  });
});
