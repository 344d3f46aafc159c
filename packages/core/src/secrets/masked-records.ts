/**
 * The last line of defence: every error, warning, verbose and debug record a session emits (and
 * every record kept in $Error) has the secrets it knows, and token-shaped values, replaced by
 * asterisks, whichever command or script wrote the text. Output records and host text
 * (Write-Host) are left alone: showing an issued pass there is the point.
 */
import type { StreamEvent } from '../pipeline/events.js';
import { ErrorRecord } from '../pipeline/records.js';
import type { SecretRegistry } from './secret-registry.js';

export function maskErrorRecord(record: ErrorRecord, secrets: SecretRegistry): ErrorRecord {
  const message = secrets.mask(record.message);
  const target =
    typeof record.targetObject === 'string' ? secrets.mask(record.targetObject) : record.targetObject;
  const action = record.recommendedAction === undefined ? undefined : secrets.mask(record.recommendedAction);
  const lineText =
    record.position?.lineText === undefined ? undefined : secrets.mask(record.position.lineText);
  if (
    message === record.message &&
    target === record.targetObject &&
    action === record.recommendedAction &&
    lineText === record.position?.lineText
  )
    return record;
  return new ErrorRecord({
    ...record.toInfo(),
    message,
    targetObject: target,
    recommendedAction: action,
    ...(record.position === undefined
      ? {}
      : { position: { ...record.position, ...(lineText === undefined ? {} : { lineText }) } }),
  });
}

export function maskStreamEvent<E extends StreamEvent>(event: E, secrets: SecretRegistry): E {
  switch (event.type) {
    case 'error': {
      const record = maskErrorRecord(event.record, secrets);
      return record === event.record ? event : { ...event, record };
    }
    case 'warning':
    case 'verbose':
    case 'debug': {
      const message = secrets.mask(event.record.message);
      return message === event.record.message ? event : { ...event, record: { ...event.record, message } };
    }
    default:
      return event;
  }
}
