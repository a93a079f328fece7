import { practiceBasis } from "../../core/findings/basis.js";
import type { LocalizedText } from "../../core/locale.js";

// The header questions of the action plan in the development projects' model (Stranda 2012/13).
const HEADER: LocalizedText = {
  nb: "spørsmålene i handlingsplanens hode i utviklingsprosjektenes modell",
  nn: "spørsmåla i hovudet på handlingsplanen i modellen til utviklingsprosjekta",
  en: "the header questions of the action plan in the development projects' model",
};

/** The basis of the header codes: the header questions of the development projects' action-plan model. */
export const HEADER_BASIS = practiceBasis(HEADER);
