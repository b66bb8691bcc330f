import { useState } from 'react';
import { Form, Input, Modal, Radio, Select } from 'antd';
import type { Scope } from '../../app/accounts/scope';
import { alibabaOperations } from '../../providers/alibaba/operations';
import type { AlibabaParams } from '../../providers/alibaba/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { UserRolePicker, userRoleProblems, type UserRole } from '../alibaba';
import { refusedFields } from '../alibaba/shared/formErrors';
import { present } from '../alibaba/shared/formValues';
import { num, text } from '../alibaba/shared/values';
import type { AppsMessageKey } from './messages';
import { dropProblems, useSeedOnOpen } from './formState';
import { appProblems } from './rules';
import { useAppDetail, useAppsChange } from './useApps';
import { useAppsT } from './useAppsT';

const BIZ_CODES = ['JST', 'NEW_RETAIL', 'MINI_APP', 'SUPPLY', 'MESSAGE'] as const;
const LANGUAGES = ['Java', 'PHP', 'C#', 'Python'] as const;
const SYSTEMS = ['Linux', 'Windows'] as const;
const SERVICE_TYPES = ['GeneralApplication', 'StoreApplication', 'TaoHuDongApplication'] as const;

interface Values {
  Title?: string;
  BizCode?: string;
  Language?: string;
  OperatingSystem?: string;
  ServiceType?: string;
  StateType?: 1 | 2;
  Namespace?: string;
  BizTitle?: string;
  Description?: string;
  UserRoles?: Partial<UserRole>[];
}

const INITIAL: Values = { BizCode: 'JST', Language: 'Java', OperatingSystem: 'Linux', ServiceType: 'StoreApplication', StateType: 1, UserRoles: [] };

/**
 * 1.1.1 CreateApp with every field of the table, or 1.1.2 UpdateApp (the title, business domain,
 * state type and namespace are not updatable, so they show but do not change).
 */
