import { vi } from 'vitest';
import { configure, waitFor } from '@testing-library/react';

// antd's first render is slow in jsdom on a busy machine; role queries are slower still, so the
// page tests find things by label and text.
configure({ asyncUtilTimeout: 15_000 });

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

// A page journey renders antd several times over; on a loaded 2-core machine that takes a while.
vi.setConfig({ testTimeout: 150_000 });
