import { describe, expect, it } from 'vitest';
import { defineCmdlet } from './define.js';
import { parameter, switchParameter } from './parameter.js';
import { arrayOf, types } from './parameter-types.js';
import { findParameter, parameterHelp, syntaxLines } from './help.js';

const tap = defineCmdlet({
  name: 'New-X',
  synopsis: 'Creates X.',
  supportsShouldProcess: true,
  parameters: {
    Identity: parameter(types.string, { mandatory: true }),
    StartDateTime: parameter(types.dateTime),
    Force: switchParameter(),
  },
});

const sets = defineCmdlet({
  name: 'Get-Y',
  synopsis: 'Gets Y.',
  parameterSets: ['All', 'ByIdentity'],
  defaultParameterSet: 'ByIdentity',
  parameters: {
    Identity: parameter(types.string, { sets: { ByIdentity: { mandatory: true, position: 0, fromPipeline: 'both' } }, aliases: ['Id'], help: 'The user.' }),
    Filter: parameter(types.string, { sets: { All: {} } }),
    Properties: parameter(arrayOf(types.string), { position: 1 }),
    All: switchParameter({ sets: { All: {} } }),
    Top: parameter(types.int32, { default: 100 }),
  },
});

describe('syntax lines', () => {
  it('renders mandatory, optional, switch and risk parameters', () => {
    expect(syntaxLines(tap).map((l) => l.text)).toEqual([
      'New-X -Identity <String> [-StartDateTime <DateTime>] [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]',
    ]);
  });

  it('renders one line per set, default first, positional forms', () => {
    expect(syntaxLines(sets)).toEqual([
      { parameterSet: 'ByIdentity', isDefault: true, text: 'Get-Y [-Identity] <String> [[-Properties] <String[]>] [-Top <Int32>] [<CommonParameters>]' },
      { parameterSet: 'All', isDefault: false, text: 'Get-Y [[-Properties] <String[]>] [-Filter <String>] [-All] [-Top <Int32>] [<CommonParameters>]' },
    ]);
  });
});

describe('parameter help', () => {
  it('describes a parameter as Get-Help -Parameter does', () => {
    const identity = findParameter(sets, 'id');
    expect(identity?.name).toBe('Identity');
    if (!identity) return;
    expect(parameterHelp(sets, identity)).toEqual({
      name: 'Identity',
      typeName: 'String',
      description: 'The user.',
      required: true,
      position: 0,
      defaultValue: 'None',
      acceptsPipelineInput: 'True (ByValue, ByPropertyName)',
      aliases: ['Id'],
      parameterSets: ['ByIdentity'],
      valueCompletions: [],
    });
    const top = findParameter(sets, 'Top');
    expect(top && parameterHelp(sets, top)).toMatchObject({ required: false, position: 'Named', defaultValue: '100', parameterSets: ['(All)'] });
  });
});
