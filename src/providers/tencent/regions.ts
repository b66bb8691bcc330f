/**
 * Regions: the document's short codes (bj, gz, sh, hk, ca) and the ap-* forms its examples use.
 * Numeric ids follow the registry table (1 Guangzhou, 4 Shanghai, 5 Hong Kong, 8 Beijing) and
 * DescribeCluster's example (regionId 1 = ap-guangzhou); North America takes 15 (not in the document).
 */
export const REGIONS = {
  gz: { long: 'ap-guangzhou', id: 1, zones: [{ zone: 'ap-guangzhou-3', zoneId: 100003 }, { zone: 'ap-guangzhou-4', zoneId: 100004 }] },
  sh: { long: 'ap-shanghai', id: 4, zones: [{ zone: 'ap-shanghai-2', zoneId: 200002 }, { zone: 'ap-shanghai-3', zoneId: 200003 }] },
  bj: { long: 'ap-beijing', id: 8, zones: [{ zone: 'ap-beijing-2', zoneId: 800002 }, { zone: 'ap-beijing-3', zoneId: 800003 }] },
  hk: { long: 'ap-hongkong', id: 5, zones: [{ zone: 'ap-hongkong-1', zoneId: 300001 }] },
  ca: { long: 'na-toronto', id: 15, zones: [{ zone: 'na-toronto-1', zoneId: 400001 }] },
} as const;

export type RegionCode = keyof typeof REGIONS;

/** Short code for any accepted spelling, or undefined when the region is unknown. */
export function normalizeRegion(value: string | undefined): RegionCode | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (v in REGIONS) return v as RegionCode;
  return (Object.keys(REGIONS) as RegionCode[]).find((k) => REGIONS[k].long === v);
}

export const regionOfId = (id: number): RegionCode | undefined => (Object.keys(REGIONS) as RegionCode[]).find((k) => REGIONS[k].id === id);

export function zoneOf(region: RegionCode, zone: string): { zone: string; zoneId: number } | undefined {
  return REGIONS[region].zones.find((z) => z.zone === zone || String(z.zoneId) === zone);
}
