import { describeValue, ownOption, resolveLocale } from "../../_lib/options.js";
import type { Locale } from "../locale.js";
import type { Finding, FindingPath, Severity } from "./types.js";

/**
 * Options for {@link formatFindingsTable}.
 *
 * @example
 * const options: FormatFindingsOptions = { locale: "en" };
 */
export interface FormatFindingsOptions {
  /** Language of the headers, severity labels and the root path; `nb` when left out. Messages keep their own language. */
  readonly locale?: Locale;
}

const LABELS: Readonly<Record<Locale, { readonly headers: readonly [string, string, string, string]; readonly none: string; readonly root: string; readonly severity: Readonly<Record<Severity, string>> }>> = {
  nb: { headers: ["Alvor", "Kode", "Sti", "Melding"], none: "Ingen funn.", root: "(dokumentet)", severity: { error: "feil", warning: "advarsel", info: "info" } },
  nn: { headers: ["Alvor", "Kode", "Sti", "Melding"], none: "Ingen funn.", root: "(dokumentet)", severity: { error: "feil", warning: "åtvaring", info: "info" } },
  en: { headers: ["Severity", "Code", "Path", "Message"], none: "No findings.", root: "(root)", severity: { error: "error", warning: "warning", info: "info" } },
};

/**
 * Writes a path the way a reader scans it: `measures[2].deadline`.
 *
 * @param path - A finding's path.
 * @returns The path as text; the document itself is written `(root)`.
 * @throws TypeError when `path` is not an array of strings and numbers.
 *
 * @example
 * formatPath(["measures", 2, "deadline"])
 * //=> "measures[2].deadline"
 */
export function formatPath(path: FindingPath): string {
  const keys: unknown = path;
  if (!Array.isArray(keys) || !keys.every((key) => typeof key === "string" || typeof key === "number")) {
    throw new TypeError(`formatPath: path must be an array of strings and numbers, got ${describeValue(path)}`);
  }
  if (path.length === 0) return "(root)";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

/**
 * Renders findings as a plain-text table for a terminal: severity, code, path and message.
 *
 * @param findings - Findings from any check, in the order to print them.
 * @param options - `locale` for the headers, severity labels and the document root (`(dokumentet)`, `(root)`).
 * @returns The table, one finding a line, or a "no findings" line.
 * @throws TypeError when `findings` is not an array of findings or `options` is not an object;
 *   TypeError or RangeError when `locale` is not `nb`, `nn` or `en`.
 *
 * @example
 * formatFindingsTable([], { locale: "en" })
 * //=> "No findings."
 */
export function formatFindingsTable(findings: readonly Finding[], options: FormatFindingsOptions = {}): string {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`formatFindingsTable: options must be an object, got ${describeValue(options)}`);
  }
  const labels = LABELS[resolveLocale(ownOption(options, "locale"))];
  const list: unknown = findings;
  if (!Array.isArray(list)) throw new TypeError(`formatFindingsTable: findings must be an array, got ${describeValue(findings)}`);
  list.forEach((finding: unknown, index) => {
    if (!isFindingLike(finding)) throw new TypeError(`formatFindingsTable: findings[${index}] is not a finding (severity, code, path, message)`);
  });
  if (findings.length === 0) return labels.none;
  const rows = findings.map((f) => [labels.severity[f.severity], f.code, f.path.length === 0 ? labels.root : formatPath(f.path), f.message] as const);
  const widths = [0, 1, 2].map((column) =>
    Math.max(labels.headers[column]!.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).concat("-".repeat(labels.headers[3].length));
  return [line(labels.headers), line(rule), ...rows.map(line)].join("\n");
}

function isFindingLike(value: unknown): value is Finding {
  if (value === null || typeof value !== "object") return false;
  const [severity, code, path, message]: unknown[] = ["severity", "code", "path", "message"].map((key) => Reflect.get(value, key));
  return (
    (severity === "error" || severity === "warning" || severity === "info") &&
    typeof code === "string" &&
    typeof message === "string" &&
    Array.isArray(path) &&
    path.every((key) => typeof key === "string" || typeof key === "number")
  );
}
