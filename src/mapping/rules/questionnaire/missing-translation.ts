import type { RawFinding } from "../../../_lib/_legacy.js";
import type { FindingPath } from "../../../core/findings/types.js";
import type { ItemText } from "../../item-schema.js";
import type { QuestionnaireRule } from "./context.js";

function missing(text: ItemText | undefined, path: FindingPath): RawFinding[] {
  if (text === undefined) return [];
  const locales = [text.nn === undefined ? "nn" : "", text.en === undefined ? "en" : ""].filter((locale) => locale !== "");
  return locales.length === 0 ? [] : [{ code: "questionnaire/missing-translation", path, params: { locales: locales.join(", ") } }];
}

/** `questionnaire/missing-translation` (info): a text given in bokmål only, or without nynorsk or English. */
export const missingTranslation: QuestionnaireRule = (questionnaire) => [
  ...missing(questionnaire.title, ["title"]),
  ...missing(questionnaire.description, ["description"]),
  ...questionnaire.sections.flatMap((section, s) => [
    ...missing(section.title, ["sections", s, "title"]),
    ...missing(section.instruction, ["sections", s, "instruction"]),
    ...section.items.flatMap((item, i) => {
      const path: FindingPath = ["sections", s, "items", i];
      return [
        ...missing(item.text, [...path, "text"]),
        ...missing(item.help, [...path, "help"]),
        ...(item.type === "choice" ? item.options.flatMap((option, o) => missing(option.text, [...path, "options", o, "text"])) : []),
      ];
    }),
  ]),
];
