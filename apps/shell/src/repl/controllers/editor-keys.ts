/** Keys at the prompt (not running, not searching, no question pending): the keymap's commands. */
import { cursorLine, moveVertical } from '../../editor/buffer.js';
import type { InputEvent } from '../../keys/decoder.js';
import { commandFor, type EditorCommand } from '../../keys/keymap.js';
import type { KeyContext } from './context.js';

/** Keys that move within the open completion menu instead of their usual command. */
const MENU_KEYS: Readonly<Record<string, 1 | -1>> = { tab: 1, down: 1, right: 1, up: -1, left: -1 };

export function handleEditorEvent(event: InputEvent, ctx: KeyContext): void {
  const { editor, history, completion } = ctx;
  if (event.kind === 'text' || event.kind === 'paste') {
    const menuOpen = completion.state.get()?.menu === true;
    editor.insert(event.text);
    history.resetNavigation();
    if (menuOpen && event.kind === 'text') completion.refineSoon();
    else completion.cancel();
    return;
  }

  const menu = completion.state.get();
  if (menu?.menu) {
    const move = event.shift && event.name === 'tab' ? -1 : !event.ctrl && !event.meta ? MENU_KEYS[event.name] : undefined;
    if (move) {
      void completion.cycle(move);
      return;
    }
    if (event.name === 'return' && !event.meta) {
      completion.acceptMenu();
      return;
    }
    if (event.name === 'escape') {
      completion.revert();
      return;
    }
  }

  const command = commandFor(event);
  if (!command) return;
  runCommand(command, ctx);
}

function runCommand(command: EditorCommand, ctx: KeyContext): void {
  const { editor, history, completion } = ctx;
  switch (command) {
    case 'complete':
      void completion.cycle(1);
      return;
    case 'complete-backward':
      void completion.cycle(-1);
      return;
    case 'possible-completions':
      void completion.openMenu();
      return;
  }
  completion.cancel();
  switch (command) {
    case 'accept-line':
      ctx.accept();
      return;
    case 'insert-newline':
      editor.insert('\n');
      return;
    case 'forward-char':
    case 'end-of-line': {
      const b = editor.buffer;
      const prediction = ctx.prediction();
      if (prediction && b.cursor === b.text.length) editor.insert(prediction);
      else editor.apply(command);
      return;
    }
    case 'previous-history':
    case 'next-history': {
      const b = editor.buffer;
      const { line, lines } = cursorLine(b);
      const up = command === 'previous-history';
      // Inside multi-line input the arrows move between its lines first.
      if (up ? line > 0 : line < lines - 1) {
        editor.setBuffer(moveVertical(b, up ? -1 : 1));
        return;
      }
      history.afterLoad(() => {
        const text = up ? history.previous(editor.buffer.text) : history.next();
        if (text !== undefined) editor.setText(text);
      });
      return;
    }
    case 'reverse-search-history':
      history.beginSearch(editor.buffer.text);
      return;
    case 'cancel':
      ctx.abandonLine();
      return;
    case 'delete-char-or-exit':
      if (editor.buffer.text === '') ctx.quit(0);
      else editor.apply('delete-char');
      return;
    case 'clear-screen':
      ctx.clearScreen();
      return;
    case 'revert-line':
      editor.clear();
      history.resetNavigation();
      return;
    default:
      if (editor.apply(command)) history.resetNavigation();
  }
}
