import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENT_KINDS } from "../../src/documents/kinds.js";
import { fromFhir } from "../../src/fhir/plan/from-fhir.js";
import { toFhir } from "../../src/fhir/plan/to-fhir.js";
import { IndividualPlanSchema } from "../../src/individual-plan/schema.js";
import { documentJsonSchema } from "../../src/json-schema/index.js";
import { ROOT, run } from "./_io.js";

const PLAN_FILE = "examples/data/individual-plan-sound.json";
const plan = IndividualPlanSchema.parse(JSON.parse(readFileSync(join(ROOT, PLAN_FILE), "utf8")));

describe("samhandling schema", () => {
  it("prints the JSON Schema of every kind, the one documentJsonSchema gives", async () => {
    for (const kind of DOCUMENT_KINDS) {
      const result = await run(["schema", kind]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout)).toEqual(documentJsonSchema(kind));
    }
  });

  it("refuses a missing or unknown kind with exit 2, in the chosen language", async () => {
    const missing = await run(["schema"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^samhandling: oppgi en dokumenttype: individual-plan, .* eller municipal-report\.\n$/);
    const unknown = await run(["schema", "plan", "--locale", "en"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^samhandling: KIND must be individual-plan, .* or municipal-report, not “plan”\.\n$/);
    expect((await run(["schema", "action-plan", "questionnaire"])).code).toBe(2);
    expect((await run(["schema", "--help", "--locale", "nn"])).stdout).toBe("Bruk: samhandling schema TYPE [--locale nb|nn|en]\n");
  });
});

describe("samhandling fhir", () => {
  it("exports a plan file as the Bundle toFhir writes, one JSON document a line", async () => {
    const result = await run(["fhir", "export", PLAN_FILE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.endsWith("\n")).toBe(true);
    expect(result.stdout.trimEnd().split("\n")).toEqual([JSON.stringify(toFhir(plan))]);
  });

  it("imports what it exported, through a pipe, back to the same plan", async () => {
    const exported = await run(["fhir", "export", PLAN_FILE]);
    const imported = await run(["fhir", "import", "-"], { stdin: exported.stdout });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe("");
    expect(JSON.parse(imported.stdout)).toEqual(fromFhir(JSON.parse(exported.stdout)).plan);
    expect(JSON.parse(imported.stdout)).toEqual(plan);
  });

  it("exports every plan of an NDJSON stream, and refuses what is no plan with exit 2", async () => {
    const line = JSON.stringify(plan);
    const result = await run(["fhir", "export", "-"], { stdin: `${line}\n{"kind":"individual-plan"}\n{bad\n${line}\n` });
    expect(result.code).toBe(2);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(result.stderr.split("\n")).toEqual([
      "samhandling: -:2 er ingen gyldig individuell plan; se «samhandling check».",
      "samhandling: -: ugyldig JSON (linje 3, kolonne 2)",
      "",
    ]);
  });

  it("tells on stderr what an import could not map, with exit 1 for an error", async () => {
    const result = await run(["fhir", "import", "-", "--locale", "en"], { stdin: '{"resourceType":"Patient"}\n' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("fhir/not-a-bundle");
    expect(result.stderr).toContain("Severity");
  });

  it("refuses a missing direction, an unknown one and no input with exit 2", async () => {
    expect((await run(["fhir"])).stderr).toBe("samhandling: oppgi export eller import. Se «samhandling --help».\n");
    const unknown = await run(["fhir", "send", PLAN_FILE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("«send»");
    expect((await run(["fhir", "export"])).code).toBe(2);
    expect((await run(["fhir", "export", "examples/data/none.json"])).stderr).toBe("samhandling: examples/data/none.json: filen finnes ikke\n");
  });
});
