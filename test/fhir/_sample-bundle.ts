// Test data: a small correct FHIR R4 collection Bundle (Patient, CarePlan, Goal, Consent, CareTeam)
// joined by urn:uuid references, and one of the package's own code systems. Fictional, no real person.
import type { Bundle, CodeSystem } from "@medplum/fhirtypes";
import { FHIR_BASE } from "../../src/fhir/canonical.js";
import { makeId } from "../fixtures/national-ids.js";

/** A code system under FHIR_BASE, as the package would publish it. */
export const PARTICIPANT_ROLE: CodeSystem = {
  resourceType: "CodeSystem",
  url: `${FHIR_BASE}/CodeSystem/participant-role`,
  status: "draft",
  content: "complete",
  concept: [{ code: "user" }, { code: "coordinator" }],
};

/** The fullUrls of the sample's entries, in entry order. */
export const URN = {
  patient: "urn:uuid:6f1c2a3e-8b4d-4c5e-9f60-1a2b3c4d5e01",
  carePlan: "urn:uuid:6f1c2a3e-8b4d-4c5e-9f60-1a2b3c4d5e02",
  goal: "urn:uuid:6f1c2a3e-8b4d-4c5e-9f60-1a2b3c4d5e03",
  consent: "urn:uuid:6f1c2a3e-8b4d-4c5e-9f60-1a2b3c4d5e04",
  careTeam: "urn:uuid:6f1c2a3e-8b4d-4c5e-9f60-1a2b3c4d5e05",
} as const;

/**
 * A fresh correct Bundle (tests plant one error in their own copy).
 *
 * @returns The Bundle: Patient, CarePlan, Goal, Consent, CareTeam, in that order.
 * @example
 * sampleBundle().entry?.length
 * //=> 5
 */
export function sampleBundle(): Bundle {
  return {
    resourceType: "Bundle",
    type: "collection",
    entry: [
      {
        fullUrl: URN.patient,
        resource: {
          resourceType: "Patient",
          id: "p1",
          identifier: [{ system: "urn:oid:2.16.578.1.12.4.1.4.1", value: makeId("018175124") }],
          gender: "female",
          birthDate: "1975-01-01",
        },
      },
      {
        fullUrl: URN.carePlan,
        resource: {
          resourceType: "CarePlan",
          status: "active",
          intent: "plan",
          subject: { reference: URN.patient },
          period: { start: "2012-03-15", end: "2012-03" },
          created: "2012-03-01T09:30:00+01:00",
          careTeam: [{ reference: URN.careTeam }],
          goal: [{ reference: URN.goal }],
          contained: [{ resourceType: "Organization", id: "org", name: "Tjenesteyter" }],
          author: { reference: "#org" },
          activity: [
            {
              detail: {
                status: "in-progress",
                goal: [{ reference: URN.goal }],
                performer: [{ reference: "Patient/p1" }],
                scheduledTiming: { repeat: { frequency: 2, period: 1, periodUnit: "a" } },
              },
            },
          ],
        },
      },
      {
        fullUrl: URN.goal,
        resource: { resourceType: "Goal", lifecycleStatus: "active", description: { text: "Egen bolig" }, subject: { reference: URN.patient } },
      },
      {
        fullUrl: URN.consent,
        resource: {
          resourceType: "Consent",
          status: "active",
          scope: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentscope", code: "patient-privacy" }] },
          category: [{ coding: [{ system: "http://loinc.org", code: "59284-0" }] }],
          patient: { reference: URN.patient },
          dateTime: "2012-03-01",
          policyRule: { text: "pasient- og brukerrettighetsloven" },
          provision: {
            type: "permit",
            period: { start: "2012-03-01", end: "2013-03-01T12:00:00Z" },
            actor: [
              {
                role: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", code: "IRCP" }] },
                reference: { reference: URN.careTeam },
              },
            ],
          },
        },
      },
      {
        fullUrl: URN.careTeam,
        resource: {
          resourceType: "CareTeam",
          status: "active",
          subject: { reference: URN.patient },
          participant: [
            {
              member: { reference: URN.patient },
              role: [{ coding: [{ system: PARTICIPANT_ROLE.url ?? "", code: "user" }] }],
              period: { start: "2012-03-01" },
            },
          ],
        },
      },
    ],
  };
}
