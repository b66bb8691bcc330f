import { describe, expect, it } from 'vitest';
import { LOG_VIEWER_LABELS, logViewerLabels } from './labels';

describe('log viewer labels', () => {
  it('has the same keys in both languages, none empty', () => {
    const en = LOG_VIEWER_LABELS.en;
    const zh = LOG_VIEWER_LABELS['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(zh)) if (typeof value === 'string') expect(value).not.toBe('');
    expect(Object.keys(zh.levels).sort()).toEqual(Object.keys(en.levels).sort());
  });
  it('formats counts per language and takes overrides', () => {
    expect(logViewerLabels('en').lineCount(100_000, 100_000)).toBe('100,000 lines');
    expect(logViewerLabels('zh-CN').matchCount(1, 3)).toBe('第 1 / 3 处');
    expect(logViewerLabels('en', { download: 'Save' }).download).toBe('Save');
  });
});
