import type { z } from 'zod';
import type { OperationDef, OperationKind } from '../../core/types';

/** Product facts (not in the document; from the brief and Alibaba's RPC conventions). */
export const ALIBABA_PRODUCT = 'retailcloud';
export const ALIBABA_VERSION = '2018-03-13';
export const ALIBABA_ENDPOINT = 'retailcloud.aliyuncs.com';

export type ErrorField = 'ErrMsg' | 'ErrorMsg' | 'ErrorMessage';

export interface AlibabaOperationDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> extends OperationDef<P, R> {
  provider: 'alibaba';
  /** The error-message field this operation's table names (the document uses three spellings). */
  errorField: ErrorField;
  /** Chapters 3-5 put `Success` beside `Code`. */
  topLevelSuccess: boolean;
  /** Where the payload sits: `Result` (struct), `Data` (list) or nothing beyond the envelope. */
  resultContainer: 'Result' | 'Data' | null;
  /** Other spellings of a parameter the document prints (table typo vs example request). */
  paramAliases?: Readonly<Record<string, readonly string[]>>;
}

export function defineAlibabaOperation<P extends z.ZodType, R extends z.ZodType>(def: {
  name: string;
  group: string;
  kind: OperationKind;
  summary: string;
  seedLines: readonly [number, number];
  errorField: ErrorField;
  topLevelSuccess: boolean;
  resultContainer: 'Result' | 'Data' | null;
  paramAliases?: Record<string, readonly string[]>;
  params: P;
  response: R;
}): AlibabaOperationDef<P, R> {
  return { ...def, provider: 'alibaba' };
}
