/**
 * The page's CSP forbids eval, which zod would otherwise probe for (a
 * reported violation) before compiling its parsers; jitless skips the probe.
 * Called before the first module that uses zod is loaded into the page.
 */
export async function zodWithoutEval(): Promise<void> {
  const { z } = await import('zod');
  z.config({ jitless: true });
}
