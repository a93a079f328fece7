// What zod's JSON Schema generator leaves out and JSON Schema can still say. A refinement is a
// function, so the generator emits only the type underneath it (an identifier becomes a bare
// `"type": "string"`); the forms below are put back by the identity of the zod schema they belong
// to. What no JSON Schema can say (checksums, dates in order, cross-references) is listed in
// docs/json-schema.md, and test/json-schema/ holds every refinement of a document schema to one or
// the other.
import type * as z from "zod";
import { RecurrenceSchema, TIMES_PER_LIMIT } from "../core/dates/deadline.js";
import { MunicipalityNumberSchema } from "../core/identifiers/municipality-number.js";
import { NationalIdSchema } from "../core/identifiers/national-id.js";
import { OrganizationNumberSchema } from "../core/identifiers/organization-number.js";

/** A JSON Schema node as zod's generator hands it to `override`, to be completed in place. */
type Node = z.core.JSONSchema.BaseSchema;

/** One restoration: the zod schema it applies to, and what it adds to that schema's JSON. */
export interface Restoration {
  readonly schema: z.core.$ZodType;
  readonly restore: (node: Node) => void;
}

// `[0-9]`, not `\d`: in .NET and some other engines `\d` also matches non-ASCII digits. `\s` is
// exactly the whitespace JavaScript's `trim()` removes, which the library does before it checks.
const NATIONAL_ID_PATTERN = "^\\s*(?:[0-9]{11}|[0-9]{6} [0-9]{5})\\s*$";
const ORGANIZATION_NUMBER_PATTERN = "^\\s*[0-9]{9}\\s*$";
const MUNICIPALITY_NUMBER_PATTERN = "^[0-9]{4}$";

/** Months of 30 days; February allows 29 (in other years the due day is 28 February). */
const THIRTY_DAY_MONTHS = [4, 6, 9, 11];

/**
 * `if` the property has this value `then` the other one, an integer, is at most `max`. Types on every
 * leaf, so ajv's strict mode compiles it without a warning.
 */
function capWhen(property: string, value: string | number | number[], capped: string, max: number): Node {
  const type = typeof value === "string" ? "string" : "integer";
  const test: Node = Array.isArray(value) ? { type, enum: value } : { type, const: value };
  return {
    if: { properties: { [property]: test }, required: [property] },
    then: { properties: { [capped]: { type: "integer", maximum: max } } },
  };
}

/**
 * A pattern with every `\\d` written `[0-9]` (`0-9` inside a class): the same in JavaScript, and no
 * longer any Unicode digit in engines (.NET) where `\\d` is one.
 *
 * @example
 * asciiDigits("^\\d{4}-(0[1-9]|1[0-2])$")
 * //=> "^[0-9]{4}-(0[1-9]|1[0-2])$"
 */
export function asciiDigits(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      const next = pattern[i + 1] ?? "";
      if (next === "d") out += inClass ? "0-9" : "[0-9]";
      else out += `${char}${next}`;
      i++;
    } else {
      if (char === "[") inClass = true;
      else if (char === "]") inClass = false;
      out += char;
    }
  }
  return out;
}

function withAllOf(node: Node, conditions: readonly Node[]): void {
  node.allOf = [...(node.allOf ?? []), ...conditions];
}

/**
 * The restorations, made on each call: nothing is built at module load.
 *
 * @example
 * restorations().some((r) => r.schema === NationalIdSchema)
 * //=> true
 */
export function restorations(): readonly Restoration[] {
  const [, , timesPer, yearlyBy] = RecurrenceSchema.options;
  return [
    {
      schema: NationalIdSchema,
      restore(node) {
        node.pattern = NATIONAL_ID_PATTERN;
        node.description =
          "Norwegian national identity number (fødselsnummer, D-nummer, H-nummer or FH-nummer): 11 digits. " +
          'The typed form "DDMMYY IIIKK" and surrounding whitespace are accepted and stored as 11 digits. ' +
          "The date and the check digits are checked only by samhandling.";
      },
    },
    {
      schema: OrganizationNumberSchema,
      restore(node) {
        node.pattern = ORGANIZATION_NUMBER_PATTERN;
        node.description =
          "Organisation number (organisasjonsnummer) in Enhetsregisteret: 9 digits, surrounding whitespace accepted. " +
          "The modulus-11 check digit is checked only by samhandling.";
      },
    },
    {
      schema: MunicipalityNumberSchema,
      restore(node) {
        node.pattern = MUNICIPALITY_NUMBER_PATTERN;
        node.description =
          'Municipality number (kommunenummer): 4 digits as a string, leading zero kept ("0301"). ' +
          "Whether the number exists in a year's list is checked only by samhandling.";
      },
    },
    {
      schema: timesPer,
      restore(node) {
        withAllOf(
          node,
          Object.entries(TIMES_PER_LIMIT).map(([per, limit]) => capWhen("per", per, "times", limit)),
        );
      },
    },
    {
      schema: yearlyBy,
      restore(node) {
        withAllOf(node, [capWhen("month", THIRTY_DAY_MONTHS, "day", 30), capWhen("month", 2, "day", 29)]);
      },
    },
  ];
}
