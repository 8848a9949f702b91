// The timeline page's script (server/timeline/page/), bundled for the browser by
// scripts/build.mjs and put into the command line's and the extension's bundles as a string.
declare const CHAN2TS_TIMELINE_SCRIPT: string | undefined;

export function timelinePageScript(): string {
  if (typeof CHAN2TS_TIMELINE_SCRIPT !== 'string')
    throw new Error('the timeline page is only in the built bundles: run npm run build');
  return CHAN2TS_TIMELINE_SCRIPT;
}
