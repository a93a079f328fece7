import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  consentCovers,
  type Deadline,
  type Finding,
  type IndividualPlan,
  NationalIdSchema,
  sharePlanWith,
  validateIndividualPlan,
} from "../../src/index.js";
import { deepFreeze, syntheticNationalId } from "../fixtures/individual-plan.js";

// ---------------------------------------------------------------------------------------------
// Generators. Every free text and name carries a unique ‹n› tag, so a test can tell exactly which
// text came from which part of the plan, and no tag can appear in a message by chance.

const iso = (min: string, max: string): fc.Arbitrary<string> =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const day = iso("2023-01-01", "2027-12-31");
const words = fc.array(fc.constantFrom("bolig", "arbeid", "samtale", "rus", "helse", "venner", "skole", "trening"), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const firstNames = fc.constantFrom("Kari", "Ola", "Nora", "Jonas", "Ingrid", "Emil");
const lastNames = fc.constantFrom("Nordvik", "Bakkeli", "Strand", "Haugen", "Lunde");
const personName = fc.tuple(firstNames, lastNames).map(([f, l]) => `${f} ${l}`);
const maybe = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  day.map((date): Deadline => ({ kind: "date", date })),
  day.map((d): Deadline => ({ kind: "month", month: d.slice(0, 7) })),
  fc.integer({ min: 2023, max: 2027 }).map((year): Deadline => ({ kind: "year", year })),
  fc.record({ times: fc.constantFrom(1, 2, 4, 12), starts: maybe(day) }).map(
    ({ times, starts }): Deadline => ({ kind: "recurrence", frequency: "times-per-year", times, ...(starts === undefined ? {} : { starts }) }),
  ),
);

interface Raw {
  readonly status: IndividualPlan["status"];
  readonly birthDate: string;
  readonly withNationalId: boolean;
  readonly participants: { role: "user" | "relative" | "coordinator" | "service-provider" | "gp" | "other"; leftOn: string | undefined }[];
  readonly goals: { status: "active" | "achieved" | "abandoned"; lifeArea: "housing" | "mental-health" | "substance-use"; by: number }[];
  readonly measures: { goals: number[]; responsible: number; deadline: Deadline | undefined; status: "planned" | "done" | "cancelled" | "in-progress" }[];
  readonly consents: {
    purposes: ("plan" | "information-sharing")[];
    sharesWith: "all" | number[] | undefined;
    givenBy: "user" | "parent" | "guardian";
    givenOn: string;
    days: number | undefined;
    withdrawnAfter: number | undefined;
  }[];
  readonly assignments: { who: number; from: string; days: number | undefined; kind: "coordinator" | "child-coordinator" }[];
  readonly meetings: { date: string; status: "planned" | "held" | "cancelled" }[];
  readonly texts: { name: string; words: string }[];
}

