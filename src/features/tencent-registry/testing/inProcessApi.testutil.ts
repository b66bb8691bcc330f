import { stubDemoProxy } from '../../shared/demoProxy.testutil';

/** The pages' `/api/*` fetches answered by the real proxy and the demo emulators, in-process. */
export const useInProcessApi = stubDemoProxy;
