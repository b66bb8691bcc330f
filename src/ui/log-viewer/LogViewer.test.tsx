// @vitest-environment jsdom
import '../test-support/jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LogViewer } from './LogViewer';
import type { LogLine } from './types';

afterEach(cleanup);

const makeLines = (count: number, from = 0): LogLine[] =>
  Array.from({ length: count }, (_, i) => ({
    id: from + i,
    time: Date.UTC(2024, 0, 1) + (from + i) * 1000,
    text: `${(from + i) % 10 === 0 ? 'ERROR' : 'INFO'} request ${from + i} done`,
    source: `web-${(from + i) % 3}`,
  }));

const renderedTexts = (container: HTMLElement) => Array.from(container.querySelectorAll('.lv-text')).map((n) => n.textContent);
const searchBox = () => screen.getByRole('textbox', { name: 'Search' });
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

// Few renders, several checks each: antd in jsdom costs about a second per mount.
describe('LogViewer', () => {
  it('renders the tail first, virtualised, follows new lines and caps the buffer', () => {
    const { container, rerender } = render(<LogViewer lines={makeLines(10_000)} />);
    let texts = renderedTexts(container);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.length).toBeLessThan(100);
    expect(texts[texts.length - 1]).toBe('INFO request 9999 done');
    expect(screen.getByText('10,000 lines')).toBeTruthy();

    rerender(<LogViewer lines={makeLines(10_100)} maxLines={10_000} />);
    texts = renderedTexts(container);
    expect(texts[texts.length - 1]).toBe('INFO request 10099 done');
    expect(screen.getByText(/10,000 lines · keeping the newest 10,000/)).toBeTruthy();
  });

  it('searches with a match count, steps with Enter and Shift-Enter, highlights, reports a bad regex', () => {
    const { container } = render(<LogViewer lines={makeLines(200)} />);
    fireEvent.change(searchBox(), { target: { value: 'request 19' } });
    // request 19 and 190..199 → 11 lines
    expect(screen.getByText(/of 11/)).toBeTruthy();
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(container.querySelector('.lv-current')).not.toBeNull();
    expect(container.querySelectorAll('mark').length).toBeGreaterThan(0);
    const first = screen.getByText(/of 11/).textContent;
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(screen.getByText(/of 11/).textContent).not.toBe(first);
    fireEvent.keyDown(searchBox(), { key: 'Enter', shiftKey: true });
    expect(screen.getByText(/of 11/).textContent).toBe(first);

    fireEvent.click(screen.getByRole('button', { name: 'Regular expression' }));
    fireEvent.change(searchBox(), { target: { value: '(' } });
    expect(screen.getByRole('alert').textContent).toMatch(/^Invalid expression/);
  });

  it('filters by keyword, shows the source column, toggles timestamps', () => {
    const { container } = render(<LogViewer lines={makeLines(100)} showSource />);
    expect(container.querySelectorAll('.lv-time').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole('textbox', { name: 'Show only lines containing…' }), { target: { value: 'error' } });
    const texts = renderedTexts(container);
    expect(texts.length).toBe(10);
    expect(texts.every((t) => t!.startsWith('ERROR'))).toBe(true);
    expect(screen.getByText('10 of 100 lines')).toBeTruthy();
    expect(container.querySelector('.lv-source')?.textContent).toBe('web-0');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Timestamps' }));
    expect(container.querySelectorAll('.lv-time').length).toBe(0);
  });

  it('takes Ctrl-F inside the viewer to search and Esc back; pauses following', () => {
    const onFollowChange = vi.fn();
    const { container } = render(<LogViewer lines={makeLines(10)} onFollowChange={onFollowChange} />);
    const scroller = container.querySelector('.lv-scroller') as HTMLElement;
    scroller.focus();
    fireEvent.keyDown(scroller, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(searchBox());
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect(document.activeElement).toBe(scroller);

    fireEvent.click(screen.getByRole('button', { name: /Follow/ }));
    expect(onFollowChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('button', { name: /Paused/ })).toBeTruthy();
  });

  it('downloads what is loaded, copies a line, asks for older lines', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const onLoadOlder = vi.fn();
    render(<LogViewer lines={makeLines(3)} defaultTimestamps={false} showSource hasOlder onLoadOlder={onLoadOlder} />);

    fireEvent.click(screen.getByRole('button', { name: /Download/ }));
    expect(await readBlob(blobs[0])).toBe('[web-0] ERROR request 0 done\n[web-1] INFO request 1 done\n[web-2] INFO request 2 done\n');

    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Copy line' })[1]));
    expect(writeText).toHaveBeenCalledWith('[web-1] INFO request 1 done');

    fireEvent.click(screen.getByRole('button', { name: 'Load older lines' }));
    expect(onLoadOlder).toHaveBeenCalledTimes(1);
  });

  it('speaks Chinese', () => {
    render(<LogViewer lines={[]} locale="zh-CN" />);
    expect(screen.getByText('暂无日志')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '搜索' })).toBeTruthy();
  });
});
