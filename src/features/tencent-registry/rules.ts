/**
 * Form rules for the registry. The document gives types, enums and the password length (8–16);
 * it is silent on name syntax, so names follow the emulator's decisions (which mirror what the
 * registry accepts: lower-case Docker names), recorded in src/providers/tencent/README.md.
 */
export const NAMESPACE_NAME = /^[a-z0-9][a-z0-9_-]{1,29}$/;
/** The part after `namespace/`; may itself contain `/` (Docker paths). */
export const REPOSITORY_SHORT_NAME = /^[a-z0-9][a-z0-9_./-]*$/;
/** DuplicateImage's `ns/repo:tag`. */
export const IMAGE_REFERENCE = /^([a-z0-9][a-z0-9_.-]*\/[a-z0-9][a-z0-9_./-]*):([\w][\w.-]{0,127})$/;
export const TRIGGER_NAME = /^[A-Za-z0-9_-]{1,64}$/;
export const PASSWORD_LENGTH = { min: 8, max: 16 } as const;
export const INVOKE_METHODS = ['all', 'taglist', 'regex'] as const;
export type InvokeMethod = (typeof INVOKE_METHODS)[number];
/** clusterRegion as the trigger section lists it (1 Guangzhou … 16 Chengdu). */
export const CLUSTER_REGIONS = [1, 4, 5, 7, 8, 9, 16] as const;
export type ClusterRegion = (typeof CLUSTER_REGIONS)[number];
export const RETENTION_TYPES = ['keep_last_days', 'keep_last_nums'] as const;
export type RetentionType = (typeof RETENTION_TYPES)[number];
export const FAVOR_TYPES = ['QCLOUD HUB', 'DOCKER HUB'] as const;
export type FavorType = (typeof FAVOR_TYPES)[number];
/** Registry host GetTagList reports; the pull command's prefix when the answer lacks `server`. */
export const DEFAULT_REGISTRY_SERVER = 'ccr.ccs.tencentyun.com';

/** Console region code → the numeric clusterRegion a trigger needs (registry region table). */
export const CLUSTER_REGION_OF: Record<string, ClusterRegion> = { gz: 1, 'ap-guangzhou': 1, sh: 4, 'ap-shanghai': 4, hk: 5, 'ap-hongkong': 5, bj: 8, 'ap-beijing': 8 };

export const isNamespaceName = (s: string) => NAMESPACE_NAME.test(s);
export const isRepositoryShortName = (s: string) => REPOSITORY_SHORT_NAME.test(s);
export const isImageReference = (s: string) => IMAGE_REFERENCE.test(s);
export const isPasswordLength = (s: string) => s.length >= PASSWORD_LENGTH.min && s.length <= PASSWORD_LENGTH.max;

/** The invokeExpr a condition needs: none for `all`, `v1;v2` for taglist, a valid pattern for regex. */
export function invokeExprError(method: InvokeMethod, expr: string | undefined): 'required' | 'regex' | undefined {
  if (method === 'all') return undefined;
  const value = (expr ?? '').trim();
  if (!value) return 'required';
  if (method === 'regex') {
    try {
      new RegExp(value);
    } catch {
      return 'regex';
    }
  }
  return undefined;
}

/** `ns/repo` + `tag` → the reference DuplicateImage expects. */
export const imageReference = (reponame: string, tag: string) => `${reponame}:${tag}`;
export const pullCommand = (server: string | undefined, reponame: string, tag?: string) =>
  `docker pull ${server || DEFAULT_REGISTRY_SERVER}/${reponame}${tag ? `:${tag}` : ''}`;
