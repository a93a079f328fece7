import { finalizeFindings } from "../_lib/findings.js";
import { describeValue, ownOption, requireOptions, resolveLocale, resolveRules, resolveTodayOption } from "../_lib/options.js";
import { validateActionPlan } from "../action-plan/validate.js";
import type { ActionPlan } from "../action-plan/schema.js";
import { validateCoordinationCase } from "../coordination-case/validate.js";
import type { CoordinationCase } from "../coordination-case/schema.js";
import type { CheckOptions, Validation } from "../core/findings/types.js";
import { validateDevelopmentProject } from "../development-project/check.js";
import type { DevelopmentProject } from "../development-project/schema.js";
import type { Evaluation } from "../evaluation/schema.js";
import { evaluationChecker } from "../evaluation/check.js";
import { validateEvaluation } from "../evaluation/validate.js";
import type { Locale } from "../core/locale.js";
import { validateIndividualPlan } from "../individual-plan/validate.js";
import type { IndividualPlan } from "../individual-plan/schema.js";
import { coordinatingUnitMappingForm } from "../mapping/forms/coordinating-unit.js";
import type { Questionnaire } from "../mapping/questionnaire-schema.js";
import type { MappingResponse } from "../mapping/response-schema.js";
import { validateMappingResponse } from "../mapping/validate-response.js";
import { validateQuestionnaire } from "../mapping/validate-questionnaire.js";
import { validateMilestoneSchedule } from "../milestones/validate.js";
import type { MilestoneSchedule } from "../milestones/schema.js";
import type { MunicipalReport } from "../reporting/schema.js";
import { validatePathwayCase } from "../pathway/check.js";
import type { PathwayDefinition } from "../pathway/definition.js";
import type { PathwayCase } from "../pathway/schema.js";
import { validateMunicipalReport } from "../reporting/validate.js";
import { documentFindings } from "./findings.js";
import { DOCUMENT_KINDS, type DocumentKindName, isDocumentKind } from "./kinds.js";

/**
 * The document type of each kind, by its `kind` literal.
 *
 * @example
 * const plan: DocumentByKind["individual-plan"] = makePlan();
 */
export interface DocumentByKind {
  readonly "individual-plan": IndividualPlan;
  readonly "coordination-case": CoordinationCase;
  readonly "pathway-case": PathwayCase;
  readonly "action-plan": ActionPlan;
  readonly evaluation: Evaluation;
  readonly "development-project": DevelopmentProject;
  readonly "milestone-schedule": MilestoneSchedule;
  readonly questionnaire: Questionnaire;
  readonly "mapping-response": MappingResponse;
  readonly "municipal-report": MunicipalReport;
}

/**
 * Options for {@link validateDocument} (kontrollvalg for alle dokumenttyper): the common check options,
 * the windows each kind reads, the questionnaires mapping responses may answer and the action plans
 * evaluations may evaluate.
 *
 * @example
 * const options: DocumentCheckOptions = { today: "2026-01-15", locale: "en", dueSoonDays: 7 };
 */
export interface DocumentCheckOptions extends CheckOptions {
  /** Days within which a deadline counts as due soon (plans, action plans, milestone schedules); 14 when left out. */
  readonly dueSoonDays?: number;
  /** Days from a notice to its follow-up (coordination cases); 14 when left out. */
  readonly followUpDays?: number;
  /** Days an open case may go with no activity (coordination cases, pathway cases); 90 when left out. */
  readonly inactiveDays?: number;
  /** Pathway definitions of your own beside the built-in ones (pathway cases). */
  readonly pathways?: readonly PathwayDefinition[];
  /** The largest plausible FTE figure of one municipality (municipal reports); 5000 when left out. */
  readonly maxFullTimeEquivalents?: number;
  /**
   * Questionnaires a mapping response may answer, besides the built-in forms
   * ({@link coordinatingUnitMappingForm}); matched by `id` (and `version` where several share an id).
   */
  readonly questionnaires?: readonly Questionnaire[];
  /** Action plans an evaluation may evaluate, matched by `id` against its `actionPlanId`. */
  readonly actionPlans?: readonly ActionPlan[];
}

