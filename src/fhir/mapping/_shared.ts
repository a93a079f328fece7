// Internal: the URLs, linkIds and texts the mapping exports and imports share.
import { canonicalUrl, FHIR_BASE } from "../canonical.js";
import type { ItemText } from "../../mapping/item-schema.js";
import type { FhirExtension, FhirPrimitiveElement } from "./types.js";

/**
 * The municipality number (kommunenummer) as `Identifier.system`: the Geonorge register the
 * no-basis patient example writes on `address.district` (FHIR.md § 1 leaves the preferred URL open).
 */
export const MUNICIPALITY_SYSTEM = "https://register.geonorge.no/subregister/sosi-kodelister/kartverket/kommunenummer-alle";

/** The identifier system of a mapping response's id. */
export const RESPONSE_ID_SYSTEM = canonicalUrl("NamingSystem", "mapping-response-id");

/** The extension that keeps an item's `basis` ("hol § 7-3"). */
export const ITEM_BASIS_URL = canonicalUrl("StructureDefinition", "questionnaire-item-basis");

export const TRANSLATION_URL = "http://hl7.org/fhir/StructureDefinition/translation";
export const ITEM_CONTROL_URL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
export const DISPLAY_CATEGORY_URL = "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory";
export const MIN_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/minValue";
export const MAX_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/maxValue";
export const UNIT_URL = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";

/** The canonical URL of a questionnaire of ours: `${FHIR_BASE}/Questionnaire/<id>`. */
export function questionnaireUrl(id: string): string {
  return `${FHIR_BASE}/Questionnaire/${id}`;
}

// Derived linkIds use "/", which no MappingId holds, so they never clash with an item's own id.
/** The linkId of an assessment's comment. */
export const commentLinkId = (itemId: string): string => `${itemId}/comment`;
/** The linkId of an item's help text. */
export const helpLinkId = (itemId: string): string => `${itemId}/help`;
/** The linkId of a section's instruction. */
export const instructionLinkId = (sectionId: string): string => `${sectionId}/instruction`;

/** The comment item's question, in each language. */
export const COMMENT_TEXT: ItemText = { nb: "Kommentar", nn: "Kommentar", en: "Comment" };

/** The nynorsk and English of a text as core `translation` extensions on its primitive element. */
export function translations(text: ItemText): FhirPrimitiveElement | undefined {
  const extension: FhirExtension[] = [];
  for (const lang of ["nn", "en"] as const) {
    const content = text[lang];
    if (content !== undefined) {
      extension.push({ url: TRANSLATION_URL, extension: [{ url: "lang", valueCode: lang }, { url: "content", valueString: content }] });
    }
  }
  return extension.length === 0 ? undefined : { extension };
}
