import { basisOf, guideBasis, ipItemBasis, jointBasis, PRACTICE, practiceBasis } from "../basis.js";
import type { LocalizedText } from "../../locale.js";
import type { FindingDefinition } from "../types.js";

// The content items are those of forskrift om individuell plan ved ytelse av velferdstjenester
// (since 1 August 2022), cited by item: its section numbers are not cited.
const ITEM_H = ipItemBasis("h");
// Who may consent (samtykkekompetanse), for consents that item h asks for.
const CONSENT_COMPETENCE = jointBasis(basisOf("pbrl", ["4-3", "4-4", "4-5"]), ITEM_H);
const COORDINATOR = jointBasis(ipItemBasis("c"), basisOf("hol", ["7-2"]));
const CONSENT_FIRST: LocalizedText = {
  nb: "planprosessen, der samtykket avklares først",
  nn: "planprosessen, der samtykket blir avklart først",
  en: "the plan process, where consent is clarified first",
};
const DEADLINE_NOTICES: LocalizedText = {
  nb: "IP-verktøyene varsler om frister",
  nn: "IP-verktøya varslar om fristar",
  en: "the IP tools give notice of deadlines",
};
const GROUP_CADENCE: LocalizedText = {
  nb: "ansvarsgrupper i kommunene møtes vanligvis 1–2 ganger per halvår",
  nn: "ansvarsgrupper i kommunane møtest vanlegvis 1–2 gonger per halvår",
  en: "municipal responsibility groups commonly meet 1–2 times per half-year",
};
const MEETINGS_RECORDED: LocalizedText = {
  nb: "IP-verktøyene fører møter og referater",
  nn: "IP-verktøya fører møte og referat",
  en: "the IP tools record meetings and minutes",
};
const CLOSING: LocalizedText = {
  nb: "i IP-verktøyene får en avsluttet plan sluttdato og kan bare leses",
  nn: "i IP-verktøya får ein avslutta plan sluttdato og kan berre lesast",
  en: "in the IP tools, a closed plan has an end date and is read-only",
};

/**
 * Finding codes of the individual-plan concept: `plan/...`. Params are ids, dates, counts and
 * reason codes only; never a name, a national id, a birth date or free text from the plan. Each
 * basis names the act and section, the IP regulation's content item (a-i), the guide or the
 * practice the rule rests on; consent rests on item h, and who may consent on pbrl §§ 4-3 to 4-5.
 */
