import type { AlibabaOperationDef } from './define';
import * as generated from './generated';

export * from './define';

/** Every operation of the document, keyed by its Action. */
export type AlibabaOps = typeof generated;
export type AlibabaOperationName = keyof AlibabaOps;

export const alibabaOperations: Record<string, AlibabaOperationDef> = { ...generated };

export const alibabaOperationNames = Object.keys(alibabaOperations) as AlibabaOperationName[];

export const isAlibabaOperation = (name: string): name is AlibabaOperationName => Object.hasOwn(alibabaOperations, name);
