/**
 * Secrets typed into a line, found by meaning rather than by spelling:
 *   - a literal that binds to a secret parameter, by the binder's rules (prefixes and aliases:
 *     `Connect-EntraID -Acce 'eyJ...'`; the colon form; positions: `ConvertTo-SecureString 'pw'`;
 *     a hashtable splatted in the same line; a literal piped into a parameter that takes
 *     pipeline input: `'pw' | ConvertTo-SecureString -AsPlainText`);
 *   - a credential built from literal text: `[pscredential]::new('admin', 'pw')`,
 *     `New-Object System.Net.NetworkCredential('', 'pw')`;
 *   - a hashtable key naming a parameter that is secret and can only be given by name
 *     (`@{ ClientSecret = 'abc' }`, ready to splat later);
 *   - a string that looks like a Temporary Access Pass assigned to a variable (`$tap = 'kP5v#Wq2'`).
 * Each finding carries the literal text when there is one, so the session can recognise it later.
 */
import { staticBinding, type StaticWord } from '../cmdlet/binder/static-binding.js';
import type { CmdletMetadata } from '../cmdlet/metadata.js';
import type {
  CommandAst,
  ExpressionAst,
  HashtableLiteralAst,
  PipelineAst,
  ScriptBlockAst,
  StatementAst,
} from '../language/ast.js';
import { looksLikePass } from './token-shapes.js';
import { allNodes, holdsLiteral, literalText, soleExpression, type Node } from './syntax.js';

export interface SecretLookup {
  /** A command by name or alias, as the session resolves it (alias, function, cmdlet). */
  findCommand(name: string): CmdletMetadata | undefined;
  /** Lower-case names and aliases of the secret parameters that can only be given by name. */
  namedOnlySecretParameters(): ReadonlySet<string>;
}

export interface TypedSecret {
  /** What makes it a secret, for tests and diagnostics (never the value). */
  readonly why: string;
  /**
   * The literal as typed, when the secret is one literal and surely a secret (not one that only
   * may reach a secret parameter, through an ambiguous prefix or a position shared between sets).
   */
  readonly literal?: string;
}

const CREDENTIAL_TYPES = new Set([
  'pscredential',
  'management.automation.pscredential',
  'system.management.automation.pscredential',
  'networkcredential',
  'net.networkcredential',
  'system.net.networkcredential',
]);

export function typedSecrets(ast: ScriptBlockAst, lookup: SecretLookup): TypedSecret[] {
  const found: TypedSecret[] = [];
  const report = (why: string, node: Node, certain = true): void => {
    const literal = certain ? literalText(node) : undefined;
    found.push(literal === undefined ? { why } : { why, literal });
  };
  const nodes = [...allNodes(ast)];
  for (const node of nodes) {
    switch (node.type) {
      case 'Pipeline':
        pipedSecrets(node, lookup, report);
        break;
      case 'Command':
        commandSecrets(node, nodes, lookup, report);
        break;
      case 'InvokeMember':
        // [pscredential]::new('admin', 'pw'): the password is the second argument.
        if (
          node.static &&
          node.name?.toLowerCase() === 'new' &&
          node.target.type === 'TypeExpression' &&
          CREDENTIAL_TYPES.has(node.target.typeName.name.toLowerCase())
        ) {
          const password = node.arguments[1];
          if (password && holdsLiteral(password))
            report(`a ${node.target.typeName.name} built from literal text`, password);
        }
        break;
      case 'HashtableLiteral':
        hashtableSecrets(node, lookup, report);
        break;
      case 'Assignment': {
        const value = unwrapCasts(soleExpression(node.value));
        if (node.operator === '=' && value?.type === 'StringConstant' && looksLikePass(value.value))
          report('a pass-like string assigned to a variable', value);
        break;
      }
    }
  }
  return found;
}

function unwrapCasts(node: ExpressionAst | undefined): ExpressionAst | undefined {
  let current = node;
  while (current?.type === 'Convert') current = current.child;
  return current;
}

type Report = (why: string, node: Node, certain?: boolean) => void;

/** A word of the command line and the node holding its value. */
interface Word {
  readonly word: StaticWord;
  readonly value?: Node;
}

