/**
 * The shared shape of Write-Verbose, Write-Warning and Write-Debug: one mandatory -Message (alias -Msg,
 * positional, from the pipeline, empty allowed) sent to one side stream. Each cmdlet keeps its own module
 * and help text; only the parameter declaration and the process step live here.
 */
import { defineCmdlet, parameter, types, type CmdletContext, type CmdletDefinition, type CmdletExample } from '../../cmdlet/index.js';

export interface MessageStreamCmdlet {
  readonly name: string;
  readonly synopsis: string;
  readonly description: string;
  readonly examples: readonly CmdletExample[];
  /** Help text of the -Message parameter. */
  readonly messageHelp: string;
  /** Sends one message to the cmdlet's stream; a promise only when the stream's writer returns one. */
  readonly write: (ctx: CmdletContext, message: string) => void | Promise<void>;
}

export function defineMessageStreamCmdlet({ name, synopsis, description, examples, messageHelp, write }: MessageStreamCmdlet): CmdletDefinition {
  return defineCmdlet({
    name,
    synopsis,
    description,
    examples,
    parameters: {
      Message: parameter(types.string, {
        mandatory: true,
        position: 0,
        fromPipeline: 'value',
        aliases: ['Msg'],
        allowEmptyString: true,
        help: messageHelp,
      }),
    },
    process({ Message }, ctx) {
      return write(ctx, Message);
    },
  });
}