/**
 * What {@link validateDocument} found: the kind read from the document and its validation, or
 * `kind: null` with a `document/unknown-kind` finding when the kind is missing or unknown.
 *
 * @example
 * function describe(result: DocumentValidation): string {
 *   return result.kind === null ? "unknown kind" : `${result.kind}: ${result.validation.findings.length} finding(s)`;
 * }
 */
export type DocumentValidation =
  | { readonly [K in DocumentKindName]: { readonly kind: K; readonly validation: Validation<DocumentByKind[K]> } }[DocumentKindName]
  | { readonly kind: null; readonly validation: { readonly ok: false; readonly findings: Validation<never>["findings"] } };

const BUILT_IN_FORMS: readonly Questionnaire[] = [coordinatingUnitMappingForm];
const KINDS_TEXT = DOCUMENT_KINDS.join(", ");

/**
 * Validates a document of any kind: reads its `kind` and runs the validator of that kind
 * ({@link validateIndividualPlan}, {@link validateCoordinationCase}, {@link validatePathwayCase}, {@link validateActionPlan},
 * {@link validateMilestoneSchedule}, {@link validateQuestionnaire}, {@link validateMappingResponse}
 * against its questionnaire, {@link validateEvaluation} against its action plan,
 * {@link validateDevelopmentProject} (its mapping against the questionnaire it names),
 * {@link validateMunicipalReport}). A missing or unknown kind, a response to a questionnaire not at
 * hand or an evaluation of an action plan not among `actionPlans` is a finding (`document/unknown-kind`,
 * `document/unknown-questionnaire`, `document/unknown-action-plan`), never a throw.
 *
 * @param input - Anything, e.g. one document parsed from JSON.
 * @param options - `today`, `locale`, per-code `rules`, the windows of each kind, `questionnaires` and `actionPlans`.
 * @returns `{ kind, validation }`: the kind (`null` when unknown) and that kind's validation result.
 * @throws TypeError when `options` is not an object, an option has the wrong type or `questionnaires`
 *   is not an array of questionnaires, or `actionPlans` is not an array of action plans; RangeError when `today` is not a valid date, `locale` is
 *   unknown, `rules` names an unknown code or severity, or a window is out of bounds.
 *
 * @example
 * validateDocument({ kind: "plan" }, { today: "2026-01-15", locale: "en" }).validation.findings.map((f) => [f.code, f.path])
 * //=> [["document/unknown-kind", ["kind"]]]
 * validateDocument({ kind: "action-plan" }, { today: "2026-01-15" }).kind
 * //=> "action-plan"
 */
export function validateDocument(input: unknown, options: DocumentCheckOptions): DocumentValidation {
  const isRecord = input !== null && typeof input === "object" && !Array.isArray(input);
  const kind = isRecord ? property(input, "kind") : undefined;
  if (!isDocumentKind(kind)) {
    const path = isRecord ? ["kind"] : [];
    return { kind: null, validation: unchecked("document/unknown-kind", path, { kinds: KINDS_TEXT }, readSettings(options)) };
  }
  switch (kind) {
    case "individual-plan":
      return { kind, validation: validateIndividualPlan(input, options) };
    case "coordination-case":
      return { kind, validation: validateCoordinationCase(input, options) };
    case "pathway-case":
      return { kind, validation: validatePathwayCase(input, options) };
    case "action-plan":
      return { kind, validation: validateActionPlan(input, options) };
    case "evaluation":
      return { kind, validation: validateEvaluationOf(input, options) };
    case "development-project":
      return { kind, validation: validateProject(input, options) };
    case "milestone-schedule":
      return { kind, validation: validateMilestoneSchedule(input, options) };
    case "questionnaire":
      return { kind, validation: validateQuestionnaire(input, options) };
    case "mapping-response":
      return { kind, validation: validateResponse(input, options) };
    case "municipal-report":
      return { kind, validation: validateMunicipalReport(input, options) };
  }
}

