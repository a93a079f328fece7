import { PRACTICE } from "../basis.js";
import type { FindingDefinition } from "../types.js";

/** Finding codes of the milestones concept (milepælsplan): `milestones/...`. Params are ids, dates and counts. */
export const milestoneFindings = {
  "milestones/overdue": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Milepælen {id} skulle vært nådd innen {due}",
      nn: "Milepælen {id} skulle vore nådd innan {due}",
      en: "Milestone {id} was due by {due}",
    },
  },
  "milestones/due-soon": {
    severity: "info",
    basis: PRACTICE,
    messages: {
      nb: "Milepælen {id} har frist {due} (om {days} dager)",
      nn: "Milepælen {id} har frist {due} (om {days} dagar)",
      en: "Milestone {id} is due {due} (in {days} days)",
    },
  },
  "milestones/dependency-not-done": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Milepælen {id} er ført som nådd før {dependsOn}, som den bygger på",
      nn: "Milepælen {id} er ført som nådd før {dependsOn}, som han byggjer på",
      en: "Milestone {id} is marked done before {dependsOn}, which it depends on",
    },
  },
  "milestones/dependency-after": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Milepælen {id} har frist {due}, før fristen {dependencyDue} for {dependsOn}, som den bygger på",
      nn: "Milepælen {id} har frist {due}, før fristen {dependencyDue} for {dependsOn}, som han byggjer på",
      en: "Milestone {id} is due {due}, before {dependsOn}, which it depends on, is due {dependencyDue}",
    },
  },
  "milestones/done-in-future": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Milepælen {id} er ført som nådd {date}, etter dagens dato",
      nn: "Milepælen {id} er ført som nådd {date}, etter dagens dato",
      en: "Milestone {id} is recorded as done on {date}, after today",
    },
  },
  "milestones/empty-phase": {
    severity: "warning",
    basis: PRACTICE,
    messages: {
      nb: "Fasen {phase} har ingen milepæler",
      nn: "Fasen {phase} har ingen milepælar",
      en: "Phase {phase} has no milestones",
    },
  },
  "milestones/duplicate-id": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "ID-en {id} er brukt mer enn én gang",
      nn: "ID-en {id} er brukt meir enn éin gong",
      en: "The id {id} is used more than once",
    },
  },
  "milestones/unknown-dependency": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Milepælen {id} bygger på {dependsOn}, som ikke finnes i planen",
      nn: "Milepælen {id} byggjer på {dependsOn}, som ikkje finst i planen",
      en: "Milestone {id} depends on {dependsOn}, which is not in the schedule",
    },
  },
  "milestones/dependency-cycle": {
    severity: "error",
    basis: PRACTICE,
    messages: {
      nb: "Milepælen {id} bygger via {dependsOn} på seg selv",
      nn: "Milepælen {id} byggjer via {dependsOn} på seg sjølv",
      en: "Milestone {id} depends on itself through {dependsOn}",
    },
  },
} as const satisfies Record<`milestones/${string}`, FindingDefinition>;
