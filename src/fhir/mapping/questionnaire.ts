import { requireQuestionnaire } from "../../mapping/_guards.js";
import type { EnableCondition, ItemText, QuestionnaireItem } from "../../mapping/item-schema.js";
import type { Questionnaire, QuestionnaireSection } from "../../mapping/questionnaire-schema.js";
import {
  COMMENT_TEXT,
  commentLinkId,
  DISPLAY_CATEGORY_URL,
  helpLinkId,
  instructionLinkId,
  ITEM_BASIS_URL,
  ITEM_CONTROL_URL,
  MAX_VALUE_URL,
  MIN_VALUE_URL,
  questionnaireUrl,
  translations,
  UNIT_URL,
} from "./_shared.js";
import { codingOf } from "./_code-system.js";
import { mappingAssessmentCodeSystem } from "./code-systems.js";
import type { FhirQuestionnaire, FhirQuestionnaireEnableWhen, FhirQuestionnaireItem } from "./questionnaire-types.js";
import type { FhirExtension } from "./types.js";

const ASSESSMENT_CODES = ["yes", "partly", "no", "dont-know"] as const;

const FHIR_TYPE = {
  assessment: "choice",
  text: "text",
  boolean: "boolean",
  integer: "integer",
  decimal: "decimal",
  choice: "choice",
  date: "date",
} as const satisfies Record<QuestionnaireItem["type"], FhirQuestionnaireItem["type"]>;

const OPERATOR = { equals: "=", "not-equals": "!=", "at-least": ">=", "at-most": "<=" } as const;

/** A text item field: the bokmål as `text`, nynorsk and English as translations on `_text`. */
function textOf(text: ItemText): Pick<FhirQuestionnaireItem, "text" | "_text"> {
  const element = translations(text);
  return element === undefined ? { text: text.nb } : { text: text.nb, _text: element };
}

function displayItem(linkId: string, text: ItemText, extension: FhirExtension): FhirQuestionnaireItem {
  return { linkId, type: "display", ...textOf(text), extension: [extension] };
}

function bound(url: string, item: QuestionnaireItem, value: number | string | undefined): FhirExtension[] {
  if (value === undefined) return [];
  if (item.type === "date" && typeof value === "string") return [{ url, valueDate: value }];
  if (item.type === "integer" && typeof value === "number") return [{ url, valueInteger: value }];
  return typeof value === "number" ? [{ url, valueDecimal: value }] : [];
}

function extensionsOf(item: QuestionnaireItem): FhirExtension[] {
  const extension: FhirExtension[] = [];
  if (item.type === "decimal") extension.push({ url: UNIT_URL, valueCoding: { display: item.unit } });
  if (item.type === "integer" || item.type === "decimal" || item.type === "date") {
    extension.push(...bound(MIN_VALUE_URL, item, item.min), ...bound(MAX_VALUE_URL, item, item.max));
  }
  if (item.basis !== undefined) extension.push({ url: ITEM_BASIS_URL, valueString: item.basis });
  return extension;
}

/** The answer a condition compares with, typed by the item it looks at (when known). */
function conditionOf(condition: EnableCondition, types: ReadonlyMap<string, QuestionnaireItem["type"]>): FhirQuestionnaireEnableWhen {
  const base = { question: condition.itemId, operator: OPERATOR[condition.operator] };
  const { value } = condition;
  const type = types.get(condition.itemId);
  if (type === "assessment" && typeof value === "string") return { ...base, answerCoding: codingOf(mappingAssessmentCodeSystem, value) };
  if (type === "choice" && typeof value === "string") return { ...base, answerCoding: { code: value } };
  if (type === "date" && typeof value === "string") return { ...base, answerDate: value };
  if (typeof value === "boolean") return { ...base, answerBoolean: value };
  if (typeof value === "number") return type === "decimal" || !Number.isInteger(value) ? { ...base, answerDecimal: value } : { ...base, answerInteger: value };
  return { ...base, answerString: value };
}

