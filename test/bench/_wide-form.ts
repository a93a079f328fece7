// A questionnaire of any width and a completed response to it, for the 10x-answers benchmark: each
// section holds ten items of six types, one of them asked only when another is answered yes.
import type { MappingAnswer, MappingResponse, Questionnaire, QuestionnaireItem } from "../../src/index.js";

const text = (nb: string): { nb: string; nn: string; en: string } => ({ nb, nn: nb, en: nb });

function sectionItems(s: number): QuestionnaireItem[] {
  const assessments = Array.from({ length: 6 }, (_, i): QuestionnaireItem => ({
    id: `s${s}-a${i}`,
    type: "assessment",
    text: text(`Vurdering ${s}.${i}`),
    required: i === 0,
  }));
  return [
    ...assessments,
    { id: `s${s}-has`, type: "boolean", text: text(`Finnes det ${s}?`), required: true },
    {
      id: `s${s}-how`,
      type: "text",
      text: text(`Hvordan ${s}?`),
      maxLength: 200,
      enableWhen: { match: "all", conditions: [{ itemId: `s${s}-has`, operator: "equals", value: true }] },
    },
    { id: `s${s}-count`, type: "integer", text: text(`Antall ${s}`), min: 0, max: 1000 },
    {
      id: `s${s}-tool`,
      type: "choice",
      text: text(`Verktøy ${s}`),
      options: [
        { value: "electronic", text: text("Elektronisk") },
        { value: "paper", text: text("Papir") },
      ],
    },
  ];
}

/**
 * A questionnaire of `sections` sections of ten items each.
 *
 * @example
 * wideForm(10).sections.flatMap((section) => section.items).length
 * //=> 100
 */
export function wideForm(sections: number): Questionnaire {
  return {
    kind: "questionnaire",
    id: `wide-${sections}`,
    version: "1",
    title: text("Bredt skjema"),
    sections: Array.from({ length: sections }, (_, s) => ({ id: `s${s}`, title: text(`Del ${s}`), items: sectionItems(s) })),
  };
}

function answer(item: QuestionnaireItem, n: number): MappingAnswer {
  if (item.type === "assessment") return { itemId: item.id, type: "assessment", value: (["yes", "partly", "no", "dont-know"] as const)[n % 4] ?? "yes" };
  if (item.type === "boolean") return { itemId: item.id, type: "boolean", value: n % 3 !== 0 };
  if (item.type === "integer") return { itemId: item.id, type: "integer", value: n % 50 };
  if (item.type === "choice") return { itemId: item.id, type: "choice", value: n % 2 === 0 ? "electronic" : "paper" };
  return { itemId: item.id, type: "text", value: "Et kort svar" };
}

/**
 * A completed response to {@link wideForm}: every item answered, the conditional text only where it is asked.
 *
 * @example
 * wideResponse(wideForm(10)).answers.length > 90
 * //=> true
 */
export function wideResponse(form: Questionnaire): MappingResponse {
  const answers: MappingAnswer[] = [];
  let asked = false;
  form.sections.flatMap((section) => section.items).forEach((item, n) => {
    if (item.enableWhen !== undefined && !asked) return;
    const given = answer(item, n);
    if (given.type === "boolean") asked = given.value;
    answers.push(given);
  });
  return {
    kind: "mapping-response",
    id: `response-${form.id}`,
    questionnaire: { id: form.id, version: form.version },
    respondent: { municipality: "1525", unit: "Koordinerende enhet" },
    date: "2012-04-20",
    status: "completed",
    answers,
  };
}
