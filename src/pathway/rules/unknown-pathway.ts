import { PRACTICE } from "../../core/findings/basis.js";
import { pathwayRule } from "./context.js";

/** `pathway/unknown-pathway` (practice): the case names a pathway that is neither built in nor passed in `pathways`; the pathway's rules cannot run. */
export const unknownPathwayRule = pathwayRule({
  codes: {
    "pathway/unknown-pathway": {
      severity: "error",
      description: "The pathway case names a pathway that is neither built in nor passed in the pathways option, so the pathway's rules cannot run.",
      basis: PRACTICE,
      messages: {
        nb: "Forløpet {pathwayId} er ukjent",
        nn: "Forløpet {pathwayId} er ukjent",
        en: "The pathway {pathwayId} is unknown",
      },
    },
  },
  run: (c, ctx) => (ctx.pathway === undefined ? [{ code: "pathway/unknown-pathway", path: ["pathwayId"], params: { pathwayId: c.pathwayId } }] : []),
});
