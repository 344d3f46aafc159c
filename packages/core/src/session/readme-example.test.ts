// The example from packages/core/README.md, kept runnable: if this test breaks, fix the README too.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  collect,
  createSession,
  defineCmdlet,
  defineParameterType,
  memoryEnvironment,
  parameter,
  provide,
  ScriptedHost,
  serviceKey,
  switchParameter,
  types,
} from '../index.js';

// A service the Graph layer would provide; cmdlets read it through ctx.services.
interface Greeter {
  greet(name: string): string;
}
const greeterKey = serviceKey<Greeter>('example.greeter');

// A custom parameter type: accepts a string, rejects anything else (so objects bind by property name).
class UserRef {
  constructor(readonly upn: string) {}
}
const userRef = defineParameterType({
  name: 'UserRef',
  schema: v.instance(UserRef),
  convert: (value) => {
    if (typeof value !== 'string') throw new Error('not a user');
    return new UserRef(value);
  },
});

const sendGreeting = defineCmdlet({
  name: 'Send-Greeting',
  synopsis: 'Greets users.',
  supportsShouldProcess: true,
  parameters: {
    User: parameter(userRef, { mandatory: true, position: 0, fromPipeline: 'both', aliases: ['UserPrincipalName'] }),
    Times: parameter(types.int32, { default: 1, validate: { range: [1, 3] } }),
    Loud: switchParameter(),
  },
  async process({ User, Times, Loud }, ctx) {
    // User: UserRef, Times: number, Loud: boolean — inferred from the declaration.
    if (!(await ctx.shouldProcess(User.upn, 'Send greeting'))) return;
    const text = ctx.services.require(greeterKey).greet(User.upn);
    ctx.writeVerbose(`greeting ${User.upn}`);
    for (let i = 0; i < Times; i++) await ctx.write(Loud ? text.toUpperCase() : text);
  },
});

describe('README example', () => {
  it('runs', async () => {
    const session = createSession({
      host: new ScriptedHost({ interactive: false }),
      commands: [sendGreeting],
      services: [provide(greeterKey, { greet: (name) => `Hello ${name}` })],
      environment: memoryEnvironment(),
    });

    const run = await collect(session.run(`
      Send-Greeting ada@contoso.com -Times 2
      [pscustomobject]@{ UserPrincipalName = 'bob@contoso.com' } | Send-Greeting -Loud -Verbose
      Send-Greeting eve@contoso.com -WhatIf
      Send-Greeting -Times 9 x@contoso.com
    `));

    expect(run.output).toEqual(['Hello ada@contoso.com', 'Hello ada@contoso.com', 'HELLO BOB@CONTOSO.COM']);
    expect(run.verbose).toEqual([{ message: 'Performing the operation "Send greeting" on target "bob@contoso.com".' }, { message: 'greeting bob@contoso.com' }]);
    expect(run.information[0]?.hostText).toBe('What if: Performing the operation "Send greeting" on target "eve@contoso.com".');
    expect(run.errors.map((e) => e.message)).toEqual([
      "Cannot validate argument on parameter 'Times'. The 9 argument is greater than the maximum allowed range of 3. Supply an argument that is less than or equal to 3 and then try the command again.",
    ]);
    expect(run.result).toEqual({ type: 'result', hadErrors: true, cancelled: false });
  });
});
