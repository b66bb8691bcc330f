import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, theme as antdTheme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useI18n } from '../i18n/useI18n';
import { readPreference, writePreference } from '../preferences';

export type ThemeMode = 'light' | 'dark';

interface ThemeChoice {
  mode: ThemeMode;
  setMode: (mode: ThemeMode) => void;
}

const ThemeContext = createContext<ThemeChoice>({ mode: 'light', setMode: () => undefined });
export const useThemeMode = () => useContext(ThemeContext);

const THEME_KEY = 'tricloud.theme';

export function initialTheme(stored: string | null, prefersDark: boolean): ThemeMode {
  if (stored === 'light' || stored === 'dark') return stored;
  return prefersDark ? 'dark' : 'light';
}

const prefersDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/** antd theme (light/dark, compact for a dense console) and locale, following the language. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const [mode, setModeState] = useState<ThemeMode>(() => initialTheme(readPreference(THEME_KEY), prefersDark()));
  const setMode = useCallback((next: ThemeMode) => {
    writePreference(THEME_KEY, next);
    setModeState(next);
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = mode;
    document.documentElement.style.colorScheme = mode;
    // Pages outside the antd Layout (login) sit on the body: match antd's layout background.
    document.body.style.background = mode === 'dark' ? '#000' : '#f5f5f5';
  }, [mode]);
  const themeConfig = useMemo(
    () => ({
      algorithm: [mode === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm, antdTheme.compactAlgorithm],
      token: { borderRadius: 4 },
    }),
    [mode],
  );
  const choice = useMemo(() => ({ mode, setMode }), [mode, setMode]);
  return (
    <ThemeContext.Provider value={choice}>
      {/* No space inside two-character Chinese buttons: "登录" must stay findable as typed. */}
      <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={themeConfig} button={{ autoInsertSpace: false }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </ThemeContext.Provider>
  );
}
