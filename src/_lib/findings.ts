// Internal: from what rules report to the findings a caller gets. Severities and messages come from
// the definition table of the checker that ran (its rules' codes and the schema codes), never from the
// whole catalog, so that one concept's checks do not load the other concepts' messages.
import type * as z from "zod";
import { schemaFindings as schemaDefinitions } from "../core/findings/catalog/schema.js";
import { type FindingCode, isFindingCode } from "../core/findings/codes.js";
import { fillTemplate } from "../core/findings/template.js";
import type {
  Finding,
  FindingDefinition,
  FindingParams,
  FindingPath,
  RuleSetting,
  Severity,
} from "../core/findings/types.js";
import type { Locale } from "../core/locale.js";
import type { RuleFinding } from "./engine/rule.js";

/** Definitions by code: a checker's own codes and the schema codes. */
export type DefinitionTable = Readonly<Partial<Record<FindingCode, FindingDefinition>>>;

/** The settings that shape findings, already read: the locale and the caller's per-code rules. */
export interface FindingSettings {
  readonly locale: Locale;
  /** Only configurable codes are ever set (the option check refuses `schema/...`). */
  readonly rules: Readonly<Partial<Record<FindingCode, RuleSetting>>> | undefined;
}

/** The schema codes with the given table: what a checker can report. */
export function withSchemaCodes(table: DefinitionTable): DefinitionTable {
  return { ...schemaDefinitions, ...table };
}

/**
 * Applies the caller's rule settings, writes messages in their locale and sorts by path, then code.
 *
 * @throws Error when a rule reports a code its table does not describe (a programming error).
 */
export function finalizeFindings(raw: readonly RuleFinding[], table: DefinitionTable, settings: FindingSettings): Finding[] {
  const findings: Finding[] = [];
  for (const { code, path, params } of raw) {
    const definition = table[code];
    if (definition === undefined) throw new Error(`finding code ${code} has no definition in this checker`);
    const setting = settings.rules?.[code] ?? definition.severity;
    if (setting === "off") continue;
    findings.push(makeFinding(code, definition, setting, path, params, settings.locale));
  }
  return findings.sort(compareFindings);
}

function makeFinding(
  code: FindingCode,
  definition: FindingDefinition,
  severity: Severity,
  path: FindingPath,
  params: FindingParams | undefined,
  locale: Locale,
): Finding {
  const message = fillTemplate(definition.messages[locale], params, locale);
  return params === undefined ? { code, severity, path, message } : { code, severity, path, message, params };
}

/** Orders findings by path (element by element, numbers before strings), then by code. */
export function compareFindings(a: Finding, b: Finding): number {
  const length = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < length; i++) {
    const order = compareKeys(a.path[i]!, b.path[i]!);
    if (order !== 0) return order;
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

type SchemaCode = keyof typeof schemaDefinitions;

const ZOD_CODES: Readonly<Record<string, SchemaCode>> = {
  invalid_type: "schema/invalid-type",
  invalid_value: "schema/invalid-value",
  invalid_format: "schema/invalid-format",
  too_small: "schema/too-small",
  too_big: "schema/too-big",
  unrecognized_keys: "schema/unrecognized-keys",
};

export { zodErrorMap } from "./zod-messages.js";

/**
 * Turns zod issues into findings (always errors), with our words for zod's issues in the caller's locale (see zod-messages.ts). A
 * custom issue whose params carry a code of the table keeps that code and its params.
 */
export function schemaFindings(issues: readonly z.core.$ZodIssue[], table: DefinitionTable, locale: Locale): Finding[] {
  return issues.flatMap((issue) => issueFindings(issue, [], table, locale)).sort(compareFindings);
}

function issueFindings(issue: z.core.$ZodIssue, prefix: FindingPath, table: DefinitionTable, locale: Locale): Finding[] {
  const path = [...prefix, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    // Report the branch that came closest (fewest issues) instead of a bare "invalid input".
    const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
    return closest.flatMap((inner) => issueFindings(inner, path, table, locale));
  }
  if (issue.code === "custom") {
    const { code, ...rest } = issue.params ?? {};
    const definition = isFindingCode(code) ? table[code] : undefined;
    if (isFindingCode(code) && definition !== undefined) {
      const params: Record<string, string | number> = {};
      for (const [key, value] of Object.entries(rest)) {
        if (typeof value === "string" || typeof value === "number") params[key] = value;
      }
      return [makeFinding(code, definition, "error", path, params, locale)];
    }
  }
  const code: SchemaCode = ZOD_CODES[issue.code] ?? "schema/invalid";
  return [makeFinding(code, schemaDefinitions[code], "error", path, { detail: issue.message }, locale)];
}
