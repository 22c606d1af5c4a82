// The address-space module's public surface: parsing and formatting `[Type:]Address[;Cost]`,
// the X.400 attribute table for editor features, matching and route selection for the simulator,
// X.400 O/R address parsing and IMCEA encapsulation.

export type * from './addressSpace';
export { ADDRESS_SPACE_PROBLEM_CODES, ADDRESS_SPACE_PROBLEMS, hasErrors, type AddressSpaceProblemCode } from './addressSpaceProblems';
export { parseAddressSpace } from './parseAddressSpace';
export { formatAddress, formatAddressSpace, formatX400Attribute, formatX400Attributes } from './formatAddressSpace';
export { DEFAULT_COST, MAX_COST, MIN_COST } from './addressSpaceCost';
export { kindOf, type AddressSpaceKind } from './addressSpaceType';
export {
  findX400Attribute,
  X400_ATTRIBUTES,
  X400_DDA_TYPE_MAX_LENGTH,
  X400_DISPLAY_ORDER,
  X400_MAX_DDA_COUNT,
  type X400AttributeInfo,
} from './x400Attributes';
export { isPrintableStringChar } from './x400Value';
export { parseX400Address, type X400AddressParseResult } from './x400Address';
export { matchAddressSpace, recipientDomain } from './addressSpaceMatch';
export { normalizeX400Value } from './x400Match';
export { rankRoutes, selectRoute, type RouteCandidate, type RouteChoice } from './selectRoute';
export { canonicalImcea, decodeImcea, encodeImcea, isImcea, IMCEA_PREFIX, type ImceaAddress } from './imcea';
export { recipientFromSmtpAddress } from './recipientAddress';
