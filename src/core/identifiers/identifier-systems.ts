import type { NationalIdKind, NationalIdResult } from "./national-id.js";

/**
 * HL7 Norway's identifier systems (`Identifier.system` in FHIR, as the no-basis profiles fix them):
 * fødselsnummer (FNR), D-nummer (DNR), felles hjelpenummer (FHN) and organisasjonsnummer (ENH).
 * H-numbers have no identifier system: no-basis-Patient's `HNR` slice uses the bare system `HNR`
 * with a type coding and a required assigner, as they are unique only inside the issuing system.
 *
 * @example
 * IDENTIFIER_SYSTEMS["d-number"]
 * //=> "urn:oid:2.16.578.1.12.4.1.4.2"
 */
export const IDENTIFIER_SYSTEMS = {
  fodselsnummer: "urn:oid:2.16.578.1.12.4.1.4.1",
  "d-number": "urn:oid:2.16.578.1.12.4.1.4.2",
  "fh-number": "urn:oid:2.16.578.1.12.4.1.4.3",
  "organization-number": "urn:oid:2.16.578.1.12.4.1.4.101",
} as const;

/**
 * One of HL7 Norway's identifier system URIs in {@link IDENTIFIER_SYSTEMS}.
 *
 * @example
 * const system: IdentifierSystem = "urn:oid:2.16.578.1.12.4.1.4.1";
 */
export type IdentifierSystem = (typeof IDENTIFIER_SYSTEMS)[keyof typeof IDENTIFIER_SYSTEMS];

/**
 * The identifier system of fødselsnummer (FNR), `urn:oid:2.16.578.1.12.4.1.4.1`.
 *
 * @example
 * ({ system: FODSELSNUMMER_SYSTEM, value: "15859012342" })
 * //=> { system: "urn:oid:2.16.578.1.12.4.1.4.1", value: "15859012342" }
 */
export const FODSELSNUMMER_SYSTEM = IDENTIFIER_SYSTEMS.fodselsnummer;

/**
 * The identifier system of D-nummer (DNR), `urn:oid:2.16.578.1.12.4.1.4.2`.
 *
 * @example
 * D_NUMBER_SYSTEM
 * //=> "urn:oid:2.16.578.1.12.4.1.4.2"
 */
export const D_NUMBER_SYSTEM = IDENTIFIER_SYSTEMS["d-number"];

/**
 * The identifier system of felles hjelpenummer (FH-nummer, FHN), `urn:oid:2.16.578.1.12.4.1.4.3`.
 *
 * @example
 * FH_NUMBER_SYSTEM
 * //=> "urn:oid:2.16.578.1.12.4.1.4.3"
 */
export const FH_NUMBER_SYSTEM = IDENTIFIER_SYSTEMS["fh-number"];

/**
 * The identifier system of organisasjonsnummer (ENH, Enhetsregisteret), `urn:oid:2.16.578.1.12.4.1.4.101`.
 *
 * @example
 * ORGANIZATION_NUMBER_SYSTEM
 * //=> "urn:oid:2.16.578.1.12.4.1.4.101"
 */
export const ORGANIZATION_NUMBER_SYSTEM = IDENTIFIER_SYSTEMS["organization-number"];

const SYSTEM_OF_KIND: Readonly<Record<NationalIdKind, IdentifierSystem | undefined>> = {
  fodselsnummer: FODSELSNUMMER_SYSTEM,
  "d-number": D_NUMBER_SYSTEM,
  "fh-number": FH_NUMBER_SYSTEM,
  "h-number": undefined,
};

/**
 * The HL7 Norway identifier system for a validated national identity number, by its kind. Synthetic
 * numbers get their kind's system (test environments use them in its place). H-numbers have none.
 * Never throws.
 *
 * @param result - What {@link validateNationalId} returned.
 * @returns The system URI, or `undefined` for an invalid number or an H-number.
 *
 * @example
 * identifierSystemOf(validateNationalId("55859012336"))
 * //=> "urn:oid:2.16.578.1.12.4.1.4.2"
 * identifierSystemOf(validateNationalId("15459012440"))
 * //=> undefined
 * identifierSystemOf(validateNationalId("15859012343"))
 * //=> undefined
 */
export function identifierSystemOf(result: NationalIdResult): IdentifierSystem | undefined {
  if (typeof result !== "object" || result === null || !result.valid) return undefined;
  const kind: unknown = result.kind;
  return typeof kind === "string" && Object.hasOwn(SYSTEM_OF_KIND, kind)
    ? SYSTEM_OF_KIND[kind as NationalIdKind]
    : undefined;
}
