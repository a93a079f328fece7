import type { ItemText, QuestionnaireItem } from "../item-schema.js";
import type { Questionnaire, QuestionnaireSection } from "../questionnaire-schema.js";

const KE = "hol § 7-3";
const ANSWER_BRIEFLY: ItemText = { nb: "Svar kort", nn: "Svar kort", en: "Answer briefly" };

/** A yes / partly / no / don't-know question: required, since summaries and action plans rest on it. */
function assessment(id: string, basis: string, nb: string, nn: string, en: string): QuestionnaireItem {
  return { id, type: "assessment", text: { nb, nn, en }, required: true, basis };
}

/** A how / what question answered with a short text. */
function text(id: string, basis: string, nb: string, nn: string, en: string): QuestionnaireItem {
  return { id, type: "text", text: { nb, nn, en }, basis };
}

function section(id: string, title: ItemText, items: QuestionnaireItem[]): QuestionnaireSection {
  return { id, title, instruction: ANSWER_BRIEFLY, items };
}

/**
 * The mapping form for a municipality's coordinating unit (kartleggingsskjema for koordinerende
 * enhet), from a development project with three municipalities in Møre og Romsdal (2012): seven
 * sections, every question in bokmål as written in the form, with nynorsk and English translations.
 * Yes/no questions are `assessment` items (yes / partly / no / don't know, required); how/what
 * questions are optional `text` items. Each item's `basis` names the rule it rests on.
 *
 * @example
 * coordinatingUnitMappingForm.sections.map((section) => section.title.nb)
 * //=> ["Forankring", "Mandat, rolle og oppgaver", "Oversikt over tjenestetilbudet", "Samarbeid",
 * //    "Individuell plan", "Koordinator", "Intern kontroll"]
 */
