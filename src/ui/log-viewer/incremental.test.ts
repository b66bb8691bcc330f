import { describe, expect, it } from 'vitest';
import { appendCapped } from './buffer';
import { filterRows, type LogFilter } from './filter';
import { appendedTo, filterWithCache, searchWithCache, type FilterCache, type SearchCache } from './incremental';
import { rowModel } from './rows';
import { compileSearch, findMatchingRows } from './search';
import type { LogLine } from './types';

const WORDS = ['GET /api 200', 'ERROR db timeout', 'warn: slow', 'GET /health 200', 'info started'];
let nextId = 0;
const batch = (n: number): LogLine[] => Array.from({ length: n }, () => ({ id: nextId, text: `${WORDS[nextId % 5]} #${nextId++}`, source: `pod-${nextId % 3}` }));

describe('appendedTo', () => {
  it('recognises appended and trimmed buffers, and nothing else', () => {
    const a = batch(10);
    const b = appendCapped(a, batch(4), 12); // two dropped from the front
    expect(appendedTo(a, b)).toEqual({ drop: 2, kept: 8 });
    expect(appendedTo(a, a.concat(batch(1)))).toEqual({ drop: 0, kept: 10 });
    expect(appendedTo(a, batch(3).concat(a))).toBeNull(); // prepended
    expect(appendedTo(a, [...a.slice(0, 5), ...batch(2)])).toBeNull(); // replaced tail
    expect(appendedTo([], a)).toBeNull();
  });
});

describe('following a filtered and searched log', () => {
  it('gives the same rows and matches as a full scan after every batch', () => {
    const filter: LogFilter = { levels: [], keyword: 'get' };
    const compiled = compileSearch({ query: '200', regex: false, caseSensitive: false });
    if (compiled.kind !== 'ok') throw new Error('compile');
    const plain: LogFilter = { levels: [], keyword: '' };
    let lines: LogLine[] = batch(40);
    let fCache: FilterCache | null = null;
    let sCache: SearchCache | null = null;
    let sPlain: SearchCache | null = null;
    const max = 100;
    for (let step = 0; step < 12; step++) {
      lines = appendCapped(lines, batch(17), max);
      const start = Math.max(0, lines.length - 90); // the viewer's own cap below the buffer's
      fCache = filterWithCache(fCache, lines, start, filter);
      expect(Array.from(fCache.result!)).toEqual(Array.from(filterRows(lines, start, filter)!));
      const rows = rowModel(start, lines.length, fCache.result);
      const s = searchWithCache(sCache, lines, start, filter, rows, compiled.pattern);
      sCache = s.cache;
      expect(Array.from(s.matches)).toEqual(Array.from(findMatchingRows((r) => lines[rows.lineIndex(r)].text, rows.count, compiled.pattern)));
      const all = rowModel(start, lines.length, null);
      const p = searchWithCache(sPlain, lines, start, plain, all, compiled.pattern);
      sPlain = p.cache;
      expect(Array.from(p.matches)).toEqual(Array.from(findMatchingRows((r) => lines[all.lineIndex(r)].text, all.count, compiled.pattern)));
    }
  });
});
