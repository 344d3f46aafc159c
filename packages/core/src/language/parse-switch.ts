/**
 * `switch [-Regex|-Wildcard|-Exact] [-CaseSensitive] (<pipeline>) { <condition> { ... } default { ... } }`.
 * Clause conditions are read in argument mode, as PowerShell does: `a { }` tests the string 'a'.
 */
import type { ExpressionAst, StatementAst, SwitchAst, SwitchClauseAst } from './ast.js';
import { isOp, type LexToken } from './lex-token.js';
import { parseArgumentValue } from './parse-commands.js';
import { parseBlock, parseParenthesizedCondition, takeKeyword } from './parse-keywords.js';
import { endsStatement, type Parser } from './parser-core.js';
import { keywordOf } from './statement-start.js';

type Flags = { mode: SwitchAst['mode']; caseSensitive: boolean };

/** The flags before `(`; a later -Regex / -Wildcard / -Exact replaces an earlier one. */
function parseFlags(p: Parser): Flags {
  const flags: Flags = { mode: 'equals', caseSensitive: false };
  for (;;) {
    const t = p.peek('command');
    if (t.kind !== 'Parameter') return flags;
    switch (t.name.toLowerCase()) {
      case 'regex':
        flags.mode = 'regex';
        break;
      case 'wildcard':
        flags.mode = 'wildcard';
        break;
      case 'exact':
        flags.mode = 'equals';
        break;
      case 'casesensitive':
        flags.caseSensitive = true;
        break;
      default:
        // -File (reading lines from a file) and -Parallel are not part of this subset.
        p.failAt('InvalidSwitchFlag', p.src.slice(t.start, t.end), t);
    }
    p.take(t);
  }
}

function parseClause(p: Parser, t: LexToken): SwitchClauseAst {
  let condition: ExpressionAst | undefined;
  if (keywordOf(t) === 'default') takeKeyword(p, t);
  else condition = parseArgumentValue(p, 'commandNoParams');
  const body = parseBlock(p, 'MissingSwitchStatementClause', '');
  return { type: 'SwitchClause', ...(condition ? { condition } : {}), body, span: p.span(t.start, body.span.end) };
}

export function parseSwitch(p: Parser, token: LexToken): StatementAst {
  takeKeyword(p, token);
  const flags = parseFlags(p);
  p.skipNewlines();
  const { condition } = parseParenthesizedCondition(p, 'switch', { missingOpen: 'PipelineValueRequired', missingCondition: 'PipelineValueRequired', arg: '' });
  p.skipNewlines();
  const brace = p.peek('expression');
  if (!isOp(brace, '{')) p.failMissing('MissingCurlyBraceInSwitchStatement', '', brace);
  p.take(brace);
  p.enter(brace.start);
  const clauses: SwitchClauseAst[] = [];
  for (;;) {
    p.skipSeparators();
    const t = p.peek('commandNoParams');
    if (isOp(t, '}')) {
      p.take(t);
      p.leave();
      return { type: 'Switch', ...flags, condition, clauses, span: p.span(token.start, t.end) };
    }
    if (t.kind === 'EndOfInput') p.failUnclosed('MissingEndCurlyBrace', brace, t);
    if (endsStatement(t)) p.failAt('MissingSwitchConditionExpression', '', t);
    clauses.push(parseClause(p, t));
  }
}
