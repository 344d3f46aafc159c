import type { ParameterPromptAnswers } from '@entra-shell/core';
import { describe, expect, it } from 'vitest';
import { formHeader, formLabel, startForm, submitLine, type FormState, type FormStep } from './prompt-form.js';
import type { Question } from './questions.js';

function answer(state: FormState, ...lines: string[]): { echo: string[]; step: FormStep } {
  const echo: string[] = [];
  let step: FormStep | undefined;
  let s = state;
  for (const line of lines) {
    step = submitLine(s, line);
    echo.push(...step.echo);
    if (step.kind === 'continue') s = step.state;
  }
  if (!step) throw new Error('no lines');
  return { echo, step };
}

describe('parameter prompts', () => {
  it('asks each field in turn, arrays element by element, secrets masked', () => {
    let result: ParameterPromptAnswers | undefined;
    const question: Question = {
      kind: 'parameters',
      request: {
        caption: 'cmdlet Connect-EntraID at command pipeline position 1',
        message: 'Supply values for the following parameters:',
        fields: [
          { name: 'Tenant', typeName: 'String', isArray: false, secret: false },
          { name: 'Scopes', typeName: 'String[]', isArray: true, secret: false },
          { name: 'ClientSecret', typeName: 'String', isArray: false, secret: true },
        ],
      },
      resolve: (a) => (result = a),
      reject: () => undefined,
    };
    const state = startForm(question);
    expect(formHeader(question)).toEqual(['cmdlet Connect-EntraID at command pipeline position 1', 'Supply values for the following parameters:']);
    expect(formLabel(state)).toBe('Tenant: ');
    const { echo, step } = answer(state, 'contoso.onmicrosoft.com', 'User.Read.All', 'Mail.Send', '', 'abc');
    expect(echo).toEqual(['Tenant: contoso.onmicrosoft.com', 'Scopes[0]: User.Read.All', 'Scopes[1]: Mail.Send', 'Scopes[2]: ', 'ClientSecret: ***']);
    expect(step.kind).toBe('done');
    if (step.kind === 'done') step.settle();
    expect(result).toEqual({ Tenant: 'contoso.onmicrosoft.com', Scopes: ['User.Read.All', 'Mail.Send'], ClientSecret: 'abc' });
  });

  it('leaves a field out when the answer is empty', () => {
    let result: ParameterPromptAnswers | undefined;
    const question: Question = {
      kind: 'parameters',
      request: { caption: 'c', message: 'm', fields: [{ name: 'Identity', typeName: 'String', isArray: false, secret: false }] },
      resolve: (a) => (result = a),
      reject: () => undefined,
    };
    const { step } = answer(startForm(question), '');
    if (step.kind === 'done') step.settle();
    expect(result).toEqual({});
  });
});

describe('confirm prompts', () => {
  const choices = [
    { label: '&Yes', helpMessage: 'Continue with only the next step of the operation.' },
    { label: 'Yes to &All' },
    { label: '&No' },
    { label: 'No to A&ll' },
  ];
  function confirm(onAnswer: (n: number) => void): Question {
    return { kind: 'confirm', caption: 'Confirm', message: 'Are you sure you want to perform this action?', choices, defaultChoice: 0, resolve: onAnswer, reject: () => undefined };
  }

  it('shows the choices with hot keys and the default', () => {
    expect(formLabel(startForm(confirm(() => undefined)))).toBe('[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is "Y"): ');
  });

  it('takes a hot key, Enter for the default, and re-asks after ? or nonsense', () => {
    const answers: number[] = [];
    for (const [lines, expected] of [[['n'], 2], [[''], 0], [['?', 'zz', 'l'], 3], [['a'], 1]] as const) {
      const { step, echo } = answer(startForm(confirm((n) => answers.push(n))), ...lines);
      if (step.kind === 'done') step.settle();
      expect(answers.at(-1)).toBe(expected);
      if (lines[0] === '?') expect(echo).toContain('Y - Continue with only the next step of the operation.');
    }
  });
});

describe('line prompts', () => {
  it('masks Read-Host -AsSecureString input in the echo', () => {
    let value = '';
    const { echo, step } = answer(startForm({ kind: 'line', prompt: 'Password', secret: true, resolve: (s) => (value = s), reject: () => undefined }), 'p@ss');
    if (step.kind === 'done') step.settle();
    expect(echo).toEqual(['Password: ****']);
    expect(value).toBe('p@ss');
  });

  it('shows no label for Read-Host without -Prompt', () => {
    const state = startForm({ kind: 'line', prompt: '', secret: false, resolve: () => undefined, reject: () => undefined });
    expect(formLabel(state)).toBe('');
    expect(answer(state, 'typed').echo).toEqual(['typed']);
  });
});
