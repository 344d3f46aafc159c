/**
 * PSReadLine's default token colours ($PSReadLineOptions.Colors), as SGR sequences, so the line
 * being typed looks exactly as it does in pwsh.
 */
import type { HighlightKind } from '../backend/types.js';

export const TOKEN_COLORS: Readonly<Record<HighlightKind, string>> = {
  command: '\x1b[93m',
  parameter: '\x1b[90m',
  string: '\x1b[36m',
  variable: '\x1b[92m',
  number: '\x1b[97m',
  comment: '\x1b[32m',
  operator: '\x1b[90m',
  keyword: '\x1b[92m',
  member: '\x1b[37m',
  type: '\x1b[37m',
  error: '\x1b[91m',
  default: '\x1b[37m',
};

/** PSReadLine's InlinePredictionColor: dim italic. */
export const PREDICTION_COLOR = '\x1b[2;3m';
