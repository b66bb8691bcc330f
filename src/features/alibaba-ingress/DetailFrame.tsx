import type { ReactNode } from 'react';
import { Alert, Button, Flex, Skeleton } from 'antd';
import { DeleteOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { isProviderError } from '../../providers/core/errors';
import { ErrorAlert, type ErrorScope } from '../../ui/ErrorAlert';
import { ProviderTag } from '../../ui/ProviderTag';
import { PageHeader } from '../shared/PageHeader';
import { useIngressT } from '../ingresses/useIngressT';

/** Whether the provider said "no such resource" (then the page says so instead of an error). */
export const isNotFound = (e: unknown) => isProviderError(e) && /not ?found|不存在/i.test(`${e.code} ${e.message}`);

/** The edit modal's open state lives in the URL (`?edit=1`), so a link can open it. */
export function useEditParam(): [boolean, (on: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const set = (on: boolean) =>
    setParams(
      (cur) => {
        const n = new URLSearchParams(cur);
        if (on) n.set('edit', '1');
        else n.delete('edit');
        return n;
      },
      { replace: true },
    );
  return [params.get('edit') === '1', set];
}

/** Header (title, refresh, edit, delete), the load's and the last change's errors, then the body. */
export function DetailFrame(props: {
  title: string;
  loaded: boolean;
  isLoading: boolean;
  isFetching: boolean;
  error: unknown;
  changeError?: unknown;
  scope: ErrorScope;
  notFound: string;
  onRefresh: () => void;
  onEdit: () => void;
  onDelete: () => void;
  children: ReactNode;
}) {
  const ti = useIngressT();
  const gone = !!props.error && isNotFound(props.error);
  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={
          <Flex gap={8} align="center">
            <ProviderTag provider="alibaba" />
            {props.title}
          </Flex>
        }
        subtitle={<Link to="/ingresses">{ti('common.back')}</Link>}
        extra={
          <Flex gap={8}>
            <Button icon={<ReloadOutlined spin={props.isFetching} />} aria-label={ti('common.refresh')} onClick={props.onRefresh} />
            <Button icon={<EditOutlined />} disabled={!props.loaded} onClick={props.onEdit}>
              {ti('common.edit')}
            </Button>
            <Button danger icon={<DeleteOutlined />} disabled={!props.loaded} onClick={props.onDelete}>
              {ti('common.delete')}
            </Button>
          </Flex>
        }
      />
      {gone ? <Alert type="warning" showIcon title={props.notFound} /> : null}
      {props.error ? <ErrorAlert error={props.error} scope={props.scope} onRetry={props.onRefresh} /> : null}
      {props.changeError ? <ErrorAlert error={props.changeError} scope={props.scope} /> : null}
      {props.isLoading ? <Skeleton active /> : null}
      {props.loaded ? props.children : null}
    </Flex>
  );
}
