import { basisOf, guideBasis, ipItemBasis, jointBasis, PRACTICE } from "../basis.js";
import type { FindingDefinition } from "../types.js";

// How soon a unit follows a notice up is its routine under the guide, not a deadline in law.
const NOTICE_FOLLOW_UP = guideBasis({
  nb: "koordinerende enhet, oppfølging av meldinger om behov for individuell plan og koordinator",
  nn: "koordinerande eining, oppfølging av meldingar om behov for individuell plan og koordinator",
  en: "the coordinating unit, following up notices of need for an individual plan and a coordinator",
});

const CONSENT_FIRST = guideBasis({
  nb: "samtykke avklares først, deretter oppnevnes koordinator",
  nn: "samtykke blir avklart først, deretter blir koordinator oppnemnd",
  en: "consent is clarified first, then a coordinator is appointed",
});

/**
 * Finding codes of the coordinating unit's cases (koordinerende enhet): `case/...`. Params are ids,
 * dates, counts and codes only; never the user's birth date, national id or a name.
 */
export const coordinationCaseFindings = {
  "case/notice-not-followed-up": {
    severity: "warning",
    basis: jointBasis(basisOf("hol", ["7-3"]), NOTICE_FOLLOW_UP),
    messages: {
      nb: "Meldingen mottatt {receivedOn} er ikke fulgt opp innen {days} dager ({due})",
      nn: "Meldinga motteken {receivedOn} er ikkje følgd opp innan {days} dagar ({due})",
      en: "The notice received on {receivedOn} was not followed up within {days} days ({due})",
    },
  },
  "case/inactive": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Den åpne saken har ingen aktivitet siden {since} ({days} dager)",
      nn: "Den opne saka har ingen aktivitet sidan {since} ({days} dagar)",
      en: "The open case has had no activity since {since} ({days} days)",
    },
  },
  "case/plan-declined-no-coordinator-offer": {
    severity: "error",
    basis: jointBasis(basisOf("pbrl", ["2-5 b"]), basisOf("hol", ["7-2"])),
    messages: {
      nb: "Brukeren takket nei til individuell plan, men fikk ikke tilbud om koordinator (tilbud {offeredOn})",
      nn: "Brukaren takka nei til individuell plan, men fekk ikkje tilbod om koordinator (tilbod {offeredOn})",
      en: "The user declined an individual plan but was not offered a coordinator (offer of {offeredOn})",
    },
  },
  "case/coordinator-before-consent": {
    severity: "warning",
    basis: CONSENT_FIRST,
    messages: {
      nb: "Oppnevningen {appointmentId} ({appointedOn}) ble gjort uten at samtykke forelå",
      nn: "Oppnemninga {appointmentId} ({appointedOn}) vart gjord utan at samtykke låg føre",
      en: "Appointment {appointmentId} ({appointedOn}) was made when no consent held",
    },
  },
  "case/coordinator-after-consent-withdrawn": {
    severity: "warning",
    basis: CONSENT_FIRST,
    messages: {
      nb: "Samtykket ble trukket tilbake {withdrawnOn}, men oppnevningen {appointmentId} er ikke avsluttet",
      nn: "Samtykket vart trekt tilbake {withdrawnOn}, men oppnemninga {appointmentId} er ikkje avslutta",
      en: "Consent was withdrawn on {withdrawnOn}, but appointment {appointmentId} has not ended",
    },
  },
  "case/plan-without-consent": {
    severity: "warning",
    basis: ipItemBasis("h"),
    messages: {
      nb: "Planen {planId} ble opprettet {madeOn} uten at samtykke forelå",
      nn: "Planen {planId} vart oppretta {madeOn} utan at samtykke låg føre",
      en: "Plan {planId} was made on {madeOn} when no consent held",
    },
  },
  "case/multiple-coordinators": {
    severity: "warning",
    basis: basisOf("hol", ["7-2"]),
    messages: {
      nb: "Oppnevningen {appointmentId} overlapper med {otherId}; brukeren skal ha én koordinator om gangen",
      nn: "Oppnemninga {appointmentId} overlappar med {otherId}; brukaren skal ha éin koordinator om gongen",
      en: "Appointment {appointmentId} overlaps {otherId}; a user has one coordinator at a time",
    },
  },
  "case/appointment-untrained": {
    severity: "warning",
    basis: basisOf("hol", ["7-3"]),
    messages: {
      nb: "Koordinatoren i oppnevningen {appointmentId} har ikke registrert opplæring",
      nn: "Koordinatoren i oppnemninga {appointmentId} har ikkje registrert opplæring",
      en: "The coordinator of appointment {appointmentId} has no training on record",
    },
  },
  "case/child-coordinator-for-adult": {
    severity: "warning",
    basis: jointBasis(basisOf("pbrl", ["2-5 c"]), basisOf("hol", ["7-2 a"])),
    messages: {
      nb: "Barnekoordinator ble oppnevnt {appointedOn} ({appointmentId}), da brukeren var fylt 18 år",
      nn: "Barnekoordinator vart oppnemnd {appointedOn} ({appointmentId}), då brukaren hadde fylt 18 år",
      en: "A child coordinator was appointed on {appointedOn} ({appointmentId}), when the user was 18 or older",
    },
  },
  "case/user-age-unknown": {
    severity: "info",
    basis: PRACTICE,
    messages: {
      nb: "Saken har {count} barnekoordinatoroppnevning(er), men brukerens alder er ukjent",
      nn: "Saka har {count} barnekoordinatoroppnemning(ar), men alderen til brukaren er ukjend",
      en: "The case has {count} child-coordinator appointment(s), but the user's age is unknown",
    },
  },
  "case/notice-user-mismatch": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Meldingen gjelder brukeren {aboutUserId}, men saken gjelder {userId}",
      nn: "Meldinga gjeld brukaren {aboutUserId}, men saka gjeld {userId}",
      en: "The notice is about user {aboutUserId}, but the case is about {userId}",
    },
  },
  "case/duplicate-id": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "ID-en {id} er brukt mer enn én gang",
      nn: "ID-en {id} er brukt meir enn éin gong",
      en: "The id {id} is used more than once",
    },
  },
  "case/date-in-future": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Datoen {date} er etter dagens dato",
      nn: "Datoen {date} er etter dagens dato",
      en: "The date {date} is after today",
    },
  },
  "case/closed-without-date": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Saken er avsluttet, men mangler avslutningsdato",
      nn: "Saka er avslutta, men manglar avslutningsdato",
      en: "The case is closed but has no closing date",
    },
  },
  "case/open-with-closed-date": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Saken står som åpen, men har avslutningsdato {closedOn}",
      nn: "Saka står som open, men har avslutningsdato {closedOn}",
      en: "The case is open but has a closing date, {closedOn}",
    },
  },
} as const satisfies Record<`case/${string}`, FindingDefinition>;
