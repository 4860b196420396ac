import * as path from 'node:path';
import { DeadlineError, mapLimited, WorkerFailure, WorkerPool } from '../../../src/cli/pool';

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
