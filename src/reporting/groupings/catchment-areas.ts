import { ADULT_CATCHMENT_2024 } from "./data/adult-catchment-2024.js";
import { BUP_CATCHMENT_2024 } from "./data/bup-catchment-2024.js";
import { HEALTH_TRUSTS } from "./data/health-trusts.js";

/**
 * One row of a catchment table (opptaksområde): a municipality, or one of its city districts
 * (bydel), and the health trust (helseforetak), regional health authority (regionalt helseforetak)
 * and, for adults, DPS area (distriktspsykiatrisk senter) it belongs to.
 *
 * @example
 * const entry: CatchmentEntry = {
 *   municipality: "1525", healthTrust: "Helse Møre og Romsdal HF",
 *   regionalHealthAuthority: "Helse Midt-Norge RHF", dpsArea: "Sunnmøre",
 * };
 */
export interface CatchmentEntry {
  /** The municipality number (kommunenummer) in the table's numbering. */
  readonly municipality: string;
  /** The city district (bydelsnummer, 6 digits), on rows for one district only. */
  readonly district?: string;
  /** The health trust's full name, e.g. `"Helse Bergen HF"`; Lovisenberg and Diakonhjemmet are hospitals. */
  readonly healthTrust: string;
  /** The regional health authority, e.g. `"Helse Vest RHF"`. */
  readonly regionalHealthAuthority: string;
  /** The DPS area; only in the adult table. */
  readonly dpsArea?: string;
}

/**
 * The catchment tables of one numbering: adult mental health (voksenpsykiatri, with DPS areas) and
 * child and adolescent mental health (BUP), with their source.
 *
 * @example
 * const tables: CatchmentAreas = catchmentAreas2024;
 */
export interface CatchmentAreas {
  /** The municipality numbering the tables use. */
  readonly numberingYear: number;
  /** Where the tables were read, and when. */
  readonly source: string;
  /** Adult mental-health catchment (and DPS areas), one row per municipality or district. */
  readonly adults: readonly CatchmentEntry[];
  /** Child and adolescent mental-health (BUP) catchment, one row per municipality or district. */
  readonly childrenAndYoungPeople: readonly CatchmentEntry[];
}

const rhfOf = new Map(HEALTH_TRUSTS);

function entry(municipality: string, district: string, healthTrust: string, dpsArea?: string): CatchmentEntry {
  const regionalHealthAuthority = rhfOf.get(healthTrust) ?? "";
  return {
    municipality,
    ...(district === "" ? {} : { district }),
    healthTrust,
    regionalHealthAuthority,
    ...(dpsArea === undefined ? {} : { dpsArea }),
  };
}

/**
 * The catchment areas (opptaksområder) in 2024 numbering, from SKDE Helseatlas: every 2024
 * municipality (357) and Oslo's city districts to a health trust and regional health authority,
 * for adults (with the DPS area; Bergen, Trondheim and Stavanger by district as the DPS table has
 * them) and for children and young people (BUP). Import it only where you group by health trust:
 * it is the caller's `catchments` option of {@link aggregateReports}, so other users do not bundle it.
 *
 * @example
 * catchmentAreas2024.adults.find((row) => row.municipality === "1525")?.healthTrust
 * //=> "Helse Møre og Romsdal HF"
 * catchmentAreas2024.childrenAndYoungPeople.find((row) => row.municipality === "4619")?.healthTrust
 * //=> "Helse Fonna HF"
 */
export const catchmentAreas2024: CatchmentAreas = {
  numberingYear: 2024,
  source:
    "SKDE Helseatlas (GitHub mong/mongts at c9c7ff72e3f5dfe1825c8a6bcc44944807a1e250): adult catchment 2025-12-15, DPS areas 2026-01-09, BUP catchment 2025-01-02",
  adults: ADULT_CATCHMENT_2024.map(([municipality, district, healthTrust, dpsArea]) => entry(municipality, district, healthTrust, dpsArea)),
  childrenAndYoungPeople: BUP_CATCHMENT_2024.map(([municipality, district, healthTrust]) => entry(municipality, district, healthTrust)),
};
