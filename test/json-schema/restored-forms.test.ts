// What zod's generator leaves out and documentJsonSchema puts back: ajv rejects what zod rejects
// for its form, and accepts every form zod accepts.
import fc from "fast-check";
import { CalendarDateSchema, NationalIdSchema, OrganizationNumberSchema, MunicipalityNumberSchema, RecurrenceSchema, YearMonthSchema } from "samhandling";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { DocumentKindName } from "../../src/documents/kinds.js";
import { syntheticNationalId } from "../fixtures/individual-plan.js";
import { ajvFor, ajvForDef, fixtureDocuments, zodFor } from "./_ajv.js";

const seeds = new Map(fixtureDocuments().reverse().map((sample) => [sample.kind, sample.document]));
const seed = (kind: DocumentKindName): unknown => structuredClone(seeds.get(kind));

/** A copy of a document with the value at a path set (or removed, for `undefined`). */
function withValue(document: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(document);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = typeof parent === "object" && parent !== null ? Reflect.get(parent, key) : undefined;
  if (typeof parent !== "object" || parent === null) throw new Error(`no ${path.join(".")} in the document`);
  const last = path[path.length - 1] ?? "";
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else Reflect.set(parent, last, value);
  return copy;
}

const digits = (length: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length });
const nearIdentifier = fc.string({ unit: fc.constantFrom(..."0123456789 \t\u00a0-x"), maxLength: 14 });

describe("documentJsonSchema puts back what JSON Schema can say", () => {
  // [what, kind, path, value]: zod rejects each; ajv on the emitted schema must too.
  const rejected: readonly (readonly [string, DocumentKindName, readonly (string | number)[], unknown])[] = [
    ["a national id of 10 digits", "individual-plan", ["user", "nationalId"], "1234567890"],
    ["a national id with a letter", "individual-plan", ["user", "nationalId"], "1585901234x"],
    ["a national id as a number", "individual-plan", ["user", "nationalId"], 15859012342],
    ["an organisation number of 8 digits", "individual-plan", ["participants", 0, "organizationNumber"], "12345678"],
    ["a municipality number of 3 digits", "municipal-report", ["municipalityNumber"], "301"],
    ["a municipality number with a space", "action-plan", ["municipality", "number"], " 0301"],
    ["a municipality number in Arabic-Indic digits", "mapping-response", ["respondent", "municipality"], "\u0660\u0663\u0660\u0661"],
    ["30 February", "individual-plan", ["createdOn"], "2025-02-30"],
    ["29 February of a common year", "individual-plan", ["createdOn"], "2025-02-29"],
    ["a date with a time", "individual-plan", ["createdOn"], "2025-02-01T10:00:00Z"],
    ["month 13", "individual-plan", ["measures", 0, "deadline"], { kind: "month", month: "2025-13" }],
    ["29 times a month", "individual-plan", ["measures", 0, "deadline"], { kind: "recurrence", frequency: "times-per", times: 29, per: "month" }],
    ["91 times a quarter", "individual-plan", ["measures", 0, "deadline"], { kind: "recurrence", frequency: "times-per", times: 91, per: "quarter" }],
    ["31 April every year", "individual-plan", ["measures", 0, "deadline"], { kind: "recurrence", frequency: "yearly-by", month: 4, day: 31 }],
    ["30 February every year", "individual-plan", ["measures", 0, "deadline"], { kind: "recurrence", frequency: "yearly-by", month: 2, day: 30 }],
    ["an unknown status", "individual-plan", ["status"], "paused"],
    ["an unknown field", "individual-plan", ["note"], "a field the schema does not know"],
    ["an unknown field in a measure", "individual-plan", ["measures", 0, "extra"], true],
    ["no kind", "individual-plan", ["kind"], undefined],
    ["no id", "coordination-case", ["id"], undefined],
    ["a year before 1800", "milestone-schedule", ["phases", 0, "milestones", 0, "deadline"], { kind: "year", year: 1799 }],
    ["an empty title", "questionnaire", ["title", "nb"], ""],
    ["a report year as a string", "municipal-report", ["year"], "2024"],
  ];

  it.each(rejected)("rejects %s, as zod does", (_what, kind, path, value) => {
    const document = withValue(seed(kind), path, value);
    expect(z.safeParse(zodFor(kind), document).success).toBe(false);
    expect(ajvFor(kind)(document)).toBe(false);
  });

  it("accepts the typed form of a national id and surrounding whitespace, as zod does", () => {
    const id = syntheticNationalId("1990-05-15");
    for (const typed of [id, ` ${id} `, `${id.slice(0, 6)} ${id.slice(6)}`, `\t${id}\n`]) {
      expect(NationalIdSchema.safeParse(typed).success).toBe(true);
      expect(ajvForDef("individual-plan", "NationalId")(typed)).toBe(true);
    }
  });

  it("never rejects a national id, organisation or municipality number zod accepts", () => {
    const cases = [
      [NationalIdSchema, "individual-plan", "NationalId"],
      [OrganizationNumberSchema, "individual-plan", "OrganizationNumber"],
      [MunicipalityNumberSchema, "municipal-report", "MunicipalityNumber"],
    ] as const;
    for (const [schema, kind, name] of cases) {
      const validate = ajvForDef(kind, name);
      fc.assert(
        fc.property(fc.oneof(nearIdentifier, digits(4), digits(9), digits(11)), (value) => {
          if (schema.safeParse(value).success) expect(validate(value), JSON.stringify(value)).toBe(true);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("says exactly what zod says of a yearly day and of times per period", () => {
    const recurrence = ajvForDef("individual-plan", "Recurrence");
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const value = { kind: "recurrence", frequency: "yearly-by", month, day };
        expect(recurrence(value), `${month}-${day}`).toBe(RecurrenceSchema.safeParse(value).success);
      }
    }
    for (const per of ["month", "quarter", "half-year"]) {
      for (let times = 1; times <= 182; times++) {
        const value = { kind: "recurrence", frequency: "times-per", times, per };
        expect(recurrence(value), `${times} per ${per}`).toBe(RecurrenceSchema.safeParse(value).success);
      }
    }
  });

  it("says exactly what zod says of a calendar date and a month", () => {
    const date = ajvForDef("individual-plan", "CalendarDate");
    const month = ajvForDef("individual-plan", "YearMonth");
    const text = fc.oneof(fc.string({ unit: fc.constantFrom(..."0123456789-"), maxLength: 11 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(text, (value) => {
        expect(date(value), value).toBe(CalendarDateSchema.safeParse(value).success);
        expect(month(value), value).toBe(YearMonthSchema.safeParse(value).success);
      }),
      { numRuns: 3000 },
    );
  });
});
