import { describe, expect, it } from 'vitest';
import { inTurn } from './rowRequests';

describe('inTurn', () => {
  it('starts requests in the order asked, each in a task of its own', async () => {
    const started: number[] = [];
    let taskBetween = false;
    const first = inTurn(async () => {
      started.push(1);
      setTimeout(() => (taskBetween = true), 0);
      return 1;
    });
    const second = inTurn(async () => (started.push(2), taskBetween));
    const third = inTurn(async () => (started.push(3), 3));
    expect(started).toEqual([]);
    expect(await Promise.all([first, second, third])).toEqual([1, true, 3]);
    expect(started).toEqual([1, 2, 3]);
  });

  it('a failed request does not stop the ones after it', async () => {
    const failing = inTurn(async () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    await expect(inTurn(async () => 'next')).resolves.toBe('next');
  });
});
