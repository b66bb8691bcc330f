import { z } from 'zod';
import { defineNeteaseOperation } from './define';
import { emptyAnswer, int, timestamp } from './schema';

export const secretKey = z.looseObject({ id: z.number().int(), name: z.string(), fingerprint: z.string(), created_at: timestamp });

export const createSecretKey = defineNeteaseOperation({
  name: 'createSecretKey',
  group: 'secretkey',
  kind: 'create',
  summary: 'Create an SSH key pair',
  seedLines: [158, 208],
  method: 'POST',
  path: '/api/v1/secret-keys',
  // 4.1 marks key_name optional and gives no rule; the emulator names unnamed keys itself.
  params: z.object({ key_name: z.string().min(1).max(64).optional() }),
  response: secretKey,
});

export const listSecretKeys = defineNeteaseOperation({
  name: 'listSecretKeys',
  group: 'secretkey',
  kind: 'read',
  summary: 'List SSH keys',
  seedLines: [213, 257],
  method: 'GET',
  path: '/api/v1/secret-keys',
  params: z.object({}),
  response: z.array(secretKey),
});

export const getSecretKeyPrivateKey = defineNeteaseOperation({
  name: 'getSecretKeyPrivateKey',
  group: 'secretkey',
  kind: 'read',
  summary: 'Download the private key file (PEM) of an SSH key',
  seedLines: [260, 297],
  method: 'GET',
  path: '/api/v1/secret-keys/{id}',
  in: { id: 'path' },
  answer: 'text',
  params: z.object({ id: int() }),
  response: z.string().regex(/-----BEGIN RSA PRIVATE KEY-----[\s\S]*-----END RSA PRIVATE KEY-----/),
});

export const deleteSecretKey = defineNeteaseOperation({
  name: 'deleteSecretKey',
  group: 'secretkey',
  kind: 'delete',
  summary: 'Delete an SSH key',
  seedLines: [300, 326],
  method: 'DELETE',
  path: '/api/v1/secret-keys/{id}',
  in: { id: 'path' },
  answer: 'empty',
  params: z.object({ id: int() }),
  response: emptyAnswer,
});
