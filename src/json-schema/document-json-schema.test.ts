import { describe, expect, it } from "vitest";
import * as z from "zod";
import { CalendarDateSchema } from "../core/dates/calendar-date.js";
import { NationalIdSchema } from "../core/identifiers/national-id.js";
import { DOCUMENT_KINDS } from "../documents/kinds.js";
import { documentJsonSchema, JSON_SCHEMA_BASE } from "./index.js";
import { kindSource } from "./kinds.js";
import { restorations } from "./restore.js";

describe("documentJsonSchema", () => {
  it.each(DOCUMENT_KINDS)("gives the %s schema its $id, title, description and kind", (kind) => {
    const schema = documentJsonSchema(kind);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`https://samhandling.github.io/samhandling/schemas/${kind}.schema.json`);
    expect(schema.$id.startsWith(JSON_SCHEMA_BASE)).toBe(true);
    expect(schema.title.length).toBeGreaterThan(5);
    expect(schema.description).toContain(kindSource(kind).validator);
    expect(schema.description).toContain("docs/json-schema.md");
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties?.["kind"]).toEqual({ type: "string", const: kind });
    expect(schema.required).toContain("kind");
  });

  it("names the shared parts under $defs and points to them", () => {
    const plan = documentJsonSchema("individual-plan");
    expect(Object.keys(plan.$defs ?? {}).sort()).toEqual(
      ["CalendarDate", "DatePoint", "Deadline", "NationalId", "OrganizationNumber", "Recurrence", "YearMonth"].sort(),
    );
    expect(plan.properties?.["createdOn"]).toEqual({ $ref: "#/$defs/CalendarDate" });
    expect(plan.$defs?.["CalendarDate"]).toMatchObject({ type: "string", format: "date" });
    expect(plan.$defs?.["NationalId"]?.pattern).toBe("^\\s*(?:[0-9]{11}|[0-9]{6} [0-9]{5})\\s*$");
    expect(plan.$defs?.["OrganizationNumber"]?.pattern).toBe("^\\s*[0-9]{9}\\s*$");
    for (const kind of ["action-plan", "mapping-response", "municipal-report"] as const) {
      expect(documentJsonSchema(kind).$defs?.["MunicipalityNumber"]?.pattern).toBe("^[0-9]{4}$");
    }
  });

  it("writes no \\d in any pattern: [0-9] means the same in every regular-expression engine", () => {
    for (const kind of DOCUMENT_KINDS) expect(JSON.stringify(documentJsonSchema(kind))).not.toContain("\\\\d");
  });

  it.each([["plan"], [""], ["Individual-Plan"], [undefined], [null], [3], [{}]])("throws a RangeError naming kind for %j", (bad) => {
    // @ts-expect-error a caller without types can pass anything
    expect(() => documentJsonSchema(bad)).toThrow(RangeError);
    // @ts-expect-error as above
    expect(() => documentJsonSchema(bad)).toThrow(/^documentJsonSchema: kind must be one of "individual-plan", .*, got /);
  });

  it("returns a new object on each call, so changing one changes no other", () => {
    const first = documentJsonSchema("action-plan");
    const expected = structuredClone(first);
    first.title = "changed";
    Reflect.deleteProperty(first.properties ?? {}, "rows");
    expect(documentJsonSchema("action-plan")).toEqual(expected);
  });

  it("is plain JSON: it survives JSON.stringify unchanged", () => {
    for (const kind of DOCUMENT_KINDS) {
      const schema = documentJsonSchema(kind);
      expect(JSON.parse(JSON.stringify(schema))).toStrictEqual(schema);
    }
  });

  it("registers nothing in zod's global registry and reads nothing from it", () => {
    const before = documentJsonSchema("individual-plan");
    expect(z.globalRegistry.has(NationalIdSchema)).toBe(false);
    expect(z.globalRegistry.has(CalendarDateSchema)).toBe(false);
    z.globalRegistry.add(CalendarDateSchema, { id: "SomeAppsDate", description: "an app's own metadata" });
    try {
      expect(documentJsonSchema("individual-plan")).toEqual(before);
    } finally {
      z.globalRegistry.remove(CalendarDateSchema);
    }
  });

  it("restores or leaves to docs/json-schema.md every refinement of a document schema", () => {
    const restored = new Set(restorations().map((restoration) => restoration.schema));
    const unlisted: string[] = [];
    for (const kind of DOCUMENT_KINDS) {
      const root = kindSource(kind).schema;
      z.toJSONSchema(root, {
        io: "input",
        override({ zodSchema, path }) {
          for (const check of zodSchema._zod.def.checks ?? []) {
            const def = check._zod.def;
            if (def.check !== "custom" || restored.has(zodSchema)) continue;
            // Dates in order (schema/invalid-range) and a case's dates after its notice: docs/json-schema.md.
            const params: unknown = Reflect.get(def, "params");
            const dateOrder = typeof params === "object" && params !== null && Reflect.get(params, "code") === "schema/invalid-range";
            if (!dateOrder && !(kind === "coordination-case" && zodSchema === root)) unlisted.push(`${kind}: /${path.join("/")}`);
          }
        },
      });
    }
    expect(unlisted).toEqual([]);
  });
});
