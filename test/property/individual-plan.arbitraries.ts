// Generated individual plans for property tests: every field of the model, with ids drawn from small
// pools so that references hit, miss and repeat. Every plan passes IndividualPlanSchema (the
// arbitrary parses what it builds and keeps only what parses). Optional lists are either absent or
// non-empty: an empty list and an absent one mean the same, and FHIR JSON has no empty arrays.
import fc from "fast-check";
import { type IndividualPlan, IndividualPlanSchema } from "../../src/index.js";
import { anyNationalIdArb } from "./identifiers.arbitraries.js";

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const list = <T>(arb: fc.Arbitrary<T>, maxLength = 3): fc.Arbitrary<T[] | undefined> => opt(fc.array(arb, { minLength: 1, maxLength }));

/** Text as records hold it: letters, digits, Norwegian letters, punctuation, inner spaces and line breaks. */
export const textArb = fc.stringMatching(/^[A-Za-zÆØÅæøå0-9§.,:;()/-](?:[A-Za-zÆØÅæøå0-9§.,:;()/ \n-]{0,30}[A-Za-zÆØÅæøå0-9§.,:;()/-])?$/);
const idArb = (prefix: string): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }).map((n) => `${prefix}-${n}`) }, { weight: 1, arbitrary: textArb });

const dateArb = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Two ordered dates, the second maybe absent. */
const spanArb = fc.tuple(dateArb, opt(dateArb)).map(([a, b]) => (b === undefined ? { from: a } : a <= b ? { from: a, to: b } : { from: b, to: a }));

const pointArb = fc.oneof(
  dateArb.map((date) => ({ kind: "date" as const, date })),
  dateArb.map((date) => ({ kind: "month" as const, month: date.slice(0, 7) })),
  fc.integer({ min: 1800, max: 2200 }).map((year) => ({ kind: "year" as const, year })),
);
const startsArb = { starts: opt(dateArb) };
const deadlineArb = fc.oneof(
  pointArb,
  fc.tuple(pointArb, pointArb).map(([from, to]) => ({ kind: "range", from, to })),
  fc.tuple(pointArb).map(([p]) => ({ kind: "range", from: p, to: p })),
  fc.record({ kind: fc.constant("recurrence"), frequency: fc.constant("times-per-year"), times: fc.integer({ min: 1, max: 366 }), ...startsArb }, { requiredKeys: ["kind", "frequency", "times"] }),
  fc.record({ kind: fc.constant("recurrence"), frequency: fc.constant("every"), interval: fc.integer({ min: 1, max: 520 }), unit: fc.constantFrom("week", "month"), ...startsArb }, { requiredKeys: ["kind", "frequency", "interval", "unit"] }),
  fc.record({ kind: fc.constant("recurrence"), frequency: fc.constant("times-per"), times: fc.integer({ min: 1, max: 28 }), per: fc.constantFrom("month", "quarter", "half-year"), ...startsArb }, { requiredKeys: ["kind", "frequency", "times", "per"] }),
  fc.record({ kind: fc.constant("recurrence"), frequency: fc.constant("yearly-by"), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), ...startsArb }, { requiredKeys: ["kind", "frequency", "month", "day"] }),
);

const participantArb = fc
  .record(
    {
      id: idArb("p"),
      role: fc.constantFrom("user", "relative", "coordinator", "service-provider", "gp", "other"),
      name: textArb,
      relation: fc.constantFrom("parent", "guardian", "partner", "child", "sibling", "other"),
      service: textArb,
      organizationNumber: fc.constantFrom("123456785", "974760673", "971524960"),
      contact: textArb,
      span: spanArb,
    },
    { requiredKeys: ["id", "role"] },
  )
  .map(({ span, ...p }) => ({ ...p, ...(span === undefined ? {} : { joinedOn: span.from, ...(span.to === undefined ? {} : { leftOn: span.to }) }) }));

const assignmentArb = fc
  .record(
    { id: idArb("a"), participantId: idArb("p"), kind: fc.constantFrom("coordinator", "child-coordinator"), span: spanArb, appointedBy: textArb, appointedOn: dateArb, trainedOn: dateArb },
    { requiredKeys: ["id", "participantId", "span"] },
  )
  .map(({ span, ...a }) => ({ ...a, ...span }));

const goalArb = fc.record(
  {
    id: idArb("g"),
    title: textArb,
    lifeArea: fc.constantFrom("substance-use", "housing", "work-activity", "leisure", "parenting", "other"),
    expressedById: idArb("p"),
    status: fc.constantFrom("active", "achieved", "abandoned"),
    setOn: dateArb,
  },
  { requiredKeys: ["id"] },
);

