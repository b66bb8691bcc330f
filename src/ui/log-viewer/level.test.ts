import { describe, expect, it } from 'vitest';
import { detectLevel, eventLevel } from './level';

describe('detectLevel', () => {
  it.each([
    ['2024-01-01 ERROR connection refused', 'error'],
    ['level=warn msg="slow query"', 'warn'],
    ['{"level":"info","msg":"started"}', 'info'],
    ['[DEBUG] cache miss', 'debug'],
    ['E1123 10:00:00.123456       1 reflector.go:138] failed to list', 'error'],
    ['W1123 10:00:00.123456       1 warnings.go:70] deprecated', 'warn'],
    ['panic: runtime error: index out of range', 'fatal'],
    ['GET /healthz 200 1ms', 'unknown'],
  ] as const)('%s → %s', (text, level) => {
    expect(detectLevel(text)).toBe(level);
  });
  it('does not take a word inside another word', () => {
    expect(detectLevel('errorless information')).toBe('unknown');
  });
});

describe('eventLevel', () => {
  it('maps the Kubernetes event types of both clouds', () => {
    expect(eventLevel('Warning')).toBe('warn');
    expect(eventLevel('Normal')).toBe('info');
    expect(eventLevel(undefined)).toBe('unknown');
  });
});
