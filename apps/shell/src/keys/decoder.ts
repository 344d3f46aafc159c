/**
 * Turns raw terminal input into key presses, text and pastes.
 *
 * Why not Ink's useInput: it reports Backspace (0x7f) and Delete (ESC[3~) identically and loses
 * bracketed paste, Ctrl+Space and modified arrows; a PSReadLine-quality editor needs all of them.
 * The decoder is a small state machine so a paste or an escape sequence split across reads still
 * decodes correctly.
 */

export type KeyName =
  | 'return'
  | 'tab'
  | 'backspace'
  | 'delete'
  | 'escape'
  | 'space'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'pageup'
  | 'pagedown'
  | 'insert'
  /** A letter with Ctrl or Alt, e.g. Ctrl+A → { name: 'a', ctrl: true }. */
  | (string & { readonly __letter?: never });

export interface KeyPress {
  readonly kind: 'key';
  readonly name: KeyName;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
}

export type InputEvent = KeyPress | { readonly kind: 'text'; readonly text: string } | { readonly kind: 'paste'; readonly text: string };

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

function key(name: KeyName, mods: Partial<Pick<KeyPress, 'ctrl' | 'meta' | 'shift'>> = {}): KeyPress {
  return { kind: 'key', name, ctrl: mods.ctrl ?? false, meta: mods.meta ?? false, shift: mods.shift ?? false };
}

/** Final byte (or `n~` number) of a CSI/SS3 sequence → key name. */
const CSI_FINAL: Readonly<Record<string, KeyName>> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
const CSI_TILDE: Readonly<Record<string, KeyName>> = {
  '1': 'home',
  '2': 'insert',
  '3': 'delete',
  '4': 'end',
  '5': 'pageup',
  '6': 'pagedown',
  '7': 'home',
  '8': 'end',
};

/** xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4). */
function modifiers(param: string | undefined): Pick<KeyPress, 'ctrl' | 'meta' | 'shift'> {
  const m = Math.max(0, Number(param ?? '1') - 1);
  return { shift: (m & 1) !== 0, meta: (m & 2) !== 0, ctrl: (m & 4) !== 0 };
}

/** Parses one escape sequence at the start of `s`; returns its event (or null to ignore) and length, or 'pending'. */
function parseEscape(s: string): { event: InputEvent | null; length: number } | 'pending' {
  if (s.length === 1) return { event: key('escape'), length: 1 };
  const second = s[1] ?? '';
  if (second === '[' || second === 'O') {
    // CSI: ESC [ params intermediates final. SS3: ESC O final.
    let i = 2;
    while (i < s.length && /[0-9;?<>=]/.test(s[i] ?? '')) i++;
    if (i >= s.length) return 'pending';
    const final = s[i] ?? '';
    const params = s.slice(2, i).split(';');
    const length = i + 1;
    if (final === '~') {
      const name = CSI_TILDE[params[0] ?? ''];
      return { event: name ? key(name, modifiers(params[1])) : null, length };
    }
    if (final === 'Z') return { event: key('tab', { shift: true }), length };
    const name = CSI_FINAL[final];
    return { event: name ? key(name, modifiers(params.length > 1 ? params[1] : undefined)) : null, length };
  }
  // ESC followed by a key is Alt+key (meta).
  if (second === '\x1b') {
    const inner = parseEscape(s.slice(1));
    if (inner === 'pending') return 'pending';
    const ev = inner.event;
    return { event: ev && ev.kind === 'key' ? { ...ev, meta: true } : ev, length: inner.length + 1 };
  }
  const single = decodeSingle(second);
  if (single.kind === 'key') return { event: { ...single, meta: true }, length: 2 };
  return { event: key(second.toLowerCase(), { meta: true, shift: second !== second.toLowerCase() }), length: 2 };
}

/** One non-escape character → a key press, or text. */
function decodeSingle(ch: string): InputEvent {
  const code = ch.charCodeAt(0);
  if (ch === '\r') return key('return');
  if (ch === '\n') return key('j', { ctrl: true });
  if (ch === '\t') return key('tab');
  if (ch === '\x7f' || ch === '\b') return key('backspace');
  if (ch === '\x00') return key('space', { ctrl: true });
  if (code < 0x20) return key(String.fromCharCode(code + 96), { ctrl: true });
  return { kind: 'text', text: ch };
}

export class KeyDecoder {
  #pending = '';
  #paste: string | null = null;

  /** Feeds one chunk read from the terminal; returns the events it completes. */
  feed(chunk: string): InputEvent[] {
    let s = this.#pending + chunk;
    this.#pending = '';
    const events: InputEvent[] = [];
    let text = '';
    const flushText = (): void => {
      if (text) events.push({ kind: 'text', text });
      text = '';
    };

    while (s.length > 0) {
      if (this.#paste !== null) {
        const end = s.indexOf(PASTE_END);
        if (end === -1) {
          // Keep a possible partial end marker for the next chunk.
          const keep = partialSuffix(s, PASTE_END);
          this.#paste += s.slice(0, s.length - keep);
          this.#pending = s.slice(s.length - keep);
          return events;
        }
        events.push({ kind: 'paste', text: normalizeNewlines(this.#paste + s.slice(0, end)) });
        this.#paste = null;
        s = s.slice(end + PASTE_END.length);
        continue;
      }
      if (s.startsWith(PASTE_START)) {
        flushText();
        this.#paste = '';
        s = s.slice(PASTE_START.length);
        continue;
      }
      const ch = s[0] ?? '';
      if (ch === '\x1b') {
        const parsed = parseEscape(s);
        if (parsed === 'pending') {
          flushText();
          this.#pending = s;
          return events;
        }
        flushText();
        if (parsed.event) events.push(parsed.event);
        s = s.slice(parsed.length);
        continue;
      }
      const single = decodeSingle(ch);
      if (single.kind === 'text') {
        text += ch;
      } else {
        flushText();
        events.push(single);
      }
      s = s.slice(1);
    }
    flushText();
    return coalesceUnbracketedPaste(events);
  }
}

/**
 * Without bracketed paste, a pasted multi-line block arrives as text with Return keys in between,
 * in one read. Typing never produces "text, Return, text" in a single read, so treat that shape as
 * a paste (newlines inserted, nothing run) — except a trailing Return, which is the user's Enter.
 */
function coalesceUnbracketedPaste(events: InputEvent[]): InputEvent[] {
  const returns = events.filter((e) => e.kind === 'key' && e.name === 'return' && !e.ctrl && !e.meta && !e.shift).length;
  const onlyTextAndReturns = events.every((e) => e.kind === 'text' || (e.kind === 'key' && e.name === 'return' && !e.meta && !e.ctrl));
  const last = events[events.length - 1];
  const endsWithReturn = last?.kind === 'key' && last.name === 'return';
  const innerReturns = endsWithReturn ? returns - 1 : returns;
  if (!onlyTextAndReturns || innerReturns === 0) return events;
  const body = endsWithReturn ? events.slice(0, -1) : events;
  const text = body.map((e) => (e.kind === 'text' ? e.text : '\n')).join('');
  return endsWithReturn && last ? [{ kind: 'paste', text }, last] : [{ kind: 'paste', text }];
}

function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/** Length of the longest suffix of `s` that is a proper prefix of `marker`. */
function partialSuffix(s: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, s.length); n > 0; n--) {
    if (marker.startsWith(s.slice(s.length - n))) return n;
  }
  return 0;
}
