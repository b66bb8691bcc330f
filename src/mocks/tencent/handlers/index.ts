import { asgHandlers } from './asg';
import { clusterHandlers } from './cluster';
import type { HandlerMap } from './context';
import { ingressHandlers } from './ingress';
import { instanceHandlers } from './instance';
import { logHandlers } from './log';
import { monitorHandlers } from './monitor';
import { namespaceHandlers } from './namespace';
import { nodeHandlers } from './node';
import { repositoryHandlers } from './repository';
import { serviceHandlers } from './service';
import { tagHandlers } from './tag';
import { taskHandlers } from './task';
import { triggerHandlers } from './trigger';

/** Every operation's handler, by canonical name. */
export const allHandlers: HandlerMap = {
  ...clusterHandlers,
  ...nodeHandlers,
  ...asgHandlers,
  ...serviceHandlers,
  ...instanceHandlers,
  ...namespaceHandlers,
  ...ingressHandlers,
  ...logHandlers,
  ...monitorHandlers,
  ...taskHandlers,
  ...repositoryHandlers,
  ...tagHandlers,
  ...triggerHandlers,
};
