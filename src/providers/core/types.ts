import type { z } from 'zod';

/** The three clouds the console speaks to. */
export type ProviderId = 'tencent' | 'alibaba' | 'netease';
export const PROVIDERS: readonly ProviderId[] = ['tencent', 'alibaba', 'netease'];

/** What an operation does, as the catalogs classify it. Everything but `read` changes state. */
export type OperationKind = 'read' | 'create' | 'update' | 'delete' | 'action';

/**
 * One operation of a provider's API, defined once. The client's request encoding, the proxy's
 * allow-list, the emulator's validation and the UI's form rules all derive from it.
 */
export interface OperationDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  provider: ProviderId;
  /** Canonical name: the Action (Tencent, Alibaba) or the catalog's operation name (NetEase). */
  name: string;
  /** Catalog group, e.g. `cluster`, `service`, `repository`. */
  group: string;
  kind: OperationKind;
  summary: string;
  /** First and last line of the operation's section in the seed document. */
  seedLines: readonly [number, number];
  /** Parameters in the console's typed, nested form (arrays as arrays, numbers as numbers). */
  params: P;
  /** The success payload the caller receives after the provider's envelope is unwrapped. */
  response: R;
}

export type ParamsOf<O> = O extends OperationDef<infer P, z.ZodType> ? z.input<P> : never;
export type ResultOf<O> = O extends OperationDef<z.ZodType, infer R> ? z.output<R> : never;

export const changesState = (op: Pick<OperationDef, 'kind'>): boolean => op.kind !== 'read';

/** Credentials per provider, as they live in the proxy's configuration file and nowhere else. */
export interface TencentCredentials {
  secretId: string;
  secretKey: string;
  /** HmacSHA1 is the document's default. */
  signatureMethod?: 'HmacSHA1' | 'HmacSHA256';
}
export interface AlibabaCredentials {
  accessKeyId: string;
  accessKeySecret: string;
}
export interface NeteaseCredentials {
  appKey: string;
  appSecret: string;
}

interface AccountBase {
  id: string;
  name: string;
  regions: string[];
  /** Base URL that replaces the provider's public endpoints, e.g. `http://127.0.0.1:4101`. */
  endpoint?: string;
}
export type ProviderAccount =
  | (AccountBase & { provider: 'tencent'; credentials: TencentCredentials })
  | (AccountBase & { provider: 'alibaba'; credentials: AlibabaCredentials })
  | (AccountBase & { provider: 'netease'; credentials: NeteaseCredentials });

export type AccountOf<P extends ProviderId> = Extract<ProviderAccount, { provider: P }>;

/** A call the browser asks the proxy to make: `POST /api/accounts/:id/call`. */
export interface OperationCall {
  operation: string;
  region?: string;
  params: Record<string, unknown>;
}

/**
 * Sends one operation call to the provider (or its emulator) signed with the account's
 * credentials, and returns the provider's HTTP answer unchanged. Built by each provider's
 * `forwarder.ts`; the proxy holds one per account.
 */
export type Forwarder = (call: { op: OperationDef; region?: string; params: Record<string, unknown> }) => Promise<Response>;

export interface ForwarderOptions {
  /** The transport: global fetch, or the in-process emulator in demo mode. */
  fetch: (request: Request) => Promise<Response>;
  /** Injectable clock for signatures and token expiry (ms since epoch). */
  now?: () => number;
}
