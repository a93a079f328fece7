// Internal: the one checker mechanism. A document kind is described once (its schema, how to read its
// own options, its rule context and its rules) and yields both `checkX` and `validateX`: the options
// are read once, `today` once, the document parsed by the compiled schema, and each rule run only on
// the statuses it applies to.
import type * as z from "zod";
import type { CheckOptions, Finding, Validation } from "../../core/findings/types.js";
import type { Locale } from "../../core/locale.js";
import { compiledSchema } from "../compiled.js";
import { type DocumentKind, requireDocument } from "../documents.js";
import {
  type DefinitionTable,
  type FindingSettings,
  finalizeFindings,
  schemaFindings,
  withSchemaCodes,
  zodErrorMap,
} from "../findings.js";
import { ownOption, requireOptions, resolveLocale, resolveRules } from "../options.js";
import { type AnyRule, catalogOf, type RuleFinding } from "./rule.js";

/** How a checker describes its document for the TypeError of `checkX`: `fn` is filled in per call. */
export type CheckedDocument = Omit<DocumentKind, "fn">;

/** A document kind, described once. */
export interface CheckerSpec<D, X, O extends Partial<CheckOptions>, S extends string, E extends object> {
  /** The document, for `checkX`'s TypeError. */
  readonly document: CheckedDocument;
  /** The schema `validateX` parses with (compiled on first use) and `checkX` guards with. */
  readonly schema: z.ZodType<D>;
  /** The document's status, for the rules that apply to some statuses only. */
  readonly status?: (doc: D) => S | undefined;
  /** Reads the kind's own options (and `today` where the kind needs it), once per call; `fn` names the public function in errors. */
  readonly options: (options: O, fn: string) => E;
  /** Builds what every rule of the kind sees, once per document. */
  readonly context: (doc: D, settings: E & { readonly locale: Locale }) => X;
  /** Every rule of the kind; the order does not matter (findings are sorted). */
  readonly rules: readonly AnyRule<D, X, S>[];
}

/** What a document kind's checker gives: `checkX`, `validateX`, the rules' codes and the lower steps. */
export interface Checker<D, O, E extends object> {
  /** Checks a document the schema accepts; `fn` names the public function in errors. */
  readonly check: (doc: D, options: O, fn: string) => Finding[];
  /** Parses unknown input, then checks it; never throws on the input. */
  readonly validate: (input: unknown, options: O, fn: string) => Validation<D>;
  /** The codes of the kind's rules, with severity, basis and messages. */
  readonly catalog: DefinitionTable;
  /** Reads the options as `check` does: the common ones and the kind's own. */
  readonly settings: (options: O, fn: string) => E & FindingSettings;
  /** Runs the rules on a document already guarded, with settings already read. */
  readonly run: (doc: D, settings: E & FindingSettings) => Finding[];
  /** Parses unknown input with the compiled schema; schema findings in the locale when it fails. */
  readonly parse: (input: unknown, locale: Locale) => { readonly ok: true; readonly value: D } | { readonly ok: false; readonly findings: Finding[] };
}

/**
 * Describes a document kind once and gets its `check` and `validate`.
 *
 * @example
 * const milestoneChecker = defineChecker({ document, schema: MilestoneScheduleSchema, options, context, rules });
 * export function checkMilestoneSchedule(schedule: MilestoneSchedule, options: MilestoneCheckOptions): Finding[] {
 *   return milestoneChecker.check(schedule, options, "checkMilestoneSchedule");
 * }
 */
export function defineChecker<D, X, O extends Partial<CheckOptions>, S extends string, E extends object>(
  spec: CheckerSpec<D, X, O, S, E>,
): Checker<D, O, E> {
  const catalog = catalogOf(spec.rules);
  const table: DefinitionTable = withSchemaCodes(catalog);
  const byStatus = new Map<S | undefined, readonly AnyRule<D, X, S>[]>();
  const rulesFor = (status: S | undefined): readonly AnyRule<D, X, S>[] => {
    let rules = byStatus.get(status);
    if (rules === undefined) {
      rules = spec.rules.filter((rule) => rule.statuses === undefined || (status !== undefined && rule.statuses.includes(status)));
      byStatus.set(status, rules);
    }
    return rules;
  };

  const settings = (options: O, fn: string): E & FindingSettings => {
    requireOptions(options, fn);
    const own = spec.options(options, fn); // `today` first, as every check has always read it
    const locale = resolveLocale(ownOption(options, "locale"));
    const rules = resolveRules(ownOption(options, "rules"));
    return { ...own, locale, rules };
  };

  const run = (doc: D, resolved: E & FindingSettings): Finding[] => {
    const ctx = spec.context(doc, resolved);
    const raw: RuleFinding[] = [];
    for (const rule of rulesFor(spec.status?.(doc))) raw.push(...rule.run(doc, ctx));
    return finalizeFindings(raw, table, resolved);
  };

  const parse: Checker<D, O, E>["parse"] = (input, locale) => {
    const fast = compiledSchema(spec.schema).safeParse(input);
    if (fast.success) return { ok: true, value: fast.data };
    const slow = spec.schema.safeParse(input, { error: zodErrorMap(locale) });
    if (slow.success) return { ok: true, value: slow.data };
    return { ok: false, findings: schemaFindings(slow.error.issues, table, locale) };
  };

  return {
    catalog,
    settings,
    run,
    parse,
    check(doc, options, fn) {
      const resolved = settings(options, fn);
      requireDocument(spec.schema, doc, { ...spec.document, fn });
      return run(doc, resolved);
    },
    validate(input, options, fn) {
      const resolved = settings(options, fn); // a bad option fails the same way whatever the input
      const parsed = parse(input, resolved.locale);
      if (!parsed.ok) return parsed;
      const findings = run(parsed.value, resolved);
      return findings.some((finding) => finding.severity === "error")
        ? { ok: false, findings }
        : { ok: true, value: parsed.value, findings };
    },
  };
}

/**
 * Reads the options of a check that takes a second document beside them (the questionnaire a
 * response answers, the action plan an evaluation follows): the options first, as every check reads
 * them, then the companion document, guarded. Options errors come first.
 *
 * @example
 * const settings = settingsWithCompanion(responseChecker, options, { questionnaire }, (companion, fn) => requireQuestionnaire(companion.questionnaire, fn), "checkMappingResponse");
 */
export function settingsWithCompanion<O extends object, C extends object, E extends object>(
  checker: { readonly settings: (options: O & C, fn: string) => E & FindingSettings },
  options: O,
  companion: C,
  guard: (companion: C, fn: string) => void,
  fn: string,
): E & FindingSettings {
  requireOptions(options, fn); // before the copy below, which would turn a non-object into {}
  const settings = checker.settings({ ...options, ...companion }, fn);
  guard(companion, fn);
  return settings;
}
