/**
 * The line being edited, as terminal text: the prompt, the buffer coloured by token class, the
 * cursor cell in reverse video, the inline prediction in dim italics, and `>> ` before every
 * continuation line of multi-line input. Pure, so colouring is tested without a terminal.
 *
 * `color` turns token colours off (-NoColor, NO_COLOR); the cursor and the prediction keep their
 * reverse/dim attributes, without which they could not be told apart from typed text.
 */
import type { HighlightSpan } from '../backend/types.js';
import { SGR } from './ansi.js';
import { CURSOR_OFF, CURSOR_ON, PREDICTION_COLOR, TOKEN_COLORS } from './palette.js';

export interface InputView {
  readonly prompt: string;
  readonly text: string;
  readonly cursor: number;
  readonly spans: readonly HighlightSpan[];
  /** Text predicted after the end of the buffer ('' for none); shown only with the cursor at the end. */
  readonly prediction: string;
  readonly color: boolean;
  readonly showCursor: boolean;
}

export const CONTINUATION_PROMPT = '>> ';

function colorAt(spans: readonly HighlightSpan[], length: number): (string | undefined)[] {
  const colors: (string | undefined)[] = new Array<string | undefined>(length).fill(undefined);
  for (const span of spans) {
    for (let i = Math.max(0, span.start); i < Math.min(length, span.end); i++) colors[i] = TOKEN_COLORS[span.kind];
  }
  return colors;
}

export function renderInputLines(view: InputView): string[] {
  const { text, cursor } = view;
  const colors = view.color ? colorAt(view.spans, text.length) : [];
  const lines: string[] = [];
  let line = view.prompt;
  let current: string | undefined;
  const setColor = (next: string | undefined): void => {
    if (next === current) return;
    line += next ?? SGR.reset;
    current = next;
  };
  const endLine = (): void => {
    setColor(undefined);
    lines.push(line);
    line = CONTINUATION_PROMPT;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      if (view.showCursor && i === cursor) line += `${CURSOR_ON} ${CURSOR_OFF}`;
      endLine();
      continue;
    }
    setColor(colors[i]);
    line += view.showCursor && i === cursor ? `${CURSOR_ON}${ch}${CURSOR_OFF}` : ch;
  }
  setColor(undefined);
  if (cursor >= text.length) {
    const prediction = view.prediction.split('\n')[0] ?? '';
    const first = prediction.slice(0, 1) || ' ';
    const rest = prediction.slice(1);
    if (view.showCursor) line += `${CURSOR_ON}${prediction ? PREDICTION_COLOR : ''}${first}${SGR.reset}`;
    else if (prediction) line += `${PREDICTION_COLOR}${first}${SGR.reset}`;
    if (rest) line += `${PREDICTION_COLOR}${rest}${SGR.reset}`;
  }
  lines.push(line);
  return lines;
}
