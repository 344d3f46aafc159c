/**
 * A synchronous fast path for the common case: expressions and simple statements that run no
 * command (`$_ * 2`, `$_.Mail -like '*@contoso.com'`, `"$($u.Id)"`, `$sum += $_`). Script blocks
 * run once per pipeline record, and evaluating them without a promise per node is what keeps a
 * million-record pipeline fast. Whether a node qualifies is decided once per AST node and cached.
 */
import type { AssignmentAst, ExpressionAst, StatementAst } from '../language/ast.js';
import { PipelineStoppedError } from '../pipeline/records.js';
import { convertTo } from '../values/convert.js';
import { invokeStaticMember } from '../values/members/static-members.js';
import { PSHashtable, PSTypeName } from '../values/model.js';
import { applyBinaryOperator, applyUnaryOperator } from '../values/operators/dispatch.js';
import { materialize } from '../values/range.js';
import { toPSString } from '../values/stringify.js';
import { isTruthy } from '../values/truthiness.js';
import type { Frame } from './context.js';
import { asTerminating } from './errors.js';
import { assignIndex, assignMember, callMethod, indexValue, memberOf } from './members.js';
import { isNullValue } from './null-conditional.js';
import { createScriptBlock } from './script-blocks.js';
import { WAITING_METHOD_NAMES } from './script-cmdlet.js';
import { handleStatementError } from './statements.js';
import { readVariable, writeVariable } from './variables.js';

const verdicts = new WeakMap<object, boolean>();
/** Methods that run script blocks (the engine's, asynchronous). */
const scriptBlockMethods = new Set(['foreach', 'where', 'invoke', 'invokereturnasis']);

function cached(node: object, compute: () => boolean): boolean {
  const known = verdicts.get(node);
  if (known !== undefined) return known;
  const verdict = compute();
  verdicts.set(node, verdict);
  return verdict;
}

export function isSyncExpression(node: ExpressionAst): boolean {
  return cached(node, () => {
    switch (node.type) {
      case 'StringConstant':
      case 'NumberConstant':
      case 'Variable':
      case 'TypeExpression':
      case 'ScriptBlockExpression':
        return true;
      case 'ExpandableString':
        return node.parts.every((p) => p.type !== 'SubExpression' || areSyncStatements(p.statements));
      case 'ArrayLiteral':
        return node.elements.every(isSyncExpression);
      case 'ArrayExpression':
      case 'SubExpression':
        return areSyncStatements(node.statements);
      case 'HashtableLiteral':
        return node.pairs.every((p) => isSyncExpression(p.key) && isSyncStatement(p.value));
      case 'Paren':
        return isSyncStatement(node.pipeline);
      case 'MemberAccess':
        return isSyncExpression(node.target) && isSyncExpression(node.member);
      case 'InvokeMember':
        return (
          node.name !== undefined &&
          !scriptBlockMethods.has(node.name.toLowerCase()) &&
          !WAITING_METHOD_NAMES.has(node.name.toLowerCase()) &&
          isSyncExpression(node.target) &&
          node.arguments.every(isSyncExpression)
        );
      case 'Index':
        return isSyncExpression(node.target) && isSyncExpression(node.index);
      case 'Convert':
      case 'Unary':
        return isSyncExpression(node.type === 'Convert' ? node.child : node.operand);
      case 'Binary':
        return isSyncExpression(node.left) && isSyncExpression(node.right);
      case 'Ternary':
        return isSyncExpression(node.condition) && isSyncExpression(node.ifTrue) && isSyncExpression(node.ifFalse);
    }
  });
}

/** An expression statement or an assignment whose value is one. */
export function isSyncStatement(statement: StatementAst): boolean {
  return cached(statement, () => {
    if (statement.type === 'Assignment') return isSyncExpression(statement.target) && isSyncStatement(statement.value);
    if (statement.type !== 'Pipeline' || statement.elements.length !== 1) return false;
    const [only] = statement.elements;
    return only !== undefined && only.type !== 'Command' && isSyncExpression(only);
  });
}

function areSyncStatements(statements: readonly StatementAst[]): boolean {
  return statements.every(isSyncStatement);
}

