/**
 * Property access for the object cmdlets (Select-, Sort-, Group-, Measure-, Where-Object...),
 * on top of the value model's member lookup (values/members).
 */
import { ERROR_RECORD_PROPERTIES, errorRecordProperty, memberOn } from '../../pipeline/error-record-members.js';
import { ErrorRecord } from '../../pipeline/records.js';
import { PSDateTime, PSHashtable, PSObject, PSTimeSpan } from '../../values/model.js';
import { getMember, hasMember } from '../../values/members/properties.js';
import { PSSecureString } from '../../values/secure-string.js';

/** The value of a property, telling a missing property apart from one whose value is $null. */
export function tryPropertyValue(target: unknown, name: string): { found: true; value: unknown } | { found: false } {
  if (target instanceof ErrorRecord) return errorRecordProperty(target, name);
  return hasMember(target, name) ? { found: true, value: getMember(target, name) } : { found: false };
}

/** `$obj.Name`: null when missing, as PowerShell (outside strict mode) gives. */
export function propertyValue(target: unknown, name: string): unknown {
  return memberOn(target, name);
}

/** DateTime's properties as `Get-Date | Select-Object *` lists them. */
const dateTimeProperties = ['Date', 'Day', 'DayOfWeek', 'DayOfYear', 'Hour', 'Kind', 'Millisecond', 'Minute', 'Month', 'Second', 'Ticks', 'TimeOfDay', 'Year'];
const timeSpanProperties = [
  'Ticks', 'Days', 'Hours', 'Milliseconds', 'Minutes', 'Seconds',
  'TotalDays', 'TotalHours', 'TotalMilliseconds', 'TotalMinutes', 'TotalSeconds',
];

/** The property names an object shows, in order (what `Select-Object *` copies). */
export function propertyNames(target: unknown): string[] {
  if (target instanceof PSObject) return target.propertyNames();
  if (target instanceof PSHashtable) return target.keys();
  if (target instanceof PSDateTime) return [...dateTimeProperties];
  if (target instanceof PSTimeSpan) return [...timeSpanProperties];
  if (target instanceof ErrorRecord) return [...ERROR_RECORD_PROPERTIES];
  if (typeof target === 'string' || target instanceof PSSecureString) return ['Length'];
  return [];
}
