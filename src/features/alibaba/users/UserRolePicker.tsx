import { Button, Flex, Form, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Scope } from '../../../app/accounts/scope';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { tOr, type AlibabaMessageKey } from '../messages';
import { text } from '../shared/values';
import { useAlibabaT } from '../useAlibabaT';
import { USER_ROLES, userKey, userRoleProblems, type UserRole } from './roles';
import { useUsers } from './useUsers';

export interface UserRolePickerProps {
  /** The Alibaba account whose users (ListUsers) can be picked. */
  scope: Scope | undefined;
  value?: Partial<UserRole>[];
  onChange?: (value: Partial<UserRole>[]) => void;
  /** Show the rule problems (empty list, duplicates) beside the rows, e.g. after a submit. */
  showProblems?: boolean;
  disabled?: boolean;
}

/**
 * The UserRoles list of an app form (CreateApp, UpdateApp: UserRoles.N.{RoleName,UserId,UserType}),
 * users drawn from ListUsers. Works as an antd Form control (value/onChange).
 */
export function UserRolePicker({ scope, value = [], onChange, showProblems, disabled }: UserRolePickerProps) {
  const t = useAlibabaT();
  const users = useUsers(scope);
  const options = (users.data ?? []).map((u) => ({
    value: userKey(u),
    label: `${text(u.RealName) || text(u.UserId)} (${text(u.UserId)} · ${tOr(t, `users.userType.${text(u.UserType)}`, text(u.UserType))})`,
  }));
  const byKey = new Map((users.data ?? []).map((u) => [userKey(u), u]));
  const problems = showProblems ? userRoleProblems(value) : [];
  const set = (index: number, patch: Partial<UserRole>) => onChange?.(value.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const nameOf = (r: Partial<UserRole>) => text(byKey.get(userKey(r))?.RealName) || text(r.UserId);

  return (
    <Flex vertical gap={6} role="group" aria-label={t('users.picker')}>
      {users.error ? <ErrorAlert error={users.error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={() => void users.refetch()} /> : null}
      {value.map((r, index) => {
        const duplicate = problems.find((p) => p.kind === 'duplicate' && p.index === index);
        return (
          <Form.Item
            key={index}
            noStyle={!duplicate}
            validateStatus={duplicate ? 'error' : undefined}
            help={duplicate ? t('users.duplicateRule', { name: nameOf(r), role: r.RoleName ?? '' }) : undefined}
          >
            <Flex gap={6}>
              <Select
                aria-label={`${t('users.pickUser')} ${index + 1}`}
                style={{ flex: 1, minWidth: 240 }}
                showSearch={{ optionFilterProp: 'label' }}
                loading={users.isLoading}
                disabled={disabled}
                value={r.UserId ? userKey(r) : undefined}
                options={options}
                onChange={(key: string) => {
                  const u = byKey.get(key);
                  if (u) set(index, { UserId: text(u.UserId), UserType: text(u.UserType) as UserRole['UserType'] });
                }}
              />
              <Select
                aria-label={`${t('users.pickRole')} ${index + 1}`}
                style={{ width: 150 }}
                disabled={disabled}
                value={r.RoleName}
                options={USER_ROLES.map((role) => ({ value: role, label: t(`users.role.${role}` as AlibabaMessageKey) }))}
                onChange={(role: UserRole['RoleName']) => set(index, { RoleName: role })}
              />
              <Button
                icon={<DeleteOutlined />}
                disabled={disabled}
                aria-label={t('users.removeRole', { name: nameOf(r) || String(index + 1) })}
                onClick={() => onChange?.(value.filter((_, i) => i !== index))}
              />
            </Flex>
          </Form.Item>
        );
      })}
      <Button type="dashed" icon={<PlusOutlined />} disabled={disabled} onClick={() => onChange?.([...value, { RoleName: value.length === 0 ? 'Owner' : 'Dev' }])}>
        {t('users.addRole')}
      </Button>
      {problems.some((p) => p.kind === 'empty') ? (
        <Typography.Text type="danger" role="alert">
          {t('users.ownerRule')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
