/**
 * Long work on one thread hands the host a turn every few tens of
 * milliseconds: the CLI hears Ctrl-C and ends within a second, a page's
 * worker hears its messages. A turn is a timer (a macrotask); awaiting a
 * resolved promise would run before anything the host has waiting.
 */

const SLICE_MS = 40;
let sliceStart = performance.now();

/** Gives the host a turn when the current slice of work has run its time; otherwise returns at once. */
export async function nextSlice(): Promise<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  sliceStart = performance.now();
}
