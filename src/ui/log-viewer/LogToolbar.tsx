import { memo, type ReactNode, type Ref } from 'react';
import { Button, Checkbox, Input, Select, Space, Tooltip, Typography, type InputRef } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import type { LogFilter } from './filter';
import type { LogViewerLabels } from './labels';
import type { CompiledSearch, SearchSpec } from './search';
import { LOG_LEVELS } from './types';

interface LogToolbarProps {
  labels: LogViewerLabels;
  searchRef: Ref<InputRef>;
  spec: SearchSpec;
  onSpecChange: (patch: Partial<SearchSpec>) => void;
  compiled: CompiledSearch;
  matchCount: number;
  current: number;
  onStep: (direction: 1 | -1) => void;
  onLeaveSearch: () => void;
  filter: LogFilter;
  onFilterChange: (filter: LogFilter) => void;
  wrap: boolean;
  onWrapChange: (wrap: boolean) => void;
  timestamps: boolean;
  onTimestampsChange: (on: boolean) => void;
  following: boolean;
  onFollowingChange: (on: boolean) => void;
  onDownload: () => void;
  extra?: ReactNode;
}

/** Search, filter and view toggles above the lines. Memoised: new lines must not re-render it. */
export const LogToolbar = memo(function LogToolbar(p: LogToolbarProps) {
  const { labels, spec, compiled } = p;
  const toggle = (pressed: boolean, label: string, text: string, onClick: () => void) => (
    <Tooltip title={label}>
      <Button size="small" type={pressed ? 'primary' : 'text'} aria-label={label} aria-pressed={pressed} onClick={onClick} className="lv-toggle">
        {text}
      </Button>
    </Tooltip>
  );
  return (
    <div className="lv-toolbar">
      <Space size={4} wrap>
        <Input
          ref={p.searchRef}
          size="small"
          allowClear
          className="lv-search"
          placeholder={labels.search}
          aria-label={labels.search}
          aria-invalid={compiled.kind === 'invalid'}
          status={compiled.kind === 'invalid' ? 'error' : undefined}
          value={spec.query}
          onChange={(e) => p.onSpecChange({ query: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              p.onStep(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              p.onLeaveSearch();
            }
          }}
          suffix={
            <Space size={0}>
              {toggle(spec.caseSensitive, labels.caseSensitive, 'Aa', () => p.onSpecChange({ caseSensitive: !spec.caseSensitive }))}
              {toggle(spec.regex, labels.regex, '.*', () => p.onSpecChange({ regex: !spec.regex }))}
            </Space>
          }
        />
        <Tooltip title={labels.previous}>
          <Button size="small" aria-label={labels.previous} icon={<ArrowUpOutlined />} disabled={p.matchCount === 0} onClick={() => p.onStep(-1)} />
        </Tooltip>
        <Tooltip title={labels.next}>
          <Button size="small" aria-label={labels.next} icon={<ArrowDownOutlined />} disabled={p.matchCount === 0} onClick={() => p.onStep(1)} />
        </Tooltip>
        {compiled.kind === 'invalid' ? (
          <Typography.Text type="danger" role="alert" className="lv-status">
            {labels.invalidRegex(compiled.message)}
          </Typography.Text>
        ) : compiled.kind === 'ok' ? (
          <Typography.Text type="secondary" className="lv-status" aria-live="polite">
            {p.matchCount === 0 ? labels.noMatch : labels.matchCount(Math.max(1, p.current + 1), p.matchCount)}
          </Typography.Text>
        ) : null}
      </Space>
      <Space size={4} wrap>
        <Input
          size="small"
          allowClear
          className="lv-keyword"
          placeholder={labels.filterKeyword}
          aria-label={labels.filterKeyword}
          value={p.filter.keyword}
          onChange={(e) => p.onFilterChange({ ...p.filter, keyword: e.target.value })}
        />
        <Select
          size="small"
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          className="lv-levels"
          placeholder={labels.filterLevels}
          aria-label={labels.filterLevels}
          value={[...p.filter.levels]}
          onChange={(levels) => p.onFilterChange({ ...p.filter, levels })}
          options={LOG_LEVELS.map((level) => ({ value: level, label: labels.levels[level] }))}
        />
        <Checkbox checked={p.wrap} onChange={(e) => p.onWrapChange(e.target.checked)}>
          {labels.wrap}
        </Checkbox>
        <Checkbox checked={p.timestamps} onChange={(e) => p.onTimestampsChange(e.target.checked)}>
          {labels.timestamps}
        </Checkbox>
        <Button
          size="small"
          type={p.following ? 'primary' : 'default'}
          aria-pressed={p.following}
          icon={p.following ? <PauseCircleOutlined /> : <PlayCircleOutlined />}
          onClick={() => p.onFollowingChange(!p.following)}
        >
          {p.following ? labels.follow : labels.paused}
        </Button>
        <Button size="small" icon={<DownloadOutlined />} onClick={p.onDownload}>
          {labels.download}
        </Button>
        {p.extra}
      </Space>
    </div>
  );
});
