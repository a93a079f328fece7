import { compiledSchema } from "../../_lib/compiled.js";
import { finalizeFindings, schemaFindings, withSchemaCodes } from "../../_lib/findings.js";
import { ownOption, requireOptions, resolveLocale, resolveRules } from "../../_lib/options.js";
import type { ConfigurableFindingCode, Finding, RuleSetting } from "../../core/findings/types.js";
import type { Locale } from "../../core/locale.js";
import { type IndividualPlan, IndividualPlanSchema } from "../../individual-plan/schema.js";
import { fhirFindings } from "../findings.js";
import { readConsent, readGoal, readMeeting, isMeeting } from "./_from-parts.js";
import { readMeasure } from "./_from-measures.js";
import { readGroupTeam, readParticipantsTeam, readUser } from "./_from-people.js";
import { readPlanFields } from "./_from-plan.js";
import { at, compact, type Entry, hasConcept, isObj, list, type Obj, objs, type Reader, report, resolve, some, str } from "./_read.js";

/**
 * Options for {@link fromFhir}.
 *
 * @example
 * const options: FromFhirOptions = { locale: "en", rules: { "fhir/unmapped-resource": "off" } };
 */
export interface FromFhirOptions {
  /** The language of messages; `nb` (bokmål) when left out. */
  readonly locale?: Locale;
  /** Per-code severity overrides or `"off"`. */
  readonly rules?: Readonly<Partial<Record<ConfigurableFindingCode, RuleSetting>>>;
}

/**
 * What {@link fromFhir} gives: the plan when one could be read (it passes {@link IndividualPlanSchema}),
 * and findings for what could not be mapped.
 *
 * @example
 * const result: FromFhirResult = { findings: [] };
 */
export interface FromFhirResult {
  readonly plan?: IndividualPlan;
  readonly findings: readonly Finding[];
}

const TABLE = withSchemaCodes(fhirFindings);
const MAPPED = new Set(["CarePlan", "Patient", "CareTeam", "RelatedPerson", "Practitioner", "Organization", "Goal", "Consent", "Encounter"]);

/**
 * Imports an individual plan (individuell plan) from a FHIR R4 Bundle, as {@link toFhir} writes it:
 * the first CarePlan with its Patient, CareTeams, Goals, activities, Consents and Encounters. What
 * cannot be mapped is reported as findings with a path into the Bundle (`fhir/not-a-bundle`,
 * `fhir/missing-element`, `fhir/unmapped-resource`, `fhir/unknown-code`,
 * `fhir/unresolved-reference`, `fhir/invalid-value`) and left out. Never throws on bad input.
 *
 * @param bundle - Any value; a FHIR R4 Bundle (JSON, already parsed) is expected.
 * @param options - `locale` of the messages, and `rules` to change a code's severity or switch it off.
 * @returns `{ plan, findings }`; `plan` is left out when no plan could be read.
 * @throws TypeError or RangeError when `options` is not an object or holds a bad `locale` or `rules`.
 *
 * @example
 * fromFhir(toFhir({ kind: "individual-plan", id: "ip-1", status: "draft", user: { birthDate: "1990-05-15" } }))
 * //=> { plan: { kind: "individual-plan", id: "ip-1", status: "draft", user: { birthDate: "1990-05-15" } }, findings: [] }
 * fromFhir({ resourceType: "Patient" }).findings.map((f) => f.code)
 * //=> ["fhir/not-a-bundle"]
 */
export function fromFhir(bundle: unknown, options: FromFhirOptions = {}): FromFhirResult {
  requireOptions(options, "fromFhir");
  const settings = { locale: resolveLocale(ownOption(options, "locale")), rules: resolveRules(ownOption(options, "rules")) };
  const reader: Reader = { byUrl: new Map(), findings: [], used: new Set() };
  const plan = isObj(bundle) && bundle["resourceType"] === "Bundle" && Array.isArray(bundle["entry"]) ? readBundle(reader, bundle) : undefined;
  if (!isObj(bundle) || bundle["resourceType"] !== "Bundle" || !Array.isArray(bundle["entry"])) report(reader, "fhir/not-a-bundle", []);
  const findings = finalizeFindings(reader.findings, TABLE, settings);
  if (plan === undefined) return { findings };
  const parsed = compiledSchema(IndividualPlanSchema).safeParse(plan);
  if (parsed.success) return { plan: parsed.data, findings };
  return { findings: [...findings, ...schemaFindings(parsed.error.issues, TABLE, settings.locale)] };
}

