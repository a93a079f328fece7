import type { LocalizedText } from "../core/locale.js";
import type { DevelopmentProjectStage } from "./summarize.js";

/**
 * The words for a development project's stage (fase) in bokmål, nynorsk and English.
 *
 * @example
 * developmentProjectStageLabels.operation.en
 * //=> "in operation"
 */
export const developmentProjectStageLabels: Readonly<Record<DevelopmentProjectStage, LocalizedText>> = {
  planning: { nb: "planlegging", nn: "planlegging", en: "planning" },
  execution: { nb: "gjennomføring", nn: "gjennomføring", en: "execution" },
  evaluated: { nb: "evaluert", nn: "evaluert", en: "evaluated" },
  operation: { nb: "i drift", nn: "i drift", en: "in operation" },
};
