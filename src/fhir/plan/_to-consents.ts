// Consents (samtykke) as Consent resources, and responsibility-group meetings as Encounters.
import type { ResponsibilityGroupMeeting } from "../../individual-plan/coordination/schema.js";
import type { PlanConsent } from "../../individual-plan/consent/schema.js";
import { EXTERNAL_SYSTEMS as EXT, FHIR_EXTENSION_URLS as X, FHIR_ID_SYSTEMS } from "../extensions.js";
import type { FhirResource } from "../types.js";
import type { ExportContext } from "./_context.js";
import { coding, concept, defined, extensions, type Json, nonEmpty, valueExt } from "./_json.js";

/** The basis every exported consent names (ppc-1 asks for a policy or policyRule). */
export const CONSENT_POLICY_TEXT = "Samtykke registrert i individuell plan (forskrift om individuell plan ved ytelse av velferdstjenester, punkt h)";

const RECIPIENT = { coding: [{ system: EXT.participationType, code: "IRCP" }] };

function actors(consent: PlanConsent, ctx: ExportContext): readonly Json[] | undefined {
  if (consent.sharesWith === "all") return [{ role: RECIPIENT, reference: { reference: ctx.team } }];
  return nonEmpty((consent.sharesWith ?? []).map((id) => ({ role: RECIPIENT, reference: ctx.participant(id) })));
}

function performer(consent: PlanConsent, ctx: ExportContext): readonly Json[] | undefined {
  if (consent.givenByParticipantId !== undefined) return [ctx.participant(consent.givenByParticipantId)];
  return consent.givenBy === "user" ? [{ reference: ctx.patient }] : undefined;
}

export function consentResource(consent: PlanConsent, ctx: ExportContext): FhirResource {
  const sharing = consent.purposes.includes("information-sharing");
  return {
    resourceType: "Consent",
    ...defined({
      extension: extensions([
        valueExt(X["consent-giver-role"], "valueCoding", coding("consent-giver", consent.givenBy)),
        valueExt(X["consent-withdrawn"], "valueDate", consent.withdrawnOn),
        valueExt(X["consent-form"], "valueCoding", consent.form === undefined ? undefined : coding("consent-form", consent.form)),
        valueExt(X["consent-note"], "valueString", consent.note),
        valueExt(X["consent-competent-under-16"], "valueBoolean", consent.competentUnder16),
      ]),
      identifier: [{ system: FHIR_ID_SYSTEMS.consent, value: consent.id }],
      status: consent.withdrawnOn === undefined ? "active" : "inactive",
      scope: { coding: [{ system: EXT.consentScope, code: sharing ? "patient-privacy" : "treatment" }] },
      category: [{ coding: [{ system: EXT.loinc, code: "59284-0" }] }, ...consent.purposes.map((p) => concept("consent-kind", p))],
      patient: { reference: ctx.patient },
      dateTime: consent.givenOn,
      performer: performer(consent, ctx),
      policyRule: { text: CONSENT_POLICY_TEXT },
      provision: defined({
        type: "permit",
        period: defined({ start: consent.givenOn, end: consent.validUntil }),
        actor: actors(consent, ctx),
        purpose: [{ system: EXT.actReason, code: "COC" }],
      }),
    }),
  };
}

const MEETING_STATUS = { planned: "planned", held: "finished", cancelled: "cancelled" } as const;
const ATTENDER = [{ coding: [{ system: EXT.participationType, code: "ATND" }] }];

export function meetingEncounter(meeting: ResponsibilityGroupMeeting, ctx: ExportContext): FhirResource {
  return {
    resourceType: "Encounter",
    ...defined({
      extension: extensions([
        meeting.status === undefined ? valueExt(X["implied-default"], "valueBoolean", true) : undefined,
        valueExt(X["meeting-minutes"], "valueString", meeting.minutes),
      ]),
      identifier: [{ system: FHIR_ID_SYSTEMS.meeting, value: meeting.id }],
      status: MEETING_STATUS[meeting.status ?? "planned"],
      class: { system: EXT.actCode, code: "AMB" },
      type: [concept("meeting-type", "responsibility-group-meeting")],
      subject: { reference: ctx.patient },
      // Encounter.participant.individual cannot be a Patient: the user attends by identifier only.
      participant: nonEmpty((meeting.attendeeIds ?? []).map((id) => ({ type: ATTENDER, individual: ctx.participant(id, ["RelatedPerson", "Practitioner"]) }))),
      period: { start: meeting.date, end: meeting.date },
    }),
  };
}
