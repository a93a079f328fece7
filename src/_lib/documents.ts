// Internal: the door of every typed helper. A function typed to take a document (checkX, summaries,
// progress) refuses anything that is not one with a TypeError naming the function and the argument,
// instead of failing somewhere inside with "Cannot read properties of undefined".
import type * as z from "zod";
import { formatPath } from "../core/findings/path.js";
import { compiledSchema } from "./compiled.js";
import { describeValue } from "./options.js";

/** What a guard needs to say about the document it expects. */
export interface DocumentKind {
  /** The public function, e.g. `"checkActionPlan"`. */
  readonly fn: string;
  /** The argument, e.g. `"plan"` or `"responses[2]"`. */
  readonly name: string;
  /** The document, e.g. `"an action plan"`. */
  readonly label: string;
  /** The `kind` literal the document carries, when it has one. */
  readonly kind?: string;
  /** The validator to send unknown input to, when there is one. */
  readonly validator?: string;
}

/**
 * Asserts that a value is a document the schema accepts; the original value is kept (not the parsed
 * copy), so results can share its parts.
 *
 * @throws TypeError when it is not: `fn: name is not <label> (...)`.
 */
export function requireDocument<T>(schema: z.ZodType<T>, value: unknown, doc: DocumentKind): asserts value is T {
  const reason = documentProblem(schema, value, doc);
  if (reason === undefined) return;
  const hint = doc.validator === undefined ? "" : `; check unknown input with ${doc.validator}`;
  throw new TypeError(`${doc.fn}: ${doc.name} is not ${doc.label} (${reason})${hint}`);
}

/**
 * Asserts that a value is an array of documents the schema accepts, naming the first one that is not.
 *
 * @throws TypeError when it is not an array or one of its elements is not such a document.
 */
export function requireDocuments<T>(schema: z.ZodType<T>, values: unknown, doc: DocumentKind): asserts values is readonly T[] {
  if (!Array.isArray(values)) throw new TypeError(`${doc.fn}: ${doc.name} must be an array, got ${describeValue(values)}`);
  // An index loop, not forEach: a hole in the array is no document either.
  for (let index = 0; index < values.length; index++) {
    requireDocument(schema, values[index], { ...doc, name: `${doc.name}[${index}]` });
  }
}

function documentProblem(schema: z.ZodType, value: unknown, doc: DocumentKind): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return `got ${describeValue(value)}`;
  if (doc.kind !== undefined) {
    const kind: unknown = Reflect.get(value, "kind");
    if (kind !== doc.kind) return `kind ${describeValue(kind)}, expected ${JSON.stringify(doc.kind)}`;
  }
  const parsed = compiledSchema(schema).safeParse(value);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  if (issue === undefined) return "it does not match its schema";
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  return `${formatPath(path)}: ${issue.message}`;
}
