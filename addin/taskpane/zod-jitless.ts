import { z } from 'zod';

/**
 * The page's CSP forbids eval, which zod probes for (a reported violation)
 * when it builds an object schema. Imported first by index.tsx, so that
 * zod is jitless before any module that builds a schema is evaluated.
 */
z.config({ jitless: true });
