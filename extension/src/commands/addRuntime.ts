// chan2ts.addRuntime: copies the @chan2ts/runtime package shipped with the extension into
// the workspace folder (chan2ts-runtime/) and adds it to package.json as a local dependency
// ("file:chan2ts-runtime"), so converted code compiles and runs there after `npm install`.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { UserFacingError } from '../errors.js';
import type { CommandContext } from './context.js';

const RUNTIME_FOLDER = 'chan2ts-runtime';
const PACKAGE_NAME = '@chan2ts/runtime';

export interface RuntimeAdded {
  folder: string;
  packageJson: string;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0)
    throw new UserFacingError('chan2ts: open a folder first: the runtime is added to a workspace folder.', [
      { title: 'Open Folder', command: 'workbench.action.files.openFolder' },
    ]);
  if (folders.length === 1) return folders[0]!;
  const picked = await vscode.window.showWorkspaceFolderPick({
    placeHolder: 'Add the chan2ts runtime to which folder?',
  });
  if (!picked) throw new UserFacingError('chan2ts: no folder picked; the runtime was not added.');
  return picked;
}

function addDependency(packageJson: string): void {
  let manifest: { dependencies?: Record<string, string> } & Record<string, unknown> = { private: true };
  if (existsSync(packageJson)) {
    try {
      manifest = JSON.parse(readFileSync(packageJson, 'utf8'));
    } catch (error) {
      throw new UserFacingError(
        `chan2ts: ${packageJson} is not valid JSON (${(error as Error).message}); fix it and add the runtime again.`,
      );
    }
  }
  manifest.dependencies = { ...manifest.dependencies, [PACKAGE_NAME]: `file:${RUNTIME_FOLDER}` };
  writeFileSync(packageJson, `${JSON.stringify(manifest, null, 2)}\n`);
}

export function addRuntime(ctx: CommandContext) {
  return async (): Promise<RuntimeAdded> => {
    if (vscode.workspace.workspaceFolders?.some((f) => f.uri.scheme !== 'file')) {
      throw new UserFacingError("chan2ts: the runtime can only be added to a folder on this machine's disk.");
    }
    const workspaceFolder = await pickFolder();
    const folder = join(workspaceFolder.uri.fsPath, RUNTIME_FOLDER);
    rmSync(folder, { recursive: true, force: true });
    cpSync(ctx.extension.asAbsolutePath('dist/runtime-package'), folder, { recursive: true });
    const packageJson = join(workspaceFolder.uri.fsPath, 'package.json');
    addDependency(packageJson);
    ctx.log.appendLine(
      `chan2ts: copied ${PACKAGE_NAME} to ${folder} and added "${PACKAGE_NAME}": "file:${RUNTIME_FOLDER}" to ${packageJson}`,
    );
    const install = 'Run npm install';
    const actions = vscode.workspace.isTrusted ? [install] : [];
    void vscode.window
      .showInformationMessage(
        `chan2ts: added ${PACKAGE_NAME} to ${workspaceFolder.name} (folder ${RUNTIME_FOLDER}/, a local dependency in package.json). Run npm install to link it.`,
        ...actions,
      )
      .then((picked) => {
        if (picked !== install) return;
        const terminal = vscode.window.createTerminal({
          name: 'chan2ts: npm install',
          cwd: workspaceFolder.uri.fsPath,
        });
        terminal.show();
        terminal.sendText('npm install');
      });
    return { folder, packageJson };
  };
}
