/**
 * Parameter types: how an argument becomes the value a cmdlet receives.
 *
 * Each type carries the PowerShell names used in help and messages, a valibot schema that says
 * what a converted value looks like (the binder also uses it to tell an "exact" pipeline match
 * from one that needs conversion), and a converter that applies PowerShell's binding conversions.
 */
import * as v from 'valibot';
import { PSDateTime, PSGuid, PSHashtable, PSTimeSpan, ScriptBlockValue } from '../values/model.js';
import { PSSecureString } from '../values/secure-string.js';
import { convertForBinding, ConversionFailure } from './binding-conversions.js';

export { ConversionFailure } from './binding-conversions.js';

/** What the converter knows besides the value: the original source text of a literal argument. */
export interface ConversionSource {
  /** e.g. `007` for the number 7 typed as `007`; absent for computed values. */
  readonly text?: string;
}

export interface ParameterType<T> {
  /** Short name for syntax lines and prompts: 'String', 'Int32', 'String[]', 'EntraIDUserPipeBind'. */
  readonly name: string;
  /** Name used in error messages, as PowerShell prints it: 'System.Int32', 'System.String[]'. */
  readonly fullName: string;
  /** The shape of a converted value; `v.is(schema, x)` means "x needs no conversion". */
  readonly schema: v.GenericSchema<unknown, T>;
  /** SwitchParameter: present means true; never takes the next argument. */
  readonly isSwitch: boolean;
  /** Array parameters keep a whole array argument instead of failing on it. */
  readonly elementType?: ParameterType<unknown>;
  /** Values offered by tab completion (enums and similar). */
  readonly completions?: readonly string[];
  /** A script function's type constraint (`[int]$n`): conversion failures use the transformation message. */
  readonly scriptParameter?: boolean;
  /** Convert an argument; throws ConversionFailure when PowerShell would refuse it. */
  convert(value: unknown, source: ConversionSource): T;
}

/** The value type a ParameterType produces. */
export type ParameterValue<P> = P extends ParameterType<infer T> ? T : never;

export interface ParameterTypeSpec<T> {
  readonly name: string;
  readonly fullName?: string;
  readonly schema: v.GenericSchema<unknown, T>;
  /** Receives any value that does not already satisfy the schema (null included). */
  readonly convert: (value: unknown, source: ConversionSource) => T;
  readonly completions?: readonly string[];
}

/**
 * A custom parameter type, e.g. PnP's pipe-binds:
 * `defineParameterType({ name: 'EntraIDUserPipeBind', schema: v.instance(UserPipeBind), convert: (x) => new UserPipeBind(x) })`.
 * Values that already satisfy the schema pass through unchanged.
 */
export function defineParameterType<T>(spec: ParameterTypeSpec<T>): ParameterType<T> {
  const schema = spec.schema;
  return {
    name: spec.name,
    fullName: spec.fullName ?? spec.name,
    schema,
    isSwitch: false,
    completions: spec.completions,
    convert(value, source) {
      const exact = v.safeParse(schema, value);
      return exact.success ? exact.output : spec.convert(value, source);
    },
  };
}

function builtin<T>(name: string, schema: v.GenericSchema<unknown, T>, target: Parameters<typeof convertForBinding>[1]): ParameterType<T> {
  return defineParameterType({
    name,
    fullName: `System.${name}`,
    schema,
    convert: (value, source) => convertForBinding(value, target, source.text) as T,
  });
}

const int32Schema = v.pipe(v.number(), v.integer(), v.minValue(-2147483648), v.maxValue(2147483647));
const int64Schema = v.pipe(v.number(), v.integer());

/** Element-wise conversion; a scalar is promoted to a one-element array. */
export function arrayOf<T>(element: ParameterType<T>): ParameterType<T[]> {
  const schema = v.array(element.schema);
  return {
    name: `${element.name}[]`,
    fullName: `${element.fullName}[]`,
    schema,
    isSwitch: false,
    elementType: element,
    completions: element.completions,
    convert(value, source) {
      if (value === null || value === undefined) return [];
      if (Array.isArray(value)) return value.map((item: unknown) => element.convert(item, {}));
      return [element.convert(value, source)];
    },
  };
}

