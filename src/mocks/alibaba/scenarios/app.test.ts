import { describe, expect, it } from 'vitest';
import { createAlibabaEmulator } from '../index';
import { inProcessClient, T0 } from '../testing';

type Row = Record<string, unknown>;
const b64 = (s: string) => Buffer.from(s).toString('base64');
const roles = [{ RoleName: 'Owner' as const, UserId: '12345', UserType: 'TAOBAO' as const }];

function world() {
  let now = T0;
  const client = inProcessClient(createAlibabaEmulator({ now: () => now }), () => now);
  return { client, advance: (ms: number) => (now += ms) };
}

describe('applications, deploy configurations and environments', () => {
  it('creates an application, its configuration and environments, and deletes them in order', async () => {
    const { client } = world();
    const appId = Number((await client.CreateApp({ BizCode: 'JST', Language: 'Python', OperatingSystem: 'Linux', ServiceType: 'GeneralApplication', Title: 'shop_api', UserRoles: roles })).Result?.AppId);
    await expect(client.CreateApp({ BizCode: 'JST', Language: 'Java', OperatingSystem: 'Linux', ServiceType: 'GeneralApplication', Title: 'shop_api', UserRoles: roles })).rejects.toMatchObject({ code: '409' });
    const detail = (await client.DescribeAppDetail({ AppId: appId })).Result as Row;
    expect(detail).toMatchObject({ Title: 'shop_api', AppStateType: 'stateless', DeployType: 'ContainerDeployment' });
    expect((detail.UserRoles as Row[])[0]).toMatchObject({ RoleName: 'Owner', RealName: '张三' });

    await expect(client.CreateDeployConfig({ AppId: appId, EnvType: 'test', Name: 'c', StatefulSet: b64('kind: StatefulSet') })).rejects.toThrow('无状态应用只能使用Deployment');
    await expect(client.CreateDeployConfig({ AppId: appId, EnvType: 'test', Name: 'c', Deployment: '%%%' })).rejects.toThrow('base64');
    const schemaId = Number((await client.CreateDeployConfig({ AppId: appId, EnvType: 'test', Name: 'c', CodePath: '', Deployment: b64('kind: Deployment\nmetadata:\n  name: shop\n'), ConfigMapList: [b64('kind: ConfigMap\n')] })).Result?.SchemaId);
    const listed = ((await client.ListDeployConfig({ AppId: appId })).Data as Row[])[0];
    expect((listed.ContainerYamlConf as Row).Deployment).toContain('name: shop');
    await client.UpdateDeployConfig({ AppId: appId, Id: schemaId, ConfigMapList: [b64('a: 1'), b64('b: 2')] });
    await client.UpdateDeployConfig({ AppId: appId, Id: schemaId, CodePath: '/srv' });
    const updated = ((await client.ListDeployConfig({ AppId: appId, Id: schemaId })).Data as Row[])[0];
    expect((updated.ContainerYamlConf as Row).ConfigMapList).toEqual(['a: 1', 'b: 2']);
    expect((updated.ContainerCodePath as Row).CodePath).toBe('/srv');

    // EnvType 0 on creation is "test", listed as 1 (the two tables' codings).
    const envId = Number((await client.CreateEnvironment({ AppId: appId, AppSchemaId: schemaId, EnvName: '测试', EnvType: 0, Region: 'cn-zhangjiakou', Replicas: 1 })).Result?.AppEnvId);
    expect((await client.ListAppEnvironment({ AppId: appId, PageNumber: 1, PageSize: 10 })).Data).toMatchObject([{ EnvId: envId, EnvType: 1, EnvTypeName: '测试环境' }]);
    await client.UpdateEnvironment({ AppId: appId, AppEnvId: envId, Replicas: 3 });
    expect((await client.DescribeAppEnvironmentDetail({ AppId: appId, EnvId: envId })).Result).toMatchObject({ Replicas: 3 });

    await expect(client.DeleteDeployConfig({ SchemaId: schemaId })).rejects.toMatchObject({ code: '400' });
    await expect(client.DeleteAppDetail({ AppId: appId })).rejects.toMatchObject({ code: '400' });
    await client.DeleteAppEnvironment({ AppId: appId, EnvId: envId, Force: false });
    await client.DeleteDeployConfig({ SchemaId: schemaId });
    await client.DeleteAppDetail({ AppId: appId });
    await expect(client.DescribeAppDetail({ AppId: appId })).rejects.toMatchObject({ code: '404' });
  });

  it('refuses roles of unknown users and Force-deletes an application with everything under it', async () => {
    const { client } = world();
    await expect(client.CreateApp({ BizCode: 'JST', Language: 'Java', OperatingSystem: 'Linux', ServiceType: 'StoreApplication', Title: 'x', UserRoles: [{ RoleName: 'Dev', UserId: 'nobody', UserType: 'TAOBAO' }] })).rejects.toMatchObject({ code: '404' });
    const app = ((await client.ListApp({})).Data as Row[])[0];
    const appId = Number(app.AppId);
    expect((await client.ListSlbAPs({ AppId: appId, PageNumber: 1, PageSize: 10 })).TotalCount).toBe(2);
    await client.DeleteAppDetail({ AppId: appId, Force: true });
    expect((await client.ListSlbAPs({ AppId: appId, PageNumber: 1, PageSize: 10 })).TotalCount).toBe(0);
    expect((await client.ListApp({})).TotalCount).toBe(3);
  });

  it('pages users with the document limits', async () => {
    const { client } = world();
    const page2 = await client.ListUsers({ PageNumber: 2, PageSize: 4 });
    expect(page2).toMatchObject({ PageNumber: 2, PageSize: 4, TotalCount: 6 });
    expect((page2.Data as Row[]).length).toBe(2);
    await expect(client.ListUsers({ PageNumber: 1, PageSize: 101 })).rejects.toMatchObject({ code: 'InvalidParameter' });
  });
});

