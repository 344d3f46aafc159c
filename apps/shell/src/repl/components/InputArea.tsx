/**
 * The live input: prompt and coloured buffer (or the Ctrl+R search line), the inline prediction,
 * the completion menu when it is open, and the real terminal cursor where the edit point is.
 */
import { Text, useCursor } from 'ink';
import type { ReplBackend } from '../../backend/types.js';
import { displayWidth } from '../../render/display-width.js';
import { renderInputLines } from '../../render/input-lines.js';
import type { Completion } from '../hooks/useCompletion.js';
import type { History } from '../hooks/useHistory.js';
import type { LineEditor } from '../hooks/useLineEditor.js';
import { usePrediction } from '../hooks/usePrediction.js';
import { useStore } from '../state/store.js';
import { CompletionMenu } from './CompletionMenu.js';

export interface InputAreaProps {
  readonly prompt: string;
  readonly editor: LineEditor;
  readonly history: History;
  readonly completion: Completion;
  readonly backend: ReplBackend | undefined;
  readonly color: boolean;
  readonly width: number;
}

export function InputArea({ prompt, editor, history, completion, backend, color, width }: InputAreaProps) {
  const { setCursorPosition } = useCursor();
  const buffer = useStore(editor.store);
  const entries = useStore(history.entries);
  const search = useStore(history.search);
  const menu = useStore(completion.state);
  const prediction = usePrediction(entries, buffer, search === null && menu === null);

  if (search) {
    const match = search.match !== null ? (entries[search.match] ?? '') : '';
    const shown = renderInputLines({ prompt, text: match, cursor: match.length, spans: backend?.highlight(match) ?? [], prediction: '', color, columns: width });
    const searchLine = `${search.failed ? 'failing ' : ''}bck-i-search: ${search.query}`;
    setCursorPosition({ x: Math.min(displayWidth(searchLine), width - 1), y: shown.lines.length });
    return <Text>{[...shown.lines, searchLine].join('\n')}</Text>;
  }

  const rendered = renderInputLines({ prompt, text: buffer.text, cursor: buffer.cursor, spans: backend?.highlight(buffer.text) ?? [], prediction, color, columns: width });
  setCursorPosition(rendered.cursor);
  return (
    <>
      <Text>{rendered.lines.join('\n')}</Text>
      {menu?.menu ? <CompletionMenu items={menu.result.items} selected={menu.index} width={width} /> : null}
    </>
  );
}
