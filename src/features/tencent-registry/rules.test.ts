import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invokeExprError, isImageReference, isNamespaceName, isPasswordLength, isRepositoryShortName, pullCommand, CLUSTER_REGIONS } from './rules';

const catalog = JSON.parse(readFileSync(new URL('../../../../shared/catalog/tencent.json', import.meta.url), 'utf8')) as { operations: Array<{ name: string; example_request?: unknown; request_example?: unknown }> };
const catalogText = JSON.stringify(catalog);

describe('registry form rules', () => {
  it('accepts the seed example names and refuses malformed ones', () => {
    // CreateRepository's example: reponame=test/kube_test
    expect(catalogText).toContain('test/kube_test');
    const [ns, name] = 'test/kube_test'.split('/') as [string, string];
    expect(isNamespaceName(ns)).toBe(true);
    expect(isRepositoryShortName(name)).toBe(true);
    expect(isNamespaceName('A')).toBe(false);
    expect(isNamespaceName('x'.repeat(31))).toBe(false);
    expect(isRepositoryShortName('-bad')).toBe(false);
    expect(isRepositoryShortName('Upper')).toBe(false);
  });
  it('image references are ns/repo:tag', () => {
    expect(isImageReference('test/kube_test:v1')).toBe(true);
    expect(isImageReference('test/kube_test')).toBe(false);
    expect(isImageReference(`a/b:${'t'.repeat(129)}`)).toBe(false);
  });
  it('password is 8–16 characters (ChangePassword)', () => {
    expect(isPasswordLength('1234567')).toBe(false);
    expect(isPasswordLength('12345678')).toBe(true);
    expect(isPasswordLength('1'.repeat(16))).toBe(true);
    expect(isPasswordLength('1'.repeat(17))).toBe(false);
  });
  it('trigger conditions need the right expression', () => {
    expect(invokeExprError('all', undefined)).toBeUndefined();
    expect(invokeExprError('taglist', '')).toBe('required');
    expect(invokeExprError('taglist', 'v1;v2')).toBeUndefined();
    expect(invokeExprError('regex', '(')).toBe('regex');
    expect(invokeExprError('regex', '^v\\d+')).toBeUndefined();
  });
  it('cluster regions are the trigger section enum', () => {
    expect([...CLUSTER_REGIONS]).toEqual([1, 4, 5, 7, 8, 9, 16]);
  });
  it('pull command uses the registry server', () => {
    expect(pullCommand(undefined, 'a/b', 'v1')).toBe('docker pull ccr.ccs.tencentyun.com/a/b:v1');
  });
});
