import { AutoComplete, Col, Form, Input, InputNumber, Radio, Row, Select, Switch, type FormInstance } from 'antd';
import { normalizeRegion, REGIONS } from '../../../providers/tencent/regions';
import { bandwidthTypesFor, cpuMemProblem, passwordProblem, storageProblem, type NodeSpecValues } from '../rules';
import type { ClustersMessageKey, ClustersTranslate } from '../messages';

export const INSTANCE_TYPES = ['S1.SMALL1', 'S1.SMALL2', 'S1.MEDIUM4', 'S3.MEDIUM4', 'S3.LARGE8', 'S3.2XLARGE16', 'GN2.7XLARGE56'];
const OS = ['centos7.2x86_64', 'ubuntu16.04.1 LTSx86_64'];
const GPU_OS = ['centos7.2x86_64 GPU', 'ubuntu16.04.1 LTSx86_64 GPU'];
const ROOT_TYPES = ['CLOUD_BASIC', 'CLOUD_SSD', 'LOCAL_BASIC', 'LOCAL_SSD'];
const DATA_TYPES = ['CLOUD_BASIC', 'CLOUD_PREMIUM', 'CLOUD_SSD', 'LOCAL_BASIC', 'LOCAL_SSD'];
const RENEW = ['NOTIFY_AND_AUTO_RENEW', 'NOTIFY_AND_MANUAL_RENEW', 'DISABLE_NOTIFY_AND_MANUAL_RENEW'];

/** Zones of a region (the document's zoneId; the emulator takes the zone name or its numeric id). */
export const zonesOf = (region: string) => {
  const code = normalizeRegion(region);
  return code ? REGIONS[code].zones.map((z) => z.zone) : [];
};

const rule = (t: ClustersTranslate, check: (v: unknown) => ClustersMessageKey | undefined) => ({
  validator: async (_: unknown, v: unknown) => {
    const problem = check(v);
    if (problem) throw new Error(t(problem));
  },
});

/**
 * The node-buying fields (CreateCluster's nodes, AddClusterInstances), with the document's limits
 * beside each field. `add` adds the fields only AddClusterInstances takes (GPU images, mount point,
 * docker graph path, unschedulable).
 */
