import { requireDocument } from "../_lib/documents.js";
import { defineChecker } from "../_lib/engine/checker.js";
import { dueWindow } from "../_lib/due-window.js";
import { compareFindings, type FindingSettings } from "../_lib/findings.js";
import { ownOption, requireOptions } from "../_lib/options.js";
import type { CheckOptions, Finding, Validation } from "../core/findings/types.js";
import { QUESTIONNAIRE } from "../mapping/_guards.js";
import { coordinatingUnitMappingForm } from "../mapping/forms/coordinating-unit.js";
import { type Questionnaire, QuestionnaireSchema } from "../mapping/questionnaire-schema.js";
import { type PartSettings, partFindings } from "./parts.js";
import { developmentProjectContext, developmentProjectRules } from "./rules/index.js";
import { type DevelopmentProject, DevelopmentProjectSchema } from "./schema.js";

/**
 * Options for {@link checkDevelopmentProject} and {@link validateDevelopmentProject}: the
 * {@link CheckOptions}, the due-soon window of the action plan and the schedule, and the
 * questionnaire the mapping answers.
 *
 * @example
 * const options: DevelopmentProjectCheckOptions = { today: "2013-03-01", locale: "nb" };
 */
export interface DevelopmentProjectCheckOptions extends CheckOptions {
  /** Days from today within which an open row or milestone counts as due soon; 14 when left out, at most 3660. */
  readonly dueSoonDays?: number;
  /** The questionnaire the project's mapping answers; the built-in {@link coordinatingUnitMappingForm} when left out. */
  readonly questionnaire?: Questionnaire;
}

const DOCUMENT = { name: "project", label: "a development project", kind: "development-project", validator: "validateDevelopmentProject" } as const;

type ProjectSettings = Omit<PartSettings, keyof FindingSettings>;

/** The check options with the questionnaire already read (see {@link projectSettings}). */
interface ProjectCheckInput extends CheckOptions {
  readonly questionnaire: Questionnaire;
}

/** The development project as a document kind: its schema, `today`, and the questionnaire carried in beside the options. */
export const developmentProjectChecker = defineChecker({
  document: DOCUMENT,
  schema: DevelopmentProjectSchema,
  options: (input: ProjectCheckInput): ProjectSettings => {
    const window = dueWindow(input, "dueSoonDays");
    return { today: window.today, window, questionnaire: input.questionnaire };
  },
  context: (project, { today, questionnaire }) => developmentProjectContext(project, questionnaire, today),
  rules: developmentProjectRules,
});

/**
 * Checks a development project (utviklingsarbeid) across its parts: the action plan signed before
 * the mapping, weak mapping areas neither addressed by a row nor left out, areas naming rows the plan
 * does not have, the evaluation held before the plan was carried out (template milestone `3.1`), and
 * template milestones missing from the schedule or due out of the template's order. Each part is
 * also checked by its own checker, as it would be alone: {@link checkMappingResponse} (against
 * `questionnaire`), {@link checkActionPlan}, {@link checkMilestoneSchedule} and, once held,
 * {@link checkEvaluation} against the project's action plan; their findings' paths start at the part
 * (`["mapping", ...]`, `["actionPlan", ...]`, `["schedule", ...]`, `["evaluation", ...]`), and
 * `locale`, `rules` and `dueSoonDays` apply to them as to the project's own codes.
 *
 * @param project - A schema-valid development project.
 * @param options - `today`, `locale`, per-code `rules`, `dueSoonDays` (14) and the mapping's `questionnaire`.
 * @returns Findings (`development-project/...` and the parts' codes) sorted by path, then code.
 * @throws TypeError when `options` is not an object, an option has the wrong type, `questionnaire` is
 *   not a questionnaire or `project` is not a development project (use {@link validateDevelopmentProject}
 *   for unknown input); RangeError when `today` is not a valid date, `dueSoonDays` is not a whole
 *   number from 0 to 3660, `locale` is unknown or `rules` names an unknown code or severity.
 *
 * @example
 * const municipality = { number: "1525", name: "Stranda" };
 * const project: DevelopmentProject = {
 *   kind: "development-project",
 *   id: "stranda-2013",
 *   municipality,
 *   mapping: {
 *     kind: "mapping-response",
 *     questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *     respondent: { municipality: "1525" },
 *     date: "2013-01-10",
 *     status: "in-progress",
 *     answers: [{ itemId: "ip-routines", type: "assessment", value: "no" }],
 *   },
 *   actionPlan: { kind: "action-plan", id: "plan", municipality, title: "Handlingsplan", rows: [] },
 *   schedule: developmentProjectTemplate({ id: "milestones", startMonth: "2013-01" }),
 *   areas: [],
 * };
 * // The weak area ip-routines ("no") has no row and is not left out:
 * checkDevelopmentProject(project, { today: "2013-01-15" })
 *   .filter((finding) => finding.code.startsWith("development-project/"))
 *   .map((finding) => [finding.code, finding.path])
 * //=> [["development-project/area-not-addressed", ["areas"]]]
 */
