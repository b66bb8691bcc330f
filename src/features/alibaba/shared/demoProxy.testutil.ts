import { configure, waitFor } from '@testing-library/react';
import { DEMO_CREDENTIALS } from '../../../mocks/demo-credentials';
import { seedWorld } from '../../../mocks/alibaba/store/seed';
import { stubDemoProxy as stubSharedDemoProxy } from '../../shared/demoProxy.testutil';

// antd's first render is slow in jsdom on a busy machine.
configure({ asyncUtilTimeout: 15_000 });

/** The shared in-process demo proxy, with faults aimed at the Alibaba emulator. */
export async function stubDemoProxy() {
  const proxy = await stubSharedDemoProxy();
  return { ...proxy, faults: (body: unknown) => proxy.faults('alibaba', body) };
}

/** The demo world's RDS instances (the document has no call that lists them; the seed is fixed). */
export function demoRdsInstances() {
  return seedWorld(DEMO_CREDENTIALS.alibaba.accessKeyId, Date.now()).rds.map((i) => ({ id: i.DBInstanceId, engine: i.Engine }));
}

/** The open modal (antd keeps closed ones hidden in the DOM). */
export async function openDialog(): Promise<HTMLElement> {
  return waitFor(() => {
    const dialogs = [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap')].filter((d) => d.style.display !== 'none');
    const last = dialogs.at(-1)?.querySelector<HTMLElement>('[role=dialog]');
    if (!last) throw new Error('no open dialog');
    return last;
  });
}

/** The button that holds this text (antd wraps the label in a span). */
export const buttonOf = (element: HTMLElement): HTMLButtonElement => element.closest('button')!;