/**
 * A string restricted to a fixed set of names, like a .NET enum parameter: any casing is accepted
 * and normalised to the declared spelling; the names feed tab completion.
 */
export function enumeration<const T extends string>(name: string, names: readonly T[]): ParameterType<T> {
  const schema = v.picklist(names);
  return defineParameterType({
    name,
    schema,
    completions: names,
    convert(value) {
      const text = typeof value === 'string' ? value : String(value);
      const match = names.find((n) => n.toLowerCase() === text.trim().toLowerCase());
      if (match === undefined) {
        throw new ConversionFailure(
          `Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again: ${names.join(', ')}`,
        );
      }
      return match;
    },
  });
}

const switchType: ParameterType<boolean> = {
  ...builtin('SwitchParameter', v.boolean(), 'SwitchParameter'),
  fullName: 'System.Management.Automation.SwitchParameter',
  isSwitch: true,
};

/** Text as a String parameter binds it: a number keeps the text it was typed with. */
function bindingText(value: unknown, source: ConversionSource): string {
  return convertForBinding(value, 'String', source.text) as string;
}

/**
 * A SecureString parameter (PnP's -CertificatePassword). Plain text is accepted too and wrapped,
 * so scripts that passed the password as a string keep working.
 */
const secureStringType = defineParameterType<PSSecureString>({
  name: 'SecureString',
  fullName: 'System.Security.SecureString',
  schema: v.instance(PSSecureString),
  convert: (value, source) => new PSSecureString(bindingText(value, source)),
});

/**
 * A secret typed String (PnP's -ClientSecret): a SecureString argument is unwrapped to its text
 * here, in the binder, instead of reaching the cmdlet as 'System.Security.SecureString'.
 */
const secretStringType = defineParameterType<string>({
  name: 'String',
  fullName: 'System.String',
  schema: v.string(),
  convert: (value, source) => (value instanceof PSSecureString ? value.revealPlainText() : bindingText(value, source)),
});

/** The built-in parameter types. */
export const types = {
  string: builtin('String', v.string(), 'String'),
  int32: builtin('Int32', int32Schema, 'Int32'),
  int64: builtin('Int64', int64Schema, 'Int64'),
  double: builtin('Double', v.number(), 'Double'),
  /** A Boolean parameter (not a switch): accepts only Booleans and numbers. */
  boolean: builtin('Boolean', v.boolean(), 'Boolean'),
  switch: switchType,
  dateTime: builtin('DateTime', v.instance(PSDateTime), 'DateTime'),
  timeSpan: builtin('TimeSpan', v.instance(PSTimeSpan), 'TimeSpan'),
  guid: builtin('Guid', v.instance(PSGuid), 'Guid'),
  secureString: secureStringType,
  /** A String that also takes a SecureString, unwrapped (declare the parameter `secret: true`: its type is String). */
  secret: secretStringType,
  scriptBlock: defineParameterType({
    name: 'ScriptBlock',
    fullName: 'System.Management.Automation.ScriptBlock',
    schema: v.instance(ScriptBlockValue),
    convert: (value, source) => convertForBinding(value, 'ScriptBlock', source.text) as ScriptBlockValue,
  }),
  hashtable: defineParameterType({
    name: 'Hashtable',
    fullName: 'System.Collections.Hashtable',
    schema: v.instance(PSHashtable),
    convert: (value, source) => convertForBinding(value, 'Hashtable', source.text) as PSHashtable,
  }),
  /** Anything, unconverted (Write-Output -InputObject, Select-Object -InputObject...). */
  object: defineParameterType<unknown>({ name: 'Object', fullName: 'System.Object', schema: v.unknown(), convert: (value) => value }),
  stringArray: arrayOf(builtin('String', v.string(), 'String')),
  objectArray: arrayOf(defineParameterType<unknown>({ name: 'Object', fullName: 'System.Object', schema: v.unknown(), convert: (value) => value })),
} as const;
