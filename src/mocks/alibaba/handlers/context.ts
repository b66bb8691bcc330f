import type { z } from 'zod';
import type { AlibabaOperationName, AlibabaOps } from '../../../providers/alibaba/operations';
import { badRequest, notFound } from '../protocol/errors';
import type { World } from '../store/types';

/** What a handler gets: the caller's world, the clock, and its validated parameters. */
export interface HandlerContext {
  world: World;
  now: number;
  accessKeyId: string;
}

/** The parameters after the operation's schema (typed, defaults applied). */
export type In<K extends AlibabaOperationName> = z.output<AlibabaOps[K]['params']>;

/** The body fields beside RequestId and Code: Result, Data and paging, or nothing. */
export type Body = Record<string, unknown>;

export type Handler<K extends AlibabaOperationName> = (ctx: HandlerContext, params: In<K>) => Body;
export type Handlers = { [K in AlibabaOperationName]?: Handler<K> };

/** Finds a record or refuses in the document's words (资源不存在). */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw notFound(what);
  return value;
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw badRequest(message);
}

/**
 * Pages a list the document's way: 1-based PageNumber (PageNum for clusters), PageSize at most
 * 100 (the one limit the document states, ListPersistentVolume; applied to every list).
 */
export function page<T>(items: T[], pageNumber = 1, pageSize = 20): { PageNumber: number; PageSize: number; TotalCount: number; Data: T[] } {
  const start = (pageNumber - 1) * pageSize;
  return { PageNumber: pageNumber, PageSize: pageSize, TotalCount: items.length, Data: items.slice(start, start + pageSize) };
}

/** Base64 in (deploy configs), plain text out; refuses what is not Base64. */
export function fromBase64(value: string, name: string): string {
  const clean = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) throw badRequest(`${name} 必须是base64编码的YAML`);
  return new TextDecoder().decode(Uint8Array.from(atob(clean), (c) => c.charCodeAt(0)));
}
