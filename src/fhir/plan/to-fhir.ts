import { requireIndividualPlan } from "../../individual-plan/_require-plan.js";
import type { IndividualPlan } from "../../individual-plan/schema.js";
import type { FhirBundle, FhirBundleEntry } from "../types.js";
import { exportContext, occurrenceOf } from "./_context.js";
import { consentResource, meetingEncounter } from "./_to-consents.js";
import { measureActivity } from "./_to-measures.js";
import { participantResources, participantsTeam, patientResource, responsibilityGroupTeam } from "./_to-people.js";
import { carePlanResource, goalResource } from "./_to-plan.js";

/**
 * Exports an individual plan (individuell plan) as a FHIR R4 Bundle of type `collection`: a
 * CarePlan, the user as a no-basis Patient (fødselsnummer, D-number or FH-number with HL7 Norway's
 * systems), a CareTeam of the participants and coordinator assignments, a CareTeam for the
 * responsibility group, RelatedPerson, Practitioner and Organization (organisasjonsnummer) for the
 * participants, a Goal per goal, each measure as a CarePlan activity, a Consent per consent and an
 * Encounter per responsibility-group meeting. fullUrls are `urn:uuid:` UUIDs derived from the plan's
 * ids, so the same plan always gives the same Bundle. The mapping is in docs/fhir.md.
 *
 * @param plan - An individual plan that passes {@link IndividualPlanSchema} (e.g. the `value` of `validateIndividualPlan`).
 * @returns The Bundle, as FHIR R4 JSON.
 * @throws TypeError when `plan` is not an individual plan.
 *
 * @example
 * const bundle = toFhir({ kind: "individual-plan", id: "ip-1", status: "draft", user: { birthDate: "1990-05-15" } });
 * bundle.entry.map((entry) => entry.resource.resourceType)
 * //=> ["CarePlan", "Patient", "CareTeam"]
 */
export function toFhir(plan: IndividualPlan): FhirBundle {
  requireIndividualPlan(plan, "toFhir");
  const ctx = exportContext(plan);
  const participants = plan.participants ?? [];
  const goals = plan.goals ?? [];
  const consents = plan.consents ?? [];
  const meetings = plan.responsibilityGroup?.meetings ?? [];
  const entries: FhirBundleEntry[] = [{ fullUrl: ctx.patient, resource: patientResource(plan.user) }];
  entries.push({ fullUrl: ctx.team, resource: participantsTeam(participants, plan.coordinatorAssignments ?? [], ctx) });
  const teams = [ctx.team];
  if (plan.responsibilityGroup !== undefined) {
    const group = ctx.url("care-team", "responsibility-group");
    teams.push(group);
    entries.push({ fullUrl: group, resource: responsibilityGroupTeam(plan.responsibilityGroup, ctx) });
  }
  for (const [i, p] of participants.entries()) {
    for (const { url, resource } of participantResources(p, i, participants, ctx)) entries.push({ fullUrl: url, resource });
  }
  const goalUrls = goals.map((g, i) => ctx.url("goal", g.id, occurrenceOf(goals, i)));
  goals.forEach((g, i) => entries.push({ fullUrl: goalUrls[i]!, resource: goalResource(g, ctx) }));
  consents.forEach((c, i) => entries.push({ fullUrl: ctx.url("consent", c.id, occurrenceOf(consents, i)), resource: consentResource(c, ctx) }));
  const meetingUrls = meetings.map((m, i) => ctx.url("meeting", m.id, occurrenceOf(meetings, i)));
  meetings.forEach((m, i) => entries.push({ fullUrl: meetingUrls[i]!, resource: meetingEncounter(m, ctx) }));
  const activities = (plan.measures ?? []).map((m) => measureActivity(m, ctx));
  const carePlan = carePlanResource(plan, { teams, goals: goalUrls, activities, meetings: meetingUrls }, ctx);
  return { resourceType: "Bundle", type: "collection", entry: [{ fullUrl: ctx.url("care-plan", plan.id), resource: carePlan }, ...entries] };
}
