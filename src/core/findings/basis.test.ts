import { describe, expect, it } from "vitest";
import { basisOf, basisParts, guideBasis, ipItemBasis, jointBasis, PRACTICE, practiceBasis } from "./basis.js";
import type { FindingBasis } from "./basis.js";
import { findingCatalog, type FindingCode } from "./catalog/index.js";

const isCode = (code: string): code is FindingCode => Object.hasOwn(findingCatalog, code);
const entries = Object.keys(findingCatalog)
  .filter(isCode)
  .map((code) => [code, findingCatalog[code]] as const);
const LANGUAGES = ["nb", "nn", "en"] as const;
const ITEM = { nb: "punkt", nn: "punkt", en: "item" } as const;
const IP = {
  nb: "forskrift om individuell plan ved ytelse av velferdstjenester",
  nn: "forskrift om individuell plan ved yting av velferdstenester",
  en: "the regulation on individual plans in welfare services",
};

describe("basis helpers", () => {
  it("write an act's sections after its name, and the name alone without sections", () => {
    expect(basisOf("pbrl", ["2-5"]).display).toEqual({ nb: "pbrl § 2-5", nn: "pbrl § 2-5", en: "pbrl § 2-5" });
    expect(basisOf("sotjl", ["28", "33"]).display).toEqual({ nb: "sotjl §§ 28 og 33", nn: "sotjl §§ 28 og 33", en: "sotjl §§ 28 and 33" });
    expect(basisOf("frl")).toEqual({
      kind: "act",
      source: "frl",
      display: { nb: "folkeregisterloven", nn: "folkeregisterlova", en: "the National Population Register Act" },
    });
    expect(basisOf("is-24-8").kind).toBe("standard");
  });

  it("cite the IP regulation by item, never by section", () => {
    const basis = ipItemBasis("h");
    expect(basis).toEqual({
      kind: "regulation",
      source: "ip-regulation",
      item: "h",
      display: { nb: `${IP.nb}, punkt h`, nn: `${IP.nn}, punkt h`, en: `${IP.en}, item h` },
    });
    expect(basis.sections).toBeUndefined();
  });

  it("name the guide's topic or the practice", () => {
    const topic = { nb: "samtykke", nn: "samtykke", en: "consent" };
    expect(guideBasis(topic)).toMatchObject({ kind: "guide", source: "rehabilitation-guide", topic });
    expect(guideBasis(topic).display.en).toMatch(/guide .*: consent$/);
    expect(practiceBasis(topic)).toEqual({ kind: "practice", topic, display: { nb: "praksis: samtykke", nn: "praksis: samtykke", en: "practice: consent" } });
    expect(PRACTICE.source).toBeUndefined();
  });

  it("join several sources into one basis, flat and in order", () => {
    const inner = jointBasis(basisOf("pbrl", ["2-5 c"]), basisOf("hol", ["7-2 a"]));
    const joint = jointBasis(ipItemBasis("c"), inner);
    expect(joint.source).toBe("ip-regulation");
    expect(joint.item).toBe("c");
    expect(joint.also?.map((part) => part.display.nb)).toEqual(["pbrl § 2-5 c", "hol § 7-2 a"]);
    expect(joint.also?.every((part) => part.also === undefined)).toBe(true);
    expect(joint.display.en).toBe(`${IP.en}, item c; pbrl § 2-5 c; hol § 7-2 a`);
    expect(basisParts(joint)).toHaveLength(3);
    expect(jointBasis(PRACTICE)).toBe(PRACTICE);
  });
});

