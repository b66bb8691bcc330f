import { useState } from 'react';
import { Alert, Form, Modal, Select } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useRegistryRepos, useRegistryTags } from '../api';
import { useTsvcT } from '../messages';
import { imageOf } from '../rules';

/** The account's registry (SearchUserRepository, GetTagList): repository, then tag, gives the image. */
export function ImagePicker({ open, accountId, region, onPick, onClose }: { open: boolean; accountId: string; region: string; onPick: (image: string) => void; onClose: () => void }) {
  const t = useTsvcT();
  const [repo, setRepo] = useState<string>();
  const [tag, setTag] = useState<string>();
  const repos = useRegistryRepos(accountId, region, open);
  const tags = useRegistryTags(accountId, region, repo);
  const image = repo && tag ? imageOf(tags.data?.server, repo, tag) : undefined;
  return (
    <Modal
      open={open}
      title={t('picker.title')}
      okText={t('picker.use')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !image }}
      onOk={() => {
        if (image) onPick(image);
        onClose();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {repos.error && <ErrorAlert error={repos.error} scope={{ account: accountId }} />}
      {tags.error && <ErrorAlert error={tags.error} scope={{ account: accountId }} />}
      {repos.data && repos.data.length === 0 && <Alert type="info" title={t('picker.noRepos')} />}
      <Form layout="vertical">
        <Form.Item label={t('picker.repository')}>
          <Select
            aria-label={t('picker.repository')}
            showSearch
            loading={repos.isLoading}
            value={repo}
            onChange={(v) => {
              setRepo(v);
              setTag(undefined);
            }}
            options={(repos.data ?? []).map((r) => ({ value: r.reponame!, label: `${r.reponame}${r.description ? ` — ${r.description}` : ''}` }))}
          />
        </Form.Item>
        <Form.Item label={t('picker.tag')} extra={image && <code>{image}</code>}>
          <Select
            aria-label={t('picker.tag')}
            showSearch
            disabled={!repo}
            loading={tags.isLoading}
            value={tag}
            onChange={setTag}
            options={(tags.data?.tags ?? []).map((x) => ({ value: x.tagName!, label: `${x.tagName}${x.pushTime ? ` · ${x.pushTime}` : ''}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