const raw: fc.Arbitrary<Raw> = fc.record({
  status: fc.constantFrom("draft", "active", "active", "closed"),
  birthDate: iso("1940-01-01", "2022-12-31"),
  withNationalId: fc.boolean(),
  participants: fc.array(
    fc.record({ role: fc.constantFrom("user", "relative", "coordinator", "service-provider", "gp", "other"), leftOn: maybe(day) }),
    { minLength: 1, maxLength: 7 },
  ),
  goals: fc.array(fc.record({ status: fc.constantFrom("active", "achieved", "abandoned"), lifeArea: fc.constantFrom("housing", "mental-health", "substance-use"), by: fc.nat(8) }), { maxLength: 4 }),
  measures: fc.array(
    fc.record({ goals: fc.array(fc.nat(5), { maxLength: 2 }), responsible: fc.nat(8), deadline: maybe(deadline), status: fc.constantFrom("planned", "done", "cancelled", "in-progress") }),
    { maxLength: 6 },
  ),
  consents: fc.array(
    fc.record({
      purposes: fc.subarray<"plan" | "information-sharing">(["plan", "information-sharing"], { minLength: 1 }),
      sharesWith: fc.oneof(fc.constant("all" as const), fc.array(fc.nat(8), { maxLength: 4 }), fc.constant(undefined)),
      givenBy: fc.constantFrom("user", "parent", "guardian"),
      givenOn: day,
      days: maybe(fc.nat(800)),
      withdrawnAfter: maybe(fc.nat(800)),
    }),
    { maxLength: 3 },
  ),
  assignments: fc.array(fc.record({ who: fc.nat(8), from: day, days: maybe(fc.nat(800)), kind: fc.constantFrom("coordinator", "child-coordinator") }), { maxLength: 3 }),
  meetings: fc.array(fc.record({ date: day, status: fc.constantFrom("planned", "held", "cancelled") }), { maxLength: 4 }),
  texts: fc.array(fc.record({ name: personName, words }), { minLength: 30, maxLength: 30 }),
});

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Builds a schema-valid plan whose every name and text is unique (tagged ‹n›). */
function build(r: Raw): IndividualPlan {
  let n = 0;
  const text = (): string => `${r.texts[n % r.texts.length]?.words ?? "tekst"} ‹${n++}›`;
  const name = (): string => `${r.texts[n % r.texts.length]?.name ?? "Navn"} ‹${n++}›`;
  const pid = (i: number): string => `p-${i % (r.participants.length + 1)}`; // one past the end: unknown
  return {
    kind: "individual-plan",
    id: "ip-prop",
    status: r.status,
    activatedOn: "2024-01-01",
    period: { from: "2024-01-01", to: "2026-12-31" },
    nextRevision: "2025-06-01",
    revisions: [{ date: "2025-01-10", note: text() }],
    ...(r.status === "closed" ? { closedOn: "2025-08-01", closingReason: "moved" as const, closingNote: text() } : {}),
    user: {
      name: name(),
      birthDate: r.birthDate,
      ...(r.withNationalId ? { nationalId: NationalIdSchema.parse(syntheticNationalId(r.birthDate)) } : {}),
    },
    participants: r.participants.map((p, i) => ({
      id: `p-${i}`,
      role: p.role,
      name: name(),
      service: text(),
      contact: text(),
      ...(p.leftOn === undefined ? {} : { leftOn: p.leftOn }),
    })),
    coordinatorAssignments: r.assignments.map((a, i) => ({
      id: `a-${i}`,
      participantId: pid(a.who),
      kind: a.kind,
      from: a.from,
      ...(a.days === undefined ? {} : { to: addDays(a.from, a.days) }),
      appointedBy: text(),
    })),
    responsibilityGroup: { memberIds: ["p-0"], meetings: r.meetings.map((m, i) => ({ id: `mt-${i}`, date: m.date, status: m.status, minutes: text() })) },
    goals: r.goals.map((g, i) => ({ id: `g-${i}`, title: text(), lifeArea: g.lifeArea, status: g.status, expressedById: pid(g.by) })),
    resources: [text()],
    needs: [text()],
    measures: r.measures.map((m, i) => ({
      id: `m-${i}`,
      title: text(),
      scope: text(),
      implementation: text(),
      goalIds: m.goals.map((g) => `g-${g}`),
      responsibleId: pid(m.responsible),
      status: m.status,
      ...(m.deadline === undefined ? {} : { deadline: m.deadline }),
    })),
    contributions: [{ id: "k-0", participantId: "p-0", description: text() }],
    cooperation: [{ id: "s-0", partner: text(), description: text() }],
    consents: r.consents.map((c, i) => ({
      id: `c-${i}`,
      purposes: c.purposes,
      ...(c.sharesWith === undefined ? {} : { sharesWith: c.sharesWith === "all" ? "all" : c.sharesWith.map(pid) }),
      givenBy: c.givenBy,
      givenOn: c.givenOn,
      ...(c.days === undefined ? {} : { validUntil: addDays(c.givenOn, c.days) }),
      ...(c.withdrawnAfter === undefined ? {} : { withdrawnOn: addDays(c.givenOn, c.withdrawnAfter) }),
      note: text(),
    })),
  };
}

const plan = raw.map(build);
const today = iso("2024-01-01", "2026-12-31");

/** Every name, national id and free text in a plan, except what lies under `skip`. */
function secrets(value: unknown, skip?: unknown): string[] {
  if (value === skip) return [];
  if (typeof value === "string") return value.includes("‹") || /^\d{11}$/.test(value) ? [value] : [];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap((inner) => secrets(inner, skip));
  return [];
}

