/**
 * Which accepted lines may reach the history file. The judgement is core's
 * (`session.isSensitiveInput`): PSReadLine's keyword rule, plus secrets by meaning (a literal
 * that binds to a secret parameter, plain text made into a SecureString or credential, a value the
 * session knows to be secret, a token-shaped value). A sensitive line stays in memory, so Up-arrow
 * still finds it this session, and is never written to the file.
 */

export type HistoryDestination = 'file' | 'memory';

export function historyDestination(line: string, isSensitive: (line: string) => boolean): HistoryDestination {
  return isSensitive(line) ? 'memory' : 'file';
}