export function AppFormModal({ open, scope, appId, takenTitles, onClose, onDone }: { open: boolean; scope?: Scope; appId?: number; takenTitles: readonly string[]; onClose: () => void; onDone: (title: string, appId?: number) => void }) {
  const t = useAppsT();
  const editing = appId !== undefined;
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<Partial<Record<string, AppsMessageKey>>>({});
  const [checked, setChecked] = useState(false);
  const detail = useAppDetail(open && editing ? scope : undefined, appId);
  const save = useAppsChange(scope, (api, p: Record<string, unknown>, region) =>
    editing ? api.call('UpdateApp', p as AlibabaParams<'UpdateApp'>, region) : api.call('CreateApp', p as AlibabaParams<'CreateApp'>, region),
  );

  useSeedOnOpen(open && editing, !!detail.data, () => {
    const d = detail.data!;
    form.setFieldsValue({
      Title: text(d.Title),
      BizCode: text(d.BizName),
      Language: text(d.Language),
      OperatingSystem: text(d.OperatingSystem),
      ServiceType: text(d.ServiceType),
      StateType: text(d.AppStateType) === 'stateful' ? 2 : 1,
      BizTitle: text(d.BizTitle),
      Description: text(d.Description),
      UserRoles: (d.UserRoles ?? []).map((r) => ({ UserId: text(r.UserId), UserType: text(r.UserType) as UserRole['UserType'], RoleName: text(r.RoleName) as UserRole['RoleName'] })),
    });
  });

  const close = () => {
    save.reset();
    setProblems({});
    setChecked(false);
    form.resetFields();
    onClose();
  };

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    setChecked(true);
    const roles = (v.UserRoles ?? []).filter((r) => r.UserId && r.RoleName && r.UserType);
    const params: Record<string, unknown> = editing
      ? { ...present({ BizTitle: v.BizTitle, Description: v.Description, Language: v.Language, OperatingSystem: v.OperatingSystem, ServiceType: v.ServiceType }), AppId: appId, UserRoles: roles }
      : { ...present({ Title: v.Title, BizCode: v.BizCode, Language: v.Language, OperatingSystem: v.OperatingSystem, ServiceType: v.ServiceType, Namespace: v.Namespace, BizTitle: v.BizTitle, Description: v.Description }), StateType: v.StateType ?? 1, UserRoles: roles };
    const schema = editing ? alibabaOperations.UpdateApp.params : alibabaOperations.CreateApp.params;
    const found: Partial<Record<string, AppsMessageKey>> = editing ? {} : { ...appProblems(v, takenTitles) };
    for (const field of refusedFields(schema, params)) if (field !== 'UserRoles' && !found[field]) found[field] = params[field] === undefined ? 'rule.required' : 'rule.schema';
    setProblems(found);
    if (Object.keys(found).length > 0 || userRoleProblems(v.UserRoles ?? []).length > 0) return;
    try {
      const r = await save.mutateAsync(params);
      const id = num((r as { Result?: { AppId?: unknown } }).Result?.AppId);
      form.resetFields();
      setChecked(false);
      save.reset();
      onDone(editing ? text(detail.data?.Title) : String(params.Title), id);
    } catch {
      // Shown below the form (ErrorAlert).
    }
  };

  const state = (field: keyof Values, help?: string) => (problems[field] ? { validateStatus: 'error' as const, help: t(problems[field]!) } : { help });
  const opts = <T extends string>(values: readonly T[], label?: (v: T) => string) => values.map((v) => ({ value: v, label: label ? label(v) : v }));

  return (
    <Modal
      open={open}
      width={720}
      title={editing ? t('apps.editTitle', { name: text(detail.data?.Title) }) : t('apps.createTitle')}
      okText={editing ? t('common.save') : t('apps.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: save.isPending, disabled: editing && !detail.data }}
      onCancel={close}
      destroyOnHidden
    >
      {detail.error ? <ErrorAlert error={detail.error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={() => void detail.refetch()} /> : null}
      <Form form={form} layout="vertical" size="small" onValuesChange={(changed) => setProblems((p) => dropProblems(p, Object.keys(changed)))} initialValues={INITIAL} onFinish={submit} disabled={editing && !detail.data}>
        <Form.Item name="Title" label={t('apps.appTitle')} required {...state('Title', t('apps.titleHelp'))}>
          <Input autoFocus={!editing} aria-label={t('apps.appTitle')} autoComplete="off" disabled={editing} />
        </Form.Item>
        <Form.Item label={t('apps.bizCode')} name="BizCode" required {...state('BizCode')}>
          <Select aria-label={t('apps.bizCode')} disabled={editing} options={opts(BIZ_CODES, (v) => t(`bizCode.${v}`))} />
        </Form.Item>
        <Form.Item label={t('apps.stateType')} name="StateType" {...state('StateType')}>
          <Radio.Group disabled={editing} aria-label={t('apps.stateType')} options={[1, 2].map((v) => ({ value: v, label: t(`stateType.${v as 1 | 2}`) }))} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 12 }}>
          <Form.Item label={t('apps.language')} name="Language" required {...state('Language')}>
            <Select aria-label={t('apps.language')} options={opts(LANGUAGES)} />
          </Form.Item>
          <Form.Item label={t('apps.os')} name="OperatingSystem" required {...state('OperatingSystem')}>
            <Select aria-label={t('apps.os')} options={opts(SYSTEMS)} />
          </Form.Item>
          <Form.Item label={t('apps.serviceType')} name="ServiceType" required {...state('ServiceType')}>
            <Select aria-label={t('apps.serviceType')} options={opts(SERVICE_TYPES, (v) => t(`serviceType.${v}`))} />
          </Form.Item>
        </div>
        <Form.Item name="Namespace" label={t('apps.namespace')} {...state('Namespace', t('apps.namespaceHelp'))}>
          <Input aria-label={t('apps.namespace')} autoComplete="off" disabled={editing} placeholder="test-namespace" />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 12 }}>
          <Form.Item name="BizTitle" label={t('apps.bizTitle')} {...state('BizTitle')}>
            <Input aria-label={t('apps.bizTitle')} autoComplete="off" />
          </Form.Item>
          <Form.Item name="Description" label={t('apps.description')} {...state('Description')}>
            <Input aria-label={t('apps.description')} autoComplete="off" />
          </Form.Item>
        </div>
        <Form.Item name="UserRoles" label={t('apps.userRoles')} required help={t('apps.userRolesHelp')}>
          <UserRolePicker scope={scope} showProblems={checked} />
        </Form.Item>
      </Form>
      {save.error ? <ErrorAlert error={save.error} scope={{ account: scope?.account.name, region: scope?.region }} /> : null}
    </Modal>
  );
}
