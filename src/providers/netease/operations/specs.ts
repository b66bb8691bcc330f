/**
 * The service specifications of 9.0 (lines 1940-1948). Row 1's memory is printed "64 0MB": it is
 * 640 MB (9.7 returns 671088640 bytes). Every spec has a 20 GB SSD system disk. The emulator
 * returns these as 9.7's `spec_info` JSON string (cpu in millicores, memory in bytes).
 */
export interface ServiceSpec {
  id: number;
  name: string;
  nameEn: string;
  pricePerHour: number;
  cpuCores: number;
  memoryMb: number;
  diskGb: number;
}

export const SERVICE_SPECS: readonly ServiceSpec[] = [
  { id: 1, name: '微小型', nameEn: 'Micro', pricePerHour: 0.049, cpuCores: 1, memoryMb: 640, diskGb: 20 },
  { id: 2, name: '小型', nameEn: 'Small', pricePerHour: 0.06, cpuCores: 1, memoryMb: 1024, diskGb: 20 },
  { id: 3, name: '中型', nameEn: 'Medium', pricePerHour: 0.19, cpuCores: 2, memoryMb: 2048, diskGb: 20 },
  { id: 4, name: '大型', nameEn: 'Large', pricePerHour: 0.25, cpuCores: 2, memoryMb: 4096, diskGb: 20 },
  { id: 5, name: '豪华型', nameEn: 'Deluxe', pricePerHour: 0.52, cpuCores: 4, memoryMb: 8192, diskGb: 20 },
  { id: 6, name: '旗舰型', nameEn: 'Flagship', pricePerHour: 1.02, cpuCores: 8, memoryMb: 16384, diskGb: 20 },
  { id: 7, name: '超级旗舰型', nameEn: 'Super flagship', pricePerHour: 3.32, cpuCores: 16, memoryMb: 65536, diskGb: 20 },
];

/** The `spec_info` string 9.7 returns, keys in the order the example prints them. */
export function specInfoJson(spec: ServiceSpec): string {
  return JSON.stringify({ cpu: spec.cpuCores * 1000, diskType: 'SSD', id: spec.id, memory: spec.memoryMb * 1024 * 1024, name: spec.name, price: spec.pricePerHour, storage: spec.diskGb });
}
