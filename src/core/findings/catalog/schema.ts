import { basisOf, PRACTICE } from "../basis.js";
import type { FindingDefinition } from "../types.js";

/**
 * Codes for input that does not match a schema. Their severity is always `error`: a document that
 * fails its schema has no value to check further. `{detail}` is zod's own message in the caller's locale.
 */
export const schemaFindings = {
  "schema/invalid": {
    severity: "error",
    description: "The input does not match the document's schema in a way no more specific schema code names; the detail is zod's own message.",
    basis: PRACTICE,
    messages: { nb: "Ugyldige data: {detail}", nn: "Ugyldige data: {detail}", en: "Invalid data: {detail}" },
  },
  "schema/invalid-type": {
    severity: "error",
    description: "A field holds a value of the wrong type, such as a number where text belongs, or is missing where it is required.",
    basis: PRACTICE,
    messages: { nb: "Feil type: {detail}", nn: "Feil type: {detail}", en: "Wrong type: {detail}" },
  },
  "schema/invalid-value": {
    severity: "error",
    description: "A field holds a value outside its fixed set, such as an unknown status.",
    basis: PRACTICE,
    messages: { nb: "Ugyldig verdi: {detail}", nn: "Ugyldig verdi: {detail}", en: "Invalid value: {detail}" },
  },
  "schema/invalid-format": {
    severity: "error",
    description: "A text field does not have its required format, such as an ISO date (YYYY-MM-DD) or an id pattern.",
    basis: PRACTICE,
    messages: { nb: "Ugyldig format: {detail}", nn: "Ugyldig format: {detail}", en: "Invalid format: {detail}" },
  },
  "schema/too-small": {
    severity: "error",
    description: "A value is below its lower limit: a number too small, a text too short or a list with too few entries.",
    basis: PRACTICE,
    messages: { nb: "For liten verdi: {detail}", nn: "For liten verdi: {detail}", en: "Too small: {detail}" },
  },
  "schema/too-big": {
    severity: "error",
    description: "A value is above its upper limit: a number too large, a text too long or a list with too many entries.",
    basis: PRACTICE,
    messages: { nb: "For stor verdi: {detail}", nn: "For stor verdi: {detail}", en: "Too big: {detail}" },
  },
  "schema/unrecognized-keys": {
    severity: "error",
    description: "An object carries fields the schema does not know, which usually means a misspelt field name.",
    basis: PRACTICE,
    messages: { nb: "Ukjente felt: {detail}", nn: "Ukjende felt: {detail}", en: "Unknown fields: {detail}" },
  },
  "schema/invalid-date": {
    severity: "error",
    description: "A date has the right format but does not exist in the calendar, such as 2023-02-30.",
    basis: PRACTICE,
    messages: {
      nb: "Datoen finnes ikke i kalenderen",
      nn: "Datoen finst ikkje i kalenderen",
      en: "The date does not exist in the calendar",
    },
  },
  "schema/invalid-range": {
    severity: "error",
    description: "A period or date range ends before it starts.",
    basis: PRACTICE,
    messages: {
      nb: "Perioden slutter før den begynner",
      nn: "Perioden sluttar før han byrjar",
      en: "The range ends before it starts",
    },
  },
  "schema/invalid-national-id": {
    severity: "error",
    description: "A national identity number (fødselsnummer), D-number, H-number or FH-number has the wrong length, an impossible date or a wrong check digit; the reason says which.",
    basis: basisOf("frl"),
    messages: {
      nb: "Ugyldig fødselsnummer, D-nummer, H-nummer eller felles hjelpenummer ({reason})",
      nn: "Ugyldig fødselsnummer, D-nummer, H-nummer eller felles hjelpenummer ({reason})",
      en: "Invalid national identity number, D-number, H-number or FH-number ({reason})",
    },
  },
  "schema/invalid-organization-number": {
    severity: "error",
    description: "An organisation number (organisasjonsnummer) is not nine digits with a valid check digit.",
    basis: basisOf("enhetsregisterloven"),
    messages: {
      nb: "Ugyldig organisasjonsnummer",
      nn: "Ugyldig organisasjonsnummer",
      en: "Invalid organisation number",
    },
  },
  "schema/invalid-municipality-number": {
    severity: "error",
    description: "A municipality number (kommunenummer) is not a string of exactly four digits (the leading zero kept, as in 0301). Only the form is checked here.",
    basis: basisOf("ssb-municipalities"),
    messages: {
      nb: "Ugyldig kommunenummer",
      nn: "Ugyldig kommunenummer",
      en: "Invalid municipality number",
    },
  },
} as const satisfies Record<`schema/${string}`, FindingDefinition>;
