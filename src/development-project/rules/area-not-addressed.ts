import { developmentProjectRule, PROJECT_MODEL } from "./context.js";

/**
 * `development-project/area-not-addressed`: a weak area of the mapping (answered no, partly or don't
 * know) that no entry of `areas` addresses with a row or leaves out on purpose.
 */
export const areaNotAddressedRule = developmentProjectRule({
  codes: {
    "development-project/area-not-addressed": {
      severity: "warning",
      description: "A weak area of the mapping (answered no, partly or don't know) is neither addressed by an action-plan row nor left out on purpose.",
      basis: PROJECT_MODEL,
      messages: {
        nb: "Utviklingsområdet {itemId} fra kartleggingen har verken en rad i handlingsplanen eller er valgt bort",
        nn: "Utviklingsområdet {itemId} frå kartlegginga har verken ei rad i handlingsplanen eller er valt bort",
        en: "Development area {itemId} of the mapping has no action-plan row and is not left out on purpose",
      },
    },
  },
  run: (_project, ctx) =>
    ctx.weakAreas
      .filter((area) => !ctx.decided.has(area.itemId))
      .map((area) => ({ code: "development-project/area-not-addressed" as const, path: ["areas"], params: { itemId: area.itemId, answer: area.answer } })),
});
