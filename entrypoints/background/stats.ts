// What the worker has handled since it started, for the end-to-end tests to wait on facts instead of
// time: `await worker.evaluate(() => globalThis.__relanceStats)`. Counted when the work is done
// (an alarm's notifications shown and reminders rebuilt, a message answered), never before. A
// worker that restarts starts again from zero with a new `startedAt`.
export interface WorkerStats {
  /** When this worker's global scope started (Date.now()). */
  startedAt: number;
  /** Start-ups finished (seeding, ended pauses resumed, reminders rebuilt). */
  startUps: number;
  /** Badge and alarm rebuilds finished. */
  refreshes: number;
  /** Alarms handled, by name. */
  alarms: Record<string, number>;
  /** Protocol messages answered, by type (failures included). */
  messages: Record<string, number>;
  /** Notifications shown, and notification clicks or buttons handled. */
  notificationsShown: number;
  notificationActions: number;
  /** Background tasks that failed (logged as warnings). */
  failures: number;
}

declare global {
  var __relanceStats: WorkerStats | undefined;
}

/** The counters of a worker that has handled nothing yet. */
export function emptyWorkerStats(startedAt: number): WorkerStats {
  return {
    startedAt,
    startUps: 0,
    refreshes: 0,
    alarms: {},
    messages: {},
    notificationsShown: 0,
    notificationActions: 0,
    failures: 0,
  };
}

export function workerStats(): WorkerStats {
  globalThis.__relanceStats ??= emptyWorkerStats(Date.now());
  return globalThis.__relanceStats;
}

export function countIn(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** A use case's failure in a background task: logged (and counted), the task goes on. */
export function warnOnFailure(what: string, result: { ok: true } | { ok: false; error: unknown }): void {
  if (result.ok) return;
  workerStats().failures += 1;
  console.warn(`[relance] ${what} failed`, result.error);
}
