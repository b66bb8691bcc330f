import { badRequest, conflict, notFound } from '../errors';
import { emptyAnswer, jsonAnswer } from '../respond';
import { PUBLIC_IMAGES } from '../store/seed';
import type { AccountWorld } from '../store/types';
import { HUB, repoDetailView, repoSummaryView } from '../store/views';
import type { OperationHandlers } from './types';

/**
 * A build succeeds when the Dockerfile has a FROM instruction before any other instruction
 * (comments, blank lines and ARG aside) — the same first check docker build makes. The image size
 * is derived from the text so it is deterministic.
 */
export function dockerfileBuilds(text: string): boolean {
  const first = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('#') && !/^ARG\s/i.test(l));
  return !!first && /^FROM\s+\S+/i.test(first);
}

const repoByName = (world: AccountWorld, name: string) => world.repos.find((r) => r.repo_name === name);

export const repositoryHandlers: OperationHandlers = {
  buildImage({ world, now }, { repo_name, tag, docker_file }) {
    let repo = repoByName(world, repo_name);
    // Building into a new name creates the (private) repository, as pushing does.
    if (!repo) {
      repo = { repo_id: world.nextId++, repo_name, open_level: 0, base_desc: '', detail_desc: '', createdMs: now, updatedMs: now, tags: [] };
      world.repos.push(repo);
    }
    const existing = repo.tags.find((t) => t.name === tag);
    if (existing?.build) throw conflict('repository', `tag ${tag} of ${repo_name} is already being built`);
    const build = { startedMs: now, succeeds: dockerfileBuilds(docker_file), size: 30_000_000 + (docker_file.length * 7919) % 150_000_000 };
    if (existing) Object.assign(existing, { status: 0, size: 0, build });
    else repo.tags.push({ name: tag, size: 0, status: 0, build });
    repo.updatedMs = now;
    return emptyAnswer();
  },
  listRepositories({ world }, { limit = 20, offset = 0 }) {
    const all = [...world.repos].sort((a, b) => b.createdMs - a.createdMs || b.repo_id - a.repo_id);
    return jsonAnswer({ total: all.length, repositories: all.slice(offset, offset + limit).map((r) => repoSummaryView(world, r)) });
  },
  getRepository({ world }, { id }) {
    const repo = world.repos.find((r) => r.repo_id === id);
    if (!repo) throw notFound('repository', `repository ${id}`);
    return jsonAnswer(repoDetailView(world, repo));
  },
  deleteImageTag({ world, now }, { repo_name, tag }) {
    const repo = repoByName(world, repo_name);
    if (!repo) throw notFound('repository', `repository ${repo_name}`);
    const at = repo.tags.findIndex((t) => t.name === tag);
    if (at < 0) throw notFound('repository', `tag ${tag} of ${repo_name}`);
    if (repo.tags[at].build) throw conflict('repository', `tag ${tag} is being built`);
    const path = `${HUB}/${world.username}/${repo_name}:${tag}`;
    const user = world.services.find((s) => s.containers.some((c) => c.image_path === path));
    if (user) throw badRequest('repository', `image ${path} is used by service ${user.service_name}`);
    repo.tags.splice(at, 1);
    repo.updatedMs = now;
    return emptyAnswer();
  },
  listServiceImages({ world }) {
    const custom = world.repos.flatMap((r) =>
      r.tags.filter((t) => t.status === 2).map((t) => ({ tag: t.name, repo_id: r.repo_id, repo_name: r.repo_name, image_path: `${HUB}/${world.username}/${r.repo_name}:${t.name}` })),
    );
    const pub = PUBLIC_IMAGES.flatMap((r) => r.tags.map((tag) => ({ tag, repo_id: r.repo_id, repo_name: r.repo_name, image_path: `${HUB}/public/${r.repo_name}:${tag}` })));
    return jsonAnswer({ custom_images: custom, public_images: pub });
  },
};

/** Images a service may run: the account's built tags and the public ones (9.4). */
export function imageExists(world: AccountWorld, path: string): boolean {
  const m = /^hub\.c\.163\.com\/([^/]+)\/([^:/]+):(.+)$/.exec(path);
  if (!m) return false;
  const [, user, repo, tag] = m;
  if (user === 'public') return PUBLIC_IMAGES.some((r) => r.repo_name === repo && r.tags.includes(tag));
  return user === world.username && !!repoByName(world, repo)?.tags.some((t) => t.name === tag && t.status === 2);
}
