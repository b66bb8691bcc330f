/**
 * Whether a running image (`host/ns/name:tag`, `host/ns/name@sha256:…`, or `ns/name:tag` without
 * the registry host) comes from a repository (`host/ns/name`, host optional).
 */
export function imageFromRepository(image: string, repository: string): boolean {
  const strip = (s: string) => s.replace(/^[a-z0-9.-]+\.[a-z]{2,}(:\d+)?\//i, '');
  const name = (s: string) => s.replace(/[:@][^/]*$/, '');
  const full = name(image);
  return full === repository || strip(full) === strip(repository);
}
