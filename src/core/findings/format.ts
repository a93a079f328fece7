import { describeValue, ownOption, resolveLocale } from "../../_lib/options.js";
import type { Locale } from "../locale.js";
import { findingCatalog } from "./catalog/index.js";
import { isFindingCode } from "./codes.js";
import { formatPath } from "./path.js";
import { severityLabels } from "./labels.js";
import type { Finding } from "./types.js";

export { formatPath } from "./path.js";

/**
 * Options for {@link formatFindingsTable}.
 *
 * @example
 * const options: FormatFindingsOptions = { locale: "en", basis: true };
 */
export interface FormatFindingsOptions {
  /** Language of the headers, severity labels and the root path; `nb` when left out. Messages keep their own language. */
  readonly locale?: Locale;
  /**
   * Adds a last column with each finding's basis (grunnlag), the catalog's display string in
   * `locale`: the act, regulation item, guide or practice the finding rests on. Off when left out.
   */
  readonly basis?: boolean;
}

const BASIS_HEADER: Readonly<Record<Locale, string>> = { nb: "Grunnlag", nn: "Grunnlag", en: "Basis" };

const LABELS: Readonly<Record<Locale, { readonly headers: readonly [string, string, string, string]; readonly none: string; readonly root: string }>> = {
  nb: { headers: ["Alvor", "Kode", "Sti", "Melding"], none: "Ingen funn.", root: "(dokumentet)" },
  nn: { headers: ["Alvor", "Kode", "Sti", "Melding"], none: "Ingen funn.", root: "(dokumentet)" },
  en: { headers: ["Severity", "Code", "Path", "Message"], none: "No findings.", root: "(root)" },
};

/**
 * Renders findings as a plain-text table for a terminal: severity, code, path and message, and with
 * `basis: true` the basis of each code as {@link findingCatalog} gives it.
 *
 * @param findings - Findings from any check, in the order to print them.
 * @param options - `locale` for the headers, severity labels, the document root (`(dokumentet)`, `(root)`) and basis; `basis` to add the basis column.
 * @returns The table, one finding a line, or a "no findings" line.
 * @throws TypeError when `findings` is not an array of findings, `options` is not an object or
 *   `basis` is not a boolean; TypeError or RangeError when `locale` is not `nb`, `nn` or `en`;
 *   TypeError when `basis` is true and a finding's code is not one of {@link FINDING_CODES}.
 *
 * @example
 * formatFindingsTable([], { locale: "en" })
 * //=> "No findings."
 *
 * @example
 * const finding: Finding = {
 *   code: "plan/no-goals",
 *   severity: "warning",
 *   path: ["goals"],
 *   message: "The plan has no goals",
 * };
 * formatFindingsTable([finding], { locale: "en", basis: true })
 * //=> "Severity  Code           Path   Message                Basis\n" +
 * //   "--------  -------------  -----  ---------------------  -----\n" +
 * //   "warning   plan/no-goals  goals  The plan has no goals  the regulation on individual plans in welfare services, item a"
 */
export function formatFindingsTable(findings: readonly Finding[], options: FormatFindingsOptions = {}): string {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`formatFindingsTable: options must be an object, got ${describeValue(options)}`);
  }
  const locale = resolveLocale(ownOption(options, "locale"));
  const labels = LABELS[locale];
  const basis = ownOption(options, "basis") ?? false;
  if (typeof basis !== "boolean") throw new TypeError(`formatFindingsTable: options.basis must be true or false, got ${describeValue(basis)}`);
  const list: unknown = findings;
  if (!Array.isArray(list)) throw new TypeError(`formatFindingsTable: findings must be an array, got ${describeValue(findings)}`);
  list.forEach((finding: unknown, index) => {
    if (!isFindingLike(finding)) throw new TypeError(`formatFindingsTable: findings[${index}] is not a finding (severity, code, path, message)`);
  });
  if (basis) {
    findings.forEach((finding, index) => {
      if (!isFindingCode(finding.code)) {
        throw new TypeError(`formatFindingsTable: findings[${index}].code ${describeValue(finding.code)} is not a finding code, so it has no basis`);
      }
    });
  }
  if (findings.length === 0) return labels.none;
  const headers: readonly string[] = basis ? [...labels.headers, BASIS_HEADER[locale]] : labels.headers;
  const rows = findings.map((f): readonly string[] => {
    const row = [severityLabels[f.severity][locale], f.code, f.path.length === 0 ? labels.root : formatPath(f.path), f.message];
    return basis ? [...row, findingCatalog[f.code].basis.display[locale]] : row;
  });
  const last = headers.length - 1;
  const widths = headers.slice(0, last).map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column < last ? cell.padEnd(widths[column]!) : cell)).join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).concat("-".repeat(headers[last]!.length));
  return [line(headers), line(rule), ...rows.map(line)].join("\n");
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
