import { defineCodeSystem } from "../mapping/_code-system.js";
import type { FhirCodeSystem } from "../mapping/types.js";

/**
 * What the Tasks of a coordination case's export do, and what its ServiceRequest asks: follow up a
 * notice of need (`follow-up-notice`), clarify consent, make the offer, a coordinator or child
 * coordinator assignment, make the plan, and the logged activities (`contact`, `meeting`, `letter`,
 * `review`, `other-activity`).
 *
 * @example
 * caseTaskCodeSystem.concept.map((concept) => concept.code).slice(0, 3)
 * //=> ["follow-up-notice", "clarify-consent", "make-offer"]
 */
export const caseTaskCodeSystem: FhirCodeSystem = /*#__PURE__*/ defineCodeSystem("coordination-case-task", "Oppgaver i sak i koordinerende enhet", "What the coordinating unit does on a case (sak i koordinerende enhet).", [
  { code: "follow-up-notice", nb: "Oppfølging av melding om behov for individuell plan og koordinator", nn: "Oppfølging av melding om behov for individuell plan og koordinator", en: "Follow-up of a notice of need for an individual plan and a coordinator" },
  { code: "clarify-consent", nb: "Avklare samtykke", nn: "Avklare samtykke", en: "Clarify consent" },
  { code: "make-offer", nb: "Tilby individuell plan og koordinator", nn: "Tilby individuell plan og koordinator", en: "Offer an individual plan and a coordinator" },
  { code: "coordinator-assignment", nb: "Oppnevnt koordinator", nn: "Oppnemnd koordinator", en: "Coordinator assignment" },
  { code: "child-coordinator-assignment", nb: "Oppnevnt barnekoordinator", nn: "Oppnemnd barnekoordinator", en: "Child coordinator assignment" },
  { code: "make-plan", nb: "Utarbeide individuell plan", nn: "Utarbeide individuell plan", en: "Make the individual plan" },
  { code: "contact", nb: "Kontakt", nn: "Kontakt", en: "Contact" },
  { code: "meeting", nb: "Møte", nn: "Møte", en: "Meeting" },
  { code: "letter", nb: "Brev", nn: "Brev", en: "Letter" },
  { code: "review", nb: "Gjennomgang av saken", nn: "Gjennomgang av saka", en: "Review of the case" },
  { code: "other-activity", nb: "Annen aktivitet", nn: "Anna aktivitet", en: "Other activity" },
]);

/**
 * Where a notice of need (melding om behov) came from, as the `notice-source` extension of the
 * case's ServiceRequest: the codes of {@link NoticeSource}.
 *
 * @example
 * noticeSourceCodeSystem.concept.find((concept) => concept.code === "gp")?.display
 * //=> "Fastlege"
 */
export const noticeSourceCodeSystem: FhirCodeSystem = /*#__PURE__*/ defineCodeSystem("notice-source", "Avsender av melding om behov", "The service a notice of need for an individual plan and a coordinator came from.", [
  { code: "gp", nb: "Fastlege", nn: "Fastlege", en: "GP" },
  { code: "specialist-mental-health", nb: "Psykisk helsevern", nn: "Psykisk helsevern", en: "Specialist mental health care" },
  { code: "tsb", nb: "Tverrfaglig spesialisert rusbehandling", nn: "Tverrfagleg spesialisert rusbehandling", en: "Specialised substance-use treatment" },
  { code: "specialist-other", nb: "Annen spesialisthelsetjeneste", nn: "Anna spesialisthelseteneste", en: "Other specialist health services" },
  { code: "municipal-health-care", nb: "Kommunens helse- og omsorgstjeneste", nn: "Kommunen si helse- og omsorgsteneste", en: "Municipal health and care services" },
  { code: "nav", nb: "NAV", nn: "NAV", en: "NAV" },
  { code: "child-welfare", nb: "Barnevern", nn: "Barnevern", en: "Child welfare" },
  { code: "school", nb: "Barnehage eller skole", nn: "Barnehage eller skule", en: "Kindergarten or school" },
  { code: "user-or-family", nb: "Bruker eller familie", nn: "Brukar eller familie", en: "The user or family" },
  { code: "other", nb: "Annen", nn: "Annan", en: "Other" },
]);

/**
 * Why a case was closed, as the `statusReason` of the case's Task: the codes of {@link CaseClosingReason}.
 *
 * @example
 * caseClosingReasonCodeSystem.concept.map((concept) => concept.code).includes("consent-withdrawn")
 * //=> true
 */
export const caseClosingReasonCodeSystem: FhirCodeSystem = /*#__PURE__*/ defineCodeSystem("case-closing-reason", "Grunn til at saken ble avsluttet", "Why a case of the coordinating unit was closed.", [
  { code: "coordination-established", nb: "Koordinering er etablert", nn: "Koordinering er etablert", en: "Coordination established" },
  { code: "declined", nb: "Bruker takket nei", nn: "Brukaren takka nei", en: "The user declined" },
  { code: "consent-withdrawn", nb: "Samtykke trukket tilbake", nn: "Samtykke trekt tilbake", en: "Consent withdrawn" },
  { code: "no-longer-needed", nb: "Behovet er borte", nn: "Behovet er borte", en: "No longer needed" },
  { code: "moved", nb: "Flyttet", nn: "Flytta", en: "Moved" },
  { code: "deceased", nb: "Død", nn: "Død", en: "Deceased" },
  { code: "other", nb: "Annen grunn", nn: "Annan grunn", en: "Other" },
]);