export function checkDevelopmentProject(project: DevelopmentProject, options: DevelopmentProjectCheckOptions): Finding[] {
  const settings = projectSettings(project, options, "checkDevelopmentProject");
  return runProject(project, settings);
}

/**
 * Validates unknown input as a development project: runs {@link DevelopmentProjectSchema}, then
 * {@link checkDevelopmentProject}. Never throws on any input; only on bad options.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @param options - `today`, `locale`, per-code `rules`, `dueSoonDays` and the mapping's `questionnaire`.
 * @returns `{ ok: true, value, findings }`, or `{ ok: false, findings }` when a finding is an error.
 * @throws TypeError or RangeError for bad options, as {@link checkDevelopmentProject} documents.
 *
 * @example
 * validateDevelopmentProject({ kind: "development-project" }, { today: "2013-03-01" }).ok
 * //=> false
 */
export function validateDevelopmentProject(input: unknown, options: DevelopmentProjectCheckOptions): Validation<DevelopmentProject> {
  const settings = optionSettings(options, "validateDevelopmentProject");
  const parsed = developmentProjectChecker.parse(input, settings.locale);
  if (!parsed.ok) return parsed;
  const findings = runProject(parsed.value, settings);
  return findings.some((finding) => finding.severity === "error")
    ? { ok: false, findings }
    : { ok: true, value: parsed.value, findings };
}

/** The project's own findings and those of each part's checker, sorted by path, then code. Internal. */
export function runProject(project: DevelopmentProject, settings: PartSettings): Finding[] {
  return [...developmentProjectChecker.run(project, settings), ...partFindings(project, settings)].sort(compareFindings);
}

/** Reads the options of a development-project function, then guards the project. Internal. */
export function projectSettings(project: unknown, options: DevelopmentProjectCheckOptions, fn: string): ProjectSettings & FindingSettings {
  const settings = optionSettings(options, fn);
  requireDocument(DevelopmentProjectSchema, project, { ...DOCUMENT, fn });
  return settings;
}

/**
 * Reads the options once: the common ones, then `questionnaire`, refused with a TypeError that names
 * the function and the option (`fn: options.questionnaire is not a questionnaire (...)`).
 */
function optionSettings(options: DevelopmentProjectCheckOptions, fn: string): ProjectSettings & FindingSettings {
  requireOptions(options, fn); // before the copy below, which would turn a non-object into {}
  const given: unknown = ownOption(options, "questionnaire");
  const questionnaire = given === undefined ? coordinatingUnitMappingForm : requiredQuestionnaire(given, fn);
  return developmentProjectChecker.settings({ ...options, questionnaire }, fn);
}

function requiredQuestionnaire(value: unknown, fn: string): Questionnaire {
  requireDocument(QuestionnaireSchema, value, { ...QUESTIONNAIRE, name: "options.questionnaire", fn });
  return value;
}
