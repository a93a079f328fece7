// The document kinds samhandling knows, by the `kind` literal each document carries. One list, so
// the command, the JSON Schema files and the FHIR mapping agree on what a kind is called.

/**
 * Every document kind, by the `kind` value the document itself carries (`"kind": "individual-plan"`).
 *
 * @example
 * DOCUMENT_KINDS.includes("action-plan")
 * //=> true
 */
export const DOCUMENT_KINDS = [
  "individual-plan",
  "coordination-case",
  "pathway-case",
  "action-plan",
  "evaluation",
  "development-project",
  "milestone-schedule",
  "questionnaire",
  "mapping-response",
  "municipal-report",
] as const;

/**
 * A document kind: one of {@link DOCUMENT_KINDS}.
 *
 * @example
 * const kind: DocumentKindName = "mapping-response";
 */
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number];

/**
 * Whether a value is one of the {@link DOCUMENT_KINDS}. Never throws.
 *
 * @param value - Anything, e.g. the `kind` of a document read from JSON.
 * @returns `true` for a known kind.
 *
 * @example
 * isDocumentKind("milestone-schedule")
 * //=> true
 * isDocumentKind("plan")
 * //=> false
 */
export function isDocumentKind(value: unknown): value is DocumentKindName {
  return typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
