// sharePlanWith must never leak: over generated plans, valid or not (duplicate ids, dangling
// references, parents' and guardians' consents, recorded incapacity, consents given before birth or
// after today), no confidential value reaches a recipient consentCovers does not cover that day,
// and every consent answer agrees between consentCovers, sharePlanWith and the check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkIndividualPlan,
  consentCovers,
  type IndividualPlan,
  IndividualPlanSchema,
  sharePlanWith,
  summarizePlan,
  whoMayConsent,
} from "../../src/index.js";
import { syntheticNationalId } from "../fixtures/individual-plan.js";

const RUNS = Number(process.env["PROPERTY_RUNS"] ?? 300);
// Room for 10 000 runs (npm run test:properties) on a slow machine; 300 take a few seconds.
const TIMEOUT = Math.max(60_000, RUNS * 40);

const iso = (min: string, max: string): fc.Arbitrary<string> =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const addYears = (date: string, years: number): string => `${String(Number(date.slice(0, 4)) + years).padStart(4, "0")}${date.slice(4)}`;
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const maybe = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** A valid organisation number (mod 11) from eight digits, or undefined when none exists for them. */
function organizationNumber(seed: number): string | undefined {
  const base = String(80_000_000 + (seed % 10_000_000)).padStart(8, "0");
  const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((total, w, i) => total + w * Number(base[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : `${base}${check}`;
}

const IDS = ["p-0", "p-1", "p-2", "p-3", "p-4"]; // five ids for up to seven participants: some shared
const today = iso("2024-01-01", "2027-12-31");

// The user's birth date: near the 16th birthday of `today` most often, on 29 February, anywhere, or unknown.
const birth = fc.oneof(
  fc.integer({ min: -40, max: 40 }).map((d) => ({ near16: d })),
  fc.constantFrom("2008-02-29", "2012-02-29", "2084-02-29").map((date) => ({ date })),
  iso("1940-01-01", "2026-12-31").map((date) => ({ date })),
  fc.constant({ unknown: true as const }),
);

const record = fc.record({
  status: fc.constantFrom("draft", "active", "active", "closed"),
  birth,
  withNationalId: fc.boolean(),
  incapacity: maybe(fc.record({ from: fc.integer({ min: -800, max: 100 }), days: maybe(fc.nat(900)) })),
  participants: fc.array(
    fc.record({
      id: fc.constantFrom(...IDS),
      role: fc.constantFrom("user", "relative", "coordinator", "service-provider", "gp", "other"),
      relation: maybe(fc.constantFrom("parent", "guardian", "sibling")),
      org: maybe(fc.nat()),
      leftIn: maybe(fc.integer({ min: -400, max: 400 })),
    }),
    { minLength: 1, maxLength: 7 },
  ),
  consents: fc.array(
    fc.record({
      purposes: fc.subarray<"plan" | "information-sharing">(["plan", "information-sharing"], { minLength: 1 }),
      sharesWith: fc.oneof(fc.constant("all" as const), fc.array(fc.constantFrom(...IDS, "p-gone"), { maxLength: 4 }), fc.constant(undefined)),
      givenBy: fc.constantFrom("user", "parent", "guardian", "representative"),
      givenIn: fc.integer({ min: -2000, max: 60 }),
      days: maybe(fc.nat(1500)),
      withdrawnAfter: maybe(fc.nat(1500)),
      competentUnder16: maybe(fc.boolean()),
    }),
    { maxLength: 4 },
  ),
  goals: fc.nat(3),
  measures: fc.array(fc.record({ responsible: fc.constantFrom(...IDS, "p-gone"), goal: fc.nat(4) }), { maxLength: 3 }),
  meetings: fc.nat(2),
  today,
});

type Raw = typeof record extends fc.Arbitrary<infer T> ? T : never;

/** Builds a plan whose every confidential text carries a unique ⟦n⟧ marker; it parses, but need not be sound. */
function build(r: Raw): IndividualPlan {
  let n = 0;
  const text = (): string => `tekst ⟦${n++}⟧`;
  const birthDate = "near16" in r.birth ? addDays(addYears(r.today, -16), r.birth.near16) : "date" in r.birth ? r.birth.date : undefined;
  const incapacity = r.incapacity;
  const input = {
    kind: "individual-plan",
    id: "ip-prop",
    status: r.status,
    createdOn: addDays(r.today, -500),
    activatedOn: addDays(r.today, -400),
    ...(r.status === "closed" ? { closedOn: addDays(r.today, -1), closingReason: "moved", closingNote: text() } : {}),
    revisions: [{ date: addDays(r.today, -100), note: text() }],
    user: {
      name: text(),
      ...(birthDate === undefined ? {} : { birthDate }),
      ...(birthDate !== undefined && r.withNationalId && birthDate.slice(0, 4) >= "1900" && birthDate.slice(0, 4) < "2040"
        ? { nationalId: syntheticNationalId(birthDate) }
        : {}),
      ...(incapacity === undefined
        ? {}
        : {
            lacksConsentCapacity: [
              { from: addDays(r.today, incapacity.from), ...(incapacity.days === undefined ? {} : { to: addDays(r.today, incapacity.from + incapacity.days) }) },
            ],
          }),
    },
    participants: r.participants.map((p) => {
      const org = p.org === undefined ? undefined : organizationNumber(p.org);
      return {
        id: p.id,
        role: p.role,
        name: text(),
        service: text(),
        contact: text(),
        ...(p.relation === undefined ? {} : { relation: p.relation }),
        ...(org === undefined ? {} : { organizationNumber: org }),
        ...(p.leftIn === undefined ? {} : { leftOn: addDays(r.today, p.leftIn) }),
      };
    }),
    coordinatorAssignments: [{ id: "a-0", participantId: "p-2", kind: "coordinator", from: addDays(r.today, -400), appointedBy: text() }],
    responsibilityGroup: {
      memberIds: IDS,
      meetings: Array.from({ length: r.meetings }, (_, i) => ({ id: `mt-${i}`, date: addDays(r.today, -30 * i), status: "held", minutes: text() })),
    },
    goals: Array.from({ length: r.goals }, (_, i) => ({ id: `g-${i}`, title: text(), lifeArea: "housing", expressedById: "p-0" })),
    resources: [text()],
    needs: [text()],
    measures: r.measures.map((m, i) => ({
      id: `m-${i}`,
      title: text(),
      scope: text(),
      implementation: text(),
      goalIds: [`g-${m.goal}`],
      responsibleId: m.responsible,
      deadline: { kind: "recurrence", frequency: "times-per-year", times: 2 },
    })),
    contributions: [{ id: "k-0", participantId: "p-1", description: text() }],
    cooperation: [{ id: "s-0", partner: text(), description: text() }],
    consents: r.consents.map((c, i) => {
      const givenOn = addDays(r.today, c.givenIn);
      return {
        id: `c-${i}`,
        purposes: c.purposes,
        ...(c.sharesWith === undefined ? {} : { sharesWith: c.sharesWith }),
        givenBy: c.givenBy,
        givenOn,
        ...(c.days === undefined ? {} : { validUntil: addDays(givenOn, c.days) }),
        ...(c.withdrawnAfter === undefined ? {} : { withdrawnOn: addDays(givenOn, c.withdrawnAfter) }),
        ...(c.competentUnder16 === undefined ? {} : { competentUnder16: c.competentUnder16 }),
        note: text(),
      };
    }),
  };
  return IndividualPlanSchema.parse(input);
}

const planAndDay = record.map((r) => ({ plan: build(r), today: r.today }));

/** Every marked text and organisation number under a value. */
function secrets(value: unknown): string[] {
  if (typeof value === "string") return value.includes("⟦") || /^\d{9}$/.test(value) ? [value] : [];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(secrets);
  return [];
}

const CONFIDENTIAL_KEYS = ["lifeArea", "closingReason", "birthDate", "nationalId", "lacksConsentCapacity", "competentUnder16"];

describe("sharePlanWith never leaks", () => {
  it("gives a recipient not covered on the day nothing confidential but their own unambiguous entry", () => {
    fc.assert(
      fc.property(planAndDay, ({ plan, today }) => {
        const all = secrets(plan);
        const whole = JSON.stringify(plan);
        for (const id of [...IDS, "p-gone"]) {
          const coverage = consentCovers(plan, id, { today });
          const shared = sharePlanWith(plan, id, { today });
          if (coverage.covered) {
            expect(JSON.stringify(shared)).toBe(whole);
            continue;
          }
          const entries = (plan.participants ?? []).filter((p) => p.id === id);
          if (entries.length > 1) expect(coverage.reason).toBe("ambiguous-participant");
          const own = entries.length === 1 ? entries[0] : undefined;
          const allowed = new Set(secrets(own));
          const written = JSON.stringify(shared);
          const leaked = all.filter((secret) => !allowed.has(secret) && written.includes(secret));
          expect(leaked).toEqual([]);
          expect(CONFIDENTIAL_KEYS.filter((key) => written.includes(`"${key}"`))).toEqual([]);
          const relations = (shared.participants ?? []).filter((p) => p.relation !== undefined);
          expect(relations.length).toBeLessThanOrEqual(own?.relation === undefined ? 0 : 1);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("flags exactly the current participants consentCovers does not cover, with its reason", () => {
    fc.assert(
      fc.property(planAndDay, ({ plan, today }) => {
        const findings = checkIndividualPlan(plan, { today }).filter((f) => f.code === "plan/participant-without-consent");
        const expected = plan.status !== "active" ? [] : (plan.participants ?? []).flatMap((p, i) => {
          if (p.role === "user" || (p.leftOn !== undefined && p.leftOn < today)) return [];
          const coverage = consentCovers(plan, p.id, { today });
          return coverage.covered ? [] : [{ path: ["participants", i], reason: coverage.reason }];
        });
        expect(findings.map((f) => ({ path: f.path, reason: f.params?.["reason"] }))).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe("consent to the plan", () => {
  const PLAN_CONSENT_ERRORS = [
    "plan/missing-consent",
    "plan/consent-withdrawn",
    "plan/consent-expired",
    "plan/consent-by-minor",
    "plan/parent-consent-over-16",
    "plan/parent-consent-ended-at-16",
    "plan/consent-giver-not-entitled",
  ];

  it("is reported as an error exactly when summarizePlan finds no consent to the plan that counts", () => {
    fc.assert(
      fc.property(planAndDay, ({ plan, today }) => {
        if (plan.status !== "active") return;
        const counted = summarizePlan(plan, { today }).consentToPlan;
        const findings = checkIndividualPlan(plan, { today });
        const planErrors = findings.filter((f) => PLAN_CONSENT_ERRORS.includes(f.code) && f.severity === "error");
        if (!counted) expect(planErrors.length).toBeGreaterThan(0);
        else expect(findings.filter((f) => ["plan/missing-consent", "plan/consent-withdrawn", "plan/consent-expired"].includes(f.code))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe("the 16th birthday", () => {
  const birthDate = fc.oneof(iso("1990-01-01", "2030-12-31"), fc.integer({ min: 1990, max: 2084 }).filter(isLeap).map((y) => `${y}-02-29`));

  it("ends a parent's consent on the birthday, not the day before", () => {
    fc.assert(
      fc.property(birthDate, (born) => {
        const year = Number(born.slice(0, 4)) + 16;
        const birthday = born.endsWith("-02-29") && !isLeap(year) ? `${year}-03-01` : `${year}${born.slice(4)}`;
        const eve = addDays(birthday, -1);
        const plan = IndividualPlanSchema.parse({
          kind: "individual-plan",
          id: "ip-16",
          status: "active",
          user: { birthDate: born },
          participants: [{ id: "p-user", role: "user" }, { id: "p-nav", role: "service-provider", contact: "⟦nav⟧" }],
          goals: [{ id: "g-1", title: "⟦goal⟧" }],
          consents: [{ id: "c-1", purposes: ["plan", "information-sharing"], sharesWith: "all", givenBy: "parent", givenOn: addDays(born, 365) }],
        });
        expect(whoMayConsent(plan.user, { today: eve }).basis).toBe("under-16");
        expect(whoMayConsent(plan.user, { today: birthday }).basis).toBe("from-16");
        expect(consentCovers(plan, "p-nav", { today: eve }).covered).toBe(true);
        expect(consentCovers(plan, "p-nav", { today: birthday })).toEqual({ covered: false, reason: "consent-by-parent-after-16" });
        expect(JSON.stringify(sharePlanWith(plan, "p-nav", { today: birthday }))).not.toContain("⟦goal⟧");
        const codes = (day: string): string[] => checkIndividualPlan(plan, { today: day }).map((f) => f.code);
        expect(codes(eve)).not.toContain("plan/parent-consent-ended-at-16");
        expect(codes(birthday)).toContain("plan/parent-consent-ended-at-16");
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
