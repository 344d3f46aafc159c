import { describe, expect, it } from 'vitest';
import { predictFromHistory } from './predict.js';

describe('predictFromHistory', () => {
  const history = ['Get-Date', 'Get-EntraIDUser -Identity johndoe@contoso.onmicrosoft.com', 'Get-EntraIDUser -Top 5'];

  it('completes from the newest matching entry', () => {
    expect(predictFromHistory(history, 'Get-E')).toBe('ntraIDUser -Top 5');
    expect(predictFromHistory(history, 'get-entraiduser -i')).toBe('dentity johndoe@contoso.onmicrosoft.com');
  });

  it('predicts nothing for empty input, exact entries or no match', () => {
    expect(predictFromHistory(history, '')).toBe('');
    expect(predictFromHistory(history, '  ')).toBe('');
    expect(predictFromHistory(history, 'Get-Date')).toBe('');
    expect(predictFromHistory(history, 'Remove-')).toBe('');
  });
});
