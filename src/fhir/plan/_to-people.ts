// The user (Patient), the participants (RelatedPerson, Practitioner, Organization) and the two
// CareTeams: the participants with their roles and the coordinator assignments, and the
// responsibility group.
import { validateNationalId } from "../../core/identifiers/national-id.js";
import { identifierSystemOf, ORGANIZATION_NUMBER_SYSTEM } from "../../core/identifiers/identifier-systems.js";
import type { CoordinatorAssignment, ResponsibilityGroup } from "../../individual-plan/coordination/schema.js";
import type { PlanParticipant, PlanUser } from "../../individual-plan/participant.js";
import { EXTERNAL_SYSTEMS, FHIR_EXTENSION_URLS as X, FHIR_ID_SYSTEMS } from "../extensions.js";
import type { FhirResource } from "../types.js";
import { type ExportContext, memberType, occurrenceOf } from "./_context.js";
import { coding, complexExt, concept, defined, extensions, type Json, nonEmpty, valueExt } from "./_json.js";

const KIND_CODE = { fodselsnummer: "FNR", "d-number": "DNR", "fh-number": "FHN", "h-number": "HNR" } as const;

/** HL7 Norway's identifier for a national id: the system by kind, the Volven 8327 type (H-numbers: system `HNR`). */
export function nationalIdentifier(nationalId: string): Json {
  const result = validateNationalId(nationalId);
  if (!result.valid) return { value: nationalId };
  const type = { coding: [{ system: EXTERNAL_SYSTEMS.volven8327, code: KIND_CODE[result.kind] }] };
  return { system: identifierSystemOf(result) ?? "HNR", type, value: nationalId };
}

export function patientResource(user: PlanUser): FhirResource {
  const incapacity = (user.lacksConsentCapacity ?? []).map((r) =>
    complexExt(X["consent-incapacity"], [valueExt("from", "valueDate", r.from), valueExt("to", "valueDate", r.to), valueExt("decided-on", "valueDate", r.decidedOn)]),
  );
  return {
    resourceType: "Patient",
    ...defined({
      extension: extensions(incapacity),
      identifier: user.nationalId === undefined ? undefined : [nationalIdentifier(user.nationalId)],
      name: user.name === undefined ? undefined : [{ text: user.name }],
      birthDate: user.birthDate,
    }),
  };
}

const V3_RELATION = { parent: "PRN", guardian: "GUARD", partner: "SIGOTHR", child: "CHILD", sibling: "SIB", other: undefined } as const;

const telecom = (contact: string | undefined): readonly Json[] | undefined => (contact === undefined ? undefined : [{ system: "other", value: contact }]);

/** The participant's own resource (none for the user) and its Organization, with their fullUrls. */
export function participantResources(p: PlanParticipant, i: number, all: readonly PlanParticipant[], ctx: ExportContext): { url: string; resource: FhirResource }[] {
  const type = memberType(p.role);
  if (type === "Patient") return [];
  const occurrence = occurrenceOf(all, i);
  const identifier = [{ system: FHIR_ID_SYSTEMS.participant, value: p.id }];
  const url = ctx.url("participant", p.id, occurrence);
  if (type === "RelatedPerson") {
    const v3 = p.relation === undefined ? undefined : V3_RELATION[p.relation];
    const codings = p.relation === undefined ? [] : [coding("relative-relation", p.relation), ...(v3 === undefined ? [] : [{ system: EXTERNAL_SYSTEMS.roleCode, code: v3 }])];
    const relationship = nonEmpty(codings) === undefined ? undefined : [{ coding: codings }];
    return [{ url, resource: { resourceType: "RelatedPerson", ...defined({ identifier, patient: { reference: ctx.patient }, relationship, name: p.name === undefined ? undefined : [{ text: p.name }], telecom: telecom(p.contact) }) } }];
  }
  const practitioner = { url, resource: { resourceType: "Practitioner", ...defined({ identifier, name: p.name === undefined ? undefined : [{ text: p.name }], telecom: telecom(p.contact) }) } };
  if (p.service === undefined && p.organizationNumber === undefined) return [practitioner];
  const organization = defined({
    identifier: p.organizationNumber === undefined ? undefined : [{ system: ORGANIZATION_NUMBER_SYSTEM, value: p.organizationNumber }],
    name: p.service,
  });
  return [practitioner, { url: ctx.url("organization", p.id, occurrence), resource: { resourceType: "Organization", ...organization } }];
}

/** What a participant's member resource cannot hold, kept in `participant-detail`. */
function detail(p: PlanParticipant): Json | undefined {
  const type = memberType(p.role);
  const onMember = type !== "Patient";
  return complexExt(X["participant-detail"], [
    onMember ? undefined : valueExt("name", "valueString", p.name),
    onMember ? undefined : valueExt("contact", "valueString", p.contact),
    type === "Practitioner" ? undefined : valueExt("service", "valueString", p.service),
    type === "Practitioner" ? undefined : valueExt("organization-number", "valueString", p.organizationNumber),
    type === "RelatedPerson" ? undefined : valueExt("relation", "valueString", p.relation),
  ]);
}

const period = (start: string | undefined, end: string | undefined): Json | undefined =>
  start === undefined && end === undefined ? undefined : defined({ start, end });

function teamParticipant(p: PlanParticipant, i: number, all: readonly PlanParticipant[], ctx: ExportContext): Json {
  const hasOrganization = memberType(p.role) === "Practitioner" && (p.service !== undefined || p.organizationNumber !== undefined);
  return defined({
    extension: extensions([detail(p)]),
    role: [concept("participant-role", p.role)],
    member: { reference: memberType(p.role) === "Patient" ? ctx.patient : ctx.url("participant", p.id, occurrenceOf(all, i)), identifier: { system: FHIR_ID_SYSTEMS.participant, value: p.id } },
    onBehalfOf: hasOrganization ? { reference: ctx.url("organization", p.id, occurrenceOf(all, i)) } : undefined,
    period: period(p.joinedOn, p.leftOn),
  });
}

function assignmentParticipant(a: CoordinatorAssignment, ctx: ExportContext): Json {
  const assignment = complexExt(X["coordinator-assignment"], [
    valueExt("id", "valueString", a.id),
    valueExt("appointed-by", "valueString", a.appointedBy),
    valueExt("appointed-on", "valueDate", a.appointedOn),
    valueExt("trained-on", "valueDate", a.trainedOn),
  ]);
  return defined({
    extension: extensions([assignment, a.kind === undefined ? valueExt(X["implied-default"], "valueBoolean", true) : undefined]),
    role: [concept("participant-role", a.kind ?? "coordinator")],
    member: ctx.participant(a.participantId),
    period: period(a.from, a.to),
  });
}

export function participantsTeam(participants: readonly PlanParticipant[], assignments: readonly CoordinatorAssignment[], ctx: ExportContext): FhirResource {
  return {
    resourceType: "CareTeam",
    ...defined({
      category: [concept("care-team-category", "plan-participants")],
      subject: { reference: ctx.patient },
      participant: nonEmpty([...participants.map((p, i) => teamParticipant(p, i, participants, ctx)), ...assignments.map((a) => assignmentParticipant(a, ctx))]),
    }),
  };
}

export function responsibilityGroupTeam(group: ResponsibilityGroup, ctx: ExportContext): FhirResource {
  return {
    resourceType: "CareTeam",
    ...defined({
      category: [concept("care-team-category", "responsibility-group")],
      subject: { reference: ctx.patient },
      period: period(group.establishedOn, undefined),
      participant: nonEmpty((group.memberIds ?? []).map((id) => ({ member: ctx.participant(id) }))),
    }),
  };
}
