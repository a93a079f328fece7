import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import type { FindingPath } from "../../../core/findings/types.js";
import type { ItemText } from "../../item-schema.js";
import { questionnaireRule } from "./context.js";

function missing(text: ItemText | undefined, path: FindingPath): RuleFinding<"questionnaire/missing-translation">[] {
  if (text === undefined) return [];
  const locales = [text.nn === undefined ? "nn" : "", text.en === undefined ? "en" : ""].filter((locale) => locale !== "");
  return locales.length === 0 ? [] : [{ code: "questionnaire/missing-translation", path, params: { locales: locales.join(", ") } }];
}

/**
 * `questionnaire/missing-translation` (info): a text given in bokmål only, or without nynorsk or
 * English: the title, description, section titles and instructions, item texts and help, and
 * choice options. Basis: good practice.
 */
export const missingTranslationRule = questionnaireRule({
  codes: {
    "questionnaire/missing-translation": {
      severity: "info",
      description: "A text of the questionnaire (title, description, section, item, help or option) lacks its nynorsk or English translation.",
      basis: PRACTICE,
      messages: {
        nb: "Teksten mangler oversettelse til {locales}",
        nn: "Teksten manglar omsetjing til {locales}",
        en: "The text has no translation to {locales}",
      },
    },
  },
  run: (questionnaire) => [
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
  ],
});
