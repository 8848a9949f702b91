// The timeline page's style. The colours are custom properties the script reads for the
// canvas: VS Code's theme variables inside a webview (light, dark, high contrast), else a
// light or dark palette after prefers-color-scheme.
export const TIMELINE_STYLE = `
:root {
  color-scheme: light dark;
  --c2t-bg: #ffffff; --c2t-fg: #1f2328; --c2t-muted: #6e7781; --c2t-lane: #f3f5f7; --c2t-border: #d0d7de;
  --c2t-send: #0969da; --c2t-recv: #1a7f37; --c2t-close: #bc4c00; --c2t-danger: #cf222e; --c2t-sync: #8250df;
  --c2t-time: #9a6700; --c2t-focus: #0969da;
}
@media (prefers-color-scheme: dark) {
  :root {
    --c2t-bg: #1e1e1e; --c2t-fg: #d4d4d4; --c2t-muted: #8b949e; --c2t-lane: #252526; --c2t-border: #3c3c3c;
    --c2t-send: #4fa3ff; --c2t-recv: #3fb950; --c2t-close: #f0883e; --c2t-danger: #ff6b6b; --c2t-sync: #bc8cff;
    --c2t-time: #d29922; --c2t-focus: #4fa3ff;
  }
}
body {
  --bg: var(--vscode-editor-background, var(--c2t-bg));
  --fg: var(--vscode-editor-foreground, var(--c2t-fg));
  --muted: var(--vscode-descriptionForeground, var(--c2t-muted));
  --lane: var(--vscode-editorWidget-background, var(--c2t-lane));
  --border: var(--vscode-contrastBorder, var(--vscode-editorWidget-border, var(--c2t-border)));
  --send: var(--vscode-charts-blue, var(--c2t-send));
  --recv: var(--vscode-charts-green, var(--c2t-recv));
  --close: var(--vscode-charts-orange, var(--c2t-close));
  --danger: var(--vscode-charts-red, var(--c2t-danger));
  --sync: var(--vscode-charts-purple, var(--c2t-sync));
  --time: var(--vscode-charts-yellow, var(--c2t-time));
  --focus: var(--vscode-focusBorder, var(--c2t-focus));
  --font: var(--vscode-font-family, system-ui, sans-serif);
  --mono: var(--vscode-editor-font-family, ui-monospace, monospace);
  margin: 0; height: 100vh; display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); font: 13px var(--font);
}
header, footer { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 6px 12px; }
header { border-bottom: 1px solid var(--border); }
footer { border-top: 1px solid var(--border); justify-content: space-between; }
h1 { font-size: 14px; margin: 0; font-family: var(--mono); }
header p, footer p { margin: 0; }
#facts, #help { color: var(--muted); }
#details { font-family: var(--mono); white-space: pre-wrap; }
button {
  font: inherit; color: var(--vscode-button-secondaryForeground, var(--fg));
  background: var(--vscode-button-secondaryBackground, var(--lane));
  border: 1px solid var(--border); border-radius: 3px; padding: 2px 10px; cursor: pointer;
}
button[aria-pressed="true"] {
  color: var(--vscode-button-foreground, var(--bg)); background: var(--vscode-button-background, var(--send));
}
button:focus-visible, canvas:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
main { position: relative; flex: 1; min-height: 0; }
canvas { display: block; width: 100%; height: 100%; cursor: grab; }
canvas.dragging { cursor: grabbing; }
#tooltip {
  position: absolute; pointer-events: none; max-width: 420px; padding: 6px 8px; z-index: 1;
  background: var(--vscode-editorHoverWidget-background, var(--lane)); color: var(--fg);
  border: 1px solid var(--vscode-editorHoverWidget-border, var(--border)); border-radius: 3px;
  font-family: var(--mono); font-size: 12px; white-space: pre-wrap;
}
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`;
