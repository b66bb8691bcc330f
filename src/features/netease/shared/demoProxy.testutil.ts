import { vi } from 'vitest';
import { stubDemoProxy as stubSharedDemoProxy } from '../../shared/demoProxy.testutil';

/** The shared in-process demo proxy, with faults aimed at the NetEase emulator. */
export async function stubDemoProxy() {
  const proxy = await stubSharedDemoProxy();
  return { ...proxy, faults: (body: unknown) => proxy.faults('netease', body) };
}

/** jsdom has no object URLs: record what would have been downloaded. */
export function stubDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:test'), revokeObjectURL: () => undefined }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, restore: () => click.mockRestore() };
}

/** jsdom's Blob has no text(): read it the old way. */
export const blobText = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
