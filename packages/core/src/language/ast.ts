/**
 * The typed syntax tree produced by `parseScript`.
 *
 * Shapes follow PowerShell's own AST (System.Management.Automation.Language) closely enough that
 * its semantics carry over, but only for the subset entra-shell runs. Every node is a plain,
 * readonly object discriminated on `type` and carries the `span` of the source it came from, so
 * the evaluator can point error carets at the exact culprit.
 *
 * Stability contract: the evaluator codes against this file. Fields are only ever added.
 */
import type { SourceSpan } from './span.js';

interface NodeBase {
  readonly span: SourceSpan;
}

// ─── Script blocks and statements ──────────────────────────────────────────────────────────────

/** A whole script, or the body of `{ ... }`. */
export interface ScriptBlockAst extends NodeBase {
  readonly type: 'ScriptBlock';
  readonly statements: readonly StatementAst[];
  /**
   * The source text: the whole input for a top-level script, the text between the braces for a
   * `{ ... }` literal (what PowerShell's ScriptBlock.ToString() returns).
   */
  readonly text: string;
  /** `param(...)` at the start of the block (a function body, a script block or a script). */
  readonly paramBlock?: ParamBlockAst;
  /**
   * Named blocks. A body written with `begin {}` / `process {}` / `end {}` has them here and its
   * `statements` are the end block's (empty without one); a plain body is an end block in
   * `statements` only.
   */
  readonly beginBlock?: StatementBlockAst;
  readonly processBlock?: StatementBlockAst;
  readonly endBlock?: StatementBlockAst;
}

/** `[Parameter(Mandatory, Position = 0)]`, `[Alias('x')]`, `[CmdletBinding()]`. */
export interface AttributeAst extends NodeBase {
  readonly type: 'Attribute';
  /** The attribute name as written, e.g. `Parameter`. */
  readonly name: string;
  readonly positionalArguments: readonly ExpressionAst[];
  /** `Name = value`, or `Name` alone (which means `$true`: no `value`). */
  readonly namedArguments: readonly { readonly name: string; readonly value?: ExpressionAst; readonly span: SourceSpan }[];
}

/** One parameter: `[Parameter(Mandatory)][string]$Name = 'x'`. */
export interface ParameterAst extends NodeBase {
  readonly type: 'Parameter';
  readonly name: VariableExpressionAst;
  /** The type constraint (the last `[type]` written), absent for an untyped parameter. */
  readonly typeName?: TypeNameAst;
  readonly attributes: readonly AttributeAst[];
  /** Evaluated at call time when the parameter is not bound. */
  readonly defaultValue?: ExpressionAst;
}

/** `[CmdletBinding()] param(...)`. */
export interface ParamBlockAst extends NodeBase {
  readonly type: 'ParamBlock';
  readonly attributes: readonly AttributeAst[];
  readonly parameters: readonly ParameterAst[];
}

/**
 * `function Name($a) { ... }` / `function Name { param($a) ... }`. A `filter Name { ... }` is the
 * same node with its plain body moved into `body.processBlock`.
 */
export interface FunctionDefinitionAst extends NodeBase {
  readonly type: 'FunctionDefinition';
  readonly name: string;
  readonly nameSpan: SourceSpan;
  /** The parameters written in parentheses after the name (`function f($a, $b)`), if any. */
  readonly parameters?: readonly ParameterAst[];
  readonly body: ScriptBlockAst;
}

/** The body of `if`, the loops, `try`, `catch`, `finally`: statements in the enclosing scope. */
export interface StatementBlockAst extends NodeBase {
  readonly type: 'StatementBlock';
  readonly statements: readonly StatementAst[];
}

export type StatementAst =
  | PipelineAst
  | AssignmentAst
  | IfAst
  | ForEachAst
  | WhileAst
  | DoWhileAst
  | DoUntilAst
  | ForAst
  | TryAst
  | ThrowAst
  | ReturnAst
  | ExitAst
  | BreakAst
  | ContinueAst
  | FunctionDefinitionAst
  | SwitchAst
  | PipelineChainAst;

/** What `(...)`, `if (...)`, `foreach (... in ...)` and the right of `=` contain. */
export type PipelineBaseAst = PipelineAst | AssignmentAst | PipelineChainAst;

/**
 * `a | b | c`. The first element may be an expression (`$users | ...`, `1 + 2`); every later
 * element is a command (the parser rejects others with PowerShell's error).
 */