/** Statement value (for `$x = ...`, hashtable values, parens): the expression itself, unenumerated. */
export function syncStatementValue(statement: StatementAst, frame: Frame): unknown {
  if (statement.type === 'Assignment') return runAssignmentSync(statement, frame);
  const [only] = statement.type === 'Pipeline' ? statement.elements : [];
  if (!only || only.type === 'Command') throw new Error('not a synchronous statement');
  return evaluateSync(only, frame);
}

/** Runs sync statements, appending unrolled output to `out`, with runStatements' error rules. */
export function runSyncStatements(statements: readonly StatementAst[], frame: Frame, out: unknown[]): void {
  for (const statement of statements) {
    if (frame.signal.aborted) throw new PipelineStoppedError();
    const failuresBefore = frame.engine.failureCount;
    try {
      runSyncStatement(statement, frame, out);
      frame.engine.lastStatementSucceeded = frame.engine.failureCount === failuresBefore;
    } catch (error) {
      handleStatementError(error, statement, frame);
    }
  }
}

/** What evaluateSimpleStatement returns for a statement that writes nothing. */
export const NO_OUTPUT: unique symbol = Symbol('NoOutput');

/**
 * Runs an expression statement or assignment that runs no command; returns the value it writes
 * (not yet unrolled), or NO_OUTPUT for assignments, `$i++`/`$i--` and `[void](...)`.
 */
export function evaluateSimpleStatement(statement: StatementAst, frame: Frame): unknown {
  if (statement.type === 'Assignment') {
    runAssignmentSync(statement, frame);
    return NO_OUTPUT;
  }
  const [only] = statement.type === 'Pipeline' ? statement.elements : [];
  if (!only || only.type === 'Command') return NO_OUTPUT;
  const value = evaluateSync(only, frame);
  // `$i++` and `[void](...)` produce no output as statements.
  if (only.type === 'Unary' && (only.operator === '++' || only.operator === '--')) return NO_OUTPUT;
  if (only.type === 'Convert' && only.typeName.name.toLowerCase() === 'void') return NO_OUTPUT;
  return value;
}

/** One sync statement; appends its unrolled output to `out`. */
export function runSyncStatement(statement: StatementAst, frame: Frame, out: unknown[]): void {
  const value = evaluateSimpleStatement(statement, frame);
  if (value === NO_OUTPUT) return;
  if (Array.isArray(value)) out.push(...(value as unknown[]));
  else if (value !== null && typeof value === 'object' && Symbol.iterator in value) for (const item of value as Iterable<unknown>) out.push(item);
  else out.push(value);
}

function assignSync(target: ExpressionAst, value: unknown, frame: Frame): void {
  switch (target.type) {
    case 'Variable':
      writeVariable(target, value, frame);
      return;
    case 'MemberAccess':
      assignMember(evaluateSync(target.target, frame), target.name ?? toPSString(evaluateSync(target.member, frame)), value);
      return;
    case 'Index':
      assignIndex(evaluateSync(target.target, frame), evaluateSync(target.index, frame), value);
      return;
    case 'Convert':
      assignSync(target.child, convertTo(value, target.typeName.fullName), frame);
      return;
    default:
      throw new Error('The assignment expression is not valid.');
  }
}

/** `??=`: as assignments.ts's runCoalescingAssignment, without promises. */
function runCoalescingAssignmentSync(node: AssignmentAst, frame: Frame): unknown {
  let target = node.target;
  // A typed target is tested before conversion: `[int]$n ??= 5` assigns when $n is $null.
  while (target.type === 'Convert') target = target.child;
  const current = evaluateSync(target, frame);
  if (!isNullValue(current)) return current;
  const value = materialize(syncStatementValue(node.value, frame));
  try {
    assignSync(node.target, value, frame);
  } catch (error) {
    throw asTerminating(error, frame, node.target.span);
  }
  return value;
}

export function runAssignmentSync(node: AssignmentAst, frame: Frame): unknown {
  if (node.operator === '??=') return runCoalescingAssignmentSync(node, frame);
  let value = materialize(syncStatementValue(node.value, frame));
  try {
    if (node.operator !== '=') value = applyBinaryOperator(node.operator.slice(0, 1), evaluateSync(node.target, frame), value);
    assignSync(node.target, value, frame);
  } catch (error) {
    throw asTerminating(error, frame, node.target.span);
  }
  return value;
}

