// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import CapabilitiesPage, { cellOperations } from './CapabilitiesPage';
import { KINDS } from '../../domain/capabilities';

describe('CapabilitiesPage', () => {
  it('shows each provider’s offer per kind, with the reason where it has none', async () => {
    renderWithApp(<CapabilitiesPage />);
    const table = await screen.findByRole('table');
    const logsRow = within(table).getByText('Logs & events').closest('tr')!;
    expect(within(logsRow).getByText('The NetEase document has no log API.')).toBeTruthy();
    expect(within(logsRow).getAllByText('Open')).toHaveLength(2);
    const registryRow = within(table).getByText('Image registry').closest('tr')!;
    expect(within(registryRow).getByText('The Jushita document has no image registry.')).toBeTruthy();
    // One operation is one, not "1 operations".
    expect(within(table).queryByText(/^1 operations$/)).toBeNull();
    expect(within(table).getAllByText(/^\d+ operations?$/).length).toBeGreaterThan(10);
  });

  it('speaks Chinese', async () => {
    renderWithApp(<CapabilitiesPage />, { lang: 'zh-CN' });
    expect(await screen.findByText('网易云文档没有日志接口。')).toBeTruthy();
  });

  it('counts the operations of a cell from the definitions', () => {
    const logs = KINDS.logs.tencent;
    if ('absent' in logs) throw new Error('Tencent offers logs');
    const names = cellOperations('tencent', logs).map((o) => o.name);
    expect(names).toContain('DescribeInstanceLog');
    expect(names).toContain('CreateLogCollector');
    expect(names).toHaveLength(9);
  });
});
