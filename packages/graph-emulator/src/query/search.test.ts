import { describe, expect, it } from 'vitest';
import { searchTokens } from './search.js';

// The tokenization rules of https://learn.microsoft.com/graph/search-query-parameter#using-search-on-directory-object-collections
describe('searchTokens', () => {
  it('splits on spaces, lower-to-upper case changes and digits', () => {
    expect(searchTokens('hello world')).toEqual(['hello', 'world']);
    expect(searchTokens('HelloWorld')).toEqual(['hello', 'world']);
    expect(searchTokens('helloWORLD')).toEqual(['hello', 'world']);
    expect(searchTokens('HELLOworld')).toEqual(['helloworld']);
    expect(searchTokens('HelloWORld')).toEqual(['hello', 'world']);
    expect(searchTokens('hello123world')).toEqual(['hello', '123', 'world']);
  });

  it('keeps each symbol as a token and joins the words a symbol separates', () => {
    expect(searchTokens('hello.world')).toEqual(['hello', '.', 'world', 'helloworld']);
    expect(searchTokens('李四(David Li)')).toEqual(['李四', '(', 'david', '李四david', 'li', ')']);
  });

  it('does not split where the alphabet changes', () => {
    expect(searchTokens('蓝色group')).toEqual(['蓝色group']);
  });
});
