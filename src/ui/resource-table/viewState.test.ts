import { describe, expect, it } from 'vitest';
import { applyView, filterOptions, naturalKey, prepareRows, type ColumnLogic } from './applyView';
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

  it('filters, searches and sorts 10,000 rows together (speed: npm run bench)', () => {
    const many: Row[] = Array.from({ length: 10_000 }, (_, i) => ({ name: `cluster-${i}`, provider: i % 2 ? 'tencent' : 'alibaba', nodes: i % 97, labels: [`zone=${i % 5}`] }));
    const out = applyView(many, columns, { search: 'cluster-9', sort: { key: 'nodes', order: 'descend' }, filters: { provider: ['tencent'] } });
    expect(out.length).toBe(556);
    expect(out[0].nodes).toBe(96);
  });
});

describe('sorting keys', () => {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  it('orders ASCII names as the collator does (case ignored, numbers by value)', () => {
    const alphabet = 'aAbBzZ019-';
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const names = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    const byKey = [...names].sort((a, b) => (naturalKey(a) < naturalKey(b) ? -1 : naturalKey(a) > naturalKey(b) ? 1 : 0));
    for (let i = 1; i < byKey.length; i++) expect(collator.compare(byKey[i - 1], byKey[i])).toBeLessThanOrEqual(0);
  });

  it('keeps the collator for text outside ASCII, and ties in row order both ways', () => {
    const named = (names: string[]) => names.map((name) => ({ name, provider: 'x', labels: [] }));
    const chinese = named(['北京', 'web', '上海', 'Web']);
    const sorted = applyView(chinese, columns, { search: '', sort: { key: 'name', order: 'ascend' }, filters: {} }).map((r) => r.name);
    expect(sorted).toEqual([...sorted].sort(collator.compare));
    expect(sorted.indexOf('web')).toBeLessThan(sorted.indexOf('Web'));
    const down = applyView(named(['b', 'A', 'a', 'B']), columns, { search: '', sort: { key: 'name', order: 'descend' }, filters: {} }).map((r) => r.name);
    expect(down).toEqual(['b', 'B', 'A', 'a']);
  });

  it('a prepared list answers new views from its cached orders', () => {
    const view = prepareRows(rows, columns);
    const asc = view({ search: '', sort: { key: 'name', order: 'ascend' }, filters: {} });
    expect(view({ search: 'web', sort: { key: 'name', order: 'ascend' }, filters: {} }).map((r) => r.name)).toEqual(['web-2', 'web-10']);
    expect(view({ search: '', sort: { key: 'name', order: 'ascend' }, filters: {} })).toEqual(asc);
  });

  it('warm computes the search texts and each ascending order ahead, so a first sort reads no row again', () => {
    let reads = 0;
    const counted: ColumnLogic<Row>[] = [{ key: 'name', sortValue: (r) => (reads++, r.name), searchText: (r) => r.name }, columns[2]];
    const view = prepareRows(rows, counted);
    let steps = 0;
    while (view.warm()) steps++;
    expect(steps).toBe(2); // search texts, name, nodes: three pieces
    expect(reads).toBe(3);
    expect(view({ search: 'web', sort: { key: 'name', order: 'descend' }, filters: {} }).map((r) => r.name)).toEqual(['web-10', 'web-2']);
    expect(reads).toBe(3);
  });
});
