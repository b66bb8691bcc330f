import './jsdom';
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nProvider } from '../../app/i18n/I18nProvider';
import type { Language } from '../../app/i18n/messages';

/** Renders a page inside the console's providers at `url`; returns the router to read its location. Tests only. */
export function renderWithApp(element: ReactNode, { url = '/', path = '*', lang = 'en' as Language } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path, element }], { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={client}>
      <I18nProvider initial={lang}>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </I18nProvider>
    </QueryClientProvider>,
  );
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...view, router, client, search };
}