function commandSecrets(
  command: CommandAst,
  nodes: readonly Node[],
  lookup: SecretLookup,
  report: Report,
): void {
  if (command.name === undefined) return;
  // By name: the credential types are .NET's, whichever New-Object the session has.
  if (command.name.toLowerCase() === 'new-object') {
    newObjectSecrets(command, report);
    return;
  }
  const metadata = lookup.findCommand(command.name);
  if (metadata === undefined) return;
  if (!metadata.parameters.some((p) => p.secret)) return;
  const words = commandWords(command, nodes);
  for (const [index, parameters] of staticBinding(
    metadata,
    words.map((w) => w.word),
  )) {
    const secret = parameters.find((p) => p.secret);
    const value = words[index]?.value;
    // A `-foo` taken as the value of the parameter before it is literal text too.
    if (secret && value && (value.type === 'CommandParameter' || holdsLiteral(value)))
      report(
        `-${secret.name} of ${metadata.name}`,
        value,
        parameters.every((p) => p.secret),
      );
  }
}

/** The command's words for the static binder; a splat of a hashtable or array written in the same line is expanded. */
function commandWords(command: CommandAst, nodes: readonly Node[]): Word[] {
  const words: Word[] = [];
  for (const element of command.elements) {
    if (element.type === 'CommandParameter') {
      words.push({
        word: { kind: 'parameter', name: element.name, colon: element.colonArgument !== undefined },
        value: element.colonArgument ?? element,
      });
    } else if (element.type === 'Splat') {
      words.push(...splatWords(element.variableName, nodes));
    } else {
      words.push({ word: { kind: 'value' }, value: element });
    }
  }
  return words;
}

function splatWords(variableName: string, nodes: readonly Node[]): Word[] {
  const assigned = nodes.flatMap((node) => {
    if (
      node.type !== 'Assignment' ||
      node.target.type !== 'Variable' ||
      node.target.name.toLowerCase() !== variableName.toLowerCase()
    )
      return [];
    const value = soleExpression(node.value);
    return value ? [value] : [];
  });
  const value = assigned[assigned.length - 1];
  if (value?.type === 'HashtableLiteral') {
    return value.pairs.flatMap((pair): Word[] => {
      const key = literalText(pair.key);
      return key === undefined
        ? []
        : [{ word: { kind: 'parameter', name: key, colon: true }, value: statementValue(pair.value) }];
    });
  }
  if (value?.type === 'ArrayLiteral')
    return value.elements.map((element) => ({ word: { kind: 'value' }, value: element }));
  return [];
}

/** The node a statement's value is made of: its sole expression, else the statement itself. */
function statementValue(statement: StatementAst): Node {
  return soleExpression(statement) ?? statement;
}

/** `'pw' | ConvertTo-SecureString -AsPlainText`: a literal first element flows into parameters taking pipeline input. */
function pipedSecrets(pipeline: PipelineAst, lookup: SecretLookup, report: Report): void {
  const [first, second] = pipeline.elements;
  if (
    !first ||
    !second ||
    first.type === 'Command' ||
    second.type !== 'Command' ||
    !holdsLiteral(first) ||
    second.name === undefined
  )
    return;
  const metadata = lookup.findCommand(second.name);
  const secret = metadata?.parameters.find(
    (p) => p.secret && [...p.sets.values()].some((m) => m.byValue || m.byPropertyName),
  );
  if (metadata && secret) report(`input piped to -${secret.name} of ${metadata.name}`, first);
}

/** `New-Object PSCredential('admin', 'pw')`, `New-Object -TypeName ... -ArgumentList 'admin', 'pw'`. */
function newObjectSecrets(command: CommandAst, report: Report): void {
  const typeName = command.elements
    .map((e) => (e.type === 'CommandParameter' ? undefined : literalText(e)))
    .find((t) => t !== undefined);
  if (typeName === undefined || !CREDENTIAL_TYPES.has(typeName.toLowerCase())) return;
  for (const element of command.elements) {
    const list = argumentList(
      element.type === 'CommandParameter'
        ? element.colonArgument
        : element.type === 'Splat'
          ? undefined
          : element,
    );
    const password = list?.[1];
    if (password && holdsLiteral(password)) report(`a ${typeName} built from literal text`, password);
  }
}

function argumentList(node: ExpressionAst | undefined): readonly ExpressionAst[] | undefined {
  if (node?.type === 'ArrayLiteral') return node.elements;
  if (node?.type === 'Paren') return argumentList(soleExpression(node.pipeline));
  return undefined;
}

function hashtableSecrets(table: HashtableLiteralAst, lookup: SecretLookup, report: Report): void {
  const names = lookup.namedOnlySecretParameters();
  for (const pair of table.pairs) {
    const key = literalText(pair.key);
    const value = statementValue(pair.value);
    if (key !== undefined && names.has(key.toLowerCase()) && holdsLiteral(value))
      report(`a ${key} key`, value);
  }
}
