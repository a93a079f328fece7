import type { PathwayDefinition } from "./definition.js";

/**
 * The built-in care pathway for children and young people with complex needs (forløp for
 * samordning av hjelpetilbud for barn og unge), after the Møre og Romsdal project "Kvalitet i alle
 * ledd": the family raises a concern, the municipal services map the need, a family meeting
 * (familiemøte) brings the family, a municipal professional and BUP together before any referral,
 * then a referral to BUP or HABU and their assessment, and coordinated follow-up. The two four-week
 * deadlines are this library's defaults, not law or the project's: copy the pathway and set your own.
 *
 * @example
 * childrenPathway.steps.map((step) => step.id)
 * //=> ["concern", "municipal-assessment", "family-meeting", "referral-bup", "referral-habu",
 * //    "bup-assessment", "habu-assessment", "coordinated-follow-up"]
 */
export const childrenPathway: PathwayDefinition = {
  id: "children-coordinated-services",
  label: {
    nb: "Forløp for samordning av hjelpetilbud for barn og unge",
    nn: "Forløp for samordning av hjelpetilbod for barn og unge",
    en: "Pathway for coordinated services for children and young people",
  },
  steps: [
    {
      id: "concern",
      role: "family",
      type: "task",
      label: { nb: "Bekymring eller behov meldt", nn: "Uro eller behov meldt", en: "Concern or need raised" },
    },
    {
      id: "municipal-assessment",
      role: "municipal-services",
      type: "task",
      after: ["concern"],
      deadline: { after: "concern", weeks: 4 },
      label: { nb: "Kartlegging i kommunen", nn: "Kartlegging i kommunen", en: "Assessment by the municipal services" },
    },
    {
      id: "family-meeting",
      role: "municipal-services",
      type: "family-meeting",
      after: ["municipal-assessment"],
      deadline: { after: "municipal-assessment", weeks: 4 },
      needsConsent: true,
      label: { nb: "Familiemøte med kommunal fagperson og BUP", nn: "Familiemøte med kommunal fagperson og BUP", en: "Family meeting with a municipal professional and BUP" },
    },
    {
      id: "referral-bup",
      role: "municipal-services",
      type: "referral",
      referralTo: "bup",
      after: ["family-meeting"],
      needsConsent: true,
      label: { nb: "Henvisning til BUP", nn: "Tilvising til BUP", en: "Referral to BUP" },
    },
    {
      id: "referral-habu",
      role: "municipal-services",
      type: "referral",
      referralTo: "habu",
      after: ["family-meeting"],
      needsConsent: true,
      label: { nb: "Henvisning til HABU", nn: "Tilvising til HABU", en: "Referral to HABU" },
    },
    {
      id: "bup-assessment",
      role: "bup",
      type: "task",
      after: ["referral-bup"],
      label: { nb: "Utredning i BUP", nn: "Utgreiing i BUP", en: "Assessment by BUP" },
    },
    {
      id: "habu-assessment",
      role: "habu",
      type: "task",
      after: ["referral-habu"],
      label: { nb: "Utredning i HABU", nn: "Utgreiing i HABU", en: "Assessment by HABU" },
    },
    {
      id: "coordinated-follow-up",
      role: "municipal-services",
      type: "task",
      after: ["family-meeting"],
      needsConsent: true,
      label: { nb: "Samordnet oppfølging", nn: "Samordna oppfølging", en: "Coordinated follow-up" },
    },
  ],
};

/**
 * The built-in pathways, by id: a case naming one of these needs no `pathways` option.
 *
 * @example
 * BUILT_IN_PATHWAYS.map((pathway) => pathway.id)
 * //=> ["children-coordinated-services"]
 */
export const BUILT_IN_PATHWAYS: readonly PathwayDefinition[] = [childrenPathway];
