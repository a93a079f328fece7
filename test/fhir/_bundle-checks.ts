// Test helper: checks a FHIR R4 resource or Bundle for what @medplum/core's validateResource does
// not (FHIR.md § 3): each entry validated alone, references resolved with their target types, code
// bindings and code systems, and the FHIR JSON rules medplum lets through.
import type { CodeSystem, Resource } from "@medplum/fhirtypes";
import { referenceTargets } from "./_definitions.js";
import { dateTimeProblem, emptyValueProblems, type FhirProblem, periodProblem } from "./_json-rules.js";
import { fhirIssues } from "./_medplum.js";
import { codeSystemCodes, expandValueSet, inExpansion } from "./_value-sets.js";
import { type FhirNode, isJsonObject, type JsonObject, walkResource } from "./_walk.js";

export type { FhirCheck, FhirProblem } from "./_json-rules.js";

/** Options of {@link checkFhir}. */
export interface CheckFhirOptions {
  /** The package's own CodeSystem resources: a Coding with one of their URLs must use one of their codes. */
  readonly codeSystems?: readonly CodeSystem[];
}

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function isResource(value: unknown): value is Resource & JsonObject {
  return isJsonObject(value) && typeof value["resourceType"] === "string";
}

/** medplum's errors and warnings, less the false "Invalid reference: got urn:uuid:…" warning. */
function medplumProblems(resource: Resource, path: string): FhirProblem[] {
  return fhirIssues(resource)
    .filter((issue) => issue.severity === "error" || issue.severity === "fatal" || issue.severity === "warning")
    .filter((issue) => !(issue.severity === "warning" && /^Invalid reference: got "urn:uuid:/.test(issue.details?.text ?? "")))
    .map((issue) => {
      const text = `medplum ${issue.severity}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`;
      const expression = issue.expression?.[0] ?? resource.resourceType;
      // medplum's path starts with the resource type, except for a few issues (`valueCode`): keep those as text.
      return expression.startsWith(resource.resourceType)
        ? { check: "medplum", path: expression.replace(resource.resourceType, path), message: text }
        : { check: "medplum", path, message: `${text} (at ${expression})` };
    });
}

/** Entries by `fullUrl` and by `ResourceType/id`. */
function entryIndex(bundle: JsonObject): Map<string, JsonObject> {
  const index = new Map<string, JsonObject>();
  for (const entry of Array.isArray(bundle["entry"]) ? bundle["entry"] : []) {
    if (!isJsonObject(entry) || !isResource(entry["resource"])) continue;
    const resource = entry["resource"];
    if (typeof entry["fullUrl"] === "string") index.set(entry["fullUrl"], resource);
    if (resource.id !== undefined) index.set(`${resource.resourceType}/${resource.id}`, resource);
  }
  return index;
}

function referenceProblem(node: FhirNode, entries: ReadonlyMap<string, JsonObject> | undefined): FhirProblem | undefined {
  if (node.type !== "Reference" || !isJsonObject(node.value) || typeof node.value["reference"] !== "string") return undefined;
  const reference = node.value["reference"];
  const path = `${node.path}.reference`;
  let targetType: unknown;
  if (reference.startsWith("#")) {
    const contained = Array.isArray(node.container["contained"]) ? node.container["contained"] : [];
    const target = reference === "#" ? node.container : contained.find((r) => isJsonObject(r) && r["id"] === reference.slice(1));
    if (!isJsonObject(target)) return { check: "reference", path, message: `contained reference ${reference} matches no contained resource` };
    targetType = target["resourceType"];
  } else if (entries !== undefined) {
    const target = entries.get(reference);
    if (target === undefined) return { check: "reference", path, message: `reference ${reference} resolves to no Bundle entry` };
    targetType = target["resourceType"];
  } else {
    targetType = /^([A-Z][A-Za-z]+)\/[A-Za-z0-9.-]{1,64}$/.exec(reference)?.[1];
  }
  const allowed = referenceTargets(node.element);
  if (typeof targetType !== "string" || allowed === undefined || allowed.includes(targetType)) return undefined;
  return { check: "reference", path, message: `reference to a ${targetType}; the element allows ${allowed.join(", ")}` };
}

function codings(node: FhirNode): JsonObject[] {
  if (!isJsonObject(node.value)) return [];
  if (node.type === "Coding") return [node.value];
  const list = node.value["coding"];
  return node.type === "CodeableConcept" && Array.isArray(list) ? list.filter(isJsonObject) : [];
}

function bindingProblem(node: FhirNode): FhirProblem | undefined {
  const binding = node.element.definition.binding;
  if (binding?.strength !== "required" || binding.valueSet === undefined) return undefined;
  const expansion = expandValueSet(binding.valueSet);
  if (expansion === undefined) return undefined;
  const message = `not in the required value set ${binding.valueSet}`;
  if (node.type === "code") {
    return typeof node.value !== "string" || inExpansion(expansion, undefined, node.value) ? undefined : { check: "binding", path: node.path, message: `code ${node.value} ${message}` };
  }
  if (node.type !== "Coding" && node.type !== "CodeableConcept") return undefined;
  const found = codings(node).some((c) => typeof c["code"] === "string" && inExpansion(expansion, typeof c["system"] === "string" ? c["system"] : undefined, c["code"]));
  return found ? undefined : { check: "binding", path: node.path, message: `no coding ${message}` };
}

function codeSystemProblem(node: FhirNode, own: readonly CodeSystem[]): FhirProblem | undefined {
  if (node.type !== "Coding" || !isJsonObject(node.value)) return undefined;
  const { system, code } = node.value;
  if (typeof system !== "string" || typeof code !== "string") return undefined;
  const complete = own.filter((cs) => cs.content === undefined || cs.content === "complete");
  const codes = codeSystemCodes(system, complete);
  return codes === undefined || codes.has(code) ? undefined : { check: "code-system", path: `${node.path}.code`, message: `code ${code} is not in code system ${system}` };
}

function fullUrlProblems(bundle: JsonObject): FhirProblem[] {
  const seen = new Set<string>();
  const problems: FhirProblem[] = [];
  (Array.isArray(bundle["entry"]) ? bundle["entry"] : []).forEach((entry: unknown, index) => {
    const fullUrl = isJsonObject(entry) ? entry["fullUrl"] : undefined;
    if (typeof fullUrl !== "string") return;
    const path = `Bundle.entry[${index}].fullUrl`;
    if (fullUrl.toLowerCase().startsWith("urn:uuid:") && !UUID_URN.test(fullUrl)) problems.push({ check: "full-url", path, message: `malformed urn:uuid: ${fullUrl}` });
    if (seen.has(fullUrl)) problems.push({ check: "full-url", path, message: `duplicate fullUrl ${fullUrl}` });
    seen.add(fullUrl);
  });
  return problems;
}

/**
 * Every problem of a FHIR R4 resource or Bundle: medplum's errors and warnings (the Bundle and each
 * entry alone), unresolved or mistyped references, codes outside required bindings or outside
 * their code system, empty or null values, dateTimes without a time zone, per-1, and bad fullUrls.
 *
 * @param resource - A FHIR resource or Bundle in JSON (anything else is one problem).
 * @param options - `codeSystems`: the package's own CodeSystem resources.
 * @returns The problems, empty when all is well; each once.
 * @example
 * checkFhir({ resourceType: "Patient", gender: "mann" })
 * //=> [{ check: "binding", path: "Patient.gender", message: "code mann not in the required value set http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1" }]
 */
export function checkFhir(resource: unknown, options: CheckFhirOptions = {}): FhirProblem[] {
  if (!isResource(resource)) return [{ check: "medplum", path: "", message: "not a FHIR resource (no resourceType)" }];
  const root = resource.resourceType;
  const problems = [...medplumProblems(resource, root), ...emptyValueProblems(resource, root)];
  let entries: ReadonlyMap<string, JsonObject> | undefined;
  if (resource.resourceType === "Bundle") {
    entries = entryIndex(resource);
    problems.push(...fullUrlProblems(resource));
    (resource.entry ?? []).forEach((entry, index) => {
      if (entry.resource !== undefined) problems.push(...medplumProblems(entry.resource, `Bundle.entry[${index}].resource`));
    });
  }
  walkResource(resource, root, (node) => {
    for (const problem of [referenceProblem(node, entries), bindingProblem(node), codeSystemProblem(node, options.codeSystems ?? []), dateTimeProblem(node), periodProblem(node)]) {
      if (problem !== undefined) problems.push(problem);
    }
  });
  // The Bundle and an entry alone report the same element-level issue: keep each once.
  const unique = new Map(problems.map((problem) => [`${problem.path} ${problem.message}`, problem]));
  return [...unique.values()];
}
