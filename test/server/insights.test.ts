import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node as SyntaxNode } from 'web-tree-sitter';
import * as goRuntime from '../../runtime/src/go/index.js';
import * as tokioRuntime from '../../runtime/src/tokio/index.js';
import { createParser } from '../../server/parse/grammars.js';
import { loadNotes, noteFor, notesDir, parseNote, renderHover, type Note } from '../../server/insights/index.js';
import { translate } from '../../server/translate/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every construct the translators handle (issue 6, "Hover explanations"). */
const CONSTRUCTS = [
  'go-make-chan',
  'go-send',
  'go-receive',
  'go-receive-ok',
  'go-range',
  'go-close',
  'go-len-cap',
  'go-select',
  'go-select-default',
  'go-nil-channel',
  'go-goroutine',
  'go-waitgroup',
  'go-mutex',
  'go-time-after',
  'go-ticker',
  'go-context',
  'rust-mpsc-channel',
  'rust-unbounded-channel',
  'rust-sender-clone-drop',
  'rust-send',
  'rust-try-send',
  'rust-reserve',
  'rust-recv',
  'rust-try-recv',
  'rust-receiver-close',
  'rust-while-let-recv',
  'rust-oneshot',
  'rust-broadcast',
  'rust-watch',
  'rust-select',
  'rust-spawn-joinhandle',
  'rust-sleep',
  'rust-timeout',
  'rust-interval',
  'rust-std-mpsc',
  'rust-sync-channel',
  'rust-arc-mutex-receiver',
];

const notes = loadNotes();

test('every construct of issue 6 has a note, named after its construct id', () => {
  const ids = notes.map((n) => n.construct);
  for (const id of CONSTRUCTS) assert.ok(ids.includes(id), `no note for ${id}`);
  for (const note of notes) assert.equal(basename(note.file), `${note.construct}.md`);
});

test('every note has a title, keys, an explanation, the three samples, the Node.js/C note and pitfalls', () => {
  for (const note of notes) {
    const where = note.construct;
    assert.ok(note.title, `${where}: title`);
    assert.ok(note.nodes.length > 0, `${where}: nodes`);
    assert.ok(note.explanation, `${where}: What it does`);
    assert.ok(note.samples.go.trim(), `${where}: a go block`);
    assert.ok(note.samples.rust.trim(), `${where}: a rust block`);
    assert.ok(note.samples.ts.trim(), `${where}: a ts block`);
    assert.match(note.elsewhere, /Node\.js/, `${where}: the Node.js note`);
    assert.match(note.pitfalls, /^- /m, `${where}: pitfalls as a list`);
  }
});

test('no key is claimed by two notes of the same language', () => {
  const seen = new Map<string, string>();
  for (const note of notes) {
    for (const key of note.nodes) {
      const id = `${note.language} ${key}`;
      assert.equal(seen.get(id), undefined, `${id}: in ${seen.get(id)} and ${note.construct}`);
      seen.set(id, note.construct);
    }
  }
});

test('every go sample translates without an error diagnostic or an unsupported marker', async () => {
  for (const note of notes) {
    const t = await translate(note.samples.go, { language: 'go' });
    const bad = t.diagnostics.filter(
      (d) => d.severity === 'error' || d.code === 'unsupported' || d.code === 'syntax-error',
    );
    assert.deepEqual(bad, [], `${note.construct}: ${JSON.stringify(bad)}`);
    assert.doesNotMatch(t.typescript, /unsupported/, `${note.construct}:\n${t.typescript}`);
  }
});

function problems(node: SyntaxNode): string[] {
  if (node.isError || node.isMissing)
    return [
      `${node.isMissing ? 'missing' : 'ERROR'} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.text.slice(0, 40)}`,
    ];
  return node.children.flatMap((child) => (child ? problems(child) : []));
}

test('every rust sample parses with tree-sitter-rust without ERROR nodes', async () => {
  const parser = await createParser('rust');
  for (const note of notes) {
    const tree = parser.parse(note.samples.rust);
    assert.ok(tree, note.construct);
    assert.deepEqual(problems(tree.rootNode), [], `${note.construct}:\n${note.samples.rust}`);
    tree.delete();
  }
});

const RUNTIMES: Record<string, Record<string, unknown>> = {
  '@chan2ts/runtime/go': goRuntime,
  '@chan2ts/runtime/tokio': tokioRuntime,
};

/** Every property name reachable from the runtime's exports: namespaces, statics, prototypes. */
function runtimeMemberNames(): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
    seen.add(value);
    for (
      let o: object | null = value as object;
      o && o !== Object.prototype && o !== Function.prototype;
      o = Object.getPrototypeOf(o)
    ) {
      for (const name of Object.getOwnPropertyNames(o)) names.add(name);
    }
    if (typeof value === 'function' && value.prototype) visit(value.prototype);
    for (const name of Object.getOwnPropertyNames(value)) {
      const d = Object.getOwnPropertyDescriptor(value, name);
      if (d && 'value' in d) visit(d.value);
    }
  };
  for (const runtime of Object.values(RUNTIMES)) visit(runtime);
  // Objects the runtime hands out whose classes are not exported.
  visit(goRuntime.context.background());
  return names;
}

/** Methods of JavaScript's own values that the samples call. */
const JS_MEMBERS = new Set(['push', 'then', 'toString']);

/** The sample without comments and string contents, so that only code is checked. */
function codeOnly(ts: string): string {
  return ts
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');
}

