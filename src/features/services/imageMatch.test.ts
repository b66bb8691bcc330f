import { describe, expect, it } from 'vitest';
import { imageFromRepository } from './imageMatch';

describe('imageFromRepository', () => {
  it('matches an image of the repository whatever its tag or digest', () => {
    expect(imageFromRepository('ccr.ccs.tencentyun.com/tricloud/web:v1.3.0', 'ccr.ccs.tencentyun.com/tricloud/web')).toBe(true);
    expect(imageFromRepository('hub.c.163.com/tricloud/axure@sha256:abc', 'hub.c.163.com/tricloud/axure')).toBe(true);
    expect(imageFromRepository('tricloud/web:latest', 'ccr.ccs.tencentyun.com/tricloud/web')).toBe(true);
    expect(imageFromRepository('localhost:5000/tricloud/web:1', 'tricloud/web')).toBe(false);
  });
  it('does not match a longer name or another namespace', () => {
    expect(imageFromRepository('ccr.ccs.tencentyun.com/tricloud/web-admin:v1', 'ccr.ccs.tencentyun.com/tricloud/web')).toBe(false);
    expect(imageFromRepository('ccr.ccs.tencentyun.com/other/web:v1', 'ccr.ccs.tencentyun.com/tricloud/web')).toBe(false);
  });
});
