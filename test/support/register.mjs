// Lets Node 20 import the project's TypeScript directly (tests, bench, scripts):
// esbuild strips the types; `./x.js` specifiers resolve to `./x.ts` as tsc resolves them.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
