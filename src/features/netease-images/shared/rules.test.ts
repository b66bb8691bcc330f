import { describe, expect, it } from 'vitest';
import { buildFinished, buildIssues, buildNeutral, buildStatusName, byteLength, DOCKERFILE_MAX_BYTES, newestFirst, pullCommand } from './rules';

describe('build rules (5.1)', () => {
  const ok = { repo_name: 'myrepo', tag: 'v1', docker_file: 'FROM nginx\n' };
  it('accepts the document example', () => expect([...buildIssues(ok)]).toEqual([]));
  it('requires repository, tag and Dockerfile', () => {
    expect([...buildIssues({})].sort()).toEqual(['docker_file', 'repo_name', 'tag']);
  });
  it('repository names are lowercase registry names; tags at most 128 characters, not starting with . or -', () => {
    for (const repo_name of ['MyRepo', 'my repo', '-repo', 'repo-', 'a__b']) expect([...buildIssues({ ...ok, repo_name })], repo_name).toEqual(['repo_name']);
    for (const repo_name of ['mysql', 'web-frontend', 'a.b_c']) expect([...buildIssues({ ...ok, repo_name })], repo_name).toEqual([]);
    for (const tag of ['.v1', '-v1', 'v 1', 'v'.repeat(129)]) expect([...buildIssues({ ...ok, tag })], tag).toEqual(['tag']);
    for (const tag of ['v1', 'V1.0_rc-1', 'master20161215042831791', 'v'.repeat(128)]) expect([...buildIssues({ ...ok, tag })], tag).toEqual([]);
  });
  it('the Dockerfile may be 1 MB, counted in UTF-8 bytes, not one byte more', () => {
    expect([...buildIssues({ ...ok, docker_file: 'a'.repeat(DOCKERFILE_MAX_BYTES) })]).toEqual([]);
    expect([...buildIssues({ ...ok, docker_file: 'a'.repeat(DOCKERFILE_MAX_BYTES + 1) })]).toEqual(['docker_file']);
    // 3 bytes per character: fewer characters than the limit, more bytes.
    const chinese = '镜'.repeat(Math.ceil(DOCKERFILE_MAX_BYTES / 3) + 1);
    expect(chinese.length).toBeLessThan(DOCKERFILE_MAX_BYTES);
    expect(byteLength(chinese)).toBeGreaterThan(DOCKERFILE_MAX_BYTES);
    expect([...buildIssues({ ...ok, docker_file: chinese })]).toEqual(['docker_file']);
  });
});

describe('tags (5.3)', () => {
  it('names the document’s four build statuses and knows which are final', () => {
    expect([0, 1, 2, 3].map(buildStatusName)).toEqual(['initialising', 'building', 'succeeded', 'failed']);
    expect([0, 1, 2, 3].map(buildFinished)).toEqual([false, false, true, true]);
    expect([0, 1, 2, 3].map(buildNeutral)).toEqual(['pending', 'updating', 'running', 'failed']);
  });
  it('builds the pull command from the download address', () => {
    expect(pullCommand('hub.c.163.com/admin/mysql:master20161215042831791', 'v1')).toBe('docker pull hub.c.163.com/admin/mysql:v1');
    expect(pullCommand('hub.c.163.com/admin/mysql', 'v1')).toBe('docker pull hub.c.163.com/admin/mysql:v1');
  });
  it('puts the last tag of the answer first', () => expect(newestFirst(['a', 'b', 'c'])).toEqual(['c', 'b', 'a']));
});
