import { z } from 'zod';
import { defineNeteaseOperation } from './define';
import { dnsName, emptyAnswer, int, timestamp } from './schema';

/** 7.1: at least 10 and below 1000 GB, a multiple of 10. */
export const volumeSize = int((n) => n.min(10, 'size must be >= 10').max(990, 'size must be < 1000').multipleOf(10, 'size must be a multiple of 10'));

export const createVolume = defineNeteaseOperation({
  name: 'createVolume',
  group: 'disk',
  kind: 'create',
  summary: 'Create a cloud volume (block disk)',
  seedLines: [1353, 1404],
  method: 'POST',
  path: '/api/v1/cloud-volumes',
  params: z.object({ volume_name: dnsName(32), size: volumeSize }),
  response: z.looseObject({ id: z.number().int() }),
});

export const volume = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  size: z.number().int(),
  status: z.string(),
  volume_uuid: z.string(),
  service_name: z.string(),
  file_system_type: z.string(),
  created_at: timestamp,
  /** Sic: the document's key is `upated_at`. */
  upated_at: timestamp,
  from_snapshot_id: z.number().int(),
  volume_mappings: z.array(z.looseObject({ service_container_id: z.number().int(), mount_path: z.string() })),
});

export const listVolumes = defineNeteaseOperation({
  name: 'listVolumes',
  group: 'disk',
  kind: 'read',
  summary: 'List cloud volumes (paginated)',
  seedLines: [1407, 1495],
  method: 'GET',
  path: '/api/v1/cloud-volumes',
  in: { limit: 'query', offset: 'query' },
  params: z.object({ limit: int((n) => n.min(1).max(20)).optional(), offset: int((n) => n.min(0)).optional() }),
  response: z.looseObject({ total: z.number().int(), volumes: z.array(volume) }),
});

export const resizeVolume = defineNeteaseOperation({
  name: 'resizeVolume',
  group: 'disk',
  kind: 'action',
  summary: 'Expand a cloud volume',
  seedLines: [1498, 1526],
  method: 'PUT',
  path: '/api/v1/cloud-volumes/{id}/actions/resize',
  in: { id: 'path', size: 'query' },
  bodyType: 'none',
  answer: 'empty',
  // Larger than the current size is checked by the service (it needs the volume).
  params: z.object({ id: int(), size: volumeSize }),
  response: emptyAnswer,
});

export const deleteVolume = defineNeteaseOperation({
  name: 'deleteVolume',
  group: 'disk',
  kind: 'delete',
  summary: 'Delete a cloud volume',
  seedLines: [1529, 1552],
  method: 'DELETE',
  path: '/api/v1/cloud-volumes/{id}',
  in: { id: 'path' },
  answer: 'empty',
  params: z.object({ id: int() }),
  response: emptyAnswer,
});
