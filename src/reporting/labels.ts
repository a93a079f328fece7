import type { LocalizedText } from "../core/locale.js";
import type { EducationLevel, Profession } from "./schema.js";

/**
 * Names of the professions (yrkesgrupper) in bokmål, nynorsk and English, for tables and forms.
 *
 * @example
 * professionLabels["social-educator"].nb
 * //=> "Vernepleier"
 */
export const professionLabels: Readonly<Record<Profession, LocalizedText>> = {
  nurse: { nb: "Sykepleier", nn: "Sjukepleiar", en: "Nurse" },
  "social-educator": { nb: "Vernepleier", nn: "Vernepleiar", en: "Social educator" },
  "social-worker": { nb: "Sosionom", nn: "Sosionom", en: "Social worker" },
  "child-welfare-educator": { nb: "Barnevernspedagog", nn: "Barnevernspedagog", en: "Child-welfare educator" },
  psychologist: { nb: "Psykolog", nn: "Psykolog", en: "Psychologist" },
  physician: { nb: "Lege", nn: "Lege", en: "Physician" },
  "occupational-therapist": { nb: "Ergoterapeut", nn: "Ergoterapeut", en: "Occupational therapist" },
  physiotherapist: { nb: "Fysioterapeut", nn: "Fysioterapeut", en: "Physiotherapist" },
  teacher: { nb: "Pedagog", nn: "Pedagog", en: "Teacher" },
  "health-worker": { nb: "Helsefagarbeider", nn: "Helsefagarbeidar", en: "Health worker" },
  "peer-worker": { nb: "Erfaringskonsulent", nn: "Erfaringskonsulent", en: "Peer worker" },
  "other-higher-education": { nb: "Annen høyere utdanning", nn: "Annan høgare utdanning", en: "Other, higher education" },
  other: { nb: "Andre", nn: "Andre", en: "Other" },
};

/**
 * Names of the education levels (utdanningsnivå) in bokmål, nynorsk and English.
 *
 * @example
 * educationLevelLabels["further-education"].en
 * //=> "Bachelor with further education"
 */
export const educationLevelLabels: Readonly<Record<EducationLevel, LocalizedText>> = {
  "no-relevant-education": {
    nb: "Uten helse- og sosialfaglig utdanning",
    nn: "Utan helse- og sosialfagleg utdanning",
    en: "No health or social-care education",
  },
  "upper-secondary": { nb: "Videregående nivå", nn: "Vidaregåande nivå", en: "Upper secondary" },
  bachelor: { nb: "Bachelor", nn: "Bachelor", en: "Bachelor" },
  "further-education": {
    nb: "Bachelor med videreutdanning",
    nn: "Bachelor med vidareutdanning",
    en: "Bachelor with further education",
  },
  master: { nb: "Master eller høyere", nn: "Master eller høgare", en: "Master or higher" },
};
