import { describe, expect, it } from 'vitest';
import { stripAnsi } from './ansi';

describe('stripAnsi', () => {
  it('removes colour codes and keeps the text', () => {
    expect(stripAnsi('\u001b[31mERROR\u001b[0m disk full')).toBe('ERROR disk full');
    expect(stripAnsi('\u001b[1;33;40mWARN\u001b[m')).toBe('WARN');
  });
  it('removes OSC hyperlinks', () => {
    expect(stripAnsi('see \u001b]8;;http://x\u0007link\u001b]8;;\u0007 now')).toBe('see link now');
  });
  it('returns plain text unchanged', () => {
    const plain = 'GET /healthz 200';
    expect(stripAnsi(plain)).toBe(plain);
  });
});
