/** Everything the key controllers act on; App builds it once. */
import type { Completion } from '../hooks/useCompletion.js';
import type { History } from '../hooks/useHistory.js';
import type { LineEditor } from '../hooks/useLineEditor.js';

export interface KeyContext {
  readonly editor: LineEditor;
  readonly history: History;
  readonly completion: Completion;
  /** The inline prediction currently shown ('' for none). */
  prediction(): string;
  /** Enter on the current buffer: run it, or continue on a `>> ` line when incomplete. */
  accept(): void;
  /** Ctrl+C at the prompt: show the abandoned line with ^C and start afresh. */
  abandonLine(): void;
  quit(code: number): void;
  clearScreen(): void;
}
