import type { Locale } from "../locale.js";
import type { Finding, FindingPath, Severity } from "./types.js";

/**
 * Options for {@link formatFindingsTable}.
 *
 * @example
 * const options: FormatFindingsOptions = { locale: "en" };
 */
export interface FormatFindingsOptions {
  /** Language of the headers and severity labels; `nb` when left out. Messages keep their own language. */
  readonly locale?: Locale;
}

const LABELS: Readonly<Record<Locale, { readonly headers: readonly [string, string, string, string]; readonly none: string; readonly severity: Readonly<Record<Severity, string>> }>> = {
  nb: { headers: ["Alvor", "Kode", "Sti", "Melding"], none: "Ingen funn.", severity: { error: "feil", warning: "advarsel", info: "info" } },
  nn: { headers: ["Alvor", "Kode", "Sti", "Melding"], none: "Ingen funn.", severity: { error: "feil", warning: "åtvaring", info: "info" } },
  en: { headers: ["Severity", "Code", "Path", "Message"], none: "No findings.", severity: { error: "error", warning: "warning", info: "info" } },
};

/**
 * Writes a path the way a reader scans it: `measures[2].deadline`.
 *
 * @param path - A finding's path.
 * @returns The path as text; the document itself is written `(root)`.
 *
 * @example
 * formatPath(["measures", 2, "deadline"])
 * //=> "measures[2].deadline"
 */
export function formatPath(path: FindingPath): string {
  if (path.length === 0) return "(root)";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

/**
 * Renders findings as a plain-text table for a terminal: severity, code, path and message.
 *
 * @param findings - Findings from any check, in the order to print them.
 * @param options - `locale` for the headers and severity labels.
 * @returns The table, one finding a line, or a "no findings" line.
 *
 * @example
 * formatFindingsTable([], { locale: "en" })
 * //=> "No findings."
 */
export function formatFindingsTable(findings: readonly Finding[], options: FormatFindingsOptions = {}): string {
  const labels = LABELS[options.locale ?? "nb"];
  if (findings.length === 0) return labels.none;
  const rows = findings.map((f) => [labels.severity[f.severity], f.code, formatPath(f.path), f.message] as const);
  const widths = [0, 1, 2].map((column) =>
    Math.max(labels.headers[column]!.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).concat("-".repeat(labels.headers[3].length));
  return [line(labels.headers), line(rule), ...rows.map(line)].join("\n");
}
