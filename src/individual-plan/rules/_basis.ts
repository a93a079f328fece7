// Internal: the bases several individual-plan rules share, as the catalog wrote them.
import { basisOf, ipItemBasis, jointBasis } from "../../core/findings/basis.js";
import type { LocalizedText } from "../../core/locale.js";

// The content items are those of forskrift om individuell plan ved ytelse av velferdstjenester
// (since 1 August 2022), cited by item: its section numbers are not cited.
/** IP regulation item h: consent. */
export const ITEM_H = ipItemBasis("h");
/** Who may consent (samtykkekompetanse), for consents that item h asks for. */
export const CONSENT_COMPETENCE = jointBasis(basisOf("pbrl", ["4-3", "4-4", "4-5"]), ITEM_H);
/** The coordinator: IP regulation item c and hol § 7-2. */
export const COORDINATOR = jointBasis(ipItemBasis("c"), basisOf("hol", ["7-2"]));
/** The guide's topic: consent is clarified first in the plan process. */
export const CONSENT_FIRST: LocalizedText = {
  nb: "planprosessen, der samtykket avklares først",
  nn: "planprosessen, der samtykket blir avklart først",
  en: "the plan process, where consent is clarified first",
};
/** The practice behind `plan/measure-due-soon`. */
export const DEADLINE_NOTICES: LocalizedText = {
  nb: "IP-verktøyene varsler om frister",
  nn: "IP-verktøya varslar om fristar",
  en: "the IP tools give notice of deadlines",
};
/** The practice behind `plan/responsibility-group-inactive`. */
export const GROUP_CADENCE: LocalizedText = {
  nb: "ansvarsgrupper i kommunene møtes vanligvis 1–2 ganger per halvår",
  nn: "ansvarsgrupper i kommunane møtest vanlegvis 1–2 gonger per halvår",
  en: "municipal responsibility groups commonly meet 1–2 times per half-year",
};
/** The practice behind `plan/meeting-not-recorded`. */
export const MEETINGS_RECORDED: LocalizedText = {
  nb: "IP-verktøyene fører møter og referater",
  nn: "IP-verktøya fører møte og referat",
  en: "the IP tools record meetings and minutes",
};
/** The practice behind the closing codes. */
export const CLOSING: LocalizedText = {
  nb: "i IP-verktøyene får en avsluttet plan sluttdato og kan bare leses",
  nn: "i IP-verktøya får ein avslutta plan sluttdato og kan berre lesast",
  en: "in the IP tools, a closed plan has an end date and is read-only",
};
