import { describe, expect, it } from 'vitest';
import { formatLogTime, linesToText } from './format';
import { parseLogText } from './parse';

describe('linesToText', () => {
  const lines = parseLogText('2024-03-01T02:03:04.5Z started\ncontinued\n', { source: 'web-1' });
  it('writes what the viewer shows, with ISO times and sources', () => {
    expect(linesToText(lines, { timestamps: true, sources: true })).toBe('2024-03-01T02:03:04.500Z [web-1] started\n[web-1] continued\n');
  });
  it('leaves out what is switched off', () => {
    expect(linesToText(lines, { timestamps: false, sources: false })).toBe('started\ncontinued\n');
  });
  it('writes only what is under the cap', () => {
    expect(linesToText(lines, { timestamps: false, sources: false }, 1)).toBe('continued\n');
    expect(linesToText([], { timestamps: false, sources: false })).toBe('');
  });
});

describe('formatLogTime', () => {
  it('prints local time to the millisecond', () => {
    const time = new Date(2024, 2, 1, 9, 5, 7, 42).getTime();
    expect(formatLogTime(time)).toBe('2024-03-01 09:05:07.042');
  });
});