export interface PipelineAst extends NodeBase {
  readonly type: 'Pipeline';
  readonly elements: readonly PipelineElementAst[];
}

export type PipelineElementAst = CommandAst | ExpressionAst;

/**
 * `a && b || c` (PowerShell 7): pipelines joined by chain operators, grouped from the left as in
 * PowerShell, so `a && b || c` is `(a && b) || c`. The right pipeline runs when the left one
 * succeeded (`&&`) or failed (`||`), judged by `$?`.
 */
export interface PipelineChainAst extends NodeBase {
  readonly type: 'PipelineChain';
  /** A pipeline, or the chain so far. */
  readonly left: PipelineChainAst | PipelineAst;
  readonly operator: '&&' | '||';
  readonly right: PipelineAst;
}

/** `??=` assigns only when the target is `$null`. */
export type AssignmentOperator = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '??=';

/** `$x = ...`, `$h.Key += 1`, `$a[0] = ...`, `[int]$n = ...`, `$x ??= ...`. */
export interface AssignmentAst extends NodeBase {
  readonly type: 'Assignment';
  /** A Variable, MemberAccess, Index, or Convert wrapping one of those (typed assignment). */
  readonly target: ExpressionAst;
  readonly operator: AssignmentOperator;
  /** The right-hand side is a statement: `$u = Get-PnPEntraIDUser -Identity x` is legal. */
  readonly value: StatementAst;
}

