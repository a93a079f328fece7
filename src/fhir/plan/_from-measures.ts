// Reading CarePlan activities back into measures, and scheduled[x] back into deadlines.
import { DeadlineSchema } from "../../core/dates/deadline.js";
import { parseDeadline } from "../../core/dates/parse-deadline.js";
import { FHIR_CORE_EXTENSION_URLS as CORE, FHIR_EXTENSION_URLS as X } from "../extensions.js";
import { MEASURE_STATUS } from "./_to-measures.js";
import { codeOf, compact, dateOf, exts, ext, isObj, type Obj, objs, type Path, type Reader, refId, report, some, str } from "./_read.js";

const FROM_STATUS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(MEASURE_STATUS).map(([ours, fhir]) => [fhir, ours]));
// Codes the export does not write, read as the nearest measure status.
const OTHER_STATUS: Readonly<Record<string, string>> = { scheduled: "planned", stopped: "cancelled" };

function point(value: unknown): Obj | undefined {
  if (typeof value !== "string") return undefined;
  if (/^\d{4}$/.test(value)) return { kind: "year", year: Number(value) };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { kind: "month", month: value };
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? { kind: "date", date: day } : undefined;
}

function fromPeriod(period: Obj): Obj | undefined {
  const start = point(period["start"]);
  const end = point(period["end"]);
  if (end === undefined) return undefined;
  if (period["start"] === undefined) return end;
  if (start === undefined) return undefined;
  const range = ext(period, X["deadline-range"])?.["valueBoolean"] === true;
  return period["start"] === period["end"] && !range ? end : { kind: "range", from: start, to: end };
}

const PER_MONTHS: Readonly<Record<number, string>> = { 1: "month", 3: "quarter", 6: "half-year" };

function fromTiming(reader: Reader, timing: Obj, path: Path): Obj | undefined {
  const repeat = isObj(timing["repeat"]) ? timing["repeat"] : {};
  const bounds = isObj(repeat["boundsPeriod"]) ? repeat["boundsPeriod"] : {};
  const starts = dateOf(reader, bounds["start"], [...path, "repeat", "boundsPeriod", "start"]);
  const { frequency, period, periodUnit } = repeat;
  const kind = codeOf(reader, timing["code"], "recurrence-kind", [...path, "code"]) ?? inferKind(repeat);
  const base = { kind: "recurrence", starts };
  switch (kind) {
    case "times-per-year":
      return compact({ ...base, frequency: kind, times: frequency });
    case "every":
      return compact({ ...base, frequency: kind, interval: period, unit: periodUnit === "wk" ? "week" : "month" });
    case "times-per":
      return compact({ ...base, frequency: kind, times: frequency, per: typeof period === "number" ? PER_MONTHS[period] : undefined });
    case "yearly-by":
      return compact({ ...base, frequency: kind, month: ext(repeat, X["timing-month-of-year"])?.["valuePositiveInt"], day: ext(repeat, CORE.dayOfMonth)?.["valuePositiveInt"] });
    default:
      return undefined;
  }
}

/** The recurrence kind a Timing without our code reads as. */
function inferKind(repeat: Obj): string | undefined {
  const { frequency, period, periodUnit } = repeat;
  if (periodUnit === "a" && period === 1) return ext(repeat, CORE.dayOfMonth) === undefined ? "times-per-year" : "yearly-by";
  if ((periodUnit === "wk" || periodUnit === "mo") && frequency === 1) return "every";
  if (periodUnit === "mo" && typeof period === "number" && PER_MONTHS[period] !== undefined) return "times-per";
  return undefined;
}

/** The deadline of an activity's detail: structured first, then the text kept beside it. */
function deadlineOf(reader: Reader, detail: Obj, path: Path): Obj | undefined {
  const element = isObj(detail["scheduledPeriod"]) ? detail["scheduledPeriod"] : isObj(detail["scheduledTiming"]) ? detail["scheduledTiming"] : undefined;
  const text = str(detail["scheduledString"]) ?? str(ext(element, CORE.originalText)?.["valueString"]);
  if (element === undefined && text === undefined) return undefined;
  const structured = element === undefined ? undefined : "repeat" in element || "code" in element ? fromTiming(reader, element, [...path, "scheduledTiming"]) : fromPeriod(element);
  if (structured !== undefined && DeadlineSchema.safeParse(structured).success) return structured;
  const parsed = parseDeadline(text);
  if (parsed.ok) return { ...parsed.deadline };
  report(reader, "fhir/invalid-value", [...path, element === undefined ? "scheduledString" : "scheduled"]);
  return undefined;
}

export function readMeasure(reader: Reader, activity: Obj, path: Path): Obj | undefined {
  const detail = isObj(activity["detail"]) ? activity["detail"] : undefined;
  if (detail === undefined) return undefined;
  const detailPath = [...path, "detail"];
  const id = str(ext(activity, X["measure-id"])?.["valueString"]);
  if (id === undefined) {
    report(reader, "fhir/missing-element", path, { element: "measure-id" });
    return undefined;
  }
  const code = str(detail["status"]);
  const status = code === undefined ? undefined : (FROM_STATUS[code] ?? OTHER_STATUS[code]);
  if (code !== undefined && status === undefined) report(reader, "fhir/unknown-code", [...detailPath, "status"]);
  const implied = ext(detail, X["implied-default"])?.["valueBoolean"] === true;
  const goalIds = objs(detail["goal"]).flatMap((ref, i) => refId(reader, ref, "goal", [...detailPath, "goal", i]) ?? []);
  const performer = objs(detail["performer"])[0];
  return compact({
    id,
    title: str(ext(activity, CORE.activityTitle)?.["valueString"]),
    goalIds: some(goalIds),
    responsibleId: performer === undefined ? undefined : refId(reader, performer, "participant", [...detailPath, "performer", 0]),
    scope: str(ext(detail, X["measure-scope"])?.["valueString"]),
    implementation: str(detail["description"]),
    deadline: deadlineOf(reader, detail, detailPath),
    status: implied ? undefined : status,
    doneOn: dateOf(reader, ext(detail, X["measure-done-on"])?.["valueDate"], detailPath),
    carriedOutOn: some(exts(detail, X["measure-carried-out-on"]).flatMap((e) => dateOf(reader, e["valueDate"], detailPath) ?? [])),
    startOn: dateOf(reader, ext(detail, X["measure-start-on"])?.["valueDate"], detailPath),
  });
}
