import type { LocalizedText } from "../core/locale.js";

/**
 * A typical measure for a development area (typisk tiltak): the measure (tiltak), its goal (mål) and
 * its activities (aktivitet), in bokmål, nynorsk and English.
 *
 * @example
 * const measure: TypicalMeasure = {
 *   measure: { nb: "Kartlegge tjenestetilbudet", nn: "Kartleggje tenestetilbodet", en: "Map the services" },
 *   goal: { nb: "Oversikt", nn: "Oversikt", en: "An overview" },
 *   activities: [],
 * };
 */
export interface TypicalMeasure {
  /** What to do (tiltak). */
  readonly measure: LocalizedText;
  /** What it should achieve (mål). */
  readonly goal: LocalizedText;
  /** The tasks needed (aktivitet). */
  readonly activities: readonly LocalizedText[];
}

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

/**
 * Typical measures per assessment item of {@link coordinatingUnitMappingForm}, keyed by item id:
 * the measures the seed municipalities chose for weak answers (an overview of services, a common
 * consent form, written routines, training in the IP tool and the coordinator role, ...).
 * {@link proposeActionPlan} draws its rows from here unless given another table.
 *
 * @example
 * typicalMeasures["overview-services-and-needs"]?.measure.nb
 * //=> "Kartlegge tjenestetilbudet i kommunen"
 */
