// Reading Goals, Consents and Encounters back into goals, consents and meetings.
import { FHIR_EXTENSION_URLS as X, FHIR_ID_SYSTEMS } from "../extensions.js";
import { GOAL_STATUS } from "./_to-plan.js";
import {
  at, codeOf, compact, dateOf, type Entry, ext, hasConcept, identifierValue, isObj, type Obj, objs, type Reader, refId, report, resolve, some, str,
} from "./_read.js";

const invert = (map: Readonly<Record<string, string>>): Readonly<Record<string, string>> => Object.fromEntries(Object.entries(map).map(([a, b]) => [b, a]));
const FROM_GOAL = { ...invert(GOAL_STATUS), proposed: "active", planned: "active", accepted: "active", "on-hold": "active", rejected: "abandoned" };
const FROM_MEETING: Readonly<Record<string, string>> = { planned: "planned", arrived: "held", "in-progress": "held", finished: "held", cancelled: "cancelled" };

const implied = (element: unknown): boolean => ext(element, X["implied-default"])?.["valueBoolean"] === true;

function statusOf(reader: Reader, entry: Entry, element: string, map: Readonly<Record<string, string>>): string | undefined {
  const code = str(entry.resource[element]);
  if (code === undefined) return undefined;
  const status = map[code];
  if (status === undefined) report(reader, "fhir/unknown-code", at(entry, element));
  return implied(entry.resource) ? undefined : status;
}

function idOf(reader: Reader, entry: Entry, kind: keyof typeof FHIR_ID_SYSTEMS): string | undefined {
  const id = identifierValue(entry.resource["identifier"], FHIR_ID_SYSTEMS[kind]) ?? str(entry.resource["id"]);
  if (id === undefined) report(reader, "fhir/missing-element", at(entry, "identifier"), { element: "identifier" });
  return id;
}

export function readGoal(reader: Reader, entry: Entry): Obj | undefined {
  const goal = entry.resource;
  const id = idOf(reader, entry, "goal");
  if (id === undefined) return undefined;
  const description = isObj(goal["description"]) ? goal["description"] : {};
  return compact({
    id,
    title: str(description["text"]),
    lifeArea: codeOf(reader, objs(goal["category"])[0], "life-area", at(entry, "category", 0)),
    expressedById: goal["expressedBy"] === undefined ? undefined : refId(reader, goal["expressedBy"], "participant", at(entry, "expressedBy")),
    status: statusOf(reader, entry, "lifecycleStatus", FROM_GOAL),
    setOn: dateOf(reader, goal["startDate"], at(entry, "startDate")),
  });
}

export function readConsent(reader: Reader, entry: Entry, team: string | undefined): Obj | undefined {
  const consent = entry.resource;
  const id = idOf(reader, entry, "consent");
  if (id === undefined) return undefined;
  const purposes = objs(consent["category"]).flatMap((c, i) => codeOf(reader, c, "consent-kind", at(entry, "category", i)) ?? []);
  const giver = codeOf(reader, ext(consent, X["consent-giver-role"])?.["valueCoding"], "consent-giver", at(entry, "extension"));
  const givenOn = dateOf(reader, consent["dateTime"], at(entry, "dateTime"));
  if (purposes.length === 0 || givenOn === undefined) {
    report(reader, "fhir/missing-element", at(entry), { element: purposes.length === 0 ? "category" : "dateTime" });
    return undefined;
  }
  const provision = isObj(consent["provision"]) ? consent["provision"] : {};
  const period = isObj(provision["period"]) ? provision["period"] : {};
  const actors = objs(provision["actor"]);
  const all = actors.some((a) => isObj(a["reference"]) && team !== undefined && a["reference"]["reference"] === team);
  const named = actors.flatMap((a, i) =>
    isObj(a["reference"]) && team !== undefined && a["reference"]["reference"] === team ? [] : (refId(reader, a["reference"], "participant", at(entry, "provision", "actor", i, "reference")) ?? []),
  );
  const performer = objs(consent["performer"])[0];
  const byParticipant = isObj(performer) ? identifierValue(performer["identifier"], FHIR_ID_SYSTEMS.participant) : undefined;
  if (performer !== undefined) resolve(reader, performer, at(entry, "performer", 0));
  const form = ext(consent, X["consent-form"])?.["valueCoding"];
  const competent = ext(consent, X["consent-competent-under-16"])?.["valueBoolean"];
  return compact({
    id,
    purposes,
    sharesWith: all ? "all" : some(named),
    givenBy: giver ?? "user",
    givenByParticipantId: byParticipant,
    givenOn,
    validUntil: dateOf(reader, period["end"], at(entry, "provision", "period", "end")),
    withdrawnOn: dateOf(reader, ext(consent, X["consent-withdrawn"])?.["valueDate"], at(entry, "extension")),
    form: form === undefined ? undefined : codeOf(reader, form, "consent-form", at(entry, "extension")),
    note: str(ext(consent, X["consent-note"])?.["valueString"]),
    competentUnder16: typeof competent === "boolean" ? competent : undefined,
  });
}

export function readMeeting(reader: Reader, entry: Entry): Obj | undefined {
  const encounter = entry.resource;
  const id = idOf(reader, entry, "meeting");
  const period = isObj(encounter["period"]) ? encounter["period"] : {};
  const date = dateOf(reader, period["start"], at(entry, "period", "start"));
  if (id === undefined || date === undefined) {
    if (date === undefined) report(reader, "fhir/missing-element", at(entry, "period"), { element: "period.start" });
    return undefined;
  }
  const attendees = objs(encounter["participant"]).flatMap((p, i) => refId(reader, p["individual"], "participant", at(entry, "participant", i, "individual")) ?? []);
  return compact({
    id,
    date,
    status: statusOf(reader, entry, "status", FROM_MEETING),
    attendeeIds: some(attendees),
    minutes: str(ext(encounter, X["meeting-minutes"])?.["valueString"]),
  });
}

/** Whether an Encounter is a responsibility-group meeting (or carries no type to say otherwise). */
export function isMeeting(encounter: Obj): boolean {
  return encounter["type"] === undefined || hasConcept(encounter["type"], "meeting-type", "responsibility-group-meeting");
}
