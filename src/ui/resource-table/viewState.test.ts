import { describe, expect, it } from 'vitest';
import { applyView, filterOptions, type ColumnLogic } from './applyView';
import { EMPTY_VIEW, hasActiveView, readView, writeView, type ViewState } from './viewState';

describe('view state in the URL', () => {
  it('round-trips search, sort and several filter values', () => {
    const view: ViewState = { search: 'prod web', sort: { key: 'created', order: 'descend' }, filters: { provider: ['tencent', 'alibaba'], status: ['running'] } };
    const params = writeView(new URLSearchParams('account=tencent-demo&region=gz'), view);
    expect(params.toString()).toBe('account=tencent-demo&region=gz&q=prod+web&sort=-created&f.provider=tencent&f.provider=alibaba&f.status=running');
    expect(readView(new URLSearchParams(params.toString()))).toEqual(view);
  });

  it('clearing the view removes only its own params', () => {
    const params = writeView(new URLSearchParams('region=gz&q=x&sort=name&f.status=failed'), EMPTY_VIEW);
    expect(params.toString()).toBe('region=gz');
    expect(readView(params)).toEqual({ search: '', sort: undefined, filters: {} });
  });

  it('keeps two tables apart by prefix', () => {
    const a = writeView(new URLSearchParams(), { search: 'a', filters: {} });
    const both = writeView(a, { search: 'b', sort: { key: 'name', order: 'ascend' }, filters: {} }, 'tags.');
    expect(readView(both).search).toBe('a');
    expect(readView(both, 'tags.')).toEqual({ search: 'b', sort: { key: 'name', order: 'ascend' }, filters: {} });
  });

  it('ignores an empty sort and empty filter values', () => {
    expect(readView(new URLSearchParams('sort=-&f.status='))).toEqual({ search: '', sort: undefined, filters: {} });
    expect(hasActiveView(readView(new URLSearchParams('sort=name')))).toBe(false);
    expect(hasActiveView(readView(new URLSearchParams('f.status=running')))).toBe(true);
  });
});

interface Row {
  name: string;
  provider: string;
  nodes?: number;
  labels: string[];
}
const columns: ColumnLogic<Row>[] = [
  { key: 'name', sortValue: (r) => r.name, searchText: (r) => r.name },
  { key: 'provider', filterValue: (r) => r.provider, sortValue: (r) => r.provider },
  { key: 'nodes', sortValue: (r) => r.nodes },
  { key: 'labels', filterValue: (r) => r.labels, searchText: (r) => r.labels.join(' ') },
];
const rows: Row[] = [
  { name: 'web-10', provider: 'tencent', nodes: 3, labels: ['env=prod'] },
  { name: 'web-2', provider: 'alibaba', nodes: undefined, labels: [] },
  { name: 'batch', provider: 'tencent', nodes: 12, labels: ['env=dev', 'team=a'] },
];

describe('applyView', () => {
  it('filters on any of the chosen values, also for multi-valued columns', () => {
    expect(applyView(rows, columns, { search: '', filters: { provider: ['alibaba'] } }).map((r) => r.name)).toEqual(['web-2']);
    expect(applyView(rows, columns, { search: '', filters: { labels: ['team=a', 'env=prod'] } }).map((r) => r.name)).toEqual(['web-10', 'batch']);
  });

  it('searches every searchable column, all terms, ignoring case', () => {
    expect(applyView(rows, columns, { search: 'WEB', filters: {} }).map((r) => r.name)).toEqual(['web-10', 'web-2']);
    expect(applyView(rows, columns, { search: 'batch team=a', filters: {} }).map((r) => r.name)).toEqual(['batch']);
    expect(applyView(rows, columns, { search: 'web prod', filters: {} }).map((r) => r.name)).toEqual(['web-10']);
  });

  it('sorts naturally, numbers as numbers, missing values last in both orders', () => {
    expect(applyView(rows, columns, { search: '', sort: { key: 'name', order: 'ascend' }, filters: {} }).map((r) => r.name)).toEqual(['batch', 'web-2', 'web-10']);
    expect(applyView(rows, columns, { search: '', sort: { key: 'nodes', order: 'descend' }, filters: {} }).map((r) => r.nodes)).toEqual([12, 3, undefined]);
    expect(applyView(rows, columns, { search: '', sort: { key: 'nodes', order: 'ascend' }, filters: {} }).map((r) => r.nodes)).toEqual([3, 12, undefined]);
  });

  it('ignores a sort on an unknown or unsortable column instead of failing', () => {
    expect(applyView(rows, columns, { search: '', sort: { key: 'labels', order: 'ascend' }, filters: {} })).toEqual(rows);
  });

  it('lists the distinct filter values present', () => {
    expect(filterOptions(rows, columns[3])).toEqual(['env=dev', 'env=prod', 'team=a']);
  });

  it('handles 10,000 rows quickly', () => {
    const many: Row[] = Array.from({ length: 10_000 }, (_, i) => ({ name: `cluster-${i}`, provider: i % 2 ? 'tencent' : 'alibaba', nodes: i % 97, labels: [`zone=${i % 5}`] }));
    const started = performance.now();
    const out = applyView(many, columns, { search: 'cluster-9', sort: { key: 'nodes', order: 'descend' }, filters: { provider: ['tencent'] } });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(out.length).toBe(556);
    expect(out[0].nodes).toBe(96);
  });
});
