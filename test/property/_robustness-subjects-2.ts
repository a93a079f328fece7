// More subjects for the robustness suite: dates and deadlines, identifiers, findings, coordination
// cases and the consent functions of individual plans. See _robustness-subjects.ts for the rest.
import {
  ageOn,
  checkCoordinationCase,
  consentCovers,
  countyOfMunicipality,
  currentPeriod,
  deadlineEnd,
  deadlineStart,
  deadlineState,
  describeDeadline,
  documentJsonSchema,
  findingMessage,
  isFindingCode,
  firstMunicipalityListYear,
  identifierSystemOf,
  isCalendarDate,
  isDocumentKind,
  isOneOffDeadline,
  isOverdue,
  isValidOrganizationNumber,
  listOpenCases,
  nextDue,
  parseDeadline,
  periodContaining,
  recurrenceStatus,
  sharePlanWith,
  toCalendarDate,
  validateCoordinationCase,
  validateDocument,
  validateNationalId,
  whoMayConsent,
} from "samhandling";
import { canonicalUrl, fromFhir, toFhir } from "samhandling";
import { makeAppointment, makeCase, makeNewCase, TODAY as CASE_TODAY } from "../fixtures/coordination-case.js";
import { deepFreeze } from "../fixtures/deep-freeze.js";
import { makeConsent, makePlan, syntheticNationalId, TODAY } from "../fixtures/individual-plan.js";
import { loose, type Subject, subject } from "./_robustness-subjects.js";

const recurrences = [
  { kind: "recurrence", frequency: "times-per-year", times: 2 },
  { kind: "recurrence", frequency: "times-per-year", times: 4, starts: "2013-01-01" },
  { kind: "recurrence", frequency: "every", interval: 1, unit: "month" },
  { kind: "recurrence", frequency: "every", interval: 2, unit: "week", starts: "2012-08-06" },
  { kind: "recurrence", frequency: "times-per", times: 2, per: "quarter" },
  { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 },
];
const oneOffs = [
  { kind: "date", date: "2012-11-15" },
  { kind: "month", month: "2012-02" },
  { kind: "year", year: 2013 },
  { kind: "range", from: { kind: "month", month: "2012-05" }, to: { kind: "date", date: "2012-06-15" } },
  { kind: "range", from: { kind: "year", year: 2012 }, to: { kind: "year", year: 2014 } },
];
const deadlines = [...oneOffs, ...recurrences];
const deadlineTexts = ["Innan 15.11.2012", "mai - juni 2012", "Kontinuerleg to gongar i året", "15.06.99", "innen 1. mai hvert år", "snarest"];
const DEADLINE_TODAY = "2013-06-01";

const plan = makePlan();
// One user per row of the consent table: adult, under 16, 16-17 lacking capacity, age only from the id.
const users = [
  plan.user,
  { birthDate: "2015-03-12" },
  { birthDate: "2009-03-12", lacksConsentCapacity: [{ from: "2024-01-01", decidedOn: "2023-12-20" }] },
  { nationalId: syntheticNationalId("2012-07-30") },
  {},
];
const consentPlans = [
  plan,
  makePlan({
    consents: [
      makeConsent({ id: "c-1", purposes: ["plan"], sharesWith: undefined }),
      makeConsent({ id: "c-2", purposes: ["information-sharing"], sharesWith: ["p-nav"], withdrawnOn: "2025-09-01" }),
    ],
  }),
];
const participantIds = ["p-nav", "p-user", "p-rel", "p-nobody", ""];
// For the variants that vary the participant: the plan stays fixed (and frozen, so a write would throw).
const frozenPlan = deepFreeze(structuredClone(plan));

const cases = [
  makeCase(),
  makeNewCase(),
  makeCase({ status: "closed", closedOn: "2025-09-30", closingReason: "declined" }),
  makeCase({ appointments: [makeAppointment({ trainedOn: undefined }), makeAppointment({ id: "a-2", endedOn: "2025-09-20" })] }),
];
const caseOptions = { today: CASE_TODAY, locale: "en", followUpDays: 10, inactiveDays: 60 };

const nationalIds = [syntheticNationalId("1990-05-15"), "55859012336", "80000000179", "15459012440", "158590 12342"];

/** A subject whose varied argument is not its first: `call(doc, options)` runs `fn(...)` with the two in place. */
function placed(name: string, docs: readonly unknown[], options: unknown, run: (doc: unknown, options: unknown) => unknown, total = false): Subject {
  return { name, docs, options, total, call: run };
}

const covers = loose(consentCovers);
const share = loose(sharePlanWith);
const message = loose(findingMessage);

