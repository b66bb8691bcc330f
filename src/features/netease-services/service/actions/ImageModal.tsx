import { useState } from 'react';
import { Form, InputNumber, Select, Typography } from 'antd';
import { neteaseOps } from '../../../../providers/netease/operations';
import { ErrorAlert } from '../../../../ui/ErrorAlert';
import { useServiceChange, type Target } from '../../shared/api';
import { field } from '../../shared/field';
import { issuePaths, sameRepositoryImages } from '../../shared/rules';
import { useServiceImages } from '../../shared/useServiceImages';
import { useSvcT } from '../../useSvcT';
import { ActionModal, runChange, type ActionProps } from './ActionModal';

/** Default pause between replicas (9.12's example). */
const DEFAULT_MIN_READY = 10;

/** 9.12: a tag of the same repository per container (chosen among 9.4's images), min_ready_seconds 1-600. */
export function ImageModal(props: ActionProps) {
  const t = useSvcT();
  const info = props.service.service_info;
  const containers = props.service.service_container_infos;
  const images = useServiceImages(props.accountId, props.region);
  const all = [...(images.data?.custom_images ?? []), ...(images.data?.public_images ?? [])];
  const [chosen, setChosen] = useState<Record<number, string>>(() => Object.fromEntries(containers.map((c) => [c.container_id, c.image_path])));
  const [minReady, setMinReady] = useState<number | null>(DEFAULT_MIN_READY);
  const [problems, setProblems] = useState(new Map<string, string>());
  const change = useServiceChange('updateServiceImage', (api, v: Target & { container_images: Array<{ container_id: number; image_path: string }>; min_ready_seconds: number }) =>
    api.call('updateServiceImage', { id: info.id, container_images: v.container_images, min_ready_seconds: v.min_ready_seconds }),
  );
  const changed = containers.filter((c) => chosen[c.container_id] && chosen[c.container_id] !== c.image_path).map((c) => ({ container_id: c.container_id, image_path: chosen[c.container_id] }));
  const submit = () => {
    const bad = issuePaths(neteaseOps.updateServiceImage.params, { id: info.id, container_images: changed, min_ready_seconds: minReady ?? undefined });
    if (changed.length === 0) bad.set('container_images', 'unchanged');
    setProblems(bad);
    if (bad.size || minReady === null) return;
    void runChange(
      () => change.mutateAsync({ accountId: props.accountId, region: props.region, subject: `service:${info.id}`, container_images: changed, min_ready_seconds: minReady }),
      (answer) => props.onDone(t('actions.imageChanged', { name: info.service_name, images: changed.map((c) => c.image_path).join(', ') }), answer),
    );
  };
  return (
    <ActionModal open={props.open} title={t('actions.imageTitle', { name: info.service_name })} okText={t('actions.image')} onOk={submit} onCancel={props.onClose} loading={change.isPending} error={change.error} accountName={props.accountName} width={640}>
      <Typography.Text type="secondary">{t('rules.imageSameRepo')}</Typography.Text>
      {images.error ? <ErrorAlert error={images.error} onRetry={() => images.refetch()} /> : null}
      <Form layout="vertical">
        {containers.map((c) => {
          const options = sameRepositoryImages(c.image_path, [{ image_path: c.image_path }, ...all]);
          return (
            <Form.Item key={c.container_id} label={t('actions.imageOf', { container: c.container_name })} {...field(problems, 'container_images', problems.has('container_images') ? t('actions.imageUnchanged') : undefined)}>
              <Select
                aria-label={t('actions.imageOf', { container: c.container_name })}
                loading={images.isLoading}
                value={chosen[c.container_id]}
                onChange={(v: string) => setChosen((x) => ({ ...x, [c.container_id]: v }))}
                options={options.map((p) => ({ value: p, label: p === c.image_path ? `${p} (${t('actions.current')})` : p }))}
                showSearch
              />
            </Form.Item>
          );
        })}
        <Form.Item label={t('actions.minReady')} {...field(problems, 'min_ready_seconds', t('rules.minReady'))}>
          <InputNumber aria-label={t('actions.minReady')} value={minReady} onChange={setMinReady} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
