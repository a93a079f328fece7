// Small builders for FHIR JSON: objects without undefined members, extensions, codings, references.
import { type FhirCodeSystemName, systemUrl } from "../code-systems.js";
import type { FhirValue } from "../types.js";

/** A FHIR JSON object under construction. */
export type Json = { readonly [key: string]: FhirValue };

/** The object without its undefined members. */
export function defined(members: { readonly [key: string]: FhirValue | undefined }): Json {
  const out: { [key: string]: FhirValue } = {};
  for (const key in members) {
    const value = members[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The list, or undefined when it is empty (FHIR JSON has no empty arrays). */
export function nonEmpty<T extends FhirValue>(items: readonly T[] | undefined): readonly T[] | undefined {
  return items === undefined || items.length === 0 ? undefined : items;
}

/** An extension with one value, or undefined when the value is. */
export function valueExt(url: string, type: "valueString" | "valueDate" | "valueBoolean" | "valuePositiveInt" | "valueCoding" | "valueReference", value: FhirValue | undefined): Json | undefined {
  return value === undefined ? undefined : { url, [type]: value };
}

/** A complex extension from its parts (undefined parts left out), or undefined when it has none. */
export function complexExt(url: string, parts: readonly (Json | undefined)[]): Json | undefined {
  const extension = parts.filter((part): part is Json => part !== undefined);
  return extension.length === 0 ? undefined : { url, extension };
}

/** The defined extensions, or undefined when there are none. */
export function extensions(parts: readonly (Json | undefined)[]): readonly Json[] | undefined {
  return nonEmpty(parts.filter((part): part is Json => part !== undefined));
}

/** A coding of one of the package's code systems. */
export function coding(name: FhirCodeSystemName, code: string): Json {
  return { system: systemUrl(name), code };
}

/** A CodeableConcept of one coding of the package's code systems. */
export function concept(name: FhirCodeSystemName, code: string): Json {
  return { coding: [coding(name, code)] };
}
