import { describe, expect, it } from 'vitest';
import { bandwidthError, certError, domainError, duplicateOf, ingressNameError, portError, toRuleParams, urlError } from './rules';

describe('Tencent ingress form rules (seed 003 CreateIngress)', () => {
  it('names are k8s labels', () => {
    expect(ingressNameError('web-entry')).toBeUndefined();
    expect(ingressNameError('')).toBe('common.required');
    expect(ingressNameError('Web')).toBe('rule.dnsLabel');
    expect(ingressNameError('a'.repeat(64))).toBe('rule.dnsLabel');
  });
  it('url: 1–80, modifiers, plain characters', () => {
    for (const ok of ['/', '/api/v1', '= /exact', '^~/static', '~ ^/img/.*\\.png$', '~*\\.(gif|jpg)$', '/a?b=c']) expect(urlError(ok), ok).toBeUndefined();
    expect(urlError('')).toBe('common.required');
    expect(urlError('/a b')).toBe('tc.rule.url');
    expect(urlError('/a*b')).toBe('tc.rule.url');
    expect(urlError('=')).toBe('tc.rule.url');
    expect(urlError(`/${'a'.repeat(80)}`)).toBe('tc.rule.url');
    expect(urlError(`/${'a'.repeat(79)}`)).toBeUndefined();
  });
  it('domain: plain, wildcard first or last, regex with ~', () => {
    for (const ok of ['qcloud.com', '*.example.com', 'www.example.*', '~^www\\d+\\.example\\.com$', 'a-b.c']) expect(domainError(ok), ok).toBeUndefined();
    expect(domainError('')).toBe('common.required');
    expect(domainError('www.*.com')).toBe('tc.rule.domain');
    expect(domainError('under_score.com')).toBe('tc.rule.domain');
    expect(domainError('*')).toBe('tc.rule.domain');
    expect(domainError('a'.repeat(81))).toBe('tc.rule.domain');
  });
  it('ports and bandwidth', () => {
    expect(portError(80)).toBeUndefined();
    expect(portError(undefined)).toBe('common.required');
    expect(portError(0)).toBe('common.portRange');
    expect(portError(65536)).toBe('common.portRange');
    expect(portError(8.5)).toBe('common.portRange');
    expect(bandwidthError(undefined)).toBeUndefined();
    expect(bandwidthError(0)).toBe('tc.bandwidthRule');
    expect(bandwidthError(10)).toBeUndefined();
  });
  it('finds duplicate rules and https without a certificate', () => {
    const rules = [
      { domain: 'a.com', url: '/', LoadBalancePort: 80, protocol: 'http' },
      { domain: 'a.com', url: '/', LoadBalancePort: 443, protocol: 'https' },
      { domain: 'a.com', url: '/', LoadBalancePort: 80, protocol: 'http' },
    ];
    expect(duplicateOf(rules, 0)).toBeUndefined();
    expect(duplicateOf(rules, 1)).toBeUndefined();
    expect(duplicateOf(rules, 2)).toBe(1);
    expect(certError('', rules)).toBe('tc.rule.https');
    expect(certError('cert-1', rules)).toBeUndefined();
    expect(certError(undefined, [rules[0]])).toBeUndefined();
  });
  it('sends rules with numeric ports', () => {
    expect(toRuleParams([{ domain: 'a.com', url: '/', protocol: 'http', serviceName: 'web', servicePort: 80, LoadBalancePort: 80 }])).toEqual([
      { url: '/', domain: 'a.com', protocol: 'http', serviceName: 'web', servicePort: 80, LoadBalancePort: 80 },
    ]);
  });
});
