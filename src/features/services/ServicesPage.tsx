import { useT } from '../../app/i18n/useI18n';
import { NotBuiltPage } from '../../ui/NotBuiltPage';

/** Planned: its own issue builds it. Until then the page says so plainly. */
export default function ServicesPage() {
  const t = useT();
  return <NotBuiltPage page={t('nav.services')} />;
}
