import { useState } from 'react';
import { Flex, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { HUB_HOST } from '../../../providers/netease/domain';
import { BUILD_STATUS } from '../../../providers/netease/operations/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { neteaseApi } from '../../netease/shared/client';
import { readAllPages } from '../../netease/shared/useAcrossAccounts';
import { svcKeys } from '../shared/keys';
import { splitImagePath } from '../shared/rules';
import { useServiceImages } from '../shared/useServiceImages';
import { useSvcT } from '../useSvcT';

/** 5.2 pages at most 30. */
const REPO_PAGE = 30;

type RepoChoice = { kind: 'own'; repoId: number; user: string; name: string } | { kind: 'public'; name: string };

/**
 * A container's image: a repository of the account (5.2, tags from 5.3, built ones only) or a
 * public one (9.4), then one of its tags. The value is 9.5's `image_path`.
 */
export function ImagePicker({ accountId, region, value, onChange, label, invalid }: { accountId: string; region: string; value: string; onChange: (path: string) => void; label: string; invalid?: boolean }) {
  const t = useSvcT();
  const repos = useQuery({
    queryKey: svcKeys.repositories(accountId, region),
    queryFn: () =>
      readAllPages(async (offset) => {
        const page = await neteaseApi(accountId).call('listRepositories', { limit: REPO_PAGE, offset });
        return { total: page.total, items: page.repositories };
      }),
    enabled: !!accountId,
    staleTime: 30_000,
  });
  const images = useServiceImages(accountId, region);
  const publicRepos = [...new Set((images.data?.public_images ?? []).map((i) => i.repo_name))];
  // The repository follows the chosen image; before one is chosen, the user's pick.
  const fromValue = (): RepoChoice | undefined => {
    if (!value) return undefined;
    const { repository } = splitImagePath(value);
    const [, user, name] = repository.split('/');
    if (user === 'public') return { kind: 'public', name };
    const own = repos.data?.find((r) => r.repo_name === name);
    return own ? { kind: 'own', repoId: own.repo_id, user: own.user_name, name } : undefined;
  };
  const [picked, setPicked] = useState<RepoChoice>();
  const choice = picked ?? fromValue();
  const repo = useQuery({
    queryKey: svcKeys.repository(accountId, region, choice?.kind === 'own' ? choice.repoId : 0),
    queryFn: () => neteaseApi(accountId).call('getRepository', { id: (choice as { repoId: number }).repoId }),
    enabled: choice?.kind === 'own',
  });
  const tagOptions =
    choice?.kind === 'own'
      ? (repo.data?.tags ?? []).map((tag) => ({
          value: `${HUB_HOST}/${choice.user}/${choice.name}:${tag.name}`,
          label: tag.status === BUILD_STATUS.succeeded ? tag.name : `${tag.name} (${t(`build.${tag.status}` as 'build.0')})`,
          disabled: tag.status !== BUILD_STATUS.succeeded,
        }))
      : choice?.kind === 'public'
        ? (images.data?.public_images ?? []).filter((i) => i.repo_name === choice.name).map((i) => ({ value: i.image_path, label: i.tag }))
        : [];
  const repoValue = choice ? (choice.kind === 'own' ? `own:${choice.repoId}` : `public:${choice.name}`) : undefined;
  return (
    <Flex vertical gap={4}>
      <Flex gap={8}>
        <Select
          aria-label={`${label} ${t('create.repository')}`}
          placeholder={t('create.repository')}
          style={{ flex: 1 }}
          showSearch
          loading={repos.isLoading || images.isLoading}
          status={invalid ? 'error' : undefined}
          value={repoValue}
          onChange={(v: string) => {
            const [kind, rest] = [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)];
            if (kind === 'own') {
              const r = repos.data?.find((x) => x.repo_id === Number(rest));
              if (r) setPicked({ kind: 'own', repoId: r.repo_id, user: r.user_name, name: r.repo_name });
            } else setPicked({ kind: 'public', name: rest });
            onChange('');
          }}
          options={[
            { label: t('create.ownRepositories'), options: (repos.data ?? []).map((r) => ({ value: `own:${r.repo_id}`, label: `${r.user_name}/${r.repo_name}` })) },
            { label: t('create.publicImages'), options: publicRepos.map((name) => ({ value: `public:${name}`, label: `public/${name}` })) },
          ]}
        />
        <Select
          aria-label={`${label} ${t('create.tag')}`}
          placeholder={t('create.tag')}
          style={{ width: 220 }}
          disabled={!choice}
          loading={repo.isLoading}
          status={invalid ? 'error' : undefined}
          value={value || undefined}
          onChange={onChange}
          options={tagOptions}
        />
      </Flex>
      {repos.error ? <ErrorAlert error={repos.error} onRetry={() => repos.refetch()} /> : null}
      {repo.error ? <ErrorAlert error={repo.error} onRetry={() => repo.refetch()} /> : null}
      {images.error ? <ErrorAlert error={images.error} onRetry={() => images.refetch()} /> : null}
    </Flex>
  );
}
