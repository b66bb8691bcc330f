import { Flex } from 'antd';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { ScopeResult } from './useAcrossScopes';

/** One alert per failing account and region; the table below still shows everyone else. */
export function ScopeErrors<T>({ failed }: { failed: readonly ScopeResult<T>[] }) {
  if (failed.length === 0) return null;
  return (
    <Flex vertical gap={8}>
      {failed.map((f) => (
        <ErrorAlert
          key={`${f.scope.account.id}/${f.scope.region}`}
          error={f.error}
          scope={{ account: f.scope.account.name, region: f.scope.region }}
          onRetry={f.refetch}
        />
      ))}
    </Flex>
  );
}
