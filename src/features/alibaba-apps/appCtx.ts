import type { UseQueryResult } from '@tanstack/react-query';
import type { Scope } from '../../app/accounts/scope';
import type { Alloc, DeployConfig, Env } from './useApps';

/** What every tab of an application's page shares: the account, the app, its lists, the chosen environment. */
export interface AppCtx {
  scope: Scope | undefined;
  appId: number;
  title: string;
  stateful: boolean;
  envs: UseQueryResult<Env[]>;
  configs: UseQueryResult<DeployConfig[]>;
  allocs: UseQueryResult<Map<number, Alloc | null>>;
  /** The environment chosen in the URL (`env`), else the first. */
  env: Env | undefined;
  setEnv: (envId: string | undefined) => void;
}

/** Where an error happened, for ErrorAlert: the account's name and the region. */
export const alertScope = (scope: Scope | undefined) => ({ account: scope?.account.name, region: scope?.region });
