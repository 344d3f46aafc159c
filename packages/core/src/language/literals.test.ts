/**
 * Literals as the lexer decodes them: numbers (typing, original text, argument-mode fallbacks to
 * strings), quoted strings and escapes, expansions, here-strings, variables.
 */
import { describe, expect, it } from 'vitest';
import type { CommandAst, ExpandableStringPart, ExpressionAst } from './ast.js';
import { parseScript } from './parse-script.js';

/** The single expression of a one-statement script. */
function expression(source: string): ExpressionAst {
  const [statement] = parseScript(source).statements;
  if (statement?.type !== 'Pipeline' || statement.elements.length !== 1 || !statement.elements[0] || statement.elements[0].type === 'Command') {
    throw new Error(`not a single expression: ${source}`);
  }
  return statement.elements[0];
}

/** The first argument of `Write-Output <arg>`. */
function argument(arg: string): ExpressionAst {
  const [statement] = parseScript(`Write-Output ${arg}`).statements;
  const command = statement?.type === 'Pipeline' ? statement.elements[0] : undefined;
  const element = (command as CommandAst | undefined)?.elements[0];
  if (!element || element.type === 'CommandParameter' || element.type === 'Splat') throw new Error(`no argument in ${arg}`);
  return element;
}

function describeParts(parts: readonly ExpandableStringPart[]): string[] {
  return parts.map((p) => (p.type === 'Text' ? p.value : p.type === 'Variable' ? `$${p.scope ? `${p.scope}:` : ''}${p.name}` : `$(${p.statements.length})`));
}

describe('numbers', () => {
  it.each([
    ['10', 10, 'Int32'],
    ['2147483647', 2147483647, 'Int32'],
    ['2147483648', 2147483648, 'Int64'],
    ['9223372036854775807', 2 ** 63, 'Int64'], // as close as a double gets; the text keeps it exact
    ['9223372036854775808', 2 ** 63, 'Decimal'],
    ['100000000000000000000000000000', 1e29, 'Double'],
    ['1.5', 1.5, 'Double'],
    ['.5', 0.5, 'Double'],
    ['1e3', 1000, 'Double'],
    ['1E-2', 0.01, 'Double'],
    ['0x1F', 31, 'Int32'],
    ['0xFFFFFFFF', -1, 'Int32'],
    ['0x80000000', -2147483648, 'Int32'],
    ['0x100000000', 4294967296, 'Int64'],
    ['10l', 10, 'Int64'],
    ['10L', 10, 'Int64'],
    ['1d', 1, 'Decimal'],
    ['1.5d', 1.5, 'Decimal'],
    ['1kb', 1024, 'Int32'],
    ['1KB', 1024, 'Int32'],
    ['1mb', 1048576, 'Int32'],
    ['1gb', 1073741824, 'Int32'],
    ['2gb', 2147483648, 'Int64'],
    ['1tb', 1099511627776, 'Int64'],
    ['1pb', 1125899906842624, 'Int64'],
    ['1.5kb', 1536, 'Double'],
    ['0x10kb', 16384, 'Int32'],
    ['007', 7, 'Int32'],
  ])('%s is %d (%s) and keeps its text', (text, value, numberType) => {
    expect(expression(text)).toMatchObject({ type: 'NumberConstant', value, numberType, text });
  });

  it.each([
    ['-1', -1, 'Int32'],
    ['+5', 5, 'Int32'],
    ['-1.5', -1.5, 'Double'],
    ['-0x10', -16, 'Int32'],
    ['\u20131', -1, 'Int32'],
    ['-2147483648', -2147483648, 'Int32'],
    ['1kb', 1024, 'Int32'],
  ])('argument %s is a number %d (%s)', (text, value, numberType) => {
    expect(argument(text)).toMatchObject({ type: 'NumberConstant', value, numberType, text });
  });

  it.each(['1k', '0x', '1e', '1.2.3', '12abc', '72e2eb87-c124-4bd9-8e01-a447a1752058', '77z', '1kbx', '10.0.0.1', '1-2'])(
    'argument %s followed by a non-terminator is a string',
    (text) => {
      expect(argument(text)).toMatchObject({ type: 'StringConstant', value: text, bareword: true });
    },
  );

  it('a number directly followed by an operator is still a number in expression mode', () => {
    expect(expression('1+2')).toMatchObject({ type: 'Binary', left: { value: 1 }, right: { value: 2 } });
    expect(expression('1..3')).toMatchObject({ type: 'Binary', operator: '..' });
    expect(expression('2*3')).toMatchObject({ type: 'Binary', operator: '*' });
  });
});

