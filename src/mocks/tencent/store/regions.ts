/** Regions live with the provider pack (the console needs them too); the emulator reuses them. */
export * from '../../../providers/tencent/regions';
