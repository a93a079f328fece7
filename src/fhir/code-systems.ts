// The code systems samhandling defines for its FHIR mapping (no national code list exists for these
// concepts), as CodeSystem resources: the one source of every code toFhir writes and fromFhir reads.
import { canonicalUrl } from "./canonical.js";
import type { FhirCodeSystem, FhirCodeSystemConcept } from "./types.js";

type Row = readonly [code: string, en: string, nb: string];

function codeSystem(name: string, title: string, description: string, rows: readonly Row[]): FhirCodeSystem {
  const concept: FhirCodeSystemConcept[] = rows.map(([code, display, nb]) => ({ code, display, designation: [{ language: "nb", value: nb }] }));
  const computable = name.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
  return { resourceType: "CodeSystem", url: canonicalUrl("CodeSystem", name), name: computable, title, status: "active", content: "complete", description, concept };
}

/**
 * samhandling's own FHIR code systems, by name, each a CodeSystem resource under
 * `${FHIR_BASE}/CodeSystem/<name>`: participant roles (deltakerroller), relative relations,
 * life areas (livsområder), consent kinds and givers, the plan category and services, closing
 * reasons, meeting types, care-team categories, recurrence kinds and consent forms.
 *
 * @example
 * FHIR_CODE_SYSTEMS["participant-role"].concept.map((c) => c.code)
 * //=> ["user", "relative", "coordinator", "child-coordinator", "service-provider", "gp", "other"]
 * FHIR_CODE_SYSTEMS["life-area"].url
 * //=> "https://samhandling.github.io/samhandling/fhir/CodeSystem/life-area"
 */
