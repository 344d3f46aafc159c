/**
 * The live input: prompt and coloured buffer (or the Ctrl+R search line), the inline prediction,
 * and the completion menu when it is open.
 */
import { Text } from 'ink';
import type { ReplBackend } from '../../backend/types.js';
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
  const buffer = useStore(editor.store);
  const entries = useStore(history.entries);
  const search = useStore(history.search);
  const menu = useStore(completion.state);
  const prediction = usePrediction(entries, buffer, search === null && menu === null);

  if (search) {
    const match = search.match !== null ? (entries[search.match] ?? '') : '';
    const lines = renderInputLines({ prompt, text: match, cursor: match.length, spans: backend?.highlight(match) ?? [], prediction: '', color, showCursor: false });
    return <Text>{[...lines, `${search.failed ? 'failing ' : ''}bck-i-search: ${search.query}\x1b[7m \x1b[27m`].join('\n')}</Text>;
  }

  const lines = renderInputLines({
    prompt,
    text: buffer.text,
    cursor: buffer.cursor,
    spans: backend?.highlight(buffer.text) ?? [],
    prediction,
    color,
    showCursor: true,
  });
  return (
    <>
      <Text>{lines.join('\n')}</Text>
      {menu?.menu ? <CompletionMenu items={menu.result.items} selected={menu.index} width={width} /> : null}
    </>
  );
}
