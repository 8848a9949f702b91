// A faster walk over a web-tree-sitter tree for the plain-tree builder. Each public TreeCursor
// call copies the cursor into wasm memory through emscripten's generic setValue and back
// (about 40 such copies per node, most of the cost of reading a tree). The C functions
// behind the cursor keep the cursor in the binding's transfer buffer and write it back after
// every move, while the reads (type, field, indices) leave it as it is: so once the cursor is
// in the buffer, the walk can call them directly, with no copies. emscripten makes the
// options object given to Parser.init the module holding those functions (grammars.ts keeps
// it); when they are not there (another web-tree-sitter version, or one initialized
// elsewhere first), the builder uses the public cursor instead. test/parse/syntax-tree.test.ts
// checks both walks against web-tree-sitter's own nodes.
import type { Language, Tree, TreeCursor } from 'web-tree-sitter';
import { wasmModuleCandidate } from './grammars.js';
import type { TreeReader } from './syntax-tree.js';

type TreeFn = (tree: number) => number;

interface WasmModule {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_current_node_type_id_wasm: TreeFn;
  _ts_tree_cursor_current_field_id_wasm: TreeFn;
  _ts_tree_cursor_current_node_is_missing_wasm: TreeFn;
  _ts_tree_cursor_start_index_wasm: TreeFn;
  _ts_tree_cursor_end_index_wasm: TreeFn;
  _ts_tree_cursor_goto_first_child_wasm: TreeFn;
  _ts_tree_cursor_goto_next_sibling_wasm: TreeFn;
  _ts_tree_cursor_goto_parent_wasm: TreeFn;
  _ts_tree_cursor_delete_wasm: TreeFn;
}

const FUNCTIONS = [
  '_ts_init',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_delete_wasm',
] as const;

let module: WasmModule | null | undefined;
/** The transfer buffer's address, as an index into HEAP32. */
let transfer = 0;

function wasmModule(): WasmModule | null {
  if (module !== undefined) return module;
  const candidate = wasmModuleCandidate() as Partial<Record<string, unknown>> | undefined;
  if (!candidate) return null;
  const usable =
    candidate['HEAP32'] instanceof Int32Array && FUNCTIONS.every((name) => typeof candidate[name] === 'function');
  module = usable ? (candidate as unknown as WasmModule) : null;
  // ts_init only writes the ABI versions into the buffer and returns its address.
  if (module) transfer = module._ts_init() >> 2;
  return module;
}

/** Whether the direct walk is available (else the public cursor serves). */
export function directWasmWalk(): boolean {
  return wasmModule() !== null;
}

/**
 * A direct walk of `tree` from its root, or null when the module's functions are not there.
 * Until its done(), nothing else may call web-tree-sitter: any call may overwrite the buffer.
 */
export function wasmReader(tree: Tree, language: Language): TreeReader | null {
  const C = wasmModule();
  if (!C) return null;
  const cursor = tree.walk() as TreeCursor & Record<number, number>;
  const ptr = (tree as unknown as Record<0, number>)[0];
  // The cursor's state as the public API keeps it, into the buffer the C functions read.
  const heap = C.HEAP32;
  for (let i = 0; i < 4; i++) heap[transfer + i] = cursor[i];
  const typeId = C._ts_tree_cursor_current_node_type_id_wasm;
  const fieldId = C._ts_tree_cursor_current_field_id_wasm;
  const isMissing = C._ts_tree_cursor_current_node_is_missing_wasm;
  const startIndex = C._ts_tree_cursor_start_index_wasm;
  const endIndex = C._ts_tree_cursor_end_index_wasm;
  const firstChild = C._ts_tree_cursor_goto_first_child_wasm;
  const nextSibling = C._ts_tree_cursor_goto_next_sibling_wasm;
  const parent = C._ts_tree_cursor_goto_parent_wasm;
  return {
    typeId: () => typeId(ptr),
    fieldId: () => fieldId(ptr),
    isMissing: () => isMissing(ptr) === 1,
    startIndex: () => startIndex(ptr),
    endIndex: () => endIndex(ptr),
    gotoFirstChild: () => firstChild(ptr) === 1,
    gotoNextSibling: () => nextSibling(ptr) === 1,
    gotoParent: () => parent(ptr) === 1,
    typeName: (id) => language.types[id] ?? 'ERROR',
    typeIsNamed: (id) => id === 0xffff || language.nodeTypeIsNamed(id),
    fieldName: (id) => language.fields[id] ?? null,
    // The moves reallocate the cursor's stack: free it from the buffer, not from `cursor`.
    done: () => void C._ts_tree_cursor_delete_wasm(ptr),
  };
}
