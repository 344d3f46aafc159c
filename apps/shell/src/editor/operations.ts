/** The editing commands of the keymap that are plain buffer transformations. */
import type { EditorCommand } from '../keys/keymap.js';
import {
  deleteBackward,
  deleteForward,
  killToLineEnd,
  killToLineStart,
  killWhitespaceWordBackward,
  killWordBackward,
  killWordForward,
  moveEnd,
  moveHome,
  moveLeft,
  moveRight,
  moveWordLeft,
  moveWordRight,
  type Buffer,
} from './buffer.js';

export const BUFFER_OPERATIONS: Partial<Readonly<Record<EditorCommand, (b: Buffer) => Buffer>>> = {
  'backward-char': moveLeft,
  'forward-char': moveRight,
  'beginning-of-line': moveHome,
  'end-of-line': moveEnd,
  'backward-word': moveWordLeft,
  'forward-word': moveWordRight,
  'backward-delete-char': deleteBackward,
  'delete-char': deleteForward,
  'kill-line': killToLineEnd,
  'backward-kill-line': killToLineStart,
  'unix-word-rubout': killWhitespaceWordBackward,
  'backward-kill-word': killWordBackward,
  'kill-word': killWordForward,
};