export const individualPlanFindings = {
  // Consent (samtykke)
  "plan/missing-consent": {
    severity: "error",
    basis: ITEM_H,
    messages: {
      nb: "Den aktive planen har ikke gyldig samtykke fra brukeren til at planen utarbeides",
      nn: "Den aktive planen har ikkje gyldig samtykke frå brukaren til at planen blir utarbeidd",
      en: "The active plan has no valid consent from the user to the plan being made",
    },
  },
  "plan/consent-withdrawn": {
    severity: "error",
    basis: ITEM_H,
    messages: {
      nb: "Samtykket {consentId} som planen bygger på, ble trukket tilbake {withdrawnOn}",
      nn: "Samtykket {consentId} som planen byggjer på, vart trekt tilbake {withdrawnOn}",
      en: "Consent {consentId}, which the plan rests on, was withdrawn on {withdrawnOn}",
    },
  },
  "plan/consent-expired": {
    severity: "error",
    basis: ITEM_H,
    messages: {
      nb: "Samtykket {consentId} som planen bygger på, gjaldt bare til og med {validUntil}",
      nn: "Samtykket {consentId} som planen byggjer på, galdt berre til og med {validUntil}",
      en: "Consent {consentId}, which the plan rests on, was valid only through {validUntil}",
    },
  },
  "plan/consent-by-minor": {
    severity: "error",
    basis: CONSENT_COMPETENCE,
    messages: {
      nb: "Samtykket {consentId} ble gitt av brukeren før fylte 16 år, og ingen med foreldreansvar eller verge har samtykket på brukerens vegne",
      nn: "Samtykket {consentId} vart gitt av brukaren før fylte 16 år, og ingen med foreldreansvar eller verje har samtykt på vegner av brukaren",
      en: "Consent {consentId} was given by the user before turning 16, and no one with parental responsibility or guardianship has consented on the user's behalf",
    },
  },
  "plan/parent-consent-over-16": {
    severity: "error",
    basis: CONSENT_COMPETENCE,
    messages: {
      nb: "Samtykket {consentId} ble gitt av en forelder etter at brukeren fylte 16 år; fra 16 år samtykker brukeren selv",
      nn: "Samtykket {consentId} vart gitt av ein forelder etter at brukaren fylte 16 år; frå 16 år samtykkjer brukaren sjølv",
      en: "Consent {consentId} was given by a parent after the user turned 16; from 16 the user consents themselves",
    },
  },
  "plan/consent-after-activation": {
    severity: "warning",
    basis: jointBasis(ITEM_H, guideBasis(CONSENT_FIRST)),
    messages: {
      nb: "Samtykket {consentId} til planen ble gitt {givenOn}, etter at planen ble aktiv {activatedOn}",
      nn: "Samtykket {consentId} til planen vart gitt {givenOn}, etter at planen vart aktiv {activatedOn}",
      en: "Consent {consentId} to the plan was given on {givenOn}, after the plan became active on {activatedOn}",
    },
  },
  "plan/consent-recipients-missing": {
    severity: "warning",
    basis: ITEM_H,
    messages: {
      nb: "Samtykket {consentId} til å dele taushetsbelagte opplysninger sier ikke hvem de kan deles med",
      nn: "Samtykket {consentId} til å dele teiepliktige opplysningar seier ikkje kven dei kan delast med",
      en: "Consent {consentId} to share confidential information does not say with whom",
    },
  },
  "plan/participant-without-consent": {
    severity: "warning",
    basis: ITEM_H,
    messages: {
      nb: "Deltakeren {participantId} er ikke dekket av et gyldig samtykke til å se taushetsbelagte opplysninger ({reason})",
      nn: "Deltakaren {participantId} er ikkje dekt av eit gyldig samtykke til å sjå teiepliktige opplysningar ({reason})",
      en: "Participant {participantId} is not covered by a valid consent to see confidential information ({reason})",
    },
  },

  // Coordinator (koordinator)
  "plan/missing-coordinator": {
    severity: "error",
    basis: COORDINATOR,
    messages: {
      nb: "Den aktive planen har ingen koordinator per {today}",
      nn: "Den aktive planen har ingen koordinator per {today}",
      en: "The active plan has no coordinator as of {today}",
    },
  },
  "plan/multiple-coordinators": {
    severity: "warning",
    basis: COORDINATOR,
    messages: {
      nb: "Koordinatoroppdraget {assignmentId} overlapper med {otherId}; planen skal ha én koordinator om gangen",
      nn: "Koordinatoroppdraget {assignmentId} overlappar med {otherId}; planen skal ha éin koordinator om gongen",
      en: "Coordinator assignment {assignmentId} overlaps {otherId}; a plan has one coordinator at a time",
    },
  },
  "plan/coordinator-untrained": {
    severity: "info",
    basis: basisOf("hol", ["7-3"]),
    messages: {
      nb: "Koordinatoren i oppdraget {assignmentId} har ikke registrert opplæring",
      nn: "Koordinatoren i oppdraget {assignmentId} har ikkje registrert opplæring",
      en: "The coordinator of assignment {assignmentId} has no training on record",
    },
  },
  "plan/child-coordinator-for-adult": {
    severity: "warning",
    basis: jointBasis(basisOf("pbrl", ["2-5 c"]), basisOf("hol", ["7-2 a"])),
    messages: {
      nb: "Barnekoordinatoroppdraget {assignmentId} gjelder etter at brukeren fylte 18 år",
      nn: "Barnekoordinatoroppdraget {assignmentId} gjeld etter at brukaren fylte 18 år",
      en: "Child coordinator assignment {assignmentId} runs after the user turned 18",
    },
  },

  // Goals and measures (mål og tiltak)
  "plan/no-goals": {
    severity: "error",
    basis: ipItemBasis("a"),
    messages: { nb: "Planen har ingen mål", nn: "Planen har ingen mål", en: "The plan has no goals" },
  },
  "plan/goal-without-title": {
    severity: "warning",
    basis: ipItemBasis("a"),
    messages: {
      nb: "Målet {goalId} mangler tekst",
      nn: "Målet {goalId} manglar tekst",
      en: "Goal {goalId} has no wording",
    },
  },
  "plan/goal-without-measure": {
    severity: "warning",
    basis: ipItemBasis("e"),
    messages: {
      nb: "Målet {goalId} har ingen tiltak",
      nn: "Målet {goalId} har ingen tiltak",
      en: "Goal {goalId} has no measures",
    },
  },
  "plan/measure-without-title": {
    severity: "warning",
    basis: ipItemBasis("e"),
    messages: {
      nb: "Tiltaket {measureId} mangler tekst",
      nn: "Tiltaket {measureId} manglar tekst",
      en: "Measure {measureId} has no wording",
    },
  },
  "plan/measure-without-goal": {
    severity: "warning",
    basis: ipItemBasis("e"),
    messages: {
      nb: "Tiltaket {measureId} er ikke knyttet til noe mål",
      nn: "Tiltaket {measureId} er ikkje knytt til noko mål",
      en: "Measure {measureId} is not linked to any goal",
    },
  },
  "plan/measure-without-responsible": {
    severity: "error",
    basis: ipItemBasis("e"),
    messages: {
      nb: "Tiltaket {measureId} har ingen ansvarlig",
      nn: "Tiltaket {measureId} har ingen ansvarleg",
      en: "Measure {measureId} has no one responsible",
    },
  },
  "plan/responsible-not-participant": {
    severity: "error",
    basis: ipItemBasis("e"),
    messages: {
      nb: "Den ansvarlige for tiltaket {measureId} er ikke (lenger) deltaker i planen",
      nn: "Den ansvarlege for tiltaket {measureId} er ikkje (lenger) deltakar i planen",
      en: "The person responsible for measure {measureId} is not (or no longer) a participant in the plan",
    },
  },
  "plan/measure-overdue": {
    severity: "warning",
    basis: basisOf("hol", ["7-2"]),
    messages: {
      nb: "Tiltaket {measureId} skulle vært gjennomført innen {due}",
      nn: "Tiltaket {measureId} skulle vore gjennomført innan {due}",
      en: "Measure {measureId} was due by {due}",
    },
  },
  "plan/measure-due-soon": {
    severity: "info",
    basis: practiceBasis(DEADLINE_NOTICES),
    messages: {
      nb: "Fristen for tiltaket {measureId} er {due}, om {days} dager",
      nn: "Fristen for tiltaket {measureId} er {due}, om {days} dagar",
      en: "Measure {measureId} is due on {due}, in {days} days",
    },
  },
  "plan/needs-not-described": {
    severity: "info",
    basis: ipItemBasis("a"),
    messages: {
      nb: "Planen beskriver ikke brukerens behov for tjenester",
      nn: "Planen skildrar ikkje behova brukaren har for tenester",
      en: "The plan does not describe the user's needs for services",
    },
  },

  // Period and revision (planperiode og revisjon)
  "plan/no-period": {
    severity: "warning",
    basis: ipItemBasis("g"),
    messages: { nb: "Planen har ingen planperiode", nn: "Planen har ingen planperiode", en: "The plan has no plan period" },
  },
  "plan/period-ended": {
    severity: "warning",
    basis: ipItemBasis("g"),
    messages: {
      nb: "Planperioden varte til og med {to}, men planen er fortsatt aktiv",
      nn: "Planperioden varte til og med {to}, men planen er framleis aktiv",
      en: "The plan period ran through {to}, but the plan is still active",
    },
  },
  "plan/no-revision-date": {
    severity: "warning",
    basis: ipItemBasis("g"),
    messages: {
      nb: "Planen har ingen dato for neste revisjon",
      nn: "Planen har ingen dato for neste revisjon",
      en: "The plan has no date for its next revision",
    },
  },
  "plan/revision-overdue": {
    severity: "warning",
    basis: ipItemBasis("g"),
    messages: {
      nb: "Planen skulle vært revidert innen {nextRevision}",
      nn: "Planen skulle vore revidert innan {nextRevision}",
      en: "The plan was due for revision by {nextRevision}",
    },
  },

  // User participation (brukermedvirkning)
  "plan/user-not-participant": {
    severity: "warning",
    basis: jointBasis(ipItemBasis("b"), basisOf("pbrl")),
    messages: {
      nb: "Brukeren står ikke som deltaker i planen",
      nn: "Brukaren står ikkje som deltakar i planen",
      en: "The user is not listed as a participant in the plan",
    },
  },
  "plan/user-contribution-missing": {
    severity: "warning",
    basis: ipItemBasis("d"),
    messages: {
      nb: "Planen beskriver ikke brukerens eget bidrag",
      nn: "Planen skildrar ikkje brukaren sitt eige bidrag",
      en: "The plan does not describe the user's own contribution",
    },
  },
  "plan/user-unidentified": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Brukeren har verken fødselsdato eller fødselsnummer",
      nn: "Brukaren har verken fødselsdato eller fødselsnummer",
      en: "The user has neither a birth date nor a national identity number",
    },
  },
  "plan/birth-date-mismatch": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Fødselsdatoen stemmer ikke med fødselsnummeret",
      nn: "Fødselsdatoen stemmer ikkje med fødselsnummeret",
      en: "The birth date does not match the national identity number",
    },
  },

  // Responsibility group (ansvarsgruppe)
  "plan/responsibility-group-inactive": {
    severity: "warning",
    basis: practiceBasis(GROUP_CADENCE),
    messages: {
      nb: "Ansvarsgruppen har ikke hatt møte siden {since}",
      nn: "Ansvarsgruppa har ikkje hatt møte sidan {since}",
      en: "The responsibility group has not met since {since}",
    },
  },
  "plan/meeting-not-recorded": {
    severity: "info",
    basis: practiceBasis(MEETINGS_RECORDED),
    messages: {
      nb: "Møtet {meetingId} var planlagt {date}, men er ikke registrert som holdt eller avlyst",
      nn: "Møtet {meetingId} var planlagt {date}, men er ikkje registrert som halde eller avlyst",
      en: "Meeting {meetingId} was planned for {date} but is not recorded as held or cancelled",
    },
  },

  // Closing (avslutning)
  "plan/closed-with-open-measures": {
    severity: "info",
    basis: practiceBasis(CLOSING),
    messages: {
      nb: "Planen er avsluttet med {count} tiltak som verken er gjennomført eller avbrutt",
      nn: "Planen er avslutta med {count} tiltak som verken er gjennomførte eller avbrotne",
      en: "The plan was closed with {count} measures neither done nor cancelled",
    },
  },
  "plan/closing-details-missing": {
    severity: "warning",
    basis: practiceBasis(CLOSING),
    messages: {
      nb: "Den avsluttede planen mangler sluttdato eller årsak til avslutning",
      nn: "Den avslutta planen manglar sluttdato eller årsak til avslutning",
      en: "The closed plan lacks its closing date or its reason for closing",
    },
  },

  // Integrity
  "plan/unknown-reference": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Id-en viser ikke til noen del av planen",
      nn: "Id-en viser ikkje til nokon del av planen",
      en: "The id does not refer to anything in the plan",
    },
  },
  "plan/duplicate-id": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Id-en {id} er brukt mer enn én gang",
      nn: "Id-en {id} er brukt meir enn éin gong",
      en: "The id {id} is used more than once",
    },
  },

  // Consent: who may consent (samtykkekompetanse)
  "plan/parent-consent-ended-at-16": {
    severity: "error",
    basis: CONSENT_COMPETENCE,
    messages: {
      nb: "Samtykket {consentId} ble gitt av en forelder før brukeren fylte 16 år, og gjelder ikke lenger: fra 16 år må brukeren samtykke selv",
      nn: "Samtykket {consentId} vart gitt av ein forelder før brukaren fylte 16 år, og gjeld ikkje lenger: frå 16 år må brukaren samtykkje sjølv",
      en: "Consent {consentId} was given by a parent before the user turned 16 and no longer counts: from 16 the user must consent themselves",
    },
  },
  "plan/consent-giver-not-entitled": {
    severity: "error",
    basis: CONSENT_COMPETENCE,
    messages: {
      nb: "Samtykket {consentId} gjelder ikke: den som ga det, kan ikke samtykke for brukeren ({reason})",
      nn: "Samtykket {consentId} gjeld ikkje: den som gav det, kan ikkje samtykkje for brukaren ({reason})",
      en: "Consent {consentId} does not count: whoever gave it may not consent for the user ({reason})",
    },
  },
} as const satisfies Record<`plan/${string}`, FindingDefinition>;
