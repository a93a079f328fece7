import { guideBasis } from "../../core/findings/basis.js";

/** How soon a unit follows a notice up is its routine under the guide, not a deadline in law. */
export const NOTICE_FOLLOW_UP = guideBasis({
  nb: "koordinerende enhet, oppfølging av meldinger om behov for individuell plan og koordinator",
  nn: "koordinerande eining, oppfølging av meldingar om behov for individuell plan og koordinator",
  en: "the coordinating unit, following up notices of need for an individual plan and a coordinator",
});

/** The guide: consent is clarified first, then a coordinator is appointed. */
export const CONSENT_FIRST = guideBasis({
  nb: "samtykke avklares først, deretter oppnevnes koordinator",
  nn: "samtykke blir avklart først, deretter blir koordinator oppnemnd",
  en: "consent is clarified first, then a coordinator is appointed",
});
