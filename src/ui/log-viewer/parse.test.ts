import { describe, expect, it } from 'vitest';
import { catalogExample } from './catalog.fixture';
import { levelOf } from './filter';
import { parseLogText } from './parse';

describe('parseLogText', () => {
  it('splits, strips ANSI and moves the timestamp into time', () => {
    const text = '2024-03-01T02:03:04Z \u001b[31mERROR\u001b[0m boom\r\nplain line\n';
    const lines = parseLogText(text, { source: 'web-1', firstId: 10 });
    expect(lines).toEqual([
      { id: 10, time: Date.UTC(2024, 2, 1, 2, 3, 4), text: 'ERROR boom', source: 'web-1' },
      { id: 11, text: 'plain line', source: 'web-1' },
    ]);
  });
  it('leaves the level to be guessed from the text when needed', () => {
    expect(parseLogText('2024-03-01T02:03:04Z ERROR boom\n').map(levelOf)).toEqual(['error']);
  });
  it('keeps empty lines inside the log', () => {
    expect(parseLogText('a\n\nb').map((l) => l.text)).toEqual(['a', '', 'b']);
  });
  it('gives no line for the empty log of the Tencent DescribeInstanceLog example', () => {
    const answer = catalogExample('tencent', 'DescribeInstanceLog');
    const container = answer.data.data.podLog[0].containerLog[0];
    expect(container.log).toBe('');
    expect(parseLogText(container.log, { source: container.name })).toEqual([]);
  });
});
