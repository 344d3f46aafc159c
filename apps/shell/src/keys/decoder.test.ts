import { describe, expect, it } from 'vitest';
import { KeyDecoder, type InputEvent } from './decoder.js';
import { commandFor, describeKey } from './keymap.js';

function decode(...chunks: string[]): InputEvent[] {
  const d = new KeyDecoder();
  return chunks.flatMap((c) => d.feed(c));
}

function names(...chunks: string[]): string[] {
  return decode(...chunks).map((e) => (e.kind === 'key' ? describeKey(e) : `${e.kind}:${e.text}`));
}

describe('KeyDecoder', () => {
  it('decodes text runs and control keys', () => {
    expect(names('Get-Date')).toEqual(['text:Get-Date']);
    expect(names('ab\x01')).toEqual(['text:ab', 'ctrl+a']);
    expect(names('\r')).toEqual(['return']);
    expect(names('\t')).toEqual(['tab']);
    expect(names('\x00')).toEqual(['ctrl+space']);
    expect(names('\x03')).toEqual(['ctrl+c']);
  });

  it('tells Backspace (0x7f, ^H) from Delete (ESC[3~)', () => {
    expect(names('\x7f')).toEqual(['backspace']);
    expect(names('\b')).toEqual(['backspace']);
    expect(names('\x1b[3~')).toEqual(['delete']);
    expect(names('\x1b\x7f')).toEqual(['meta+backspace']);
  });

  it('decodes arrows, Home/End and their modified forms', () => {
    expect(names('\x1b[A\x1b[B\x1b[C\x1b[D')).toEqual(['up', 'down', 'right', 'left']);
    expect(names('\x1bOA')).toEqual(['up']);
    expect(names('\x1b[H', '\x1b[F', '\x1b[1~', '\x1b[4~', '\x1bOH')).toEqual(['home', 'end', 'home', 'end', 'home']);
    expect(names('\x1b[1;5D', '\x1b[1;5C', '\x1b[1;3D')).toEqual(['ctrl+left', 'ctrl+right', 'meta+left']);
    expect(names('\x1b[Z')).toEqual(['shift+tab']);
  });

  it('decodes Alt+letter and a lone Escape', () => {
    expect(names('\x1bb', '\x1bf', '\x1bd')).toEqual(['meta+b', 'meta+f', 'meta+d']);
    expect(names('\x1b')).toEqual(['escape']);
    expect(names('\x1b\r')).toEqual(['meta+return']);
  });

  it('joins an escape sequence split across reads', () => {
    expect(names('\x1b[', '1;5D')).toEqual(['ctrl+left']);
  });

  it('delivers a bracketed paste as one event with newlines, even across reads', () => {
    expect(names('\x1b[200~line1\r\nline2\x1b[201~')).toEqual(['paste:line1\nline2']);
    expect(names('\x1b[200~a\rb', 'c\x1b[20', '1~x')).toEqual(['paste:a\nbc', 'text:x']);
    const long = 'x'.repeat(10_000);
    expect(names(`\x1b[200~${long}\x1b[201~`)).toEqual([`paste:${long}`]);
  });

  it('treats an unbracketed multi-line read as a paste, keeping a final Enter', () => {
    expect(names('a\rb\r')).toEqual(['paste:a\nb', 'return']);
    expect(names('a\rb')).toEqual(['paste:a\nb']);
    expect(names('Get-Date\r')).toEqual(['text:Get-Date', 'return']);
  });
});

describe('keymap', () => {
  it('binds the PSReadLine/readline keys to commands', () => {
    const cmd = (chunk: string): string | undefined => {
      const [e] = decode(chunk);
      return e?.kind === 'key' ? commandFor(e) : undefined;
    };
    expect(cmd('\x01')).toBe('beginning-of-line');
    expect(cmd('\x05')).toBe('end-of-line');
    expect(cmd('\x0b')).toBe('kill-line');
    expect(cmd('\x15')).toBe('backward-kill-line');
    expect(cmd('\x17')).toBe('unix-word-rubout');
    expect(cmd('\x1bb')).toBe('backward-word');
    expect(cmd('\x1b[1;5C')).toBe('forward-word');
    expect(cmd('\x12')).toBe('reverse-search-history');
    expect(cmd('\t')).toBe('complete');
    expect(cmd('\x1b[Z')).toBe('complete-backward');
    expect(cmd('\x00')).toBe('possible-completions');
    expect(cmd('\x03')).toBe('cancel');
    expect(cmd('\x04')).toBe('delete-char-or-exit');
    expect(cmd('\x0c')).toBe('clear-screen');
  });
});
