import { badRequest, conflict, notFound, wrongState } from '../errors';
import { emptyAnswer, jsonAnswer } from '../respond';
import { uuid } from '../store/ids';
import type { AccountWorld } from '../store/types';
import { volumeView } from '../store/views';
import type { OperationHandlers } from './types';

const findVolume = (world: AccountWorld, id: number) => {
  const volume = world.volumes.find((v) => v.id === id);
  if (!volume) throw notFound('disk', `cloud volume ${id}`);
  return volume;
};

export const volumeHandlers: OperationHandlers = {
  createVolume({ world, now }, { volume_name, size }) {
    if (world.volumes.some((v) => v.name === volume_name)) throw conflict('disk', `volume_name ${volume_name} already exists`);
    const volume = { id: world.nextId++, name: volume_name, size, volume_uuid: uuid(world), createdMs: now, updatedMs: now };
    world.volumes.push(volume);
    return jsonAnswer({ id: volume.id });
  },
  // 7.2 states no default limit; 20 (its maximum and the table's example) is ours.
  listVolumes({ world }, { limit = 20, offset = 0 }) {
    const all = [...world.volumes].sort((a, b) => b.createdMs - a.createdMs || b.id - a.id);
    return jsonAnswer({ total: all.length, volumes: all.slice(offset, offset + limit).map(volumeView) });
  },
  resizeVolume({ world, now }, { id, size }) {
    const volume = findVolume(world, id);
    if (size <= volume.size) throw badRequest('disk', `size must be larger than the current size ${volume.size}`);
    volume.size = size;
    volume.updatedMs = now;
    return emptyAnswer();
  },
  deleteVolume({ world }, { id }) {
    const volume = findVolume(world, id);
    if (volume.mount) throw wrongState('disk', `cloud volume ${volume.name} is mounted by service ${volume.mount.serviceName}`);
    world.volumes.splice(world.volumes.indexOf(volume), 1);
    return emptyAnswer();
  },
};
