// Is the Node.js that runs translated programs there, and new enough?
import { execFile } from 'node:child_process';
import { UserFacingError } from './errors.js';

const MIN_MAJOR = 20;

function openSetting(id: string) {
  return { title: 'Open Settings', command: 'workbench.action.openSettings', args: [id] };
}

/** Resolves with Node's version, or rejects with a message saying what to install or set. */
export function checkNode(nodePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(nodePath, ['--version'], { timeout: 10_000 }, (error, stdout) => {
      const version = /^v(\d+)\.\d+\.\d+/.exec(stdout.trim());
      if (error || !version) {
        reject(
          new UserFacingError(
            `chan2ts: Node.js was not found ("${nodePath}" ${error ? `failed: ${error.message.split('\n')[0]}` : 'printed no version'}). Running a translated snippet needs Node.js ${MIN_MAJOR} or newer: install it, or set chan2ts.run.nodePath to its path.`,
            [openSetting('chan2ts.run.nodePath')],
          ),
        );
      } else if (Number(version[1]) < MIN_MAJOR) {
        reject(
          new UserFacingError(
            `chan2ts: "${nodePath}" is Node.js ${version[0]}; running a translated snippet needs Node.js ${MIN_MAJOR} or newer.`,
            [openSetting('chan2ts.run.nodePath')],
          ),
        );
      } else {
        resolve(version[0]);
      }
    });
  });
}
