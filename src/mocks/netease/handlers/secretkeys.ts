import { conflict, notFound, throttled } from '../errors';
import { emptyAnswer, jsonAnswer, textAnswer } from '../respond';
import { colonHex, fakePrivateKey } from '../store/ids';
import { secretKeyView } from '../store/views';
import type { OperationHandlers } from './types';

/** 4.3's only concrete rate limit: 300 private-key downloads per second per user. */
export const KEY_DOWNLOADS_PER_SECOND = 300;

export const secretKeyHandlers: OperationHandlers = {
  createSecretKey({ world, now }, { key_name }) {
    // 4.1 leaves key_name optional without saying what the service names the key.
    const name = key_name ?? `key-${world.nextId}`;
    if (world.secretKeys.some((k) => k.name === name)) throw conflict('secretkey', `key_name ${name} already exists`);
    const key = { id: world.nextId++, name, fingerprint: colonHex(world, 16), privateKey: fakePrivateKey(world), createdMs: now };
    world.secretKeys.push(key);
    return jsonAnswer(secretKeyView(key));
  },
  listSecretKeys({ world }) {
    return jsonAnswer([...world.secretKeys].sort((a, b) => b.createdMs - a.createdMs).map(secretKeyView));
  },
  getSecretKeyPrivateKey({ world, now }, { id }) {
    const second = Math.floor(now / 1000);
    if (world.keyDownloads.second !== second) world.keyDownloads = { second, count: 0 };
    if (++world.keyDownloads.count > KEY_DOWNLOADS_PER_SECOND) throw throttled('secretkey');
    const key = world.secretKeys.find((k) => k.id === id);
    if (!key) throw notFound('secretkey', `secret key ${id}`);
    return textAnswer(key.privateKey);
  },
  deleteSecretKey({ world }, { id }) {
    const at = world.secretKeys.findIndex((k) => k.id === id);
    if (at < 0) throw notFound('secretkey', `secret key ${id}`);
    world.secretKeys.splice(at, 1);
    return emptyAnswer();
  },
};