type JsonPath = (string | number)[];

/** The path of every node in a JSON value, the root first. */
function paths(value: unknown, at: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((inner, i) => paths(inner, [...at, i]))];
  if (typeof value === "object" && value !== null) return [at, ...Object.entries(value).flatMap(([k, inner]) => paths(inner, [...at, k]))];
  return [at];
}

/** A copy of a JSON value with the node at `path` replaced, or removed when `remove` is set. */
function changeAt(value: unknown, path: JsonPath, replacement: unknown, remove: boolean): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const last = rest.length === 0;
  if (Array.isArray(value)) {
    if (last && remove) return value.filter((_, i) => i !== head);
    return value.map((inner, i) => (i === head ? changeAt(inner, rest, replacement, remove) : inner));
  }
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = { ...value };
  if (last && remove) delete copy[head];
  else copy[head] = changeAt(copy[head], rest, replacement, remove);
  return copy;
}

const mutatedPlan = fc
  .tuple(plan, fc.nat(400), fc.jsonValue({ maxDepth: 2 }), fc.boolean())
  .map(([p, pick, replacement, remove]) => {
    const json: unknown = JSON.parse(JSON.stringify(p));
    const all = paths(json);
    return { original: p, input: changeAt(json, all[pick % all.length] ?? [], replacement, remove) };
  });

const textOf = (findings: readonly Finding[]): string => JSON.stringify(findings.map((f) => [f.message, f.params]));

function isSorted(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1]!;
    const b = findings[i]!;
    const byPath = compareParts(a.path, b.path);
    if (byPath > 0 || (byPath === 0 && a.code > b.code)) return false;
  }
  return true;
}

function compareParts(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

// ---------------------------------------------------------------------------------------------

describe("validateIndividualPlan properties", () => {
  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), today, (input, day) => {
        const result = validateIndividualPlan(input, { today: day });
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });

  it("never throws on a valid plan with one part broken or removed", () => {
    fc.assert(
      fc.property(mutatedPlan, today, ({ input }, day) => {
        const result = validateIndividualPlan(input, { today: day });
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === "error"));
      }),
    );
  });

  it("never mutates its deep-frozen input", () => {
    fc.assert(
      fc.property(plan, today, (p, day) => {
        const input = deepFreeze(JSON.parse(JSON.stringify(p)));
        const before = JSON.stringify(input);
        validateIndividualPlan(input, { today: day });
        sharePlanWith(input, "p-1", { today: day });
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  });

  it("returns findings sorted by path, then code, the same on every run", () => {
    fc.assert(
      fc.property(fc.oneof(plan.map((p): { input: unknown } => ({ input: p })), mutatedPlan), today, ({ input }, day) => {
        const first = validateIndividualPlan(input, { today: day, locale: "en" });
        expect(isSorted(first.findings)).toBe(true);
        expect(validateIndividualPlan(structuredClone(input), { today: day, locale: "en" })).toEqual(first);
      }),
    );
  });

  it("never puts a name, a national id or free text into a message or params", () => {
    fc.assert(
      fc.property(fc.oneof(plan.map((p): { original: IndividualPlan; input: unknown } => ({ original: p, input: p })), mutatedPlan), today, fc.constantFrom("nb", "nn", "en" as const), ({ original, input }, day, locale) => {
        const written = textOf(validateIndividualPlan(input, { today: day, locale }).findings);
        for (const secret of secrets(original)) expect(written).not.toContain(secret);
      }),
    );
  });
});

describe("sharePlanWith properties", () => {
  it("never returns confidential content to a participant no consent covers", () => {
    fc.assert(
      fc.property(plan, today, fc.nat(8), (p, day, who) => {
        const participantId = `p-${who}`;
        const shared = sharePlanWith(p, participantId, { today: day });
        const coverage = consentCovers(p, participantId, { today: day });
        if (coverage.covered) {
          expect(shared).toStrictEqual(p);
        } else {
          const own = p.participants?.find((x) => x.id === participantId);
          const written = JSON.stringify(shared);
          for (const secret of secrets(p, own)) expect(written).not.toContain(secret);
          expect(written).not.toContain("lifeArea");
          expect(written).not.toContain("birthDate");
        }
      }),
      { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 300) },
    );
  });
});
