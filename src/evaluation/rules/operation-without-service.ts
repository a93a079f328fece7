import { type FindingBasis, practiceBasis } from "../../core/findings/basis.js";
import { evaluationRule, isBlank } from "./context.js";

// The action plan's header question: "Hvilke tjenester har ansvaret for å gjennomføre tiltakene over
// tid i kommunen etter utviklingsperioden?"
const CARRIED_AFTER: FindingBasis = practiceBasis({
  nb: "handlingsplanens spørsmål om hvilke tjenester som har ansvaret etter utviklingsperioden",
  nn: "spørsmålet i handlingsplanen om kva tenester som har ansvaret etter utviklingsperioden",
  en: "the action plan's question which services are responsible after the development period",
});

/**
 * `evaluation/operation-without-service`: a measure going into regular operation (drift) with no
 * service carrying it: neither the row's `carriedBy` nor the action plan's `carriedBy` names one.
 */
export const operationWithoutServiceRule = evaluationRule({
  codes: {
    "evaluation/operation-without-service": {
      severity: "warning",
      description: "A measure goes into regular operation (drift), but neither the row nor the action plan names a service that carries it.",
      basis: CARRIED_AFTER,
      messages: {
        nb: "Tiltaket i rad {row} skal inn i drift, men ingen tjeneste har ansvaret for det",
        nn: "Tiltaket i rad {row} skal inn i drift, men inga teneste har ansvaret for det",
        en: "The measure of row {row} goes into regular operation, but no service carries it",
      },
    },
  },
  run: (evaluation, ctx) => {
    const planCarries = (ctx.plan.carriedBy ?? []).some((service) => !isBlank(service));
    if (planCarries) return [];
    return evaluation.rows.flatMap((row, index) =>
      row.intoOperation === true && isBlank(row.carriedBy)
        ? [{ code: "evaluation/operation-without-service" as const, path: ["rows", index, "carriedBy"], params: { row: row.rowId } }]
        : [],
    );
  },
});
