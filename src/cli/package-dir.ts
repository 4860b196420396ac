import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The package's folder (package.json, templates/), found upwards from this
 * module: the CLI runs from src/ under the tests, from dist/ and from its
 * bundle, each at another depth.
 */
export function packageDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}
