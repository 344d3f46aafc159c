/**
 * Expressions: literals, variables, strings with expansion, arrays and hashtables, sub-
 * expressions, member access and calls, indexing, casts and operators. Value semantics
 * (conversions, operators, members) come from values/.
 */
import type { ExpressionAst, ExpandableStringAst, InvokeMemberAst, StatementAst } from '../language/ast.js';
import { convertTo } from '../values/convert.js';
import { invokeStaticMember } from '../values/members/static-members.js';
import { PSHashtable, PSTypeName, ScriptBlockValue } from '../values/model.js';
import { applyBinaryOperator, applyUnaryOperator } from '../values/operators/dispatch.js';
import { materialize } from '../values/range.js';
import { toPSString } from '../values/stringify.js';
import { isTruthy } from '../values/truthiness.js';
import { assignTo, runAssignment } from './assignments.js';
import { Collector, type Frame } from './context.js';
import { asTerminating } from './errors.js';
import { callMethod, indexValue, memberOf } from './members.js';
import { isNullValue } from './null-conditional.js';
import { createScriptBlock, invokeScriptBlock } from './script-blocks.js';
import { runStatements } from './statements.js';
import { readVariable } from './variables.js';
import { enumerateSync } from '../pipeline/enumerate.js';
import { evaluateSync, isSyncExpression, isSyncStatement, syncStatementValue } from './sync-eval.js';

/** The value of a statement used as a value (`$x = <stmt>`, `@{ k = <stmt> }`, `if (<stmt>)`). */
export async function statementValue(statement: StatementAst, frame: Frame): Promise<unknown> {
  if (isSyncStatement(statement)) return syncStatementValue(statement, frame);
  if (statement.type === 'Pipeline' && statement.elements.length === 1) {
    const [only] = statement.elements;
    if (only && only.type !== 'Command') return evaluate(only, frame);
  }
  if (statement.type === 'Assignment') return runAssignment(statement, frame);
  const collector = new Collector();
  await runStatements([statement], frame, collector);
  return collector.result();
}

async function collect(statements: readonly StatementAst[], frame: Frame): Promise<Collector> {
  const collector = new Collector();
  await runStatements(statements, frame, collector);
  return collector;
}

async function expandString(node: ExpandableStringAst, frame: Frame): Promise<string> {
  let text = '';
  for (const part of node.parts) {
    if (part.type === 'Text') text += part.value;
    else if (part.type === 'Variable') text += toPSString(readVariable(part, frame));
    else text += toPSString((await collect(part.statements, frame)).result());
  }
  return text;
}

async function memberName(member: ExpressionAst, name: string | undefined, frame: Frame): Promise<string> {
  return name ?? toPSString(await evaluate(member, frame));
}

/** `.ForEach({...})` and `.Where({...})` on collections: script-block methods the engine provides. */
async function scriptBlockMethod(target: unknown, name: string, args: unknown[], frame: Frame): Promise<{ handled: boolean; value?: unknown }> {
  const lower = name.toLowerCase();
  const [block] = args;
  if ((lower !== 'foreach' && lower !== 'where') || !(block instanceof ScriptBlockValue)) {
    if (target instanceof ScriptBlockValue && (lower === 'invoke' || lower === 'invokereturnasis')) {
      const items = await invokeScriptBlock(target, { newScope: true, args }, frame, frame.signal);
      return { handled: true, value: items.length === 1 ? items[0] : items };
    }
    return { handled: false };
  }
  const results: unknown[] = [];
  for (const item of enumerateSync(target === null ? [] : target)) {
    const out = await invokeScriptBlock(block, { dollarUnder: item }, frame, frame.signal);
    if (lower === 'foreach') results.push(...out);
    else if (isTruthy(out.length === 1 ? out[0] : out)) results.push(item);
  }
  return { handled: true, value: results };
}

