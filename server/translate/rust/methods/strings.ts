// String and char methods: JavaScript's string methods where they mean the same, the runtime's
// where Rust differs (len counts UTF-8 bytes, parse checks the integer type).
//   name.push_str("!")        -> name += "!"
//   name.pop()                -> const popped1 = [...name].pop(); if (popped1 !== undefined) name = name.slice(0, -popped1.length);
//   s.len()                  -> rs.strLen(s)
//   line.split_whitespace()  -> line.split(/\s+/).filter((w) => w !== '')
//   s.parse::<u8>()          -> rs.parseInteger(s, 'u8')
import { ts, type Code } from '../../emit/code.js';
import { field, kids } from '../../syntax.js';
import { valuesOf } from '../facts.js';
import { argList, argument, type Call } from './call.js';
import { isWide } from '../wide-integers.js';
import type { Typed } from '../context.js';
import { camelCase } from '../names.js';
import { BOOL, CHAR, FLOAT, named, option, result, STRING, tuple, UNIT, USIZE, vec } from '../types.js';
import { isAssignable, storeInto } from '../values.js';
import { rangeBounds } from '../places.js';

export function stringMethods(c: Call): Typed | null {
  const r = c.receiver;
  const a = () => argList(c);
  switch (c.method) {
    case 'len':
      c.cx.use('rs');
      return { code: ts`rs.strLen(${r.code})`, type: USIZE };
    case 'is_empty':
      return { code: ts`${r.code}.length === 0`, type: BOOL };
    case 'push_str':
    case 'push':
      return append(c, argument(c));
    case 'pop': {
      // The last character (a code point, maybe two UTF-16 units) comes off the string's place.
      const store = storeInto(r);
      if (r.type.kind !== 'string' || !store) return null;
      const popped = c.cx.temp('popped');
      c.cx.hoist(ts`const ${popped} = [...${r.code}].pop();`);
      c.cx.hoist(ts`if (${popped} !== undefined) ${store(ts`${r.code}.slice(0, -${popped}.length)`)};`);
      return { code: ts`${popped}`, type: option(CHAR) };
    }
    case 'to_uppercase':
    case 'to_ascii_uppercase':
      return { code: ts`${r.code}.toUpperCase()`, type: r.type };
    case 'to_lowercase':
    case 'to_ascii_lowercase':
      return { code: ts`${r.code}.toLowerCase()`, type: r.type };
    case 'trim':
      return { code: ts`${r.code}.trim()`, type: STRING };
    case 'trim_start':
      return { code: ts`${r.code}.trimStart()`, type: STRING };
    case 'trim_end':
      return { code: ts`${r.code}.trimEnd()`, type: STRING };
    case 'contains':
      return { code: ts`${r.code}.includes(${a()})`, type: BOOL };
    case 'starts_with':
    case 'ends_with':
      if (byPredicate(c)) {
        c.cx.use('rs');
        return { code: ts`rs.${camelCase(`str_${c.method}`)}(${r.code}, ${c.fn(0, [CHAR])})`, type: BOOL };
      }
      return { code: ts`${r.code}.${c.method === 'starts_with' ? 'startsWith' : 'endsWith'}(${a()})`, type: BOOL };
    case 'replace':
      return { code: ts`${r.code}.replaceAll(${a()})`, type: STRING };
    case 'repeat':
      return { code: ts`${r.code}.repeat(${a()})`, type: STRING };
    case 'split':
      if (byPredicate(c)) {
        c.cx.use('rs');
        return { code: ts`rs.strSplit(${r.code}, ${c.fn(0, [CHAR])})`, type: vec(STRING) };
      }
      return { code: ts`${r.code}.split(${a()})`, type: vec(STRING) };
    case 'split_whitespace':
      return { code: ts`${r.code}.split(/\\s+/).filter((w) => w !== '')`, type: vec(STRING) };
    case 'lines':
      return { code: ts`${r.code}.split('\\n')`, type: vec(STRING) };
    case 'chars':
      return { code: ts`[...${r.code}]`, type: vec(CHAR) };
    case 'bytes':
    case 'as_bytes':
    case 'into_bytes':
      c.cx.use('rs');
      return { code: ts`rs.utf8Bytes(${r.code})`, type: vec({ kind: 'int', name: 'u8' }) };
    case 'parse': {
      c.cx.use('rs');
      // `.map(str::parse::<u8>)`: the path is the function value, its turbofish on the generic_function around it.
      const fn = field(c.node, 'function') ?? (c.node.parent?.type === 'generic_function' ? c.node.parent : null);
      let turbofish =
        fn?.type === 'generic_function'
          ? kids(field(fn, 'type_arguments'))[0]?.text
          : /::<(\w+)>/.exec(c.node.text)?.[1];
      // `let n: u16 = s.parse()?`: the type the value goes to (see exprWithExpected).
      const given = c.cx.literalType;
      const expected = given?.kind === 'int' ? given.name : given?.kind === 'float' ? 'f64' : undefined;
      turbofish ??= expected ?? mappedInto(c);
      if (turbofish === 'f64' || turbofish === 'f32')
        return { code: ts`rs.parseFloat(${r.code})`, type: result(FLOAT, named('ParseFloatError')) };
      const type = c.cx.items.intType(turbofish ?? 'i32');
      if (isWide(type))
        return {
          code: ts`rs.parseIntegerWide(${r.code}, '${turbofish!}')`,
          type: result(type, named('ParseIntError')),
        };
      return {
        code: ts`rs.parseInteger(${r.code}${turbofish ? `, '${turbofish}'` : ''})`,
        type: result(type, named('ParseIntError')),
      };
    }
    case 'is_alphabetic':
      return { code: ts`/\\p{Alphabetic}/u.test(${r.code})`, type: BOOL };
    case 'is_numeric':
      return { code: ts`/^\\p{N}$/u.test(${r.code})`, type: BOOL };
    case 'is_ascii_digit':
      return { code: ts`/^[0-9]$/.test(${r.code})`, type: BOOL };
    case 'is_ascii':
      return { code: ts`/^[\\x00-\\x7f]*$/.test(${r.code})`, type: BOOL };
    case 'len_utf8':
      c.cx.use('rs');
      return { code: ts`rs.strLen(${r.code})`, type: USIZE };
    case 'is_whitespace':
      return { code: ts`/^\\s$/.test(${r.code})`, type: BOOL };
    case 'is_uppercase':
      return { code: ts`(${r.code} !== ${r.code}.toLowerCase())`, type: BOOL };
    case 'to_digit':
      c.cx.use('rs');
      return { code: ts`rs.charToDigit(${r.code}, ${argument(c)})`, type: option({ kind: 'int', name: 'u32' }) };
    case 'find':
      if (byPredicate(c)) {
        c.cx.use('rs');
        return { code: ts`rs.strFind(${r.code}, ${c.fn(0, [CHAR])})`, type: option(USIZE) };
      }
      c.cx.use('rs');
      return { code: ts`rs.strFindText(${r.code}, ${a()})`, type: option(USIZE) };
    case 'rfind':
      c.cx.use('rs');
      return { code: ts`rs.strFindText(${r.code}, ${a()}, true)`, type: option(USIZE) };
    case 'strip_prefix':
    case 'strip_suffix':
      c.cx.use('rs');
      return { code: ts`rs.${camelCase(c.method)}(${r.code}, ${a()})`, type: option(STRING) };
    case 'eq_ignore_ascii_case':
      c.cx.use('rs');
      return { code: ts`rs.eqIgnoreAsciiCase(${r.code}, ${argument(c)})`, type: BOOL };
    case 'is_char_boundary':
      c.cx.use('rs');
      return { code: ts`rs.isCharBoundary(${r.code}, ${argument(c)})`, type: BOOL };
    case 'get': {
      const range = c.argNodes[0];
      if (!range || range.type !== 'range_expression') return null;
      const { from, to } = rangeBounds(c.cx, range);
      c.cx.use('rs');
      return { code: ts`rs.strGet(${r.code}, ${from}${to ? ts`, ${to}` : ''})`, type: option(STRING) };
    }
    case 'rsplit_once':
      c.cx.use('rs');
      return { code: ts`rs.rsplitOnce(${r.code}, ${a()})`, type: option(tuple([STRING, STRING])) };
    case 'rsplit':
      return { code: ts`${r.code}.split(${a()}).reverse()`, type: vec(STRING) };
    case 'split_terminator':
      c.cx.use('rs');
      return { code: ts`rs.splitTerminator(${r.code}, ${a()})`, type: vec(STRING) };
    case 'matches':
      c.cx.use('rs');
      return { code: ts`rs.strMatches(${r.code}, ${a()})`, type: vec(STRING) };
    case 'replacen':
      c.cx.use('rs');
      return { code: ts`rs.replacen(${r.code}, ${a()})`, type: STRING };
    case 'insert':
    case 'insert_str':
    case 'truncate':
      return stored(c, c.method === 'truncate' ? 'strTruncate' : 'strInsert');
    case 'remove': {
      const store = storeInto(r);
      if (r.type.kind !== 'string' || !store) return null;
      c.cx.use('rs');
      const removed = c.cx.temp('removed');
      c.cx.hoist(ts`const ${removed} = rs.strRemove(${r.code}, ${argument(c)}, '${c.cx.location(c.node)}');`);
      c.cx.hoist(ts`${store(ts`${removed}[1]`)};`);
      return { code: ts`${removed}[0]`, type: CHAR };
    }
    case 'retain': {
      const store = storeInto(r);
      if (r.type.kind !== 'string' || !store) return null;
      return { code: store(ts`[...${r.code}].filter(${c.fn(0, [CHAR])}).join('')`), type: UNIT };
    }
    case 'split_once':
      c.cx.use('rs');
      return { code: ts`rs.splitOnce(${r.code}, ${a()})`, type: option(tuple([STRING, STRING])) };
    case 'splitn': {
      const [n, sep] = c.args();
      return {
        code: ts`((parts) => [...parts.slice(0, ${n!.code} - 1), parts.slice(${n!.code} - 1).join(${sep!.code})])(${r.code}.split(${sep!.code}))`,
        type: vec(STRING),
      };
    }
    case 'char_indices':
      c.cx.use('rs');
      return { code: ts`rs.charIndices(${r.code})`, type: vec(tuple([USIZE, CHAR])) };
    case 'split_at': {
      const at = argument(c);
      return { code: ts`[${r.code}.slice(0, ${at}), ${r.code}.slice(${at})]`, type: tuple([STRING, STRING]) };
    }
    case 'collect':
      // `c.to_uppercase().collect::<String>()`: a char's case mapping is a string here already.
      return r;
    case 'trim_matches':
    case 'trim_start_matches':
    case 'trim_end_matches': {
      c.cx.use('rs');
      const pattern = byPredicate(c) ? c.fn(0, [CHAR]) : argument(c);
      const ends = { trim_matches: '', trim_start_matches: ", 'start'", trim_end_matches: ", 'end'" }[c.method];
      return { code: ts`rs.trimMatches(${r.code}, ${pattern}${ends})`, type: STRING };
    }
    case 'is_ascii_alphabetic':
      return { code: ts`/^[A-Za-z]$/.test(${r.code})`, type: BOOL };
    case 'is_alphanumeric':
    case 'is_ascii_alphanumeric':
      return { code: ts`/^[\\p{L}\\p{N}]$/u.test(${r.code})`, type: BOOL };
  }
  return null;
}

