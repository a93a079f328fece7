// Report groupings by specialist catchment and continuous municipality series: the reference tables
// (each its own data file, imported only through these exports) and the number mapping.
export { type CatchmentAreas, type CatchmentEntry, catchmentAreas2024 } from "./catchment-areas.js";
export { type MunicipalityChange, type MunicipalityChangeKind, municipalities2019, municipalityChanges } from "./municipality-changes.js";
export { type MapMunicipalityNumberOptions, type MappedNumber, mapMunicipalityNumber, type NumberingChange, numberingOf } from "./numbering.js";
export type { GroupingFailure } from "./place.js";
