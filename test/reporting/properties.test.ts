import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregateReports,
  checkMunicipalReport,
  checkReportSet,
  type MunicipalReport,
  validateMunicipalReport,
  validateReportSet,
} from "samhandling";
import {
  anyYearReport,
  deepFreeze,
  educationTotal,
  makeMunicipalReport,
  professionTotal,
  REPORT_TODAY,
  soundReport,
} from "../fixtures/reporting.js";

const options = { today: REPORT_TODAY } as const;
const far = { today: "2099-01-01" } as const;

/** Every path to a value inside a JSON document, the root included. */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, inner]) => pathsOf(inner, [...prefix, key]))];
}

/** A copy of `doc` with the value at `path` replaced by `replacement`, or removed when it is undefined. */
function replaceAt(doc: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const keep = (key: string | number): boolean => key !== head || rest.length > 0 || replacement !== undefined;
  if (Array.isArray(doc)) {
    return doc.filter((_, i) => keep(i)).map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  }
  if (typeof doc !== "object" || doc === null) return doc;
  return Object.fromEntries(
    Object.entries(doc)
      .filter(([key]) => keep(key))
      .map(([key, v]) => [key, key === head ? replaceAt(v, rest, replacement) : v]),
  );
}

const mutatedReport: fc.Arbitrary<unknown> = fc
  .tuple(soundReport, fc.nat(), fc.option(fc.jsonValue(), { nil: undefined }))
  .map(([report, pick, replacement]) => {
    const paths = pathsOf(report);
    return replaceAt(report, paths[pick % paths.length] ?? [], replacement);
  });

describe("reporting validators (properties)", () => {
  it("never throw on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(validateMunicipalReport(input, options).ok).toBe(false);
        expect(() => validateReportSet(input, options)).not.toThrow();
      }),
    );
  });

  it("never throw on mutated valid reports, alone or in a list", () => {
    fc.assert(
      fc.property(mutatedReport, fc.constantFrom<"nb" | "nn" | "en">("nb", "nn", "en"), (input, locale) => {
        const result = validateMunicipalReport(input, { ...options, locale });
        expect(typeof result.ok).toBe("boolean");
        expect(() => validateReportSet([makeMunicipalReport(), input], options)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("never mutate deep-frozen input", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(soundReport, anyYearReport), { maxLength: 8 }), (reports) => {
        const before = structuredClone(reports);
        const frozen = deepFreeze(reports);
        for (const report of frozen) {
          validateMunicipalReport(report, options);
          checkMunicipalReport(report, options);
        }
        validateReportSet(frozen, options);
        checkReportSet(frozen, options);
        for (const by of ["national", "county", "municipality"] as const) aggregateReports(frozen, { by });
        expect(frozen).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it("find no error or warning in a sound report", () => {
    fc.assert(
      fc.property(soundReport, (report) => {
        expect(checkMunicipalReport(report, far)).toEqual([]);
        expect(validateMunicipalReport(report, far)).toEqual({ ok: true, value: report, findings: [] });
      }),
    );
  });
});

function sumBy(reports: readonly MunicipalReport[], total: (report: MunicipalReport) => number): number {
  return reports.reduce((sum, report) => sum + total(report), 0);
}

describe("aggregateReports (properties)", () => {
  const reportLists = fc.array(anyYearReport, { maxLength: 40 });

  it("national totals equal the sum of the inputs, and count each municipality once a year", () => {
    fc.assert(
      fc.property(reportLists, (reports) => {
        const { series } = aggregateReports(reports, { by: "national" });
        const points = series.flatMap((s) => s.points);
        const fte = (read: (p: (typeof points)[number]) => number): number => points.reduce((sum, p) => sum + read(p), 0);
        expect(fte((p) => p.total)).toBeCloseTo(sumBy(reports, professionTotal), 6);
        const byEducation = (p: (typeof points)[number]): number =>
          [p.adults, p.childrenAndYoungPeople].flatMap((g) => Object.values(g.byEducation)).reduce((a, b) => a + b, 0);
        expect(fte(byEducation)).toBeCloseTo(sumBy(reports, educationTotal), 6);
        expect(fte((p) => p.reports)).toBe(reports.length);
        for (const point of points) {
          const numbers = new Set(reports.filter((r) => r.year === point.year).map((r) => r.municipalityNumber));
          expect(point.municipalities).toBe(numbers.size);
        }
      }),
    );
  });

  it("county and municipality series, with the unplaced reports, add up to the national totals", () => {
    fc.assert(
      fc.property(reportLists, (reports) => {
        const national = aggregateReports(reports, { by: "national" }).series.flatMap((s) => s.points);
        const nationalTotal = national.reduce((sum, p) => sum + p.total, 0);
        for (const by of ["county", "municipality"] as const) {
          const { series, unplaced } = aggregateReports(reports, { by });
          const placed = series.flatMap((s) => s.points).reduce((sum, p) => sum + p.total, 0);
          const left = sumBy(unplaced.map((u) => reports[u.index]!), professionTotal);
          expect(placed + left).toBeCloseTo(nationalTotal, 6);
          expect(series.flatMap((s) => s.points).reduce((n, p) => n + p.reports, 0) + unplaced.length).toBe(reports.length);
        }
      }),
    );
  });
});
