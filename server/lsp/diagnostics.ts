// The translator's diagnostics as LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import type { Diagnostic, Severity } from '../translate/diagnostics.js';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Syntax errors are errors; a construct the translator does not handle yet is a hint (the
 * code is fine Go, only its translation is incomplete); anything else keeps its severity.
 */
function severityOf(d: Diagnostic): DiagnosticSeverity {
  if (d.code === 'syntax-error') return DiagnosticSeverity.Error;
  if (d.code === 'unsupported') return DiagnosticSeverity.Hint;
  return SEVERITIES[d.severity];
}

/** Tree-sitter columns of web-tree-sitter count UTF-16 code units, as LSP characters do. */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  return {
    range: {
      start: { line: d.range.start.line, character: d.range.start.column },
      end: { line: d.range.end.line, character: d.range.end.column },
    },
    severity: severityOf(d),
    code: d.code,
    source: 'chan2ts',
    message: d.message,
  };
}
