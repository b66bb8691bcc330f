import type { AlibabaParams, AlibabaResult } from '../../../providers/alibaba/client';
import { text } from '../shared/values';

/** 1.1.1 CreateApp UserRoles.N.RoleName: Owner, PE, Dev or Test (case-sensitive). */
export const USER_ROLES = ['Owner', 'PE', 'Dev', 'Test'] as const;
export type RoleName = (typeof USER_ROLES)[number];

/** One entry of an app form's UserRoles list, exactly as CreateApp / UpdateApp take it. */
export type UserRole = AlibabaParams<'CreateApp'>['UserRoles'][number];

export type User = NonNullable<AlibabaResult<'ListUsers'>['Data']>[number];
export type AppDetail = NonNullable<AlibabaResult<'DescribeAppDetail'>['Result']>;

/** A user's role in one application. */
export interface AppRole {
  appId: number;
  appTitle: string;
  role: string;
}

/** A user is identified by id and account type together (a Taobao and a DingTalk id may coincide). */
export const userKey = (u: { UserId?: unknown; UserType?: unknown }) => `${text(u.UserType)}:${text(u.UserId)}`;

/** Who holds which role in which application, from DescribeAppDetail's UserRoles. */
export function rolesByUser(apps: readonly AppDetail[]): Map<string, AppRole[]> {
  const out = new Map<string, AppRole[]>();
  for (const app of apps) {
    for (const r of app.UserRoles ?? []) {
      const key = userKey(r);
      const list = out.get(key) ?? [];
      list.push({ appId: Number(app.AppId), appTitle: text(app.Title) || text(app.AppId), role: text(r.RoleName) });
      out.set(key, list);
    }
  }
  return out;
}

export type RoleProblem = { kind: 'empty' } | { kind: 'duplicate'; index: number; userId: string; role: string };

/** What CreateApp would refuse: an empty list (UserRoles is required), or the same user twice in one role. */
export function userRoleProblems(value: readonly Partial<UserRole>[]): RoleProblem[] {
  const complete = value.filter((r) => r.UserId && r.RoleName && r.UserType);
  if (complete.length === 0) return [{ kind: 'empty' }];
  const seen = new Set<string>();
  const problems: RoleProblem[] = [];
  value.forEach((r, index) => {
    if (!r.UserId || !r.RoleName) return;
    const key = `${r.UserType}:${r.UserId}:${r.RoleName}`;
    if (seen.has(key)) problems.push({ kind: 'duplicate', index, userId: r.UserId, role: r.RoleName });
    seen.add(key);
  });
  return problems;
}
