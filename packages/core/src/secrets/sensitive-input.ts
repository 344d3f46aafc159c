/**
 * Whether a command line holds a secret, so it must stay out of the history file and be recorded
 * as a placeholder in transcripts. It does when:
 *   - PSReadLine's keyword rule says so (keyword-rule.ts);
 *   - a literal reaches a secret parameter or builds a credential (typed-secrets.ts);
 *   - it holds a value the session knows to be secret (a pass it issued, a token it was given);
 *   - it holds a token-shaped value (a JWT, a bearer header) anywhere.
 */
import type { ScriptBlockAst } from '../language/ast.js';
import { parseScript } from '../language/parse-script.js';
import { sensitiveBySpelling } from './keyword-rule.js';
import type { SecretRegistry } from './secret-registry.js';
import { holdsTokenShape } from './token-shapes.js';
import { typedSecrets, type SecretLookup } from './typed-secrets.js';

export interface SensitiveInputContext extends SecretLookup {
  readonly secrets: SecretRegistry;
}

function parsed(text: string): ScriptBlockAst | undefined {
  try {
    return parseScript(text);
  } catch {
    return undefined;
  }
}

export function isSensitiveInput(text: string, context: SensitiveInputContext): boolean {
  if (holdsTokenShape(text) || context.secrets.contains(text)) return true;
  const ast = parsed(text);
  if (sensitiveBySpelling(text, ast)) return true;
  return ast !== undefined && typedSecrets(ast, context).length > 0;
}
