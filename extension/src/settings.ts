// Typed access to the chan2ts settings declared in package.json (contributes.configuration).
import * as vscode from 'vscode';

export type ConvertTarget = 'beside' | 'replace' | 'clipboard';
export type RuntimeLanguage = 'go' | 'rust';

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('chan2ts', scope);
}

export function convertTarget(scope?: vscode.ConfigurationScope): ConvertTarget {
  const value = section(scope).get<string>('convert.target', 'beside');
  return value === 'replace' || value === 'clipboard' ? value : 'beside';
}

/** The import specifier converted code uses for the runtime; undefined: the translator's default. */
export function runtimeSpecifier(language: RuntimeLanguage, scope?: vscode.ConfigurationScope): string | undefined {
  const value = section(scope).get<Record<string, unknown>>('runtimeSpecifier', {})?.[language];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The Node.js executable that runs translated snippets. */
export function nodePath(scope?: vscode.ConfigurationScope): string {
  return section(scope).get<string>('run.nodePath', 'node').trim() || 'node';
}

/** How long the live preview waits after the last edit before it translates again. */
export function previewDelayMs(scope?: vscode.ConfigurationScope): number {
  const value = section(scope).get<number>('preview.delay', 300);
  return Number.isFinite(value) && value >= 0 ? value : 300;
}

/** Whether Run Translated Snippet also shows the concurrency timeline when the run ends. */
export function showTimelineAfterRun(scope?: vscode.ConfigurationScope): boolean {
  return section(scope).get<boolean>('run.showTimeline', false) === true;
}
