import { conflict } from '../protocol/errors';
import type { K8sService, PortMapping, SlbAP, World } from '../store/types';
import { check, must, page, type Handlers } from './context';
import { findEnv } from './environment';

const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Listener options belong to protocols: timeouts to TCP, sessions to HTTP/HTTPS, certificates to HTTPS. */
function checkListener(ap: Pick<SlbAP, 'Protocol' | 'EstablishedTimeout' | 'StickySession' | 'CookieTimeout' | 'SslCertId'>) {
  const http = ap.Protocol === 'HTTP' || ap.Protocol === 'HTTPS';
  if (ap.EstablishedTimeout !== undefined) check(ap.Protocol === 'TCP', 'EstablishedTimeout只适用于TCP协议');
  if (ap.StickySession !== undefined) check(http, 'StickySession只适用于HTTP/HTTPS协议');
  if (ap.CookieTimeout !== undefined) check(http, 'CookieTimeout只适用于HTTP/HTTPS协议');
  if (ap.Protocol === 'HTTPS') check(ap.SslCertId, 'HTTPS协议必须指定SslCertId');
}

const apRow = (a: SlbAP) => ({
  AppId: a.AppId,
  CookieTimeout: a.CookieTimeout ?? 0,
  EnvId: a.EnvId,
  EstablishedTimeout: a.EstablishedTimeout ?? 0,
  ListenerPort: a.ListenerPort,
  Name: a.Name,
  NetworkMode: a.NetworkMode,
  Protocol: a.Protocol,
  RealServerPort: a.RealServerPort,
  SlbAPId: a.SlbAPId,
  SlbId: a.SlbId,
  SlbIp: a.SlbIp,
  SslCertId: a.SslCertId ?? '',
  StickySession: a.StickySession ?? 0,
});

/** NodePorts come from the k8s default range; the emulator hands out the lowest free one. */
function checkPorts(world: World, type: K8sService['ServiceType'], headless: boolean, ports: PortMapping[], self?: number) {
  check(ports.length > 0, 'PortMappings不能为空');
  check(!(headless && type !== 'ClusterIP'), 'Headless只适用于ClusterIP类型');
  const names = new Set<string>();
  for (const pm of ports) {
    check(DNS_LABEL.test(pm.Name) || pm.Name === '', `端口名称${pm.Name}不符合k8s命名规范`);
    check(!names.has(pm.Name), `端口名称${pm.Name}重复`);
    names.add(pm.Name);
    check(pm.Port >= 1 && pm.Port <= 65535, `Port ${pm.Port}超出范围1-65535`);
    if (pm.NodePort !== undefined) {
      check(type === 'NodePort', 'NodePort只适用于NodePort类型的服务');
      check(pm.NodePort >= 30000 && pm.NodePort <= 32767, `NodePort ${pm.NodePort}超出范围30000-32767`);
      const taken = world.services.some((s) => s.ServiceId !== self && s.PortMappings.some((m) => m.NodePort === pm.NodePort));
      if (taken) throw conflict(`NodePort ${pm.NodePort}已被占用`);
    }
  }
  if (type === 'NodePort') {
    for (const pm of ports) {
      if (pm.NodePort !== undefined) continue;
      const used = new Set(world.services.flatMap((s) => s.PortMappings.map((m) => m.NodePort)).concat(ports.map((m) => m.NodePort)));
      let n = 30000;
      while (used.has(n)) n++;
      pm.NodePort = n;
    }
  }
}

const portRows = (ports: PortMapping[]) => ports.map((m) => ({ Name: m.Name, NodePort: m.NodePort ?? 0, Port: m.Port, Protocol: m.Protocol, TargetPort: m.TargetPort }));
const serviceRow = (s: K8sService) => ({ AppId: s.AppId, EnvId: s.EnvId, Headless: s.Headless, K8sServiceId: s.K8sServiceId, Name: s.Name, ServiceId: s.ServiceId, ServiceType: s.ServiceType, PortMappings: portRows(s.PortMappings) });

const findAP = (world: World, id: number) => must(world.slbAPs.find((a) => a.SlbAPId === id), `SLB接入(SlbAPId=${id})`);
const findService = (world: World, id: number) => must(world.services.find((s) => s.ServiceId === id), `服务(ServiceId=${id})`);

