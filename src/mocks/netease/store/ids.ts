import type { AccountWorld } from './types';

/** Deterministic identifiers from the world's seeded random, so demos and tests see the same ids. */
export const hex = (world: Pick<AccountWorld, 'random'>, length: number): string =>
  Array.from({ length }, () => Math.floor(world.random() * 16).toString(16)).join('');

export const uuid = (world: Pick<AccountWorld, 'random'>): string => {
  const h = hex(world, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Math.floor(world.random() * 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export const nextId = (world: Pick<AccountWorld, 'nextId'>): number => world.nextId++;

/** 59.111.x.y, the document's public range. */
export const publicAddress = (world: AccountWorld): string => {
  for (;;) {
    const ip = `59.111.${100 + Math.floor(world.random() * 150)}.${2 + Math.floor(world.random() * 250)}`;
    if (!world.ips.some((i) => i.ip === ip)) return ip;
  }
};

/** SSH fingerprints: 16 lowercase bytes; certificate fingerprints: 20 uppercase bytes. */
export const colonHex = (world: Pick<AccountWorld, 'random'>, bytes: number, upper = false): string => {
  const text = (hex(world, bytes * 2).match(/../g) ?? []).join(':');
  return upper ? text.toUpperCase() : text;
};

/** A PEM-armoured private key body, 64-column lines, as 4.3 returns it. */
export const fakePrivateKey = (world: Pick<AccountWorld, 'random'>): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const body = Array.from({ length: 1588 }, () => alphabet[Math.floor(world.random() * 64)]).join('');
  const lines = body.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEpAIBAAKCAQEA' + (lines[0] ?? '').slice(16), ...lines.slice(1), '-----END RSA PRIVATE KEY-----'].join('\n');
};
