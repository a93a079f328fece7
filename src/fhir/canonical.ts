// The one base under which samhandling publishes the FHIR code systems, extensions and naming
// systems it defines (no Norwegian profile for individual plans exists to borrow them from). The
// base is the project's own documentation site, so the URLs stay under the project's control; the
// list of every URL below it is in docs/fhir.md.
import { describeValue } from "../_lib/options.js";

/**
 * The canonical base of every FHIR artefact samhandling defines: code systems at
 * `${FHIR_BASE}/CodeSystem/<name>`, extensions at `${FHIR_BASE}/StructureDefinition/<name>`,
 * identifier systems at `${FHIR_BASE}/NamingSystem/<name>`.
 *
 * @example
 * `${FHIR_BASE}/CodeSystem/life-area`
 * //=> "https://samhandling.github.io/samhandling/fhir/CodeSystem/life-area"
 */
export const FHIR_BASE = "https://samhandling.github.io/samhandling/fhir";

/**
 * The kinds of artefact under {@link FHIR_BASE}.
 *
 * @example
 * const kind: CanonicalKind = "CodeSystem";
 */
export type CanonicalKind = "CodeSystem" | "StructureDefinition" | "NamingSystem" | "ValueSet";

const KINDS: readonly CanonicalKind[] = ["CodeSystem", "StructureDefinition", "NamingSystem", "ValueSet"];

/**
 * The canonical URL of one of samhandling's own FHIR artefacts.
 *
 * @param kind - `CodeSystem`, `StructureDefinition` (an extension), `NamingSystem` or `ValueSet`.
 * @param name - The artefact's name, lower-case with hyphens, e.g. `life-area`.
 * @returns `${FHIR_BASE}/<kind>/<name>`.
 * @throws TypeError when `kind` is not one of the four kinds or `name` is not a non-empty string.
 *
 * @example
 * canonicalUrl("StructureDefinition", "consent-withdrawn")
 * //=> "https://samhandling.github.io/samhandling/fhir/StructureDefinition/consent-withdrawn"
 */
export function canonicalUrl(kind: CanonicalKind, name: string): string {
  if (!KINDS.some((known) => known === kind)) throw new TypeError(`canonicalUrl: kind must be one of ${KINDS.join(", ")}, got ${describeValue(kind)}`);
  if (typeof name !== "string" || name === "") throw new TypeError(`canonicalUrl: name must be a non-empty string, got ${describeValue(name)}`);
  return `${FHIR_BASE}/${kind}/${name}`;
}