export const networkHandlers: Handlers = {
  CreateSlbAP(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId);
    const slb = must(ctx.world.slbs.find((s) => s.SlbId === p.SlbId), `SLB实例(${p.SlbId})`);
    if (ctx.world.slbAPs.some((a) => a.SlbId === slb.SlbId && a.ListenerPort === p.ListenerPort)) throw conflict(`SLB ${slb.SlbId}的监听端口${p.ListenerPort}已被占用`);
    const ap: SlbAP = { SlbAPId: ctx.world.seq.SlbAPId++, AppId: env.AppId, EnvId: env.EnvId, Name: p.Name, SlbId: slb.SlbId, SlbIp: slb.SlbIp, NetworkMode: slb.NetworkMode, ListenerPort: p.ListenerPort, RealServerPort: p.RealServerPort, Protocol: p.Protocol, EstablishedTimeout: p.EstablishedTimeout, StickySession: p.StickySession, SslCertId: p.SslCertId, CookieTimeout: p.CookieTimeout };
    checkListener(ap);
    ctx.world.slbAPs.push(ap);
    return { Result: { SlbAPId: ap.SlbAPId } };
  },
  ModifySlbAP(ctx, p) {
    const ap = findAP(ctx.world, p.SlbAPId);
    const next = { ...ap, ...Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) } as SlbAP;
    checkListener(next);
    Object.assign(ap, next);
    return {};
  },
  DeleteSlbAP(ctx, p) {
    const ap = findAP(ctx.world, p.SlbAPId);
    ctx.world.slbAPs = ctx.world.slbAPs.filter((a) => a !== ap);
    return {};
  },
  DescribeSlbAPDetail(ctx, p) {
    return { Result: apRow(findAP(ctx.world, p.SlbAPId)) };
  },
  ListSlbAPs(ctx, p) {
    const rows = ctx.world.slbAPs.filter(
      (a) =>
        a.AppId === p.AppId &&
        (p.EnvId === undefined || a.EnvId === p.EnvId) &&
        (p.Name === undefined || a.Name.includes(p.Name)) &&
        (p.NetworkMode === undefined || a.NetworkMode === p.NetworkMode) &&
        (p.ProtocolList === undefined || p.ProtocolList.length === 0 || p.ProtocolList.includes(a.Protocol as never)) &&
        // SlbId is described as the access point's ID (example 111) but named like the SLB instance: accept both.
        (p.SlbId === undefined || a.SlbId === p.SlbId || String(a.SlbAPId) === p.SlbId),
    );
    const paged = page(rows, p.PageNumber, p.PageSize);
    return { ...paged, Data: paged.Data.map(apRow) };
  },
  CreateService(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId);
    check(DNS_LABEL.test(p.K8sServiceId) && p.K8sServiceId.length <= 63, 'K8sServiceId必须符合k8s服务命名规范(小写字母开头，小写字母、数字和-)');
    if (ctx.world.services.some((s) => s.EnvId === env.EnvId && s.K8sServiceId === p.K8sServiceId)) throw conflict(`服务${p.K8sServiceId}已存在`);
    const ports: PortMapping[] = p.PortMappings.map((m) => ({ Name: m.Name, Protocol: m.Protocol, Port: m.Port, TargetPort: m.TargetPort, NodePort: m.NodePort }));
    const headless = p.Headless ?? false;
    checkPorts(ctx.world, p.ServiceType, headless, ports);
    const service: K8sService = { ServiceId: ctx.world.seq.ServiceId++, AppId: env.AppId, EnvId: env.EnvId, Name: p.Name, K8sServiceId: p.K8sServiceId, ServiceType: p.ServiceType, Headless: headless, PortMappings: ports };
    ctx.world.services.push(service);
    return { Result: { ServiceId: service.ServiceId } };
  },
  ModifyService(ctx, p) {
    const service = findService(ctx.world, p.ServiceId);
    if (p.PortMappings !== undefined) {
      const ports = p.PortMappings.map((m) => ({ Name: m.Name ?? '', Protocol: m.Protocol ?? 'TCP', Port: m.Port ?? 0, TargetPort: m.TargetPort ?? String(m.Port ?? ''), NodePort: m.NodePort }));
      checkPorts(ctx.world, service.ServiceType, service.Headless, ports, service.ServiceId);
      service.PortMappings = ports;
    }
    if (p.Name !== undefined) service.Name = p.Name;
    return {};
  },
  DeleteService(ctx, p) {
    const service = findService(ctx.world, p.ServiceId);
    ctx.world.services = ctx.world.services.filter((s) => s !== service);
    return {};
  },
  ListServices(ctx, p) {
    const rows = ctx.world.services.filter(
      (s) => s.AppId === p.AppId && (p.EnvId === undefined || s.EnvId === p.EnvId) && (p.Name === undefined || s.Name.includes(p.Name)) && (p.ServiceType === undefined || s.ServiceType === p.ServiceType),
    );
    const paged = page(rows, p.PageNumber, p.PageSize);
    return { ...paged, Data: paged.Data.map(serviceRow) };
  },
  DescribeServiceDetail(ctx, p) {
    return { Result: serviceRow(findService(ctx.world, p.ServiceId)) };
  },
};
