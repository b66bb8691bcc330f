import { z } from 'zod';

// The blocks shared with the other RPC-style provider live in core; Tencent's own follow.
export { bool, int, intEnum, str, strEnum } from '../../core/schema';

/** The document's datetime format "YYYY-MM-DD hh:mm:ss". */
export const datetime = () => z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'must be "YYYY-MM-DD hh:mm:ss"');

/** Maps sent as `name.<key>=<value>` (scaling-group labels, service labels, host-log labels). */
export const strMap = () => z.record(z.string(), z.string());

/** Operations without output: data is absent, null, {} or [] in the document's examples. */
export const noData = z.union([z.null(), z.undefined(), z.looseObject({}), z.array(z.unknown())]);
