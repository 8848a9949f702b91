import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the running code: dist/ when bundled, the source folder when run from source. */
export function moduleDir(): string {
  return dirname(fileURLToPath(import.meta.url));
}
