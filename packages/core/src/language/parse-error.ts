/**
 * Parse errors with PowerShell's wording (ParserStrings), the culprit's span, and whether the
 * input is merely unfinished, which lets the REPL continue on a `>> ` line instead of failing.
 */
import type { SourceSpan } from './span.js';

/** errorId → message template; `{0}` is the one argument. Texts are PowerShell 7's. */
const MESSAGES = {
  TerminatorExpectedAtEndOfString: 'The string is missing the terminator: {0}.',
  MissingTerminatorMultiLineComment: "The terminator '#>' is missing from the multiline comment.",
  UnexpectedCharactersAfterHereStringHeader:
    'No characters are allowed after a here-string header but before the end of the line.',
  WhitespaceBeforeHereStringFooter: 'White space is not allowed before the string terminator.',
  IncompleteDollarVariableReference: "${variable} reference starting is missing the closing '}'.",
  EmptyVariableReference: 'An empty ${} variable reference was found. A name is required inside the braces.',
  InvalidVariableReferenceWithDrive:
    "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  InvalidUnicodeEscapeSequence:
    "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.",
  InvalidUnicodeEscapeSequenceValue: 'The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.',
  BadNumericConstant: 'The numeric constant {0} is not valid.',
  UnexpectedToken: "Unexpected token '{0}' in expression or statement.",
  MissingEndParenthesisInExpression: "Missing closing ')' in expression.",
  MissingEndParenthesisInSubexpression: "Missing closing ')' in subexpression.",
  MissingEndParenthesisInMethodCall: "Missing ')' in method call.",
  MissingEndCurlyBrace: "Missing closing '}' in statement block or type definition.",
  MissingEndSquareBracket: "Missing ']' after array index expression.",
  MissingArrayIndexExpression: 'Array index expression is missing or not valid.',
  EndSquareBracketExpectedAtEndOfAttribute: 'Missing ] at end of attribute or type literal.',
  MissingTypename: "Missing type name after '['.",
  OrderedAttributeOnlyOnHashLiteralNode: 'The {0} attribute can be specified only on a hash literal node.',
  EmptyPipeElement: 'An empty pipe element is not allowed.',
  ExpressionsMustBeFirstInPipeline: 'Expressions are only allowed as the first element of a pipeline.',
  MissingExpressionAfterOperator: "Missing expression after unary operator '{0}'.",
  ExpectedValueExpression: "You must provide a value expression following the '{0}' operator.",
  MissingColonInTernaryExpression: "Missing ':' in the ternary expression.",
  EmptyPipelineChainElement: 'A pipeline chain operator must be followed by a pipeline.',
  MissingExpressionAfterToken: "Missing expression after '{0}'.",
  MissingExpression: "Missing expression after '{0}' in pipeline element.",
  MissingArgument: 'Missing argument in parameter list.',
  MissingPropertyName: 'Missing property name after reference operator.',
  ParameterRequiresArgument: 'Parameter {0} requires an argument.',
  SplattingNotPermitted:
    "The splatting operator '@' cannot be used to reference variables in an expression. '@{0}' can be used only as an argument to a command. To reference variables in an expression use '${0}'.",
  SplattingNotPermittedInArgumentList: "Splatted variables like '@{0}' cannot be part of a comma-separated list of arguments.",
  InvalidLeftHandSide:
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
  MissingEqualsInHashLiteral: "Missing '=' operator after key in hash literal.",
  MissingStatementInHashLiteral: "Missing statement after '=' in hash literal.",
  MissingKeyInHashLiteral: "Missing key before '=' in hash literal.",
  IncompleteHashLiteral: 'The hash literal was incomplete.',
  AmpersandNotAllowed:
    'The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap an ampersand in double quotation marks ("&") to pass it as part of a string.',
  RedirectionNotSupported: "The '{0}' operator is reserved for future use.",
  InvalidEndOfLine: "The token '{0}' is not a valid statement separator in this version.",
  ReservedKeywordNotAllowed: "The '{0}' keyword is not supported in this version of the language.",
  MissingOpenParenthesisInIfStatement: "Missing '(' after '{0}' in if statement.",
  IfStatementMissingCondition: "Missing condition in if statement after '{0} ('.",
  MissingEndParenthesisAfterStatement: "Missing closing ')' after expression in '{0}' statement.",
  MissingStatementBlock: 'Missing statement block after {0} ( condition ).',
  MissingStatementBlockAfterElse: "Missing statement block after 'else' keyword.",
  MissingOpenParenthesisAfterKeyword: "Missing opening '(' after keyword '{0}'.",
  MissingVariableNameAfterForeach: 'Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}',
  MissingInInForeach: "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  MissingForeachExpression: 'Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  MissingEndParenthesisAfterForeach:
    "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  MissingForeachStatement: 'Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  MissingExpressionAfterKeyword: "Missing expression after keyword '{0}'.",
  MissingLoopStatement: 'Missing statement body in {0} loop.',
  MissingWhileOrUntilInDoWhile: 'Missing while or until keyword in do loop.',
  MissingNameAfterKeyword: 'Missing name after {0} keyword.',
  MissingFunctionBody: 'Missing function body in function declaration.',
  MissingEndParenthesisInFunctionParameterList: "Missing ')' in function parameter list.",
  OnlyOneParameterListAllowed: 'Only one parameter list is allowed.',
  DuplicateScriptCommandClause: "Script command clause '{0}' has already been defined.",
  MissingNamedStatementBlock: "Missing statement block after '{0}'.",
  InvalidSwitchFlag: "'{0}' is not a valid switch flag. Valid flags are: -Regex, -Wildcard, -Exact, -CaseSensitive.",
  PipelineValueRequired: 'Missing condition in switch statement.',
  MissingCurlyBraceInSwitchStatement: "Missing '{' in switch statement.",
  MissingSwitchConditionExpression: 'Missing condition in switch statement clause.',
  MissingSwitchStatementClause: 'Missing statement block in switch statement clause.',
  MissingTryStatementBlock: 'The Try statement is missing its statement block.',
  MissingCatchOrFinally: 'The Try statement is missing its Catch or Finally block.',
  MissingCatchHandlerBlock: 'The Catch block is missing its statement block.',
  MissingFinallyStatementBlock: 'The Finally block is missing its statement block.',
  EmptyCatchNotLast: 'Catch block must be the last catch block.',
  IncompleteLineContinuation: "Missing statement after the line continuation character '`'.",
  ExpectedExpression: "An expression was expected after '('.",
  MissingTypeLiteralToken: 'Missing type literal.',
  NoPropertiesInSplatting:
    "Cannot expand the splatted variable '@{0}'. Splatted variables cannot be used as part of a property or array expression. Assign the result of the expression to a temporary variable then splat the temporary variable instead.",
  ScriptTooComplicated: 'Processing was stopped because the script is too complex.',
} as const;

export type ParseErrorId = keyof typeof MESSAGES;

export function parseErrorMessage(id: ParseErrorId, arg = ''): string {
  return MESSAGES[id].replaceAll('{0}', arg);
}

export class ParseError extends Error {
  override readonly name = 'ParseError';
  /** PowerShell's error id, e.g. `TerminatorExpectedAtEndOfString`. */
  readonly errorId: ParseErrorId;
  /** Where the culprit is; may be empty (end = start) when something is missing. */
  readonly span: SourceSpan;
  /** The source text of the span (may be empty). */
  readonly offendingText: string;
  /**
   * True when more input could complete the script (unclosed quote, brace, paren, here-string,
   * trailing `|`, `&&`/`||`, operator or backtick): an interactive host should read another line.
   */
  readonly incomplete: boolean;

  constructor(errorId: ParseErrorId, message: string, span: SourceSpan, offendingText: string, incomplete: boolean) {
    super(message);
    this.errorId = errorId;
    this.span = span;
    this.offendingText = offendingText;
    this.incomplete = incomplete;
  }
}