export const coordinatingUnitMappingForm: Questionnaire = {
  kind: "questionnaire",
  id: "coordinating-unit-mapping",
  version: "2012",
  title: {
    nb: "Kartleggingsskjema for koordinerende enhet",
    nn: "Kartleggingsskjema for koordinerande eining",
    en: "Mapping form for the coordinating unit",
  },
  description: {
    nb: "Hvordan samarbeidet mellom tjenesteområdene er regulert, og spesielt samarbeidet om individuell plan.",
    nn: "Korleis samarbeidet mellom tenesteområda er regulert, og særleg samarbeidet om individuell plan.",
    en: "How cooperation between the service areas is regulated, and in particular cooperation on individual plans.",
  },
  sections: [
    section("anchoring", { nb: "Forankring", nn: "Forankring", en: "Anchoring" }, [
      text("anchoring-basis", KE, "Hvilken forankring har koordinerende enhet?", "Kva forankring har koordinerande eining?", "What anchoring does the coordinating unit have?"),
      text("anchoring-organisation", KE, "Hvordan er koordinerende enhet organisert?", "Korleis er koordinerande eining organisert?", "How is the coordinating unit organised?"),
    ]),
    section("mandate", { nb: "Mandat, rolle og oppgaver", nn: "Mandat, rolle og oppgåver", en: "Mandate, role and tasks" }, [
      text("mandate-authority", KE, "Hvilken myndighet har koordinerende enhet?", "Kva mynde har koordinerande eining?", "What authority does the coordinating unit have?"),
      text("mandate-role-and-tasks", KE, "Hvilken rolle og oppgaver har koordinerende enhet?", "Kva rolle og oppgåver har koordinerande eining?", "What role and tasks does the coordinating unit have?"),
      assessment(
        "mandate-shared-understanding",
        KE,
        "Er det en felles forståelse av rollen og oppgavene hos alle tjenesteytere og samarbeidspartnere?",
        "Er det ei felles forståing av rolla og oppgåvene hos alle tenesteytarar og samarbeidspartnarar?",
        "Is there a common understanding of the role and tasks among all service providers and partners?",
      ),
      assessment(
        "mandate-information",
        KE,
        "Er det tilstrekkelig informasjonsspredning om koordinerende enhet til samarbeidspartnere?",
        "Er det tilstrekkeleg informasjonsspreiing om koordinerande eining til samarbeidspartnarar?",
        "Is information about the coordinating unit spread enough to partners?",
      ),
      assessment(
        "mandate-legitimacy",
        KE,
        "Har koordinerende enhet legitimitet blant tjenesteytere og samarbeidspartnere?",
        "Har koordinerande eining legitimitet blant tenesteytarar og samarbeidspartnarar?",
        "Does the coordinating unit have legitimacy among service providers and partners?",
      ),
    ]),
    section("service-overview", { nb: "Oversikt over tjenestetilbudet", nn: "Oversikt over tenestetilbodet", en: "Overview of the services offered" }, [
      assessment(
        "overview-services-and-needs",
        KE,
        "Har koordinerende enhet oversikt over tjenestetilbudet og behovet for tjenester?",
        "Har koordinerande eining oversikt over tenestetilbodet og behovet for tenester?",
        "Does the coordinating unit have an overview of the services offered and the need for services?",
      ),
      text("overview-informing-users", KE, "Hvordan informerer kommunen brukere om tjenestetilbudet?", "Korleis informerer kommunen brukarar om tenestetilbodet?", "How does the municipality inform users about the services offered?"),
    ]),
    section("cooperation", { nb: "Samarbeid", nn: "Samarbeid", en: "Cooperation" }, [
      assessment(
        "cooperation-routines",
        KE,
        "Er det etablert gode nok samarbeids og kommunikasjonsrutiner på tvers av tjenesteområdene?",
        "Er det etablert gode nok samarbeids- og kommunikasjonsrutinar på tvers av tenesteområda?",
        "Are good enough cooperation and communication routines established across the service areas?",
      ),
      assessment(
        "cooperation-written-procedures",
        KE,
        "Er det nedskrevne prosedyrer og rutiner som regulerer samarbeidet mellom tjenesteområdene?",
        "Er det nedskrivne prosedyrar og rutinar som regulerer samarbeidet mellom tenesteområda?",
        "Are there written procedures and routines that regulate cooperation between the service areas?",
      ),
      assessment("cooperation-flexibility", KE, "Er det nok fleksibilitet i samarbeidet?", "Er det nok fleksibilitet i samarbeidet?", "Is there enough flexibility in the cooperation?"),
      assessment(
        "cooperation-responsibilities",
        KE,
        "Er det tydelig ansvarsfordeling mellom enhetene og tjenesteområdene?",
        "Er det tydeleg ansvarsfordeling mellom einingane og tenesteområda?",
        "Is responsibility clearly divided between the units and the service areas?",
      ),
      assessment(
        "cooperation-shared-understanding",
        KE,
        "Er det en felles forståelse på tvers av enhetene og tjenesteområdene om hva arbeidet med rus og sammensatte problem innebærer?",
        "Er det ei felles forståing på tvers av einingane og tenesteområda om kva arbeidet med rus og samansette problem inneber?",
        "Is there a common understanding across the units and service areas of what work with substance use and complex problems involves?",
      ),
    ]),
    section("individual-plan", { nb: "Individuell plan", nn: "Individuell plan", en: "Individual plan" }, [
      assessment(
        "ip-routines",
        "hol § 7-1",
        "Er det utarbeidet rutiner for arbeidet med individuell plan i kommunen?",
        "Er det utarbeidd rutinar for arbeidet med individuell plan i kommunen?",
        "Have routines been drawn up for the work with individual plans in the municipality?",
      ),
      assessment(
        "ip-common-tool",
        "hol § 7-1",
        "Bruker tjenestene i kommunen felles mal eller elektronisk verktøy i arbeidet med individuell plan?",
        "Brukar tenestene i kommunen felles mal eller elektronisk verktøy i arbeidet med individuell plan?",
        "Do the municipality's services use a common template or electronic tool in the work with individual plans?",
      ),
      text("ip-training", "hol § 7-1", "Hvordan praktiseres opplæring i bruk av individuell plan?", "Korleis blir opplæring i bruk av individuell plan praktisert?", "How is training in the use of individual plans practised?"),
      text(
        "ip-challenges",
        "hol § 7-1",
        "Hva er de vanligste utfordringene i samarbeidet om individuell plan for mennesker med rusproblem og sammensatte behov?",
        "Kva er dei vanlegaste utfordringane i samarbeidet om individuell plan for menneske med rusproblem og samansette behov?",
        "What are the most common challenges in cooperating on individual plans for people with substance-use problems and complex needs?",
      ),
      text(
        "ip-user-participation",
        "pbrl § 3-1",
        "Hvordan praktiseres brukermedvirkning i arbeidet med individuell plan?",
        "Korleis blir brukarmedverknad praktisert i arbeidet med individuell plan?",
        "How is user participation practised in the work with individual plans?",
      ),
    ]),
    section("coordinator", { nb: "Koordinator", nn: "Koordinator", en: "Coordinator" }, [
      assessment(
        "coordinator-offered",
        "hol § 7-2",
        "Får brukere med rusproblem og behov for sammensatte tjenester tilbud om en koordinator?",
        "Får brukarar med rusproblem og behov for samansette tenester tilbod om ein koordinator?",
        "Are users with substance-use problems and a need for complex services offered a coordinator?",
      ),
      text("coordinator-recruitment", "hol § 7-2", "Hvordan rekrutteres koordinatorer?", "Korleis blir koordinatorar rekrutterte?", "How are coordinators recruited?"),
      text(
        "coordinator-training",
        KE,
        "Hvordan praktiseres opplæring av tjenesteytere med koordinator rolle?",
        "Korleis blir opplæring av tenesteytarar med koordinatorrolle praktisert?",
        "How is training of service providers with a coordinator role practised?",
      ),
    ]),
    section("internal-control", { nb: "Intern kontroll", nn: "Internkontroll", en: "Internal control" }, [
      assessment(
        "internal-control-in-place",
        "forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten",
        "Fører kommunen intern kontroll med at lover og forskrifter som regulerer arbeidet med individuell plan og koordinerende enhet etterleves i egen organisasjon?",
        "Fører kommunen internkontroll med at lover og forskrifter som regulerer arbeidet med individuell plan og koordinerande eining blir etterlevde i eigen organisasjon?",
        "Does the municipality run internal control that the laws and regulations on individual plans and the coordinating unit are followed in its own organisation?",
      ),
    ]),
  ],
};
