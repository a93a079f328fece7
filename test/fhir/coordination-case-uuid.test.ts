import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameUuid, URL_NAMESPACE } from "../../src/fhir/_uuid.js";
import { FHIR_BASE } from "../../src/fhir/canonical.js";
import { CASE_NAMESPACE } from "../../src/fhir/coordination-case/to-fhir.js";

/** RFC 9562 version 5 with node:crypto's SHA-1, the reference the package's own hashing is held to. */
function referenceUuid(name: string, namespace: string): string {
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe("the name-based UUIDs of the case export", () => {
  it("agree with node:crypto's SHA-1 in both namespaces, across block boundaries and non-ASCII text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.constantFrom(URL_NAMESPACE, CASE_NAMESPACE), (text, namespace) => {
        expect(nameUuid(text, namespace)).toBe(referenceUuid(text, namespace));
      }),
    );
  });

  it("gives RFC 9562's version-5 UUID (as Python's uuid5 does)", () => {
    expect(nameUuid("https://www.example.com/", URL_NAMESPACE)).toBe("urn:uuid:3d3ed9d2-aa3d-5fa6-90e8-ed662e90f559");
  });

  it("writes out the namespace of the case export as derived from the base", () => {
    expect(`urn:uuid:${CASE_NAMESPACE}`).toBe(nameUuid(`${FHIR_BASE}/coordination-case`));
  });
});