describe('strings', () => {
  it.each([
    ["'it''s'", "it's"],
    ["'a\"b'", 'a"b'],
    ["'$x `n'", '$x `n'],
    ['"a""b"', 'a"b'],
    ['"tab`tnew`nline`r`0`a`b`e`f`v"', 'tab\tnew\nline\r\0\x07\b\x1b\f\v'],
    ['"`$x `"q`" ``"', '$x "q" `'],
    ['"`u{263A}`u{1F600}"', '\u263a\u{1f600}'],
    ['"$"', '$'],
    ['"a $ b"', 'a $ b'],
    ['"50$"', '50$'],
    ['\u201csmart\u201d', 'smart'],
    ['\u2018smart\u2019', 'smart'],
    ["\u2018it\u2019\u2019s\u2019", 'it\u2019s'],
    ['""', ''],
    ["''", ''],
  ])('%s → %j', (source, value) => {
    expect(expression(source)).toMatchObject({ type: 'StringConstant', value, bareword: false });
  });

  it.each([
    ['"Hello $name!"', ['Hello ', '$name', '!']],
    ['"${x}y"', ['$x', 'y']],
    ['"$env:USERNAME@contoso.com"', ['$env:USERNAME', '@contoso.com']],
    ['"$x.Name"', ['$x', '.Name']],
    ['"$x[0]"', ['$x', '[0]']],
    ['"$($u.DisplayName) <$($u.Mail)>"', ['$(1)', ' <', '$(1)', '>']],
    ['"$(Get-Date -Format "yyyy")"', ['$(1)']],
    ['"$($a; $b)"', ['$(2)']],
    ['"a `$b $c"', ['a $b ', '$c']],
    ['"$_"', ['$_']],
  ])('%s expands to %j', (source, parts) => {
    const node = expression(source);
    if (node.type !== 'ExpandableString') throw new Error(`expected an expandable string, got ${node.type}`);
    expect(node.quoteKind).toBe('double');
    expect(describeParts(node.parts)).toEqual(parts);
  });

  it('gives expansion parts their source spans', () => {
    const source = 'Write-Output "Hi $name"';
    const node = argument('"Hi $name"');
    if (node.type !== 'ExpandableString') throw new Error('expected an expandable string');
    const variable = node.parts[1];
    expect(variable && source.slice(variable.span.start, variable.span.end)).toBe('$name');
    expect(variable?.span).toMatchObject({ line: 1, column: 18 });
  });

  it('parses the sub-expression in place, quotes and parens included', () => {
    const node = expression('"[$(if ($a) { ")" } else { "(" })]"');
    if (node.type !== 'ExpandableString') throw new Error('expected an expandable string');
    const sub = node.parts[1];
    expect(sub?.type).toBe('SubExpression');
    expect(sub?.type === 'SubExpression' && sub.statements[0]?.type).toBe('If');
  });
});

