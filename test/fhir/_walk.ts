// Test helper: walks a FHIR R4 JSON resource by its StructureDefinition, visiting every value with
// its element definition and the one type it carries (choice types, backbone elements, data types,
// contained and Bundle entry resources). Unknown properties are skipped (medplum reports them).
import { BACKBONE_TYPES, elementOf, type ElementInfo, PRIMITIVE_TYPES } from "./_definitions.js";

/** A JSON object. */
export type JsonObject = { readonly [key: string]: unknown };

/** One value the walk visits. */
export interface FhirNode {
  /** The JSON value (one array item, never the array). */
  readonly value: unknown;
  /** Where it is, for reports: `Bundle.entry[0].resource.period.start`. */
  readonly path: string;
  /** Its type code: `Reference`, `code`, `Period`, `BackboneElement`, `Resource`, … */
  readonly type: string;
  /** Its element definition. */
  readonly element: ElementInfo;
  /** The resource that holds it, not a contained one: `#id` references resolve in its `contained`. */
  readonly container: JsonObject;
}

/**
 * Whether a value is a JSON object (not null, not an array).
 *
 * @param value - Any value.
 * @returns True for a plain object.
 * @example
 * isJsonObject({ a: 1 })
 * //=> true
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Visits every value of a resource (and of the resources inside it) with its definition.
 *
 * @param resource - A FHIR resource in JSON.
 * @param path - The report path of the resource itself, e.g. `Bundle` or `Bundle.entry[0].resource`.
 * @param visit - Called once per value, parents before children.
 * @param container - The resource whose `contained` the values' `#id` references point into.
 * @returns Nothing.
 * @example
 * walkResource({ resourceType: "Patient", gender: "male" }, "Patient", (node) => console.log(node.path, node.type))
 * //=> logs "Patient.gender code"
 */
export function walkResource(resource: JsonObject, path: string, visit: (node: FhirNode) => void, container: JsonObject = resource): void {
  const type = resource["resourceType"];
  if (typeof type === "string") walkObject(resource, type, path, visit, container);
}

function walkObject(object: JsonObject, definitionPath: string, path: string, visit: (node: FhirNode) => void, container: JsonObject): void {
  for (const [key, raw] of Object.entries(object)) {
    if (key === "resourceType") continue;
    // `_status` carries the id and extensions of the primitive `status`: an Element.
    const found = key.startsWith("_") ? elementOf("Element", "extension") : elementOf(definitionPath, key);
    if (found === undefined) continue;
    const items: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
    items.forEach((item, index) => {
      const itemPath = Array.isArray(raw) ? `${path}.${key}[${index}]` : `${path}.${key}`;
      if (key.startsWith("_")) {
        if (isJsonObject(item)) walkObject(item, "Element", itemPath, visit, container);
        return;
      }
      visit({ value: item, path: itemPath, type: found.type, element: found.element, container });
      if (!isJsonObject(item) || PRIMITIVE_TYPES.has(found.type)) return;
      if (found.type === "Resource") walkResource(item, itemPath, visit, key === "contained" ? container : item);
      else if (BACKBONE_TYPES.has(found.type)) walkObject(item, found.element.path, itemPath, visit, container);
      else walkObject(item, found.type, itemPath, visit, container);
    });
  }
}