describe('SLB access points and k8s services', () => {
  it('checks listener rules by protocol and port conflicts', async () => {
    const { client } = world();
    const app = ((await client.ListApp({})).Data as Row[])[0];
    const envId = Number(((await client.ListAppEnvironment({ AppId: Number(app.AppId), PageNumber: 1, PageSize: 10 })).Data as Row[])[0].EnvId);
    const base = { EnvId: envId, Name: 'ap', SlbId: 'lb-8vbq9w8e7r6t5y4u3i2o1', ListenerPort: 8443, RealServerPort: 8080 };
    await expect(client.CreateSlbAP({ ...base, Protocol: 'HTTPS' })).rejects.toThrow('SslCertId');
    await expect(client.CreateSlbAP({ ...base, Protocol: 'HTTP', EstablishedTimeout: 100 })).rejects.toThrow('TCP');
    await expect(client.CreateSlbAP({ ...base, Protocol: 'TCP', EstablishedTimeout: 5 })).rejects.toMatchObject({ code: 'InvalidParameter' });
    await expect(client.CreateSlbAP({ ...base, SlbId: 'lb-unknown', Protocol: 'TCP' })).rejects.toMatchObject({ code: '404' });
    const id = Number((await client.CreateSlbAP({ ...base, Protocol: 'TCP', EstablishedTimeout: 60 })).Result?.SlbAPId);
    await expect(client.CreateSlbAP({ ...base, Protocol: 'UDP' })).rejects.toMatchObject({ code: '409' });
    await client.ModifySlbAP({ SlbAPId: id, RealServerPort: 9090 });
    expect((await client.DescribeSlbAPDetail({ SlbAPId: id })).Result).toMatchObject({ RealServerPort: 9090, NetworkMode: 'internet', SlbIp: '39.98.25.11' });
    expect((await client.ListSlbAPs({ AppId: Number(app.AppId), PageNumber: 1, PageSize: 10, ProtocolList: ['TCP'] })).TotalCount).toBe(2);
    await client.DeleteSlbAP({ SlbAPId: id });
    await expect(client.DescribeSlbAPDetail({ SlbAPId: id })).rejects.toMatchObject({ code: '404' });
  });

  it('gives NodePort services a port from the k8s range and keeps ClusterIP rules', async () => {
    const { client } = world();
    const app = ((await client.ListApp({})).Data as Row[])[0];
    const envId = Number(((await client.ListAppEnvironment({ AppId: Number(app.AppId), PageNumber: 1, PageSize: 10 })).Data as Row[])[0].EnvId);
    const ports = [{ Name: 'http', Protocol: 'TCP' as const, Port: 80, TargetPort: '8080' }];
    await expect(client.CreateService({ EnvId: envId, Name: 's', ServiceType: 'NodePort', K8sServiceId: 'np', Headless: true, PortMappings: ports })).rejects.toThrow('Headless');
    await expect(client.CreateService({ EnvId: envId, Name: 's', ServiceType: 'ClusterIP', K8sServiceId: 'Bad_Name', PortMappings: ports })).rejects.toMatchObject({ code: '400' });
    const id = Number((await client.CreateService({ EnvId: envId, Name: 's', ServiceType: 'NodePort', K8sServiceId: 'np', PortMappings: ports })).Result?.ServiceId);
    const detail = (await client.DescribeServiceDetail({ ServiceId: id })).Result as Row;
    expect((detail.PortMappings as Row[])[0].NodePort).toBe(30000);
    await expect(client.CreateService({ EnvId: envId, Name: 's', ServiceType: 'ClusterIP', K8sServiceId: 'np', PortMappings: ports })).rejects.toMatchObject({ code: '409' });
    await client.ModifyService({ ServiceId: id, PortMappings: [{ Name: 'https', Protocol: 'TCP', Port: 443, TargetPort: '8443', NodePort: 31443 }] });
    expect(((await client.ListServices({ AppId: Number(app.AppId), PageNumber: 1, PageSize: 10, ServiceType: 'NodePort' })).Data as Row[])[0].PortMappings).toMatchObject([{ NodePort: 31443, Port: 443 }]);
    await client.DeleteService({ ServiceId: id });
    expect((await client.ListServices({ AppId: Number(app.AppId), PageNumber: 1, PageSize: 10, ServiceType: 'NodePort' })).TotalCount).toBe(0);
  });
});
