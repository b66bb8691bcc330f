import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../../mocks/demo-credentials';
import { sampleParams } from '../../../mocks/netease/samples.testutil';
import { neteaseHarness } from '../../../mocks/netease/testing';
import { catalogOperation, exampleResponse, neteaseCatalog } from '../catalog.testutil';
import { neteaseOps, type NeteaseOperationName } from '.';

const names = Object.keys(neteaseOps) as NeteaseOperationName[];

describe('NetEase definitions against the catalog', () => {
  it('defines every operation of the catalog, and nothing else', () => {
    expect(neteaseCatalog.operation_count).toBe(48);
    expect(names.sort()).toEqual(neteaseCatalog.operations.map((o) => o.id.replace('netease.', '')).sort());
  });

  it.each(names)('%s: method, path, group, kind, lines and parameter locations are the document’s', (name) => {
    const op = neteaseOps[name];
    const cat = catalogOperation(name);
    expect([op.method, ...(op.alsoMethods ?? [])]).toContain(cat.method);
    expect(op.path).toBe(cat.path);
    expect(op.group).toBe(cat.group);
    expect(op.kind).toBe(cat.kind);
    expect(op.seedLines).toEqual(cat.seed_lines);
    expect(op.auth).toBe(cat.auth_required);
    for (const p of cat.params.filter((x) => !x.name.includes('.') && !x.name.includes('['))) {
      // 5.1 prints docker_file in the query but sends it as a multipart file; we send the file.
      const expected = p.in === 'body' ? undefined : name === 'buildImage' && p.name === 'docker_file' ? 'form' : p.in;
      expect(op.in[p.name], `${name}.${p.name}`).toBe(expected);
    }
  });

  it.each(names)('%s: the document’s example response parses with the response schema', (name) => {
    const op = neteaseOps[name];
    const example = exampleResponse(catalogOperation(name));
    const parsed = op.response.safeParse(example);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('9.12 is accepted as PUT (examples) and POST (HTTP Request line)', () => {
    expect(catalogOperation('updateServiceImage').method_variants).toMatchObject({ http_request_section: 'POST', http_example: 'PUT' });
    expect(neteaseOps.updateServiceImage.alsoMethods).toContain('POST');
  });

  it('the example request bodies validate with the parameter schemas', () => {
    const bodies: Array<[NeteaseOperationName, Record<string, unknown>]> = [
      ['createToken', catalogOperation('createToken').example_request_body as Record<string, unknown>],
      ['createService', catalogOperation('createService').example_request_body as Record<string, unknown>],
      ['createVolume', catalogOperation('createVolume').example_request_body as Record<string, unknown>],
    ];
    for (const [name, body] of bodies) expect(neteaseOps[name].params.safeParse(body).success, name).toBe(true);
  });
});

describe('the emulator answers every operation in the response schema', () => {
  it('createToken (straight to the emulator: the proxy never forwards it)', async () => {
    const { emulator } = neteaseHarness();
    const res = await emulator.handle(
      new Request('https://open.c.163.com/api/v1/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ app_key: DEMO_CREDENTIALS.netease.appKey, app_secret: DEMO_CREDENTIALS.netease.appSecret }) }),
    );
    expect(res.status).toBe(200);
    expect(neteaseOps.createToken.response.safeParse(await res.json()).success).toBe(true);
  });

  it.each(Object.keys(sampleParams) as Array<keyof typeof sampleParams>)('%s', async (name) => {
    const h = neteaseHarness();
    const params = await sampleParams[name](h);
    const response = await h.raw(name, params);
    expect(response.headers.get('Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const kind = neteaseOps[name].answer;
    if (kind === 'empty') expect(text).toBe('');
    const own = kind === 'empty' ? null : kind === 'text' ? text : JSON.parse(text);
    const parsed = neteaseOps[name].response.safeParse(own);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});
