import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from './filter-ast.js';
import { parseFilter } from './filter-parser.js';

describe('parseFilter', () => {
  it('parses a comparison with a string literal', () => {
    expect(parseFilter("department eq 'Sales'")).toEqual({ kind: 'compare', op: 'eq', property: 'department', value: { type: 'string', value: 'Sales' } });
  });

  it("reads '' inside a literal as one apostrophe", () => {
    expect(parseFilter("surname eq 'O''Brien'")).toMatchObject({ value: { type: 'string', value: "O'Brien" } });
  });

  it('fails on an unescaped apostrophe, as Graph does', () => {
    expect(() => parseFilter("surname eq 'O'Brien'")).toThrow(QuerySyntaxError);
  });

  it('binds not tighter than and, and tighter than or', () => {
    const tree = parseFilter("accountEnabled eq true or not department eq 'HR' and userType eq 'Member'");
    expect(tree).toMatchObject({ kind: 'or', operands: [{ kind: 'compare' }, { kind: 'and', operands: [{ kind: 'not' }, { kind: 'compare' }] }] });
  });

  it('accepts functions, in, parentheses and keywords in any case', () => {
    expect(parseFilter("NOT startsWith(displayName, 'Conf')")).toMatchObject({ kind: 'not', operand: { kind: 'function', name: 'startswith', property: 'displayName' } });
    expect(parseFilter("(endswith(mail,'@contoso.com'))")).toMatchObject({ kind: 'function', name: 'endswith' });
    expect(parseFilter("department in ('Sales', 'HR')")).toMatchObject({ kind: 'in', values: [{ value: 'Sales' }, { value: 'HR' }] });
  });

  it('reads booleans, null, numbers and dates', () => {
    expect(parseFilter('accountEnabled eq false')).toMatchObject({ value: { type: 'boolean', value: false } });
    expect(parseFilter('jobTitle eq null')).toMatchObject({ value: { type: 'null' } });
    expect(parseFilter('createdDateTime ge 2021-11-01T00:00:00Z')).toMatchObject({ op: 'ge', value: { type: 'dateTime', value: Date.UTC(2021, 10, 1) } });
    expect(parseFilter('createdDateTime le 2021-11-01')).toMatchObject({ value: { type: 'dateTime', value: Date.UTC(2021, 10, 1) } });
  });

  it('rejects unquoted GUIDs, unknown operators and trailing tokens', () => {
    expect(() => parseFilter('id eq 72e2eb87-c124-4bd9-8e01-a447a1752058')).toThrow(QuerySyntaxError);
    expect(() => parseFilter("department like 'S'")).toThrow(/unknown operator/);
    expect(() => parseFilter("department eq 'S' 'T'")).toThrow(/unexpected token/);
    expect(() => parseFilter("startswith(displayName, 'A'")).toThrow(/Unexpected end/);
  });
});