export const FHIR_CODE_SYSTEMS = {
  "participant-role": codeSystem("participant-role", "Participant role", "The role of a participant in an individual plan, and the coordinator kinds.", [
    ["user", "User", "Bruker"],
    ["relative", "Relative", "Pårørende"],
    ["coordinator", "Coordinator", "Koordinator"],
    ["child-coordinator", "Child coordinator", "Barnekoordinator"],
    ["service-provider", "Service provider", "Tjenesteyter"],
    ["gp", "General practitioner", "Fastlege"],
    ["other", "Other", "Annen"],
  ]),
  "relative-relation": codeSystem("relative-relation", "Relative relation", "How a relative is related to the user.", [
    ["parent", "Parent", "Forelder"],
    ["guardian", "Guardian", "Verge"],
    ["partner", "Partner", "Partner"],
    ["child", "Child", "Barn"],
    ["sibling", "Sibling", "Søsken"],
    ["other", "Other", "Annen"],
  ]),
  "life-area": codeSystem("life-area", "Life area", "The life area a goal belongs to: BrukerPlan's eight and the rehabilitation model's.", [
    ["substance-use", "Substance use", "Rusmiddelbruk"],
    ["finances", "Finances", "Økonomi"],
    ["mental-health", "Mental health", "Psykisk helse"],
    ["physical-health", "Physical health", "Fysisk helse"],
    ["housing", "Housing", "Bolig"],
    ["social-skills", "Social skills", "Sosial fungering"],
    ["network", "Network", "Nettverk"],
    ["work-activity", "Work and activity", "Arbeid og aktivitet"],
    ["leisure", "Leisure", "Fritid"],
    ["education", "School and education", "Skole og utdanning"],
    ["work-training", "Work training", "Arbeidstrening"],
    ["daily-living", "Daily-living training", "ADL-trening"],
    ["family-friends", "Family and friends", "Familie og venner"],
    ["physical-activity", "Physical activity", "Fysisk aktivitet"],
    ["money-management", "Money management", "Økonomistyring"],
    ["parenting", "Parenting", "Foreldrerolle"],
    ["other", "Other", "Annet"],
  ]),
  "consent-kind": codeSystem("consent-kind", "Consent kind", "What a consent recorded in an individual plan is to.", [
    ["plan", "Consent to the individual plan", "Samtykke til individuell plan"],
    ["information-sharing", "Consent to share confidential information", "Samtykke til å dele taushetsbelagte opplysninger"],
  ]),
  "consent-giver": codeSystem("consent-giver", "Consent giver", "Who gave a consent: the user, or as whom on the user's behalf.", [
    ["user", "The user", "Brukeren"],
    ["parent", "A parent with parental responsibility", "Forelder med foreldreansvar"],
    ["guardian", "A guardian", "Verge"],
    ["representative", "Another representative", "Annen representant"],
  ]),
  "consent-form": codeSystem("consent-form", "Consent form", "Whether a consent was given in writing or orally.", [
    ["written", "Written", "Skriftlig"],
    ["oral", "Oral", "Muntlig"],
  ]),
  "plan-category": codeSystem("plan-category", "Plan category", "The kind of plan a CarePlan is.", [
    ["individual-plan", "Individual plan", "Individuell plan"],
  ]),
  "plan-service": codeSystem("plan-service", "Plan service", "The services that hold an individual plan, by the act they work under.", [
    ["health-and-care", "Municipal health and care services", "Helse- og omsorgstjenester"],
    ["specialist-care", "Specialist health services", "Spesialisthelsetjenesten"],
    ["nav", "NAV", "NAV"],
    ["social-services", "Social services in NAV", "Sosiale tjenester i NAV"],
    ["child-welfare", "Child welfare", "Barnevern"],
  ]),
  "closing-reason": codeSystem("closing-reason", "Closing reason", "Why an individual plan was closed.", [
    ["goals-reached", "Goals reached", "Målene er nådd"],
    ["no-longer-needed", "No longer needed", "Ikke lenger behov"],
    ["consent-withdrawn", "Consent withdrawn", "Samtykket er trukket tilbake"],
    ["moved", "The user moved", "Brukeren har flyttet"],
    ["transferred", "Transferred", "Overført"],
    ["deceased", "The user died", "Brukeren er død"],
    ["other", "Other", "Annet"],
  ]),
  "meeting-type": codeSystem("meeting-type", "Meeting type", "Kinds of meeting in the work on an individual plan.", [
    ["responsibility-group-meeting", "Responsibility-group meeting", "Ansvarsgruppemøte"],
  ]),
  "care-team-category": codeSystem("care-team-category", "Care-team category", "Which team of an individual plan a CareTeam is.", [
    ["plan-participants", "The participants in the planning work", "Deltakere i planarbeidet"],
    ["responsibility-group", "The responsibility group", "Ansvarsgruppe"],
  ]),
  "recurrence-kind": codeSystem("recurrence-kind", "Recurrence kind", "How a recurring deadline counts its periods.", [
    ["times-per-year", "A number of times a calendar year", "Et antall ganger i året"],
    ["every", "Every so many weeks or months", "Hver n-te uke eller måned"],
    ["times-per", "A number of times a month, quarter or half-year", "Et antall ganger i måneden, kvartalet eller halvåret"],
    ["yearly-by", "Once a year by a given day", "Innen en gitt dag hvert år"],
  ]),
} as const satisfies Record<string, FhirCodeSystem>;

/**
 * The name of one of samhandling's code systems in {@link FHIR_CODE_SYSTEMS}.
 *
 * @example
 * const name: FhirCodeSystemName = "life-area";
 */
export type FhirCodeSystemName = keyof typeof FHIR_CODE_SYSTEMS;

/** The canonical URL of one of the package's code systems. */
export function systemUrl(name: FhirCodeSystemName): string {
  return FHIR_CODE_SYSTEMS[name].url;
}

/** Whether a code is in one of the package's code systems. */
export function hasCode(name: FhirCodeSystemName, code: string): boolean {
  return FHIR_CODE_SYSTEMS[name].concept.some((concept) => concept.code === code);
}
