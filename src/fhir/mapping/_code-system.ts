// Internal: the package's own code systems, built one way: bokmål display, nynorsk and English designations.
import { canonicalUrl } from "../canonical.js";
import type { FhirCodeSystem, FhirCoding } from "./types.js";

/** One code with its words in each language. */
export interface ConceptText {
  readonly code: string;
  readonly nb: string;
  readonly nn: string;
  readonly en: string;
}

/** A complete CodeSystem under `canonicalUrl("CodeSystem", name)`. */
export function defineCodeSystem(name: string, title: string, description: string, concepts: readonly ConceptText[]): FhirCodeSystem {
  return {
    resourceType: "CodeSystem",
    url: canonicalUrl("CodeSystem", name),
    version: "1",
    name: name
      .split("-")
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(""),
    title,
    status: "active",
    description,
    caseSensitive: true,
    content: "complete",
    count: concepts.length,
    concept: concepts.map(({ code, nb, nn, en }) => ({
      code,
      display: nb,
      designation: [
        { language: "nn", value: nn },
        { language: "en", value: en },
      ],
    })),
  };
}

/** The coding of a code of one of the package's code systems, with its bokmål display. */
export function codingOf(system: FhirCodeSystem, code: string): FhirCoding {
  const concept = system.concept.find((c) => c.code === code);
  return concept === undefined ? { system: system.url, code } : { system: system.url, code, display: concept.display };
}
