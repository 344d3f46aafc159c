/**
 * Running cmdlets without a session or parser, for unit tests of cmdlets and of the runtime:
 *
 *   const { env, events } = createTestEnvironment();
 *   const { out } = await runTestPipeline([{ definition: getThing, args: [named('Top'), val(5, '5')] }], { env });
 */
import type { CmdletDefinition } from '../cmdlet/define.js';
import { SessionLocation } from '../cmdlet/location.js';
import { CommandRegistry } from '../cmdlet/registry.js';
import { ServiceBag, type ServiceEntry } from '../cmdlet/services.js';
import type { CommandArgument } from './command-argument.js';
import type { PipelineEnvironment } from './environment.js';
import type { StreamEvent } from './events.js';
import type { Host } from './host.js';
import { NonInteractiveHost } from './hosts.js';
import type { ErrorRecord } from './records.js';
import { runPipeline, type PipelineCommand, type PipelineOutcome } from './runtime.js';

export interface TestEnvironment {
  readonly env: PipelineEnvironment;
  /** Side-stream events in order. */
  readonly events: StreamEvent[];
  /** $Error, most recent first. */
  readonly errors: ErrorRecord[];
  /** Variables by lower-cased name. */
  readonly vars: Map<string, unknown>;
}

export function createTestEnvironment(
  options: { host?: Host; services?: readonly ServiceEntry[]; commands?: readonly CmdletDefinition[]; location?: SessionLocation } = {},
): TestEnvironment {
  const vars = new Map<string, unknown>();
  const events: StreamEvent[] = [];
  const errors: ErrorRecord[] = [];
  const env: PipelineEnvironment = {
    host: options.host ?? new NonInteractiveHost(),
    services: new ServiceBag(options.services ?? []),
    variables: {
      get: (name) => vars.get(name.toLowerCase()) ?? null,
      has: (name) => vars.has(name.toLowerCase()),
      set: (name, value) => void vars.set(name.toLowerCase(), value),
      remove: (name) => vars.delete(name.toLowerCase()),
      list: () => [...vars].map(([name, value]) => ({ name, value })),
    },
    commands: new CommandRegistry(options.commands ?? []),
    location: options.location ?? new SessionLocation(),
    emit: (event) => void events.push(event),
    recordError: (record) => void errors.unshift(record),
    invokeScriptBlock: () => Promise.reject(new Error('Script blocks need a session: use createSession for them.')),
  };
  return { env, events, errors, vars };
}

/** `cmd(definition, ...args)` → a PipelineCommand. */
export function command(definition: CmdletDefinition, ...args: CommandArgument[]): PipelineCommand {
  return { definition, args };
}

/** Runs the commands (with optional expression input) and collects their output. */
export async function runTestPipeline(
  commands: readonly PipelineCommand[],
  options: { input?: unknown; env?: PipelineEnvironment; signal?: AbortSignal } = {},
): Promise<{ out: unknown[]; outcome: PipelineOutcome }> {
  const out: unknown[] = [];
  const env = options.env ?? createTestEnvironment().env;
  const outcome = await runPipeline(
    {
      input: 'input' in options ? { value: options.input } : undefined,
      commands,
      output: (value) => void out.push(value),
      signal: options.signal ?? new AbortController().signal,
    },
    env,
  );
  return { out, outcome };
}
