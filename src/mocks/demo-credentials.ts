/**
 * The demo credentials every emulator always accepts. They are published (README) and unlock
 * nothing but the emulators; the proxy uses them in demo mode. Never import this from src/app,
 * src/features or src/ui: no credential, even a demo one, belongs in the browser bundle.
 */
export const DEMO_CREDENTIALS = {
  tencent: { secretId: 'AKIDTricloudDemoKey00000000000000000', secretKey: 'TricloudDemoTencentSecretKey0000' },
  alibaba: { accessKeyId: 'LTAITricloudDemo0000000', accessKeySecret: 'TricloudDemoAlibabaSecret000000' },
  netease: { appKey: 'd3e10c0a1b2c3d4e5f60718293a4b5c6', appSecret: 'e9f8d7c6b5a4938271605f4e3d2c1b0a' },
} as const;

/** Default stand-alone emulator ports (overridable with the environment variables named here). */
export const EMULATOR_PORTS = {
  tencent: { env: 'TRICLOUD_TENCENT_PORT', port: 4101 },
  alibaba: { env: 'TRICLOUD_ALIBABA_PORT', port: 4102 },
  netease: { env: 'TRICLOUD_NETEASE_PORT', port: 4103 },
} as const;