export const moreSubjects: readonly Subject[] = [
  // Dates and deadlines (frist)
  subject("parseDeadline", deadlineTexts, { referenceYear: 2012 }, parseDeadline, true),
  subject("deadlineEnd", oneOffs, undefined, deadlineEnd),
  subject("deadlineStart", oneOffs, undefined, deadlineStart),
  subject("isOneOffDeadline", deadlines, undefined, isOneOffDeadline),
  subject("isOverdue", deadlines, { today: DEADLINE_TODAY, done: ["2013-03-01"] }, isOverdue),
  subject("deadlineState", deadlines, { today: DEADLINE_TODAY, dueSoonDays: 30, since: "2012-01-01", done: ["2013-03-01"] }, deadlineState),
  subject("describeDeadline", deadlines, "nn", describeDeadline),
  subject("recurrenceStatus", recurrences, { today: DEADLINE_TODAY, done: ["2013-03-01"], since: "2012-01-01", maxMissed: 20 }, recurrenceStatus),
  subject("nextDue", recurrences, { today: DEADLINE_TODAY, done: ["2013-05-20"] }, nextDue),
  subject("currentPeriod", recurrences, { today: DEADLINE_TODAY }, currentPeriod),
  subject("periodContaining", recurrences, DEADLINE_TODAY, periodContaining),
  subject("toCalendarDate", ["2012-11-15", new Date(2012, 10, 15), "2012-02-30"], undefined, toCalendarDate, true),
  subject("isCalendarDate", ["2012-02-29", "2013-02-29"], undefined, isCalendarDate, true),
  // Identifiers
  subject("validateNationalId", nationalIds, undefined, validateNationalId, true),
  subject("identifierSystemOf", nationalIds.map(validateNationalId), undefined, identifierSystemOf, true),
  subject("isValidOrganizationNumber", ["123456785", " 998877660 ", "123456784"], undefined, isValidOrganizationNumber, true),
  subject("countyOfMunicipality", ["1547", "3001", "0301"], { year: 2022 }, countyOfMunicipality, true),
  subject("ageOn", ["2010-11-24", "2008-02-29", new Date(1990, 4, 15)], "2026-11-24", ageOn, true),
  subject("firstMunicipalityListYear", [undefined], undefined, firstMunicipalityListYear, true),
  // JSON Schema files: a RangeError for anything but a document kind
  subject("documentJsonSchema", ["individual-plan", "questionnaire", "municipal-report"], undefined, documentJsonSchema),
  // Findings: the message parameters of a known code
  subject("isFindingCode", ["plan/missing-consent", "plan/unheard-of", 42, null], undefined, isFindingCode, true),
  placed("findingMessage(params)", [{ detail: "x" }, {}, { count: 3, date: "2025-10-01" }], "nn", (doc, locale) => message("schema/invalid", doc, locale)),
  // Coordination cases (koordinerende enhet)
  subject("checkCoordinationCase", cases, caseOptions, checkCoordinationCase),
  subject("validateCoordinationCase", cases, { ...caseOptions, rules: { "case/notice-not-followed-up": "off" } }, validateCoordinationCase, true),
  subject("listOpenCases", [cases, []], { today: CASE_TODAY, stepDays: 7 }, listOpenCases),
  // Documents of any kind, told apart by `kind`
  subject("validateDocument", [...cases.slice(0, 2), makePlan(), { kind: "plan" }], { today: CASE_TODAY }, validateDocument, true),
  subject("isDocumentKind", ["individual-plan", "plan", 42, null], undefined, isDocumentKind, true),
  // Consent and sharing in individual plans (samtykke)
  subject("whoMayConsent", users, { today: TODAY }, whoMayConsent),
  placed("consentCovers", consentPlans, { today: TODAY }, (doc, options) => covers(doc, "p-nav", options)),
  placed("consentCovers(participantId)", participantIds, { today: TODAY }, (doc, options) => covers(frozenPlan, doc, options)),
  placed("sharePlanWith", consentPlans, { today: TODAY }, (doc, options) => share(doc, "p-nav", options)),
  placed("sharePlanWith(participantId)", participantIds, { today: TODAY }, (doc, options) => share(frozenPlan, doc, options)),
  // FHIR R4
  subject("toFhir", [makePlan(), makePlan({ status: "closed", closingReason: "consent-withdrawn" })], undefined, loose(toFhir)),
  subject("fromFhir", [toFhir(makePlan()), toFhir(makePlan({ goals: [] }))], { locale: "en" }, fromFhir, true),
  subject("canonicalUrl", ["CodeSystem", "StructureDefinition"], "life-area", loose(canonicalUrl)),
];
