import { describe, expect, it } from 'vitest';
import { compileSearch, findMatchingRows, matchAtOrAfter, splitMatches, stepMatch } from './search';

const texts = ['GET /api 200', 'POST /api 500', 'get /health 200', 'error: a.b.c'];
const at = (i: number) => texts[i];

describe('compileSearch', () => {
  it('treats plain text literally', () => {
    const c = compileSearch({ query: 'a.b', regex: false, caseSensitive: false });
    if (c.kind !== 'ok') throw new Error(c.kind);
    expect(Array.from(findMatchingRows(at, texts.length, c.pattern))).toEqual([3]);
  });
  it('honours the case toggle', () => {
    const insensitive = compileSearch({ query: 'get', regex: false, caseSensitive: false });
    const sensitive = compileSearch({ query: 'get', regex: false, caseSensitive: true });
    if (insensitive.kind !== 'ok' || sensitive.kind !== 'ok') throw new Error('compile');
    expect(Array.from(findMatchingRows(at, texts.length, insensitive.pattern))).toEqual([0, 2]);
    expect(Array.from(findMatchingRows(at, texts.length, sensitive.pattern))).toEqual([2]);
  });
  it('runs regular expressions', () => {
    const c = compileSearch({ query: ' [45]\\d\\d$', regex: true, caseSensitive: false });
    if (c.kind !== 'ok') throw new Error(c.kind);
    expect(Array.from(findMatchingRows(at, texts.length, c.pattern))).toEqual([1]);
  });
  it('reports an invalid regular expression with a message', () => {
    const c = compileSearch({ query: '(unclosed', regex: true, caseSensitive: false });
    expect(c.kind).toBe('invalid');
    if (c.kind === 'invalid') expect(c.message.length).toBeGreaterThan(0);
  });
  it('refuses a regular expression that matches the empty string', () => {
    expect(compileSearch({ query: 'x*', regex: true, caseSensitive: false }).kind).toBe('invalid');
  });
  it('is off for an empty query', () => {
    expect(compileSearch({ query: '', regex: true, caseSensitive: false }).kind).toBe('none');
  });
});

describe('splitMatches', () => {
  it('cuts every occurrence', () => {
    expect(splitMatches('a-b-a', /a/gi)).toEqual([
      { text: 'a', match: true },
      { text: '-b-', match: false },
      { text: 'a', match: true },
    ]);
  });
  it('leaves a line without matches whole', () => {
    expect(splitMatches('xyz', /a/g)).toEqual([{ text: 'xyz', match: false }]);
  });
});

describe('stepMatch and matchAtOrAfter', () => {
  it('wraps around both ways', () => {
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
  it('finds the first match at or after a row', () => {
    const matches = Int32Array.from([3, 8, 20]);
    expect(matchAtOrAfter(matches, 0)).toBe(0);
    expect(matchAtOrAfter(matches, 8)).toBe(1);
    expect(matchAtOrAfter(matches, 9)).toBe(2);
    expect(matchAtOrAfter(matches, 50)).toBe(2);
  });
});
