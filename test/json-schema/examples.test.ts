// Every example document and every fixture is accepted by its zod schema and by ajv on the emitted
// JSON Schema of its kind.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { DOCUMENT_KINDS } from "../../src/documents/kinds.js";
import { ajvFor, exampleDocuments, fixtureDocuments, zodFor } from "./_ajv.js";

const examples = exampleDocuments();
const fixtures = fixtureDocuments();

describe("the emitted JSON Schemas", () => {
  it("compile in ajv's strict mode, every kind", () => {
    for (const kind of DOCUMENT_KINDS) expect(typeof ajvFor(kind)).toBe("function");
  });

  it("are tried on every file in examples/data and on a fixture of every kind", () => {
    expect(examples.length).toBeGreaterThanOrEqual(38);
    expect(new Set(fixtures.map((sample) => sample.kind))).toEqual(new Set(DOCUMENT_KINDS));
  });

  it.each([...examples, ...fixtures].map((sample) => [sample.source, sample] as const))("accept %s, as zod does", (_source, sample) => {
    expect(z.safeParse(zodFor(sample.kind), sample.document).success).toBe(true);
    const validate = ajvFor(sample.kind);
    expect(validate(sample.document) ? [] : validate.errors).toEqual([]);
  });

  it("reject a document of another kind", () => {
    const plan = examples.find((sample) => sample.kind === "individual-plan");
    expect(ajvFor("action-plan")(plan?.document)).toBe(false);
    expect(ajvFor("action-plan").errors?.map((error) => error.keyword)).toContain("const");
  });
});
