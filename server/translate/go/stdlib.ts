import { propertyName } from './names.js';
import { BOOL, DURATION, ERROR, FLOAT64, INT, STRING, type GoType } from './types.js';

/** Go's exported PascalCase to the runtime's camelCase: `NewTimer` -> `newTimer`, `ID` -> `id`. */
export function camelCase(name: string): string {
  const m = /^[A-Z]+/.exec(name);
  if (!m) return name;
  const run = m[0];
  if (run.length === name.length) return name.toLowerCase();
  if (run.length === 1) return name[0]!.toLowerCase() + name.slice(1);
  return run.slice(0, -1).toLowerCase() + name.slice(run.length - 1);
}

/** Packages the runtime provides, by Go import path. */
export const RUNTIME_PACKAGES = new Set([
  'fmt',
  'sync',
  'time',
  'context',
  'errors',
  'strings',
  'strconv',
  'math',
  'sort',
  'os',
]);

/** The runtime packages that TypeScript text uses (`time.` in it): the import line names them. */
export function runtimePackagesIn(text: string): string[] {
  return [...RUNTIME_PACKAGES].filter((pkg) => new RegExp(`\\b${pkg}\\.`).test(text));
}

const named = (name: string): GoType => ({ kind: 'named', name });
const pointer = (name: string): GoType => ({ kind: 'pointer', elem: named(name) });
const tuple = (...items: GoType[]): GoType => ({ kind: 'tuple', items });
const STRINGS: GoType = { kind: 'slice', elem: STRING };
const TIME_CHAN: GoType = { kind: 'chan', elem: named('time.Time'), dir: 'recv' };
const CONTEXT = named('context.Context');
const CANCEL: GoType = { kind: 'func', params: [], results: [], variadic: false };

/** Result types of the package functions translated snippets call (absent: no result). */
const FUNCTION_RESULTS: Record<string, GoType> = {
  'fmt.Sprintf': STRING,
  'fmt.Sprint': STRING,
  'fmt.Sprintln': STRING,
  'fmt.Errorf': ERROR,
  'time.After': TIME_CHAN,
  'time.Tick': TIME_CHAN,
  'time.NewTimer': pointer('time.Timer'),
  'time.NewTicker': pointer('time.Ticker'),
  'time.AfterFunc': pointer('time.Timer'),
  'time.Since': DURATION,
  'time.Until': DURATION,
  'time.Now': named('time.Time'),
  'errors.New': ERROR,
  'errors.Is': BOOL,
  'errors.Unwrap': ERROR,
  'errors.Join': ERROR,
  'context.Background': CONTEXT,
  'context.TODO': CONTEXT,
  'context.WithCancel': tuple(CONTEXT, CANCEL),
  'context.WithTimeout': tuple(CONTEXT, CANCEL),
  'context.WithDeadline': tuple(CONTEXT, CANCEL),
  'context.WithValue': CONTEXT,
  'sync.NewCond': pointer('sync.Cond'),
  'strconv.Itoa': STRING,
  'strconv.Atoi': tuple(INT, ERROR),
  'strconv.ParseInt': tuple(INT, ERROR),
  'strconv.ParseFloat': tuple(FLOAT64, ERROR),
  'strconv.ParseBool': tuple(BOOL, ERROR),
  'strconv.FormatInt': STRING,
  'strconv.FormatFloat': STRING,
  'strconv.FormatBool': STRING,
  'strconv.Quote': STRING,
  'strings.Contains': BOOL,
  'strings.ContainsRune': BOOL,
  'strings.ContainsAny': BOOL,
  'strings.HasPrefix': BOOL,
  'strings.HasSuffix': BOOL,
  'strings.EqualFold': BOOL,
  'strings.Index': INT,
  'strings.LastIndex': INT,
  'strings.IndexByte': INT,
  'strings.Count': INT,
  'strings.Split': STRINGS,
  'strings.SplitN': STRINGS,
  'strings.Fields': STRINGS,
  'strings.Cut': tuple(STRING, STRING, BOOL),
  'sort.SearchInts': INT,
  'sort.Search': INT,
  'sort.IntsAreSorted': BOOL,
  'sort.StringsAreSorted': BOOL,
  'math.IsNaN': BOOL,
  'math.IsInf': BOOL,
  'math.Signbit': BOOL,
};

const STRING_RESULT_PACKAGES = new Set(['strings']);

export function packageFunctionResult(pkg: string, name: string): GoType | null {
  const key = `${pkg}.${name}`;
  if (key in FUNCTION_RESULTS) return FUNCTION_RESULTS[key]!;
  if (STRING_RESULT_PACKAGES.has(pkg)) return STRING;
  if (pkg === 'math') return FLOAT64;
  return null;
}

/** Package-level values: `time.Second`, `math.Pi`, `context.Canceled`. */
export function packageValueType(pkg: string, name: string): GoType | null {
  if (pkg === 'time' && ['Nanosecond', 'Microsecond', 'Millisecond', 'Second', 'Minute', 'Hour'].includes(name))
    return DURATION;
  if (pkg === 'math') return /^(Max|Min)(Int|Uint)/.test(name) ? INT : FLOAT64;
  if (pkg === 'context' && (name === 'Canceled' || name === 'DeadlineExceeded')) return ERROR;
  return null;
}

/** The runtime's name for a package member: camelCase, but Go's exported error values stay. */
export function packageMemberName(pkg: string, name: string): string {
  if (pkg === 'context' && (name === 'Canceled' || name === 'DeadlineExceeded')) return name;
  return propertyName(camelCase(name));
}

/** Package functions that block the calling goroutine (translated with `await`). */
export const BLOCKING_FUNCTIONS = new Set(['time.Sleep']);

/** Methods of runtime types that block, by type name. */
const BLOCKING_METHODS: Record<string, ReadonlySet<string>> = {
  'sync.WaitGroup': new Set(['Wait']),
  'sync.Mutex': new Set(['Lock']),
  'sync.RWMutex': new Set(['Lock', 'RLock']),
  'sync.Once': new Set(['Do']),
  'sync.Cond': new Set(['Wait']),
};

/** Result types of methods of runtime types. */
const METHOD_RESULTS: Record<string, GoType> = {
  'context.Context.Done': { kind: 'chan', elem: { kind: 'struct', fields: [] }, dir: 'recv' },
  'context.Context.Err': ERROR,
  'time.Time.Sub': DURATION,
  'time.Timer.Stop': BOOL,
  'time.Timer.Reset': BOOL,
  'sync.Mutex.TryLock': BOOL,
  'sync.RWMutex.TryLock': BOOL,
  'sync.RWMutex.TryRLock': BOOL,
  'strings.Builder.String': STRING,
  'strings.Builder.Len': INT,
};

/** Fields of runtime types: `timer.C`. */
const FIELD_TYPES: Record<string, GoType> = {
  'time.Timer.C': TIME_CHAN,
  'time.Ticker.C': TIME_CHAN,
};

export function isBlockingMethod(typeName: string, method: string): boolean {
  return BLOCKING_METHODS[typeName]?.has(method) ?? false;
}

export function runtimeMethodResult(typeName: string, method: string): GoType | null {
  return METHOD_RESULTS[`${typeName}.${method}`] ?? null;
}

export function runtimeFieldType(typeName: string, name: string): GoType | null {
  return FIELD_TYPES[`${typeName}.${name}`] ?? null;
}

/** Any method name that blocks on some runtime type: the fallback when the receiver's type is unknown. */
export function blocksOnSomeType(method: string): boolean {
  return Object.values(BLOCKING_METHODS).some((set) => set.has(method));
}
