import { PRACTICE } from "../core/findings/basis.js";
import type { FindingDefinition } from "../core/findings/types.js";

/**
 * Finding codes of the FHIR import (`fromFhir`): what in a Bundle could not be read into a plan.
 * Params are resource types, codes and counts, never a value from the record.
 */
export const fhirFindings = {
  "fhir/not-a-bundle": {
    severity: "error",
    description: "The input to the FHIR import is not a FHIR Bundle with entries; nothing can be read.",
    basis: PRACTICE,
    messages: {
      nb: "Dette er ikke en FHIR-bundle (Bundle med entry)",
      nn: "Dette er ikkje ein FHIR-bundle (Bundle med entry)",
      en: "This is not a FHIR Bundle (a Bundle with entries)",
    },
  },
  "fhir/no-care-plan": {
    severity: "error",
    description: "The Bundle has no CarePlan resource, so no individual plan can be read from it.",
    basis: PRACTICE,
    messages: {
      nb: "Bundlen har ingen CarePlan, så ingen plan kan leses inn",
      nn: "Bundlen har ingen CarePlan, så ingen plan kan lesast inn",
      en: "The Bundle has no CarePlan, so no plan can be read",
    },
  },
  "fhir/missing-element": {
    severity: "warning",
    description: "An element the import needs, such as an identifier or a status, is missing from a resource, so that part cannot be read.",
    basis: PRACTICE,
    messages: {
      nb: "{element} mangler, så det kan ikke leses inn",
      nn: "{element} manglar, så det kan ikkje lesast inn",
      en: "{element} is missing, so it cannot be read",
    },
  },
  "fhir/unmapped-resource": {
    severity: "warning",
    description: "The Bundle holds a resource type that is not part of a plan; it is left out.",
    basis: PRACTICE,
    messages: {
      nb: "Ressursen {resourceType} hører ikke til planen og ble ikke lest inn",
      nn: "Ressursen {resourceType} høyrer ikkje til planen og vart ikkje lesen inn",
      en: "The {resourceType} resource is not part of the plan and was not read",
    },
  },
  "fhir/unknown-code": {
    severity: "warning",
    description: "A coded element holds a code the import does not know; the field is left out or set to its default.",
    basis: PRACTICE,
    messages: {
      nb: "Ukjent kode; feltet ble utelatt eller satt til standardverdien",
      nn: "Ukjend kode; feltet vart utelate eller sett til standardverdien",
      en: "Unknown code; the field was left out or set to its default",
    },
  },
  "fhir/unresolved-reference": {
    severity: "warning",
    description: "A reference points to no resource in the Bundle.",
    basis: PRACTICE,
    messages: {
      nb: "Referansen {reference} peker ikke til noen ressurs i bundlen",
      nn: "Referansen {reference} peikar ikkje til nokon ressurs i bundlen",
      en: "The reference {reference} points to no resource in the Bundle",
    },
  },
  "fhir/invalid-value": {
    severity: "warning",
    description: "A value cannot be read into the plan, such as an invalid identifier or an unreadable schedule, and is left out.",
    basis: PRACTICE,
    messages: {
      nb: "Verdien kan ikke leses inn i planen og ble utelatt",
      nn: "Verdien kan ikkje lesast inn i planen og vart utelaten",
      en: "The value cannot be read into the plan and was left out",
    },
  },
} as const satisfies Record<string, FindingDefinition>;
