/** Graph DateTimeOffset strings → PSDateTime (shown in local time, like Get-Date). */
import { PSDateTime } from '../../../values/model.js';

export function parseGraphDate(value: unknown): PSDateTime | null {
  if (typeof value !== 'string' || value === '') return null;
  // Graph sometimes omits the zone designator on UTC values; treat those as UTC too.
  const text = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new PSDateTime(ms, 'Local');
}
