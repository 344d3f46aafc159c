/** Runs connection cmdlets through the real binder and pipeline runtime, without a session. */
import type { CmdletDefinition } from '../../../cmdlet/define.js';
import { SessionLocation } from '../../../cmdlet/location.js';
import { CommandRegistry } from '../../../cmdlet/registry.js';
import { ServiceBag } from '../../../cmdlet/services.js';
import type { CommandArgument } from '../../../pipeline/command-argument.js';
import type { StreamEvent } from '../../../pipeline/events.js';
import type { Host } from '../../../pipeline/host.js';
import { ScriptedHost } from '../../../pipeline/hosts.js';
import { runPipeline } from '../../../pipeline/runtime.js';
import { ConnectionSlot, connectionSlotKey, signInSettingsKey, type SignInSettings } from '../connection-slot.js';

export interface CommandRunner {
  readonly slot: ConnectionSlot;
  readonly host: ScriptedHost;
  run(name: string, args: readonly CommandArgument[]): Promise<{ output: unknown[]; events: StreamEvent[] }>;
}

export function commandRunner(commands: readonly CmdletDefinition[], host: ScriptedHost = new ScriptedHost(), signIn?: SignInSettings): CommandRunner {
  const registry = new CommandRegistry(commands);
  const slot = new ConnectionSlot();
  const services = new ServiceBag();
  services.set(connectionSlotKey, slot);
  if (signIn !== undefined) services.set(signInSettingsKey, signIn);
  const variables = new Map<string, unknown>();
  return {
    slot,
    host,
    async run(name, args) {
      const output: unknown[] = [];
      const events: StreamEvent[] = [];
      await runPipeline(
        {
          commands: [{ definition: registry.resolve(name), args }],
          output: (value) => {
            output.push(value);
            return Promise.resolve();
          },
          signal: new AbortController().signal,
        },
        {
          host: host as Host,
          services,
          variables: {
            get: (key) => variables.get(key.toLowerCase()),
            has: (key) => variables.has(key.toLowerCase()),
            set: (key, value) => void variables.set(key.toLowerCase(), value),
            remove: (key) => variables.delete(key.toLowerCase()),
            list: () => [...variables].map(([key, value]) => ({ name: key, value })),
          },
          commands: registry,
          location: new SessionLocation(),
          emit: (event) => void events.push(event),
          recordError: () => undefined,
          invokeScriptBlock: () => Promise.reject(new Error('script blocks are not used here')),
        },
      );
      return { output, events };
    },
  };
}
