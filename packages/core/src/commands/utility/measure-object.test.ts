import { describe, expect, it } from 'vitest';
import { PSObject } from '../../values/model.js';
import { displayed, output, run } from './test-support/run.js';

const shape = (m: unknown): unknown => (m instanceof PSObject ? Object.fromEntries(m.properties.entries()) : m);

describe('Measure-Object', () => {
  it('counts by default, with the other statistics $null', async () => {
    const [m] = await output('1..10 | Measure-Object');
    expect(shape(m)).toEqual({ Count: 10, Average: null, Sum: null, Maximum: null, Minimum: null, StandardDeviation: null, Property: null });
    expect(m instanceof PSObject && m.typeNames[0]).toBe('Microsoft.PowerShell.Commands.GenericMeasureInfo');
  });

  it('calculates the requested statistics', async () => {
    const [m] = await output('1..4 | Measure-Object -Sum -Average -Maximum -Minimum -StandardDeviation');
    expect(shape(m)).toMatchObject({ Count: 4, Sum: 10, Average: 2.5, Maximum: 4, Minimum: 1 });
    expect((m as PSObject).get('StandardDeviation')).toBeCloseTo(1.2909944, 6);
  });

  it('ignores $null input', async () => {
    expect(shape((await output('1, $null, 2 | Measure-Object -Sum'))[0])).toMatchObject({ Count: 2, Sum: 3 });
  });

  it('measures properties; numeric text counts as numbers; objects without the property are left out', async () => {
    const [m] = await output("[pscustomobject]@{ A = '10' }, [pscustomobject]@{ A = '9' }, [pscustomobject]@{ B = 1 } | Measure-Object A -Maximum -Minimum -Sum");
    expect(shape(m)).toMatchObject({ Count: 2, Sum: 19, Maximum: 10, Minimum: 9, Property: 'A' });
  });

  it('emits one result per property', async () => {
    const out = await output('[pscustomobject]@{ A = 1; B = 5 }, [pscustomobject]@{ A = 3; B = 7 } | Measure-Object A, B -Average');
    expect(out.map((m) => [(m as PSObject).get('Property'), (m as PSObject).get('Average')])).toEqual([
      ['A', 2],
      ['B', 6],
    ]);
  });

  it('reports non-numeric input for -Sum', async () => {
    const result = await run("1, 'x' | Measure-Object -Sum");
    expect(result.errors[0]?.message).toBe('Input object "x" is not numeric.');
    expect(shape(result.output[0])).toMatchObject({ Count: 2, Sum: 1 });
  });

  it('measures text with -Line -Word -Character', async () => {
    const [m] = await output("'one two', 'three' | Measure-Object -Line -Word -Character");
    expect(shape(m)).toEqual({ Lines: 2, Words: 3, Characters: 12, Property: null });
  });

  it('displays as a list', async () => {
    expect(await displayed('1,2 | Measure-Object -Sum')).toBe(
      '\nCount             : 2\nAverage           :\nSum               : 3\nMaximum           :\nMinimum           :\nStandardDeviation :\nProperty          :\n\n',
    );
  });
});
