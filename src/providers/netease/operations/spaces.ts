import { z } from 'zod';
import { defineNeteaseOperation } from './define';
import { dnsName, emptyAnswer, int } from './schema';

export const createNamespace = defineNeteaseOperation({
  name: 'createNamespace',
  group: 'space',
  kind: 'create',
  summary: 'Create a space (namespace)',
  seedLines: [1952, 1995],
  method: 'POST',
  path: '/api/v1/namespaces',
  // No rule is printed; the system name `<name>-<user>` must be a DNS label, so the same rule as volumes.
  params: z.object({ name: dnsName(32) }),
  /** Sic: `namespace_Id` with a capital I. */
  response: z.looseObject({ namespace_Id: z.number().int() }),
});

export const listNamespaces = defineNeteaseOperation({
  name: 'listNamespaces',
  group: 'space',
  kind: 'read',
  summary: 'List spaces (namespaces)',
  seedLines: [1998, 2045],
  method: 'GET',
  path: '/api/v1/namespaces',
  params: z.object({}),
  response: z.looseObject({
    namespaces: z.array(z.looseObject({ deletable: z.boolean(), id: z.number().int(), display_name: z.string(), namespace: z.string() })),
  }),
});

export const deleteNamespace = defineNeteaseOperation({
  name: 'deleteNamespace',
  group: 'space',
  kind: 'delete',
  summary: 'Delete a space',
  seedLines: [2047, 2070],
  method: 'DELETE',
  path: '/api/v1/namespaces/{id}',
  in: { id: 'path' },
  answer: 'empty',
  params: z.object({ id: int() }),
  response: emptyAnswer,
});
