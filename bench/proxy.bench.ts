import { createProxyHandler } from '../src/proxy/handler';
import { demoRuntime } from '../src/proxy/runtime';
import { measure, report } from './measure';

/** A call's whole path in demo mode: session check, allow-list, signing, emulator, answer. */
export async function proxyBench() {
  const handle = createProxyHandler(await demoRuntime());
  const login = await handle(
    new Request('http://bench/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }) }),
  );
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const call = (account: string, operation: string, params: Record<string, unknown>, region?: string) => async () => {
    const res = await handle(
      new Request(`http://bench/api/accounts/${account}/call`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', cookie },
        body: JSON.stringify({ operation, params, region }),
      }),
    );
    if (res.status !== 200) throw new Error(`${operation}: HTTP ${res.status} ${await res.text()}`);
    await res.text();
  };
  report('proxy → Tencent emulator DescribeCluster (HmacSHA1)', await measure(500, call('tencent-demo', 'DescribeCluster', {}, 'gz')));
  report('proxy → Alibaba emulator ListCluster', await measure(500, call('alibaba-demo', 'ListCluster', {})));
  report('proxy → NetEase emulator listRepositories (token cached)', await measure(500, call('netease-demo', 'listRepositories', {})));
}
