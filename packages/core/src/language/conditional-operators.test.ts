/**
 * PowerShell 7's null-aware and conditional operators in the front end: `??`, `??=`, the ternary
 * `? :`, and the null-conditional `?.` / `?[]`. Tokens (and their colours), tree shapes with
 * precedence and spans, PowerShell's parse errors (ids, texts, positions, incompleteness), and `?`
 * still being a word (the Where-Object alias, `a?b`) in argument mode.
 */
import { describe, expect, it } from 'vitest';
import { expectParseError } from './test-support/parse-error-of.js';
import type { ExpressionAst } from './ast.js';
import { isIncompleteInput } from './parse-script.js';
import { only } from './test-support/only-statement.js';
import { parse } from './test-support/sexpr.js';
import { highlightTokens, tokenize } from './tokenize.js';

function classes(text: string): string[] {
  return highlightTokens(text)
    .filter((h) => text.slice(h.start, h.end).trim() !== '')
    .map((h) => `${h.kind}:${text.slice(h.start, h.end)}`);
}

/** The expression of a one-statement script that is a lone expression. */
function expression(source: string): ExpressionAst {
  const statement = only(source);
  const [first] = statement.type === 'Pipeline' ? statement.elements : [];
  if (!first || first.type === 'Command') throw new Error('not an expression');
  return first;
}

const text = (source: string, node: { span: { start: number; end: number } }): string => source.slice(node.span.start, node.span.end);

describe('tokens', () => {
  it('scans ??, ??=, ? and : as operators in expression mode', () => {
    const tokens = tokenize("$x ??= $a ?? 'b'; $c ? 1 : 2").map((t) => `${t.kind}:${t.text}`);
    expect(tokens).toEqual([
      'Variable:$x',
      'Operator:??=',
      'Variable:$a',
      'Operator:??',
      "String:'b'",
      'Punctuation:;',
      'Variable:$c',
      'Operator:?',
      'Number:1',
      'Operator::',
      'Number:2',
    ]);
  });

  it('scans ?. and ?[ after a braced variable, a paren and a member; ? stays in a plain variable name', () => {
    expect(classes('${a}?.Name; (Get-X)?.Id; $b.c?.d; ${arr}?[0]; $v?.w')).toEqual([
      'variable:${a}',
      'operator:?.',
      'member:Name',
      'punctuation:;',
      'punctuation:(',
      'command:Get-X',
      'punctuation:)',
      'operator:?.',
      'member:Id',
      'punctuation:;',
      'variable:$b',
      'operator:.',
      'member:c',
      'operator:?.',
      'member:d',
      'punctuation:;',
      'variable:${arr}',
      'operator:?',
      'punctuation:[',
      'number:0',
      'punctuation:]',
      'punctuation:;',
      'variable:$v?',
      'operator:.',
      'member:w',
    ]);
  });

  it('leaves ? a word in argument mode: the Where-Object alias and ? inside arguments', () => {
    expect(classes('1..5 | ? { $_ -gt 2 }')).toEqual([
      'number:1',
      'operator:..',
      'number:5',
      'operator:|',
      'command:?',
      'punctuation:{',
      'variable:$_',
      'operator:-gt',
      'number:2',
      'punctuation:}',
    ]);
    expect(classes('Write-Output a?b 1?2:3 ?')).toEqual(['command:Write-Output', 'text:a?b', 'text:1?2:3', 'text:?']);
  });

  it('colours the new operators without errors while they are being typed', () => {
    expect(classes('$a ??')).toEqual(['variable:$a', 'operator:??']);
    expect(classes('$c ? 1')).toEqual(['variable:$c', 'operator:?', 'number:1']);
    expect(highlightTokens('$c ? 1 :').some((t) => t.kind === 'error')).toBe(false);
  });
});

