import { basisOf, PRACTICE } from "../basis.js";
import type { FindingDefinition } from "../types.js";

/**
 * Codes for input that does not match a schema. Their severity is always `error`: a document that
 * fails its schema has no value to check further. `{detail}` is zod's own message in the caller's locale.
 */
export const schemaFindings = {
  "schema/invalid": {
    severity: "error",
    basis: PRACTICE,
    messages: { nb: "Ugyldige data: {detail}", nn: "Ugyldige data: {detail}", en: "Invalid data: {detail}" },
  },
  "schema/invalid-type": {
    severity: "error",
    basis: PRACTICE,
    messages: { nb: "Feil type: {detail}", nn: "Feil type: {detail}", en: "Wrong type: {detail}" },
  },
  "schema/invalid-value": {
    severity: "error",
    basis: PRACTICE,
    messages: { nb: "Ugyldig verdi: {detail}", nn: "Ugyldig verdi: {detail}", en: "Invalid value: {detail}" },
  },
  "schema/invalid-format": {
    severity: "error",
    basis: PRACTICE,
    messages: { nb: "Ugyldig format: {detail}", nn: "Ugyldig format: {detail}", en: "Invalid format: {detail}" },
  },
  "schema/too-small": {
    severity: "error",
    basis: PRACTICE,
    messages: { nb: "For liten verdi: {detail}", nn: "For liten verdi: {detail}", en: "Too small: {detail}" },
  },
  "schema/too-big": {
    severity: "error",
    basis: PRACTICE,
    messages: { nb: "For stor verdi: {detail}", nn: "For stor verdi: {detail}", en: "Too big: {detail}" },
  },
  "schema/unrecognized-keys": {
    severity: "error",
    basis: PRACTICE,
    messages: { nb: "Ukjente felt: {detail}", nn: "Ukjende felt: {detail}", en: "Unknown fields: {detail}" },
  },
  "schema/invalid-date": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Datoen finnes ikke i kalenderen",
      nn: "Datoen finst ikkje i kalenderen",
      en: "The date does not exist in the calendar",
    },
  },
  "schema/invalid-range": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Perioden slutter før den begynner",
      nn: "Perioden sluttar før han byrjar",
      en: "The range ends before it starts",
    },
  },
  "schema/invalid-national-id": {
    severity: "error",
    basis: basisOf("frl"),
    messages: {
      nb: "Ugyldig fødselsnummer, D-nummer, H-nummer eller felles hjelpenummer ({reason})",
      nn: "Ugyldig fødselsnummer, D-nummer, H-nummer eller felles hjelpenummer ({reason})",
      en: "Invalid national identity number, D-number, H-number or FH-number ({reason})",
    },
  },
  "schema/invalid-organization-number": {
    severity: "error",
    basis: basisOf("enhetsregisterloven"),
    messages: {
      nb: "Ugyldig organisasjonsnummer",
      nn: "Ugyldig organisasjonsnummer",
      en: "Invalid organisation number",
    },
  },
  "schema/invalid-municipality-number": {
    severity: "error",
    basis: basisOf("ssb-municipalities"),
    messages: {
      nb: "Ugyldig kommunenummer",
      nn: "Ugyldig kommunenummer",
      en: "Invalid municipality number",
    },
  },
} as const satisfies Record<`schema/${string}`, FindingDefinition>;
