import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../app/i18n/useI18n';

/** Says plainly that a page is planned but not built, instead of an empty screen. */
export function NotBuiltPage({ page }: { page: string }) {
  const t = useT();
  return (
    <Result
      status="info"
      title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t('notBuilt.title', { page })}</h1>}
      subTitle={t('notBuilt.body')}
      extra={
        <Link to="/clusters">
          <Button type="primary">{t('notBuilt.goClusters')}</Button>
        </Link>
      }
    />
  );
}
