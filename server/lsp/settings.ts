// The server's settings: the `chan2ts` section of the client's configuration. Declared once
// here; the extension's package.json mirrors them (contributes.configuration: chan2ts.lints).

/** The configuration section the server asks the client for (workspace/configuration). */
export const SETTINGS_SECTION = 'chan2ts';

/**
 * Every lint the translators report, each on by default. Go: server/translate/go/lints.ts;
 * Rust: server/translate/rust/lints.ts. A diagnostic whose code is not listed here (syntax
 * errors, unsupported constructs) is always published.
 */
export const LINT_DEFAULTS = {
  'send-without-receiver': true,
  'close-by-receiver': true,
  'waitgroup-add-in-goroutine': true,
  'send-unwrap': true,
  'recv-loop-never-ends': true,
  'channel-never-drained': true,
} as const satisfies Record<string, boolean>;

export type LintCode = keyof typeof LINT_DEFAULTS;

export interface Settings {
  /** `chan2ts.lints`: lint code -> enabled. */
  lints: Record<LintCode, boolean>;
}

export const DEFAULT_SETTINGS: Settings = { lints: { ...LINT_DEFAULTS } };

export function isLintCode(code: unknown): code is LintCode {
  return typeof code === 'string' && Object.hasOwn(LINT_DEFAULTS, code);
}

/**
 * The settings from whatever the client sent for the section: unknown keys and values that
 * are not booleans are ignored (the default stays), so a bad configuration cannot switch a
 * lint off by accident or break the server.
 */
export function readSettings(section: unknown): Settings {
  const lints = { ...LINT_DEFAULTS } as Record<LintCode, boolean>;
  const given = isRecord(section) ? section['lints'] : undefined;
  if (isRecord(given)) {
    for (const [code, enabled] of Object.entries(given))
      if (isLintCode(code) && typeof enabled === 'boolean') lints[code] = enabled;
  }
  return { lints };
}

/** Whether a diagnostic with this code is published under `settings`. */
export function isPublished(code: unknown, settings: Settings): boolean {
  return !isLintCode(code) || settings.lints[code];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
