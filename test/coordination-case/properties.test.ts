import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CoordinationCase, CoordinationCaseSchema, type Finding, listOpenCases, NationalIdSchema, validateCoordinationCase } from "../../src/index.js";
import { deepFreeze, syntheticNationalId } from "../fixtures/coordination-case.js";

const iso = (min: string, max: string): fc.Arbitrary<string> =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const after = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const maybe = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const gap = fc.nat(120);
const answer = fc.constantFrom("not-offered", "pending", "accepted", "declined" as const);
const giver = fc.constantFrom("user", "parent", "guardian", "representative" as const);

/** A schema-valid case built from offsets after the notice, so every date order the schema asks holds. */
const caseArb: fc.Arbitrary<CoordinationCase> = fc
  .record({
    receivedOn: iso("2024-01-01", "2025-12-31"),
    status: fc.constantFrom("open", "open", "closed" as const),
    birthDate: iso("2000-01-01", "2023-10-31"), // before every other date, so a finding date never equals it by chance
    idForm: fc.constantFrom("birthDate", "nationalId", "none"),
    fromService: fc.constantFrom("gp", "tsb", "nav", "school", "user-or-family" as const),
    consent: fc.oneof(
      fc.constant(undefined),
      fc.record({ status: fc.constant("pending" as const), askedAfter: maybe(gap) }),
      fc.record({ status: fc.constant("given" as const), after: fc.integer({ min: -30, max: 120 }), by: giver, withdrawnAfter: maybe(gap) }),
      fc.record({ status: fc.constant("declined" as const), after: gap }),
    ),
    offer: maybe(fc.record({ after: gap, plan: answer, coordinator: answer, answeredAfter: maybe(gap) })),
    appointments: fc.array(
      fc.record({ id: fc.constantFrom("a-1", "a-2", "a-3"), child: fc.boolean(), after: gap, trained: maybe(fc.integer({ min: -400, max: 60 })), length: maybe(gap) }),
      { maxLength: 3 },
    ),
    activities: fc.array(fc.record({ after: gap, kind: fc.constantFrom("contact", "meeting", "letter", "review", "other" as const) }), { maxLength: 3 }),
    planAfter: maybe(gap),
    closedAfter: maybe(gap),
  })
  .map((r): CoordinationCase => {
    const on = (days: number): string => after(r.receivedOn, days);
    const consent = r.consent;
    return {
      kind: "coordination-case",
      id: "ke-prop",
      status: r.status,
      user: {
        id: "u-1",
        ...(r.idForm === "birthDate" ? { birthDate: r.birthDate } : {}),
        ...(r.idForm === "nationalId" ? { nationalId: NationalIdSchema.parse(syntheticNationalId(r.birthDate)) } : {}),
      },
      notice: { receivedOn: r.receivedOn, fromService: r.fromService, aboutUserId: "u-1" },
      ...(consent === undefined
        ? {}
        : consent.status === "pending"
          ? { consent: { status: "pending", ...(consent.askedAfter === undefined ? {} : { askedOn: on(consent.askedAfter) }) } }
          : consent.status === "given"
            ? {
                consent: {
                  status: "given",
                  givenOn: on(consent.after),
                  givenBy: consent.by,
                  ...(consent.withdrawnAfter === undefined ? {} : { withdrawnOn: on(consent.after + consent.withdrawnAfter) }),
                },
              }
            : { consent: { status: "declined", declinedOn: on(consent.after) } }),
      ...(r.offer === undefined
        ? {}
        : {
            offer: {
              offeredOn: on(r.offer.after),
              plan: r.offer.plan,
              coordinator: r.offer.coordinator,
              ...(r.offer.answeredAfter === undefined ? {} : { answeredOn: on(r.offer.after + r.offer.answeredAfter) }),
            },
          }),
      appointments: r.appointments.map((a) => ({
        id: a.id,
        kind: a.child ? "child-coordinator" : "coordinator",
        coordinatorId: "k-1",
        appointedOn: on(a.after),
        ...(a.trained === undefined ? {} : { trainedOn: on(a.after + a.trained) }),
        ...(a.length === undefined ? {} : { endedOn: on(a.after + a.length) }),
      })),
      activities: r.activities.map((a) => ({ date: on(a.after), kind: a.kind })),
      ...(r.planAfter === undefined ? {} : { individualPlan: { id: "ip-1", madeOn: on(r.planAfter) } }),
      ...(r.closedAfter === undefined ? {} : { closedOn: on(r.closedAfter), closingReason: "other" as const }),
    };
  });