export const typicalMeasures: Readonly<Record<string, TypicalMeasure>> = {
  "mandate-shared-understanding": {
    measure: t("Klargjøre roller og ansvar i IP-arbeidet (koordinator, medlem, bruker, pårørende)", "Klargjere roller og ansvar i IP-arbeidet (koordinator, medlem, brukar, pårørande)", "Clarify roles and responsibilities in IP work (coordinator, member, user, relative)"),
    goal: t("Felles forståelse av rollen og oppgavene til koordinerende enhet hos tjenesteytere og samarbeidspartnere", "Felles forståing av rolla og oppgåvene til koordinerande eining hos tenesteytarar og samarbeidspartnarar", "A common understanding of the coordinating unit's role and tasks among service providers and partners"),
    activities: [t("Beskrive rollene og lage rutiner som avklarer rolle og ansvar", "Skildre rollene og lage rutinar som avklarer rolle og ansvar", "Describe the roles and write routines that clarify role and responsibility")],
  },
  "mandate-information": {
    measure: t("Informere om koordinerende enhet", "Informere om koordinerande eining", "Inform about the coordinating unit"),
    goal: t("Samarbeidspartnere kjenner koordinerende enhet og vet hvordan de melder behov for individuell plan", "Samarbeidspartnarar kjenner koordinerande eining og veit korleis dei melder behov for individuell plan", "Partners know the coordinating unit and how to give notice of a need for an individual plan"),
    activities: [
      t("Legge rutiner, skjema og kontaktinformasjon på kommunens nettsider", "Leggje rutinar, skjema og kontaktinformasjon på nettsidene til kommunen", "Publish routines, forms and contact details on the municipality's website"),
      t("Informere på ledermøter og i tjenestene", "Informere på leiarmøte og i tenestene", "Inform at management meetings and in the services"),
    ],
  },
  "mandate-legitimacy": {
    measure: t("Tverrfaglig møte på ledernivå", "Tverrfagleg møte på leiarnivå", "Interdisciplinary meeting at management level"),
    goal: t("Koordinerende enhet er forankret i ledelsen og har legitimitet i tjenestene", "Koordinerande eining er forankra i leiinga og har legitimitet i tenestene", "The coordinating unit is anchored in management and has legitimacy in the services"),
    activities: [t("Holde ett møte i året med enhetslederne om arbeidet med individuell plan", "Halde eitt møte i året med einingsleiarane om arbeidet med individuell plan", "Hold one meeting a year with the unit heads on the work with individual plans")],
  },
  "overview-services-and-needs": {
    measure: t("Kartlegge tjenestetilbudet i kommunen", "Kartleggje tenestetilbodet i kommunen", "Map the services offered in the municipality"),
    goal: t("Oversikt over tjenestetilbudet og søknadsrutinene", "Oversikt over tenestetilbodet og søknadsrutinane", "An overview of the services offered and how to apply for them"),
    activities: [
      t("Enhetslederne melder tilbake hvilke tilbud de har og søknadsrutiner", "Einingsleiarane melder tilbake kva tilbod dei har og søknadsrutinar", "Unit heads report which services they offer and how to apply"),
      t("Lage et kart over tjenestetilbudet med kontaktpunkt for hver tjeneste", "Lage eit kart over tenestetilbodet med kontaktpunkt for kvar teneste", "Make a map of the services with a contact point for each service"),
    ],
  },
  "cooperation-routines": {
    measure: t("Faste møteplasser for tverrfaglig samarbeid", "Faste møteplassar for tverrfagleg samarbeid", "Regular meeting places for interdisciplinary cooperation"),
    goal: t("Gode samarbeids- og kommunikasjonsrutiner på tvers av tjenesteområdene", "Gode samarbeids- og kommunikasjonsrutinar på tvers av tenesteområda", "Good cooperation and communication routines across the service areas"),
    activities: [t("Avtale faste tverrfaglige møter og hvem som kaller inn", "Avtale faste tverrfaglege møte og kven som kallar inn", "Agree on regular interdisciplinary meetings and who calls them")],
  },
  "cooperation-written-procedures": {
    measure: t("Skriftlige rutiner for samarbeid mellom tjenesteområdene, med felles samtykkeskjema", "Skriftlege rutinar for samarbeid mellom tenesteområda, med felles samtykkeskjema", "Written routines for cooperation between the service areas, with a common consent form"),
    goal: t("Lik rutine og felles forståelse, og taushetsplikten ivaretas", "Lik rutine og felles forståing, og teieplikta blir teken vare på", "The same routine and a common understanding, with the duty of confidentiality kept"),
    activities: [
      t("Skrive rutiner for samarbeidet", "Skrive rutinar for samarbeidet", "Write routines for the cooperation"),
      t("Lage felles samtykkeskjema og søknadsskjema", "Lage felles samtykkeskjema og søknadsskjema", "Make a common consent form and application form"),
    ],
  },
  "cooperation-flexibility": {
    measure: t("Avklare handlingsrom for fleksible løsninger på tvers av tjenestene", "Avklare handlingsrom for fleksible løysingar på tvers av tenestene", "Clarify the room for flexible solutions across the services"),
    goal: t("Tjenestene kan tilpasse tilbudet til brukerens behov på tvers av enhetene", "Tenestene kan tilpasse tilbodet til behova til brukaren på tvers av einingane", "The services can fit what they offer to the user's needs across units"),
    activities: [t("Drøfte konkrete brukersituasjoner i tverrfaglig møte og beskrive hva som hindrer fleksibilitet", "Drøfte konkrete brukarsituasjonar i tverrfagleg møte og skildre kva som hindrar fleksibilitet", "Discuss concrete user situations in an interdisciplinary meeting and describe what prevents flexibility")],
  },
  "cooperation-responsibilities": {
    measure: t("Beskrive ansvarsfordelingen mellom enhetene", "Skildre ansvarsfordelinga mellom einingane", "Describe how responsibility is divided between the units"),
    goal: t("Tydelig ansvarsfordeling mellom enhetene og tjenesteområdene", "Tydeleg ansvarsfordeling mellom einingane og tenesteområda", "Clearly divided responsibility between the units and the service areas"),
    activities: [t("Lage en samarbeidsrutine som sier hvem som har ansvar for hva", "Lage ein samarbeidsrutine som seier kven som har ansvar for kva", "Write a cooperation routine saying who is responsible for what")],
  },
  "cooperation-shared-understanding": {
    measure: t("Arbeidsseminar om rus og sammensatte behov", "Arbeidsseminar om rus og samansette behov", "Workshop on substance use and complex needs"),
    goal: t("Felles forståelse av brukerens situasjon og gode holdninger til brukeren", "Felles forståing av situasjonen til brukaren og gode haldningar til brukaren", "A common understanding of the user's situation and good attitudes to the user"),
    activities: [t("Holde arbeidsseminar for ansatte og ledelse, med brukere og pårørende invitert", "Halde arbeidsseminar for tilsette og leiing, med brukarar og pårørande inviterte", "Hold a workshop for staff and management, with users and relatives invited")],
  },
  "ip-routines": {
    measure: t("Utarbeide rutiner i IP-arbeidet", "Utarbeide rutinar i IP-arbeidet", "Draw up routines for IP work"),
    goal: t("Lik rutine og forståelse i IP-gruppene", "Lik rutine og forståing i IP-gruppene", "The same routine and understanding in the IP groups"),
    activities: [t("Lage rutiner med veiledning for opprettelse og bruk av individuell plan", "Lage rutinar med rettleiing for oppretting og bruk av individuell plan", "Write routines with guidance for setting up and using individual plans")],
  },
  "ip-common-tool": {
    measure: t("Felles elektronisk verktøy for individuell plan, med opplæring", "Felles elektronisk verktøy for individuell plan, med opplæring", "A common electronic tool for individual plans, with training"),
    goal: t("Alle tjenestene bruker samme verktøy og kan bruke det", "Alle tenestene brukar same verktøy og kan bruke det", "All services use the same tool and know how to use it"),
    activities: [
      t("Bestemme at verktøyet skal brukes ved opprettelse av IP", "Bestemme at verktøyet skal brukast ved oppretting av IP", "Decide that the tool is used whenever an IP is set up"),
      t("Regelmessig opplæring, minst én gang hvert halvår", "Regelmessig opplæring, minst éin gong kvart halvår", "Regular training, at least once every six months"),
    ],
  },
  "coordinator-offered": {
    measure: t("Rutiner for oppnevning og opplæring av koordinatorer", "Rutinar for oppnemning og opplæring av koordinatorar", "Routines for appointing and training coordinators"),
    goal: t("Alle som har behov for det, får tilbud om en koordinator med opplæring i rollen", "Alle som treng det, får tilbod om ein koordinator med opplæring i rolla", "Everyone who needs one is offered a coordinator trained for the role"),
    activities: [
      t("Beskrive koordinatorrollen og hvordan koordinatorer rekrutteres", "Skildre koordinatorrolla og korleis koordinatorar blir rekrutterte", "Describe the coordinator role and how coordinators are recruited"),
      t("Opplæring av koordinatorer to ganger i året", "Opplæring av koordinatorar to gonger i året", "Train coordinators twice a year"),
    ],
  },
  "internal-control-in-place": {
    measure: t("Internkontroll med arbeidet med individuell plan og koordinerende enhet", "Internkontroll med arbeidet med individuell plan og koordinerande eining", "Internal control of the work with individual plans and the coordinating unit"),
    goal: t("Kommunen vet at lover og forskrifter om IP og koordinerende enhet etterleves", "Kommunen veit at lover og forskrifter om IP og koordinerande eining blir etterlevde", "The municipality knows that laws and regulations on IPs and the coordinating unit are followed"),
    activities: [t("Ta rutinene inn i kommunens kvalitetssystem og gå gjennom etterlevelsen årlig", "Ta rutinane inn i kvalitetssystemet til kommunen og gå gjennom etterlevinga årleg", "Bring the routines into the municipality's quality system and review compliance yearly")],
  },
};
