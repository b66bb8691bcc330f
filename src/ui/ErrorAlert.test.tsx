// @vitest-environment jsdom
import './test-support/jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProviderError } from '../providers/core/errors';
import { I18nProvider } from '../app/i18n/I18nProvider';
import { ErrorAlert } from './ErrorAlert';

afterEach(cleanup);

const tencentError = new ProviderError({
  provider: 'tencent',
  code: 'InternalError',
  message: 'internal error, retry later',
  httpStatus: 200,
  requestId: 'a7c3f2e1-0000-4bbb-8ccc-123456789abc',
  proxyRequestId: 'px-42',
  operation: 'DescribeCluster',
});

describe('ErrorAlert', () => {
  it('shows provider, code, message, RequestId and the proxy request id', () => {
    render(
      <I18nProvider initial="en">
        <ErrorAlert error={tencentError} scope={{ account: 'Tencent demo', region: 'gz' }} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveProperty('textContent', expect.stringContaining('Tencent Cloud refused the call'));
    expect(screen.getByTestId('error-code').textContent).toBe('InternalError');
    expect(screen.getByTestId('error-message').textContent).toBe('internal error, retry later');
    expect(screen.getByTestId('error-request-id').textContent).toBe('a7c3f2e1-0000-4bbb-8ccc-123456789abc');
    expect(screen.getByTestId('error-proxy-request-id').textContent).toBe('px-42');
    expect(screen.getByTestId('error-region').textContent).toBe('gz');
    expect(screen.getByTestId('error-operation').textContent).toBe('DescribeCluster');
  });

  it('copies the details, RequestId included', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <I18nProvider initial="en">
        <ErrorAlert error={tencentError} />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0][0] as string;
    expect(copied).toContain('RequestId: a7c3f2e1-0000-4bbb-8ccc-123456789abc');
    expect(copied).toContain('Code: InternalError');
    expect(copied).toContain('Provider: Tencent Cloud');
  });

  it('names the proxy when the proxy refused, in Chinese too, without an empty RequestId', () => {
    const proxy = new ProviderError({ provider: 'proxy', code: 'UnknownRegion', message: 'no region', httpStatus: 400, proxyRequestId: 'px-1' });
    render(
      <I18nProvider initial="zh-CN">
        <ErrorAlert error={proxy} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('控制台代理拒绝了请求');
    expect(screen.queryByTestId('error-request-id')).toBeNull();
    expect(screen.getByTestId('error-proxy-request-id').textContent).toBe('px-1');
  });

  it('shows the message of an unexpected error', () => {
    render(<ErrorAlert error={new TypeError('Failed to fetch')} />);
    expect(screen.getByTestId('error-message').textContent).toBe('Failed to fetch');
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
  });
});
