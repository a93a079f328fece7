// Internal: the running sums of one service group in one point of a series.
import type { FullTimeEquivalentTotals } from "./series.js";
import { type EducationLevel, EducationLevelSchema, type FullTimeEquivalentBreakdown, type Profession, ProfessionSchema } from "./schema.js";

/** The running sums of one service group. */
export interface Totals {
  total: number;
  byProfession: Record<Profession, number>;
  byEducation: Record<EducationLevel, number>;
  reported: number;
  carriedForward: number;
  prefilledConfirmed: number;
  changeNotReal: number;
}

// Written out rather than built from the enums so the compiler checks that every key is there.
function noProfessions(): Record<Profession, number> {
  return {
    nurse: 0,
    "social-educator": 0,
    "social-worker": 0,
    "child-welfare-educator": 0,
    psychologist: 0,
    physician: 0,
    "occupational-therapist": 0,
    physiotherapist: 0,
    teacher: 0,
    "health-worker": 0,
    "peer-worker": 0,
    "other-higher-education": 0,
    other: 0,
  };
}

function noEducationLevels(): Record<EducationLevel, number> {
  return { "no-relevant-education": 0, "upper-secondary": 0, bachelor: 0, "further-education": 0, master: 0 };
}

export function emptyTotals(): Totals {
  return {
    total: 0,
    byProfession: noProfessions(),
    byEducation: noEducationLevels(),
    reported: 0,
    carriedForward: 0,
    prefilledConfirmed: 0,
    changeNotReal: 0,
  };
}

export function addBreakdown(totals: Totals, fte: FullTimeEquivalentBreakdown): void {
  const provenance = fte.provenance ?? "reported";
  if (provenance === "carried-forward") totals.carriedForward++;
  else if (provenance === "prefilled-confirmed") totals.prefilledConfirmed++;
  else totals.reported++;
  if (fte.changeNotReal === true) totals.changeNotReal++;
  for (const profession of ProfessionSchema.options) {
    const value = fte.byProfession[profession] ?? 0;
    totals.byProfession[profession] += value;
    totals.total += value;
  }
  for (const level of EducationLevelSchema.options) totals.byEducation[level] += fte.byEducation[level] ?? 0;
}

export function finishTotals(totals: Totals): FullTimeEquivalentTotals {
  return {
    total: totals.total,
    byProfession: { ...totals.byProfession },
    byEducation: { ...totals.byEducation },
    figures: { reported: totals.reported, carriedForward: totals.carriedForward, prefilledConfirmed: totals.prefilledConfirmed },
    changeNotReal: totals.changeNotReal,
  };
}