/** `s.insert(i, c)`, `s.truncate(n)`: the string's place gets the runtime's new string. */
function stored(c: Call, fn: string): Typed | null {
  const store = storeInto(c.receiver);
  if (c.receiver.type.kind !== 'string' || !store) return null;
  c.cx.use('rs');
  const call = ts`rs.${fn}(${c.receiver.code}, ${argList(c)}, '${c.cx.location(c.node)}')`;
  return { code: store(call), type: UNIT };
}

/** A pattern that is a closure over chars (`s.find(|c: char| c.is_whitespace())`). */
function byPredicate(c: Call): boolean {
  const p = c.argNodes[0];
  return p?.type === 'closure_expression' || c.args()[0]?.type.kind === 'fn';
}

/**
 * `s.push_str(x)` appends where the string lives: a variable, a member, a map's slot
 * (`map.entry(k).or_default()`, `map.get_mut(&k).unwrap()`); a temporary's append changes nothing.
 */
function append(c: Call, text: Code): Typed {
  const r = c.receiver;
  if (!r.setter && !r.slot && isAssignable(r.code)) return { code: ts`${r.code} += ${text}`, type: UNIT };
  const place = storeInto(r) ? r : (c.cx.entryOrInsert(c.receiverNode) ?? r);
  const sum = ts`${place.code} + ${text}`;
  return { code: storeInto(place)?.(sum) ?? sum, type: UNIT };
}

/**
 * `text.parse().map(Value::Num)`: Rust parses the type of the variant's (or tuple struct's,
 * or function's) first field or parameter; its name as parse's type argument, if a number's.
 */
function mappedInto(c: Call): string | undefined {
  const method = c.node.parent;
  const call = method?.parent;
  if (method?.type !== 'field_expression' || field(method, 'field')?.text !== 'map') return undefined;
  if (call?.type !== 'call_expression') return undefined;
  const target = valuesOf(field(call, 'arguments'))[0];
  if (target?.type !== 'scoped_identifier' && target?.type !== 'identifier') return undefined;
  const path = target.text.split('::');
  const [owner, last] = path.length > 1 ? path.slice(-2) : [undefined, path[0]!];
  const items = c.cx.items;
  const taken =
    (owner
      ? items.enums.get(owner)?.variants.get(last!)?.fields[0]?.type
      : items.structs.get(last!)?.fields[0]?.type) ?? items.functions.get(last!)?.params[0]?.type;
  if (taken?.kind === 'float') return 'f64';
  return taken?.kind === 'int' ? taken.name : undefined;
}