describe('shapes and precedence', () => {
  it.each([
    // ?? sits between comparison and additive operators and groups from the left.
    ["$a ?? 'x'", "(?? $a 'x')"],
    ['$a ?? $b ?? 1', '(?? (?? $a $b) 1)'],
    ['$x ?? 1 + 2', '(?? $x (+ 1 2))'],
    ['2 + $x ?? 3', '(?? (+ 2 $x) 3)'],
    ['2 * $x ?? 3', '(?? (* 2 $x) 3)'],
    ['$a -eq $b ?? 1', '(-eq $a (?? $b 1))'],
    ['$t -and $n ?? $t', '(-and $t (?? $n $t))'],
    ["'{0}' -f $n ?? 'b'", "(?? (-f '{0}' $n) 'b')"],
    ['$a ??\n  1', '(?? $a 1)'],
    // The ternary is below every binary operator; its branches are full expressions.
    ['$c ? 1 : 2', '(? $c 1 2)'],
    ["!$c ? 'a' : 'b' -eq 'b'", "(? (! $c) 'a' (-eq 'b' 'b'))"],
    ["-not $c ? 'a' : 'b'", "(? (-not $c) 'a' 'b')"],
    ["1,2,3 -contains 2 ? 'y' : 'n'", "(? (-contains (, 1 2 3) 2) 'y' 'n')"],
    ["1,2,3,4 ? 'y' : 'n'", "(? (, 1 2 3 4) 'y' 'n')"],
    ['$c ? 1,2 : 3', '(? $c (, 1 2) 3)'],
    ['$a ?? $b ? 1 : 2', '(? (?? $a $b) 1 2)'],
    // Nesting to the right, in either branch.
    ['$a ? $b ? 1 : 2 : 3', '(? $a (? $b 1 2) 3)'],
    ['$a ? 1 : $b ? 2 : 3', '(? $a 1 (? $b 2 3))'],
    ["$a ? $b ? 'x' : $c ? 'y' : 'z' : 'w'", "(? $a (? $b 'x' (? $c 'y' 'z')) 'w')"],
    // No spaces needed where PowerShell needs none: numbers end at ? and :, ${...} ends at }.
    ['${true}?1:2', '(? $true 1 2)'],
    ['$x ?1kb:0xf', '(? $x 1kb 0xf)'],
    ["${c}?{'a'}:{'b'}", "(? $c {'a'} {'b'})"],
    ['$true? ?1 :2', '(? $true? 1 2)'],
    // Newlines may follow ? and : and precede :.
    ['$c ?\n  1\n  : 2', '(? $c 1 2)'],
    // As a pipeline's first element, an assigned value, a method argument, an index.
    ["$c ? 'a' : 'b' | Write-Output", "(| (? $c 'a' 'b') (cmd Write-Output))"],
    ['$x = $c ? 1 : 2', '(= $x (? $c 1 2))'],
    ['$s.Substring($c ? 1 : 2)', '(.call $s Substring (? $c 1 2))'],
    ['$a[$c ? 0 : 1]', '([] $a (? $c 0 1))'],
    ['($c ? 1 : 2) -eq 1', '(-eq (paren (? $c 1 2)) 1)'],
    // ??= is an assignment operator on variables, members and indexes.
    ['$x ??= 1', '(??= $x 1)'],
    ['$h.k ??= Get-X', '(??= (. $h k) (cmd Get-X))'],
    ['$a[0] ??= 1 ?? 2', '(??= ([] $a 0) (?? 1 2))'],
    // ?. and ?[] after ${...}, a paren, a member or an index; $a?.b is the variable a?.
    ['${a}?.b', '(?. $a b)'],
    ['$a?.b', '(. $a? b)'],
    ['${a}?.b()', '(?.call $a b)'],
    ['${a}?.b?.c', '(?. (?. $a b) c)'],
    ['${a}?.b.c', '(. (?. $a b) c)'],
    ['$a.b?.c', '(?. (. $a b) c)'],
    ['${a}?.$name', '(?. $a $name)'],
    ['(Get-X)?.Name', '(?. (paren (cmd Get-X)) Name)'],
    ['(Get-X)?.Items()?.Name', '(?. (?.call (paren (cmd Get-X)) Items) Name)'],
    ['${arr}?[0]', '(?[] $arr 0)'],
    ['${arr}?[0]?.Name', '(?. (?[] $arr 0) Name)'],
    ['$a[0]?[1]', '(?[] ([] $a 0) 1)'],
    ['[int]::MaxValue?.ToString()', '(?.call (:: [int] MaxValue) ToString)'],
    ['[int]?.Name', '(?. [int] Name)'],
    // In argument mode: after a paren or a plain variable; `${a}?.b` is one word there, as in PowerShell.
    ['Write-Output (Get-X)?.Name', '(cmd Write-Output (?. (paren (cmd Get-X)) Name))'],
    ['Write-Output $a?.b', '(cmd Write-Output (. $a? b))'],
    ['Write-Output ${a}?.b', '(cmd Write-Output "{$a}?.b")'],
    // The ? alias and ?-words are untouched.
    ['1..5 | ? { $_ -gt 2 }', '(| (.. 1 5) (cmd ? { $_ -gt 2 }))'],
    ['? { $_ }', '(cmd ? { $_ })'],
    ['a?b', '(cmd a?b)'],
    ['1?2:3', '(cmd 1?2:3)'],
    ['Get-X ?.Name', '(cmd Get-X ?.Name)'],
  ])('%j', (source, expected) => {
    expect(parse(source)).toBe(expected);
  });
});

