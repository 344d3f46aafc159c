/**
 * Expressions: literals, variables, strings with expansion, arrays and hashtables, sub-
 * expressions, member access and calls, indexing, casts and operators. Value semantics
 * (conversions, operators, members) come from values/.
 *
 * This is the only place expression semantics live. Each function is a step (see step.ts): it
 * runs synchronously unless something inside it really waits (a command in `$(...)`, a host
 * prompt of `$PSCmdlet.ShouldProcess()`), so the per-record script blocks of a long pipeline cost
 * no promise per node.
 */
import type {
  ArrayExpressionAst,
  ArrayLiteralAst,
  BinaryExpressionAst,
  ConvertExpressionAst,
  ExpandableStringAst,
  ExpressionAst,
  HashtableLiteralAst,
  IndexExpressionAst,
  InvokeMemberAst,
  MemberAccessAst,
  StatementAst,
  SubExpressionAst,
  TernaryExpressionAst,
  UnaryExpressionAst,
} from '../language/ast.js';
import { convertTo } from '../values/convert.js';
import { invokeStaticMember } from '../values/members/static-members.js';
import { PSHashtable, PSTypeName, ScriptBlockValue } from '../values/model.js';
import {
  applyBinaryOperator,
  applyUnaryOperator,
  type BinaryOperatorOptions,
} from '../values/operators/dispatch.js';
import { materialize } from '../values/range.js';
import { toPSString } from '../values/stringify.js';
import { isTruthy } from '../values/truthiness.js';
import { enumerateSync } from '../pipeline/enumerate.js';
import { assignTo, runAssignment } from './assignments.js';
import { Collector, type Frame } from './context.js';
import { asTerminating } from './errors.js';
import { callMethod, indexValue, memberOf } from './members.js';
import { isNullValue } from './null-conditional.js';
import { createScriptBlock, invokeScriptBlockSteps } from './script-blocks.js';
import { runStatements } from './statements.js';
import { done, type Step } from './step.js';
import { readVariable } from './variables.js';

/**
 * The value of a statement used as a value (`$x = <stmt>`, `@{ k = <stmt> }`, `if (<stmt>)`,
 * `(<stmt>)`): an expression's own value, unenumerated; an assignment's assigned value; else the
 * statement's output collected ($null, one item, or an array).
 */
export function statementValue(statement: StatementAst, frame: Frame): Step<unknown> {
  if (statement.type === 'Pipeline' && statement.elements.length === 1) {
    const only = statement.elements[0];
    if (only && only.type !== 'Command') return evaluate(only, frame);
  }
  if (statement.type === 'Assignment') return runAssignment(statement, frame);
  return collectedResult([statement], frame);
}

function* collect(statements: readonly StatementAst[], frame: Frame): Step<Collector> {
  const collector = new Collector();
  yield* runStatements(statements, frame, collector);
  return collector;
}

function* collectedResult(statements: readonly StatementAst[], frame: Frame): Step<unknown> {
  return (yield* collect(statements, frame)).result();
}

type LeafAst = Extract<
  ExpressionAst,
  { type: 'StringConstant' | 'NumberConstant' | 'Variable' | 'TypeExpression' | 'ScriptBlockExpression' }
>;

/** Constants, variables, types and script block literals: they never wait, nor fail. */
export function isLeaf(node: ExpressionAst): node is LeafAst {
  switch (node.type) {
    case 'StringConstant':
    case 'NumberConstant':
    case 'Variable':
    case 'TypeExpression':
    case 'ScriptBlockExpression':
      return true;
    default:
      return false;
  }
}

/**
 * The value of a leaf. Callers on hot paths use it directly
 * (`isLeaf(n) ? leafValue(n, frame) : yield* evaluate(n, frame)`), saving a step per operand.
 */
export function leafValue(node: LeafAst, frame: Frame): unknown {
  switch (node.type) {
    case 'StringConstant':
    case 'NumberConstant':
      return node.value;
    case 'Variable':
      return readVariable(node, frame);
    case 'TypeExpression':
      return new PSTypeName(node.typeName.fullName);
    case 'ScriptBlockExpression':
      return createScriptBlock(node.scriptBlock, frame);
  }
}

/** Any operand, leaves without a step of their own. */
function* operand(node: ExpressionAst, frame: Frame): Step<unknown> {
  return isLeaf(node) ? leafValue(node, frame) : yield* evaluate(node, frame);
}

