import { Segmented, Switch, Tooltip } from 'antd';
import { MoonOutlined, SunOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/useI18n';
import type { Language } from '../i18n/messages';
import { useThemeMode } from '../theme/ThemeProvider';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      value={lang}
      onChange={setLang}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}

export function ThemeSwitch() {
  const { t } = useI18n();
  const { mode, setMode } = useThemeMode();
  return (
    <Tooltip title={t('header.theme')}>
      <Switch
        aria-label={t('header.theme')}
        checked={mode === 'dark'}
        onChange={(dark) => setMode(dark ? 'dark' : 'light')}
        checkedChildren={<MoonOutlined />}
        unCheckedChildren={<SunOutlined />}
        title={mode === 'dark' ? t('header.themeDark') : t('header.themeLight')}
      />
    </Tooltip>
  );
}
