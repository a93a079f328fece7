// What every part of the export needs: the fullUrl of each resource, and references to the plan's
// parts by id (a `urn:uuid:` reference where the target is in the Bundle and of an allowed type,
// and always the part's id as a logical identifier, so fromFhir reads the id back in one hop).
import { FHIR_BASE } from "../canonical.js";
import { FHIR_ID_SYSTEMS } from "../extensions.js";
import type { IndividualPlan } from "../../individual-plan/schema.js";
import { nameUuid } from "../_uuid.js";
import type { Json } from "./_json.js";

/** The resource type a participant's CareTeam member is written as, by role. */
export type MemberType = "Patient" | "RelatedPerson" | "Practitioner";

export interface ExportContext {
  /** A stable fullUrl for a part of the plan: the n-th occurrence of an id of a kind. */
  readonly url: (kind: string, id: string, occurrence?: number) => string;
  readonly patient: string;
  readonly team: string;
  /** A reference to a participant by id, with a fullUrl only when the target type is allowed. */
  readonly participant: (id: string, allowed?: readonly MemberType[]) => Json;
  /** A reference to a goal by id. */
  readonly goal: (id: string) => Json;
}

export function memberType(role: string): MemberType {
  return role === "user" ? "Patient" : role === "relative" ? "RelatedPerson" : "Practitioner";
}

export function exportContext(plan: IndividualPlan): ExportContext {
  const prefix = `${FHIR_BASE}/plan/${encodeURIComponent(plan.id)}`;
  const made = new Map<string, string>();
  const url = (kind: string, id: string, occurrence = 0): string => {
    const name = `${prefix}/${kind}/${encodeURIComponent(id)}/${occurrence}`;
    let uuid = made.get(name);
    if (uuid === undefined) made.set(name, (uuid = nameUuid(name)));
    return uuid;
  };
  const patient = url("patient", "user");
  const members = new Map<string, { readonly url: string; readonly type: MemberType }>();
  for (const [i, p] of (plan.participants ?? []).entries()) {
    if (members.has(p.id)) continue;
    const type = memberType(p.role);
    members.set(p.id, { url: type === "Patient" ? patient : url("participant", p.id, occurrenceOf(plan.participants ?? [], i)), type });
  }
  const goals = new Map<string, string>();
  for (const [i, g] of (plan.goals ?? []).entries()) if (!goals.has(g.id)) goals.set(g.id, url("goal", g.id, occurrenceOf(plan.goals ?? [], i)));
  return {
    url,
    patient,
    team: url("care-team", "participants"),
    participant(id, allowed) {
      const member = members.get(id);
      const identifier = { system: FHIR_ID_SYSTEMS.participant, value: id };
      return member === undefined || (allowed !== undefined && !allowed.includes(member.type))
        ? { identifier }
        : { reference: member.url, identifier };
    },
    goal(id) {
      const target = goals.get(id);
      const identifier = { system: FHIR_ID_SYSTEMS.goal, value: id };
      return target === undefined ? { identifier } : { reference: target, identifier };
    },
  };
}

/** How many parts before index `i` have the same id: duplicates get fullUrls of their own. */
export function occurrenceOf(parts: readonly { readonly id: string }[], i: number): number {
  let n = 0;
  for (let j = 0; j < i; j++) if (parts[j]!.id === parts[i]!.id) n++;
  return n;
}
