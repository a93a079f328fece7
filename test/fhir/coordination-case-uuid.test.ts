import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASE_NAMESPACE } from "../../src/fhir/coordination-case/to-fhir.js";
import { sha1, URL_NAMESPACE, uuidV5 } from "../../src/fhir/coordination-case/_uuid.js";
import { FHIR_BASE } from "../../src/fhir/canonical.js";

describe("the name-based UUIDs of the case export", () => {
  it("hashes as node:crypto's SHA-1 does, across block boundaries and non-ASCII text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(Buffer.from(sha1(bytes)).toString("hex")).toBe(createHash("sha1").update(bytes).digest("hex"));
      }),
    );
  });

  it("gives RFC 9562's version-5 UUID (as Python's uuid5 does)", () => {
    expect(uuidV5("https://www.example.com/", URL_NAMESPACE)).toBe("3d3ed9d2-aa3d-5fa6-90e8-ed662e90f559");
  });

  it("writes out the namespace of the case export as derived from the base", () => {
    expect(CASE_NAMESPACE).toBe(uuidV5(`${FHIR_BASE}/coordination-case`));
  });
});
