// Public API of the value model: see README.md beside this file.
export * from './model.js';
export { PSSecureString, SECURE_STRING_TYPE } from './secure-string.js';
export { RuntimeError, ConversionError, FormatStringError, methodException } from './errors.js';
export { resolveType, requireType, type ResolvedType, type TypeKey } from './typenames.js';
export { bankersRound, formatNumberInvariant, formatNumberShortest, parseNumberString, numericTypeOf } from './numbers.js';
export {
  convertTo, convertToType, tryConvertTo, toBooleanStrict, toNumber, toInt32, toInt64, toDateTime, toTimeSpan, toGuid,
  canonicalGuid, valueText, type ConvertOptions,
} from './convert.js';
export { toPSString, psObjectString } from './stringify.js';
export { isTruthy } from './truthiness.js';
export { typeNameOf, isType } from './type-of.js';
export { PSRange, materialize } from './range.js';
export { formatNumber } from './format-number.js';
export { formatComposite, formatValue, formatGuid } from './format-composite.js';
export {
  applyBinaryOperator, applyUnaryOperator, normalizeOperator, type BinaryOperatorOptions,
} from './operators/dispatch.js';
export { compare, contains, scalarEquals, compareScalars, asCollection } from './operators/comparison.js';
export {
  like, match, replace, replaceAsync, split, join, type MatchOutcome, type ScriptBlockInvoker, type AsyncScriptBlockInvoker,
} from './operators/text-ops.js';
// wildcardToRegExp/matchesWildcard stay internal here: cmdlet/ exports its own under those names.
export { hasWildcards } from './operators/wildcard.js';
export { arithmetic } from './operators/arithmetic.js';
export { getMember, setMember, hasMember, type MemberOptions } from './members/properties.js';
export { invokeMethod } from './members/invoke.js';
export { getIndex, setIndex } from './members/indexing.js';
export { invokeStaticMember } from './members/static-members.js';
export { formatDateTime, type DateCulture } from './datetime/format.js';
export { formatUFormat } from './datetime/uformat.js';
export { parseDateTime, parseIsoRoundTrip } from './datetime/parse.js';
export { formatTimeSpan, parseTimeSpan, timeSpanComponents } from './datetime/timespan.js';
export {
  wallClockMs, fromWallClock, fromWallClockMs, fieldsOf, addMilliseconds, addMonths, toUniversalTime, toLocalTime,
  datePart, today, localOffsetMinutes, type WallClock,
} from './datetime/calendar.js';