export interface IfClauseAst extends NodeBase {
  readonly type: 'IfClause';
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

/** `if (c) {...} elseif (c) {...} else {...}`: `clauses[0]` is the `if`, the rest are `elseif`s. */
export interface IfAst extends NodeBase {
  readonly type: 'If';
  readonly clauses: readonly IfClauseAst[];
  readonly elseBody?: StatementBlockAst;
}

/** `foreach ($x in <pipeline>) { ... }`. */
export interface ForEachAst extends NodeBase {
  readonly type: 'ForEach';
  readonly variable: VariableExpressionAst;
  readonly iterable: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

/** `while (<pipeline>) { ... }`: the condition is tested before each pass. */
export interface WhileAst extends NodeBase {
  readonly type: 'While';
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

/** `do { ... } while (<pipeline>)`: the body runs once, then again while the condition is true. */
export interface DoWhileAst extends NodeBase {
  readonly type: 'DoWhile';
  readonly body: StatementBlockAst;
  readonly condition: PipelineBaseAst;
}

/** `do { ... } until (<pipeline>)`: the body runs once, then again while the condition is false. */
export interface DoUntilAst extends NodeBase {
  readonly type: 'DoUntil';
  readonly body: StatementBlockAst;
  readonly condition: PipelineBaseAst;
}

/**
 * `for (<initializer>; <condition>; <iterator>) { ... }`. Every part may be left out; a missing
 * condition counts as true (`for (;;) { }` loops until `break`).
 */
export interface ForAst extends NodeBase {
  readonly type: 'For';
  readonly initializer?: PipelineBaseAst;
  readonly condition?: PipelineBaseAst;
  readonly iterator?: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

/** One `condition { ... }` of a switch; no condition for `default { ... }`. */
export interface SwitchClauseAst extends NodeBase {
  readonly type: 'SwitchClause';
  /** A value (bareword, number, string, variable, `(...)`) or a ScriptBlockExpression tested with `$_`. */
  readonly condition?: ExpressionAst;
  readonly body: StatementBlockAst;
}

/**
 * `switch [-Regex|-Wildcard|-Exact] [-CaseSensitive] (<pipeline>) { clauses }`: every clause whose
 * condition matches runs, for each element of the value; `default` runs when none matched.
 */
export interface SwitchAst extends NodeBase {
  readonly type: 'Switch';
  /** How values are compared: `-eq` (the default, and -Exact), `-match` (-Regex) or `-like` (-Wildcard). */
  readonly mode: 'equals' | 'regex' | 'wildcard';
  readonly caseSensitive: boolean;
  readonly condition: PipelineBaseAst;
  readonly clauses: readonly SwitchClauseAst[];
}

/** `catch [A], [B] { ... }`; an empty `typeNames` catches everything. */
export interface CatchClauseAst extends NodeBase {
  readonly type: 'CatchClause';
  readonly typeNames: readonly TypeNameAst[];
  readonly body: StatementBlockAst;
}

/** `try {...} catch ... finally {...}`: at least one catch or a finally is present. */
export interface TryAst extends NodeBase {
  readonly type: 'Try';
  readonly body: StatementBlockAst;
  readonly catches: readonly CatchClauseAst[];
  readonly finallyBody?: StatementBlockAst;
}

/** `throw`, `throw "msg"`, `throw $_`. Without a pipeline it rethrows inside catch. */
export interface ThrowAst extends NodeBase {
  readonly type: 'Throw';
  readonly pipeline?: PipelineBaseAst;
}

export interface ReturnAst extends NodeBase {
  readonly type: 'Return';
  readonly pipeline?: PipelineBaseAst;
}

export interface ExitAst extends NodeBase {
  readonly type: 'Exit';
  readonly pipeline?: PipelineBaseAst;
}

/** `break` / `break label`: the label is a bareword StringConstant or an expression. */
export interface BreakAst extends NodeBase {
  readonly type: 'Break';
  readonly label?: ExpressionAst;
}

export interface ContinueAst extends NodeBase {
  readonly type: 'Continue';
  readonly label?: ExpressionAst;
}

// ─── Commands ──────────────────────────────────────────────────────────────────────────────────

/** A command invocation parsed in argument mode: `Get-PnPEntraIDUser -Identity a@b.com`. */
export interface CommandAst extends NodeBase {
  readonly type: 'Command';
  /** `&` (call) or `.` (dot-source) when the command was invoked through an operator. */
  readonly invocationOperator?: '&' | '.';
  /**
   * The element naming the command: a bareword StringConstant for `Get-Date`, any expression
   * after `&` (`& $cmd`, `& 'Get-Date'`, `& { ... }`).
   */
  readonly nameElement: ExpressionAst;
  /** The command name when it is a constant (bareword or quoted string), else undefined. */
  readonly name?: string;
  /** Everything after the name, in source order. */
  readonly elements: readonly CommandElementAst[];
}

export type CommandElementAst = CommandParameterAst | SplatAst | ExpressionAst;

/** `-Name`, `-Name:value` or `-Name:` followed by an argument (possibly after whitespace). */
export interface CommandParameterAst extends NodeBase {
  readonly type: 'CommandParameter';
  /** The name without the dash or colon, as typed: `IsUseableOnce`. */
  readonly name: string;
  /** The token as typed, e.g. `-IsUseableOnce:`; bound as a string when no parameter matches. */
  readonly text: string;
  /** Present only for the colon form; the span of the node covers it too. */
  readonly colonArgument?: ExpressionAst;
}

/** `@params` as a command argument: hashtable → named, array → positional. */
export interface SplatAst extends NodeBase {
  readonly type: 'Splat';
  /** The variable name without `@`, e.g. `params`. */
  readonly variableName: string;
}

// ─── Expressions ───────────────────────────────────────────────────────────────────────────────

export type ExpressionAst =
  | StringConstantAst
  | ExpandableStringAst
  | NumberConstantAst
  | VariableExpressionAst
  | ArrayLiteralAst
  | ArrayExpressionAst
  | HashtableLiteralAst
  | SubExpressionAst
  | ParenExpressionAst
  | MemberAccessAst
  | InvokeMemberAst
  | IndexExpressionAst
  | ConvertExpressionAst
  | TypeExpressionAst
  | UnaryExpressionAst
  | BinaryExpressionAst
  | TernaryExpressionAst
  | ScriptBlockExpressionAst;

/** How a string was written; decides nothing about its value but matters for display and binding. */
export type StringQuoteKind = 'bareword' | 'single' | 'double' | 'singleHere' | 'doubleHere';

/** A string with no expansion left to do: `'abc'`, `"abc"`, `@'...'@`, or a bareword `john@contoso.com`. */
export interface StringConstantAst extends NodeBase {
  readonly type: 'StringConstant';
  /** The value after quote removal and escape processing. */
  readonly value: string;
  readonly quoteKind: StringQuoteKind;
  /** True for an unquoted argument-mode word (or a member name / hashtable key written bare). */
  readonly bareword: boolean;
}

/** Literal text inside an expandable string. */
export interface StringTextPart extends NodeBase {
  readonly type: 'Text';
  readonly value: string;
}

export type ExpandableStringPart = StringTextPart | VariableExpressionAst | SubExpressionAst;

/** `"Hello $name, $($u.Mail)"`, `@"..."@`, or a bareword with `$x` / `$(...)` inside. */
export interface ExpandableStringAst extends NodeBase {
  readonly type: 'ExpandableString';
  /** In order; concatenating literal text with each expansion's string form gives the value. */
  readonly parts: readonly ExpandableStringPart[];
  readonly quoteKind: StringQuoteKind;
}

export type NumberType = 'Int32' | 'Int64' | 'Double' | 'Decimal';

/** `10`, `0x1F`, `1kb`, `10l`, `1.5`, `1e3`, `-1` (sign folded in only in argument mode). */
export interface NumberConstantAst extends NodeBase {
  readonly type: 'NumberConstant';
  readonly value: number;
  /** The original spelling, e.g. `007`: a String parameter binds this, not `7`. */
  readonly text: string;
  readonly numberType: NumberType;
}

/** `$x`, `$_`, `$true`, `${my var}`, `$env:USERNAME`, `$global:x`. */
export interface VariableExpressionAst extends NodeBase {
  readonly type: 'Variable';
  /** The name without `$`, braces or scope: `USERNAME` for `$env:USERNAME`. */
  readonly name: string;
  /** The scope or drive prefix as typed, without the colon: `env`, `global`, `script`... */
  readonly scope?: string;
}

/** `a, b, c` (the comma operator). Unary `,x` gives a one-element array. */
export interface ArrayLiteralAst extends NodeBase {
  readonly type: 'ArrayLiteral';
  readonly elements: readonly ExpressionAst[];
}

/** `@( statements )`: always an array. */
export interface ArrayExpressionAst extends NodeBase {
  readonly type: 'ArrayExpression';
  readonly statements: readonly StatementAst[];
}

export interface HashtablePairAst extends NodeBase {
  readonly type: 'HashtablePair';
  /** A bareword key is a StringConstant (`bareword: true`); other keys are expressions. */
  readonly key: ExpressionAst;
  /** Values are statements: `@{ Now = Get-Date }` is legal. */
  readonly value: StatementAst;
}

/** `@{ k = v; ... }`; `[ordered]@{...}` is folded into this node with `ordered: true`. */
export interface HashtableLiteralAst extends NodeBase {
  readonly type: 'HashtableLiteral';
  readonly pairs: readonly HashtablePairAst[];
  readonly ordered: boolean;
}

/** `$( statements )`. */
export interface SubExpressionAst extends NodeBase {
  readonly type: 'SubExpression';
  readonly statements: readonly StatementAst[];
}

/** `( pipeline )`: `(Get-Date)`, `(1 + 2)`, `($x = 5)`. */
export interface ParenExpressionAst extends NodeBase {
  readonly type: 'Paren';
  readonly pipeline: PipelineBaseAst;
}

/** `$u.Mail`, `$u.'odd name'`, `$u.$prop`, `[datetime]::UtcNow`. */
export interface MemberAccessAst extends NodeBase {
  readonly type: 'MemberAccess';
  readonly target: ExpressionAst;
  /** A StringConstant (`bareword: true`) for a plain name, else the expression giving the name. */
  readonly member: ExpressionAst;
  /** The member name when it is a constant, else undefined. */
  readonly name?: string;
  /** `::` access on a type. */
  readonly static: boolean;
  /** `${x}?.Name`: $null when the target is $null. Present (true) only for `?.`. */
  readonly nullConditional?: boolean;
}

/** `(Get-Date).AddHours(2)`, `[guid]::NewGuid()`, `$s.ToUpper()`, `${x}?.ToUpper()`. */
export interface InvokeMemberAst extends NodeBase {
  readonly type: 'InvokeMember';
  readonly target: ExpressionAst;
  readonly member: ExpressionAst;
  readonly name?: string;
  readonly arguments: readonly ExpressionAst[];
  readonly static: boolean;
  /** `?.`: $null, arguments unevaluated, when the target is $null. Present (true) only for `?.`. */
  readonly nullConditional?: boolean;
}

/** `$a[0]`, `$h['key']`, `$a[1,2]`, `$a[-1]`, `${a}?[0]`. */
export interface IndexExpressionAst extends NodeBase {
  readonly type: 'Index';
  readonly target: ExpressionAst;
  readonly index: ExpressionAst;
  /** `?[`: $null, index unevaluated, when the target is $null. Present (true) only for `?[`. */
  readonly nullConditional?: boolean;
}

/**
 * A type name inside `[...]`: `datetime`, `System.Guid`, `string[]`, `System.Collections.Generic.List[string]`.
 */
export interface TypeNameAst extends NodeBase {
  readonly type: 'TypeName';
  /** The full name as written (whitespace removed), e.g. `string[]`. */
  readonly fullName: string;
  /** The name without array or generic suffixes, e.g. `string`. */
  readonly name: string;
  /** 0 for a scalar, 1 for `[]`, 2 for `[,]`... */
  readonly arrayRank: number;
  readonly genericArguments: readonly TypeNameAst[];
}

/** `[datetime]'2026-12-01T08:00'`, `[int]$x`, `[string[]]$list`. */
export interface ConvertExpressionAst extends NodeBase {
  readonly type: 'Convert';
  readonly typeName: TypeNameAst;
  readonly child: ExpressionAst;
}

/** A type on its own: `[datetime]` (for `::` targets, `-is`/`-as` operands, catch types). */
export interface TypeExpressionAst extends NodeBase {
  readonly type: 'TypeExpression';
  readonly typeName: TypeNameAst;
}

export type UnaryOperator =
  | '-not'
  | '!'
  | '-bnot'
  | '-'
  | '+'
  | '-join'
  | '-split'
  | ','
  | '++'
  | '--';

/**
 * `-not $x`, `!$x`, `-$n`, `-split $s`, `-join $a`, `++$i`, `$i++` (postfix: true).
 * The parser never produces `,`: unary comma (`,$x`) is a one-element ArrayLiteral.
 */
export interface UnaryExpressionAst extends NodeBase {
  readonly type: 'Unary';
  readonly operator: UnaryOperator;
  readonly operand: ExpressionAst;
  /** `$i++` / `$i--`. */
  readonly postfix: boolean;
  /** `-csplit`. */
  readonly caseSensitive: boolean;
}

/**
 * Binary operators, normalised to lower case with the `-c`/`-i` prefix removed
 * (`-CEQ` → `-eq` with caseSensitive true; `-ieq` → `-eq`). `..` is the range operator and `-f`
 * the format operator, as in PowerShell's own AST.
 */
export type BinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '..'
  | '-f'
  | '-eq'
  | '-ne'
  | '-gt'
  | '-ge'
  | '-lt'
  | '-le'
  | '-like'
  | '-notlike'
  | '-match'
  | '-notmatch'
  | '-contains'
  | '-notcontains'
  | '-in'
  | '-notin'
  | '-replace'
  | '-split'
  | '-join'
  | '-is'
  | '-isnot'
  | '-as'
  | '-band'
  | '-bor'
  | '-bxor'
  | '-shl'
  | '-shr'
  | '-and'
  | '-or'
  | '-xor'
  /** Null-coalescing: the right operand is evaluated only when the left one is $null. */
  | '??';

export interface BinaryExpressionAst extends NodeBase {
  readonly type: 'Binary';
  readonly operator: BinaryOperator;
  readonly left: ExpressionAst;
  readonly right: ExpressionAst;
  /** True for the `-c` variants (`-ceq`, `-cmatch`, `-creplace`...). */
  readonly caseSensitive: boolean;
}

/**
 * `condition ? ifTrue : ifFalse` (PowerShell 7): only the chosen branch is evaluated. Lower than
 * every binary operator; branches are full expressions, so it nests to the right.
 */
export interface TernaryExpressionAst extends NodeBase {
  readonly type: 'Ternary';
  readonly condition: ExpressionAst;
  readonly ifTrue: ExpressionAst;
  readonly ifFalse: ExpressionAst;
}

/** `{ $_.Mail -like '*@contoso.com' }` used as a value. */
export interface ScriptBlockExpressionAst extends NodeBase {
  readonly type: 'ScriptBlockExpression';
  readonly scriptBlock: ScriptBlockAst;
  /** The source text including the braces. */
  readonly text: string;
}

// ─── Any node ──────────────────────────────────────────────────────────────────────────────────

export type Ast =
  | ScriptBlockAst
  | StatementBlockAst
  | StatementAst
  | IfClauseAst
  | CatchClauseAst
  | SwitchClauseAst
  | CommandAst
  | CommandElementAst
  | HashtablePairAst
  | StringTextPart
  | TypeNameAst
  | ParamBlockAst
  | ParameterAst
  | AttributeAst;
