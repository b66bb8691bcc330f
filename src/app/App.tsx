import { Suspense, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { I18nProvider } from './i18n/I18nProvider';
import { createQueryClient } from './query/queryClient';
import { createRouter } from './router';
import { ThemeProvider } from './theme/ThemeProvider';
import { LoadingState } from '../ui/EmptyState';

export function App() {
  const [client] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <QueryClientProvider client={client}>
      <I18nProvider>
        <ThemeProvider>
          <Suspense fallback={<LoadingState />}>
            <RouterProvider router={router} />
          </Suspense>
        </ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
