import { PRACTICE } from "../basis.js";
import type { FindingDefinition } from "../types.js";

/**
 * Finding codes of the mapping concept (kartlegging): `questionnaire/...` for a questionnaire
 * definition, `mapping/...` for a response to one. Params are ids, codes, dates and counts.
 */
export const mappingFindings = {
  "questionnaire/duplicate-id": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Id-en {id} er brukt mer enn én gang i skjemaet",
      nn: "Id-en {id} er brukt meir enn éin gong i skjemaet",
      en: "The id {id} is used more than once in the questionnaire",
    },
  },
  "questionnaire/empty-section": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Delen {sectionId} har ingen spørsmål",
      nn: "Delen {sectionId} har ingen spørsmål",
      en: "Section {sectionId} has no items",
    },
  },
  "questionnaire/choice-without-options": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Flervalgsspørsmålet {itemId} har ingen svaralternativer",
      nn: "Fleirvalsspørsmålet {itemId} har ingen svaralternativ",
      en: "Choice item {itemId} has no options",
    },
  },
  "questionnaire/duplicate-option": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Svaralternativet {value} finnes mer enn én gang i spørsmål {itemId}",
      nn: "Svaralternativet {value} finst meir enn éin gong i spørsmål {itemId}",
      en: "Option {value} appears more than once in item {itemId}",
    },
  },
  "questionnaire/invalid-range": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Spørsmål {itemId} har en nedre grense over den øvre",
      nn: "Spørsmål {itemId} har ei nedre grense over den øvre",
      en: "Item {itemId} has a lower bound above its upper bound",
    },
  },
  "questionnaire/condition-unknown-item": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Vilkåret for {itemId} viser til spørsmålet {target}, som ikke finnes",
      nn: "Vilkåret for {itemId} viser til spørsmålet {target}, som ikkje finst",
      en: "The condition of {itemId} refers to item {target}, which does not exist",
    },
  },
  "questionnaire/condition-not-earlier": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Vilkåret for {itemId} viser til {target}, som ikke kommer før i skjemaet",
      nn: "Vilkåret for {itemId} viser til {target}, som ikkje kjem før i skjemaet",
      en: "The condition of {itemId} refers to {target}, which does not come earlier in the questionnaire",
    },
  },
  "questionnaire/condition-wrong-type": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Vilkåret for {itemId} sammenligner {target} ({type}) med en verdi av feil type",
      nn: "Vilkåret for {itemId} samanliknar {target} ({type}) med ein verdi av feil type",
      en: "The condition of {itemId} compares {target} ({type}) with a value of the wrong type",
    },
  },
  "questionnaire/condition-unknown-option": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Vilkåret for {itemId} bruker verdien {value}, som ikke er et svar på {target}",
      nn: "Vilkåret for {itemId} bruker verdien {value}, som ikkje er eit svar på {target}",
      en: "The condition of {itemId} uses the value {value}, which is not an answer to {target}",
    },
  },
  "questionnaire/condition-operator-not-allowed": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Vilkåret for {itemId} bruker {operator}, som ikke passer for {target} ({type})",
      nn: "Vilkåret for {itemId} bruker {operator}, som ikkje passar for {target} ({type})",
      en: "The condition of {itemId} uses {operator}, which does not suit {target} ({type})",
    },
  },
  "questionnaire/missing-translation": {
    severity: "info",
    basis: PRACTICE,
    messages: {
      nb: "Teksten mangler oversettelse til {locales}",
      nn: "Teksten manglar omsetjing til {locales}",
      en: "The text has no translation to {locales}",
    },
  },
  "mapping/questionnaire-mismatch": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Svaret gjelder skjemaet {actual}, ikke {expected}",
      nn: "Svaret gjeld skjemaet {actual}, ikkje {expected}",
      en: "The response is to questionnaire {actual}, not {expected}",
    },
  },
  "mapping/version-mismatch": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Svaret gjelder versjon {actual} av skjemaet, ikke {expected}",
      nn: "Svaret gjeld versjon {actual} av skjemaet, ikkje {expected}",
      en: "The response is to version {actual} of the questionnaire, not {expected}",
    },
  },
  "mapping/unknown-item": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Skjemaet har ikke spørsmålet {itemId}",
      nn: "Skjemaet har ikkje spørsmålet {itemId}",
      en: "The questionnaire has no item {itemId}",
    },
  },
  "mapping/duplicate-answer": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Spørsmål {itemId} er besvart mer enn én gang",
      nn: "Spørsmål {itemId} er svara på meir enn éin gong",
      en: "Item {itemId} is answered more than once",
    },
  },
  "mapping/wrong-answer-type": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Spørsmål {itemId} skal ha svar av typen {expected}, ikke {actual}",
      nn: "Spørsmål {itemId} skal ha svar av typen {expected}, ikkje {actual}",
      en: "Item {itemId} takes an answer of type {expected}, not {actual}",
    },
  },
  "mapping/option-not-allowed": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Svaret på spørsmål {itemId} er ikke et av svaralternativene",
      nn: "Svaret på spørsmål {itemId} er ikkje eitt av svaralternativa",
      en: "The answer to item {itemId} is not one of its options",
    },
  },
  "mapping/number-out-of-range": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Svaret på {itemId} er utenfor det tillatte området ({range})",
      nn: "Svaret på {itemId} er utanfor det tillatne området ({range})",
      en: "The answer to {itemId} is outside the allowed range ({range})",
    },
  },
  "mapping/date-out-of-range": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Datoen som svar på {itemId} er utenfor det tillatte området ({range})",
      nn: "Datoen som svar på {itemId} er utanfor det tillatne området ({range})",
      en: "The date answering {itemId} is outside the allowed range ({range})",
    },
  },
  "mapping/text-too-long": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Svaret på {itemId} er lengre enn {maxLength} tegn",
      nn: "Svaret på {itemId} er lengre enn {maxLength} teikn",
      en: "The answer to {itemId} is longer than {maxLength} characters",
    },
  },
  "mapping/answer-to-disabled-item": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Spørsmål {itemId} er besvart, men vilkåret for å stille det er ikke oppfylt",
      nn: "Spørsmål {itemId} er svara på, men vilkåret for å stille det er ikkje oppfylt",
      en: "Item {itemId} is answered, but the condition for asking it is not met",
    },
  },
  "mapping/required-unanswered": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Kartleggingen er markert som fullført, men spørsmål {itemId} er ikke besvart",
      nn: "Kartlegginga er merkt som fullført, men spørsmål {itemId} er ikkje svara på",
      en: "The mapping is marked completed, but item {itemId} is unanswered",
    },
  },
  "mapping/required-pending": {
    severity: "info",
    basis: PRACTICE,
    messages: {
      nb: "Spørsmål {itemId} må besvares før kartleggingen kan fullføres",
      nn: "Spørsmål {itemId} må svarast på før kartlegginga kan fullførast",
      en: "Item {itemId} must be answered before the mapping can be completed",
    },
  },
  "mapping/dated-in-future": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Svaret er datert {date}, etter dagens dato",
      nn: "Svaret er datert {date}, etter dagens dato",
      en: "The response is dated {date}, after today",
    },
  },
} as const satisfies Record<string, FindingDefinition>;
