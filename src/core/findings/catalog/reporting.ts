import { basisOf, PRACTICE } from "../basis.js";
import type { FindingDefinition } from "../types.js";

/** Finding codes of the reporting concept (the yearly municipal report, IS-24/8): `reporting/...`. */
export const reportingFindings = {
  "reporting/negative-value": {
    severity: "error",
    basis: basisOf("is-24-8"),
    messages: {
      nb: "Verdien kan ikke være negativ",
      nn: "Verdien kan ikkje vere negativ",
      en: "The value cannot be negative",
    },
  },
  "reporting/implausible-fte": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Over {max} årsverk er neppe riktig for én kommune; sjekk at tallet er årsverk og ikke timer eller personer",
      nn: "Over {max} årsverk er neppe rett for éin kommune; sjekk at talet er årsverk og ikkje timar eller personar",
      en: "More than {max} full-time equivalents is unlikely for one municipality; check that the figure is FTEs, not hours or people",
    },
  },
  "reporting/no-full-time-equivalents": {
    severity: "warning",
    basis: basisOf("is-24-8"),
    messages: {
      nb: "Rapporten oppgir ingen årsverk, verken for voksne eller for barn og unge",
      nn: "Rapporten oppgjev ingen årsverk, korkje for vaksne eller for born og unge",
      en: "The report gives no full-time equivalents, neither for adults nor for children and young people",
    },
  },
  "reporting/fte-total-mismatch": {
    severity: "error",
    basis: basisOf("is-24-8"),
    messages: {
      nb: "Oppgitt sum årsverk ({reported}) er ikke lik summen per yrkesgruppe ({sum})",
      nn: "Oppgjeven sum årsverk ({reported}) er ikkje lik summen per yrkesgruppe ({sum})",
      en: "The reported total of full-time equivalents ({reported}) is not the sum by profession ({sum})",
    },
  },
  "reporting/fte-breakdowns-differ": {
    severity: "error",
    basis: basisOf("is-24-8"),
    messages: {
      nb: "Årsverk per utdanningsnivå ({byEducation}) gir ikke samme sum som årsverk per yrkesgruppe ({byProfession})",
      nn: "Årsverk per utdanningsnivå ({byEducation}) gjev ikkje same sum som årsverk per yrkesgruppe ({byProfession})",
      en: "Full-time equivalents by education level ({byEducation}) do not add up to the same as by profession ({byProfession})",
    },
  },
  "reporting/user-total-mismatch": {
    severity: "error",
    basis: basisOf("is-24-8"),
    messages: {
      nb: "Oppgitt antall brukere ({reported}) er ikke lik summen per aldersgruppe ({sum})",
      nn: "Oppgjeve tal på brukarar ({reported}) er ikkje lik summen per aldersgruppe ({sum})",
      en: "The reported number of users ({reported}) is not the sum by age group ({sum})",
    },
  },
  "reporting/count-exceeds-users": {
    severity: "error",
    basis: basisOf("is-24-8"),
    messages: {
      nb: "Antallet ({count}) er større enn antall brukere i rapporten ({users})",
      nn: "Talet ({count}) er større enn talet på brukarar i rapporten ({users})",
      en: "The count ({count}) is larger than the number of users in the report ({users})",
    },
  },
  "reporting/practice-answers-disagree": {
    severity: "warning",
    basis: basisOf("is-24-8"),
    messages: {
      nb: "Svaret sier at ordningen ikke brukes, men antallet er {count}",
      nn: "Svaret seier at ordninga ikkje blir brukt, men talet er {count}",
      en: "The answer says the practice is not used, yet the count is {count}",
    },
  },
  "reporting/unknown-municipality": {
    severity: "error",
    basis: basisOf("ssb-municipalities"),
    messages: {
      nb: "Kommunenummer {municipalityNumber} finnes ikke i kommunelisten for {year} (liste fra {listYear})",
      nn: "Kommunenummer {municipalityNumber} finst ikkje i kommunelista for {year} (liste frå {listYear})",
      en: "Municipality number {municipalityNumber} is not in the municipality list for {year} (list from {listYear})",
    },
  },
  "reporting/no-municipality-list": {
    severity: "info",
    basis: basisOf("ssb-municipalities"),
    messages: {
      nb: "Kommunenummeret er ikke kontrollert: biblioteket har ingen kommuneliste for {year} (første liste gjelder fra {firstListYear})",
      nn: "Kommunenummeret er ikkje kontrollert: biblioteket har inga kommuneliste for {year} (første liste gjeld frå {firstListYear})",
      en: "The municipality number was not checked: the library has no municipality list for {year} (the first list is from {firstListYear})",
    },
  },
  "reporting/year-not-ended": {
    severity: "warning",
    basis: basisOf("is-24-8"),
    messages: {
      nb: "Rapporten gjelder {year}, som ikke er omme ennå",
      nn: "Rapporten gjeld {year}, som ikkje er omme enno",
      en: "The report covers {year}, which has not ended yet",
    },
  },
  "reporting/duplicate-report": {
    severity: "error",
    basis: basisOf("is-24-8"),
    messages: {
      nb: "Kommune {municipalityNumber} har flere rapporter for {year}; den første står på plass [{firstIndex}]",
      nn: "Kommune {municipalityNumber} har fleire rapportar for {year}; den første står på plass [{firstIndex}]",
      en: "Municipality {municipalityNumber} has more than one report for {year}; the first is at [{firstIndex}]",
    },
  },
} as const satisfies Record<`reporting/${string}`, FindingDefinition>;
