import { notFound } from '../errors';
import type { HandlerMap } from './context';

export const taskHandlers: HandlerMap = {
  /** running until the task's time has come, then succ (or fail). */
  DescribeClusterTaskResult: (ctx) => {
    const task = ctx.world.tasks.get(ctx.params.requestId);
    if (!task) throw notFound('任务', String(ctx.params.requestId), 'TaskNotFound');
    return { status: ctx.now < task.doneAt ? 'running' : task.result };
  },
};
