import { conflict, notFound, wrongState } from '../errors';
import { emptyAnswer, jsonAnswer } from '../respond';
import type { AccountWorld, NamespaceRec } from '../store/types';
import type { OperationHandlers } from './types';

/** 9.2: never the default space, nor one that still holds services (or, our addition, load balancers). */
export function deletable(world: AccountWorld, ns: NamespaceRec): boolean {
  return !ns.isDefault && !world.services.some((s) => s.namespaceId === ns.id) && !world.loadBalancers.some((l) => l.namespace === ns.namespace);
}

export const spaceHandlers: OperationHandlers = {
  createNamespace({ world }, { name }) {
    if (world.namespaces.some((n) => n.display_name === name)) throw conflict('space', `namespace ${name} already exists`);
    const ns = { id: world.nextId++, display_name: name, namespace: `${name}-${world.username}`, isDefault: false };
    world.namespaces.push(ns);
    // Sic: `namespace_Id`.
    return jsonAnswer({ namespace_Id: ns.id });
  },
  listNamespaces({ world }) {
    return jsonAnswer({
      namespaces: [...world.namespaces].reverse().map((n) => ({ deletable: deletable(world, n), id: n.id, display_name: n.display_name, namespace: n.namespace })),
    });
  },
  deleteNamespace({ world }, { id }) {
    const ns = world.namespaces.find((n) => n.id === id);
    if (!ns) throw notFound('space', `namespace ${id}`);
    if (ns.isDefault) throw wrongState('space', 'the default namespace cannot be deleted');
    if (!deletable(world, ns)) throw wrongState('space', `namespace ${ns.display_name} is not empty, delete its services and load balancers first`);
    world.namespaces.splice(world.namespaces.indexOf(ns), 1);
    return emptyAnswer();
  },
};