const today = iso("2024-01-01", "2026-12-31");

type JsonPath = (string | number)[];
function paths(value: unknown, at: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((inner, i) => paths(inner, [...at, i]))];
  if (typeof value === "object" && value !== null) return [at, ...Object.entries(value).flatMap(([k, inner]) => paths(inner, [...at, k]))];
  return [at];
}
function changeAt(value: unknown, path: JsonPath, replacement: unknown, remove: boolean): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    if (rest.length === 0 && remove) return value.filter((_, i) => i !== head);
    return value.map((inner, i) => (i === head ? changeAt(inner, rest, replacement, remove) : inner));
  }
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = { ...value };
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = changeAt(copy[head], rest, replacement, remove);
  return copy;
}
const nearValid = fc.tuple(caseArb, fc.nat(200), fc.jsonValue({ maxDepth: 2 }), fc.boolean()).map(([c, pick, replacement, remove]) => {
  const json: unknown = JSON.parse(JSON.stringify(c));
  const all = paths(json);
  return { original: c, input: changeAt(json, all[pick % all.length] ?? [], replacement, remove) };
});

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

/** Sorted by path, then code, as every check promises. */
function isSorted(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1]!;
    const b = findings[i]!;
    const byPath = compareParts(a.path, b.path);
    if (byPath > 0 || (byPath === 0 && a.code > b.code)) return false;
  }
  return true;
}

describe("validateCoordinationCase properties", () => {
  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), today, (input, day) => {
        expect(typeof validateCoordinationCase(input, { today: day }).ok).toBe("boolean");
      }),
    );
  });

  it("accepts every generated case against its schema", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(CoordinationCaseSchema.safeParse(c).success).toBe(true);
      }),
    );
  });

  it("never throws on a case with one part broken or removed, and is ok exactly without errors", () => {
    fc.assert(
      fc.property(nearValid, today, ({ input }, day) => {
        const result = validateCoordinationCase(input, { today: day });
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === "error"));
        expect(isSorted(result.findings)).toBe(true);
      }),
    );
  });

  it("gives the same findings on every run and never changes its deep-frozen input", () => {
    fc.assert(
      fc.property(caseArb, today, (c, day) => {
        const input = deepFreeze(JSON.parse(JSON.stringify(c)));
        const before = JSON.stringify(input);
        const first = validateCoordinationCase(input, { today: day, locale: "en" });
        expect(validateCoordinationCase(structuredClone(c), { today: day, locale: "en" })).toEqual(first);
        listOpenCases([input], { today: day });
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  });

  it("never puts the user's birth date or national id into a finding", () => {
    fc.assert(
      fc.property(caseArb, today, fc.constantFrom("nb", "nn", "en" as const), (c, day, locale) => {
        const written = JSON.stringify(validateCoordinationCase(c, { today: day, locale }).findings);
        if (c.user.nationalId !== undefined) expect(written).not.toContain(c.user.nationalId);
        if (c.user.birthDate !== undefined) expect(written).not.toContain(c.user.birthDate);
      }),
    );
  });
});

describe("listOpenCases properties", () => {
  it("lists each open case once, by due day, never throwing on a schema-valid case", () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 6 }), today, (cases, day) => {
        const items = listOpenCases(cases, { today: day });
        expect(items.map((i) => i.index).sort((a, b) => a - b)).toEqual(cases.flatMap((c, i) => (c.status === "open" ? [i] : [])));
        for (let i = 1; i < items.length; i++) expect(items[i - 1]!.due <= items[i]!.due).toBe(true);
        for (const item of items) expect(item.overdue).toBe(item.due < day);
      }),
    );
  });
});
