import { finalizeFindings, withSchemaCodes } from "../../_lib/findings.js";
import { describeValue, ownOption, resolveLocale } from "../../_lib/options.js";
import { isCalendarDate } from "../../core/dates/calendar-date.js";
import { MunicipalityNumberSchema } from "../../core/identifiers/municipality-number.js";
import type { Finding, FindingPath } from "../../core/findings/types.js";
import type { Locale } from "../../core/locale.js";
import { requireQuestionnaire } from "../../mapping/_guards.js";
import type { QuestionnaireItem } from "../../mapping/item-schema.js";
import type { Questionnaire } from "../../mapping/questionnaire-schema.js";
import { type MappingAnswer, type MappingRespondent, type MappingResponse, MappingResponseSchema } from "../../mapping/response-schema.js";
import { arrayOf, decodeAnswer, isRecord, problemsIn } from "./_decode.js";
import { MUNICIPALITY_SYSTEM, questionnaireUrl, RESPONSE_ID_SYSTEM } from "./_shared.js";

/** The ids HL7 Norway's NamingSystem no-basis-kommunenummer lists (FHIR.md § 1), the Geonorge one first. */
const MUNICIPALITY_SYSTEMS: readonly string[] = [
  MUNICIPALITY_SYSTEM,
  "https://register.geonorge.no/sosi-kodelister/kommunenummer",
  "http://hl7.no/fhir/NamingSystem/kommunenummer",
  "urn:oid:2.16.578.1.12.4.1.1.3402",
];

const TABLE = withSchemaCodes({});

/**
 * Options of {@link mappingResponseFromFhir}.
 *
 * @example
 * const options: MappingResponseFromFhirOptions = { locale: "en" };
 */
export interface MappingResponseFromFhirOptions {
  /** The language of the findings' messages: `nb` (default), `nn` or `en`. */
  readonly locale?: Locale;
}

/**
 * What {@link mappingResponseFromFhir} read: the response when nothing stood in the way, and the findings.
 *
 * @example
 * const result: MappingResponseFromFhirResult = { findings: [] };
 */
export interface MappingResponseFromFhirResult {
  /** The mapping response, absent when a finding is an error. */
  readonly response?: MappingResponse;
  /** Schema findings with paths into the FHIR resource; never its text. */
  readonly findings: Finding[];
}

type Add = ReturnType<typeof problemsIn>["add"];

function respondentOf(qr: Record<string, unknown>, add: Add): MappingRespondent | undefined {
  const subject = qr.subject;
  const identifier = isRecord(subject) ? subject.identifier : undefined;
  if (!isRecord(subject) || !isRecord(identifier) || typeof identifier.system !== "string" || !MUNICIPALITY_SYSTEMS.includes(identifier.system)) {
    add("schema/invalid-value", ["subject"], "subject");
    return undefined;
  }
  const number = MunicipalityNumberSchema.safeParse(identifier.value);
  if (!number.success) {
    add("schema/invalid-municipality-number", ["subject", "identifier", "value"]);
    return undefined;
  }
  const name = subject.display;
  const author = qr.author;
  const unit = isRecord(author) ? author.display : undefined;
  return {
    municipality: number.data,
    ...(typeof name === "string" && name !== "" ? { municipalityName: name } : {}),
    ...(typeof unit === "string" && unit !== "" ? { unit } : {}),
  };
}

/** Reads the items, sections (groups) and questions alike, by linkId, in order. */
function readItems(items: unknown, path: FindingPath, known: ReadonlyMap<string, QuestionnaireItem>, sections: ReadonlySet<string>, answers: MappingAnswer[], add: Add): void {
  for (const [i, item] of arrayOf(items).entries()) {
    const at = [...path, i];
    if (!isRecord(item) || typeof item.linkId !== "string") {
      add("schema/invalid-type", at);
      continue;
    }
    const question = known.get(item.linkId);
    if (question === undefined) {
      if (sections.has(item.linkId)) readItems(item.item, [...at, "item"], known, sections, answers, add);
      else add("schema/invalid-value", [...at, "linkId"], "link-id");
      continue;
    }
    const given = arrayOf(item.answer);
    if (given.length > 1) add("schema/too-big", [...at, "answer"], "one-answer");
    if (given.length === 0) continue;
    const answer = decodeAnswer(given[0], question);
    if (answer === undefined) add("schema/invalid-type", [...at, "answer", 0], "answer");
    else if (answers.some((a) => a.itemId === answer.itemId)) add("schema/invalid-value", [...at, "linkId"], "answered-before");
    else answers.push(answer);
  }
}

