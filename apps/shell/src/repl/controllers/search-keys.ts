/** Keys during Ctrl+R: typing narrows, Ctrl+R goes older, Enter runs the match, Escape restores the line. */
import type { InputEvent } from '../../keys/decoder.js';
import type { KeyContext } from './context.js';
import { handleEditorEvent } from './editor-keys.js';

export function handleSearchEvent(event: InputEvent, ctx: KeyContext): void {
  const { history, editor } = ctx;
  const search = history.search.get();
  if (!search) return;
  if (event.kind !== 'key') {
    history.setSearchQuery(search.query + event.text.replace(/\n/g, ' '));
    return;
  }
  if (event.name === 'backspace') {
    history.setSearchQuery(search.query.slice(0, -1));
    return;
  }
  if (event.ctrl && event.name === 'r') {
    history.searchOlder();
    return;
  }
  if ((event.ctrl && event.name === 'g') || event.name === 'escape') {
    editor.setText(history.cancelSearch());
    return;
  }
  if (event.ctrl && event.name === 'c') {
    history.cancelSearch();
    ctx.abandonLine();
    return;
  }
  // Any other key ends the search with the match in the buffer, then does its usual job.
  const match = history.endSearch();
  if (match !== undefined) editor.setText(match);
  handleEditorEvent(event, ctx);
}