describe('spans', () => {
  it('covers the ternary from its condition to its last branch', () => {
    const source = "$c -eq 1 ? 'one' : 'other'";
    const node = expression(source);
    if (node.type !== 'Ternary') throw new Error(node.type);
    expect(text(source, node)).toBe(source);
    expect(text(source, node.condition)).toBe('$c -eq 1');
    expect(text(source, node.ifTrue)).toBe("'one'");
    expect(text(source, node.ifFalse)).toBe("'other'");
  });

  it('covers ?? and null-conditional accesses from their target on', () => {
    const coalesce = '$a ?? $b.c';
    const binary = expression(coalesce);
    expect(binary.type === 'Binary' && text(coalesce, binary.right)).toBe('$b.c');
    expect(text(coalesce, binary)).toBe(coalesce);
    const access = '${a}?.b?[0]';
    const index = expression(access);
    if (index.type !== 'Index') throw new Error(index.type);
    expect(text(access, index)).toBe('${a}?.b?[0]');
    expect(text(access, index.target)).toBe('${a}?.b');
    expect(index.nullConditional).toBe(true);
  });

  it('marks only null-conditional accesses', () => {
    const plain = expression('$a.b');
    expect(plain.type === 'MemberAccess' && plain.nullConditional).toBeUndefined();
    const call = expression('${a}?.b(1)');
    expect(call.type === 'InvokeMember' && call.nullConditional).toBe(true);
  });
});

/** [input, errorId, message, error offset, incomplete] */
const ERRORS: [string, string, string, number, boolean][] = [
  ['$true ?', 'ExpectedValueExpression', "You must provide a value expression following the '?' operator.", 7, true],
  ['$true ? 3', 'MissingColonInTernaryExpression', "Missing ':' in the ternary expression.", 9, true],
  ['$true ? 3 :', 'ExpectedValueExpression', "You must provide a value expression following the ':' operator.", 11, true],
  ['$true ? :', 'ExpectedValueExpression', "You must provide a value expression following the '?' operator.", 7, false],
  ['$true ? 3 4', 'MissingColonInTernaryExpression', "Missing ':' in the ternary expression.", 10, false],
  ['$c ? 1\nGet-X', 'MissingColonInTernaryExpression', "Missing ':' in the ternary expression.", 7, false],
  ['$c ? Get-X : 1', 'ExpectedValueExpression', "You must provide a value expression following the '?' operator.", 4, false],
  ['$x ?.name', 'ExpectedValueExpression', "You must provide a value expression following the '?' operator.", 4, false],
  ['[datetime]?::now', 'ExpectedValueExpression', "You must provide a value expression following the '?' operator.", 11, false],
  ['$x ??', 'ExpectedValueExpression', "You must provide a value expression following the '??' operator.", 5, true],
  ['$x ??Get-Thing', 'ExpectedValueExpression', "You must provide a value expression following the '??' operator.", 5, false],
  ['$hello ??? $what', 'ExpectedValueExpression', "You must provide a value expression following the '??' operator.", 9, false],
  ['$x ??=', 'ExpectedValueExpression', "You must provide a value expression following the '??=' operator.", 6, true],
  ['$x??=', 'ExpectedValueExpression', "You must provide a value expression following the '=' operator.", 5, true],
  ['1 ??= 1', 'InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 0, false],
  ["${x}?.name = 'v'", 'InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 0, false],
  ['${x}?[0] = 1', 'InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 0, false],
  ['${x}?.', 'MissingPropertyName', 'Missing property name after reference operator.', 6, false],
  ['${x}?[]', 'MissingArrayIndexExpression', 'Array index expression is missing or not valid.', 6, false],
  ['${x}?[-]', 'MissingExpressionAfterOperator', "Missing expression after unary operator '-'.", 7, false],
  ['${x}?[0', 'MissingEndSquareBracket', "Missing ']' after array index expression.", 7, true],
];

describe('parse errors', () => {
  it.each(ERRORS)('%j → %s', (source, errorId, message, offset, incomplete) => {
    expectParseError(source, { errorId, message, at: offset, incomplete });
  });
});

describe('multi-line input', () => {
  it.each(['$a ??', '$a ??\n', '$c ?', '$c ? 1', '$c ? 1\n', '$c ? 1 :', '$x ??=', '$x = $c ?'])('%j continues on a >> line', (source) => {
    expect(isIncompleteInput(source)).toBe(true);
  });

  it.each(['$x ? 1 : 2', '$c ?\n 1\n : 2', '$a ?? 1', '$x ??= 1', '${a}?.b', '${a}?[0]', '1..5 | ? { $_ }', 'a?b'])('%j is complete', (source) => {
    expect(isIncompleteInput(source)).toBe(false);
  });
});
