// What the page tells about a document beside its findings: each kind's own summary function from
// the package, and the drawings where a timeline or a chart says it faster.
import {
  type ActionPlan,
  type ActionPlanRowStatus,
  actionPlanRowStatusLabels,
  ActionPlanSchema,
  actionPlanProgress,
  aggregateReports,
  CoordinationCaseSchema,
  coordinatingUnitMappingForm,
  deadlineEnd,
  DevelopmentProjectSchema,
  developmentProjectStageLabels,
  type DocumentKindName,
  IndividualPlanSchema,
  isOneOffDeadline,
  listOpenCases,
  type Locale,
  type LocalizedText,
  MappingResponseSchema,
  type MilestoneSchedule,
  MilestoneScheduleSchema,
  milestoneStatusLabels,
  MunicipalReportSchema,
  PathwayCaseSchema,
  pathwayWorkList,
  planStatusLabels,
  scheduleProgress,
  summarizeDevelopmentProject,
  summarizeMapping,
  summarizePlan,
} from "samhandling";
import { type ChartSeries, lineChart, timeline, type TimelineItem } from "./charts.js";
import { formatNumber, type Word, word } from "./labels.js";

/** A document the page read, with the kind it carries. */
export interface ReadDocument {
  readonly kind: DocumentKindName | null;
  readonly input: unknown;
}

/** One line of a summary: a label (a word of the page or one of the package's labels) and its value. */
export type Line = readonly [Word | LocalizedText, string];

/** The summary of the documents of one kind. */
export interface KindSummary {
  readonly kind: DocumentKindName;
  readonly lines: readonly Line[];
  readonly drawings: readonly SVGElement[];
  /** Documents of the kind that do not follow its schema, so are not summed. */
  readonly unreadable: number;
}

interface Settings {
  readonly today: string;
  readonly locale: Locale;
}

function parsed<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } }, documents: readonly ReadDocument[]): { values: T[]; unreadable: number } {
  const values: T[] = [];
  for (const document of documents) {
    const result = schema.safeParse(document.input);
    if (result.success) values.push(result.data);
  }
  return { values, unreadable: documents.length - values.length };
}

const count = (value: number, locale: Locale): string => formatNumber(value, locale);

/** The milestones of a schedule on a timeline, overdue as {@link scheduleProgress} says on `today`. */
export function scheduleTimeline(schedule: MilestoneSchedule, settings: Settings): SVGElement {
  const progress = scheduleProgress(schedule, { today: settings.today });
  const overdue = new Set(progress.phases.flatMap((phase) => phase.overdue.map((item) => item.milestoneId)));
  const items: TimelineItem[] = schedule.phases.flatMap((phase) =>
    phase.milestones.map((milestone) => ({
      id: milestone.id,
      label: `${milestone.id} ${milestone.title}`,
      due: deadlineEnd(milestone.deadline),
      status: milestone.status,
      state: milestoneStatusLabels[milestone.status][settings.locale],
      overdue: overdue.has(milestone.id),
    })),
  );
  return timeline(`${word("timeline", settings.locale)}: ${schedule.title}`, items, settings.today, settings.locale);
}

/** The rows of an action plan on a timeline, overdue as {@link actionPlanProgress} says on `today`. */
export function actionPlanTimeline(plan: ActionPlan, settings: Settings): SVGElement {
  const progress = actionPlanProgress(plan, { today: settings.today });
  const overdue = new Map(progress.overdue.map((item) => [item.rowId, item.due]));
  const upcoming = new Map(progress.upcoming.map((item) => [item.rowId, item.due]));
  const items: TimelineItem[] = plan.rows.flatMap((row) => {
    // A recurring row is drawn where it is due: its missed period, or else its next due day.
    const due = overdue.get(row.id) ?? (row.deadline !== undefined && isOneOffDeadline(row.deadline) ? deadlineEnd(row.deadline) : upcoming.get(row.id));
    return due === undefined ? [] : [{ id: row.id, label: `${row.id} ${row.measure}`, due, status: row.status, state: actionPlanRowStatusLabels[row.status][settings.locale], overdue: overdue.has(row.id) }];
  });
  return timeline(`${word("timeline", settings.locale)}: ${plan.title}`, items, settings.today, settings.locale);
}

