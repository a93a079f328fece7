import { isValidOrganizationNumber, validateNationalId } from "../../src/index.js";
import type { BenchCase } from "./_case.js";

const BASELINE = "regex /^\\d{11}$/ test";
const ELEVEN_DIGITS = /^\d{11}$/;
// Synthetic numbers only (month + 80): 15 May 1990, individual number 123.
const VALID_SYNTHETIC_ID = "15859012342";
const BAD_CHECKSUM_ID = "15859012343";
// A synthetic D-number read under both D-number series, the typed form, and a made-up FH-number.
const SYNTHETIC_D_NUMBER = "41814061033";
const TYPED_ID = "158590 12342";
const FH_NUMBER = "80000000179";

/**
 * Benchmarks for the identifier validators, each compared with a bare 11-digit regex test.
 *
 * @example
 * identifierBenchCases.map((benchCase) => benchCase.name)
 * //=> ["regex /^\\d{11}$/ test", "validateNationalId (valid synthetic)", "validateNationalId (bad checksum)",
 * //    "validateNationalId (synthetic D-number)", "validateNationalId (typed form)", "validateNationalId (FH-number)",
 * //    "isValidOrganizationNumber"]
 */
export const identifierBenchCases: BenchCase[] = [
  { name: BASELINE, fn: () => ELEVEN_DIGITS.test(VALID_SYNTHETIC_ID) },
  { name: "validateNationalId (valid synthetic)", fn: () => validateNationalId(VALID_SYNTHETIC_ID), baseline: BASELINE },
  { name: "validateNationalId (bad checksum)", fn: () => validateNationalId(BAD_CHECKSUM_ID), baseline: BASELINE },
  { name: "validateNationalId (synthetic D-number)", fn: () => validateNationalId(SYNTHETIC_D_NUMBER), baseline: BASELINE },
  { name: "validateNationalId (typed form)", fn: () => validateNationalId(TYPED_ID), baseline: BASELINE },
  { name: "validateNationalId (FH-number)", fn: () => validateNationalId(FH_NUMBER), baseline: BASELINE },
  { name: "isValidOrganizationNumber", fn: () => isValidOrganizationNumber("123456785"), baseline: BASELINE },
];
