import { appHandlers } from './app';
import { clusterHandlers } from './cluster';
import type { Handlers } from './context';
import { deployHandlers } from './deploy';
import { deployConfigHandlers } from './deploy-config';
import { environmentHandlers } from './environment';
import { networkHandlers } from './network';
import { nodeLabelHandlers } from './node-label';
import { rdsHandlers } from './rds';
import { storageHandlers } from './storage';

/** Every operation's handler, by Action. */
export const allHandlers: Handlers = {
  ...appHandlers,
  ...environmentHandlers,
  ...deployConfigHandlers,
  ...storageHandlers,
  ...networkHandlers,
  ...deployHandlers,
  ...nodeLabelHandlers,
  ...clusterHandlers,
  ...rdsHandlers,
};
