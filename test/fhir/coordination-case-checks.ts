// Test helper: everything wrong with a coordination case's Bundle (medplum on the whole and on
// each entry, checkFhir, and our own resolution of references, codes and version-5 fullUrls).
import type { Bundle as MedplumBundle, OperationOutcomeIssue, Resource } from "@medplum/fhirtypes";
import { type CoordinationCaseBundle, coordinationCaseCodeSystems, type FhirReference } from "../../src/index.js";
import { checkFhir } from "./_bundle-checks.js";
import { fhirIssues } from "./_medplum.js";
import { codingProblems, codingsIn } from "./mapping-conformance.js";

/** Every reference in a JSON value, with its path. */
function referencesIn(value: unknown, path = ""): [string, FhirReference][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => referencesIn(v, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  if ("reference" in value && typeof value.reference === "string") return [[path, value as FhirReference]];
  return Object.entries(value).flatMap(([key, v]) => referencesIn(v, path === "" ? key : `${path}.${key}`));
}

// medplum reads a target type from the text before "/", so a urn:uuid reference to a restricted
// target always gets this warning (FHIR.md § 3); the reference check below resolves those instead.
const isUrnFalsePositive = (issue: OperationOutcomeIssue): boolean =>
  issue.severity === "warning" && (issue.details?.text ?? "").startsWith('Invalid reference: got "urn:uuid:');

export function medplumProblems(resource: Resource): string[] {
  return fhirIssues(resource)
    .filter((issue) => !isUrnFalsePositive(issue))
    .map((issue) => `${issue.severity} ${issue.expression?.join(",")}: ${issue.details?.text}`);
}

/** Everything wrong with a case's Bundle: medplum on the whole and on each entry, references, codes, fullUrls. */
export function bundleProblems(bundle: CoordinationCaseBundle): string[] {
  const typed: MedplumBundle = bundle;
  const problems = [...medplumProblems(typed), ...bundle.entry.flatMap((entry) => medplumProblems(entry.resource))];
  const byUrl = new Map(bundle.entry.map((entry) => [entry.fullUrl, entry.resource] as const));
  if (byUrl.size !== bundle.entry.length) problems.push("fullUrls repeat");
  for (const { fullUrl } of bundle.entry) {
    if (!/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(fullUrl)) problems.push(`fullUrl ${fullUrl}`);
  }
  for (const [path, reference] of referencesIn(bundle)) {
    const target = byUrl.get(reference.reference ?? "");
    if (target === undefined) problems.push(`${path}: unresolved`);
    else if (reference.type !== undefined && reference.type !== target.resourceType) problems.push(`${path}: type ${reference.type} for a ${target.resourceType}`);
  }
  problems.push(...codingsIn(bundle).flatMap(([path, coding]) => codingProblems(coding, coordinationCaseCodeSystems, path)));
  problems.push(...checkFhir(typed, { codeSystems: coordinationCaseCodeSystems }).map((p) => `${p.check} ${p.path}: ${p.message}`));
  return problems;
}

