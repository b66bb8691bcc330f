import { z } from 'zod';

/** The document's enums (catalog `enums`), one place for definitions, emulator and forms. */
export const IP_STATUSES = ['available', 'disabled', 'binding', 'binded'] as const;
export const IP_TYPES = ['nce', 'nlb'] as const;
export const BUILD_STATUS = { initialising: 0, building: 1, succeeded: 2, failed: 3 } as const;
export const LB_CHARGE_MODES = ['netflow', 'bandwidth'] as const;
export const LB_STATUSES = ['CREATING', 'WORKING'] as const;
export const LISTENER_PROTOCOLS = ['http', 'https'] as const;
export const COOKIE_MODES = ['insert', 'rewrite'] as const;
export const PUBLIC_NET_TYPES = ['flow', 'bandwidth'] as const;
export const PORT_PROTOCOLS = ['TCP', 'UDP'] as const;
export const RESTART_OPTIONS = ['restart', 'hard_reboot'] as const;
/** 0 cloud volume, 1 local disk, 2 no data disk, 3 mixed (9.5). */
export const DISK_TYPES = [0, 1, 2, 3] as const;

export const ipStatus = z.enum(IP_STATUSES);
export const ipType = z.enum(IP_TYPES);
