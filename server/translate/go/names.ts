// Go names as JavaScript names. ASCII names stay as they are, except where JavaScript or the
// runtime needs the name:
//   count, sumAll  -> count, sumAll
//   await, true    -> await_, true_       (reserved in JavaScript; select, go, Map... -> select_, go_, Map_
//                                          where they would hide a runtime or global name)
//   π, größe, 世界 -> π, größe, 世界        (letters of long-established scripts)
//   ᚠ, 𓑠           -> _u16a0_, _u13460_   (any other character: parsers disagree on newer letters)
//   `type let T`   -> class let_          (types also avoid TypeScript's own type names)
//   s.constructor  -> s.constructor_      (fields and methods: a class has one constructor)

/** Words that cannot name a variable, function or label in an ES module. */
const JS_RESERVED = new Set([
  'arguments',
  'await',
  'catch',
  'class',
  'debugger',
  'delete',
  'do',
  'enum',
  'eval',
  'export',
  'extends',
  'false',
  'finally',
  'function',
  'implements',
  'in',
  'instanceof',
  'let',
  'new',
  'null',
  'private',
  'protected',
  'public',
  'static',
  'super',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'undefined',
  'void',
  'while',
  'with',
  'yield',
]);

/** Names the translation or its runtime import uses, and globals it relies on. */
const RUNTIME_NAMES = new Set([
  'async',
  'Chan',
  'GoError',
  'Ptr',
  'DeferStack',
  'runMain',
  'makeChan',
  'recvCase',
  'sendCase',
  'select',
  'go',
  'panic',
  // A Go variable `box` would hide the runtime's, which puts a rune or a named number into an interface.
  'box',
  'Symbol',
  'Map',
  'Math',
  'Array',
  'Object',
  'String',
  'Number',
  'Promise',
  'Error',
]);

/** What TypeScript does not accept as the name of a class, alias or interface. */
const TYPE_RESERVED = new Set([
  'any',
  'bigint',
  'boolean',
  'never',
  'number',
  'object',
  'string',
  'symbol',
  'unknown',
  // Runtime types the translation imports.
  'Chan',
  'GoError',
  'Named',
  'Ptr',
]);

/** A variable, constant, parameter or function. */
export function safeName(name: string): string {
  const js = escapeName(name);
  return RUNTIME_NAMES.has(js) ? `${js}_` : unreserved(js);
}

/** Labels the translation writes itself (functions.ts, stmt-type-switch.ts, stmt-goto.ts): JavaScript rejects a label inside one of the same name. */
const TRANSLATION_LABELS = /^(body|typeSwitch\d*|jumps\d*)$/;

/** A label: its own namespace, so only reserved words and the translation's labels change. */
export function labelName(name: string): string {
  const js = escapeName(name);
  return TRANSLATION_LABELS.test(js) ? `${js}_` : unreserved(js);
}

/** A field or method name, after a dot or as a key: any identifier but a class's `constructor`. */
export function propertyName(name: string): string {
  const js = escapeName(name);
  return js === 'constructor' ? `${js}_` : js;
}

/** A type the program declares (a class, type alias or interface), or a package's (`http.Client`). */
export function typeName(name: string): string {
  const dot = name.indexOf('.');
  if (dot >= 0) return `${unreserved(escapeName(name.slice(0, dot)))}.${escapeName(name.slice(dot + 1))}`;
  const js = escapeName(name);
  return TYPE_RESERVED.has(js) ? `${js}_` : unreserved(js);
}

function unreserved(js: string): string {
  return JS_RESERVED.has(js) ? `${js}_` : js;
}

/**
 * Long-established scripts, whose letters every JavaScript parser accepts: Latin, Greek,
 * Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Thai, Hangul, kana, CJK ideographs.
 */
const KEPT =
  /[\u00c0-\u024f\u0370-\u04ff\u0531-\u0587\u05d0-\u05ea\u0621-\u064a\u0900-\u0963\u0e01-\u0e4e\u1100-\u11ff\u3041-\u30ff\u4e00-\u9fa5\uac00-\ud7a3]/u;

function escapeName(name: string): string {
  // A name cut short by a syntax error may be empty; its statement is replaced, but stay valid.
  if (name === '') return '_';
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
  let out = '';
  for (const ch of name) {
    const valid =
      out === ''
        ? /^[A-Za-z_]$/.test(ch) || (KEPT.test(ch) && /\p{ID_Start}/u.test(ch))
        : /^[A-Za-z0-9_]$/.test(ch) || (KEPT.test(ch) && /\p{ID_Continue}/u.test(ch));
    out += valid ? ch : `_u${ch.codePointAt(0)!.toString(16)}_`;
  }
  return out;
}
