/** A file name from a key name: the service allows characters a file system may not. */
export const pemFileName = (keyName: string): string => `${keyName.replace(/[^\w.-]+/g, '_') || 'key'}.pem`;

/** Hands text to the browser as a file download, without a round trip. */
export function downloadText(fileName: string, text: string, type = 'application/x-pem-file'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
