import { describe, expect, it } from 'vitest';
import { placeholders } from '../../app/i18n/messages';
import { tsvcEn, tsvcZh, type TsvcKey } from './messages';

describe('tencent services messages', () => {
  it('Chinese fills every key with the same placeholders as English', () => {
    for (const key of Object.keys(tsvcEn) as TsvcKey[]) {
      expect(tsvcZh[key], key).toBeTruthy();
      expect(placeholders(tsvcZh[key]), key).toEqual(placeholders(tsvcEn[key]));
    }
  });
});
