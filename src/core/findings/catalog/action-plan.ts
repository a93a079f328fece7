import { PRACTICE, practiceBasis } from "../basis.js";
import type { LocalizedText } from "../../locale.js";
import type { FindingDefinition } from "../types.js";

// The header questions of the action plan in the development projects' model (Stranda 2012/13).
const HEADER: LocalizedText = {
  nb: "spørsmålene i handlingsplanens hode i utviklingsprosjektenes modell",
  nn: "spørsmåla i hovudet på handlingsplanen i modellen til utviklingsprosjekta",
  en: "the header questions of the action plan in the development projects' model",
};

/** Finding codes of the action-plan concept (handlingsplan): `action-plan/...`. Params are row ids, dates and counts. */
export const actionPlanFindings = {
  "action-plan/row-overdue": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Rad {row} har passert fristen {due} uten å være gjennomført",
      nn: "Rad {row} har passert fristen {due} utan å vere gjennomført",
      en: "Row {row} passed its deadline {due} without being done",
    },
  },
  "action-plan/row-due-soon": {
    severity: "info",
    basis: PRACTICE,
    messages: {
      nb: "Rad {row} har frist {due} (om {days} dager)",
      nn: "Rad {row} har frist {due} (om {days} dagar)",
      en: "Row {row} is due {due} (in {days} days)",
    },
  },
  "action-plan/recurring-missed": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Rad {row} er ikke gjennomført i {count} avsluttet(e) periode(r), sist perioden som endte {due}",
      nn: "Rad {row} er ikkje gjennomført i {count} avslutta periode(r), sist perioden som enda {due}",
      en: "Row {row} was not carried out in {count} ended period(s), last the one ending {due}",
    },
  },
  "action-plan/row-missing-responsible": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Rad {row} mangler ansvarlig",
      nn: "Rad {row} manglar ansvarleg",
      en: "Row {row} has no one responsible",
    },
  },
  "action-plan/row-missing-goal": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Rad {row} mangler mål",
      nn: "Rad {row} manglar mål",
      en: "Row {row} has no goal",
    },
  },
  "action-plan/row-missing-deadline": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Rad {row} mangler frist",
      nn: "Rad {row} manglar frist",
      en: "Row {row} has no deadline",
    },
  },
  "action-plan/not-anchored": {
    severity: "warning",
    basis: practiceBasis(HEADER),
    messages: {
      nb: "Tiltakene er ikke forankret i tjenestenes eget planverk",
      nn: "Tiltaka er ikkje forankra i planverket til tenestene",
      en: "The measures are not anchored in the services' own plans",
    },
  },
  "action-plan/no-working-group": {
    severity: "warning",
    basis: practiceBasis(HEADER),
    messages: {
      nb: "Det er ikke opprettet en tverrfaglig arbeidsgruppe med koordinator",
      nn: "Det er ikkje oppretta ei tverrfagleg arbeidsgruppe med koordinator",
      en: "No interdisciplinary working group with a coordinator has been set up",
    },
  },
  "action-plan/done-without-date": {
    severity: "info",
    basis: PRACTICE,
    messages: {
      nb: "Rad {row} er gjennomført, men mangler dato",
      nn: "Rad {row} er gjennomført, men manglar dato",
      en: "Row {row} is done but has no date",
    },
  },
  "action-plan/done-in-future": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Rad {row} er ført som gjennomført {date}, etter dagens dato",
      nn: "Rad {row} er ført som gjennomført {date}, etter dagens dato",
      en: "Row {row} is recorded as carried out on {date}, after today",
    },
  },
  "action-plan/duplicate-row-id": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Rad-ID {row} er brukt mer enn én gang",
      nn: "Rad-ID {row} er brukt meir enn éin gong",
      en: "Row id {row} is used more than once",
    },
  },
  "action-plan/header-unanswered": {
    severity: "info",
    basis: practiceBasis(HEADER),
    messages: {
      nb: "Spørsmålet {question} i planhodet er ikke besvart",
      nn: "Spørsmålet {question} i planhovudet er ikkje svara på",
      en: "The header question {question} is not answered",
    },
  },
} as const satisfies Record<`action-plan/${string}`, FindingDefinition>;
