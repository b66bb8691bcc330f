import { describe, expect, it } from 'vitest';
import {
  certError,
  cookieError,
  createServiceParams,
  createSlbApParams,
  duplicatePortOf,
  k8sNameError,
  modifyServiceParams,
  modifySlbApParams,
  nodePortError,
  portError,
  targetPortError,
  timeoutError,
} from './rules';

describe('SLB access point rules (seed 004 §3.1)', () => {
  it('ports, timeouts and certificates', () => {
    expect(portError(8080)).toBeUndefined();
    expect(portError(0)).toBe('common.portRange');
    expect(portError(undefined)).toBe('common.required');
    expect(timeoutError(9)).toBe('ali.rule.timeout');
    expect(timeoutError(900)).toBeUndefined();
    expect(timeoutError(undefined)).toBeUndefined();
    expect(cookieError(86401)).toBe('ali.rule.cookie');
    expect(cookieError(1)).toBeUndefined();
    expect(certError('HTTPS', '')).toBe('ali.rule.https');
    expect(certError('HTTP', '')).toBeUndefined();
  });
  it('sends only the options of the chosen protocol', () => {
    const all = { Name: ' web ', SlbId: 'lb-1', ListenerPort: 80, RealServerPort: 8080, EstablishedTimeout: 900, StickySession: true, CookieTimeout: 600, SslCertId: 'ssl-1' };
    expect(createSlbApParams(12, { ...all, Protocol: 'TCP' })).toEqual({ EnvId: 12, Name: 'web', SlbId: 'lb-1', ListenerPort: 80, RealServerPort: 8080, Protocol: 'TCP', EstablishedTimeout: 900, StickySession: undefined, CookieTimeout: undefined, SslCertId: undefined });
    expect(createSlbApParams(12, { ...all, Protocol: 'HTTP' })).toMatchObject({ EstablishedTimeout: undefined, StickySession: 1, CookieTimeout: 600, SslCertId: undefined });
    expect(createSlbApParams(12, { ...all, Protocol: 'HTTPS', StickySession: false })).toMatchObject({ StickySession: 0, CookieTimeout: undefined, SslCertId: 'ssl-1' });
    expect(createSlbApParams(12, { ...all, Protocol: 'UDP' })).toMatchObject({ EstablishedTimeout: undefined, StickySession: undefined });
    expect(modifySlbApParams(121, 'TCP', { Name: 'x', RealServerPort: 81, EstablishedTimeout: 60 })).toEqual({ SlbAPId: 121, Name: 'x', RealServerPort: 81, EstablishedTimeout: 60, StickySession: undefined, CookieTimeout: undefined, SslCertId: undefined });
  });
});

describe('k8s service rules (seed 004 §3.2)', () => {
  it('names, target ports and node ports', () => {
    expect(k8sNameError('api-svc')).toBeUndefined();
    expect(k8sNameError('Api')).toBe('rule.dnsLabel');
    expect(k8sNameError('')).toBe('common.required');
    expect(targetPortError('8080')).toBeUndefined();
    expect(targetPortError('http')).toBeUndefined();
    expect(targetPortError('70000')).toBe('ali.rule.targetPort');
    expect(targetPortError('a-very-long-port-name')).toBe('ali.rule.targetPort');
    expect(nodePortError('NodePort', 30080)).toBeUndefined();
    expect(nodePortError('NodePort', 8080)).toBe('ali.rule.nodePort');
    expect(nodePortError('ClusterIP', 30080)).toBe('ali.rule.nodePort');
    expect(nodePortError('ClusterIP', undefined)).toBeUndefined();
  });
  it('finds duplicate port names and ports', () => {
    const ports = [
      { Name: 'http', Port: 80, Protocol: 'TCP' as const },
      { Name: 'dns', Port: 80, Protocol: 'UDP' as const },
      { Name: 'http', Port: 81 },
      { Name: 'web', Port: 80 },
    ];
    expect(duplicatePortOf(ports, 1)).toBeUndefined();
    expect(duplicatePortOf(ports, 2)).toBe(1);
    expect(duplicatePortOf(ports, 3)).toBe(1);
  });
  it('builds the calls: headless only for ClusterIP, node ports only for NodePort', () => {
    const ports = [{ Name: 'http', Protocol: 'TCP' as const, Port: 80, TargetPort: '8080', NodePort: 30080 }];
    expect(createServiceParams(12, { Name: 'api', K8sServiceId: 'api', ServiceType: 'ClusterIP', Headless: true, PortMappings: ports })).toEqual({
      EnvId: 12,
      Name: 'api',
      ServiceType: 'ClusterIP',
      K8sServiceId: 'api',
      Headless: true,
      PortMappings: [{ Name: 'http', Protocol: 'TCP', Port: 80, TargetPort: '8080', NodePort: undefined }],
    });
    expect(createServiceParams(12, { Name: 'api', K8sServiceId: 'api', ServiceType: 'NodePort', Headless: true, PortMappings: ports })).toMatchObject({ Headless: undefined, PortMappings: [{ NodePort: 30080 }] });
    expect(modifyServiceParams(301, 'NodePort', { Name: '', PortMappings: ports })).toEqual({ ServiceId: 301, Name: undefined, PortMappings: [{ Name: 'http', Protocol: 'TCP', Port: 80, TargetPort: '8080', NodePort: 30080 }] });
  });
});
