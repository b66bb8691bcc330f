import type { ReactNode } from 'react';
import { ConfigProvider, theme } from 'antd';

/** The app's theme setup (light or dark from `?theme=`), without the app's providers. */
export const benchDark = new URLSearchParams(location.search).get('theme') === 'dark';
export const benchLocale = new URLSearchParams(location.search).get('lang') === 'zh-CN' ? 'zh-CN' : 'en';

// One theme object, as the app's shell keeps it: a new object per render would re-render every antd
// component under the provider whenever the bench page's state changes (each followed batch).
const benchTheme = { algorithm: [benchDark ? theme.darkAlgorithm : theme.defaultAlgorithm, theme.compactAlgorithm], token: { borderRadius: 4 } };

export function BenchShell({ children }: { children: ReactNode }) {
  document.body.style.margin = '0';
  document.body.style.background = benchDark ? '#000' : '#f5f5f5';
  return (
    <ConfigProvider theme={benchTheme}>
      <div style={{ padding: 16 }}>{children}</div>
    </ConfigProvider>
  );
}

/** Resolves after the browser has painted the current frame. */
export const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
