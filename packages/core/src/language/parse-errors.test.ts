/**
 * Every parse error the front end reports: PowerShell's message, where it points, and whether the
 * input is merely incomplete (so the REPL continues on a `>> ` line).
 */
import { describe, expect, it } from 'vitest';
import { expectParseError, parseErrorOf } from './test-support/parse-error-of.js';
import { isIncompleteInput, parseScript } from './parse-script.js';

const FOREACH_FORM = 'The correct form is: foreach ($a in $b) {...}';

/** [input, errorId, message, offending text, incomplete] */
const ERRORS: [string, string, string, string, boolean][] = [
  ["Get-Thing 'abc", 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '.", "'abc", true],
  ['Get-Thing "abc', 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: ".', '"abc', true],
  ["Get-Thing O'Brien", 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '.", "'Brien", true],
  ["@'\nabc", 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '@.", "@'\nabc", true],
  ['@"\nabc', 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: "@.', '@"\nabc', true],
  ['@"x\nabc\n"@', 'UnexpectedCharactersAfterHereStringHeader', 'No characters are allowed after a here-string header but before the end of the line.', '@"', false],
  ["@'\nabc\n '@", 'WhitespaceBeforeHereStringFooter', 'White space is not allowed before the string terminator.', "'@", true],
  ['<# comment', 'MissingTerminatorMultiLineComment', "The terminator '#>' is missing from the multiline comment.", '<# comment', true],
  ['Get-X `', 'IncompleteLineContinuation', "Missing statement after the line continuation character '`'.", '`', true],
  ['Get-X `\n', 'IncompleteLineContinuation', "Missing statement after the line continuation character '`'.", '`', true],
  ['(Get-Date', 'MissingEndParenthesisInExpression', "Missing closing ')' in expression.", '', true],
  ['(1 2)', 'MissingEndParenthesisInExpression', "Missing closing ')' in expression.", '', false],
  ['()', 'ExpectedExpression', "An expression was expected after '('.", ')', false],
  ['$(Get-Date', 'MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.", '', true],
  ['@(1', 'MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.", '', true],
  ['"a $(Get-Date b"', 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: ".', '"', true],
  ['if ($x) {', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", '{', true],
  ['Get-X | ForEach-Object {', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", '{', true],
  ['@{ a = 1', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", '@{', true],
  ['@{ a 1 }', 'MissingEqualsInHashLiteral', "Missing '=' operator after key in hash literal.", '', false],
  ['@{ a = }', 'MissingStatementInHashLiteral', "Missing statement after '=' in hash literal.", '', false],
  ['@{ = 1 }', 'MissingKeyInHashLiteral', "Missing key before '=' in hash literal.", '=', false],
  ['@{ a = 1 b = 2 }', 'UnexpectedToken', "Unexpected token 'b' in expression or statement.", 'b', false],
  ['Get-X |', 'EmptyPipeElement', 'An empty pipe element is not allowed.', '', true],
  ['Get-X | | Get-Y', 'EmptyPipeElement', 'An empty pipe element is not allowed.', '|', false],
  ['Get-X | $x', 'ExpressionsMustBeFirstInPipeline', 'Expressions are only allowed as the first element of a pipeline.', '$x', false],
  ["Get-X | 'a'", 'ExpressionsMustBeFirstInPipeline', 'Expressions are only allowed as the first element of a pipeline.', "'a'", false],
  ['-not', 'MissingExpressionAfterOperator', "Missing expression after unary operator '-not'.", '', true],
  ['!', 'MissingExpressionAfterOperator', "Missing expression after unary operator '!'.", '', true],
  ['1 +', 'ExpectedValueExpression', "You must provide a value expression following the '+' operator.", '', true],
  ['$a -EQ', 'ExpectedValueExpression', "You must provide a value expression following the '-EQ' operator.", '', true],
  ['1 + )', 'ExpectedValueExpression', "You must provide a value expression following the '+' operator.", '', false],
  ["$_.Name -eq Foo", 'ExpectedValueExpression', "You must provide a value expression following the '-eq' operator.", '', false],
  ['$x =', 'ExpectedValueExpression', "You must provide a value expression following the '=' operator.", '', true],
  ['1,', 'MissingExpressionAfterToken', "Missing expression after ','.", '', true],
  ['Get-X a,', 'MissingExpressionAfterToken', "Missing expression after ','.", '', true],
  ['[int', 'EndSquareBracketExpectedAtEndOfAttribute', 'Missing ] at end of attribute or type literal.', '', true],
  ['[string[] $x', 'EndSquareBracketExpectedAtEndOfAttribute', 'Missing ] at end of attribute or type literal.', '', false],
  ['[]', 'MissingTypename', "Missing type name after '['.", '[', false],
  ['[ordered]$x', 'OrderedAttributeOnlyOnHashLiteralNode', 'The ordered attribute can be specified only on a hash literal node.', '$x', false],
  ['$x.', 'MissingPropertyName', 'Missing property name after reference operator.', '', false],
  ['Get-X 2>&1', 'RedirectionNotSupported', "The '2>&1' operator is reserved for future use.", '2>&1', false],
  ['Get-X *> log.txt', 'RedirectionNotSupported', "The '*>' operator is reserved for future use.", '*>', false],
  ['[int]:: Now', 'MissingPropertyName', 'Missing property name after reference operator.', '', false],
  ['$a[', 'MissingArrayIndexExpression', 'Array index expression is missing or not valid.', '', true],
  ['$a[]', 'MissingArrayIndexExpression', 'Array index expression is missing or not valid.', ']', false],
  ['$a[0', 'MissingEndSquareBracket', "Missing ']' after array index expression.", '', true],
  ['$a.Foo(1', 'MissingEndParenthesisInMethodCall', "Missing ')' in method call.", '', true],
  ['$a.Foo(1,', 'MissingEndParenthesisInMethodCall', "Missing ')' in method call.", '', true],
  ['$a.Foo(1,)', 'MissingArgument', 'Missing argument in parameter list.', ')', false],
  ['Get-X -Name:', 'ParameterRequiresArgument', 'Parameter -Name: requires an argument.', '-Name:', false],
  ['Get-X -Confirm: | Get-Y', 'ParameterRequiresArgument', 'Parameter -Confirm: requires an argument.', '-Confirm:', false],
  ['@a', 'SplattingNotPermitted', "The splatting operator '@' cannot be used to reference variables in an expression. '@a' can be used only as an argument to a command. To reference variables in an expression use '$a'.", '@a', false],
  ['Get-X @a, b', 'SplattingNotPermittedInArgumentList', "Splatted variables like '@a' cannot be part of a comma-separated list of arguments.", '@a', false],
  ['Get-X @a.b', 'NoPropertiesInSplatting', "Cannot expand the splatted variable '@a'. Splatted variables cannot be used as part of a property or array expression. Assign the result of the expression to a temporary variable then splat the temporary variable instead.", '@a', false],
  ['1 = 2', 'InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', '1', false],
  ['Get-X > out.txt', 'RedirectionNotSupported', "The '>' operator is reserved for future use.", '>', false],
  ['1 < 2', 'RedirectionNotSupported', "The '<' operator is reserved for future use.", '<', false],
  ['&& Get-Y', 'UnexpectedToken', "Unexpected token '&&' in expression or statement.", '&&', false],
  ['Get-X https://x/?a=1&b=2', 'AmpersandNotAllowed', 'The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap an ampersand in double quotation marks ("&") to pass it as part of a string.', '&', false],
  ['&', 'MissingExpression', "Missing expression after '&' in pipeline element.", '', true],
  ['$a $b', 'UnexpectedToken', "Unexpected token '$b' in expression or statement.", '$b', false],
  ['$a Get-Y -Z', 'UnexpectedToken', "Unexpected token 'Get-Y' in expression or statement.", 'Get-Y', false],
  ['"a"b', 'UnexpectedToken', "Unexpected token 'b' in expression or statement.", 'b', false],
  ['1 -foo 2', 'UnexpectedToken', "Unexpected token '-foo' in expression or statement.", '-foo', false],
  ['Get-X )', 'UnexpectedToken', "Unexpected token ')' in expression or statement.", ')', false],
  ['}', 'UnexpectedToken', "Unexpected token '}' in expression or statement.", '}', false],
  ['else { }', 'UnexpectedToken', "Unexpected token 'else' in expression or statement.", 'else', false],
  ['switch', 'PipelineValueRequired', 'Missing condition in switch statement.', '', true],
  ['switch { }', 'PipelineValueRequired', 'Missing condition in switch statement.', '', false],
  ['switch () { }', 'PipelineValueRequired', 'Missing condition in switch statement.', '', false],
  ['switch ($x', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'switch' statement.", '', true],
  ['switch ($x)', 'MissingCurlyBraceInSwitchStatement', "Missing '{' in switch statement.", '', true],
  ['switch ($x) 1', 'MissingCurlyBraceInSwitchStatement', "Missing '{' in switch statement.", '', false],
  ['switch ($x) {', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", '{', true],
  ['switch ($x) { a }', 'MissingSwitchStatementClause', 'Missing statement block in switch statement clause.', '', false],
  ['switch ($x) { a', 'MissingSwitchStatementClause', 'Missing statement block in switch statement clause.', '', true],
  ['switch ($x) { a { 1 } | }', 'MissingSwitchConditionExpression', 'Missing condition in switch statement clause.', '|', false],
  ['switch -File f.txt { }', 'InvalidSwitchFlag', "'-File' is not a valid switch flag. Valid flags are: -Regex, -Wildcard, -Exact, -CaseSensitive.", '-File', false],
  ['trap { }', 'ReservedKeywordNotAllowed', "The 'trap' keyword is not supported in this version of the language.", 'trap', false],
  ['class Foo { }', 'ReservedKeywordNotAllowed', "The 'class' keyword is not supported in this version of the language.", 'class', false],
  ['enum Foo { }', 'ReservedKeywordNotAllowed', "The 'enum' keyword is not supported in this version of the language.", 'enum', false],
  ['filter', 'MissingNameAfterKeyword', 'Missing name after filter keyword.', '', true],
  ['filter f', 'MissingFunctionBody', 'Missing function body in function declaration.', '', true],
  ['function', 'MissingNameAfterKeyword', 'Missing name after function keyword.', '', true],
  ['function { }', 'MissingNameAfterKeyword', 'Missing name after function keyword.', '', false],
  ['function f', 'MissingFunctionBody', 'Missing function body in function declaration.', '', true],
  ['function f 1', 'MissingFunctionBody', 'Missing function body in function declaration.', '', false],
  ['function f($a) Get-X', 'MissingFunctionBody', 'Missing function body in function declaration.', '', false],
  ['function f($a', 'MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", '', true],
  ['function f($a b) { }', 'MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", '', false],
  ['function f { param($a', 'MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", '', true],
  ['function f { param }', 'MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'param'.", '', false],
  ['function f {', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", '{', true],
  ['function f($a) { param($b) }', 'OnlyOneParameterListAllowed', 'Only one parameter list is allowed.', 'param($b)', false],
  ['function f { process { } process { } }', 'DuplicateScriptCommandClause', "Script command clause 'process' has already been defined.", 'process', false],
  ['function f { begin { } 1 }', 'UnexpectedToken', "Unexpected token '1' in expression or statement.", '1', false],
  ['function f { param([Parameter(Mandatory $a) }', 'MissingEndParenthesisInExpression', "Missing closing ')' in expression.", '', false],
  ['function f { param([Alias("x")$a) }', 'EndSquareBracketExpectedAtEndOfAttribute', 'Missing ] at end of attribute or type literal.', '', false],
  ['function f { param($a = ) }', 'ExpectedValueExpression', "You must provide a value expression following the '=' operator.", '', false],
  ['Get-X; param($a)', 'UnexpectedToken', "Unexpected token 'param' in expression or statement.", 'param', false],
  ['if', 'MissingOpenParenthesisInIfStatement', "Missing '(' after 'if' in if statement.", '', true],
  ['if ( ) { }', 'IfStatementMissingCondition', "Missing condition in if statement after 'if ('.", '', false],
  ['if ($x { }', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'if' statement.", '', false],
  ['if ($x)', 'MissingStatementBlock', 'Missing statement block after if ( condition ).', '', true],
  ['if ($x) { } elseif ($y)', 'MissingStatementBlock', 'Missing statement block after elseif ( condition ).', '', true],
  ['if ($x) { } else', 'MissingStatementBlockAfterElse', "Missing statement block after 'else' keyword.", '', true],
  ['foreach', 'MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'foreach'.", '', true],
  ['foreach (x in $y) { }', 'MissingVariableNameAfterForeach', `Missing variable name after foreach.\n${FOREACH_FORM}`, '', false],
  ['foreach ($x)', 'MissingInInForeach', `Missing 'in' after variable in foreach loop.\n${FOREACH_FORM}`, '', false],
  ['foreach ($x in) { }', 'MissingForeachExpression', `Missing expression in foreach loop.\n${FOREACH_FORM}`, '', false],
  ['foreach ($x in $y', 'MissingEndParenthesisAfterForeach', `Missing closing ')' after expression part of foreach loop.\n${FOREACH_FORM}`, '', true],
  ['foreach ($x in $y)', 'MissingForeachStatement', `Missing statement body in foreach loop.\n${FOREACH_FORM}`, '', true],
  ['while', 'MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'while'.", '', true],
  ['while { }', 'MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'while'.", '', false],
  ['while () { }', 'MissingExpressionAfterKeyword', "Missing expression after keyword 'while'.", '', false],
  ['while (', 'MissingExpressionAfterKeyword', "Missing expression after keyword 'while'.", '', true],
  ['while ($x { }', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'while' statement.", '', false],
  ['while ($x', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'while' statement.", '', true],
  ['while ($x)', 'MissingLoopStatement', 'Missing statement body in while loop.', '', true],
  ['while ($x) Get-X', 'MissingLoopStatement', 'Missing statement body in while loop.', '', false],
  ['while ($true) {', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", '{', true],
  ['do', 'MissingLoopStatement', 'Missing statement body in do loop.', '', true],
  ['do Get-X', 'MissingLoopStatement', 'Missing statement body in do loop.', '', false],
  ['do {', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", '{', true],
  ['do { }', 'MissingWhileOrUntilInDoWhile', 'Missing while or until keyword in do loop.', '', true],
  ['do { }\n', 'MissingWhileOrUntilInDoWhile', 'Missing while or until keyword in do loop.', '', true],
  ['do { } Get-X', 'MissingWhileOrUntilInDoWhile', 'Missing while or until keyword in do loop.', '', false],
  ['do { } while', 'MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'while'.", '', true],
  ['do { } until { }', 'MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'until'.", '', false],
  ['do { } until ()', 'MissingExpressionAfterKeyword', "Missing expression after keyword 'until'.", '', false],
  ['do { } until ($x', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'until' statement.", '', true],
  ['do { } while ($x; 1)', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'while' statement.", '', false],
  ['until ($x)', 'UnexpectedToken', "Unexpected token 'until' in expression or statement.", 'until', false],
  ['for', 'MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'for'.", '', true],
  ['for { }', 'MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'for'.", '', false],
  ['for ($i = 0; $i -lt 3; $i++', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'for' statement.", '', true],
  ['for ($i = 0; $i -lt 3; $i++ Get-X) { }', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'for' statement.", '', false],
  ['for (;;)', 'MissingLoopStatement', 'Missing statement body in for loop.', '', true],
  ['for (;;) {', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", '{', true],
  ['try', 'MissingTryStatementBlock', 'The Try statement is missing its statement block.', '', true],
  ['try { }', 'MissingCatchOrFinally', 'The Try statement is missing its Catch or Finally block.', '', true],
  ['try { } catch', 'MissingCatchHandlerBlock', 'The Catch block is missing its statement block.', '', true],
  ['try { } finally', 'MissingFinallyStatementBlock', 'The Finally block is missing its statement block.', '', true],
  ['try { } catch { } catch [System.Exception] { }', 'EmptyCatchNotLast', 'Catch block must be the last catch block.', 'catch', false],
  ['try { } catch [int], { }', 'MissingTypeLiteralToken', 'Missing type literal.', '', false],
  ['${abc', 'IncompleteDollarVariableReference', "${variable} reference starting is missing the closing '}'.", '${abc', true],
  ['${}', 'EmptyVariableReference', 'An empty ${} variable reference was found. A name is required inside the braces.', '${}', false],
  ['"$x:"', 'InvalidVariableReferenceWithDrive', "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", '$x:', false],
  ['"`u{110000}"', 'InvalidUnicodeEscapeSequenceValue', 'The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.', '`u{110000}', false],
  ['"`u{zz}"', 'InvalidUnicodeEscapeSequence', "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.", '`u{', false],
];

describe('parse errors', () => {
  it.each(ERRORS)('%j → %s', (source, errorId, message, offending, incomplete) => {
    expectParseError(source, { errorId, message, at: offending, incomplete });
  });

  it('reports line and column of the culprit', () => {
    const error = parseErrorOf("Get-X -A 1\nGet-Y -B 'open");
    expect(error.span).toMatchObject({ line: 2, column: 10, start: 20 });
    expect(parseErrorOf('if ($x) {\r\n  Get-X\r\n').span).toMatchObject({ line: 1, column: 9 });
  });

  it('points "missing" errors just after the last good token', () => {
    const error = parseErrorOf('(Get-Date   ');
    expect(error.span).toMatchObject({ start: 9, end: 9, column: 10 });
    expect(error.incomplete).toBe(true);
  });

  it('fails deeply nested input with a ParseError, not a stack overflow', () => {
    for (const source of ['('.repeat(5000) + '1' + ')'.repeat(5000), '@('.repeat(3000), '!'.repeat(20000) + '1', '-not '.repeat(5000) + '1', '"$('.repeat(2000), '{'.repeat(10000), '$a' + '[0'.repeat(4000), '[a' + '[a'.repeat(20000), '[int]'.repeat(20000) + '1']) {
      const error = parseErrorOf(source);
      expect(error.errorId).toBe('ScriptTooComplicated');
      expect(error.message).toBe('Processing was stopped because the script is too complex.');
    }
  });

  it('accepts nesting a real script would use', () => {
    expect(() => parseScript('('.repeat(60) + '1' + ')'.repeat(60))).not.toThrow();
  });
});

describe('incomplete input (the REPL continues on a ">> " line)', () => {
  it.each([
    "Get-Thing 'abc",
    'Get-Thing "abc $(Get-Date',
    '$x = @"\nline one',
    "@'\n",
    'if ($true) {',
    'Get-X | ForEach-Object {\n  $_.Name',
    '(Get-Date',
    '@{ Name = 1;',
    'Get-X |',
    'Get-X |\n',
    '1 +',
    '$a -and',
    'Get-X `',
    'Get-X -A 1 `\n',
    '<# multi-line',
    'try { Get-X }',
    'foreach ($u in $users)',
    'while ($true) {',
    'while ($i -lt 3) {\n  $i',
    'while ($true)',
    'do {',
    'do {\n  $n++\n}',
    'do { $n++ } until (',
    'for ($i = 0; $i -lt 3; $i++) {',
    'for (;;',
    'function f {',
    'function f {\n  param(\n    [string]$Name,',
    'function f { process {',
    'function Get-Thing',
    'switch ($x) {',
    "switch ($x) {\n  'a' {",
    'switch -Regex ($x)',
    '$a.Foo(',
    '[datetime',
  ])('%j is incomplete', (source) => {
    expect(isIncompleteInput(source)).toBe(true);
  });

  it.each([
    'Get-X',
    "Get-Thing 'abc'",
    'if ($true) { 1 }',
    'while ($true) { }',
    'do { 1 } while ($false)',
    'do { 1 }\nuntil ($true)',
    'for (;;) { break }',
    'function f { }',
    "switch ($x) { 'a' { 1 } }",
    'function f($a) { $a }\nf 1',
    'do { } Get-X',
    'Get-X -Name:',
    'Get-X )',
    '$a $b',
    '',
    '   ',
    '# just a comment',
    'Get-X\n',
  ])('%j is not incomplete', (source) => {
    expect(isIncompleteInput(source)).toBe(false);
  });
});