const measureArb = fc.record(
  {
    id: idArb("m"),
    title: textArb,
    goalIds: fc.array(idArb("g"), { minLength: 1, maxLength: 3 }),
    responsibleId: idArb("p"),
    scope: textArb,
    implementation: textArb,
    deadline: deadlineArb,
    status: fc.constantFrom("planned", "in-progress", "done", "postponed", "cancelled"),
    doneOn: dateArb,
    carriedOutOn: fc.array(dateArb, { minLength: 1, maxLength: 3 }),
    startOn: dateArb,
  },
  { requiredKeys: ["id"] },
);

const consentArb = fc
  .record(
    {
      id: idArb("c"),
      purposes: fc.array(fc.constantFrom("plan", "information-sharing"), { minLength: 1, maxLength: 2 }),
      sharesWith: fc.oneof(fc.constant("all"), fc.array(idArb("p"), { minLength: 1, maxLength: 3 })),
      givenBy: fc.constantFrom("user", "parent", "guardian", "representative"),
      givenByParticipantId: idArb("p"),
      span: spanArb,
      withdrawnAfter: fc.integer({ min: 0, max: 400 }),
      withdrawn: fc.boolean(),
      form: fc.constantFrom("written", "oral"),
      note: textArb,
      competentUnder16: fc.boolean(),
    },
    { requiredKeys: ["id", "purposes", "givenBy", "span", "withdrawn", "withdrawnAfter"] },
  )
  .map(({ span, withdrawn, withdrawnAfter, ...c }) => {
    const withdrawnOn = new Date(Date.parse(span.from) + withdrawnAfter * 86_400_000).toISOString().slice(0, 10);
    return { ...c, givenOn: span.from, ...(span.to === undefined ? {} : { validUntil: span.to }), ...(withdrawn ? { withdrawnOn } : {}) };
  });

const meetingArb = fc.record(
  { id: idArb("mt"), date: dateArb, status: fc.constantFrom("planned", "held", "cancelled"), attendeeIds: fc.array(idArb("p"), { minLength: 1, maxLength: 4 }), minutes: textArb },
  { requiredKeys: ["id", "date"] },
);

const userArb = fc.record(
  {
    name: textArb,
    birthDate: dateArb,
    nationalId: anyNationalIdArb.filter((id) => IndividualPlanSchema.shape.user.shape.nationalId.safeParse(id).success),
    lacksConsentCapacity: fc.array(
      fc.record({ span: spanArb, decidedOn: opt(dateArb) }).map(({ span, decidedOn }) => ({ ...span, ...(decidedOn === undefined ? {} : { decidedOn }) })),
      { minLength: 1, maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);

/** Any individual plan the schema accepts, each field present or absent. */
export const individualPlanArb: fc.Arbitrary<IndividualPlan> = fc
  .record(
    {
      kind: fc.constant("individual-plan"),
      id: idArb("ip"),
      status: fc.constantFrom("draft", "active", "closed"),
      services: fc.array(fc.constantFrom("health-and-care", "specialist-care", "nav", "social-services", "child-welfare"), { minLength: 1, maxLength: 3 }),
      createdOn: dateArb,
      activatedOn: dateArb,
      closedOn: dateArb,
      closingReason: fc.constantFrom("goals-reached", "no-longer-needed", "consent-withdrawn", "moved", "transferred", "deceased", "other"),
      closingNote: textArb,
      period: spanArb,
      nextRevision: dateArb,
      revisions: fc.array(fc.record({ date: dateArb, note: textArb }, { requiredKeys: ["date"] }), { minLength: 1, maxLength: 2 }),
      user: userArb,
      participants: fc.array(participantArb, { minLength: 1, maxLength: 6 }),
      coordinatorAssignments: fc.array(assignmentArb, { minLength: 1, maxLength: 2 }),
      responsibilityGroup: fc.record(
        { establishedOn: dateArb, memberIds: fc.array(idArb("p"), { minLength: 1, maxLength: 4 }), meetings: fc.array(meetingArb, { minLength: 1, maxLength: 3 }) },
        { requiredKeys: [] },
      ),
      goals: fc.array(goalArb, { minLength: 1, maxLength: 4 }),
      resources: fc.array(textArb, { minLength: 1, maxLength: 2 }),
      needs: fc.array(textArb, { minLength: 1, maxLength: 2 }),
      measures: fc.array(measureArb, { minLength: 1, maxLength: 5 }),
      contributions: fc.array(fc.record({ id: idArb("k"), participantId: idArb("p"), description: textArb }, { requiredKeys: ["id", "participantId"] }), { minLength: 1, maxLength: 2 }),
      cooperation: fc.array(fc.record({ id: idArb("s"), partner: textArb, participantId: idArb("p"), description: textArb }, { requiredKeys: ["id"] }), { minLength: 1, maxLength: 2 }),
      consents: fc.array(consentArb, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ["kind", "id", "status", "user"] },
  )
  .map((input) => IndividualPlanSchema.safeParse(input))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data!);
