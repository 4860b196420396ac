import type { Progress } from '../../../../addin/host';
import { pacedProgress } from '../../../../addin/taskpane/components/progress-pace';

const step = (done: number, committing?: boolean): Progress => ({ step: `检查工作簿 ${done}/500`, done, total: 500, ...(committing ? { committing } : {}) });

describe('the progress bar while a batch reports every file', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('draws the first report at once, then at most every 100 ms, ending on the latest', () => {
    const drawn: number[] = [];
    const paced = pacedProgress((p) => drawn.push(p.done));
    for (let i = 1; i <= 50; i++) {
      paced.report(step(i));
      jest.advanceTimersByTime(5);
    }
    // 250 ms of reports every 5 ms: the first, then one per 100 ms.
    expect(drawn).toEqual([1, 20, 40]);
    jest.advanceTimersByTime(100);
    expect(drawn).toEqual([1, 20, 40, 50]);
  });

  it('draws at once when the task starts writing, so that 取消 goes as it stops applying', () => {
    const drawn: Progress[] = [];
    const paced = pacedProgress((p) => drawn.push(p));
    paced.report(step(1));
    paced.report(step(2, true));
    expect(drawn.map((p) => [p.done, Boolean(p.committing)])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('draws nothing once the task is over', () => {
    const drawn: number[] = [];
    const paced = pacedProgress((p) => drawn.push(p.done));
    paced.report(step(1));
    paced.report(step(2));
    paced.stop();
    jest.advanceTimersByTime(1000);
    // A report that comes after the task ended (a worker's last message) would bring the bar back.
    paced.report(step(3));
    jest.advanceTimersByTime(1000);
    expect(drawn).toEqual([1]);
  });
});
