import { basisOf, practiceBasis } from "../../core/findings/basis.js";

/** The seed's pathway (Helse Møre og Romsdal and four municipalities): a practice, not law or the guide. */
export const PATHWAY_PRACTICE = practiceBasis({
  nb: "forløp for samordning av hjelpetilbud for barn og unge (Helse Møre og Romsdal)",
  nn: "forløp for samordning av hjelpetilbod for barn og unge (Helse Møre og Romsdal)",
  en: "the pathway for coordinated services for children and young people (Helse Møre og Romsdal)",
});

/** Consent competence: the young person from 16, those with parental responsibility below 16. */
export const CONSENT_COMPETENCE = basisOf("pbrl", ["4-3", "4-4", "4-5"]);