async function invokeMember(node: InvokeMemberAst, frame: Frame): Promise<unknown> {
  const target = await evaluate(node.target, frame);
  // `?.`: on $null, neither the name nor the arguments are evaluated.
  if (node.nullConditional && isNullValue(target)) return null;
  const name = await memberName(node.member, node.name, frame);
  const args: unknown[] = [];
  for (const arg of node.arguments) args.push(await evaluate(arg, frame));
  if (node.static) {
    const type = target instanceof PSTypeName ? target : new PSTypeName(toPSString(target));
    return invokeStaticMember(type, name, args);
  }
  const special = await scriptBlockMethod(target, name, args, frame);
  if (special.handled) return special.value;
  return callMethod(target, name, args);
}

export async function evaluate(node: ExpressionAst, frame: Frame): Promise<unknown> {
  if (isSyncExpression(node)) return evaluateSync(node, frame);
  try {
    return await evaluateNode(node, frame);
  } catch (error) {
    throw asTerminating(error, frame, node.span);
  }
}

async function evaluateNode(node: ExpressionAst, frame: Frame): Promise<unknown> {
  switch (node.type) {
    case 'StringConstant':
      return node.value;
    case 'NumberConstant':
      return node.value;
    case 'ExpandableString':
      return expandString(node, frame);
    case 'Variable':
      return readVariable(node, frame);
    case 'ArrayLiteral': {
      const items: unknown[] = [];
      for (const element of node.elements) items.push(materialize(await evaluate(element, frame)));
      return items;
    }
    case 'ArrayExpression':
      return (await collect(node.statements, frame)).items;
    case 'HashtableLiteral': {
      const table = new PSHashtable();
      for (const pair of node.pairs) {
        const key = pair.key.type === 'StringConstant' ? pair.key.value : toPSString(await evaluate(pair.key, frame));
        table.set(key, materialize(await statementValue(pair.value, frame)));
      }
      return table;
    }
    case 'SubExpression':
      return (await collect(node.statements, frame)).result();
    case 'Paren':
      return node.pipeline.type === 'Assignment' ? runAssignment(node.pipeline, frame) : statementValue(node.pipeline, frame);
    case 'MemberAccess': {
      const target = await evaluate(node.target, frame);
      if (node.nullConditional && isNullValue(target)) return null;
      const name = await memberName(node.member, node.name, frame);
      if (node.static) return invokeStaticMember(target instanceof PSTypeName ? target : new PSTypeName(toPSString(target)), name, undefined);
      return memberOf(target, name);
    }
    case 'InvokeMember':
      return invokeMember(node, frame);
    case 'Index': {
      const target = await evaluate(node.target, frame);
      if (node.nullConditional && isNullValue(target)) return null;
      return indexValue(target, await evaluate(node.index, frame));
    }
    case 'Convert': {
      const value = await evaluate(node.child, frame);
      if (node.typeName.name.toLowerCase() === 'void') return null;
      return convertTo(value, node.typeName.fullName);
    }
    case 'TypeExpression':
      return new PSTypeName(node.typeName.fullName);
    case 'Unary': {
      if (node.operator === '++' || node.operator === '--') {
        const before = await evaluate(node.operand, frame);
        const after = applyBinaryOperator(node.operator === '++' ? '+' : '-', before, 1);
        await assignTo(node.operand, after, frame);
        return node.postfix ? before : after;
      }
      const operand = await evaluate(node.operand, frame);
      const op = node.caseSensitive && node.operator === '-split' ? '-csplit' : node.operator;
      return applyUnaryOperator(op, operand);
    }
    case 'Binary': {
      const left = await evaluate(node.left, frame);
      // -and / -or / ?? short-circuit, as in PowerShell.
      if (node.operator === '??') return isNullValue(left) ? evaluate(node.right, frame) : left;
      if (node.operator === '-and' && !isTruthy(left)) return false;
      if (node.operator === '-or' && isTruthy(left)) return true;
      const right = await evaluate(node.right, frame);
      return applyBinaryOperator(node.operator, left, right, {
        caseSensitive: node.caseSensitive,
        setMatches: (matches) => frame.scope.setLocal('Matches', matches),
      });
    }
    case 'Ternary':
      return isTruthy(await evaluate(node.condition, frame)) ? evaluate(node.ifTrue, frame) : evaluate(node.ifFalse, frame);
    case 'ScriptBlockExpression':
      return createScriptBlock(node.scriptBlock, frame);
  }
}
