// @vitest-environment jsdom
import './test-support/jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DangerConfirm } from './DangerConfirm';

afterEach(cleanup);

const deleteButton = () => screen.getByRole('button', { name: /Delete/ });

describe('DangerConfirm', () => {
  it('stays disabled until the exact name is typed, then confirms once', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<DangerConfirm open kind="cluster" name="cls-prod" onConfirm={onConfirm} onCancel={() => undefined} />);
    expect(screen.getByText('Delete cluster cls-prod?')).toBeTruthy();
    const input = screen.getByLabelText('Type cls-prod');
    expect(deleteButton()).toHaveProperty('disabled', true);

    await user.type(input, 'cls-pro');
    expect(deleteButton()).toHaveProperty('disabled', true);
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();

    await user.type(input, 'D');
    expect(deleteButton()).toHaveProperty('disabled', true); // case matters

    await user.clear(input);
    await user.type(input, 'cls-prod');
    expect(deleteButton()).toHaveProperty('disabled', false);
    await user.click(deleteButton());
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('cancels without confirming', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<DangerConfirm open kind="node" name="ins-1" onConfirm={onConfirm} onCancel={onCancel} />);
    await user.click(screen.getByRole('button', { name: /Cancel/ }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
