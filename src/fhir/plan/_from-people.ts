// Reading the user (Patient), the participants and coordinator assignments (the participants'
// CareTeam) and the responsibility group (its CareTeam) back into the plan's shape.
import { validateNationalId } from "../../core/identifiers/national-id.js";
import { isValidOrganizationNumber } from "../../core/identifiers/organization-number.js";
import { IDENTIFIER_SYSTEMS } from "../../core/identifiers/identifier-systems.js";
import { EXTERNAL_SYSTEMS, FHIR_EXTENSION_URLS as X, FHIR_ID_SYSTEMS } from "../extensions.js";
import {
  at, codeOf, compact, dateOf, type Entry, exts, ext, identifierValue, isObj, objs, type Obj, type Path, type Reader, report, resolve, some, str, sub,
} from "./_read.js";

const NATIONAL_SYSTEMS: readonly string[] = [IDENTIFIER_SYSTEMS.fodselsnummer, IDENTIFIER_SYSTEMS["d-number"], IDENTIFIER_SYSTEMS["fh-number"], "HNR"];

const firstText = (names: unknown): string | undefined => str(objs(names)[0]?.["text"]);
const firstTelecom = (telecom: unknown): string | undefined => str(objs(telecom)[0]?.["value"]);

export function readUser(reader: Reader, entry: Entry): Obj {
  const patient = entry.resource;
  const identifiers = objs(patient["identifier"]);
  const index = identifiers.findIndex((i) => NATIONAL_SYSTEMS.includes(String(i["system"])));
  let nationalId = index < 0 ? undefined : str(identifiers[index]!["value"]);
  if (nationalId !== undefined && !validateNationalId(nationalId).valid) {
    report(reader, "fhir/invalid-value", at(entry, "identifier", index, "value"));
    nationalId = undefined;
  }
  const incapacity = exts(patient, X["consent-incapacity"]).map((e, i) => {
    const path = at(entry, "extension", i);
    return compact({ from: dateOf(reader, sub(e, "from", "valueDate"), path), to: dateOf(reader, sub(e, "to", "valueDate"), path), decidedOn: dateOf(reader, sub(e, "decided-on", "valueDate"), path) });
  });
  return compact({
    name: firstText(patient["name"]),
    birthDate: dateOf(reader, patient["birthDate"], at(entry, "birthDate")),
    nationalId,
    lacksConsentCapacity: some(incapacity.filter((r) => r["from"] !== undefined)),
  });
}

const FROM_V3: Readonly<Record<string, string>> = { PRN: "parent", MTH: "parent", FTH: "parent", GUARD: "guardian", SIGOTHR: "partner", SPS: "partner", CHILD: "child", SIB: "sibling" };

function relationOf(reader: Reader, relationship: unknown, path: Path): string | undefined {
  const concept = objs(relationship)[0];
  const ours = codeOf(reader, concept, "relative-relation", path);
  if (ours !== undefined) return ours;
  const v3 = objs(concept?.["coding"]).find((c) => c["system"] === EXTERNAL_SYSTEMS.roleCode);
  return v3 === undefined ? undefined : FROM_V3[String(v3["code"])];
}

const ROLE_OF_TYPE: Readonly<Record<string, string>> = { Patient: "user", RelatedPerson: "relative" };

