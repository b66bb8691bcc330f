import { describe, expect, it } from 'vitest';
import { alibabaOperations } from '../../../providers/alibaba/operations';
import { refusedFields } from './formErrors';
import { present } from './formValues';

describe('present', () => {
  it('drops blank fields so the schema reports them missing, and keeps the rest trimmed', () => {
    expect(present({ Name: ' pv-1 ', MountDir: '', Capacity: undefined, NFSVersion: '3' })).toEqual({ Name: 'pv-1', NFSVersion: '3' });
    const params = alibabaOperations.DeletePersistentVolume.params;
    expect([...refusedFields(params, present({ ClusterInstanceId: 'c', PersistentVolumeName: '  ' }))]).toEqual(['PersistentVolumeName']);
  });
});
