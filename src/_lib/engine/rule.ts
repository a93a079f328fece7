// Internal: the one rule mechanism. A rule is a value that describes itself: the codes it emits
// (each with severity, basis and messages), the document statuses it applies to, and its function.
import type { FindingCode } from "../../core/findings/codes.js";
import type { FindingDefinition, FindingParams, FindingPath } from "../../core/findings/types.js";

/** The codes a rule emits, each with its severity, basis and messages. */
export type CodeTable<C extends FindingCode> = { readonly [K in C]: FindingDefinition };

/** What a rule reports: one of its own codes, a path and params; severity and message come from its table. */
export interface RuleFinding<C extends FindingCode = FindingCode> {
  readonly code: C;
  readonly path: FindingPath;
  readonly params?: FindingParams;
}

/**
 * One rule of a document kind: `run` can only emit the codes of `codes` (the type says so), and runs
 * only on documents whose status is in `statuses` (on every document when left out).
 */
export interface Rule<D, X, S extends string = string, C extends FindingCode = FindingCode> {
  readonly codes: CodeTable<C>;
  readonly statuses?: readonly S[];
  readonly run: (doc: D, ctx: X) => readonly RuleFinding<NoInfer<C>>[];
}

/** A rule of a document kind, whatever its codes: what a checker holds. */
export interface AnyRule<D, X, S extends string = string> {
  readonly codes: Readonly<Partial<Record<FindingCode, FindingDefinition>>>;
  readonly statuses?: readonly S[];
  readonly run: (doc: D, ctx: X) => readonly RuleFinding[];
}

/**
 * The rule constructor of one document kind: fixes the document, context and status types, and
 * infers the codes from the table, so that `run` returning another code does not compile.
 *
 * @example
 * const planRule = ruleFor<IndividualPlan, PlanRuleContext, IndividualPlan["status"]>();
 * export const noGoals = planRule({
 *   codes: { "plan/no-goals": { severity: "warning", basis: ipItemBasis("b"), messages } },
 *   statuses: ["active"],
 *   run: (plan) => ((plan.goals ?? []).length === 0 ? [{ code: "plan/no-goals", path: ["goals"] }] : []),
 * });
 */
export function ruleFor<D, X, S extends string = string>() {
  return <C extends FindingCode>(rule: Rule<D, X, S, C>): Rule<D, X, S, C> => rule;
}

/** The codes a rule (or a union of rules) declares. */
export type RuleCodes<R> = R extends { readonly codes: infer T } ? keyof T & FindingCode : never;

/**
 * The codes of a list of rules as one table, for `findingCatalog` and for the checker's lookups.
 *
 * @throws Error when two rules declare the same code, or a code has an empty `description` (programming
 *   errors, caught by the tests).
 */
export function catalogOf<R extends AnyRule<never, never>>(rules: readonly R[]): CodeTable<RuleCodes<R>> {
  const table: Partial<Record<FindingCode, FindingDefinition>> = {};
  for (const rule of rules) {
    for (const [code, definition] of Object.entries(rule.codes)) {
      if (Object.hasOwn(table, code)) throw new Error(`finding code ${code} is declared by two rules`);
      if (definition.description.trim() === "") throw new Error(`finding code ${code} has no description: say when it fires`);
      Object.defineProperty(table, code, { value: definition, enumerable: true });
    }
  }
  // Every key of every rule's table was copied: the table has exactly the codes RuleCodes<R> names.
  return table as CodeTable<RuleCodes<R>>;
}
