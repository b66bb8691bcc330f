import { describe, expect, it } from 'vitest';
import { neteaseHarness } from './testing';

describe('SSH keys (4.x)', () => {
  it('creates, lists, downloads the private key as PEM text, and deletes', async () => {
    const h = neteaseHarness();
    const key = await h.call('createSecretKey', { key_name: 'mykey2' });
    expect(key).toMatchObject({ name: 'mykey2', fingerprint: expect.stringMatching(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/), created_at: '2017-01-10T08:00:00Z' });
    expect((await h.call('listSecretKeys')).map((k: { name: string }) => k.name)).toContain('mykey2');
    const res = await h.raw('getSecretKeyPrivateKey', { id: key.id });
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+\n-----END RSA PRIVATE KEY-----$/);
    expect(await h.call('deleteSecretKey', { id: key.id })).toBeNull();
    expect(await h.fails('deleteSecretKey', { id: key.id })).toMatchObject({ httpStatus: 404, code: '4041104' });
    expect(await h.fails('createSecretKey', { key_name: 'mykey' })).toMatchObject({ httpStatus: 409 });
  });

  it('allows 300 private-key downloads per second, then throttles', async () => {
    const h = neteaseHarness();
    const [key] = await h.call('listSecretKeys');
    for (let i = 0; i < 300; i++) await h.call('getSecretKeyPrivateKey', { id: key.id });
    expect(await h.fails('getSecretKeyPrivateKey', { id: key.id })).toMatchObject({ httpStatus: 429, code: '4291121' });
    h.advance(1000);
    expect(await h.call('getSecretKeyPrivateKey', { id: key.id })).toContain('PRIVATE KEY');
  });
});

describe('repositories and image builds (5.x)', () => {
  const tagOf = async (h: ReturnType<typeof neteaseHarness>, repo: string, tag: string) => {
    const { repositories } = await h.call('listRepositories', { limit: 30 });
    const id = repositories.find((r: { repo_name: string }) => r.repo_name === repo).repo_id;
    return ((await h.call('getRepository', { id })).tags as Array<{ name: string; status: number; size: number }>).find((t) => t.name === tag);
  };

  it('builds a tag from an uploaded Dockerfile: status 0 → 1 → 2, then usable by services', async () => {
    const h = neteaseHarness();
    expect(await h.call('buildImage', { repo_name: 'mysql', tag: 'v2', docker_file: '# db\nFROM hub.c.163.com/public/mysql:5.7\nEXPOSE 3306\n' })).toBeNull();
    expect(await tagOf(h, 'mysql', 'v2')).toMatchObject({ status: 0, size: 0 });
    h.advance(2_000);
    expect((await tagOf(h, 'mysql', 'v2'))!.status).toBe(1);
    h.advance(8_000);
    const built = await tagOf(h, 'mysql', 'v2');
    expect(built!.status).toBe(2);
    expect(built!.size).toBeGreaterThan(0);
    const images = await h.call('listServiceImages');
    expect(images.custom_images.map((i: { image_path: string }) => i.image_path)).toContain('hub.c.163.com/tricloud/mysql:v2');
  });

  it('a Dockerfile without FROM fails the build (status 3)', async () => {
    const h = neteaseHarness();
    await h.call('buildImage', { repo_name: 'mysql', tag: 'broken', docker_file: 'RUN echo no base image' });
    h.advance(10_000);
    expect((await tagOf(h, 'mysql', 'broken'))!.status).toBe(3);
  });

  it('refuses a Dockerfile over 1 MB and a build of a tag already building', async () => {
    const h = neteaseHarness();
    const big = `FROM scratch\n${'#'.repeat(1024 * 1024)}`;
    expect(await h.fails('buildImage', { repo_name: 'mysql', tag: 'big', docker_file: big })).toMatchObject({ httpStatus: 400 });
    await h.call('buildImage', { repo_name: 'mysql', tag: 'v5', docker_file: 'FROM scratch' });
    expect(await h.fails('buildImage', { repo_name: 'mysql', tag: 'v5', docker_file: 'FROM scratch' })).toMatchObject({ httpStatus: 409 });
  });

  it('pages repositories: limit in (0, 30], default 20', async () => {
    const h = neteaseHarness();
    expect((await h.call('listRepositories', { limit: 2, offset: 1 })).repositories).toHaveLength(2);
    expect((await h.call('listRepositories', {})).total).toBe(5);
    expect(await h.fails('listRepositories', { limit: 31 })).toMatchObject({ httpStatus: 400, code: '4001201' });
    expect(await h.fails('listRepositories', { limit: 0 })).toMatchObject({ httpStatus: 400 });
    expect(await h.fails('getRepository', { id: 1 })).toMatchObject({ httpStatus: 404 });
  });

  it('deletes a tag by repository name, but not one a service runs', async () => {
    const h = neteaseHarness();
    expect(await h.call('deleteImageTag', { repo_name: 'axure', tag: 'v2' })).toBeNull();
    expect(await tagOf(h, 'axure', 'v2')).toBeUndefined();
    expect(await h.fails('deleteImageTag', { repo_name: 'axure', tag: 'v2' })).toMatchObject({ httpStatus: 404 });
    expect(await h.fails('deleteImageTag', { repo_name: 'web-frontend', tag: '1.1.0' })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('used by service web') });
  });
});
