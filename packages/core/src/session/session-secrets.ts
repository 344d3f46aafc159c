/**
 * What a session does about secrets, in one place: its own registry of secret values and its
 * transcripts (both session services, so cmdlets reach them), the sensitive-line judgement hosts
 * ask for their history file, and the masking of every side-stream record it emits.
 */
import type { CmdletMetadata } from '../cmdlet/metadata.js';
import type { CommandRegistry } from '../cmdlet/registry.js';
import type { ServiceBag } from '../cmdlet/services.js';
import type { ScriptBlockAst } from '../language/ast.js';
import type { StreamEvent } from '../pipeline/events.js';
import type { ErrorRecord } from '../pipeline/records.js';
import { maskErrorRecord, maskStreamEvent } from '../secrets/masked-records.js';
import { SecretRegistry, secretRegistryKey } from '../secrets/secret-registry.js';
import { isSensitiveInput } from '../secrets/sensitive-input.js';
import { typedSecrets, type SecretLookup } from '../secrets/typed-secrets.js';
import { Transcripts, transcriptsKey } from '../transcript/transcripts.js';

/** The parts of the session this needs. */
export interface SecretsHost {
  readonly registry: CommandRegistry;
  readonly services: ServiceBag;
  findCommand(name: string): CmdletMetadata | undefined;
}

/** Names of secret parameters that can only be given by name: a hashtable key spelling one is being readied for a splat. */
function namedOnlySecretParameters(commands: readonly CmdletMetadata[]): Set<string> {
  const names = new Set<string>();
  for (const command of commands) {
    for (const p of command.parameters) {
      if (!p.secret || p.fromRemainingArguments || [...p.sets.values()].some((m) => m.position !== undefined))
        continue;
      for (const name of [p.name, ...p.aliases]) names.add(name.toLowerCase());
    }
  }
  return names;
}

export class SessionSecrets {
  readonly registry = new SecretRegistry();
  readonly transcripts: Transcripts;
  readonly #lookup: SecretLookup;

  constructor(session: SecretsHost) {
    for (const command of session.registry.list())
      this.registry.declareOutput(command.outputType, command.outputSecretProperties);
    // Recomputed only when commands are added to the registry.
    let names: { readonly count: number; readonly set: Set<string> } | undefined;
    this.#lookup = {
      findCommand: (name) => session.findCommand(name),
      namedOnlySecretParameters: () => {
        const commands = session.registry.list();
        if (names?.count !== commands.length)
          names = { count: commands.length, set: namedOnlySecretParameters(commands) };
        return names.set;
      },
    };
    this.transcripts = new Transcripts({
      mask: (text) => this.registry.mask(text),
      isSensitiveInput: (text) => this.isSensitiveInput(text),
    });
    session.services.set(secretRegistryKey, this.registry);
    session.services.set(transcriptsKey, this.transcripts);
  }

  isSensitiveInput(text: string): boolean {
    return isSensitiveInput(text, { ...this.#lookup, secrets: this.registry });
  }

  /** Learns the literals a script types for secret parameters, before it runs. */
  learnTyped(ast: ScriptBlockAst): void {
    for (const found of typedSecrets(ast, this.#lookup))
      if (found.literal !== undefined) this.registry.add(found.literal);
  }

  mask<E extends StreamEvent>(event: E): E {
    return maskStreamEvent(event, this.registry);
  }

  maskRecord(record: ErrorRecord): ErrorRecord {
    return maskErrorRecord(record, this.registry);
  }
}