describe('here-strings', () => {
  it.each([
    ["@'\nline one\nline two\n'@", 'line one\nline two'],
    ["@'\r\nA\r\nB\r\n'@", 'A\r\nB'],
    ["@'\n'@", ''],
    ["@'  \nx\n'@", 'x'],
    ["@'\na '@ b\n\"quotes\" 'single'\n'@", 'a \'@ b\n"quotes" \'single\''],
    ['@"\nno expansion here\n"@', 'no expansion here'],
    ['@"\nescaped `$x and "quotes"\n"@', 'escaped $x and "quotes"'],
  ])('%j → %j', (source, value) => {
    expect(expression(source)).toMatchObject({ type: 'StringConstant', value });
  });

  it('expands in @"..."@ and keeps the quote kind', () => {
    const node = expression('@"\nDear $name,\n  your pass: $($tap.Value)\n"@');
    if (node.type !== 'ExpandableString') throw new Error('expected an expandable string');
    expect(node.quoteKind).toBe('doubleHere');
    expect(describeParts(node.parts)).toEqual(['Dear ', '$name', ',\n  your pass: ', '$(1)']);
  });

  it('reports single here-strings as such', () => {
    expect(expression("@'\nx\n'@")).toMatchObject({ quoteKind: 'singleHere', bareword: false });
  });
});

describe('barewords', () => {
  it.each([
    ['johndoe@contoso.onmicrosoft.com', 'johndoe@contoso.onmicrosoft.com'],
    ['https://contoso.sharepoint.com/sites/a?x=1', 'https://contoso.sharepoint.com/sites/a?x=1'],
    ['P@ss#1', 'P@ss#1'],
    ["a'b'c", 'abc'],
    ['a"b"c', 'abc'],
    ["a'b c'd", 'ab cd'],
    ['a`tb', 'a\tb'],
    ['a`#b', 'a#b'],
    ['[int]', '[int]'],
    ['x=y', 'x=y'],
    ['c:\\temp\\file.txt', 'c:\\temp\\file.txt'],
    ['*', '*'],
    ['$', '$'],
    ['a$', 'a$'],
  ])('%s is the string %j', (text, value) => {
    expect(argument(text)).toMatchObject({ type: 'StringConstant', value, bareword: true });
  });

  it('expands variables and sub-expressions inside barewords', () => {
    const node = argument('$env:USERNAME-$(Get-Date -Format yyyy).log');
    if (node.type !== 'ExpandableString') throw new Error('expected an expandable string');
    expect(node.quoteKind).toBe('bareword');
    expect(describeParts(node.parts)).toEqual(['$env:USERNAME', '-', '$(1)', '.log']);
  });

  it('ends a bareword at & ( ) , ; { | } and whitespace', () => {
    const [statement] = parseScript('Write-Output a(b) c,d e;').statements;
    const command = statement?.type === 'Pipeline' ? statement.elements[0] : undefined;
    expect((command as CommandAst).elements.map((e) => e.type)).toEqual(['StringConstant', 'Paren', 'ArrayLiteral', 'StringConstant']);
  });

  it('a # starts a comment only at the start of a token', () => {
    const [statement] = parseScript('Write-Output a#b #c').statements;
    const command = statement?.type === 'Pipeline' ? statement.elements[0] : undefined;
    expect((command as CommandAst).elements).toHaveLength(1);
    expect((command as CommandAst).elements[0]).toMatchObject({ value: 'a#b' });
  });
});

describe('variables', () => {
  it.each([
    ['$x', 'x', undefined],
    ['$_', '_', undefined],
    ['$PSItem', 'PSItem', undefined],
    ['$true', 'true', undefined],
    ['$null', 'null', undefined],
    ['$env:Path', 'Path', 'env'],
    ['$script:count', 'count', 'script'],
    ['${env:ProgramFiles(x86)}', 'ProgramFiles(x86)', 'env'],
    ['${a b`}c}', 'a b}c', undefined],
    ['$a1_b2', 'a1_b2', undefined],
    ['$?', '?', undefined],
    ['$^', '^', undefined],
    ['$$', '$', undefined],
  ])('%s', (source, name, scope) => {
    const node = expression(source);
    expect(node).toMatchObject({ type: 'Variable', name });
    expect(node.type === 'Variable' ? node.scope : 'not a variable').toBe(scope);
  });
});