/** One CareTeam participant that is a plan participant. */
function readParticipant(reader: Reader, team: Entry, j: number): Obj | undefined {
  const p = objs(team.resource["participant"])[j]!;
  const path = at(team, "participant", j);
  const member = resolve(reader, p["member"], [...path, "member"]);
  if (member !== undefined) reader.used.add(member.index);
  const own = isObj(p["member"]) ? identifierValue(p["member"]["identifier"], FHIR_ID_SYSTEMS.participant) : undefined;
  const id = own ?? (member === undefined ? undefined : identifierValue(member.resource["identifier"], FHIR_ID_SYSTEMS.participant));
  if (id === undefined) {
    report(reader, "fhir/missing-element", [...path, "member"], { element: "identifier" });
    return undefined;
  }
  const type = String(member?.resource["resourceType"] ?? "");
  const role = codeOf(reader, objs(p["role"])[0], "participant-role", [...path, "role", 0]) ?? ROLE_OF_TYPE[type] ?? "other";
  const organization = resolve(reader, p["onBehalfOf"], [...path, "onBehalfOf"]);
  if (organization !== undefined) reader.used.add(organization.index);
  const orgNumber = organization === undefined ? undefined : identifierValue(organization.resource["identifier"], IDENTIFIER_SYSTEMS["organization-number"]);
  const detail = ext(p, X["participant-detail"]);
  const resource = member?.resource ?? {};
  const period = isObj(p["period"]) ? p["period"] : {};
  const organizationNumber = orgNumber ?? str(sub(detail, "organization-number", "valueString"));
  if (organizationNumber !== undefined && !isValidOrganizationNumber(organizationNumber)) report(reader, "fhir/invalid-value", [...path, "onBehalfOf"]);
  return compact({
    id,
    role: role === "child-coordinator" ? "coordinator" : role,
    name: type === "Patient" ? str(sub(detail, "name", "valueString")) : (firstText(resource["name"]) ?? str(sub(detail, "name", "valueString"))),
    relation: type === "RelatedPerson" ? relationOf(reader, resource["relationship"], at(member!, "relationship", 0)) : str(sub(detail, "relation", "valueString")),
    service: str(organization?.resource["name"]) ?? str(sub(detail, "service", "valueString")),
    organizationNumber: organizationNumber !== undefined && isValidOrganizationNumber(organizationNumber) ? organizationNumber : undefined,
    contact: type === "Patient" ? str(sub(detail, "contact", "valueString")) : (firstTelecom(resource["telecom"]) ?? str(sub(detail, "contact", "valueString"))),
    joinedOn: dateOf(reader, period["start"], [...path, "period", "start"]),
    leftOn: dateOf(reader, period["end"], [...path, "period", "end"]),
  });
}

/** One CareTeam participant that is a coordinator assignment. */
function readAssignment(reader: Reader, team: Entry, j: number, assignment: Obj): Obj | undefined {
  const p = objs(team.resource["participant"])[j]!;
  const path = at(team, "participant", j);
  const ownId = isObj(p["member"]) ? identifierValue(p["member"]["identifier"], FHIR_ID_SYSTEMS.participant) : undefined;
  const member = ownId === undefined ? resolve(reader, p["member"], [...path, "member"]) : undefined;
  const participantId = ownId ?? (member === undefined ? undefined : identifierValue(member.resource["identifier"], FHIR_ID_SYSTEMS.participant));
  const id = str(sub(assignment, "id", "valueString"));
  const period = isObj(p["period"]) ? p["period"] : {};
  const from = dateOf(reader, period["start"], [...path, "period", "start"]);
  if (id === undefined || participantId === undefined || from === undefined) {
    report(reader, "fhir/missing-element", path, { element: id === undefined ? "id" : participantId === undefined ? "member" : "period.start" });
    return undefined;
  }
  const role = codeOf(reader, objs(p["role"])[0], "participant-role", [...path, "role", 0]);
  const implied = ext(p, X["implied-default"])?.["valueBoolean"] === true;
  return compact({
    id,
    participantId,
    kind: implied ? undefined : role === "child-coordinator" ? "child-coordinator" : "coordinator",
    from,
    to: dateOf(reader, period["end"], [...path, "period", "end"]),
    appointedBy: str(sub(assignment, "appointed-by", "valueString")),
    appointedOn: dateOf(reader, sub(assignment, "appointed-on", "valueDate"), path),
    trainedOn: dateOf(reader, sub(assignment, "trained-on", "valueDate"), path),
  });
}

export function readParticipantsTeam(reader: Reader, team: Entry): { participants: Obj[]; assignments: Obj[] } {
  const participants: Obj[] = [];
  const assignments: Obj[] = [];
  objs(team.resource["participant"]).forEach((p, j) => {
    const assignment = ext(p, X["coordinator-assignment"]);
    const read = assignment === undefined ? readParticipant(reader, team, j) : readAssignment(reader, team, j, assignment);
    if (read !== undefined) (assignment === undefined ? participants : assignments).push(read);
  });
  return { participants, assignments };
}

export function readGroupTeam(reader: Reader, team: Entry): Obj {
  const memberIds = objs(team.resource["participant"]).flatMap((p, j) => {
    const ref = p["member"];
    const own = isObj(ref) ? identifierValue(ref["identifier"], FHIR_ID_SYSTEMS.participant) : undefined;
    const target = own === undefined ? resolve(reader, ref, at(team, "participant", j, "member")) : undefined;
    const id = own ?? (target === undefined ? undefined : identifierValue(target.resource["identifier"], FHIR_ID_SYSTEMS.participant));
    return id === undefined ? [] : [id];
  });
  const period = isObj(team.resource["period"]) ? team.resource["period"] : {};
  return compact({ establishedOn: dateOf(reader, period["start"], at(team, "period", "start")), memberIds: some(memberIds) });
}