function itemOf(item: QuestionnaireItem, types: ReadonlyMap<string, QuestionnaireItem["type"]>): FhirQuestionnaireItem {
  const extension = extensionsOf(item);
  const children: FhirQuestionnaireItem[] = [];
  if (item.type === "assessment") children.push({ linkId: commentLinkId(item.id), type: "text", ...textOf(COMMENT_TEXT) });
  if (item.help !== undefined) {
    const control = { url: ITEM_CONTROL_URL, valueCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "help" }] } };
    children.push(displayItem(helpLinkId(item.id), item.help, control));
  }
  return {
    linkId: item.id,
    type: FHIR_TYPE[item.type],
    ...textOf(item.text),
    ...(extension.length > 0 ? { extension } : {}),
    ...(item.required !== undefined ? { required: item.required } : {}),
    ...(item.type === "text" && item.maxLength !== undefined ? { maxLength: item.maxLength } : {}),
    ...(item.enableWhen !== undefined
      ? { enableWhen: item.enableWhen.conditions.map((c) => conditionOf(c, types)), enableBehavior: item.enableWhen.match }
      : {}),
    ...(item.type === "assessment" ? { answerOption: ASSESSMENT_CODES.map((code) => ({ valueCoding: codingOf(mappingAssessmentCodeSystem, code) })) } : {}),
    ...(item.type === "choice"
      ? { answerOption: item.options.map((option) => ({ valueCoding: { code: option.value, display: option.text.nb, ...withTranslations(option.text) } })) }
      : {}),
    ...(children.length > 0 ? { item: children } : {}),
  };
}

function withTranslations(text: ItemText): { _display?: NonNullable<ReturnType<typeof translations>> } {
  const element = translations(text);
  return element === undefined ? {} : { _display: element };
}

function sectionOf(section: QuestionnaireSection, types: ReadonlyMap<string, QuestionnaireItem["type"]>): FhirQuestionnaireItem {
  const children: FhirQuestionnaireItem[] = [];
  if (section.instruction !== undefined) {
    const category = { url: DISPLAY_CATEGORY_URL, valueCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/questionnaire-display-category", code: "instructions" }] } };
    children.push(displayItem(instructionLinkId(section.id), section.instruction, category));
  }
  children.push(...section.items.map((item) => itemOf(item, types)));
  // que-1: a group holds items; a section with none and no instruction is a display item.
  return children.length === 0 ? { linkId: section.id, type: "display", ...textOf(section.title) } : { linkId: section.id, type: "group", ...textOf(section.title), item: children };
}

/** A FHIR `name` (que-0: starts upper-case, letters, digits and `_`) from an id such as `coordinating-unit-mapping`. */
function nameOf(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

/**
 * Maps a questionnaire (spørreskjema, kartleggingsskjema) to a FHIR R4 `Questionnaire`: the
 * canonical `url` `${FHIR_BASE}/Questionnaire/<id>` with its `version`, status `active`, language
 * `nb`, the bokmål texts as written in the form (nynorsk and English as core `translation`
 * extensions), each section a `group` whose linkId is the section id (the instruction "Svar kort" a
 * display item), each question an item whose linkId is the item id: assessment -> `choice` with the
 * {@link mappingAssessmentCodeSystem} options and a nested `text` item `<id>/comment`, text ->
 * `text` (maxLength), boolean, integer and decimal (bounds in core `minValue`/`maxValue`, the unit in
 * `questionnaire-unit`), choice -> `choice` with the options as codings, date -> `date`; `required`,
 * conditions as `enableWhen` with `enableBehavior`, `basis` in an extension. Never changes its input.
 *
 * @param questionnaire - The questionnaire; meant to pass {@link validateQuestionnaire}.
 * @returns The FHIR `Questionnaire` resource.
 * @throws TypeError when `questionnaire` is not a questionnaire.
 *
 * @example
 * const fhir = questionnaireToFhir(coordinatingUnitMappingForm);
 * [fhir.url, fhir.version, fhir.item[0]?.linkId, fhir.item[0]?.item?.[1]?.linkId]
 * //=> ["https://samhandling.github.io/samhandling/fhir/Questionnaire/coordinating-unit-mapping", "2012", "anchoring", "anchoring-basis"]
 */
export function questionnaireToFhir(questionnaire: Questionnaire): FhirQuestionnaire {
  requireQuestionnaire(questionnaire, "questionnaireToFhir");
  const types = new Map<string, QuestionnaireItem["type"]>();
  for (const item of questionnaire.sections.flatMap((section) => section.items)) if (!types.has(item.id)) types.set(item.id, item.type);
  const title = translations(questionnaire.title);
  const description = questionnaire.description === undefined ? undefined : translations(questionnaire.description);
  return {
    resourceType: "Questionnaire",
    url: questionnaireUrl(questionnaire.id),
    version: questionnaire.version,
    name: nameOf(questionnaire.id),
    title: questionnaire.title.nb,
    ...(title !== undefined ? { _title: title } : {}),
    status: "active",
    language: "nb",
    subjectType: ["Organization"],
    ...(questionnaire.description !== undefined ? { description: questionnaire.description.nb } : {}),
    ...(description !== undefined ? { _description: description } : {}),
    item: questionnaire.sections.map((section) => sectionOf(section, types)),
  };
}
