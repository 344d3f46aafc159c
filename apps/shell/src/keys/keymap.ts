/**
 * The key → command map, PSReadLine's Emacs-flavoured defaults plus the keys people expect from
 * bash/readline. The REPL dispatches on command names only, so rebinding a key is one line here.
 */
import type { KeyPress } from './decoder.js';

export type EditorCommand =
  | 'accept-line'
  | 'insert-newline'
  | 'backward-char'
  | 'forward-char'
  | 'beginning-of-line'
  | 'end-of-line'
  | 'backward-word'
  | 'forward-word'
  | 'backward-delete-char'
  | 'delete-char-or-exit'
  | 'delete-char'
  | 'kill-line'
  | 'backward-kill-line'
  | 'unix-word-rubout'
  | 'backward-kill-word'
  | 'kill-word'
  | 'previous-history'
  | 'next-history'
  | 'reverse-search-history'
  | 'complete'
  | 'complete-backward'
  | 'possible-completions'
  | 'cancel'
  | 'clear-screen'
  | 'revert-line';

/** `ctrl+meta+shift+name`, modifiers in that order; e.g. 'ctrl+a', 'meta+b', 'shift+tab'. */
export function describeKey(k: KeyPress): string {
  return `${k.ctrl ? 'ctrl+' : ''}${k.meta ? 'meta+' : ''}${k.shift ? 'shift+' : ''}${k.name}`;
}

export const DEFAULT_KEYMAP: Readonly<Record<string, EditorCommand>> = {
  return: 'accept-line',
  'meta+return': 'insert-newline',
  'shift+return': 'insert-newline',
  left: 'backward-char',
  'ctrl+b': 'backward-char',
  right: 'forward-char',
  'ctrl+f': 'forward-char',
  home: 'beginning-of-line',
  'ctrl+a': 'beginning-of-line',
  end: 'end-of-line',
  'ctrl+e': 'end-of-line',
  'meta+b': 'backward-word',
  'ctrl+left': 'backward-word',
  'meta+left': 'backward-word',
  'meta+f': 'forward-word',
  'ctrl+right': 'forward-word',
  'meta+right': 'forward-word',
  backspace: 'backward-delete-char',
  'ctrl+h': 'backward-delete-char',
  delete: 'delete-char',
  'ctrl+d': 'delete-char-or-exit',
  'ctrl+k': 'kill-line',
  'ctrl+u': 'backward-kill-line',
  'ctrl+w': 'unix-word-rubout',
  'meta+backspace': 'backward-kill-word',
  'ctrl+backspace': 'backward-kill-word',
  'meta+d': 'kill-word',
  'ctrl+delete': 'kill-word',
  up: 'previous-history',
  'ctrl+p': 'previous-history',
  down: 'next-history',
  'ctrl+n': 'next-history',
  'ctrl+r': 'reverse-search-history',
  tab: 'complete',
  'shift+tab': 'complete-backward',
  'ctrl+space': 'possible-completions',
  'ctrl+c': 'cancel',
  'ctrl+l': 'clear-screen',
  escape: 'revert-line',
  'ctrl+g': 'revert-line',
};

export function commandFor(k: KeyPress, keymap: Readonly<Record<string, EditorCommand>> = DEFAULT_KEYMAP): EditorCommand | undefined {
  return keymap[describeKey(k)];
}
