import { neteaseOps } from '../../../providers/netease/operations';
import { BUILD_STATUS } from '../../../providers/netease/operations/enums';
import { DOCKERFILE_MAX_BYTES } from '../../../providers/netease/operations/repositories';
import type { NeutralStatus } from '../../../domain/types';

export { DOCKERFILE_MAX_BYTES };

/** 5.3's tag status: 0 initialising, 1 building, 2 built, 3 failed. */
export type BuildStatus = (typeof BUILD_STATUS)[keyof typeof BUILD_STATUS];
export const BUILD_STATUS_NAMES = ['initialising', 'building', 'succeeded', 'failed'] as const;
export type BuildStatusName = (typeof BUILD_STATUS_NAMES)[number];
export const buildStatusName = (status: number): BuildStatusName => BUILD_STATUS_NAMES[status] ?? 'failed';
export const buildFinished = (status: number | undefined) => status === BUILD_STATUS.succeeded || status === BUILD_STATUS.failed;
export const buildNeutral = (status: number): NeutralStatus => (status === 2 ? 'running' : status === 3 ? 'failed' : status === 1 ? 'updating' : 'pending');
/** The badge colour of a neutral status (a tag's own words are shown beside it, not "Running"). */
export const BADGE: Record<NeutralStatus, 'success' | 'processing' | 'default' | 'error' | 'warning'> = {
  running: 'success',
  pending: 'processing',
  updating: 'processing',
  stopped: 'default',
  failed: 'error',
  deleting: 'warning',
  unknown: 'default',
};

/** The size the service counts: bytes of the UTF-8 text, not characters. */
export const byteLength = (text: string) => new TextEncoder().encode(text).length;

export interface BuildForm {
  repo_name?: string;
  tag?: string;
  docker_file?: string;
}

/**
 * 5.1: repository name, tag and a Dockerfile of at most 1 MB, all required (checked with the
 * operation's own schema: registry-style lowercase names, tags of at most 128 characters).
 */
export function buildIssues(form: BuildForm): Set<string> {
  const parsed = neteaseOps.buildImage.params.safeParse({ repo_name: form.repo_name?.trim() ?? '', tag: form.tag?.trim() ?? '', docker_file: form.docker_file ?? '' });
  return parsed.success ? new Set() : new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')));
}

/** `docker pull` of one tag: the repository's address (5.3 download_url) without its tag, plus this tag. */
export function pullCommand(downloadUrl: string, tag: string): string {
  const base = downloadUrl.replace(/:[^/:]*$/, '');
  return `docker pull ${base}:${tag}`;
}

/** Tags newest first: the service appends a pushed or built tag to the end of 5.3's list. */
export const newestFirst = <T>(tags: readonly T[]): T[] => [...tags].reverse();
