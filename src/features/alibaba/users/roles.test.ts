import { describe, expect, it } from 'vitest';
import type { AlibabaResult } from '../../../providers/alibaba/client';
import { alibabaOperations } from '../../../providers/alibaba/operations';
import { exampleResponse } from '../shared/catalog.testutil';
import { rolesByUser, USER_ROLES, userKey, userRoleProblems } from './roles';

describe('users and their application roles', () => {
  it('reads the document’s ListUsers example (its DINGDING_TALK is not a documented UserType)', () => {
    const answer = alibabaOperations.ListUsers.response.parse(exampleResponse('ListUsers')) as AlibabaResult<'ListUsers'>;
    const users = answer.Data ?? [];
    expect(users.map((u) => u.RealName)).toContain('张三');
    expect(userKey(users[0])).toBe('TAOBAO:12345');
  });
  it('the picker offers exactly the roles CreateApp accepts', () => {
    const shape = alibabaOperations.CreateApp.params as unknown as { shape: { UserRoles: { safeParse: (v: unknown) => { success: boolean } } } };
    for (const RoleName of USER_ROLES) expect(shape.shape.UserRoles.safeParse([{ RoleName, UserId: '1', UserType: 'TAOBAO' }]).success, RoleName).toBe(true);
    expect(shape.shape.UserRoles.safeParse([{ RoleName: 'owner', UserId: '1', UserType: 'TAOBAO' }]).success).toBe(false);
  });
  it('collects each user’s roles across applications', () => {
    const map = rolesByUser([
      { AppId: 1, Title: 'shop', UserRoles: [{ UserId: '12345', UserType: 'TAOBAO', RoleName: 'Owner' }, { UserId: 'abc', UserType: 'DING_TALK', RoleName: 'Dev' }] },
      { AppId: 2, Title: 'report', UserRoles: [{ UserId: '12345', UserType: 'TAOBAO', RoleName: 'PE' }] },
    ]);
    expect(map.get('TAOBAO:12345')).toEqual([
      { appId: 1, appTitle: 'shop', role: 'Owner' },
      { appId: 2, appTitle: 'report', role: 'PE' },
    ]);
    expect(map.get('DING_TALK:abc')).toHaveLength(1);
  });
  it('refuses an empty role list and the same user twice in one role', () => {
    expect(userRoleProblems([])).toEqual([{ kind: 'empty' }]);
    expect(userRoleProblems([{ UserId: '1', UserType: 'TAOBAO' }])).toEqual([{ kind: 'empty' }]);
    const owner = { RoleName: 'Owner' as const, UserId: '1', UserType: 'TAOBAO' as const };
    expect(userRoleProblems([owner, { ...owner, RoleName: 'Dev' }])).toEqual([]);
    expect(userRoleProblems([owner, owner])).toEqual([{ kind: 'duplicate', index: 1, userId: '1', role: 'Owner' }]);
  });
});
