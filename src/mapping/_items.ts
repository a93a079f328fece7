import type { Locale } from "../core/locale.js";
import type { EnableCondition, ItemText, QuestionnaireItem } from "./item-schema.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import type { MappingAnswer } from "./response-schema.js";

/** An item with where it stands: its section and its place in the whole questionnaire. */
export interface ItemEntry {
  readonly item: QuestionnaireItem;
  readonly sectionId: string;
  readonly sectionIndex: number;
  readonly itemIndex: number;
  /** Position in document order, counting every item of every section. */
  readonly order: number;
}

/** A questionnaire's items in document order and by id; the first of duplicate ids wins. */
export interface QuestionnaireIndex {
  readonly entries: readonly ItemEntry[];
  readonly byId: ReadonlyMap<string, ItemEntry>;
}

/** Indexes a questionnaire's items once, so that rules look items up in a Map. */
export function indexQuestionnaire(questionnaire: Questionnaire): QuestionnaireIndex {
  const entries: ItemEntry[] = [];
  const byId = new Map<string, ItemEntry>();
  let order = 0;
  questionnaire.sections.forEach((section, sectionIndex) => {
    section.items.forEach((item, itemIndex) => {
      const entry: ItemEntry = { item, sectionId: section.id, sectionIndex, itemIndex, order: order++ };
      if (byId.has(item.id)) return;
      byId.set(item.id, entry);
      entries.push(entry);
    });
  });
  return { entries, byId };
}

/** The first answer to each item, and which items are asked given those answers. */
export interface ResolvedAnswers {
  readonly first: ReadonlyMap<string, { readonly answer: MappingAnswer; readonly position: number }>;
  readonly enabled: ReadonlySet<string>;
}

/**
 * Works out which items are asked (enabled), in document order, from the first answer to each item.
 * A condition is met only when its item is earlier, asked, answered with the right type, and the
 * comparison holds; an answer to an item that is not asked counts as no answer.
 */
export function resolveAnswers(answers: readonly MappingAnswer[], index: QuestionnaireIndex): ResolvedAnswers {
  const first = new Map<string, { answer: MappingAnswer; position: number }>();
  answers.forEach((answer, position) => {
    if (!first.has(answer.itemId)) first.set(answer.itemId, { answer, position });
  });
  const enabled = new Set<string>();
  const conditionMet = (condition: EnableCondition, order: number): boolean => {
    const target = index.byId.get(condition.itemId);
    if (target === undefined || target.order >= order || !enabled.has(target.item.id)) return false;
    const given = first.get(condition.itemId)?.answer;
    if (given === undefined || given.type !== target.item.type) return false;
    return compareAnswer(condition.operator, given.value, condition.value);
  };
  for (const { item, order } of index.entries) {
    const when = item.enableWhen;
    const met =
      when === undefined ||
      (when.match === "all"
        ? when.conditions.every((condition) => conditionMet(condition, order))
        : when.conditions.some((condition) => conditionMet(condition, order)));
    if (met) enabled.add(item.id);
  }
  return { first, enabled };
}

function compareAnswer(operator: EnableCondition["operator"], given: string | number | boolean, value: string | number | boolean): boolean {
  switch (operator) {
    case "equals":
      return given === value;
    case "not-equals":
      return given !== value;
    case "at-least":
      return sameOrderedType(given, value) && given >= value;
    case "at-most":
      return sameOrderedType(given, value) && given <= value;
  }
}

function sameOrderedType(a: string | number | boolean, b: string | number | boolean): boolean {
  return (typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string");
}

/** A questionnaire text in a locale, falling back to bokmål. */
export function textIn(text: ItemText, locale: Locale): string {
  return text[locale] ?? text.nb;
}
