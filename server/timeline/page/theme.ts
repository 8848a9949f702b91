// The canvas's colours, read from the page's custom properties (style.ts), and read again when
// VS Code changes its theme (the body's class) or the system switches light and dark.
export interface Theme {
  bg: string;
  fg: string;
  muted: string;
  lane: string;
  border: string;
  send: string;
  recv: string;
  close: string;
  danger: string;
  sync: string;
  time: string;
  focus: string;
  font: string;
  mono: string;
  /** High contrast: thicker lines, no faint fills. */
  strong: boolean;
}

const NAMES = [
  'bg',
  'fg',
  'muted',
  'lane',
  'border',
  'send',
  'recv',
  'close',
  'danger',
  'sync',
  'time',
  'focus',
] as const;

export function readTheme(): Theme {
  const style = getComputedStyle(document.body);
  const read = (name: string) => style.getPropertyValue(`--${name}`).trim();
  const colours = Object.fromEntries(NAMES.map((name) => [name, read(name)])) as Record<(typeof NAMES)[number], string>;
  const strong =
    document.body.classList.contains('vscode-high-contrast') || matchMedia('(forced-colors: active)').matches;
  return { ...colours, font: read('font'), mono: read('mono'), strong };
}

export function onThemeChange(listener: () => void): void {
  new MutationObserver(listener).observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', listener);
}
