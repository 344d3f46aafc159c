/**
 * Cursor analysis for tab completion: which command, which parameters are present, and whether a
 * command name, parameter, variable or value is being typed (and for which parameter).
 */
import { describe, expect, it } from 'vitest';
import { analyzeCursor, type CursorAnalysis, type CursorWord } from './analyze-cursor.js';

type Expected = Partial<Omit<CursorAnalysis, 'span'>> & { span?: [number, number] };

function at(text: string, offset = text.length): Expected {
  const { span, ...rest } = analyzeCursor(text, offset);
  return { ...rest, span: [span.start, span.end] };
}

describe('analyzeCursor', () => {
  it.each<[string, Expected]>([
    ['', { kind: 'command', text: '', prefix: '', span: [0, 0], parameterNames: [] }],
    ['Get-PnPEn', { kind: 'command', text: 'Get-PnPEn', span: [0, 9] }],
    ['Get-X | New-PnPEntra', { kind: 'command', text: 'New-PnPEntra' }],
    ['Get-X; ', { kind: 'command', text: '' }],
    ['if ($x) { Get-', { kind: 'command', text: 'Get-' }],
    ['$x = Get-', { kind: 'command', text: 'Get-' }],
    ['Get-X -Ide', { kind: 'parameter', commandName: 'Get-X', text: '-Ide', span: [6, 10], parameterNames: [] }],
    ['Get-X -', { kind: 'parameter', commandName: 'Get-X', text: '-' }],
    ['Get-X -A 1 -B', { kind: 'parameter', commandName: 'Get-X', parameterNames: ['A'] }],
    ['Get-X -A 1 -B:$true -', { kind: 'parameter', parameterNames: ['A', 'B'] }],
    ['Get-X -Identity john@contoso.com | New-PnPEntraIDUserTemporaryAccessPass -Life', { kind: 'parameter', commandName: 'New-PnPEntraIDUserTemporaryAccessPass', parameterNames: [] }],
    ['Get-X -A (Get-Y -B', { kind: 'parameter', commandName: 'Get-Y', parameterNames: [] }],
    ['Get-X -A (Get-Y -B 1) -', { kind: 'parameter', commandName: 'Get-X', parameterNames: ['A'] }],
    ['Get-X -Identity ', { kind: 'argument', commandName: 'Get-X', parameterName: 'Identity', text: '', span: [16, 16] }],
    ['Get-X -Identity jo', { kind: 'argument', parameterName: 'Identity', text: 'jo', span: [16, 18] }],
    ['Get-X -Identity:', { kind: 'argument', parameterName: 'Identity', text: '' }],
    ["Get-X -Identity 'joh", { kind: 'argument', parameterName: 'Identity', text: "'joh" }],
    ['Get-X -Select a,b,', { kind: 'argument', parameterName: 'Select', parameterNames: ['Select'] }],
    ['Get-X -Select a, b', { kind: 'argument', parameterName: 'Select', text: 'b' }],
    ['Get-X a ', { kind: 'argument', commandName: 'Get-X', text: '' }],
    ['$us', { kind: 'variable', text: '$us' }],
    ['Get-X -Identity $us', { kind: 'variable', text: '$us', commandName: 'Get-X', parameterNames: ['Identity'] }],
    ['Get-X "hello $na', { kind: 'variable', text: '$na', span: [13, 16] }],
    ['Get-X @spl', { kind: 'variable', text: '@spl' }],
  ])('%j', (text, expected) => {
    expect(at(text)).toMatchObject(expected);
  });

  it('reports the whole word under a cursor in its middle, and the prefix before it', () => {
    expect(at('Get-PnPEntraIDUser -Identity x', 5)).toMatchObject({ kind: 'command', text: 'Get-PnPEntraIDUser', prefix: 'Get-P', span: [0, 18] });
    expect(at('Get-X -Identity x -Verbose', 9)).toMatchObject({ kind: 'parameter', text: '-Identity', prefix: '-Id', parameterNames: [] });
  });

  it('does not report a positional value as a parameter value', () => {
    expect(at('Get-X -Force foo bar ').parameterName).toBeUndefined();
  });

  describe('words before the one being typed', () => {
    const p = (name: string, colon = false, argument?: string): CursorWord => ({ kind: 'parameter', name, colon, ...(argument !== undefined ? { argument } : {}) });
    const v = (text: string): CursorWord => ({ kind: 'value', text });

    it.each<[string, CursorWord[]]>([
      ['', []],
      ['Get-X ', []],
      ['Get-X jo', []],
      ['Get-X a b', [v('a')]],
      ['Get-X a ', [v('a')]],
      ['Get-X -Force foo ', [p('Force'), v('foo')]],
      ['Get-X -Identity jo', [p('Identity')]],
      ['Get-X -Identity x -Lifetime 10 ', [p('Identity'), v('x'), p('Lifetime'), v('10')]],
      // An array written with commas is one value, spaces or not.
      ['Get-X a, b ,c d ', [v('a, b ,c'), v('d')]],
      // The value being typed is left out, also when it continues an array.
      ['Get-X a, b', []],
      ['Get-X x a,', [v('x')]],
      ['Get-X x a, ', [v('x')]],
      ['Get-X -A a, b', [p('A')]],
      // The argument after `-Name:` is the parameter's, not a word of its own.
      ['Get-X -A:1 b ', [p('A', true, '1'), v('b')]],
      ['Get-X -A: 1 b ', [p('A', true, '1'), v('b')]],
      ['Get-X -A:a,b c ', [p('A', true, 'a,b'), v('c')]],
      ['Get-X -Switch:$false ', [p('Switch', true, '$false')]],
      ['Get-X -A:(Get-Y 1) b', [p('A', true, '(Get-Y 1)')]],
      // Until that argument is complete, the value being typed is it.
      ['Get-X -A:', [p('A', true)]],
      ['Get-X -A: ', [p('A', true)]],
      ['Get-X -A:jo', [p('A', true)]],
      ['Get-X -A:a,', [p('A', true)]],
      ['Get-X -A:a, b', [p('A', true)]],
      // Brackets, member access and indexing stay inside one value.
      ['Get-X (Get-Y -B 1) $u.Name $a[0] @(1, 2) { $_ } "a b" ', [v('(Get-Y -B 1)'), v('$u.Name'), v('$a[0]'), v('@(1, 2)'), v('{ $_ }'), v('"a b"')]],
      // The parameter or variable being typed is not a word yet.
      ['Get-X a -Ide', [v('a')]],
      ['Get-X a -', [v('a')]],
      ['Get-X a $us', [v('a')]],
      // Splats bind what they hold at run time: they are not counted.
      ['Get-X @params a ', [v('a')]],
      // Only the innermost command's words.
      ['Get-Y z | Get-X a ', [v('a')]],
      ['Get-X a (Get-Y b ', [v('b')]],
    ])('%j', (text, words) => {
      expect(analyzeCursor(text, text.length).words).toEqual(words);
    });

    it('stops at the cursor', () => {
      expect(analyzeCursor('Get-X a b c', 7).words).toEqual([]);
      expect(analyzeCursor('Get-X a b c', 9).words).toEqual([v('a')]);
    });
  });

  it('clamps the offset into the text', () => {
    expect(at('Get-X', 99)).toMatchObject({ kind: 'command', text: 'Get-X' });
    expect(at('Get-X', -3)).toMatchObject({ kind: 'command', text: '' });
  });
});
