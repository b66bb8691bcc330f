import type { World } from './types';

const HEX = '0123456789abcdef';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

const chars = (rand: () => number, alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');

/** "c" + 32 lower-case hex: a cluster instance ID. */
export const clusterInstanceId = (rand: () => number) => `c${chars(rand, HEX, 32)}`;
/** "i-" + 20 lower-case alphanumerics: an ECS instance ID. */
export const ecsId = (rand: () => number) => `i-8vb${chars(rand, ALNUM, 17)}`;
export const rdsId = (rand: () => number) => `rm-8vb${chars(rand, ALNUM, 14)}`;
/** Pod name suffix, k8s style: "<name>-768c4f98b-8st7g". */
export const podSuffix = (rand: () => number) => `${chars(rand, HEX, 9)}-${chars(rand, ALNUM, 5)}`;
export const ipIn = (rand: () => number, prefix: string) => `${prefix}.${1 + Math.floor(rand() * 250)}`;

/** Upper-case UUID, as the gateway prints RequestIds. */
export function requestId(rand: () => number): string {
  const h = chars(rand, HEX, 32).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Next number of one kind of record (AppId, EnvId, …), per world. */
export function nextId(world: World, kind: string): number {
  const n = world.seq[kind] ?? 1;
  world.seq[kind] = n + 1;
  return n;
}