test('every ts sample uses runtime names that the runtime exports', () => {
  const members = runtimeMemberNames();
  for (const note of notes) {
    const where = note.construct;
    const imports = [...note.samples.ts.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)];
    assert.ok(imports.length > 0, `${where}: imports nothing from the runtime`);
    const imported = new Map<string, unknown>();
    for (const [, list, from] of imports) {
      const runtime = RUNTIMES[from!];
      assert.ok(runtime, `${where}: imports from ${from}, not the runtime`);
      for (const item of list!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (item.startsWith('type ')) continue; // types do not exist at run time
        assert.ok(item in runtime, `${where}: ${from} has no ${item}`);
        imported.set(item, runtime[item]);
      }
    }
    const code = codeOnly(note.samples.ts.replace(/^import .*$/gm, ''));
    // A path from an imported name: mpsc.channel, time.millisecond, mpsc.TryRecvError.Empty...
    for (const [, head, path] of code.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*)+)/g)) {
      if (!imported.has(head!)) continue;
      let value = imported.get(head!) as Record<string, unknown> | undefined;
      for (const prop of path!.slice(1).split('.')) {
        assert.ok(
          value !== undefined && value !== null && prop in Object(value),
          `${where}: ${head}${path} is not in the runtime`,
        );
        value = value[prop] as Record<string, unknown> | undefined;
      }
    }
    // A method called on a runtime value: tx.trySend(...), rx.recvOp(), guard.value.recv()...
    for (const [, name] of code.matchAll(/\.\s*([A-Za-z_$][\w$]*)\s*(?:<[^>()]*>)?\(/g)) {
      assert.ok(members.has(name!) || JS_MEMBERS.has(name!), `${where}: no runtime value has a method ${name}`);
    }
  }
});

test('noteFor finds a note by construct id, by short id and by key, and gives null otherwise', () => {
  assert.equal(noteFor('go', 'go-send')?.construct, 'go-send');
  assert.equal(noteFor('go', 'send')?.construct, 'go-send');
  assert.equal(noteFor('go', 'send_statement')?.construct, 'go-send');
  assert.equal(noteFor('rust', 'method:try_send')?.construct, 'rust-try-send');
  assert.equal(noteFor('rust', 'macro:tokio::select')?.construct, 'rust-select');
  assert.equal(noteFor('go', 'method:try_send'), null, 'keys are per language');
  assert.equal(noteFor('go', 'for_statement'), null);
});

test('noteFor matches a call by its first argument and a type by its prefix', () => {
  assert.equal(noteFor('go', 'call:make(chan int, 3)')?.construct, 'go-make-chan');
  assert.equal(noteFor('go', 'call:make([]int, 3)'), null);
  assert.equal(noteFor('rust', 'type:Arc<Mutex<Receiver<i32>>>')?.construct, 'rust-arc-mutex-receiver');
  assert.equal(noteFor('rust', 'type:mpsc::UnboundedSender<String>')?.construct, 'rust-unbounded-channel');
});

test('a fenced block may contain ## lines without starting a section', () => {
  const note = parseNote(
    '---\nconstruct: go-demo\ntitle: Demo\nnodes:\n  - demo\n---\n\n## What it does\n\nIt demos.\n\n## Side by side\n\n```go\n## not a heading\n```\n\n## Pitfalls\n\n- one\n',
  );
  assert.deepEqual(Object.keys(note.sections), ['what it does', 'side by side', 'pitfalls']);
  assert.equal(note.samples.go, '## not a heading');
  assert.deepEqual(note.nodes, ['demo']);
});

test('loadNotes and noteFor read the folder given as dir (a bundle passes dist/insights/notes)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-notes-'));
  try {
    writeFileSync(
      join(dir, 'rust-demo.md'),
      '---\nconstruct: rust-demo\ntitle: Demo\nnodes: method:demo\n---\n\n## What it does\n\nIt demos.\n',
    );
    assert.deepEqual(
      loadNotes(dir).map((n) => n.construct),
      ['rust-demo'],
    );
    assert.equal(noteFor('rust', 'method:demo', dir)?.title, 'Demo');
    assert.equal(noteFor('rust', 'method:demo'), null, 'the default folder is separate');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('from source, the notes folder is server/insights/notes', () => {
  assert.equal(notesDir(), join(root, 'server', 'insights', 'notes'));
});

test('renderHover includes the translation under "This code in chan2ts TypeScript"', async () => {
  const note = noteFor('go', 'send_statement') as Note;
  const { typescript } = await translate('ch := make(chan int, 1)\nch <- 1', { language: 'go' });
  const hover = renderHover(note, typescript);
  assert.ok(hover.startsWith(`### ${note.title}\n`));
  for (const part of [
    note.explanation,
    '```go\n' + note.samples.go,
    '```rust\n' + note.samples.rust,
    '```ts\n' + note.samples.ts,
    note.pitfalls,
  ]) {
    assert.ok(hover.includes(part), `missing: ${part.slice(0, 40)}`);
  }
  assert.ok(hover.includes('**This code in chan2ts TypeScript**\n\n```ts\n' + typescript.trimEnd() + '\n```'));
});

test('renderHover leaves out the translation heading when there is none', () => {
  const hover = renderHover(noteFor('rust', 'rust-oneshot') as Note);
  assert.doesNotMatch(hover, /This code in chan2ts TypeScript/);
});

test('renderHover fences a translation containing backticks with a longer fence', () => {
  const hover = renderHover(noteFor('go', 'go-close') as Note, 'const s = `a ``` b`;');
  assert.ok(hover.includes('````ts\nconst s = `a ``` b`;\n````'));
});

test('server/insights imports neither vscode nor any package', () => {
  const dir = join(root, 'server', 'insights');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const [, spec] of source.matchAll(/from\s+'([^']+)'/g)) {
      assert.ok(spec!.startsWith('node:') || spec!.startsWith('.'), `${file} imports ${spec}`);
    }
  }
});
