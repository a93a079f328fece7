import type { ActionPlan, ActionPlanRow } from "../action-plan/schema.js";
import * as z from "zod";
import { describeValue, ownOption, requireOptions, resolveLocale, resolveTodayOption } from "../_lib/options.js";
import type { Locale } from "../core/locale.js";
import { requireQuestionnaire, requireResponse } from "./_guards.js";
import { indexQuestionnaire, textIn } from "./_items.js";
import { type DevelopmentArea, responseAreas } from "./development-areas.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import type { MappingResponse } from "./response-schema.js";
import { type TypicalMeasure, typicalMeasures } from "./typical-measures.js";

/**
 * Options for {@link proposeActionPlan}.
 *
 * @example
 * const options: ProposeActionPlanOptions = { today: "2012-05-10", locale: "nn", municipalityName: "Stranda" };
 */
export interface ProposeActionPlanOptions {
  /** The day the draft is made, as an ISO date or a `Date`; it goes into the plan's id. */
  readonly today: string | Date;
  /** The language of the rows; `nb` when left out. */
  readonly locale?: Locale;
  /** Typical measures by item id; {@link typicalMeasures} when left out. */
  readonly measures?: Readonly<Record<string, TypicalMeasure>>;
  /** The municipality's name; else the respondent's `municipalityName`, else "Kommune" and the number. */
  readonly municipalityName?: string;
}

const WORDS: Readonly<Record<Locale, { draft: string; deadline: string; area: string; goal: string; municipality: string }>> = {
  nb: {
    draft: "Utkast til handlingsplan",
    deadline: "Frist settes av arbeidsgruppen",
    area: "Utviklingsområde",
    goal: "Svaret blir «ja» ved neste kartlegging",
    municipality: "Kommune",
  },
  nn: {
    draft: "Utkast til handlingsplan",
    deadline: "Frist blir sett av arbeidsgruppa",
    area: "Utviklingsområde",
    goal: "Svaret blir «ja» ved neste kartlegging",
    municipality: "Kommune",
  },
  en: {
    draft: "Draft action plan",
    deadline: "Deadline to be set by the working group",
    area: "Development area",
    goal: "The answer is “yes” at the next mapping",
    municipality: "Municipality",
  },
};

function row(area: DevelopmentArea, question: string, measures: Readonly<Record<string, TypicalMeasure>>, locale: Locale): ActionPlanRow {
  const words = WORDS[locale];
  const typical = Object.hasOwn(measures, area.itemId) ? measures[area.itemId] : undefined;
  return {
    id: area.itemId,
    measure: typical === undefined ? `${words.area}: ${question}` : typical.measure[locale],
    goal: typical === undefined ? words.goal : typical.goal[locale],
    activities: typical === undefined ? [] : typical.activities.map((activity) => activity[locale]),
    deadlineText: words.deadline,
    status: "not-started",
  };
}

/**
 * Proposes a draft action plan (utkast til handlingsplan) from a response: one row per development
 * area (see {@link developmentAreas}), each row's id being the item's id, its measure, goal and
 * activities drawn from a table of typical measures per item ({@link typicalMeasures}); an item
 * with no entry gets a row that names the question, for people to fill in.
 *
 * Deadlines and who is responsible are left for people to set: every row has no `deadline` and no
 * `responsible`, and its `deadlineText` says the deadline is still to be set, so
 * {@link checkActionPlan} reports `action-plan/row-missing-deadline` and
 * `action-plan/row-missing-responsible` for each row until it is done. The header questions
 * (working group, anchoring, signature) are left unanswered for the same reason. Rows are
 * `not-started`.
 *
 * @param response - A schema-valid response.
 * @param questionnaire - The questionnaire it answers.
 * @param options - `today`, `locale`, `measures` and `municipalityName`.
 * @returns A draft that passes {@link ActionPlanSchema}.
 * @throws TypeError when `options` is not an object, an option has the wrong type (`measures` not an
 *   object of typical measures, `municipalityName` not a string), `response` is not a mapping response
 *   or `questionnaire` is not a questionnaire; RangeError when `today` is not a valid date, `locale`
 *   is unknown or `municipalityName` is blank.
 *
 * @example
 * proposeActionPlan(
 *   {
 *     kind: "mapping-response",
 *     questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *     respondent: { municipality: "1525", municipalityName: "Stranda" },
 *     date: "2012-04-20",
 *     status: "completed",
 *     answers: [{ itemId: "overview-services-and-needs", type: "assessment", value: "partly" }],
 *   },
 *   coordinatingUnitMappingForm,
 *   { today: "2012-05-10" },
 * ).rows
 * //=> [{ id: "overview-services-and-needs", measure: "Kartlegge tjenestetilbudet i kommunen",
 * //      goal: "Oversikt over tjenestetilbudet og søknadsrutinene", activities: [...],
 * //      deadlineText: "Frist settes av arbeidsgruppen", status: "not-started" }]
 */
export function proposeActionPlan(response: MappingResponse, questionnaire: Questionnaire, options: ProposeActionPlanOptions): ActionPlan {
  requireOptions(options, "proposeActionPlan");
  const today = resolveTodayOption(options);
  const locale = resolveLocale(ownOption(options, "locale"));
  const measures = resolveMeasures(ownOption(options, "measures"));
  const municipalityName = resolveMunicipalityName(ownOption(options, "municipalityName"));
  requireResponse(response, "proposeActionPlan");
  requireQuestionnaire(questionnaire, "proposeActionPlan");
  const words = WORDS[locale];
  const index = indexQuestionnaire(questionnaire);
  const number = response.respondent.municipality;
  const name = municipalityName ?? response.respondent.municipalityName ?? `${words.municipality} ${number}`;
  const rows = responseAreas(response, questionnaire).map((area) => {
    const item = index.byId.get(area.itemId)?.item;
    return row(area, item === undefined ? area.itemId : textIn(item.text, locale), measures, locale);
  });
  return {
    kind: "action-plan",
    id: `draft-${number}-${today}`,
    municipality: { number, name },
    title: `${words.draft}: ${textIn(questionnaire.title, locale)} (${response.date})`,
    rows,
  };
}

const text = z.string().trim().min(1);
const LocalizedTextShape = z.object({ nb: text, nn: text, en: text });
const MeasuresShape = z.record(
  z.string(),
  z.object({ measure: LocalizedTextShape, goal: LocalizedTextShape, activities: z.array(LocalizedTextShape) }),
);

function resolveMeasures(value: unknown): Readonly<Record<string, TypicalMeasure>> {
  if (value === undefined) return typicalMeasures;
  const parsed = Array.isArray(value) ? undefined : MeasuresShape.safeParse(value);
  if (parsed === undefined || !parsed.success) {
    throw new TypeError(`measures must be an object of typical measures by item id (texts in nb, nn and en), got ${describeValue(value)}`);
  }
  return parsed.data;
}

function resolveMunicipalityName(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new TypeError(`municipalityName must be a string, got ${describeValue(value)}`);
  if (value.trim() === "") throw new RangeError("municipalityName must not be blank");
  return value;
}
