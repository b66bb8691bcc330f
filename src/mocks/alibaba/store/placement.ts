import type { Ecs, Environment, World } from './types';

/**
 * Reads `nodeSelector` from a Deployment/StatefulSet YAML (the block's indented `key: value`
 * lines). Enough YAML for the one field placement needs; anything else in the document is kept
 * as text and never interpreted.
 */
export function nodeSelectorOf(yaml: string): Record<string, string> {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*nodeSelector:\s*$/.test(l));
  if (start < 0) return {};
  const indent = (l: string) => l.length - l.trimStart().length;
  const base = indent(lines[start]);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!line.trim()) continue;
    if (indent(line) <= base) break;
    const m = /^\s*["']?([^:"']+)["']?\s*:\s*["']?([^"']*)["']?\s*$/.exec(line);
    if (m) out[m[1].trim()] = m[2].trim();
  }
  return out;
}

/** The cluster an environment's pods run in: its resource allocation (CreateAppResourceAlloc). */
export const clusterOfEnv = (world: World, env: Environment) => world.allocs.find((a) => a.AppEnvId === env.EnvId)?.ClusterId;

/**
 * Nodes a pod of the environment may land on: the allocated cluster's nodes that carry every
 * label of the deploy configuration's nodeSelector (labels come from BindNodeLabel).
 */
export function eligibleNodes(world: World, env: Environment): { nodes: Ecs[]; reason?: string } {
  const clusterId = clusterOfEnv(world, env);
  if (!clusterId) return { nodes: [], reason: '环境未分配集群资源 (no CreateAppResourceAlloc for this environment)' };
  const members = world.ecs.filter((e) => e.clusterId === clusterId);
  const config = world.configs.find((c) => c.Id === env.AppSchemaId);
  const selector = nodeSelectorOf(`${config?.Deployment ?? ''}\n${config?.StatefulSet ?? ''}`);
  const wanted = Object.entries(selector);
  const nodes = members.filter((node) =>
    wanted.every(([k, v]) => world.bindings.some((b) => b.ClusterId === clusterId && b.InstanceId === node.InstanceId && b.LabelKey === k && b.LabelValue === v)),
  );
  if (!nodes.length) {
    const why = wanted.length ? `${members.length} node(s) didn't match node selector ${wanted.map(([k, v]) => `${k}=${v}`).join(',')}` : 'no nodes in cluster';
    return { nodes, reason: `0/${members.length} nodes are available: ${why}.` };
  }
  return { nodes };
}
