/** Reading and writing `$name`, `$scope:name` and `$env:NAME`, with PowerShell's automatic variables. */
import type { VariableExpressionAst } from '../language/ast.js';
import { pathInfoRecord } from '../values/path-info.js';
import { toPSString } from '../values/stringify.js';
import type { Frame } from './context.js';

/** `$_` and `$PSItem` are one variable. */
function canonical(name: string): string {
  return name.toLowerCase() === 'psitem' ? '_' : name;
}

export function readVariable(node: Pick<VariableExpressionAst, 'name' | 'scope'>, frame: Frame): unknown {
  const modifier = node.scope?.toLowerCase();
  if (modifier === 'env') return frame.engine.environment.get(node.name) ?? null;
  if (modifier === undefined) {
    switch (node.name.toLowerCase()) {
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
      case '?':
        return frame.engine.lastStatementSucceeded;
      // Read from the session's location each time, so it follows Set-Location and cannot go stale.
      case 'pwd':
        return pathInfoRecord(frame.engine.location.current);
      default:
        break;
    }
  }
  const scope = frame.scope.resolveModifier(modifier);
  if (!scope) return null;
  const value = scope.lookup(canonical(node.name));
  return value === undefined ? null : value;
}

export function writeVariable(node: Pick<VariableExpressionAst, 'name' | 'scope'>, value: unknown, frame: Frame): void {
  const modifier = node.scope?.toLowerCase();
  if (modifier === 'env') {
    frame.engine.environment.set(node.name, value === null || value === undefined || value === '' ? undefined : toPSString(value));
    return;
  }
  const scope = frame.scope.resolveModifier(modifier) ?? frame.scope;
  scope.setLocal(canonical(node.name), value);
}