/**
 * Where the consent step stands, as the `businessStatus` of the consent Task: `pending`, `given`,
 * `declined`, or `withdrawn` (given, then withdrawn).
 *
 * @example
 * caseConsentStatusCodeSystem.concept.map((concept) => concept.code)
 * //=> ["pending", "given", "declined", "withdrawn"]
 */
export const caseConsentStatusCodeSystem: FhirCodeSystem = /*#__PURE__*/ defineCodeSystem("case-consent-status", "Status for samtykke i saken", "Where the consent step of a case of the coordinating unit stands.", [
  { code: "pending", nb: "Avventer svar", nn: "Ventar på svar", en: "Pending" },
  { code: "given", nb: "Gitt", nn: "Gitt", en: "Given" },
  { code: "declined", nb: "Avslått", nn: "Avslått", en: "Declined" },
  { code: "withdrawn", nb: "Trukket tilbake", nn: "Trekt tilbake", en: "Withdrawn" },
]);

/**
 * The values a case's Tasks carry as `input` and `output` (its `type`): who gave or declined consent,
 * the withdrawal day, the answers to the offer, the training day and the plan made.
 *
 * @example
 * caseTaskValueCodeSystem.concept.map((concept) => concept.code).includes("plan-answer")
 * //=> true
 */
export const caseTaskValueCodeSystem: FhirCodeSystem = /*#__PURE__*/ defineCodeSystem("coordination-case-task-value", "Verdier i oppgaver i saken", "The inputs and outputs of the Tasks of a case of the coordinating unit.", [
  { code: "consent-given-by", nb: "Samtykke gitt av", nn: "Samtykke gitt av", en: "Consent given by" },
  { code: "consent-declined-by", nb: "Samtykke avslått av", nn: "Samtykke avslått av", en: "Consent declined by" },
  { code: "consent-withdrawn-on", nb: "Samtykke trukket tilbake", nn: "Samtykke trekt tilbake", en: "Consent withdrawn on" },
  { code: "plan-answer", nb: "Svar på tilbud om individuell plan", nn: "Svar på tilbod om individuell plan", en: "Answer to the offer of an individual plan" },
  { code: "coordinator-answer", nb: "Svar på tilbud om koordinator", nn: "Svar på tilbod om koordinator", en: "Answer to the offer of a coordinator" },
  { code: "trained-on", nb: "Opplæring gjennomført", nn: "Opplæring gjennomført", en: "Training completed on" },
  { code: "individual-plan", nb: "Individuell plan", nn: "Individuell plan", en: "Individual plan" },
]);

/**
 * The user's answer to a part of the offer, and who gave or declined consent: the codes of
 * {@link OfferAnswer} and {@link ConsentGiver}, one code system each.
 *
 * @example
 * offerAnswerCodeSystem.concept.map((concept) => concept.code)
 * //=> ["not-offered", "pending", "accepted", "declined"]
 */
export const offerAnswerCodeSystem: FhirCodeSystem = /*#__PURE__*/ defineCodeSystem("offer-answer", "Svar på tilbud", "The user's answer to one part of the offer of an individual plan and a coordinator.", [
  { code: "not-offered", nb: "Ikke tilbudt", nn: "Ikkje tilbode", en: "Not offered" },
  { code: "pending", nb: "Avventer svar", nn: "Ventar på svar", en: "Pending" },
  { code: "accepted", nb: "Takket ja", nn: "Takka ja", en: "Accepted" },
  { code: "declined", nb: "Takket nei", nn: "Takka nei", en: "Declined" },
]);

/**
 * Who gave or declined the case's consent: the user, a parent, a guardian (verge) or another representative.
 *
 * @example
 * caseConsentGiverCodeSystem.concept.map((concept) => concept.code)
 * //=> ["user", "parent", "guardian", "representative"]
 */
export const caseConsentGiverCodeSystem: FhirCodeSystem = /*#__PURE__*/ defineCodeSystem("case-consent-giver", "Hvem som samtykket", "Who gave or declined consent on a case: the user or someone on the user's behalf.", [
  { code: "user", nb: "Bruker", nn: "Brukar", en: "The user" },
  { code: "parent", nb: "Forelder", nn: "Forelder", en: "Parent" },
  { code: "guardian", nb: "Verge", nn: "Verje", en: "Guardian" },
  { code: "representative", nb: "Annen representant", nn: "Annan representant", en: "Other representative" },
]);

/**
 * Every code system the coordination-case export uses, for a terminology server or a check.
 *
 * @example
 * coordinationCaseCodeSystems.length
 * //=> 7
 */
export const coordinationCaseCodeSystems: readonly FhirCodeSystem[] = [
  caseTaskCodeSystem,
  noticeSourceCodeSystem,
  caseClosingReasonCodeSystem,
  caseConsentStatusCodeSystem,
  caseTaskValueCodeSystem,
  offerAnswerCodeSystem,
  caseConsentGiverCodeSystem,
];
