import type { AccountWorld, TagRec } from './types';

/**
 * How long the asynchronous things take. The document states none of these; they are short so a
 * demo shows the intermediate states and tests step past them with an injected clock.
 */
export const DURATIONS = {
  /** 5.1: status 0 (initialising) for this long, then 1 (building)… */
  buildQueuedMs: 2_000,
  /** …until this long after the upload, then 2 or 3. */
  buildDoneMs: 10_000,
  /** 6.1: CREATING, then WORKING. */
  loadBalancerReadyMs: 5_000,
  /** 8.0: binding, then binded. */
  ipBindingMs: 3_000,
  /** 9.5: creating, then create_succ. */
  serviceCreateMs: 5_000,
  /** 9.8-9.15: the action's in-progress status, then `<action>_succ`. */
  serviceActionMs: 3_000,
} as const;

/** Moves every time-driven state machine of the world to `now` (called before each request). */
export function advance(world: AccountWorld, now: number): void {
  for (const repo of world.repos) for (const tag of repo.tags) advanceBuild(tag, now, repo);
  for (const ip of world.ips) {
    if (ip.status === 'binding' && ip.boundTo && now >= ip.boundTo.bindingUntilMs) {
      ip.status = 'binded';
      ip.updatedMs = ip.boundTo.bindingUntilMs;
    }
  }
  for (const service of world.services) {
    if (service.busy && now >= service.busy.untilMs) {
      service.status = service.busy.then;
      service.busy = undefined;
    }
  }
}

function advanceBuild(tag: TagRec, now: number, repo: { updatedMs: number }): void {
  if (!tag.build) return;
  const elapsed = now - tag.build.startedMs;
  if (elapsed >= DURATIONS.buildDoneMs) {
    tag.status = tag.build.succeeds ? 2 : 3;
    tag.size = tag.build.succeeds ? tag.build.size : 0;
    repo.updatedMs = tag.build.startedMs + DURATIONS.buildDoneMs;
    tag.build = undefined;
  } else if (elapsed >= DURATIONS.buildQueuedMs) tag.status = 1;
}
