import { z } from 'zod';
import { defineNeteaseOperation } from './define';
import { emptyAnswer, int, timestamp } from './schema';

/** 5.1's upload limit: the Dockerfile may not exceed 1 MB. */
export const DOCKERFILE_MAX_BYTES = 1024 * 1024;

/** Repository names and tags travel in the path: keep them to what a registry accepts. */
const repoName = z.string().regex(/^[a-z0-9]+([._-][a-z0-9]+)*$/, 'must be a lowercase repository name');
const tagName = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, 'must be a valid image tag');

export const buildImage = defineNeteaseOperation({
  name: 'buildImage',
  group: 'image',
  kind: 'action',
  summary: 'Build an image (repository tag) from an uploaded Dockerfile',
  seedLines: [332, 356],
  method: 'POST',
  // The trailing slash is the document's; the emulator accepts the path with or without it.
  path: '/api/v1/repositories/{repo_name}/tags/{tag}/actions/build/',
  in: { repo_name: 'path', tag: 'path', docker_file: 'form' },
  bodyType: 'multipart',
  answer: 'empty',
  params: z.object({
    repo_name: repoName,
    tag: tagName,
    /** The Dockerfile's text; sent as the multipart file field `docker_file`. */
    docker_file: z
      .string()
      .min(1, 'docker_file is required')
      .refine((text) => new TextEncoder().encode(text).length <= DOCKERFILE_MAX_BYTES, 'docker_file must not exceed 1M'),
  }),
  response: emptyAnswer,
});

const repositoryFields = {
  repo_id: z.number().int(),
  user_name: z.string(),
  repo_name: z.string(),
  /** 0 private, 1 public. */
  open_level: z.union([z.literal(0), z.literal(1)]),
  base_desc: z.string(),
  detail_desc: z.string(),
  tag_count: z.number().int().min(0),
  created_at: timestamp,
  updated_at: timestamp,
};
export const repositorySummary = z.looseObject(repositoryFields);

export const imageTag = z.looseObject({
  name: z.string(),
  size: z.number().int().min(0),
  /** 0 initialising, 1 building, 2 built, 3 failed (5.3). */
  status: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
});

export const listRepositories = defineNeteaseOperation({
  name: 'listRepositories',
  group: 'repository',
  kind: 'read',
  summary: 'List image repositories (paginated)',
  seedLines: [359, 432],
  method: 'GET',
  path: '/api/v1/repositories',
  in: { limit: 'query', offset: 'query' },
  params: z.object({
    limit: int((n) => n.min(1).max(30)).optional(),
    offset: int((n) => n.min(0)).optional(),
  }),
  response: z.looseObject({ total: z.number().int().min(0), repositories: z.array(repositorySummary) }),
});

export const getRepository = defineNeteaseOperation({
  name: 'getRepository',
  group: 'repository',
  kind: 'read',
  summary: 'Get one image repository with its tags',
  seedLines: [435, 509],
  method: 'GET',
  path: '/api/v1/repositories/{id}',
  in: { id: 'path' },
  params: z.object({ id: int() }),
  response: z.looseObject({ ...repositoryFields, tags: z.array(imageTag), download_url: z.string() }),
});

export const deleteImageTag = defineNeteaseOperation({
  name: 'deleteImageTag',
  group: 'image',
  kind: 'delete',
  summary: 'Delete one image (tag) from a repository',
  seedLines: [512, 538],
  method: 'DELETE',
  // Printed `/api/v1/repositories/{mysql}/tags/{tag}`: the placeholder is the repository name.
  path: '/api/v1/repositories/{repo_name}/tags/{tag}',
  in: { repo_name: 'path', tag: 'path' },
  answer: 'empty',
  params: z.object({ repo_name: repoName, tag: tagName }),
  response: emptyAnswer,
});
