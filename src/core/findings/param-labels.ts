// Internal: words for the enum tokens that finding params carry (a reason, a status), so a message
// reads in one language. The params keep the token: it is data an app can switch on.
import { actionPlanRowStatusLabels } from "../../action-plan/labels.js";
import type { Locale, LocalizedText } from "../locale.js";

type Labels = Readonly<Record<string, LocalizedText>>;

const REASONS: Labels = {
  // Why a participant is not covered by a consent (ConsentCoverageFailure) and why a giver may not consent (StandingFailure).
  "unknown-participant": { nb: "ukjent deltaker", nn: "ukjend deltakar", en: "unknown participant" },
  "ambiguous-participant": { nb: "flere deltakere har samme id", nn: "fleire deltakarar har same id", en: "several participants share the id" },
  "participant-left": { nb: "deltakeren har gått ut av planen", nn: "deltakaren har gått ut av planen", en: "the participant has left the plan" },
  "no-consent": { nb: "ingen samtykke", nn: "inkje samtykke", en: "no consent" },
  "consent-by-minor": { nb: "gitt av brukeren før 16 år", nn: "gjeve av brukaren før 16 år", en: "given by the user under 16" },
  "consent-by-parent-after-16": { nb: "gitt av en forelder, brukeren er fylt 16 år", nn: "gjeve av ein forelder, brukaren er fylt 16 år", en: "given by a parent, the user is 16 or older" },
  "consent-by-user-lacking-capacity": { nb: "gitt av brukeren uten samtykkekompetanse", nn: "gjeve av brukaren utan samtykkekompetanse", en: "given by the user lacking capacity to consent" },
  "consent-capacity-not-recorded": { nb: "manglende samtykkekompetanse er ikke registrert", nn: "manglande samtykkekompetanse er ikkje registrert", en: "no lack of capacity to consent is recorded" },
  "consent-age-unknown": { nb: "brukerens alder er ukjent", nn: "alderen til brukaren er ukjend", en: "the user's age is not known" },
  "consent-withdrawn": { nb: "samtykket er trukket tilbake", nn: "samtykket er trekt tilbake", en: "the consent is withdrawn" },
  "consent-expired": { nb: "samtykket er utløpt", nn: "samtykket har gått ut", en: "the consent has expired" },
  "consent-not-yet-given": { nb: "samtykket gjelder ennå ikke", nn: "samtykket gjeld ikkje enno", en: "the consent does not apply yet" },
  // A pathway step's consent.
  missing: { nb: "ingen samtykke", nn: "inkje samtykke", en: "no consent" },
  "given-after-step": { nb: "samtykket ble gitt etter steget", nn: "samtykket vart gjeve etter steget", en: "the consent was given after the step" },
  // Why a national identity number is invalid (NationalIdFailure).
  type: { nb: "ikke tekst", nn: "ikkje tekst", en: "not text" },
  length: { nb: "ikke 11 sifre", nn: "ikkje 11 siffer", en: "not 11 digits" },
  format: { nb: "ikke bare sifre", nn: "ikkje berre siffer", en: "not digits only" },
  checksum: { nb: "feil kontrollsiffer", nn: "feil kontrollsiffer", en: "wrong check digits" },
  date: { nb: "ingen gyldig dato", nn: "ingen gyldig dato", en: "no valid date" },
  century: { nb: "individnummeret passer ikke med fødselsåret", nn: "individnummeret passar ikkje med fødselsåret", en: "the individual number does not fit the birth year" },
};

// An action-plan row's status (ActionPlanRowStatus), in the words the package exports for it.
const STATUSES: Labels = actionPlanRowStatusLabels;

const PARAM_LABELS: Readonly<Record<string, Labels>> = { reason: REASONS, status: STATUSES };

/** The words for a param's value in a message: a known token of `reason` or `status` in the locale, anything else as it is. */
export function paramText(name: string, value: string | number, locale: Locale | undefined): string {
  if (locale === undefined || typeof value !== "string") return String(value);
  const labels = PARAM_LABELS[name];
  return labels !== undefined && Object.hasOwn(labels, value) ? labels[value]![locale] : value;
}
