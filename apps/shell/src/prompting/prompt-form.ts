/**
 * Answering a host question line by line, as pwsh's console host does, as a pure state machine:
 *
 *   cmdlet New-EntraIDUserTemporaryAccessPass at command pipeline position 1
 *   Supply values for the following parameters:
 *   Identity: johndoe@contoso.onmicrosoft.com
 *
 *   Confirm
 *   Are you sure you want to perform this action?
 *   [Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is "Y"): y
 *
 * Array parameters are read element by element (`Name[0]: `) until an empty line. Secret fields
 * and Read-Host -AsSecureString echo as `*`.
 */
import type { HostChoice } from '@entra-shell/core';
import type { Question } from './questions.js';

export interface FormState {
  readonly question: Question;
  /** Parameters: which field is being asked. */
  readonly fieldIndex: number;
  /** Parameters: the elements read so far for an array field. */
  readonly items: readonly string[];
  readonly answers: Readonly<Record<string, string | readonly string[]>>;
}

export type FormStep =
  | { readonly kind: 'continue'; readonly state: FormState; readonly echo: readonly string[] }
  | { readonly kind: 'done'; readonly echo: readonly string[]; readonly settle: () => void };

export function startForm(question: Question): FormState {
  return { question, fieldIndex: 0, items: [], answers: {} };
}

/** Lines printed once when the question appears (they go to the scrollback). */
export function formHeader(question: Question): string[] {
  switch (question.kind) {
    case 'parameters':
      return [question.request.caption, question.request.message];
    case 'confirm':
      return [question.caption, question.message];
    case 'line':
      return [];
  }
}

export function hotKey(choice: HostChoice): string {
  const amp = choice.label.indexOf('&');
  return (amp >= 0 ? choice.label[amp + 1] : choice.label[0])?.toUpperCase() ?? '?';
}

function plainLabel(choice: HostChoice): string {
  return choice.label.replace('&', '');
}

/** The prompt shown before the input, e.g. `Identity: ` or the confirm choices line. */
export function formLabel(state: FormState): string {
  const q = state.question;
  switch (q.kind) {
    case 'parameters': {
      const field = q.request.fields[state.fieldIndex];
      if (!field) return '';
      return field.isArray ? `${field.name}[${state.items.length}]: ` : `${field.name}: `;
    }
    case 'confirm': {
      const choices = q.choices.map((c) => `[${hotKey(c)}] ${plainLabel(c)}`).join('  ');
      const def = q.choices[q.defaultChoice];
      return `${choices}  [?] Help${def ? ` (default is "${hotKey(def)}")` : ''}: `;
    }
    case 'line':
      // Read-Host without -Prompt shows no label at all, as pwsh's console does.
      return q.prompt === '' ? '' : `${q.prompt}: `;
  }
}

export function isSecretInput(state: FormState): boolean {
  const q = state.question;
  if (q.kind === 'line') return q.secret;
  if (q.kind === 'parameters') return q.request.fields[state.fieldIndex]?.secret === true;
  return false;
}

function echoLine(state: FormState, input: string): string {
  return formLabel(state) + (isSecretInput(state) ? '*'.repeat(input.length) : input);
}

/** The user pressed Enter with `input` on the line. */
export function submitLine(state: FormState, input: string): FormStep {
  const q = state.question;
  const echo = [echoLine(state, input)];
  switch (q.kind) {
    case 'line':
      return { kind: 'done', echo, settle: () => q.resolve(input) };
    case 'confirm': {
      const answer = input.trim();
      if (answer === '') return { kind: 'done', echo, settle: () => q.resolve(q.defaultChoice) };
      if (answer === '?') {
        const help = q.choices.map((c) => `${hotKey(c)} - ${c.helpMessage ?? plainLabel(c)}`);
        return { kind: 'continue', state, echo: [...echo, ...help] };
      }
      const index = q.choices.findIndex((c) => hotKey(c) === answer.toUpperCase() || plainLabel(c).toLowerCase() === answer.toLowerCase());
      if (index < 0) return { kind: 'continue', state, echo };
      return { kind: 'done', echo, settle: () => q.resolve(index) };
    }
    case 'parameters': {
      const field = q.request.fields[state.fieldIndex];
      if (!field) return { kind: 'done', echo: [], settle: () => q.resolve(state.answers) };
      if (field.isArray && input !== '') {
        return { kind: 'continue', state: { ...state, items: [...state.items, input] }, echo };
      }
      const answers = { ...state.answers };
      if (field.isArray && state.items.length > 0) answers[field.name] = state.items;
      else if (!field.isArray && input !== '') answers[field.name] = input;
      const next: FormState = { ...state, fieldIndex: state.fieldIndex + 1, items: [], answers };
      if (next.fieldIndex >= q.request.fields.length) return { kind: 'done', echo, settle: () => q.resolve(answers) };
      return { kind: 'continue', state: next, echo };
    }
  }
}
