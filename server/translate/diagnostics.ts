export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Range {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** A note about the source: what could not be translated, or a pitfall worth knowing. */
export interface Diagnostic {
  message: string;
  severity: Severity;
  range: Range;
  code: string;
}
