// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../test-support/renderWithApp';
import { ResourceTable, type ResourceColumn } from './ResourceTable';

afterEach(cleanup);

interface Row {
  id: string;
  name: string;
  kind: string;
}
const rows: Row[] = [
  { id: '1', name: 'web-prod', kind: 'a' },
  { id: '2', name: 'web-dev', kind: 'b' },
  { id: '3', name: 'batch', kind: 'a' },
];
const columns: ResourceColumn<Row>[] = [
  { key: 'name', title: 'Name', width: 200, sortValue: (r) => r.name, searchText: (r) => r.name },
  { key: 'kind', title: 'Kind', width: 100, filterValue: (r) => r.kind, sortValue: (r) => r.kind },
];
const table = <ResourceTable ariaLabel="Things" rows={rows} columns={columns} rowKey={(r) => r.id} height={400} />;

describe('ResourceTable', () => {
  it('opens with the view of the URL (search and filter)', async () => {
    renderWithApp(table, { url: '/things?q=web&f.kind=a' });
    expect(await screen.findByText('1 of 3')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveProperty('value', 'web');
  });

  it('writes typing into the URL and keeps other params', async () => {
    const user = userEvent.setup();
    const { search } = renderWithApp(table, { url: '/things?account=tencent-demo' });
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'batch');
    await waitFor(() => expect(search().get('q')).toBe('batch'));
    expect(search().get('account')).toBe('tencent-demo');
    expect(await screen.findByText('1 of 3')).toBeTruthy();
  });

  it('`/` focuses the search box', async () => {
    const user = userEvent.setup();
    renderWithApp(table, { url: '/things' });
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search' }));
  });

  it('clears search and filters but keeps the sort', async () => {
    const user = userEvent.setup();
    const { search } = renderWithApp(table, { url: '/things?q=web&sort=-name&f.kind=b' });
    await user.click(await screen.findByRole('button', { name: /Clear filters/ }));
    await waitFor(() => expect(search().toString()).toBe('sort=-name'));
    expect(await screen.findByText('3 of 3')).toBeTruthy();
  });

  it('sorts from the header: ascending, descending, off; by click or Enter; the filter icon does not sort', async () => {
    const user = userEvent.setup();
    const { search } = renderWithApp(table, { url: '/things' });
    const header = await screen.findByRole('columnheader', { name: /Name/ });
    const names = () => screen.getAllByRole('row').slice(1).map((r) => r.textContent);
    await user.click(header);
    await waitFor(() => expect(search().get('sort')).toBe('name'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    await waitFor(() => expect(names()[0]).toContain('batch'));
    // The sorted column's cells carry antd's tint class.
    expect(screen.getByText('batch').closest('td')?.className).toContain('ant-table-column-sort');
    header.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(search().get('sort')).toBe('-name'));
    await waitFor(() => expect(names()[0]).toContain('web-prod'));
    await user.click(header);
    await waitFor(() => expect(search().get('sort')).toBeNull());
    expect(header.hasAttribute('aria-sort')).toBe(false);
    await user.click(within(screen.getByRole('columnheader', { name: /Kind/ })).getByRole('button'));
    expect(search().get('sort')).toBeNull();
  });
});