/**
 * Reads the options where no validator of a kind does (each validator reads them itself, so a
 * document is never checked with options read twice): the locale of the document codes' messages.
 *
 * @throws As {@link validateDocument} documents for its options.
 */
function readSettings(options: DocumentCheckOptions): Locale {
  requireOptions(options, "validateDocument");
  resolveTodayOption(options);
  resolveRules(ownOption(options, "rules"));
  return resolveLocale(ownOption(options, "locale"));
}

function validateResponse(input: unknown, options: DocumentCheckOptions): Validation<MappingResponse> {
  requireOptions(options, "validateDocument");
  const given: unknown = ownOption(options, "questionnaires");
  if (given !== undefined && !Array.isArray(given)) {
    throw new TypeError(`validateDocument: questionnaires must be an array of questionnaires, got ${describeValue(given)}`);
  }
  // An entry that is no questionnaire is refused (TypeError) by validateMappingResponse once it is chosen.
  const forms: readonly Questionnaire[] = [...(Array.isArray(given) ? given : []), ...BUILT_IN_FORMS];
  const reference = property(input, "questionnaire");
  const id = property(reference, "id");
  // A reference that is no id is the schema's to report: check it against the built-in form.
  if (typeof id !== "string") return validateMappingResponse(input, coordinatingUnitMappingForm, options);
  const sameId = forms.filter((form) => property(form, "id") === id);
  const form = sameId.find((candidate) => property(candidate, "version") === property(reference, "version")) ?? sameId[0];
  if (form === undefined) return unchecked("document/unknown-questionnaire", ["questionnaire", "id"], { questionnaireId: id }, readSettings(options));
  return validateMappingResponse(input, form, options);
}

function validateProject(input: unknown, options: DocumentCheckOptions): Validation<DevelopmentProject> {
  requireOptions(options, "validateDocument");
  const given: unknown = ownOption(options, "questionnaires");
  if (given !== undefined && !Array.isArray(given)) {
    throw new TypeError(`validateDocument: questionnaires must be an array of questionnaires, got ${describeValue(given)}`);
  }
  const forms: readonly Questionnaire[] = [...(Array.isArray(given) ? given : []), ...BUILT_IN_FORMS];
  const reference = property(property(input, "mapping"), "questionnaire");
  const sameId = forms.filter((form) => property(form, "id") === property(reference, "id"));
  const form = sameId.find((candidate) => property(candidate, "version") === property(reference, "version")) ?? sameId[0] ?? coordinatingUnitMappingForm;
  return validateDevelopmentProject(input, { ...options, questionnaire: form });
}

function validateEvaluationOf(input: unknown, options: DocumentCheckOptions): Validation<Evaluation> {
  requireOptions(options, "validateDocument");
  const given: unknown = ownOption(options, "actionPlans");
  if (given !== undefined && !Array.isArray(given)) {
    throw new TypeError(`validateDocument: actionPlans must be an array of action plans, got ${describeValue(given)}`);
  }
  // An entry that is no action plan is refused (TypeError) by validateEvaluation once it is chosen.
  const plans: readonly ActionPlan[] = Array.isArray(given) ? given : [];
  const id = property(input, "actionPlanId");
  if (typeof id !== "string") {
    // A reference that is no id is the schema's to report.
    const parsed = evaluationChecker.parse(input, readSettings(options));
    if (!parsed.ok) return parsed;
  }
  const plan = typeof id === "string" ? plans.find((candidate) => property(candidate, "id") === id) : undefined;
  if (plan === undefined) {
    return unchecked("document/unknown-action-plan", ["actionPlanId"], { actionPlanId: typeof id === "string" ? id : "" }, readSettings(options));
  }
  return validateEvaluation(input, plan, options);
}

function property(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? Reflect.get(value, key) : undefined;
}

function unchecked(
  code: keyof typeof documentFindings,
  path: readonly (string | number)[],
  params: Readonly<Record<string, string>>,
  locale: Locale,
): { readonly ok: false; readonly findings: Validation<never>["findings"] } {
  return { ok: false, findings: finalizeFindings([{ code, path, params }], documentFindings, { locale, rules: undefined }) };
}
