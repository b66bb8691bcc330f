import type { z } from 'zod';
import type { OperationDef, OperationKind } from '../../core/types';

/** Where a top-level parameter travels. Anything not listed in `in` goes in the JSON body. */
export type ParamLocation = 'path' | 'query' | 'header' | 'form';

export type NeteaseMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface NeteaseOperationDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> extends OperationDef<P, R> {
  provider: 'netease';
  method: NeteaseMethod;
  /** Path template under the host, `{name}` placeholders, trailing slash kept as the document prints it. */
  path: string;
  /** Other methods the service accepts (9.12 is printed as POST and exemplified as PUT). */
  alsoMethods?: readonly NeteaseMethod[];
  /** Other path spellings the service accepts (9.12 curl uses the singular `/microservice/`). */
  alsoPaths?: readonly string[];
  in: Readonly<Record<string, ParamLocation>>;
  /** `false` only for the token exchange. */
  auth: boolean;
  /** `json` (object or array), `text` (4.3's PEM) or `empty` (PUT/DELETE with no body). */
  answer: 'json' | 'text' | 'empty';
  /** Body encoding: JSON everywhere, multipart for 5.1's Dockerfile upload. */
  bodyType: 'json' | 'multipart' | 'none';
}

export function defineNeteaseOperation<P extends z.ZodType, R extends z.ZodType>(def: {
  name: string;
  group: string;
  kind: OperationKind;
  summary: string;
  seedLines: readonly [number, number];
  method: NeteaseMethod;
  path: string;
  alsoMethods?: readonly NeteaseMethod[];
  alsoPaths?: readonly string[];
  in?: Record<string, ParamLocation>;
  auth?: boolean;
  answer?: 'json' | 'text' | 'empty';
  bodyType?: 'json' | 'multipart' | 'none';
  params: P;
  response: R;
}): NeteaseOperationDef<P, R> {
  const bodyType = def.bodyType ?? (def.method === 'GET' || def.method === 'DELETE' ? 'none' : 'json');
  return { ...def, provider: 'netease', in: def.in ?? {}, auth: def.auth ?? true, answer: def.answer ?? 'json', bodyType };
}
