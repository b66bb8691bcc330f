import { volumeSize } from '../../../providers/netease/operations/volumes';

/** 7.1's ceiling: sizes stay below 1000 GB in steps of 10, so 990 is the largest. */
export const LARGEST_VOLUME_GB = 990;
export const SMALLEST_VOLUME_GB = 10;
export const VOLUME_STEP_GB = 10;

/** 7.3: grow only, and the new size obeys 7.1's rules (the operation's own schema). */
export const resizeAllowed = (current: number, next: number | null | undefined): boolean =>
  typeof next === 'number' && next > current && volumeSize.safeParse(next).success;

/** Whether a volume can grow at all (it may already be at the ceiling). */
export const canGrow = (current: number): boolean => current < LARGEST_VOLUME_GB;

/** The form's starting value: one step up, or the ceiling. */
export const nextSize = (current: number): number => Math.min(LARGEST_VOLUME_GB, Math.floor(current / VOLUME_STEP_GB) * VOLUME_STEP_GB + VOLUME_STEP_GB);
