// The hover notes: one Markdown file per channel construct in notes/, read once and looked
// up by construct id or by a syntactic key (see README.md for the key vocabulary).
// No dependencies and no 'vscode': the language server and the tests use it as it is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { moduleDir } from '../module-dir.js';

export type NoteLanguage = 'go' | 'rust';

/** The fenced code blocks of the "Side by side" section. */
export interface NoteSamples {
  go: string;
  rust: string;
  ts: string;
}

export interface Note {
  /** The construct id, e.g. `go-send`: also the file name without `.md`. */
  construct: string;
  /** Taken from the id's prefix. */
  language: NoteLanguage;
  title: string;
  /** The syntactic keys the note explains (README.md: "Keys"). */
  nodes: string[];
  /** "What it does". */
  explanation: string;
  /** The first ```go, ```rust and ```ts blocks of "Side by side" ('' when missing). */
  samples: NoteSamples;
  /** "Coming from Node.js and C". */
  elsewhere: string;
  /** "Pitfalls". */
  pitfalls: string;
  /** Every `## ` section by its heading in lower case, as written. */
  sections: Record<string, string>;
  /** The file the note was read from. */
  file: string;
}

/** The section headings every note has, in the order a note is written and rendered. */
export const SECTION_HEADINGS = ['What it does', 'Side by side', 'Coming from Node.js and C', 'Pitfalls'] as const;

/**
 * The notes folder: `dir` when given, else the first of `<module folder>/insights/notes`
 * (dist/insights/notes in a bundle, server/insights/notes from source, where the module
 * folder is server/) and the repository's server/insights/notes beside a bundle in dist/.
 */
export function notesDir(dir?: string): string {
  if (dir) return resolve(dir);
  const here = moduleDir();
  const candidates = [join(here, 'insights', 'notes'), resolve(here, '..', 'server', 'insights', 'notes')];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}

const loaded = new Map<string, readonly Note[]>();

/** Reads and parses every `*.md` note of the folder, once per folder. */
export function loadNotes(dir?: string): readonly Note[] {
  const folder = notesDir(dir);
  let notes = loaded.get(folder);
  if (!notes) {
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort();
    notes = files.map((name) => parseNote(readFileSync(join(folder, name), 'utf8'), join(folder, name)));
    loaded.set(folder, notes);
    indexes.delete(folder);
  }
  return notes;
}

/** Parses one note: the front matter between `---` lines, then its `## ` sections. */
export function parseNote(text: string, file = '<note>'): Note {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const front: Record<string, string | string[]> = {};
  let at = 0;
  if (lines[0]?.trim() === '---') {
    let key: string | undefined;
    for (at = 1; at < lines.length && lines[at]!.trim() !== '---'; at++) {
      const line = lines[at]!;
      const item = /^\s+-\s+(.*)$/.exec(line);
      if (item && key !== undefined) {
        const list = Array.isArray(front[key]) ? (front[key] as string[]) : [];
        list.push(unquote(item[1]!));
        front[key] = list;
        continue;
      }
      const pair = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
      if (pair) {
        key = pair[1]!;
        front[key] = pair[2] ? unquote(pair[2]) : [];
      }
    }
    at++; // past the closing ---
  }
  const sections: Record<string, string> = {};
  let heading: string | undefined;
  let body: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (heading !== undefined) sections[heading] = body.join('\n').trim();
  };
  for (; at < lines.length; at++) {
    const line = lines[at]!;
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    }
    const title = fence === undefined && !marker ? /^##\s+(.+?)\s*#*\s*$/.exec(line) : null;
    if (title) {
      flush();
      heading = title[1]!.toLowerCase();
      body = [];
    } else if (heading !== undefined) {
      body.push(line);
    }
  }
  flush();
  const construct = asText(front['construct']);
  const nodes = front['nodes'];
  const sideBySide = sections['side by side'] ?? '';
  return {
    construct,
    language: construct.startsWith('rust-') ? 'rust' : 'go',
    title: asText(front['title']),
    nodes: Array.isArray(nodes) ? nodes : nodes ? [nodes] : [],
    explanation: sections['what it does'] ?? '',
    samples: { go: fenced(sideBySide, 'go'), rust: fenced(sideBySide, 'rust'), ts: fenced(sideBySide, 'ts') },
    elsewhere: sections['coming from node.js and c'] ?? '',
    pitfalls: sections['pitfalls'] ?? '',
    sections,
    file,
  };
}

function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.at(-1) === v[0] ? v.slice(1, -1) : v;
}

