import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticHandler } from './static';

describe('static files', () => {
  it('serves assets, falls back to index.html for routes, and never leaves the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dist-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<html>app</html>');
    await writeFile(join(root, 'assets', 'a.js'), 'x');
    await writeFile(join(root, '..', 'outside-secret.txt'), 'nope').catch(() => undefined);
    const serve = staticHandler(root);
    const asset = await serve(new Request('http://c/assets/a.js'));
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await (await serve(new Request('http://c/clusters/tencent/x'))).text()).toBe('<html>app</html>');
    expect(await (await serve(new Request('http://c/%2e%2e/outside-secret.txt'))).text()).toBe('<html>app</html>');
  });
});
