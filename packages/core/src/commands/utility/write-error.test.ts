import { describe, expect, it } from 'vitest';
import { run } from './test-support/run.js';

describe('Write-Error', () => {
  it('writes a non-terminating error and the script goes on', async () => {
    const result = await run("Write-Error 'The user could not be found.'; 'after'");
    expect(result.output).toEqual(['after']);
    const [error] = result.errors;
    expect(error?.message).toBe('The user could not be found.');
    expect(error?.fullyQualifiedErrorId).toBe('Microsoft.PowerShell.Commands.WriteErrorException,Write-Error');
    expect(error?.category).toBe('NotSpecified');
  });

  it('takes -Category, -ErrorId, -TargetObject and -RecommendedAction', async () => {
    const result = await run("Write-Error -Message 'No policy' -Category NotEnabled -ErrorId TapPolicyDisabled -TargetObject 'contoso' -RecommendedAction 'Enable it.'");
    expect(result.errors[0]).toMatchObject({ category: 'NotEnabled', errorId: 'TapPolicyDisabled', targetObject: 'contoso', recommendedAction: 'Enable it.' });
  });

  it('writes one error per piped message', async () => {
    expect((await run("'a', 'b' | Write-Error")).errors.map((e) => e.message)).toEqual(['a', 'b']);
  });

  it('becomes terminating with -ErrorAction Stop, catchable by try/catch', async () => {
    const result = await run("try { Write-Error 'boom' -ErrorAction Stop; 'not here' } catch { \"caught: $($_.Exception.Message)\" }");
    expect(result.output).toEqual(['caught: boom']);
  });

  it('re-emits a caught error with -ErrorRecord', async () => {
    const result = await run("try { Write-Error 'inner' -ErrorAction Stop } catch { Write-Error -ErrorRecord $_ }");
    expect(result.errors.map((e) => e.message)).toEqual(['inner']);
  });
});
