/**
 * ConvertFrom-Json: a small JSON reader that keeps key order, turns objects into PSCustomObjects
 * (or hashtables), ISO date-time strings into DateTime (Newtonsoft's round-trip kinds), and
 * reports errors in Newtonsoft's words with path, line and position.
 */
import { parseIsoRoundTrip } from '../values/datetime/parse.js';
import { RuntimeError } from '../values/errors.js';
import { PSHashtable, PSObject } from '../values/model.js';

export interface FromJsonOptions {
  asHashtable?: boolean;
}

class JsonReader {
  pos = 0;
  readonly path: (string | number)[] = [];

  constructor(
    readonly text: string,
    readonly options: FromJsonOptions,
  ) {}

  fail(message: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    const position = this.pos - (before.lastIndexOf('\n') + 1);
    const path = this.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    throw new RuntimeError(
      `Conversion from JSON failed with error: ${message} Path '${path}', line ${line}, position ${position}.`,
      'System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
      'ParserError',
    );
  }

  skipWhitespace(): void {
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\uFEFF') this.pos++;
      else if (ch === '/' && this.text[this.pos + 1] === '/') {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end === -1 ? this.text.length : end;
      } else if (ch === '/' && this.text[this.pos + 1] === '*') {
        const end = this.text.indexOf('*/', this.pos + 2);
        if (end === -1) this.fail('Unexpected end while parsing comment.');
        this.pos = end + 2;
      } else return;
    }
  }

  value(): unknown {
    this.skipWhitespace();
    const ch = this.text[this.pos];
    if (ch === undefined) this.fail('Unexpected end when reading JSON.');
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"' || ch === "'") {
      const s = this.string();
      return parseIsoRoundTrip(s) ?? s;
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return result;
      }
    }
    this.pos++;
    return this.fail(`Unexpected character encountered while parsing value: ${ch}.`);
  }

  number(): number {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!m) this.fail(`Input string '${this.text.slice(this.pos, this.pos + 10)}' is not a valid number.`);
    this.pos += m[0].length;
    return Number(m[0]);
  }

  string(): string {
    const quote = this.text[this.pos];
    this.pos++;
    let out = '';
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail(`Unterminated string. Expected delimiter: ${quote}.`);
      this.pos++;
      if (ch === quote) return out;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const esc = this.text[this.pos];
      this.pos++;
      const simple: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (esc !== undefined && simple[esc] !== undefined) out += simple[esc];
      else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos, this.pos + 4))) {
        out += String.fromCharCode(parseInt(this.text.slice(this.pos, this.pos + 4), 16));
        this.pos += 4;
      } else this.fail(`Bad JSON escape sequence: \\${esc ?? ''}.`);
    }
  }

  array(): unknown[] {
    this.pos++;
    const items: unknown[] = [];
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return items;
    }
    for (;;) {
      this.path.push(items.length);
      items.push(this.value());
      this.skipWhitespace();
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail('Unexpected end when reading JSON.');
      this.path.pop();
      this.pos++;
      if (ch === ']') return items;
      if (ch !== ',') this.fail(`After parsing a value an unexpected character was encountered: ${ch}.`);
    }
  }

  object(): PSObject | PSHashtable {
    this.pos++;
    const entries = new PSHashtable();
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return this.build(entries);
    }
    for (;;) {
      this.skipWhitespace();
      const ch = this.text[this.pos];
      if (ch !== '"' && ch !== "'") this.fail(`Invalid property identifier character: ${ch ?? 'end of input'}.`);
      const key = this.string();
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') this.fail(`Invalid character after parsing property name. Expected ':' but got: ${this.text[this.pos] ?? 'end of input'}.`);
      this.pos++;
      this.path.push(key);
      const value = this.value();
      this.add(entries, key, value);
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === undefined) this.fail('Unexpected end when reading JSON.');
      this.path.pop();
      this.pos++;
      if (next === '}') return this.build(entries);
      if (next !== ',') this.fail(`After parsing a value an unexpected character was encountered: ${next}.`);
    }
  }

  add(entries: PSHashtable, key: string, value: unknown): void {
    if (entries.has(key)) {
      const existing = entries.keys().find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
      if (existing === key) {
        throw new RuntimeError(
          `Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated key '${key}'.`,
          'DuplicateKeysInJsonString,Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
          'InvalidOperation',
        );
      }
      if (!this.options.asHashtable) {
        throw new RuntimeError(
          `Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '${existing}' was '${key}'.`,
          'KeysWithDifferentCasingInJsonString,Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
          'InvalidOperation',
        );
      }
    }
    entries.set(key, value);
  }

  build(entries: PSHashtable): PSObject | PSHashtable {
    return this.options.asHashtable ? entries : new PSObject(entries.entries());
  }
}

/** Parses JSON text; empty or whitespace-only text is $null. */
export function fromJson(text: string, options: FromJsonOptions = {}): unknown {
  const reader = new JsonReader(text, options);
  reader.skipWhitespace();
  if (reader.pos >= text.length) return null;
  const value = reader.value();
  reader.skipWhitespace();
  if (reader.pos < text.length) {
    reader.fail(`Additional text encountered after finished reading JSON content: ${text[reader.pos] ?? ''}.`);
  }
  return value;
}
