import { PRACTICE } from "../core/findings/basis.js";
import type { FindingDefinition } from "../core/findings/types.js";

/**
 * Finding codes of the FHIR import (`fromFhir`): what in a Bundle could not be read into a plan.
 * Params are resource types, codes and counts, never a value from the record.
 */
export const fhirFindings = {
  "fhir/not-a-bundle": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Dette er ikke en FHIR-bundle (Bundle med entry)",
      nn: "Dette er ikkje ein FHIR-bundle (Bundle med entry)",
      en: "This is not a FHIR Bundle (a Bundle with entries)",
    },
  },
  "fhir/no-care-plan": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Bundlen har ingen CarePlan, så ingen plan kan leses inn",
      nn: "Bundlen har ingen CarePlan, så ingen plan kan lesast inn",
      en: "The Bundle has no CarePlan, so no plan can be read",
    },
  },
  "fhir/missing-element": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "{element} mangler, så det kan ikke leses inn",
      nn: "{element} manglar, så det kan ikkje lesast inn",
      en: "{element} is missing, so it cannot be read",
    },
  },
  "fhir/unmapped-resource": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Ressursen {resourceType} hører ikke til planen og ble ikke lest inn",
      nn: "Ressursen {resourceType} høyrer ikkje til planen og vart ikkje lesen inn",
      en: "The {resourceType} resource is not part of the plan and was not read",
    },
  },
  "fhir/unknown-code": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Ukjent kode; feltet ble utelatt eller satt til standardverdien",
      nn: "Ukjend kode; feltet vart utelate eller sett til standardverdien",
      en: "Unknown code; the field was left out or set to its default",
    },
  },
  "fhir/unresolved-reference": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Referansen {reference} peker ikke til noen ressurs i bundlen",
      nn: "Referansen {reference} peikar ikkje til nokon ressurs i bundlen",
      en: "The reference {reference} points to no resource in the Bundle",
    },
  },
  "fhir/invalid-value": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Verdien kan ikke leses inn i planen og ble utelatt",
      nn: "Verdien kan ikkje lesast inn i planen og vart utelaten",
      en: "The value cannot be read into the plan and was left out",
    },
  },
} as const satisfies Record<string, FindingDefinition>;
