// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../../netease/shared/demoProxy.testutil';
import { buttonOf, openDialog } from '../../netease/shared/dom.testutil';
import ServicePage from './ServicePage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The seeded stateful mysql service of the default space, found the way the pages find it. */
async function seededMysql(): Promise<{ spaceId: number; serviceId: number }> {
  const call = async (operation: string, params: Record<string, unknown>) =>
    (await (await fetch('/api/accounts/netease-demo/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operation, region: 'default', params }) })).json()) as unknown;
  const { namespaces } = (await call('listNamespaces', {})) as { namespaces: Array<{ id: number; display_name: string }> };
  const space = namespaces.find((n) => n.display_name === 'default')!;
  const { microservice_infos } = (await call('listServices', { id: space.id })) as { microservice_infos: Array<{ id: number; service_name: string }> };
  proxy.calls.length = 0;
  return { spaceId: space.id, serviceId: microservice_infos.find((s) => s.service_name === 'mysql')!.id };
}

const PATH = '/netease/services/:accountId/:spaceId/:serviceId';

describe('ServicePage against the demo proxy and emulator', () => {
  it('offers a stateful service only its actions, changes ports with the rules beside the fields, shows a refusal with its RequestId, restarts one container and shows the rollout', async () => {
    const user = userEvent.setup();
    const { spaceId, serviceId } = await seededMysql();
    const { search } = renderWithApp(<ServicePage />, { url: `/netease/services/netease-demo/${spaceId}/${serviceId}`, path: PATH });
    expect((await screen.findAllByText('Stateful', { selector: '.ant-tag' })).length).toBeGreaterThan(0);
    // 9.11-9.13 are for stateless services: disabled here; 9.14 is offered.
    const toolbar = screen.getByTestId('service-actions');
    expect(buttonOf(within(toolbar).getByText('Scale')).disabled).toBe(true);
    expect(buttonOf(within(toolbar).getByText('Change image')).disabled).toBe(true);
    expect(buttonOf(within(toolbar).getByText('Restart')).disabled).toBe(false);
    expect(screen.getByTestId('service-public-ip').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

    // Ports (9.10): a port out of range stays in the dialog, explained; then a refusal with its RequestId.
    await user.click(buttonOf(within(toolbar).getByText('Edit ports')));
    const dialog = await openDialog();
    await user.click(buttonOf(within(dialog).getByText('Add port')));
    await user.type(within(dialog).getByLabelText('Service port 2'), '70000');
    await user.type(within(dialog).getByLabelText('Container port 2'), '9104');
    await user.click(buttonOf(within(dialog).getByText('Save')));
    expect(await within(dialog).findByText(/Ports 1–65535/, { selector: '.ant-form-item-explain-error' })).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'updateServicePorts')).toBe(false);
    await user.clear(within(dialog).getByLabelText('Service port 2'));
    await user.type(within(dialog).getByLabelText('Service port 2'), '9104');
    await proxy.faults({ failNext: 1, failOperation: 'updateServicePorts' });
    await user.click(buttonOf(within(dialog).getByText('Save')));
    const alert = await within(dialog).findByTestId('provider-error');
    expect(within(alert).getByTestId('error-request-id').textContent).toMatch(/^[0-9a-f-]{36}$/);
    await user.click(buttonOf(within(dialog).getByText('Save')));
    expect((await screen.findByTestId('provider-answer')).textContent).toContain('updateServicePorts');
    expect(proxy.calls.filter((c) => c.operation === 'updateServicePorts').at(-1)?.params).toEqual({
      id: serviceId,
      port_maps: [
        { dest_port: 3306, source_port: 3306, protocol: 'TCP' },
        { dest_port: 9104, source_port: 9104, protocol: 'TCP' },
      ],
    });
    // The rollout: 9.7 is asked again until the service settles (jsdom is slow: `updating` may be over by the first look).
    expect(await screen.findByText(/Rolled out — update_succ/, {}, { timeout: 30_000 })).toBeTruthy();

    // One container (9.15), from the containers tab; the tab is in the URL.
    await user.click(screen.getByText('Containers', { selector: '.ant-tabs-tab-btn' }));
    await waitFor(() => expect(search().get('tab')).toBe('containers'));
    const replica = await screen.findByLabelText(/^Restart [0-9a-f]{12}$/);
    await user.click(replica);
    await user.click(buttonOf(await screen.findByText('Restart', { selector: '.ant-popconfirm-buttons span' })));
    expect((await screen.findByTestId('provider-answer-body')).textContent).toContain('empty');
    const restart = proxy.calls.find((c) => c.operation === 'restartContainer');
    expect(restart?.params).toMatchObject({ id: serviceId, uuid: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await screen.findByText(/Rolling out — restarting|Rolled out — restart_succ/)).toBeTruthy();
  });
});
