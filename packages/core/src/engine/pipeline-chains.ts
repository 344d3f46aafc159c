/**
 * Pipeline chains (`a && b || c`, PowerShell 7): each pipeline runs as a statement of its own, so
 * its errors are reported and `$?` is set exactly as for a statement on its own line; the next
 * pipeline runs when `$?` is true (`&&`) or false (`||`). Chains group from the left, so a skipped
 * pipeline leaves `$?` as it was: `a || b && c` runs `c` whenever `a` or `b` succeeded. Errors that
 * end the script (`throw`, -ErrorAction Stop) or that an enclosing `try` catches end the whole
 * chain, as in PowerShell.
 */
import type { PipelineAst, PipelineChainAst } from '../language/ast.js';
import type { Frame, Output } from './context.js';
import { runStatements } from './statements.js';
import type { Step } from './step.js';

interface Link {
  readonly operator: '&&' | '||';
  readonly pipeline: PipelineAst;
}

/** The chain as its first pipeline and the (operator, pipeline) links after it, in source order. */
function flatten(chain: PipelineChainAst): { first: PipelineAst; links: Link[] } {
  const links: Link[] = [];
  let node: PipelineChainAst | PipelineAst = chain;
  // Iterative: a long chain must not cost a stack frame per operator.
  while (node.type === 'PipelineChain') {
    links.push({ operator: node.operator, pipeline: node.right });
    node = node.left;
  }
  return { first: node, links: links.reverse() };
}

/** Runs one pipeline like a statement; returns `$?` after it. */
function* runLink(pipeline: PipelineAst, frame: Frame, output: Output): Step<boolean> {
  yield* runStatements([pipeline], frame, output);
  return frame.engine.lastStatementSucceeded;
}

/** Runs the chain; `$?` afterwards is that of the last pipeline that ran. */
export function* runPipelineChain(chain: PipelineChainAst, frame: Frame, output: Output): Step<void> {
  const { first, links } = flatten(chain);
  let succeeded = yield* runLink(first, frame, output);
  for (const { operator, pipeline } of links) {
    if (succeeded === (operator === '&&')) succeeded = yield* runLink(pipeline, frame, output);
  }
}
