import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates/day-number.js";
import { checkPathwayCase, childrenPathway, type Finding, type PathwayCase, type PathwayRole, validatePathwayCase } from "../../src/index.js";
import { deepFreeze } from "../fixtures/deep-freeze.js";

const RUNS = Math.min(Number(process.env.PROPERTY_RUNS ?? 200), 3000);
const iso = (min: string, max: string): fc.Arbitrary<string> =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const ROLES: readonly PathwayRole[] = ["family", "municipal-services", "bup", "habu"];
const STEP_IDS = [...childrenPathway.steps.map((s) => s.id), "not-a-step"];

/** A schema-valid case on the built-in pathway: any steps, in any order, with any consent. */
const caseArb: fc.Arbitrary<PathwayCase> = fc
  .record({
    openedOn: iso("2024-01-01", "2025-12-31"),
    birthDate: iso("2005-01-01", "2020-12-31"),
    status: fc.constantFrom("open", "open", "closed" as const),
    responsible: fc.subarray([...ROLES]),
    steps: fc.array(
      fc.record({
        stepId: fc.constantFrom(...STEP_IDS),
        after: fc.nat(200),
        byRole: fc.constantFrom(...ROLES),
        consent: fc.option(fc.record({ givenBy: fc.constantFrom("user", "parent", "guardian", "representative" as const), before: fc.integer({ min: -10, max: 60 }) }), { nil: undefined }),
      }),
      { maxLength: 10 },
    ),
  })
  .map((r): PathwayCase => ({
    kind: "pathway-case",
    id: "f-prop",
    pathwayId: childrenPathway.id,
    status: r.status,
    openedOn: r.openedOn,
    ...(r.status === "closed" ? { closedOn: addDays(r.openedOn, 250) } : {}),
    child: { id: "c-prop", birthDate: r.birthDate },
    responsible: r.responsible.map((role) => ({ role, id: `r-${role}` })),
    steps: r.steps.map((s) => {
      const doneOn = addDays(r.openedOn, s.after);
      return {
        stepId: s.stepId,
        doneOn,
        byRole: s.byRole,
        ...(s.consent === undefined ? {} : { consent: { givenBy: s.consent.givenBy, givenOn: addDays(doneOn, -s.consent.before) } }),
      };
    }),
  }));
const todayArb = iso("2024-01-01", "2026-12-31");
const key = (f: Finding): string => JSON.stringify([f.code, f.params ?? {}]);

describe("checkPathwayCase on any case", () => {
  it("never throws, accepts what it checks, and never puts the birth date in a finding", () => {
    fc.assert(
      fc.property(caseArb, todayArb, (c, today) => {
        const frozen = deepFreeze(structuredClone(c));
        const findings = checkPathwayCase(frozen, { today, locale: "en" });
        expect(validatePathwayCase(frozen, { today, locale: "en" }).findings).toEqual(findings);
        for (const f of findings) {
          expect(f.code.startsWith("pathway/")).toBe(true);
          expect(JSON.stringify(f)).not.toContain(c.child.birthDate ?? "none");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("finds the same things whatever the order the steps are recorded in", () => {
    fc.assert(
      fc.property(caseArb, todayArb, fc.integer(), (c, today, seed) => {
        const steps = [...(c.steps ?? [])];
        const shuffled = steps.map((s, i) => [((seed ^ (i * 2654435761)) >>> 0) % 1000, s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
        const a = checkPathwayCase(c, { today }).map(key).sort();
        const b = checkPathwayCase({ ...c, steps: shuffled }, { today }).map(key).sort();
        expect(b).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });

  it("takes a parent's consent for a step before the 16th birthday and never from it", () => {
    fc.assert(
      fc.property(iso("2006-01-01", "2012-12-31"), fc.integer({ min: -30, max: 30 }), (birthDate, offset) => {
        const sixteenth = `${String(Number(birthDate.slice(0, 4)) + 16)}${birthDate.slice(4)}`;
        if (sixteenth.endsWith("02-29")) return; // the birthday of one born on 29 February: see whoMayConsent
        const doneOn = addDays(sixteenth, offset);
        const c: PathwayCase = {
          kind: "pathway-case", id: "f", pathwayId: childrenPathway.id, status: "closed", openedOn: addDays(doneOn, -60), closedOn: doneOn,
          child: { id: "c", birthDate },
          steps: [{ stepId: "family-meeting", doneOn, byRole: "municipal-services", consent: { givenBy: "parent", givenOn: addDays(sixteenth, -40) } }],
        };
        const flagged = checkPathwayCase(c, { today: doneOn }).some((f) => f.code === "pathway/step-without-consent");
        expect(flagged).toBe(offset >= 0);
      }),
      { numRuns: RUNS },
    );
  });
});