function asText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(' ') : (value ?? '');
}

/** The content of the first fenced block of `info` language in `markdown`, or ''. */
export function fenced(markdown: string, info: string): string {
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[i]!);
    if (!open) continue;
    const marker = open[1]!;
    const end = lines.findIndex((line, j) => j > i && line.trim().startsWith(marker) && /^[`~]+$/.test(line.trim()));
    const stop = end < 0 ? lines.length : end;
    if (open[2] === info) return lines.slice(i + 1, stop).join('\n');
    i = stop;
  }
  return '';
}

interface Index {
  exact: Map<string, Note>;
  calls: { name: string; arg: string; note: Note }[];
  types: { text: string; note: Note }[];
}

const indexes = new Map<string, Record<NoteLanguage, Index>>();

function indexFor(dir?: string): Record<NoteLanguage, Index> {
  const folder = notesDir(dir);
  const notes = loadNotes(folder);
  let index = indexes.get(folder);
  if (!index) {
    const fresh = (): Index => ({ exact: new Map(), calls: [], types: [] });
    index = { go: fresh(), rust: fresh() };
    for (const note of notes) {
      const own = index[note.language];
      const short = note.construct.slice(note.language.length + 1);
      for (const key of [note.construct, short, ...note.nodes]) if (!own.exact.has(key)) own.exact.set(key, note);
      for (const key of note.nodes) {
        const call = parseCallKey(key);
        if (call?.arg) own.calls.push({ ...call, note });
        if (key.startsWith('type:')) own.types.push({ text: key.slice(5), note });
      }
    }
    // The longest type prefix is the most specific one.
    for (const own of [index.go, index.rust]) own.types.sort((a, b) => b.text.length - a.text.length);
    indexes.set(folder, index);
  }
  return index;
}

function parseCallKey(key: string): { name: string; arg: string } | null {
  const m = /^call:([^(]+)(?:\((.*)\))?$/.exec(key);
  return m ? { name: m[1]!, arg: m[2] ?? '' } : null;
}

/**
 * The note of `language` for `key`: a construct id (`go-send`, or `send` without the
 * language), or a key of the vocabulary in README.md (`send_statement`, `method:try_send`,
 * `call:make(chan int, 3)`, `type:Arc<Mutex<Receiver<i32>>>`...). Null when none explains it.
 */
export function noteFor(language: NoteLanguage, key: string, dir?: string): Note | null {
  const index = indexFor(dir)[language];
  const wanted = key.trim();
  const exact = index.exact.get(wanted);
  if (exact) return exact;
  const call = parseCallKey(wanted);
  if (call?.arg) {
    const arg = call.arg.trim();
    const hit = index.calls.find((c) => c.name === call.name && arg.startsWith(c.arg));
    if (hit) return hit.note;
    const bare = index.exact.get(`call:${call.name}`);
    if (bare) return bare;
  }
  if (wanted.startsWith('type:')) {
    const text = wanted.slice(5).replace(/\s+/g, '');
    const hit = index.types.find((t) => text.startsWith(t.text));
    if (hit) return hit.note;
  }
  return null;
}

/** A fence for `code` that no backtick run inside it can close. */
function fence(info: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${info}\n${code.replace(/\n+$/, '')}\n${ticks}`;
}

/**
 * The Markdown of a hover: the title, what it does, Go / Rust (Tokio) / chan2ts TypeScript
 * side by side, the Node.js and C note, the pitfalls, and, when `translation` is given, the
 * TypeScript translation of the code under the cursor.
 */
export function renderHover(note: Note, translation?: string): string {
  const parts: string[] = [`### ${note.title || note.construct}`];
  if (note.explanation) parts.push(note.explanation);
  const blocks: [string, string, string][] = [
    ['Go', 'go', note.samples.go],
    ['Rust (Tokio)', 'rust', note.samples.rust],
    ['chan2ts TypeScript', 'ts', note.samples.ts],
  ];
  for (const [label, info, code] of blocks) if (code.trim()) parts.push(`**${label}**\n\n${fence(info, code)}`);
  if (note.elsewhere) parts.push(`**Coming from Node.js and C**\n\n${note.elsewhere}`);
  if (note.pitfalls) parts.push(`**Pitfalls**\n\n${note.pitfalls}`);
  if (translation !== undefined && translation.trim()) {
    parts.push(`**This code in chan2ts TypeScript**\n\n${fence('ts', translation)}`);
  }
  return parts.join('\n\n') + '\n';
}
