// Test helper: FHIR JSON rules medplum lets through (FHIR.md § 3): no "", [], {} or null anywhere;
// a dateTime or instant with a time carries seconds and a time zone; Period.start <= Period.end (per-1).
import { type FhirNode, isJsonObject } from "./_walk.js";

/** Which check found a problem. */
export type FhirCheck = "medplum" | "reference" | "binding" | "code-system" | "empty" | "date-time" | "period" | "full-url";

/** One problem checkFhir found: which check, where, and what (English, for the test's failure message). */
export interface FhirProblem {
  /** The check that found it. */
  readonly check: FhirCheck;
  /** Where: `Bundle.entry[1].resource.status`. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
}

/**
 * The empty and null values anywhere in a JSON value (FHIR JSON forbids "", [], {} and null).
 *
 * @param value - Any JSON value.
 * @param path - Its report path.
 * @returns One problem per empty or null value.
 * @example
 * emptyValueProblems({ name: [] }, "Patient")
 * //=> [{ check: "empty", path: "Patient.name", message: "empty array" }]
 */
export function emptyValueProblems(value: unknown, path: string): FhirProblem[] {
  if (value === null) return [{ check: "empty", path, message: "null value" }];
  if (value === "") return [{ check: "empty", path, message: "empty string" }];
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ check: "empty", path, message: "empty array" }];
    // In a `_given` array, null keeps the place of a value without extensions: allowed there.
    const placeholders = /\._[^.[]+$/.test(path);
    return value.flatMap((item, index) => (placeholders && item === null ? [] : emptyValueProblems(item, `${path}[${index}]`)));
  }
  if (!isJsonObject(value)) return [];
  const entries = Object.entries(value);
  if (entries.length === 0) return [{ check: "empty", path, message: "empty object" }];
  return entries.flatMap(([key, item]) => emptyValueProblems(item, `${path}.${key}`));
}

const DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const HOUR = 3_600_000;

/**
 * A dateTime or instant that has a time but lacks seconds or a time zone.
 *
 * @param node - A visited value.
 * @returns The problem, or undefined when the value is fine or not a dateTime.
 * @example
 * dateTimeProblem({ value: "2024-05-01T10:00", type: "dateTime", path: "Consent.dateTime", ... })
 * //=> { check: "date-time", path: "Consent.dateTime", message: "time without seconds or time zone: 2024-05-01T10:00" }
 */
export function dateTimeProblem(node: FhirNode): FhirProblem | undefined {
  if ((node.type !== "dateTime" && node.type !== "instant") || typeof node.value !== "string" || !node.value.includes("T")) return undefined;
  const match = DATE_TIME.exec(node.value);
  if (match?.[6] !== undefined && match[7] !== undefined) return undefined;
  return { check: "date-time", path: node.path, message: `time without seconds or time zone: ${node.value}` };
}

/** The instants a partial date or dateTime can stand for: [earliest, latest] in ms, and whether it has a time. */
function bounds(value: string): { lo: number; hi: number; timed: boolean } | undefined {
  const m = DATE_TIME.exec(value);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  if (h === undefined) {
    if (mo === undefined) return { lo: Date.UTC(year, 0, 1), hi: Date.UTC(year + 1, 0, 1) - 1, timed: false };
    if (d === undefined) return { lo: Date.UTC(year, Number(mo) - 1, 1), hi: Date.UTC(year, Number(mo), 1) - 1, timed: false };
    return { lo: Date.UTC(year, Number(mo) - 1, Number(d)), hi: Date.UTC(year, Number(mo) - 1, Number(d) + 1) - 1, timed: false };
  }
  const local = Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  const slack = s === undefined ? 59_999 : 999;
  if (zone === undefined) return { lo: local - 14 * HOUR, hi: local + 14 * HOUR + slack, timed: true };
  const offset = zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * HOUR + Number(zone.slice(4, 6)) * 60_000);
  return { lo: local - offset, hi: local - offset + slack, timed: true };
}

/**
 * A Period whose start lies after its end (per-1), comparing partial dates by what they cover:
 * `end: "2012-03"` covers all of March; a date without a time may be in any time zone.
 *
 * @param node - A visited value.
 * @returns The problem, or undefined when the value is fine or not a Period.
 * @example
 * periodProblem({ type: "Period", value: { start: "2012-04", end: "2012-03-31" }, path: "CarePlan.period", ... })
 * //=> { check: "period", path: "CarePlan.period", message: "per-1: start 2012-04 after end 2012-03-31" }
 */
export function periodProblem(node: FhirNode): FhirProblem | undefined {
  if (node.type !== "Period" || !isJsonObject(node.value)) return undefined;
  const { start, end } = node.value;
  if (typeof start !== "string" || typeof end !== "string") return undefined;
  const from = bounds(start);
  const to = bounds(end);
  if (from === undefined || to === undefined) return undefined;
  const mixed = from.timed !== to.timed;
  const lo = from.lo - (mixed && !from.timed ? 14 * HOUR : 0);
  const hi = to.hi + (mixed && !to.timed ? 14 * HOUR : 0);
  return lo > hi ? { check: "period", path: node.path, message: `per-1: start ${start} after end ${end}` } : undefined;
}
