/** Write-Error: a non-terminating error record, like a cmdlet's own failure for one item. */
import * as v from 'valibot';
import { ConversionFailure, defineCmdlet, defineParameterType, enumeration, parameter, types } from '../../cmdlet/index.js';
import { ErrorRecord, type ErrorCategory } from '../../pipeline/records.js';

const errorCategories = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData',
  'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled',
  'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied',
  'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr', 'SecurityError',
  'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
] as const satisfies readonly ErrorCategory[];

const errorCategory = enumeration('ErrorCategory', errorCategories);

const errorRecordType = defineParameterType({
  name: 'ErrorRecord',
  fullName: 'System.Management.Automation.ErrorRecord',
  schema: v.instance(ErrorRecord),
  convert: () => {
    throw new ConversionFailure('Only an ErrorRecord (such as $_ in a catch block) can be bound to ErrorRecord.');
  },
});

/** What PowerShell puts in FullyQualifiedErrorId when the script gives no -ErrorId. */
const defaultErrorId = 'Microsoft.PowerShell.Commands.WriteErrorException';

export const writeError = defineCmdlet({
  name: 'Write-Error',
  synopsis: 'Writes a non-terminating error to the error stream.',
  description:
    'Write-Error reports a failure without stopping the pipeline: the error is shown (in red by the shell), ' +
    'added to $Error, and the next record is processed. Use -Category, -ErrorId and -TargetObject to describe ' +
    'it like a cmdlet would. With -ErrorAction Stop, or inside try with $ErrorActionPreference = ' +
    "'Stop', it becomes terminating and can be caught. -ErrorRecord re-emits a caught error.",
  parameterSets: ['NoException', 'ErrorRecord'],
  defaultParameterSet: 'NoException',
  examples: [
    { code: "Write-Error 'The user could not be found.'", remarks: 'Writes an error with the given message.' },
    {
      code: "Write-Error -Message 'No TAP policy' -Category NotEnabled -ErrorId TapPolicyDisabled -TargetObject 'contoso'",
      remarks: 'Writes an error with a category, an identifier and the object it concerns.',
    },
    { code: 'try { Get-Thing -ErrorAction Stop } catch { Write-Error -ErrorRecord $_ }', remarks: 'Reports a caught error without terminating.' },
  ],
  parameters: {
    Message: parameter(types.string, {
      sets: { NoException: { mandatory: true, position: 0, fromPipeline: 'value' } },
      aliases: ['Msg'],
      allowNull: true,
      allowEmptyString: true,
      help: 'The text of the error.',
    }),
    ErrorRecord: parameter(errorRecordType, {
      sets: { ErrorRecord: { mandatory: true } },
      help: 'An existing error record to write, such as $_ inside catch.',
    }),
    Category: parameter(errorCategory, { sets: { NoException: {} }, default: 'NotSpecified', help: 'The category of the error.' }),
    ErrorId: parameter(types.string, { sets: { NoException: {} }, help: 'A stable identifier for the error, used in FullyQualifiedErrorId.' }),
    TargetObject: parameter(types.object, { sets: { NoException: {} }, allowNull: true, help: 'The object that was being processed.' }),
    RecommendedAction: parameter(types.string, { help: 'What the user can do to resolve the error.' }),
  },
  async process(args, ctx) {
    if (args.ErrorRecord !== undefined) {
      const record = args.ErrorRecord;
      const action = args.RecommendedAction;
      await ctx.writeError(action === undefined ? record : new ErrorRecord({ ...record.toInfo(), recommendedAction: action }));
      return;
    }
    await ctx.writeError({
      message: args.Message ?? '',
      category: args.Category,
      errorId: args.ErrorId ?? defaultErrorId,
      targetObject: args.TargetObject ?? null,
      exceptionType: 'Microsoft.PowerShell.Commands.WriteErrorException',
      recommendedAction: args.RecommendedAction,
    });
  },
});
