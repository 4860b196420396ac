import * as path from 'node:path';
import { DeadlineError, mapLimited, WorkerFailure, WorkerPool } from '../../../src/cli/pool';
import { TaskPool } from '../../../src/summarize/task-pool';

const SCRIPT = path.join(__dirname, '../../helpers/pool-worker.js');

describe('the worker pool', () => {
  it('keeps the order of results; a task that hangs or kills its worker fails alone, and the others go on', async () => {
    const pool = new WorkerPool<number | string, number>(SCRIPT, 2, { deadlineMs: 1500 });
    try {
      const results = await mapLimited([1, 'hang', 2, 'crash', 3, 4], 2, (x) => pool.run(x).catch((e: unknown) => e));
      expect(results.slice(0, 3)).toEqual([2, expect.any(DeadlineError), 4]);
      expect(results[3]).toBeInstanceOf(WorkerFailure);
      expect(results.slice(4)).toEqual([6, 8]);
    } finally {
      await pool.close();
    }
  });

  it('stops a worker that needs more memory than its limit', async () => {
    const pool = new WorkerPool<number | string, number>(SCRIPT, 1, { deadlineMs: 30000, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    try {
      const e = await pool.run('oom').catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'ERR_WORKER_OUT_OF_MEMORY' });
      expect(await pool.run(5)).toBe(10);
    } finally {
      await pool.close();
    }
  });
});

describe('a pool started ahead of its tasks', () => {
  /** Workers that answer twice their input at once, counted as they start. */
  function doubling() {
    let started = 0;
    const pool = new TaskPool<number, number>(
      (events) => {
        started++;
        return { post: (n) => queueMicrotask(() => events.answer((n as number) * 2)), terminate: () => undefined };
      },
      2,
      1000,
    );
    return { pool, started: () => started };
  }

  it('starts every worker before the first task, and the tasks use them', async () => {
    const { pool, started } = doubling();
    pool.warm();
    expect(started()).toBe(2);
    expect(await mapLimited([1, 2, 3, 4, 5], 3, (n) => pool.run(n))).toEqual([2, 4, 6, 8, 10]);
    expect(started()).toBe(2);
    await pool.close();
  });

  it('starts no more workers than its size, however often it is warmed, and none once closed', async () => {
    const { pool, started } = doubling();
    pool.warm();
    pool.warm();
    expect(started()).toBe(2);
    await pool.close();
    pool.warm();
    expect(started()).toBe(2);
  });
});
