import type { LogLevel } from './types';

/** The viewer's own languages; the page passes the app's language through `locale`. */
export type LogViewerLocale = 'zh-CN' | 'en';

export interface LogViewerLabels {
  search: string;
  regex: string;
  caseSensitive: string;
  previous: string;
  next: string;
  matchCount: (current: number, total: number) => string;
  noMatch: string;
  invalidRegex: (message: string) => string;
  filterKeyword: string;
  filterLevels: string;
  wrap: string;
  timestamps: string;
  follow: string;
  paused: string;
  linesBelow: (count: number) => string;
  loadOlder: string;
  loadingOlder: string;
  copyLine: string;
  copied: string;
  download: string;
  empty: string;
  lineCount: (shown: number, loaded: number) => string;
  capped: (max: number) => string;
  levels: Record<LogLevel, string>;
}

// One formatter per locale: `toLocaleString` builds a new one per call, and the footer formats
// counts on every update while a log streams in.
const formatters = new Map<LogViewerLocale, Intl.NumberFormat>();
const n = (value: number, locale: LogViewerLocale) => {
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(value);
};

export const LOG_VIEWER_LABELS: Record<LogViewerLocale, LogViewerLabels> = {
  en: {
    search: 'Search',
    regex: 'Regular expression',
    caseSensitive: 'Match case',
    previous: 'Previous match (Shift+Enter)',
    next: 'Next match (Enter)',
    matchCount: (current, total) => `${n(current, 'en')} of ${n(total, 'en')}`,
    noMatch: 'No match',
    invalidRegex: (message) => `Invalid expression: ${message}`,
    filterKeyword: 'Show only lines containing…',
    filterLevels: 'Levels',
    wrap: 'Wrap lines',
    timestamps: 'Timestamps',
    follow: 'Follow',
    paused: 'Paused',
    linesBelow: (count) => `${n(count, 'en')} more lines below — follow`,
    loadOlder: 'Load older lines',
    loadingOlder: 'Loading older lines…',
    copyLine: 'Copy line',
    copied: 'Copied',
    download: 'Download',
    empty: 'No log lines',
    lineCount: (shown, loaded) => (shown === loaded ? `${n(loaded, 'en')} lines` : `${n(shown, 'en')} of ${n(loaded, 'en')} lines`),
    capped: (max) => `keeping the newest ${n(max, 'en')}`,
    levels: { fatal: 'Fatal', error: 'Error', warn: 'Warning', info: 'Info', debug: 'Debug', trace: 'Trace', unknown: 'No level' },
  },
  'zh-CN': {
    search: '搜索',
    regex: '正则表达式',
    caseSensitive: '区分大小写',
    previous: '上一个 (Shift+Enter)',
    next: '下一个 (Enter)',
    matchCount: (current, total) => `第 ${n(current, 'zh-CN')} / ${n(total, 'zh-CN')} 处`,
    noMatch: '无匹配',
    invalidRegex: (message) => `表达式无效：${message}`,
    filterKeyword: '只显示包含…的行',
    filterLevels: '级别',
    wrap: '自动换行',
    timestamps: '时间戳',
    follow: '跟随',
    paused: '已暂停',
    linesBelow: (count) => `下方还有 ${n(count, 'zh-CN')} 行 — 跟随`,
    loadOlder: '加载更早的日志',
    loadingOlder: '正在加载更早的日志…',
    copyLine: '复制此行',
    copied: '已复制',
    download: '下载',
    empty: '暂无日志',
    lineCount: (shown, loaded) => (shown === loaded ? `${n(loaded, 'zh-CN')} 行` : `${n(shown, 'zh-CN')} / ${n(loaded, 'zh-CN')} 行`),
    capped: (max) => `仅保留最新 ${n(max, 'zh-CN')} 行`,
    levels: { fatal: '致命', error: '错误', warn: '警告', info: '信息', debug: '调试', trace: '跟踪', unknown: '无级别' },
  },
};

export function logViewerLabels(locale: LogViewerLocale, overrides?: Partial<LogViewerLabels>): LogViewerLabels {
  return overrides ? { ...LOG_VIEWER_LABELS[locale], ...overrides } : LOG_VIEWER_LABELS[locale];
}
