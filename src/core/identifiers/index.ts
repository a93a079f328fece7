export { ageOn } from "./age.js";
export {
  D_NUMBER_SYSTEM,
  FH_NUMBER_SYSTEM,
  FODSELSNUMMER_SYSTEM,
  IDENTIFIER_SYSTEMS,
  identifierSystemOf,
  ORGANIZATION_NUMBER_SYSTEM,
  type IdentifierSystem,
} from "./identifier-systems.js";
export {
  countyCodeLists,
  countyOfMunicipality,
  MunicipalityNumberSchema,
  type County,
  type CountyFailure,
  type CountyOfMunicipalityOptions,
  type CountyResult,
  type MunicipalityNumber,
} from "./municipality.js";
export {
  NationalIdSchema,
  validateNationalId,
  type NationalId,
  type NationalIdFailure,
  type NationalIdKind,
  type NationalIdResult,
} from "./national-id.js";
export {
  isValidOrganizationNumber,
  OrganizationNumberSchema,
  type OrganizationNumber,
} from "./organization-number.js";
