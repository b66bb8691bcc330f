import type { AccountWorld } from './types';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Ids in Tencent's shape: `cls-` + 8 lower-case letters and digits, and so on. */
export function newId(world: Pick<AccountWorld, 'rand'>, prefix: string, length = 8): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHABET[Math.floor(world.rand() * ALPHABET.length)];
  return `${prefix}-${id}`;
}

export const hex = (world: Pick<AccountWorld, 'rand'>, length: number) => {
  let out = '';
  for (let i = 0; i < length; i++) out += Math.floor(world.rand() * 16).toString(16);
  return out;
};

export const nextSeq = (world: AccountWorld) => ++world.seq;

export const ip = (world: Pick<AccountWorld, 'rand'>, prefix: string) => `${prefix}.${1 + Math.floor(world.rand() * 250)}.${2 + Math.floor(world.rand() * 250)}`;
