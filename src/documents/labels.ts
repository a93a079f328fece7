import type { LocalizedText } from "../core/locale.js";
import type { DocumentKindName } from "./kinds.js";

/**
 * The name of each document kind in bokmål, nynorsk and English, for headings and pickers.
 *
 * @example
 * documentKindLabels["coordination-case"].nn
 * //=> "Sak i koordinerande eining"
 */
export const documentKindLabels: Readonly<Record<DocumentKindName, LocalizedText>> = {
  "individual-plan": { nb: "Individuell plan", nn: "Individuell plan", en: "Individual plan" },
  "coordination-case": { nb: "Sak i koordinerende enhet", nn: "Sak i koordinerande eining", en: "Coordinating unit case" },
  "pathway-case": { nb: "Forløp", nn: "Forløp", en: "Pathway case" },
  "action-plan": { nb: "Handlingsplan", nn: "Handlingsplan", en: "Action plan" },
  evaluation: { nb: "Evaluering", nn: "Evaluering", en: "Evaluation" },
  "development-project": { nb: "Utviklingsarbeid", nn: "Utviklingsarbeid", en: "Development project" },
  "milestone-schedule": { nb: "Milepælsplan", nn: "Milepælsplan", en: "Milestone schedule" },
  questionnaire: { nb: "Spørreskjema", nn: "Spørjeskjema", en: "Questionnaire" },
  "mapping-response": { nb: "Kartleggingssvar", nn: "Kartleggingssvar", en: "Mapping response" },
  "municipal-report": { nb: "Årsrapport fra kommunen", nn: "Årsrapport frå kommunen", en: "Municipal report" },
};
