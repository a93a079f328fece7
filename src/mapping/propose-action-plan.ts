import type { ActionPlan, ActionPlanRow } from "../action-plan/schema.js";
import { resolveToday } from "../core/dates/calendar-date.js";
import type { Locale } from "../core/locale.js";
import { indexQuestionnaire, textIn } from "./_items.js";
import { type DevelopmentArea, developmentAreas } from "./development-areas.js";
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
 * @throws RangeError when `today` is not a valid date.
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
  const today = resolveToday(options.today);
  const locale = options.locale ?? "nb";
  const words = WORDS[locale];
  const index = indexQuestionnaire(questionnaire);
  const number = response.respondent.municipality;
  const name = options.municipalityName ?? response.respondent.municipalityName ?? `${words.municipality} ${number}`;
  const rows = developmentAreas(response, questionnaire).map((area) => {
    const item = index.byId.get(area.itemId)?.item;
    return row(area, item === undefined ? area.itemId : textIn(item.text, locale), options.measures ?? typicalMeasures, locale);
  });
  return {
    kind: "action-plan",
    id: `draft-${number}-${today}`,
    municipality: { number, name },
    title: `${words.draft}: ${textIn(questionnaire.title, locale)} (${response.date})`,
    rows,
  };
}