function readBundle(reader: Reader, bundle: Obj): Obj | undefined {
  const entries: Entry[] = [];
  list(bundle["entry"]).forEach((item, index) => {
    const resource = isObj(item) && isObj(item["resource"]) ? item["resource"] : undefined;
    if (resource === undefined) return report(reader, "fhir/missing-element", ["entry", index], { element: "resource" });
    const entry = { resource, index };
    entries.push(entry);
    const url = isObj(item) ? str(item["fullUrl"]) : undefined;
    if (url !== undefined) reader.byUrl.set(url, entry);
  });
  const carePlan = entries.find((e) => e.resource["resourceType"] === "CarePlan");
  if (carePlan === undefined) {
    report(reader, "fhir/no-care-plan", ["entry"]);
    return undefined;
  }
  reader.used.add(carePlan.index);
  const fields = readPlanFields(reader, carePlan);
  if (fields["id"] === undefined) report(reader, "fhir/missing-element", at(carePlan, "identifier"), { element: "CarePlan.identifier" });
  const patient = resolve(reader, carePlan.resource["subject"], at(carePlan, "subject"));
  if (patient === undefined || patient.resource["resourceType"] !== "Patient") report(reader, "fhir/missing-element", at(carePlan, "subject"), { element: "Patient" });
  else reader.used.add(patient.index);
  const user = patient?.resource["resourceType"] === "Patient" ? readUser(reader, patient) : {};

  const teams = objs(carePlan.resource["careTeam"]).flatMap((ref, i) => {
    const team = resolve(reader, ref, at(carePlan, "careTeam", i));
    if (team === undefined || team.resource["resourceType"] !== "CareTeam") return [];
    reader.used.add(team.index);
    return [team];
  });
  const groupTeam = teams.find((t) => hasConcept(t.resource["category"], "care-team-category", "responsibility-group"));
  const mainTeam = teams.find((t) => t !== groupTeam);
  const people = mainTeam === undefined ? { participants: [], assignments: [] } : readParticipantsTeam(reader, mainTeam);

  const goals = objs(carePlan.resource["goal"]).flatMap((ref, i) => {
    const goal = resolve(reader, ref, at(carePlan, "goal", i));
    if (goal === undefined || goal.resource["resourceType"] !== "Goal") return [];
    reader.used.add(goal.index);
    return [readGoal(reader, goal) ?? []].flat();
  });
  const measures = objs(carePlan.resource["activity"]).flatMap((activity, i) => readMeasure(reader, activity, at(carePlan, "activity", i)) ?? []);
  const of = (type: string): Entry[] => entries.filter((e) => e.resource["resourceType"] === type);
  const consents = of("Consent").flatMap((e) => {
    reader.used.add(e.index);
    return readConsent(reader, e, mainTeam === undefined ? undefined : urlOf(reader, mainTeam)) ?? [];
  });
  const meetings = of("Encounter").filter((e) => isMeeting(e.resource)).flatMap((e) => {
    reader.used.add(e.index);
    return readMeeting(reader, e) ?? [];
  });
  const group = groupTeam === undefined ? (meetings.length === 0 ? undefined : {}) : readGroupTeam(reader, groupTeam);
  for (const e of entries) {
    if (reader.used.has(e.index)) continue;
    const type = str(e.resource["resourceType"]) ?? "unknown";
    // Organizations and people not reached from the plan are left out like any other resource.
    report(reader, "fhir/unmapped-resource", ["entry", e.index], { resourceType: MAPPED.has(type) || /^[A-Z][A-Za-z]{1,63}$/.test(type) ? type : "unknown" });
  }
  return compact({
    ...fields,
    user,
    participants: some(people.participants),
    coordinatorAssignments: some(people.assignments),
    responsibilityGroup: group === undefined ? undefined : compact({ ...group, meetings: some(meetings) }),
    goals: some(goals),
    measures: some(measures),
    consents: some(consents),
  });
}

function urlOf(reader: Reader, entry: Entry): string | undefined {
  for (const [url, e] of reader.byUrl) if (e === entry) return url;
  return undefined;
}