function statusOf(status: unknown): MappingResponse["status"] | undefined {
  if (status === "in-progress") return "in-progress";
  // amended: completed, then changed; still a handed-in response.
  return status === "completed" || status === "amended" ? "completed" : undefined;
}

/**
 * Reads a FHIR R4 `QuestionnaireResponse` back into a mapping response (kartleggingssvar) to the
 * given questionnaire: the inverse of {@link mappingResponseToFhir}, so
 * `mappingResponseFromFhir(mappingResponseToFhir(r, q), q).response` equals `r` with its answers
 * in the questionnaire's order. It reads the
 * canonical (this questionnaire and version), the status (`amended` counts as completed), the date
 * of `authored`, the municipality number from `subject.identifier` (any of the ids of HL7 Norway's
 * kommunenummer NamingSystem), the name and unit from the `display`s, the id from our identifier,
 * and one answer per linkId of the questionnaire, under any group. What cannot be read is a schema
 * finding with a path into the FHIR resource (never its text): an unknown linkId, an answer of
 * another type, a second answer. It does not check the answers against the questionnaire's rules
 * (required items, conditions, options, bounds): run {@link validateMappingResponse} on the result.
 * Never throws on any input; never changes it.
 *
 * @param qr - Anything, e.g. parsed JSON from a FHIR server.
 * @param questionnaire - The questionnaire the response answers.
 * @param options - `locale` of the messages.
 * @returns `{ response, findings }`; `response` is absent when a finding is an error.
 * @throws TypeError when `questionnaire` is not a questionnaire or `options` not an object; RangeError when `locale` is unknown.
 *
 * @example
 * mappingResponseFromFhir({ resourceType: "Patient" }, coordinatingUnitMappingForm).findings.map((f) => [f.code, f.path])
 * //=> [["schema/invalid-value", ["resourceType"]]]
 */
export function mappingResponseFromFhir(qr: unknown, questionnaire: Questionnaire, options: MappingResponseFromFhirOptions = {}): MappingResponseFromFhirResult {
  requireQuestionnaire(questionnaire, "mappingResponseFromFhir");
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`mappingResponseFromFhir: options must be an object, got ${describeValue(options)}`);
  }
  const locale = resolveLocale(ownOption(options, "locale"));
  const problems = problemsIn(locale);
  const done = (response?: MappingResponse): MappingResponseFromFhirResult => {
    const findings = finalizeFindings(problems.list, TABLE, { locale, rules: undefined });
    return response === undefined || findings.some((f) => f.severity === "error") ? { findings } : { response, findings };
  };
  if (!isRecord(qr) || qr.resourceType !== "QuestionnaireResponse") {
    problems.add(isRecord(qr) ? "schema/invalid-value" : "schema/invalid-type", isRecord(qr) ? ["resourceType"] : [], "resource-type");
    return done();
  }
  if (qr.questionnaire !== `${questionnaireUrl(questionnaire.id)}|${questionnaire.version}`) problems.add("schema/invalid-value", ["questionnaire"], "questionnaire");
  const status = statusOf(qr.status);
  if (status === undefined) problems.add("schema/invalid-value", ["status"], "status");
  const date = typeof qr.authored === "string" ? qr.authored.slice(0, 10) : undefined;
  if (!isCalendarDate(date)) problems.add("schema/invalid-date", ["authored"]);
  const respondent = respondentOf(qr, problems.add);
  const known = new Map<string, QuestionnaireItem>();
  for (const item of questionnaire.sections.flatMap((s) => s.items)) if (!known.has(item.id)) known.set(item.id, item);
  const answers: MappingAnswer[] = [];
  readItems(qr.item, ["item"], known, new Set(questionnaire.sections.map((s) => s.id)), answers, problems.add);
  if (status === undefined || !isCalendarDate(date) || respondent === undefined) return done();
  const identifier = qr.identifier;
  const id = isRecord(identifier) && identifier.system === RESPONSE_ID_SYSTEM && typeof identifier.value === "string" ? identifier.value : undefined;
  const response: MappingResponse = {
    kind: "mapping-response",
    ...(id !== undefined ? { id } : {}),
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    respondent,
    date,
    status,
    answers,
  };
  if (!MappingResponseSchema.safeParse(response).success) problems.add("schema/invalid", [], "response");
  return done(response);
}
