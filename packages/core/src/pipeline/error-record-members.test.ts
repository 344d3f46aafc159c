import { describe, expect, it } from 'vitest';
import { output } from '../commands/utility/test-support/run.js';
import { type PSObject, PSTypeName } from '../values/model.js';
import { callMethodOn, ERROR_RECORD_PROPERTIES, errorRecordProperty } from './error-record-members.js';
import { ErrorRecord } from './records.js';

const record = new ErrorRecord({
  message: "User 'nobody' was not found.",
  errorId: 'UserNotFound',
  category: 'ObjectNotFound',
  targetObject: 'nobody',
  commandName: 'Get-Thing',
  exceptionType: 'ItemNotFoundException',
});

describe('ErrorRecord members', () => {
  it('has pwsh property names, case-insensitive, and tells a missing one apart', () => {
    expect(errorRecordProperty(record, 'targetobject')).toEqual({ found: true, value: 'nobody' });
    expect(errorRecordProperty(record, 'FullyQualifiedErrorId')).toEqual({ found: true, value: 'UserNotFound,Get-Thing' });
    expect(errorRecordProperty(record, 'ErrorDetails')).toEqual({ found: true, value: null });
    expect(errorRecordProperty(record, 'Nope')).toEqual({ found: false });
    const exception = errorRecordProperty(record, 'Exception');
    expect(exception.found && (exception.value as PSObject).get('Message')).toBe("User 'nobody' was not found.");
    const category = errorRecordProperty(record, 'CategoryInfo');
    expect(category.found && Object.fromEntries((category.value as PSObject).properties.entries())).toMatchObject({
      Category: 'ObjectNotFound',
      Activity: 'Get-Thing',
      Reason: 'ItemNotFoundException',
      TargetName: 'nobody',
    });
    expect(ERROR_RECORD_PROPERTIES[0]).toBe('Exception');
  });

  it('answers ToString() and GetType(), and leaves other methods to the value model', () => {
    expect(callMethodOn(record, 'ToString', [])).toBe("User 'nobody' was not found.");
    expect(callMethodOn(record, 'GetType', [])).toEqual(new PSTypeName('System.Management.Automation.ErrorRecord'));
    expect(callMethodOn('abc', 'ToUpper', [])).toBe('ABC');
  });

  it('are the same for the evaluator and the object cmdlets', async () => {
    const script = [
      "Write-Error -Message 'first' -TargetObject 'a' -ErrorAction SilentlyContinue -ErrorVariable +failed",
      "Write-Error -Message 'second' -TargetObject 'b' -ErrorAction SilentlyContinue -ErrorVariable +failed",
      '$failed | ForEach-Object TargetObject',
      '($failed | Select-Object -ExpandProperty TargetObject) -join ","',
      "($failed | Where-Object TargetObject -eq 'b').Exception.Message",
      '$failed[0].GetType().FullName',
      '($failed | Sort-Object TargetObject -Descending | ForEach-Object { $_.TargetObject }) -join ","',
      '($failed[0] | Select-Object * | ConvertTo-Csv)[0]',
    ].join('\n');
    expect(await output(script)).toEqual([
      'a',
      'b',
      'a,b',
      'second',
      'System.Management.Automation.ErrorRecord',
      'b,a',
      ERROR_RECORD_PROPERTIES.map((name) => `"${name}"`).join(','),
    ]);
  });
});
