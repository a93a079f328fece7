import { describe, expect, it } from "vitest";
import { checkQuestionnaire, coordinatingUnitMappingForm, QuestionnaireSchema } from "samhandling";
import { itemsOf } from "../fixtures/mapping.js";

// The form's questions as written in the seed (vedlegg 2, "Kartleggingsskjema"), section by section.
const SEED_FORM: readonly (readonly [string, readonly string[]])[] = [
  ["Forankring", ["Hvilken forankring har koordinerende enhet?", "Hvordan er koordinerende enhet organisert?"]],
  [
    "Mandat, rolle og oppgaver",
    [
      "Hvilken myndighet har koordinerende enhet?",
      "Hvilken rolle og oppgaver har koordinerende enhet?",
      "Er det en felles forståelse av rollen og oppgavene hos alle tjenesteytere og samarbeidspartnere?",
      "Er det tilstrekkelig informasjonsspredning om koordinerende enhet til samarbeidspartnere?",
      "Har koordinerende enhet legitimitet blant tjenesteytere og samarbeidspartnere?",
    ],
  ],
  [
    "Oversikt over tjenestetilbudet",
    [
      "Har koordinerende enhet oversikt over tjenestetilbudet og behovet for tjenester?",
      "Hvordan informerer kommunen brukere om tjenestetilbudet?",
    ],
  ],
  [
    "Samarbeid",
    [
      "Er det etablert gode nok samarbeids og kommunikasjonsrutiner på tvers av tjenesteområdene?",
      "Er det nedskrevne prosedyrer og rutiner som regulerer samarbeidet mellom tjenesteområdene?",
      "Er det nok fleksibilitet i samarbeidet?",
      "Er det tydelig ansvarsfordeling mellom enhetene og tjenesteområdene?",
      "Er det en felles forståelse på tvers av enhetene og tjenesteområdene om hva arbeidet med rus og sammensatte problem innebærer?",
    ],
  ],
  [
    "Individuell plan",
    [
      "Er det utarbeidet rutiner for arbeidet med individuell plan i kommunen?",
      "Bruker tjenestene i kommunen felles mal eller elektronisk verktøy i arbeidet med individuell plan?",
      "Hvordan praktiseres opplæring i bruk av individuell plan?",
      "Hva er de vanligste utfordringene i samarbeidet om individuell plan for mennesker med rusproblem og sammensatte behov?",
      "Hvordan praktiseres brukermedvirkning i arbeidet med individuell plan?",
    ],
  ],
  [
    "Koordinator",
    [
      "Får brukere med rusproblem og behov for sammensatte tjenester tilbud om en koordinator?",
      "Hvordan rekrutteres koordinatorer?",
      "Hvordan praktiseres opplæring av tjenesteytere med koordinator rolle?",
    ],
  ],
  [
    "Intern kontroll",
    [
      "Fører kommunen intern kontroll med at lover og forskrifter som regulerer arbeidet med individuell plan og koordinerende enhet etterleves i egen organisasjon?",
    ],
  ],
];

const HOW_OR_WHAT = /^(Hvilken|Hvordan|Hva) /;

describe("coordinatingUnitMappingForm", () => {
  it("is a valid questionnaire that checkQuestionnaire finds nothing in, translations included", () => {
    expect(QuestionnaireSchema.safeParse(coordinatingUnitMappingForm).success).toBe(true);
    expect(checkQuestionnaire(coordinatingUnitMappingForm)).toEqual([]);
  });

  it("holds the seven sections and every question of the seed's form in bokmål as written, in order", () => {
    expect(coordinatingUnitMappingForm.sections.map((section) => [section.title.nb, section.items.map((item) => item.text.nb)])).toEqual(SEED_FORM);
  });

  it("asks yes/no questions as required assessments and how/what questions as optional text", () => {
    for (const item of itemsOf(coordinatingUnitMappingForm)) {
      if (HOW_OR_WHAT.test(item.text.nb)) {
        expect([item.id, item.type, item.required]).toEqual([item.id, "text", undefined]);
      } else {
        expect([item.id, item.type, item.required]).toEqual([item.id, "assessment", true]);
      }
    }
    expect(itemsOf(coordinatingUnitMappingForm).filter((item) => item.type === "assessment")).toHaveLength(13);
  });

  it("gives every text in nynorsk and English, different from bokmål where the languages differ", () => {
    const texts = [
      coordinatingUnitMappingForm.title,
      ...coordinatingUnitMappingForm.sections.flatMap((section) => [section.title, ...section.items.map((item) => item.text)]),
    ];
    for (const text of texts) {
      expect(text.nn?.length).toBeGreaterThan(0);
      expect(text.en?.length).toBeGreaterThan(0);
      expect(text.en).not.toBe(text.nb);
    }
    expect(itemsOf(coordinatingUnitMappingForm).find((item) => item.id === "coordinator-recruitment")?.text.nn).toBe("Korleis blir koordinatorar rekrutterte?");
  });

  it("says what each question rests on", () => {
    expect(itemsOf(coordinatingUnitMappingForm).every((item) => item.basis !== undefined)).toBe(true);
    expect(itemsOf(coordinatingUnitMappingForm).find((item) => item.id === "mandate-legitimacy")?.basis).toBe("hol § 7-3");
  });
});
