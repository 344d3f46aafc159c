/** Set-Variable (set): assigns a value to one or more variables, the cmdlet form of `$x = value`. */
import { arrayOf, defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { toPSString } from '../../values/stringify.js';
import { psVariableTypeName, variableRecord } from './variable-record.js';

interface SetVariableState {
  /** Whether -Value was given as an argument (otherwise it comes from the pipeline). */
  valueIsArgument: boolean;
  /** Values received from the pipeline: PowerShell assigns them all at the end, as one array. */
  piped: unknown[];
}

async function assign(names: readonly string[], value: unknown, passThru: boolean, ctx: CmdletContext): Promise<void> {
  for (const name of names) {
    if (!(await ctx.shouldProcess(`Name: ${name} Value: ${toPSString(value)}`, 'Set variable'))) continue;
    ctx.variables.set(name, value);
    if (passThru) await ctx.write(variableRecord(name, value));
  }
}

export const setVariable = defineCmdlet({
  name: 'Set-Variable',
  aliases: ['set'],
  synopsis: 'Sets the value of a variable, creating it if needed.',
  description:
    'Set-Variable assigns -Value to each variable named by -Name (without the $). When the value comes from the ' +
    'pipeline, every piped object is collected and the variable receives them all as an array (one object is ' +
    'stored as itself). -PassThru emits the variable afterwards.',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  outputType: psVariableTypeName,
  defaultDisplayProperties: ['Name', 'Value'],
  examples: [
    { code: 'Set-Variable -Name lifetime -Value 60', remarks: 'Same as $lifetime = 60.' },
    { code: 'Get-Date | Set-Variable started', remarks: 'Stores the piped DateTime in $started.' },
    { code: 'Set-Variable a,b -Value 0 -PassThru', remarks: 'Sets $a and $b to 0 and shows both.' },
  ],
  parameters: {
    Name: parameter(arrayOf(types.string), {
      mandatory: true,
      position: 0,
      fromPipeline: 'propertyName',
      help: 'The names of the variables to set, without the $.',
    }),
    Value: parameter(types.object, {
      position: 1,
      fromPipeline: 'value',
      allowNull: true,
      help: 'The value to assign.',
    }),
    PassThru: switchParameter({ help: 'Emits the variable after setting it.' }),
  },
  state: (): SetVariableState => ({ valueIsArgument: false, piped: [] }),
  begin(_args, ctx, state) {
    state.valueIsArgument = ctx.boundParameters.has('Value') || !ctx.invocation.expectingInput;
  },
  async process(args, ctx, state) {
    if (state.valueIsArgument) {
      await assign(args.Name, args.Value ?? null, args.PassThru, ctx);
      return;
    }
    state.piped.push(args.Value ?? null);
  },
  async end(args, ctx, state) {
    if (state.valueIsArgument || args.Name === undefined) return;
    const value = state.piped.length === 0 ? null : state.piped.length === 1 ? state.piped[0] : [...state.piped];
    await assign(args.Name, value, args.PassThru, ctx);
  },
});