function collectSync(statements: readonly StatementAst[], frame: Frame): unknown[] {
  const out: unknown[] = [];
  runSyncStatements(statements, frame, out);
  return out;
}

export function evaluateSync(node: ExpressionAst, frame: Frame): unknown {
  try {
    return evaluateNodeSync(node, frame);
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

function evaluateNodeSync(node: ExpressionAst, frame: Frame): unknown {
  switch (node.type) {
    case 'StringConstant':
      return node.value;
    case 'NumberConstant':
      return node.value;
    case 'Variable':
      return readVariable(node, frame);
    case 'ExpandableString': {
      let text = '';
      for (const part of node.parts) {
        if (part.type === 'Text') text += part.value;
        else if (part.type === 'Variable') text += toPSString(readVariable(part, frame));
        else {
          const items = collectSync(part.statements, frame);
          text += toPSString(items.length === 1 ? items[0] : items.length === 0 ? null : items);
        }
      }
      return text;
    }
    case 'ArrayLiteral':
      return node.elements.map((e) => materialize(evaluateSync(e, frame)));
    case 'ArrayExpression':
      return collectSync(node.statements, frame);
    case 'SubExpression': {
      const items = collectSync(node.statements, frame);
      return items.length === 0 ? null : items.length === 1 ? items[0] : items;
    }
    case 'HashtableLiteral': {
      const table = new PSHashtable();
      for (const pair of node.pairs) {
        const key = pair.key.type === 'StringConstant' ? pair.key.value : toPSString(evaluateSync(pair.key, frame));
        table.set(key, materialize(syncStatementValue(pair.value, frame)));
      }
      return table;
    }
    case 'Paren':
      return syncStatementValue(node.pipeline, frame);
    case 'MemberAccess': {
      const target = evaluateSync(node.target, frame);
      if (node.nullConditional && isNullValue(target)) return null;
      const name = node.name ?? toPSString(evaluateSync(node.member, frame));
      if (node.static) return invokeStaticMember(target instanceof PSTypeName ? target : new PSTypeName(toPSString(target)), name, undefined);
      return memberOf(target, name);
    }
    case 'InvokeMember': {
      const target = evaluateSync(node.target, frame);
      if (node.nullConditional && isNullValue(target)) return null;
      const name = node.name ?? '';
      const args = node.arguments.map((a) => evaluateSync(a, frame));
      if (node.static) return invokeStaticMember(target instanceof PSTypeName ? target : new PSTypeName(toPSString(target)), name, args);
      return callMethod(target, name, args);
    }
    case 'Index': {
      const target = evaluateSync(node.target, frame);
      if (node.nullConditional && isNullValue(target)) return null;
      return indexValue(target, evaluateSync(node.index, frame));
    }
    case 'Convert': {
      const value = evaluateSync(node.child, frame);
      return node.typeName.name.toLowerCase() === 'void' ? null : convertTo(value, node.typeName.fullName);
    }
    case 'TypeExpression':
      return new PSTypeName(node.typeName.fullName);
    case 'Unary': {
      if (node.operator === '++' || node.operator === '--') {
        const before = evaluateSync(node.operand, frame);
        const after = applyBinaryOperator(node.operator === '++' ? '+' : '-', before, 1);
        assignSync(node.operand, after, frame);
        return node.postfix ? before : after;
      }
      const op = node.caseSensitive && node.operator === '-split' ? '-csplit' : node.operator;
      return applyUnaryOperator(op, evaluateSync(node.operand, frame));
    }
    case 'Binary': {
      const left = evaluateSync(node.left, frame);
      if (node.operator === '??') return isNullValue(left) ? evaluateSync(node.right, frame) : left;
      if (node.operator === '-and' && !isTruthy(left)) return false;
      if (node.operator === '-or' && isTruthy(left)) return true;
      return applyBinaryOperator(node.operator, left, evaluateSync(node.right, frame), {
        caseSensitive: node.caseSensitive,
        setMatches: (matches) => frame.scope.setLocal('Matches', matches),
      });
    }
    case 'Ternary':
      return evaluateSync(isTruthy(evaluateSync(node.condition, frame)) ? node.ifTrue : node.ifFalse, frame);
    case 'ScriptBlockExpression':
      return createScriptBlock(node.scriptBlock, frame);
  }
}