/*
 * One step per kind of node. Each turns its own failures into a terminating error pointing at
 * its node (asTerminating keeps the position an inner node already gave), so an error's caret
 * lands on the innermost expression that failed, as in pwsh.
 */

function* expandString(node: ExpandableStringAst, frame: Frame): Step<unknown> {
  try {
    let text = '';
    for (const part of node.parts) {
      if (part.type === 'Text') text += part.value;
      else if (part.type === 'Variable') text += toPSString(readVariable(part, frame));
      else text += toPSString((yield* collect(part.statements, frame)).result());
    }
    return text;
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

function* arrayLiteral(node: ArrayLiteralAst, frame: Frame): Step<unknown> {
  try {
    const items: unknown[] = [];
    for (const element of node.elements)
      items.push(materialize(isLeaf(element) ? leafValue(element, frame) : yield* evaluate(element, frame)));
    return items;
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

function* subExpression(node: SubExpressionAst | ArrayExpressionAst, frame: Frame): Step<unknown> {
  try {
    const collector = yield* collect(node.statements, frame);
    return node.type === 'ArrayExpression' ? collector.items : collector.result();
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

function* hashtableLiteral(node: HashtableLiteralAst, frame: Frame): Step<unknown> {
  try {
    const table = new PSHashtable();
    for (const pair of node.pairs) {
      const key =
        pair.key.type === 'StringConstant' ? pair.key.value : toPSString(yield* operand(pair.key, frame));
      table.set(key, materialize(yield* statementValue(pair.value, frame)));
    }
    return table;
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

function staticType(target: unknown): PSTypeName {
  return target instanceof PSTypeName ? target : new PSTypeName(toPSString(target));
}

function* memberAccess(node: MemberAccessAst, frame: Frame): Step<unknown> {
  try {
    const target = isLeaf(node.target) ? leafValue(node.target, frame) : yield* evaluate(node.target, frame);
    if (node.nullConditional && isNullValue(target)) return null;
    const name = node.name ?? toPSString(yield* operand(node.member, frame));
    if (node.static) return invokeStaticMember(staticType(target), name, undefined);
    return memberOf(target, name);
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

/** `.ForEach({...})` / `.Where({...})` on any value: methods the engine provides, as they run script blocks. */
function* collectionMethod(
  target: unknown,
  method: 'foreach' | 'where',
  block: ScriptBlockValue,
  frame: Frame,
): Step<unknown> {
  const results: unknown[] = [];
  for (const item of enumerateSync(target === null ? [] : target)) {
    const out = yield* invokeScriptBlockSteps(block, { dollarUnder: item }, frame, frame.signal);
    if (method === 'foreach') results.push(...out);
    else if (isTruthy(out.length === 1 ? out[0] : out)) results.push(item);
  }
  return results;
}

/** `$block.Invoke(...)` / `.InvokeReturnAsIs(...)`: the block's output in a new scope. */
function* invokeBlock(block: ScriptBlockValue, args: unknown[], frame: Frame): Step<unknown> {
  const items = yield* invokeScriptBlockSteps(block, { newScope: true, args }, frame, frame.signal);
  return items.length === 1 ? items[0] : items;
}

function* invokeMember(node: InvokeMemberAst, frame: Frame): Step<unknown> {
  try {
    const target = isLeaf(node.target) ? leafValue(node.target, frame) : yield* evaluate(node.target, frame);
    // `?.`: on $null, neither the name nor the arguments are evaluated.
    if (node.nullConditional && isNullValue(target)) return null;
    const name = node.name ?? toPSString(yield* operand(node.member, frame));
    const args: unknown[] = [];
    for (const arg of node.arguments)
      args.push(isLeaf(arg) ? leafValue(arg, frame) : yield* evaluate(arg, frame));
    if (node.static) return invokeStaticMember(staticType(target), name, args);
    const lower = name.toLowerCase();
    if ((lower === 'foreach' || lower === 'where') && args[0] instanceof ScriptBlockValue)
      return yield* collectionMethod(target, lower, args[0], frame);
    if ((lower === 'invoke' || lower === 'invokereturnasis') && target instanceof ScriptBlockValue)
      return yield* invokeBlock(target, args, frame);
    // Some methods wait (`$PSCmdlet.ShouldProcess()` asks the host): their result is a promise.
    const result = callMethod(target, name, args);
    return result instanceof Promise ? yield result : result;
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

function* index(node: IndexExpressionAst, frame: Frame): Step<unknown> {
  try {
    const target = isLeaf(node.target) ? leafValue(node.target, frame) : yield* evaluate(node.target, frame);
    if (node.nullConditional && isNullValue(target)) return null;
    return indexValue(
      target,
      isLeaf(node.index) ? leafValue(node.index, frame) : yield* evaluate(node.index, frame),
    );
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

function* convert(node: ConvertExpressionAst, frame: Frame): Step<unknown> {
  try {
    const value = isLeaf(node.child) ? leafValue(node.child, frame) : yield* evaluate(node.child, frame);
    if (node.typeName.name.toLowerCase() === 'void') return null;
    return convertTo(value, node.typeName.fullName);
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

function* unary(node: UnaryExpressionAst, frame: Frame): Step<unknown> {
  try {
    if (node.operator === '++' || node.operator === '--') {
      const before = yield* operand(node.operand, frame);
      const after = applyBinaryOperator(node.operator === '++' ? '+' : '-', before, 1);
      yield* assignTo(node.operand, after, frame);
      return node.postfix ? before : after;
    }
    const value = isLeaf(node.operand)
      ? leafValue(node.operand, frame)
      : yield* evaluate(node.operand, frame);
    const op = node.caseSensitive && node.operator === '-split' ? '-csplit' : node.operator;
    return applyUnaryOperator(op, value);
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

const CASE_SENSITIVE: BinaryOperatorOptions = { caseSensitive: true };

/** What an operator needs beyond its operands; built only for the operators that use it. */
function operatorOptions(node: BinaryExpressionAst, frame: Frame): BinaryOperatorOptions | undefined {
  if (node.operator === '-match' || node.operator === '-notmatch') {
    return {
      caseSensitive: node.caseSensitive,
      setMatches: (matches) => frame.scope.setLocal('Matches', matches),
    };
  }
  return node.caseSensitive ? CASE_SENSITIVE : undefined;
}

function* binary(node: BinaryExpressionAst, frame: Frame): Step<unknown> {
  try {
    const left = isLeaf(node.left) ? leafValue(node.left, frame) : yield* evaluate(node.left, frame);
    // -and / -or / ?? short-circuit, as in PowerShell.
    if (node.operator === '??' && !isNullValue(left)) return left;
    if (node.operator === '-and' && !isTruthy(left)) return false;
    if (node.operator === '-or' && isTruthy(left)) return true;
    const right = isLeaf(node.right) ? leafValue(node.right, frame) : yield* evaluate(node.right, frame);
    if (node.operator === '??') return right;
    return applyBinaryOperator(node.operator, left, right, operatorOptions(node, frame));
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

function* ternary(node: TernaryExpressionAst, frame: Frame): Step<unknown> {
  try {
    const condition = isLeaf(node.condition)
      ? leafValue(node.condition, frame)
      : yield* evaluate(node.condition, frame);
    const chosen = isTruthy(condition) ? node.ifTrue : node.ifFalse;
    return isLeaf(chosen) ? leafValue(chosen, frame) : yield* evaluate(chosen, frame);
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

/**
 * Evaluates an expression: the step of its kind of node. Any failure becomes a terminating error
 * pointing at the innermost node that failed.
 */
export function evaluate(node: ExpressionAst, frame: Frame): Step<unknown> {
  switch (node.type) {
    case 'StringConstant':
    case 'NumberConstant':
    case 'Variable':
    case 'TypeExpression':
    case 'ScriptBlockExpression':
      return done(leafValue(node, frame));
    case 'ExpandableString':
      return expandString(node, frame);
    case 'ArrayLiteral':
      return arrayLiteral(node, frame);
    case 'ArrayExpression':
    case 'SubExpression':
      return subExpression(node, frame);
    case 'HashtableLiteral':
      return hashtableLiteral(node, frame);
    case 'Paren':
      // No step of its own: what fails inside already points at itself.
      return statementValue(node.pipeline, frame);
    case 'MemberAccess':
      return memberAccess(node, frame);
    case 'InvokeMember':
      return invokeMember(node, frame);
    case 'Index':
      return index(node, frame);
    case 'Convert':
      return convert(node, frame);
    case 'Unary':
      return unary(node, frame);
    case 'Binary':
      return binary(node, frame);
    case 'Ternary':
      return ternary(node, frame);
  }
}