describe("the bases of the finding catalog", () => {
  const parts = entries.flatMap(([code, entry]) => basisParts(entry.basis).map((part) => [code, part] as const));

  it("never cite the superseded content-list section of the 2011 regulation", () => {
    const cited = entries.filter(([, entry]) => /§\s*19\b|bokstav/.test(JSON.stringify(entry.basis))).map(([code]) => code);
    expect(cited).toEqual([]);
  });

  it("cite the IP regulation always by an item a-i, and items only of the IP regulation", () => {
    for (const [code, part] of parts) {
      if (part.source === "ip-regulation") expect([code, part.item]).toEqual([code, expect.stringMatching(/^[a-i]$/)]);
      if (part.item !== undefined) expect([code, part.source]).toEqual([code, "ip-regulation"]);
    }
    expect(parts.some(([, part]) => part.source === "ip-regulation")).toBe(true);
  });

  it("give sections only to acts, and a source to everything but practice", () => {
    for (const [code, part] of parts) {
      if (part.sections !== undefined) expect([code, part.kind, part.sections.length > 0]).toEqual([code, "act", true]);
      expect([code, part.source === undefined]).toEqual([code, part.kind === "practice"]);
    }
  });

  it("display every basis and every part in bokmål, nynorsk and English, the whole as its parts in order", () => {
    const shown = (basis: FindingBasis): boolean => LANGUAGES.every((language) => basis.display[language].trim().length > 0);
    for (const [code, entry] of entries) {
      expect([code, shown(entry.basis)]).toEqual([code, true]);
      for (const part of basisParts(entry.basis)) expect([code, shown(part), part.also]).toEqual([code, true, undefined]);
      for (const language of LANGUAGES) {
        const joined = basisParts(entry.basis).map((part) => part.display[language]).join("; ");
        expect([code, entry.basis.display[language]]).toEqual([code, joined]);
      }
    }
  });

  it("rest consent on item h, and who may consent on pbrl §§ 4-3 to 4-5", () => {
    const itemH = (code: FindingCode): boolean => basisParts(findingCatalog[code].basis).some((part) => part.item === "h");
    const competence = (code: FindingCode): boolean =>
      basisParts(findingCatalog[code].basis).some((part) => part.source === "pbrl" && part.sections?.join() === "4-3,4-4,4-5");
    const consentCodes = entries.map(([code]) => code).filter((code) => code.includes("consent"));
    expect(consentCodes.filter(itemH).sort()).toEqual([
      "case/plan-without-consent",
      "plan/consent-after-activation",
      "plan/consent-by-minor",
      "plan/consent-expired",
      "plan/consent-giver-not-entitled",
      "plan/consent-recipients-missing",
      "plan/consent-withdrawn",
      "plan/missing-consent",
      "plan/parent-consent-ended-at-16",
      "plan/parent-consent-over-16",
      "plan/participant-without-consent",
    ]);
    expect(entries.map(([code]) => code).filter(competence).sort()).toEqual([
      "pathway/step-without-consent",
      "plan/consent-by-minor",
      "plan/consent-giver-not-entitled",
      "plan/parent-consent-ended-at-16",
      "plan/parent-consent-over-16",
    ]);
    for (const code of consentCodes) {
      expect([code, basisParts(findingCatalog[code].basis).some((part) => part.source === "pbrl" && part.sections?.includes("2-5"))]).toEqual([code, false]);
    }
  });

  it("cite these codes as written here", () => {
    const table: [FindingCode, string][] = [
      ["plan/missing-consent", `${IP.en}, ${ITEM.en} h`],
      ["plan/consent-by-minor", `pbrl §§ 4-3, 4-4 and 4-5; ${IP.en}, item h`],
      ["plan/missing-coordinator", `${IP.en}, item c; hol § 7-2`],
      ["plan/coordinator-untrained", "hol § 7-3"],
      ["plan/child-coordinator-for-adult", "pbrl § 2-5 c; hol § 7-2 a"],
      ["plan/revision-overdue", `${IP.en}, item g`],
      ["plan/responsibility-group-inactive", "practice: municipal responsibility groups commonly meet 1–2 times per half-year"],
      ["plan/duplicate-id", "practice"],
      ["reporting/fte-total-mismatch", "IS-24/8"],
      ["reporting/unknown-municipality", "Statistics Norway's municipality classification"],
      ["schema/invalid-national-id", "the National Population Register Act"],
      ["schema/invalid-organization-number", "the Central Coordinating Register for Legal Entities Act"],
    ];
    expect(table.map(([code]) => [code, findingCatalog[code].basis.display.en])).toEqual(table);
    expect(findingCatalog["plan/consent-by-minor"].basis.display.nn).toBe(`pbrl §§ 4-3, 4-4 og 4-5; ${IP.nn}, ${ITEM.nn} h`);
    expect(findingCatalog["plan/no-goals"].basis.display.nb).toBe(`${IP.nb}, ${ITEM.nb} a`);
  });
});
