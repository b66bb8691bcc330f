import { useState } from 'react';
import { AutoComplete, Button, Flex, Form, Input, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { Scope } from '../../../app/accounts/scope';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatBytes } from '../../shared/format';
import { AccountSelect, scopeOf } from '../../netease/shared/AccountSelect';
import { useNeteaseChange, type Target } from '../../netease/shared/useNeteaseChange';
import { imageKeys } from '../shared/keys';
import { useRepositories } from '../shared/queries';
import { buildIssues, byteLength, DOCKERFILE_MAX_BYTES, type BuildForm as Values } from '../shared/rules';
import { useImagesT } from '../useImagesT';

export interface StartedBuild extends Target {
  repo_name: string;
  tag: string;
}

const SAMPLE = 'FROM hub.c.163.com/public/nginx:1.11.5\nCOPY dist/ /usr/share/nginx/html/\n';

/**
 * 5.1: repository, tag and a Dockerfile (at most 1 MB, refused before anything is sent). With
 * `scopes` the account is picked here; with `fixed` the account and repository are given.
 */
export function BuildForm({
  scopes,
  fixed,
  initial,
  existingTags,
  onStarted,
  onCancel,
}: {
  scopes: readonly Scope[];
  fixed?: { accountId: string; region: string; accountName: string; repo_name: string };
  initial?: { accountId?: string; repo_name?: string };
  existingTags?: readonly string[];
  onStarted: (build: StartedBuild) => void;
  onCancel?: () => void;
}) {
  const t = useImagesT();
  const [form] = Form.useForm<Values & { accountId?: string }>();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const [tooBig, setTooBig] = useState<number>();
  const [fileName, setFileName] = useState<string>();
  const accountId = Form.useWatch('accountId', form) ?? fixed?.accountId ?? initial?.accountId;
  const scope = fixed ? { account: { id: fixed.accountId, name: fixed.accountName }, region: fixed.region } : scopeOf(scopes, accountId);
  const repos = useRepositories(fixed ? undefined : scope?.account.id, scope?.region ?? '');
  const dockerfile = (Form.useWatch('docker_file', form) as string | undefined) ?? '';
  const tag = (Form.useWatch('tag', form) as string | undefined) ?? '';
  const size = byteLength(dockerfile);
  const build = useNeteaseChange((api, v: StartedBuild & { docker_file: string }) => api.call('buildImage', { repo_name: v.repo_name, tag: v.tag, docker_file: v.docker_file }), imageKeys.repositories);

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values & { accountId?: string };
    const values = { ...v, repo_name: fixed?.repo_name ?? v.repo_name };
    const bad = buildIssues(values);
    if (!scope) bad.add('accountId');
    setRefused(bad);
    if (bad.size > 0 || !scope) return;
    const started = { accountId: scope.account.id, region: scope.region, repo_name: values.repo_name!.trim(), tag: values.tag!.trim() };
    const ok = await build.mutateAsync({ ...started, docker_file: values.docker_file! }).then(() => true, () => false);
    if (ok) {
      build.reset();
      onStarted(started);
    }
  };

  const field = (name: string, rule: string, help?: React.ReactNode) => ({
    validateStatus: refused.has(name) ? ('error' as const) : undefined,
    help: refused.has(name) ? rule : help,
  });

  return (
    <Form form={form} layout="vertical" initialValues={{ accountId: initial?.accountId ?? scopes[0]?.account.id, repo_name: initial?.repo_name ?? '', tag: '', docker_file: '' }}>
      {fixed ? null : (
        <Flex gap={12} wrap>
          <Form.Item name="accountId" label={t('common.account')} style={{ flex: '1 1 200px' }} {...field('accountId', t('common.accountRequired'))}>
            <AccountSelect scopes={scopes} label={t('common.account')} />
          </Form.Item>
          <Form.Item name="repo_name" label={t('build.repo')} required style={{ flex: '2 1 280px' }} {...field('repo_name', t('build.repoRule'), t('build.repoHelp'))}>
            <AutoComplete
              aria-label={t('build.repo')}
              options={(repos.data ?? []).map((r) => ({ value: r.repo_name, label: `${r.repo_name} · ${r.tag_count}` }))}
              filterOption={(input, option) => String(option?.value ?? '').includes(input.trim())}
            />
          </Form.Item>
        </Flex>
      )}
      {repos.error ? <ErrorAlert error={repos.error} /> : null}
      <Form.Item
        name="tag"
        label={t('build.tag')}
        required
        {...field('tag', t('build.tagRule'), existingTags?.includes(tag.trim()) ? <Typography.Text type="warning">{t('build.tagExists', { tag: tag.trim() })}</Typography.Text> : t('build.tagRule'))}
      >
        <Input aria-label={t('build.tag')} maxLength={140} autoComplete="off" placeholder="v1" />
      </Form.Item>
      <Form.Item
        label={
          <Flex gap={8} align="center">
            {t('build.dockerfile')}
            <Upload
              accept="*"
              showUploadList={false}
              beforeUpload={(file) => {
                // 5.1's limit, checked before the file is read or sent.
                if (file.size > DOCKERFILE_MAX_BYTES) {
                  setTooBig(file.size);
                  setFileName(undefined);
                } else {
                  setTooBig(undefined);
                  void file.text().then((text) => {
                    form.setFieldValue('docker_file', text);
                    setFileName(file.name);
                  });
                }
                return Upload.LIST_IGNORE;
              }}
            >
              <Button size="small" icon={<UploadOutlined />}>
                {t('build.choose')}
              </Button>
            </Upload>
            {fileName ? <Typography.Text type="secondary">{t('build.fromFile', { file: fileName })}</Typography.Text> : null}
          </Flex>
        }
        required
        validateStatus={refused.has('docker_file') || tooBig !== undefined || size > DOCKERFILE_MAX_BYTES ? 'error' : undefined}
        help={
          tooBig !== undefined
            ? t('build.dockerfileTooBig', { size: formatBytes(tooBig) })
            : refused.has('docker_file') || size > DOCKERFILE_MAX_BYTES
              ? `${t('build.dockerfileRule')} · ${t('build.dockerfileSize', { size: formatBytes(size) })}`
              : t('build.dockerfileSize', { size: formatBytes(size) })
        }
      >
        <Form.Item name="docker_file" noStyle>
          <Input.TextArea aria-label={t('build.dockerfile')} rows={8} placeholder={SAMPLE} spellCheck={false} style={{ fontFamily: 'monospace', fontSize: 12 }} />
        </Form.Item>
      </Form.Item>
      {build.error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={build.error} scope={{ account: scope?.account.name }} />
        </div>
      ) : null}
      <Flex gap={8} justify="end">
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
        <Button type="primary" loading={build.isPending} onClick={submit}>
          {t('build.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
