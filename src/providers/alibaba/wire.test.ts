import { describe, expect, it } from 'vitest';
import { flattenParams, unflattenParams } from './wire';

describe('RPC list encoding', () => {
  it('flattens lists 1-based, structs as Name.N.Member', () => {
    expect(flattenParams({ UserRoles: [{ RoleName: 'Owner', UserId: '1' }], ConfigMapList: ['a', 'b'], Force: true, Skip: undefined })).toEqual({
      'UserRoles.1.RoleName': 'Owner',
      'UserRoles.1.UserId': '1',
      'ConfigMapList.1': 'a',
      'ConfigMapList.2': 'b',
      Force: 'true',
    });
  });
  it('unflattens in index order and keeps other names as they are', () => {
    expect(unflattenParams({ 'StatusList.2': '3', 'StatusList.1': '1', 'PortMappings.1.Port': '80', 'DeployOrder.Id': '5', AppId: '7' })).toEqual({
      StatusList: ['1', '3'],
      PortMappings: [{ Port: '80' }],
      'DeployOrder.Id': '5',
      AppId: '7',
    });
  });
});