export function NodeSpecFields({ t, form, region, add, clusterOs, maxNodes = 20 }: { t: ClustersTranslate; form: FormInstance; region: string; add?: boolean; clusterOs?: string; maxNodes?: number }) {
  const cvmType = (Form.useWatch('cvmType', form) as NodeSpecValues['cvmType'] | undefined) ?? 'PayByHour';
  const bandwidth = Form.useWatch('bandwidth', form) as number | undefined;
  const login = (Form.useWatch('login', form) as NodeSpecValues['login'] | undefined) ?? 'random';
  const zones = zonesOf(region);
  const required = { required: true, message: t('rule.required') };
  const osOptions = (add ? [...OS, ...GPU_OS] : OS).map((o) => ({ value: o, label: o }));
  return (
    <>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="zoneId" label={t('field.zoneId')} rules={[required]}>
            <Select options={zones.map((z) => ({ value: z, label: z }))} placeholder={t('field.zonePick')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="subnetId" label={t('field.subnetId')} rules={[{ ...required, whitespace: true }]} extra={t('help.subnetId')}>
            <Input placeholder="subnet-xxxxxxxx" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="goodsNum" label={t('field.goodsNum')} rules={[required, { type: 'integer', min: 1, max: maxNodes, message: t('rule.goodsNum', { max: maxNodes }) }]} extra={t('help.goodsNum')}>
            <InputNumber min={1} max={Math.max(1, maxNodes)} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="cpu" label={t('field.cpu')} rules={[required, { type: 'integer', min: 1, message: t('rule.positiveInt') }]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} suffix={t('unit.cores')} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="mem"
            label={t('field.mem')}
            dependencies={['cpu']}
            rules={[required, { type: 'integer', min: 1, message: t('rule.positiveInt') }, ({ getFieldValue }) => rule(t, (v) => cpuMemProblem(getFieldValue('cpu') as number, v as number))]}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} suffix="GB" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="instanceType" label={t('field.instanceType')} extra={t('help.instanceType')}>
            <AutoComplete options={INSTANCE_TYPES.map((v) => ({ value: v }))} placeholder="S1.SMALL1" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="osName" label={t('field.osName')} rules={[required]} extra={clusterOs ? t('help.clusterOs', { os: clusterOs }) : undefined}>
            <Select options={osOptions} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="cvmType" label={t('field.cvmType')}>
            <Select
              options={['PayByHour', 'PayByMonth'].map((v) => ({ value: v, label: t(`cvmType.${v}` as ClustersMessageKey) }))}
              onChange={(v: NodeSpecValues['cvmType']) => {
                const allowed = bandwidthTypesFor(v);
                if (!allowed.includes(form.getFieldValue('bandwidthType'))) form.setFieldValue('bandwidthType', 'PayByTraffic');
              }}
            />
          </Form.Item>
        </Col>
        {cvmType === 'PayByMonth' && (
          <>
            <Col span={6}>
              <Form.Item name="period" label={t('field.period')} rules={[required, { type: 'integer', min: 1, max: 36, message: t('rule.period') }]}>
                <InputNumber min={1} max={36} precision={0} style={{ width: '100%' }} suffix={t('unit.months')} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="renewFlag" label={t('field.renewFlag')}>
                <Select options={RENEW.map((v) => ({ value: v, label: v }))} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="bandwidthType" label={t('field.bandwidthType')} rules={[required]} extra={t('help.bandwidthType')}>
            <Select options={bandwidthTypesFor(cvmType).map((v) => ({ value: v, label: v }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="bandwidth" label={t('field.bandwidth')} rules={[required, { type: 'integer', min: 0, message: t('rule.nonNegativeInt') }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} suffix="Mbps" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="wanIp" label={t('field.wanIp')} valuePropName="checked" extra={!bandwidth ? t('help.wanIpNoBandwidth') : undefined}>
            <Switch disabled={!bandwidth} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="isVpcGateway" label={t('field.isVpcGateway')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="rootSize" label={t('field.rootSize')} rules={[required, { type: 'integer', min: 20, max: 50, message: t('rule.rootSize') }]}>
            <InputNumber min={20} max={50} precision={0} style={{ width: '100%' }} suffix="GB" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="rootType" label={t('field.rootType')}>
            <Select options={ROOT_TYPES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="storageSize" required label={t('field.storageSize')} rules={[rule(t, (v) => storageProblem(v as number))]} extra={t('help.storageSize')}>
            <InputNumber min={0} step={10} precision={0} style={{ width: '100%' }} suffix="GB" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="storageType" label={t('field.storageType')}>
            <Select options={DATA_TYPES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
        </Col>
      </Row>
      <LoginFields t={t} login={login} />
      {add && (
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="mountTarget" label={t('field.mountTarget')}>
              <Input placeholder="/data" />
            </Form.Item>
          </Col>
          <JoinFields t={t} />
        </Row>
      )}
      <Form.Item name="userScript" label={t('field.userScript')} extra={t('help.userScript')}>
        <Input.TextArea rows={2} spellCheck={false} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
    </>
  );
}

/** How the nodes are logged into (random, password, key) and their security group: buying new nodes and adding existing ones. */
export function LoginFields({ t, login }: { t: ClustersTranslate; login: string }) {
  return (
    <Row gutter={12}>
      <Col span={8}>
        <Form.Item name="login" label={t('field.login')}>
          <Radio.Group optionType="button" options={(['random', 'password', 'key'] as const).map((v) => ({ value: v, label: t(`login.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col span={8}>
        {login === 'password' && (
          <Form.Item name="password" required label={t('field.password')} rules={[rule(t, (v) => passwordProblem(v as string))]} extra={t('help.password')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {login === 'key' && (
          <Form.Item name="keyId" label={t('field.keyId')} rules={[{ required: true, whitespace: true, message: t('rule.required') }]}>
            <Input placeholder="skey-xxxxxxxx" />
          </Form.Item>
        )}
      </Col>
      <Col span={8}>
        <Form.Item name="sgId" label={t('field.sgId')}>
          <Input placeholder="sg-xxxxxxxx" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** How a node joins the cluster (AddClusterInstances and AddClusterInstancesFromExistedCvm): docker's data path, unschedulable. */
export function JoinFields({ t }: { t: ClustersTranslate }) {
  return (
    <>
      <Col span={8}>
        <Form.Item name="dockerGraphPath" label={t('field.dockerGraphPath')}>
          <Input placeholder="/var/lib/docker" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="unschedulable" label={t('field.unschedulable')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
    </>
  );
}
