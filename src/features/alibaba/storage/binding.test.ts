import { describe, expect, it } from 'vitest';
import type { AlibabaResult } from '../../../providers/alibaba/client';
import { alibabaOperations } from '../../../providers/alibaba/operations';
import { exampleResponse } from '../shared/catalog.testutil';
import type { Claim, Volume } from './types';
import { bindingOf, statusTone, volumeDeleteBlocked } from './binding';

describe('volume binding (5.1.2 / 5.1.3 / 1.5.3)', () => {
  it('reads the document’s example volume: Bound, so its delete is refused', () => {
    const [volume] = ((alibabaOperations.ListPersistentVolume.response.parse(exampleResponse('ListPersistentVolume')) as AlibabaResult<'ListPersistentVolume'>).Data ?? []) as Volume[];
    expect(volume.Name).toBe('xx-xx-pv');
    expect(volumeDeleteBlocked(volume)).toBe(true);
    expect(statusTone(volume.Status)).toBe('success');
  });
  it('links a volume to its claim when the example claim names it', () => {
    const claims = ((alibabaOperations.ListPersistentVolumeClaim.response.parse(exampleResponse('ListPersistentVolumeClaim')) as AlibabaResult<'ListPersistentVolumeClaim'>).Data ?? []) as Claim[];
    expect(claims[0]).toMatchObject({ Name: 'pvc-test', VolumeName: 'console-create-pv', Status: 'Bound' });
    expect(bindingOf({ Name: 'console-create-pv', Status: 'Bound', PvcName: 'pvc-test' }, claims)).toEqual({ claim: 'pvc-test', shown: true });
    expect(bindingOf({ Name: 'other-pv', Status: 'Bound', PvcName: 'pvc-test' }, claims)).toEqual({ claim: 'pvc-test', shown: false });
    expect(bindingOf({ Name: 'free', Status: 'Available', PvcName: '' }, claims)).toEqual({ claim: undefined, shown: false });
  });
  it('lets Available, Released and Failed volumes go', () => {
    for (const Status of ['Available', 'Released', 'Failed']) expect(volumeDeleteBlocked({ Name: 'v', Status }), Status).toBe(false);
    expect(statusTone('Pending')).toBe('warning');
    expect(statusTone('Failed')).toBe('error');
    expect(statusTone('Success')).toBe('success');
    expect(statusTone('Creating')).toBe('processing');
  });
});
