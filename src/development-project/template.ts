import { describeValue, ownOption, requireOptions } from "../_lib/options.js";
import type { Milestone, MilestoneSchedule } from "../milestones/schema.js";
import { shiftSchedule } from "../milestones/shift-schedule.js";

/** The first month of the seed's template (the information meeting, November 2011). */
const TEMPLATE_START = { year: 2011, month: 11 };

const month = (value: string): Milestone["deadline"] => ({ kind: "month", month: value });
const months = (from: string, to: string): Milestone["deadline"] => ({ kind: "range", from: { kind: "month", month: from }, to: { kind: "month", month: to } });
const planned = (id: string, title: string, deadline: Milestone["deadline"]): Milestone => ({ id, title, deadline, status: "planned" });

/** The seed's milestones, in order: part 1 anchoring, part 2 developing the KE, part 3 execution and evaluation. */
function seedPhases(): MilestoneSchedule["phases"] {
  return [
    {
      id: "del-1",
      title: "Forankring og etablering av utviklingsarbeidet i kommunen",
      milestones: [
        planned("1.1", "Informasjonsmøte i kommunen", months("2011-11", "2012-02")),
        planned("1.2", "Forankring av utviklingsarbeidet i kommunen", month("2012-03")),
        planned("1.3", "Etablering av utviklingsarbeidet i koordinerende enhet i kommunen", month("2012-03")),
      ],
    },
    {
      id: "del-2",
      title: "Utvikling av innholdet og funksjon til koordinerende enhet i kommunen",
      milestones: [
        planned("2.1", "Kartlegging av situasjonen i kommunen", month("2012-04")),
        planned("2.2", "Nettverksmøte", month("2012-04")),
        planned("2.3", "Kompetanse og arbeidsseminar", months("2012-05", "2012-06")),
        planned("2.4", "Beskrivelse av handlingsplan", month("2012-10")),
        planned("2.5", "Nettverksmøte", month("2012-10")),
      ],
    },
    {
      id: "del-3",
      title: "Gjennomføring og evaluering av tiltak og mål for koordinerende enhet i kommunen",
      milestones: [
        planned("3.1", "Gjennomføring av handlingsplan", months("2012-10", "2013-01")),
        planned("3.2", "Evaluering", months("2013-01", "2013-02")),
        planned("3.3", "Formidling av resultat", month("2013-03")),
        planned("3.4", "Drift", { kind: "year", year: 2013 }),
      ],
    },
  ];
}

/**
 * The ids of the template's milestones, in the template's order; `checkDevelopmentProject` looks for
 * them in a project's schedule. `1.1`-`1.3` anchoring, `2.1`-`2.5` developing the coordinating unit
 * (`2.1` the mapping, `2.4` the action plan), `3.1`-`3.4` execution (`3.1`), evaluation (`3.2`),
 * sharing results and regular operation (`3.4`).
 *
 * @example
 * DEVELOPMENT_PROJECT_MILESTONES.slice(-4)
 * //=> ["3.1", "3.2", "3.3", "3.4"]
 */
export const DEVELOPMENT_PROJECT_MILESTONES: readonly string[] = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4"];

/**
 * Options for {@link developmentProjectTemplate}.
 *
 * @example
 * const options: DevelopmentProjectTemplateOptions = { id: "fjordvik-milepælar", startMonth: "2023-11" };
 */
export interface DevelopmentProjectTemplateOptions {
  /** The schedule's id. */
  readonly id: string;
  /** The schedule's title; the seed's heading when left out. */
  readonly title?: string;
  /** The month of the first milestone (`YYYY-MM`); November 2011, as in the seed, when left out. */
  readonly startMonth?: string;
}

/**
 * The seed's three-part milestone template (milepæl og fremdriftsplan) as a schedule to start from:
 * part 1 anchoring and establishing, part 2 developing the coordinating unit (mapping, network
 * meetings, workshop, action plan), part 3 execution and evaluation (carrying out the plan, the
 * evaluation meeting, sharing results, regular operation). Every milestone is `planned`; with
 * `startMonth` the whole schedule moves so that it starts that month, keeping each deadline's precision.
 *
 * @param options - `id`, and optionally `title` and `startMonth`.
 * @returns A new milestone schedule of twelve milestones in three phases.
 * @throws TypeError when `options` is not an object or `id` is not a non-empty string; RangeError when
 *   `startMonth` is not a month written `YYYY-MM`.
 *
 * @example
 * developmentProjectTemplate({ id: "s", startMonth: "2023-11" }).phases[2].milestones.map((m) => m.deadline)
 * //=> [
 * //  { kind: "range", from: { kind: "month", month: "2024-10" }, to: { kind: "month", month: "2025-01" } },
 * //  { kind: "range", from: { kind: "month", month: "2025-01" }, to: { kind: "month", month: "2025-02" } },
 * //  { kind: "month", month: "2025-03" },
 * //  { kind: "year", year: 2025 },
 * //]
 */
export function developmentProjectTemplate(options: DevelopmentProjectTemplateOptions): MilestoneSchedule {
  requireOptions(options, "developmentProjectTemplate");
  const id: unknown = ownOption(options, "id");
  if (typeof id !== "string" || id === "") throw new TypeError(`developmentProjectTemplate: id must be a non-empty string, got ${describeValue(id)}`);
  const title: unknown = ownOption(options, "title");
  if (title !== undefined && (typeof title !== "string" || title === "")) {
    throw new TypeError(`developmentProjectTemplate: title must be a non-empty string, got ${describeValue(title)}`);
  }
  const schedule: MilestoneSchedule = {
    kind: "milestone-schedule",
    id,
    title: typeof title === "string" ? title : "Milepæl og fremdriftsplan for utviklingsarbeidet",
    phases: seedPhases(),
  };
  const start: unknown = ownOption(options, "startMonth");
  if (start === undefined) return schedule;
  const match = typeof start === "string" ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(start) : null;
  if (match === null) throw new RangeError(`developmentProjectTemplate: startMonth must be a month written YYYY-MM, got ${describeValue(start)}`);
  const shift = (Number(match[1]) - TEMPLATE_START.year) * 12 + Number(match[2]) - TEMPLATE_START.month;
  return shift === 0 ? schedule : shiftSchedule(schedule, { months: shift });
}
