// What `check` prints, in one of three formats: a table for people, one JSON document, or NDJSON
// (a record a line). Only codes, severities, paths, messages, the source's index or line and the
// document's own id are printed: never other content of a document.
import { findingCatalog } from "../core/findings/catalog/index.js";
import { formatFindingsTable } from "../core/findings/format.js";
import { severityLabels } from "../core/findings/labels.js";
import type { Finding, Severity } from "../core/findings/types.js";
import type { Locale } from "../core/locale.js";
import { DOCUMENT_KINDS, type DocumentKindName } from "../documents/kinds.js";
import type { DocumentValidation } from "../documents/validate.js";
import { CHECK_TEXT } from "./check-text.js";
import type { DocumentItem, InputErrorItem } from "./input.js";
import type { Output } from "./io.js";
import { COMMON_TEXT, decimal } from "./text.js";

/** The totals of a run. */
export interface CheckSummary {
  readonly today: string;
  readonly documents: number;
  /** Documents by kind (`unknown` for a document whose kind is not known), in the order of DOCUMENT_KINDS. */
  readonly byKind: Readonly<Partial<Record<DocumentKindName | "unknown", number>>>;
  readonly findings: Readonly<Record<Severity, number>>;
  readonly inputErrors: number;
  readonly elapsedMs: number;
}

/** How a report is written. */
export interface ReportSettings {
  readonly format: "table" | "json" | "ndjson";
  readonly locale: Locale;
  readonly today: string;
  readonly todayFromClock: boolean;
  readonly basis: boolean;
}

/** The writer of one run's report. */
export interface CheckReport {
  readonly start: () => Promise<void>;
  readonly document: (item: DocumentItem, result: DocumentValidation) => Promise<void>;
  readonly inputError: (item: InputErrorItem) => Promise<void>;
  readonly end: (summary: CheckSummary) => Promise<void>;
}

/** Where an item is: the source, then `:line` for NDJSON or `[index]` for an array. */
export function placeOf(item: { readonly source: string; readonly line?: number; readonly index?: number; readonly listed?: boolean }): string {
  if (item.line !== undefined) return `${item.source}:${item.line}`;
  return item.listed === true && item.index !== undefined ? `${item.source}[${item.index}]` : item.source;
}

/** The document's own `id`, when it is text; control characters dropped and kept short. */
export function documentId(value: unknown): string | undefined {
  const id: unknown = value !== null && typeof value === "object" && !Array.isArray(value) ? Reflect.get(value, "id") : undefined;
  if (typeof id !== "string") return undefined;
  const clean = id.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

function findingRecord(finding: Finding, settings: ReportSettings): Finding | Record<string, unknown> {
  // A finding is already code, severity, path, message and params, in that order.
  if (!settings.basis) return finding;
  const record: Record<string, unknown> = { code: finding.code, severity: finding.severity, path: finding.path, message: finding.message };
  if (finding.params !== undefined) record["params"] = finding.params;
  record["basis"] = findingCatalog[finding.code].basis.display[settings.locale];
  return record;
}

function documentRecord(item: DocumentItem, result: DocumentValidation, settings: ReportSettings, type?: string): Record<string, unknown> {
  const record: Record<string, unknown> = type === undefined ? { source: item.source, index: item.index } : { type, source: item.source, index: item.index };
  if (item.line !== undefined) record["line"] = item.line;
  record["kind"] = result.kind;
  const id = documentId(item.value);
  if (id !== undefined) record["id"] = id;
  record["ok"] = result.validation.ok;
  record["findings"] = settings.basis ? result.validation.findings.map((finding) => findingRecord(finding, settings)) : result.validation.findings;
  return record;
}

function errorRecord(item: InputErrorItem): Record<string, unknown> {
  const record: Record<string, unknown> = { source: item.source, problem: item.problem };
  if (item.line !== undefined) record["line"] = item.line;
  if (item.column !== undefined) record["column"] = item.column;
  return record;
}

function summaryRecord(summary: CheckSummary): Record<string, unknown> {
  return { ...summary };
}

/** The report of a run in the chosen format, written to `out`. */
export function createReport(settings: ReportSettings, out: Output): CheckReport {
  if (settings.format === "ndjson") {
    return {
      start: async () => {},
      document: (item, result) => out.write(`${JSON.stringify(documentRecord(item, result, settings, "document"))}\n`),
      inputError: (item) => out.write(`${JSON.stringify({ type: "input-error", ...errorRecord(item) })}\n`),
      end: (summary) => out.write(`${JSON.stringify({ type: "summary", ...summaryRecord(summary) })}\n`),
    };
  }
  if (settings.format === "json") {
    let first = true;
    const errors: Record<string, unknown>[] = [];
    return {
      start: () => out.write(`{"today":${JSON.stringify(settings.today)},"documents":[`),
      document: (item, result) => {
        const text = `${first ? "\n" : ",\n"}${JSON.stringify(documentRecord(item, result, settings))}`;
        first = false;
        return out.write(text);
      },
      inputError: async (item) => {
        errors.push(errorRecord(item));
      },
      end: (summary) => out.write(`${first ? "" : "\n"}],"inputErrors":${JSON.stringify(errors)},"summary":${JSON.stringify(summaryRecord(summary))}}\n`),
    };
  }
  return tableReport(settings, out);
}

function tableReport(settings: ReportSettings, out: Output): CheckReport {
  const text = CHECK_TEXT[settings.locale];
  const common = COMMON_TEXT[settings.locale];
  return {
    start: () => out.write(`${text.header(settings.today, settings.todayFromClock)}\n`),
    document: async (item, result) => {
      const id = documentId(item.value);
      const kind = common.kind[result.kind ?? "unknown"];
      const findings = result.validation.findings;
      const count = findings.length === 0 ? text.noFindings : text.findingCount(findings.length);
      await out.write(`\n${placeOf(item)} · ${kind}${id === undefined ? "" : ` ${id}`} · ${count}\n`);
      if (findings.length > 0) await out.write(`${findingTable(findings, settings)}\n`);
    },
    inputError: async () => {},
    end: (summary) => out.write(`\n${summaryLines(summary, settings.locale).join("\n")}\n`),
  };
}

function findingTable(findings: readonly Finding[], settings: ReportSettings): string {
  // The library's own table, indented under the document's line; --basis is its basis column.
  return formatFindingsTable(findings, { locale: settings.locale, basis: settings.basis })
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

/** The summary for people: documents by kind, findings by severity, input errors and time. */
export function summaryLines(summary: CheckSummary, locale: Locale): string[] {
  const text = CHECK_TEXT[locale];
  const common = COMMON_TEXT[locale];
  const kinds = [...DOCUMENT_KINDS, "unknown" as const].flatMap((kind) => {
    const count = summary.byKind[kind];
    return count === undefined ? [] : [`${common.kind[kind]}: ${count}`];
  });
  const severities = (["error", "warning", "info"] as const).map((s) => {
    const count = summary.findings[s];
    return `${count} ${count === 1 ? severityLabels[s][locale] : common.severities[s]}`;
  });
  return [
    `${text.summaryTitle}`,
    `  ${text.documents}: ${summary.documents}${kinds.length > 0 ? ` (${kinds.join(", ")})` : ""}`,
    `  ${text.findings}: ${severities.join(", ")}`,
    `  ${text.inputErrors}: ${summary.inputErrors}`,
    `  ${text.time}: ${decimal(summary.elapsedMs / 1000, 2, locale)} ${text.seconds}`,
  ];
}