/** Summarises the documents of one kind with the package's own summary functions. */
export function summarize(kind: DocumentKindName, documents: readonly ReadDocument[], settings: Settings): KindSummary {
  const { today, locale } = settings;
  const yesNo = (value: boolean): string => word(value ? "yes" : "no", locale);
  switch (kind) {
    case "individual-plan": {
      const { values, unreadable } = parsed(IndividualPlanSchema, documents);
      const lines = values.flatMap((plan): Line[] => {
        const s = summarizePlan(plan, { today });
        return [
          ["status", planStatusLabels[s.status][locale]],
          ["goals", count(s.goals.total, locale)],
          ["measures", count(s.measures.total, locale)],
          ["overdue", count(s.measures.overdue, locale)],
          ["dueSoon", count(s.measures.dueSoon, locale)],
          ["nextRevision", s.nextRevision ?? "–"],
          ["revisionOverdue", yesNo(s.revisionOverdue)],
          ["consentToPlan", yesNo(s.consentToPlan)],
          ["participants", count(s.participants, locale)],
          ["meetingsHeld", count(s.meetingsHeld, locale)],
        ];
      });
      return { kind, lines, drawings: [], unreadable };
    }
    case "action-plan": {
      const { values, unreadable } = parsed(ActionPlanSchema, documents);
      const lines = values.flatMap((plan): Line[] => {
        const p = actionPlanProgress(plan, { today });
        const byStatus = Object.entries(p.byStatus).filter(([, n]) => n > 0).map(([status, n]) => `${actionPlanRowStatusLabels[status as ActionPlanRowStatus][locale]} ${count(n, locale)}`);
        return [["rows", `${count(p.total, locale)} (${byStatus.join(", ")})`], ["overdue", count(p.overdue.length, locale)], ["upcoming", count(p.upcoming.length, locale)], ["undated", count(p.undated.length, locale)]];
      });
      return { kind, lines, drawings: values.map((plan) => actionPlanTimeline(plan, settings)), unreadable };
    }
    case "milestone-schedule": {
      const { values, unreadable } = parsed(MilestoneScheduleSchema, documents);
      const lines = values.flatMap((schedule): Line[] => {
        const t = scheduleProgress(schedule, { today }).totals;
        return [["milestones", count(t.total, locale)], [milestoneStatusLabels.done, count(t.done, locale)], ["overdue", count(t.overdue, locale)], ["upcoming", count(t.upcoming, locale)], [milestoneStatusLabels.cancelled, count(t.cancelled, locale)]];
      });
      return { kind, lines, drawings: values.map((schedule) => scheduleTimeline(schedule, settings)), unreadable };
    }
    case "development-project": {
      const { values, unreadable } = parsed(DevelopmentProjectSchema, documents);
      const lines = values.flatMap((project): Line[] => {
        const s = summarizeDevelopmentProject(project, { today, locale, questionnaire: coordinatingUnitMappingForm });
        return [
          ["stage", developmentProjectStageLabels[s.stage][locale]],
          ["weakAreas", `${count(s.areas.weak, locale)} (${word("addressed", locale)} ${count(s.areas.addressed, locale)})`],
          ["rows", `${count(s.rows.total, locale)} (${actionPlanRowStatusLabels.done[locale]} ${count(s.rows.done, locale)})`],
          ["milestones", `${count(s.milestones.total, locale)} (${milestoneStatusLabels.done[locale]} ${count(s.milestones.done, locale)})`],
        ];
      });
      const drawings = values.flatMap((project) => [actionPlanTimeline(project.actionPlan, settings), scheduleTimeline(project.schedule, settings)]);
      return { kind, lines, drawings, unreadable };
    }
    case "mapping-response": {
      const { values, unreadable } = parsed(MappingResponseSchema, documents);
      const forForm = values.filter((response) => response.questionnaire.id === coordinatingUnitMappingForm.id);
      const s = summarizeMapping(forForm, coordinatingUnitMappingForm);
      return { kind, lines: [["respondents", count(s.respondents.length, locale)], ["items", count(s.items.length, locale)]], drawings: [], unreadable };
    }
    case "municipal-report": {
      const { values, unreadable } = parsed(MunicipalReportSchema, documents);
      const { series } = aggregateReports(values, { by: "county" });
      const lines: Line[] = [["reports", count(values.length, locale)], ["series", count(series.length, locale)]];
      const chart: ChartSeries[] = series.map((s) => ({ key: s.key, name: s.name ?? s.key, points: s.points.map((p) => ({ year: p.year, value: p.total })) }));
      return { kind, lines, drawings: series.length > 0 ? [lineChart(word("chart", locale), chart, locale)] : [], unreadable };
    }
    case "coordination-case": {
      const { values, unreadable } = parsed(CoordinationCaseSchema, documents);
      const open = listOpenCases(values, { today });
      return { kind, lines: [["openCases", count(open.length, locale)], ["overdue", count(open.filter((item) => item.overdue).length, locale)]], drawings: [], unreadable };
    }
    case "pathway-case": {
      const { values, unreadable } = parsed(PathwayCaseSchema, documents);
      return { kind, lines: [["workItems", count(pathwayWorkList(values, { today }).length, locale)]], drawings: [], unreadable };
    }
    case "questionnaire":
    case "evaluation":
      return { kind, lines: [["documents", count(documents.length, locale)]], drawings: [], unreadable: 0 };
  }
}
