// Printing the bench as Markdown tables: one row per ratio or figure, with its target and whether the
// median (or the figure) keeps it. Rows print as they are measured, so a long run shows progress.
import { type BenchCase, formatTarget, meetsTarget, type Target } from "./_case.js";
import type { Figure } from "./_figure.js";
import type { RatioMeasurement } from "./_measure.js";

/**
 * One target checked in the run, kept for the summary at the end.
 *
 * @example
 * const outcome: TargetOutcome = { name: "validateIndividualPlan / JSON.parse (UTC)", shown: "5.41x", target: "<= 1.0x", met: false };
 */
export interface TargetOutcome {
  readonly name: string;
  readonly shown: string;
  readonly target: string;
  readonly met: boolean;
}

/**
 * A ratio as text with about three significant digits: 0.061x, 5.41x, 16.2x, 212x.
 *
 * @example
 * formatRatio(16.23)
 * //=> "16.2x"
 */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value >= 100) return `${value.toFixed(0)}x`;
  if (value >= 10) return `${value.toFixed(1)}x`;
  if (value >= 1) return `${value.toFixed(2)}x`;
  return `${value.toPrecision(2)}x`;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|");
}

function metCell(met: boolean | undefined): string {
  if (met === undefined) return "";
  return met ? "yes" : "**no**";
}

/**
 * Prints the heading and the table head of a group of ratios.
 *
 * @example
 * printRatioHead("deadlines")
 */
export function printRatioHead(group: string): void {
  console.log(`\n## ${group}\n`);
  console.log("| case | / baseline | median | p10..p90 | min..max | target | met |");
  console.log("|---|---|---:|---:|---:|---|---|");
}

/**
 * Prints one measured ratio (or the error that stopped it) and returns its target outcome, if any.
 *
 * @example
 * printRatioRow(benchCase, measurement, undefined)
 */
export function printRatioRow(benchCase: BenchCase, measurement: RatioMeasurement | undefined, error: string | undefined): TargetOutcome | undefined {
  const target = formatTarget(benchCase.target, "x");
  const base = cell(benchCase.baseline ?? "");
  if (measurement === undefined) {
    console.log(`| ${cell(benchCase.name)} | ${base} | error: ${cell(error ?? "not measured")} | | | ${target} | |`);
    return benchCase.target === undefined ? undefined : { name: benchCase.name, shown: "error", target, met: false };
  }
  const met = meetsTarget(measurement.median, benchCase.target);
  const spread = `${formatRatio(measurement.p10)}..${formatRatio(measurement.p90)}`;
  const range = `${formatRatio(measurement.min)}..${formatRatio(measurement.max)}`;
  console.log(`| ${cell(benchCase.name)} | ${base} | ${formatRatio(measurement.median)} | ${spread} | ${range} | ${target} | ${metCell(met)} |`);
  return met === undefined ? undefined : { name: benchCase.name, shown: formatRatio(measurement.median), target, met };
}

/**
 * Prints the notes of a group's cases under its table.
 *
 * @example
 * printNotes([{ name: "a", fn: () => 1, note: "built once" }])
 */
export function printNotes(notes: readonly { readonly name: string; readonly note?: string }[]): void {
  const withNotes = notes.filter((item) => item.note !== undefined);
  if (withNotes.length === 0) return;
  console.log("");
  for (const item of withNotes) console.log(`- ${item.name}: ${item.note ?? ""}`);
}

/**
 * Prints the heading and the table head of the figures.
 *
 * @example
 * printFigureHead("figures")
 */
export function printFigureHead(group: string): void {
  console.log(`\n## ${group}\n`);
  console.log("| source | figure | value | target | met | note |");
  console.log("|---|---|---:|---|---|---|");
}

function formatValue(value: number, unit: string): string {
  const shown = Number.isInteger(value) ? value.toLocaleString("en") : value.toFixed(value >= 100 ? 0 : 2);
  return unit === "" ? shown : `${shown} ${unit}`;
}

/**
 * Prints one figure and returns its target outcome, if any.
 *
 * @example
 * printFigureRow("bench inputs", { name: "realistic plan JSON", value: 10662, unit: "B" })
 */
export function printFigureRow(source: string, figure: Figure): TargetOutcome | undefined {
  const target: Target | undefined = figure.target;
  const shownTarget = formatTarget(target, figure.unit === "" ? "" : ` ${figure.unit}`);
  const met = meetsTarget(figure.value, target);
  const shown = formatValue(figure.value, figure.unit);
  console.log(`| ${cell(source)} | ${cell(figure.name)} | ${shown} | ${shownTarget} | ${metCell(met)} | ${cell(figure.note ?? "")} |`);
  return met === undefined ? undefined : { name: figure.name, shown, target: shownTarget, met };
}

/**
 * Prints the line of a figure provider that threw, instead of its figures.
 *
 * @example
 * printFigureError("gzip sizes", new Error("esbuild not found"))
 */
export function printFigureError(source: string, error: unknown): void {
  console.log(`| ${cell(source)} | error: ${cell(error instanceof Error ? error.message : String(error))} | | | | |`);
}

/**
 * Prints how many targets the run met, and lists those it missed.
 *
 * @example
 * printSummary([{ name: "a", shown: "5.41x", target: "<= 1.0x", met: false }])
 */
export function printSummary(outcomes: readonly TargetOutcome[]): void {
  const missed = outcomes.filter((outcome) => !outcome.met);
  if (outcomes.length === 0) {
    console.log("\n## targets\n\nNo case in this run has a target.");
    return;
  }
  console.log(`\n## targets\n\n${outcomes.length - missed.length} of ${outcomes.length} targets met (a ratio by its median).`);
  for (const outcome of missed) console.log(`- missed: ${outcome.name}: ${outcome.shown} (target ${outcome.target})`);
}
