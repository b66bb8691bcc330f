import { describe, expect, it } from 'vitest';
import { exampleBody, tencentCatalog } from '../../providers/tencent/catalog.testutil';
import { unwrapTencent } from '../../providers/tencent/client';
import { tencentOperations } from '../../providers/tencent/operations';
import { demoIds, sampleCalls, type Results } from './fixtures.testutil';
import { harness } from './testing';

/** The result part of a document example, unwrapped the way the client does it. */
function exampleResult(action: string) {
  const op = tencentCatalog.operations.find((o) => o.action === action)!;
  const body = exampleBody(op);
  return { body, result: body.code === 0 || (body.data as { code?: number } | undefined)?.code === 0 ? unwrapTencent({ status: 200, headers: new Headers(), text: JSON.stringify(body) }, action) : undefined };
}

describe('contract: the document examples parse with the response schemas', () => {
  it('defines every operation of the catalog, and nothing else', () => {
    expect(Object.keys(tencentOperations).sort()).toEqual(tencentCatalog.operations.map((o) => o.action).sort());
    expect(Object.keys(tencentOperations)).toHaveLength(95);
  });

  it.each(tencentCatalog.operations.map((o) => [o.action] as const))('%s example', (action) => {
    const { body, result } = exampleResult(action);
    if (result === undefined) {
      // CheckClusterCIDR's example is its documented failure.
      expect(body.code).toBe(4000);
      return;
    }
    const parsed = tencentOperations[action].response.safeParse(result);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it('a response schema rejects a result of the wrong shape (the test can fail)', () => {
    expect(tencentOperations.DescribeCluster.response.safeParse({ totalCount: 'many', clusters: 'none' }).success).toBe(false);
    expect(tencentOperations.GetTagList.response.safeParse({ tagInfo: [{ sizeByte: 'big' }] }).success).toBe(false);
  });
});

describe('contract: the emulator answers every operation with a result its schema accepts', () => {
  it('runs one valid call per operation', async () => {
    const h = harness();
    const ids = await demoIds(h);
    const calls = sampleCalls(ids, h.now());
    expect(new Set(calls.map(([name]) => name)).size).toBe(95);
    const results: Results = {};
    for (const [name, params, region, account] of calls) {
      const body = await h.call(name, typeof params === 'function' ? params(results) : params, region, account);
      expect(body.code, `${name}: ${JSON.stringify(body)}`).toBe(0);
      const result = unwrapTencent({ status: 200, headers: new Headers(), text: JSON.stringify(body) }, name);
      const parsed = tencentOperations[name].response.safeParse(result);
      expect(parsed.success, `${name}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(true);
      results[name] = result;
      h.advance(1_000);
    }
  });
});
