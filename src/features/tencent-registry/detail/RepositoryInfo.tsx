import { useState } from 'react';
import { Button, Descriptions, Flex, Input, Space, Tag, Typography } from 'antd';
import { EditOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { CopyButton } from '../../../ui/CopyButton';
import { formatDate } from '../../shared/format';
import type { TencentResult } from '../../../providers/tencent/client';
import type { RegistryScope } from '../api/client';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { ActionError } from '../components/ActionError';
import { useRegistryT } from '../messages';
import { pullCommand } from '../rules';

/** Description, visibility, favourite and the pull command of one repository. */
export function RepositoryInfo({ scope, reponame, info }: { scope: RegistryScope; reponame: string; info: TencentResult<'GetRepositoryInfo'> }) {
  const t = useRegistryT();
  const [editing, setEditing] = useState<string>();
  const reptype = info.reptype === 'DOCKER HUB' ? 'DOCKER HUB' : 'QCLOUD HUB';
  const setPublic = useRegistryMutation(scope.accountId, (pub: 0 | 1) => scope.client.UpdateRepositoryPublic({ reponame, public: pub }, scope.region));
  const setDesc = useRegistryMutation(scope.accountId, (description: string) => scope.client.UpdateRepositoryDesc({ reponame, description }, scope.region), () => setEditing(undefined));
  const favor = useRegistryMutation(scope.accountId, (on: boolean) => (on ? scope.client.AddFavor({ reponame, reptype }, scope.region) : scope.client.DeleteFavor({ reponame, reptype }, scope.region)));
  const pull = pullCommand(undefined, reponame);
  const isPublic = info.public === 1;
  return (
    <Flex vertical gap={8}>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('repo.visibility')}>
          <Space>
            <Tag color={isPublic ? 'green' : 'default'}>{t(isPublic ? 'repo.public' : 'repo.private')}</Tag>
            <Button size="small" loading={setPublic.isPending} onClick={() => setPublic.mutate(isPublic ? 0 : 1)}>
              {t(isPublic ? 'repo.setPrivate' : 'repo.setPublic')}
            </Button>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('repo.favorites')}>
          <Space>
            {info.favorCount ?? 0}
            <Button
              size="small"
              icon={info.isUserFavor ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />}
              loading={favor.isPending}
              onClick={() => favor.mutate(!info.isUserFavor)}
            >
              {t(info.isUserFavor ? 'repo.removeFavorite' : 'repo.addFavorite')}
            </Button>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('repo.pulls')}>{info.pullCount ?? 0}</Descriptions.Item>
        <Descriptions.Item label={t('common.created')}>{formatDate(info.creationTime)}</Descriptions.Item>
        <Descriptions.Item label={t('repo.pull')} span={2}>
          <Space>
            <Typography.Text code data-testid="pull-command">{pull}</Typography.Text>
            <CopyButton text={pull} label={t('repo.copyPull')} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.description')} span={3}>
          {editing === undefined ? (
            <Space>
              <span>{info.description}</span>
              <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('repo.editDescription')} onClick={() => setEditing(info.description ?? '')} />
            </Space>
          ) : (
            <Space.Compact style={{ width: '100%' }}>
              <Input aria-label={t('common.description')} value={editing} onChange={(e) => setEditing(e.target.value)} onPressEnter={() => setDesc.mutate(editing)} autoFocus />
              <Button type="primary" loading={setDesc.isPending} onClick={() => setDesc.mutate(editing)}>
                {t('common.save')}
              </Button>
              <Button onClick={() => setEditing(undefined)}>{t('common.cancel')}</Button>
            </Space.Compact>
          )}
        </Descriptions.Item>
      </Descriptions>
      <ActionError error={setPublic.error ?? setDesc.error ?? favor.error} account={scope.accountName} />
    </Flex>
  );
}
