import { propertyName } from './names.js';
import { runtimeHasMember } from './runtime-members.js';
import { atomicFunctionResult, atomicMethodResult, isAtomicType } from './stdlib-atomic.js';
import {
  ANY,
  BOOL,
  BYTE,
  COMPLEX128,
  DURATION,
  ERROR,
  FLOAT64,
  INT,
  INT64,
  RUNE,
  STRING,
  UINT64,
  type GoType,
} from './types.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../runtime/src/go/time-calendar.js';

/** Go's exported PascalCase to the runtime's camelCase: `NewTimer` -> `newTimer`, `ID` -> `id`. */
export function camelCase(name: string): string {
  const m = /^[A-Z]+/.exec(name);
  if (!m) return name;
  const run = m[0];
  if (run.length === name.length) return name.toLowerCase();
  if (run.length === 1) return name[0]!.toLowerCase() + name.slice(1);
  return run.slice(0, -1).toLowerCase() + name.slice(run.length - 1);
}

/** Packages the runtime provides: Go import path -> the runtime's namespace. */
const RUNTIME_PACKAGES: ReadonlyMap<string, string> = new Map([
  ['fmt', 'fmt'],
  ['sync', 'sync'],
  ['time', 'time'],
  ['context', 'context'],
  ['errors', 'errors'],
  ['strings', 'strings'],
  ['strconv', 'strconv'],
  ['math', 'math'],
  ['math/cmplx', 'cmplx'],
  ['sort', 'sort'],
  ['os', 'os'],
  ['math/rand', 'rand'],
  ['math/rand/v2', 'rand'],
  ['sync/atomic', 'atomic'],
  ['runtime', 'runtime'],
  ['log', 'log'],
  ['unicode/utf8', 'utf8'],
  ['unicode', 'unicode'],
  ['slices', 'slices'],
  ['maps', 'maps'],
  ['cmp', 'cmp'],
  ['bytes', 'bytes'],
  ['math/bits', 'bits'],
  ['bufio', 'bufio'],
  // The runtime's own `io` waits for a promise: Go's io package is `goio`.
  ['io', 'goio'],
  ['io/fs', 'fs'],
  ['container/heap', 'heap'],
  ['container/list', 'list'],
  ['container/ring', 'ring'],
  ['text/tabwriter', 'tabwriter'],
  ['crypto/md5', 'md5'],
  ['hash/fnv', 'fnv'],
  ['hash/adler32', 'adler32'],
  ['hash/crc32', 'crc32'],
  ['iter', 'iter'],
  ['regexp', 'regexp'],
]);

/** The runtime namespace of a Go import path, or null when the runtime lacks the package. */
export function runtimePackage(path: string): string | null {
  return RUNTIME_PACKAGES.get(path) ?? null;
}

const NAMESPACES = [...new Set(RUNTIME_PACKAGES.values())];
/** One scan of the text finds them all. */
const NAMESPACE_USE = new RegExp(`\\b(${NAMESPACES.join('|')})\\.`, 'g');

/** Whether `name` is one of the runtime's namespaces (`time`, `goio`...). */
export function isRuntimeNamespace(name: string): boolean {
  return NAMESPACES.includes(name);
}

/** The runtime namespaces that TypeScript text uses (`time.` in it): the import line names them. */
export function runtimePackagesIn(text: string): string[] {
  const used = new Set<string>();
  for (const m of text.matchAll(NAMESPACE_USE)) used.add(m[1]!);
  return NAMESPACES.filter((pkg) => used.has(pkg));
}

const named = (name: string): GoType => ({ kind: 'named', name });
const pointer = (name: string): GoType => ({ kind: 'pointer', elem: named(name) });
const tuple = (...items: GoType[]): GoType => ({ kind: 'tuple', items });
const STRINGS: GoType = { kind: 'slice', elem: STRING };
const TIME_CHAN: GoType = { kind: 'chan', elem: named('time.Time'), dir: 'recv' };
const CONTEXT = named('context.Context');
const TIME = named('time.Time');
const MONTH = named('time.Month');
const WEEKDAY = named('time.Weekday');
const CANCEL: GoType = { kind: 'func', params: [], results: [], variadic: false };
const CANCEL_CAUSE: GoType = { kind: 'func', params: [ERROR], results: [], variadic: false };
const STOP: GoType = { kind: 'func', params: [], results: [BOOL], variadic: false };
const BYTES: GoType = { kind: 'slice', elem: BYTE };
const UINT32: GoType = { kind: 'basic', name: 'uint32' };
const PAIRS = named('iter.Pairs');
const VALUES = named('iter.Values');
const IO_RESULT = tuple(INT, ERROR);
const REGEXP = pointer('regexp.Regexp');
const INTS: GoType = { kind: 'slice', elem: INT };
const SPLIT_RESULT = tuple(INT, BYTES, ERROR);
const SPLIT_FUNC: GoType = { kind: 'func', params: [BYTES, BOOL], results: [INT, BYTES, ERROR], variadic: false };

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
  'time.ParseDuration': tuple(DURATION, ERROR),
  'time.Parse': tuple(TIME, ERROR),
  'time.ParseInLocation': tuple(TIME, ERROR),
  'context.Cause': ERROR,
  'time.Until': DURATION,
  'time.Now': TIME,
  'time.Date': TIME,
  'time.Unix': TIME,
  'time.UnixMilli': TIME,
  'time.FixedZone': pointer('time.Location'),
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
  'context.WithCancelCause': tuple(CONTEXT, CANCEL_CAUSE),
  'context.WithTimeoutCause': tuple(CONTEXT, CANCEL),
  'context.WithDeadlineCause': tuple(CONTEXT, CANCEL),
  'context.WithoutCancel': CONTEXT,
  'context.AfterFunc': STOP,
  'sync.NewCond': pointer('sync.Cond'),
  'strconv.Itoa': STRING,
  'strconv.Atoi': tuple(INT, ERROR),
  'strconv.ParseInt': tuple(INT64, ERROR),
  'strconv.ParseUint': tuple(UINT64, ERROR),
  'strconv.ParseFloat': tuple(FLOAT64, ERROR),
  'strconv.ParseBool': tuple(BOOL, ERROR),
  'strconv.FormatInt': STRING,
  'strconv.FormatFloat': STRING,
  'strconv.FormatBool': STRING,
  'strconv.Quote': STRING,
  'strconv.QuoteToASCII': STRING,
  'strconv.QuoteRune': STRING,
  'strconv.QuoteRuneToASCII': STRING,
  'strconv.IsPrint': BOOL,
  'strconv.CanBackquote': BOOL,
  'strconv.FormatUint': STRING,
  'md5.Sum': { kind: 'array', elem: BYTE, length: '16' },
  'fnv.New32': pointer('fnv.Hash32'),
  'fnv.New32a': pointer('fnv.Hash32'),
  'fnv.New64': pointer('fnv.Hash64'),
  'fnv.New64a': pointer('fnv.Hash64'),
  'adler32.Checksum': UINT32,
  'adler32.New': pointer('adler32.Digest'),
  'crc32.Checksum': UINT32,
  'crc32.ChecksumIEEE': UINT32,
  'crc32.Update': UINT32,
  'crc32.MakeTable': pointer('crc32.Table'),
  'crc32.New': pointer('crc32.Digest'),
  'crc32.NewIEEE': pointer('crc32.Digest'),
  'strconv.AppendInt': BYTES,
  'strconv.AppendUint': BYTES,
  'strconv.AppendBool': BYTES,
  'strconv.AppendQuote': BYTES,
  'strconv.AppendFloat': BYTES,
  'strconv.Unquote': tuple(STRING, ERROR),
  'os.Getenv': STRING,
  'os.LookupEnv': tuple(STRING, BOOL),
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
  'strings.CutPrefix': tuple(STRING, BOOL),
  'strings.CutSuffix': tuple(STRING, BOOL),
  'strings.NewReplacer': pointer('strings.Replacer'),
  'strings.Compare': INT,
  'strings.IndexRune': INT,
  'strings.IndexAny': INT,
  'strings.IndexFunc': INT,
  'strings.LastIndexByte': INT,
  'strings.LastIndexAny': INT,
  'strings.LastIndexFunc': INT,
  'strings.ContainsFunc': BOOL,
  'strings.SplitAfter': STRINGS,
  'strings.SplitAfterN': STRINGS,
  'strings.FieldsFunc': STRINGS,
  'sort.Reverse': named('sort.Interface'),
  'sort.SearchInts': INT,
  'sort.Search': INT,
  'sort.IntsAreSorted': BOOL,
  'sort.StringsAreSorted': BOOL,
  'runtime.NumGoroutine': INT,
  'runtime.NumCPU': INT,
  'runtime.GOMAXPROCS': INT,
  'runtime.Version': STRING,
  'log.New': pointer('log.Logger'),
  'log.Flags': INT,
  'log.Prefix': STRING,
  'utf8.RuneCountInString': INT,
  'utf8.RuneCount': INT,
  'utf8.RuneLen': INT,
  'utf8.EncodeRune': INT,
  'utf8.Valid': BOOL,
  'utf8.ValidString': BOOL,
  'utf8.ValidRune': BOOL,
  'utf8.RuneStart': BOOL,
  'utf8.FullRune': BOOL,
  'utf8.FullRuneInString': BOOL,
  'utf8.DecodeRuneInString': tuple(RUNE, INT),
  'utf8.DecodeRune': tuple(RUNE, INT),
  'utf8.DecodeLastRuneInString': tuple(RUNE, INT),
  'utf8.DecodeLastRune': tuple(RUNE, INT),
  'utf8.AppendRune': { kind: 'slice', elem: BYTE },
  'slices.Contains': BOOL,
  'slices.ContainsFunc': BOOL,
  'slices.Equal': BOOL,
  'slices.EqualFunc': BOOL,
  'slices.IsSorted': BOOL,
  'slices.IsSortedFunc': BOOL,
  'slices.Index': INT,
  'slices.IndexFunc': INT,
  'slices.Compare': INT,
  'slices.BinarySearch': tuple(INT, BOOL),
  'slices.BinarySearchFunc': tuple(INT, BOOL),
  'slices.Values': VALUES,
  'maps.Keys': VALUES,
  'maps.Values': VALUES,
  'slices.All': PAIRS,
  'slices.Backward': PAIRS,
  'maps.All': PAIRS,
  'maps.Equal': BOOL,
  'maps.EqualFunc': BOOL,
  'bytes.NewBufferString': pointer('bytes.Buffer'),
  'bytes.NewBuffer': pointer('bytes.Buffer'),
  'bytes.Equal': BOOL,
  'bytes.Compare': INT,
  'bytes.Contains': BOOL,
  'bytes.HasPrefix': BOOL,
  'bytes.HasSuffix': BOOL,
  'bytes.Index': INT,
  'bytes.IndexByte': INT,
  'bytes.Count': INT,
  'bytes.EqualFold': BOOL,
  'bytes.TrimSpace': BYTES,
  'bytes.Trim': BYTES,
  'bytes.TrimPrefix': BYTES,
  'bytes.TrimSuffix': BYTES,
  'bytes.ToUpper': BYTES,
  'bytes.ToLower': BYTES,
  'bytes.Title': BYTES,
  'bytes.Repeat': BYTES,
  'bytes.ReplaceAll': BYTES,
  'bytes.Join': BYTES,
  'bytes.Split': { kind: 'slice', elem: BYTES },
  'bytes.Fields': { kind: 'slice', elem: BYTES },
  'cmp.Compare': INT,
  'cmp.Less': BOOL,
  'math.Float64bits': UINT64,
  'math.Float32bits': UINT32,
  'bits.Mul64': tuple(UINT64, UINT64),
  'bits.Mul': tuple(UINT64, UINT64),
  'bits.Add64': tuple(UINT64, UINT64),
  'bits.Add': tuple(UINT64, UINT64),
  'bits.Sub64': tuple(UINT64, UINT64),
  'bits.Sub': tuple(UINT64, UINT64),
  'bits.Add32': tuple(UINT32, UINT32),
  'bits.Sub32': tuple(UINT32, UINT32),
  'bits.Mul32': tuple(UINT32, UINT32),
  'bits.Reverse': UINT64,
  'bits.Reverse64': UINT64,
  'bits.RotateLeft': UINT64,
  'bits.RotateLeft64': UINT64,
  'math.IsNaN': BOOL,
  'math.IsInf': BOOL,
  'math.Signbit': BOOL,
  'strings.NewReader': pointer('strings.Reader'),
  'bufio.NewScanner': pointer('bufio.Scanner'),
  'bufio.NewReader': pointer('bufio.Reader'),
  'bufio.NewReaderSize': pointer('bufio.Reader'),
  'bufio.NewWriter': pointer('bufio.Writer'),
  'bufio.NewWriterSize': pointer('bufio.Writer'),
  'tabwriter.NewWriter': pointer('tabwriter.Writer'),
  'bufio.ScanLines': SPLIT_RESULT,
  'bufio.ScanWords': SPLIT_RESULT,
  'bufio.ScanRunes': SPLIT_RESULT,
  'bufio.ScanBytes': SPLIT_RESULT,
  'goio.Copy': tuple(INT64, ERROR),
  'goio.ReadAll': tuple(BYTES, ERROR),
  'goio.ReadFull': IO_RESULT,
  'goio.WriteString': IO_RESULT,
  'goio.MultiWriter': named('io.Writer'),
  'goio.LimitReader': named('io.Reader'),
  'goio.MultiReader': named('io.Reader'),
  'goio.TeeReader': named('io.Reader'),
  'goio.Pipe': tuple(pointer('io.PipeReader'), pointer('io.PipeWriter')),
  'goio.NewSectionReader': pointer('io.SectionReader'),
  'fmt.Fprintln': IO_RESULT,
  'fmt.Fprintf': IO_RESULT,
  'fmt.Fprint': IO_RESULT,
  'fmt.Scan': IO_RESULT,
  'fmt.Scanln': IO_RESULT,
  'fmt.Scanf': IO_RESULT,
  'fmt.Sscan': IO_RESULT,
  'fmt.Sscanln': IO_RESULT,
  'fmt.Sscanf': IO_RESULT,
  'fmt.Fscan': IO_RESULT,
  'fmt.Fscanln': IO_RESULT,
  'fmt.Fscanf': IO_RESULT,
  'heap.Pop': ANY,
  'heap.Remove': ANY,
  'list.New': pointer('list.List'),
  'ring.New': pointer('ring.Ring'),
  'regexp.Compile': tuple(REGEXP, ERROR),
  'regexp.MustCompile': REGEXP,
  'regexp.MatchString': tuple(BOOL, ERROR),
  'regexp.Match': tuple(BOOL, ERROR),
  'regexp.QuoteMeta': STRING,
};

const STRING_RESULT_PACKAGES = new Set(['strings']);

/** Functions and methods of the runtime whose result may be nil: their TypeScript type admits null. */
const NIL_RESULTS = new Set([
  'maps.Clone',
  'time.Tick',
  'ring.New',
  'context.Context.Done',
  'list.List.Front',
  'list.List.Back',
  'list.List.InsertBefore',
  'list.List.InsertAfter',
  'list.Element.Next',
  'list.Element.Prev',
  'ring.Ring.Unlink',
  'atomic.Pointer.Load',
]);

/** Whether the runtime's function or method (`maps.Clone`, `list.List.Front`) may give nil. */
export function mayReturnNil(key: string): boolean {
  return NIL_RESULTS.has(key);
}

export function packageFunctionResult(pkg: string, name: string): GoType | null {
  const key = `${pkg}.${name}`;
  if (key in FUNCTION_RESULTS) return FUNCTION_RESULTS[key]!;
  if (pkg === 'unicode') return name.startsWith('Is') ? BOOL : RUNE;
  if (pkg === 'bits') return INT;
  if (STRING_RESULT_PACKAGES.has(pkg)) return STRING;
  if (pkg === 'math') return FLOAT64;
  if (pkg === 'cmplx') return cmplxResult(name);
  if (pkg === 'rand') return randResult(name);
  if (pkg === 'atomic') return atomicFunctionResult(name);
  return null;
}

/** What a math/cmplx function gives: a float64 (Abs, Phase), both (Polar), a bool (IsNaN, IsInf) or a complex128. */
function cmplxResult(name: string): GoType {
  if (name === 'Abs' || name === 'Phase') return FLOAT64;
  if (name === 'Polar') return tuple(FLOAT64, FLOAT64);
  return name.startsWith('Is') ? BOOL : COMPLEX128;
}

/** What a math/rand function or *rand.Rand method gives: a number, an int64 or uint64 bigint (`rand.Perm` a slice, `rand.New` a generator). */
function randResult(name: string): GoType | null {
  if (name === 'New') return pointer('rand.Rand');
  if (name === 'NewSource') return named('rand.Source');
  if (name === 'NewPCG') return pointer('rand.PCG');
  if (name === 'Float32') return { kind: 'basic', name: 'float32' };
  if (name === 'Perm') return { kind: 'slice', elem: INT };
  if (name === 'Seed' || name === 'Shuffle') return null;
  if (name === 'Read') return tuple(INT, ERROR);
  if (name === 'Int63' || name === 'Int63n' || name === 'Int64') return INT64;
  if (name === 'Uint64') return UINT64;
  return /Float/.test(name) ? FLOAT64 : INT;
}

const MONTHS = new Set(MONTH_NAMES);
const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** time's layout constants (`time.RFC3339`), strings. */
const TIME_LAYOUTS = new Set([
  'Layout',
  'ANSIC',
  'UnixDate',
  'RubyDate',
  'RFC822',
  'RFC822Z',
  'RFC850',
  'RFC1123',
  'RFC1123Z',
  'RFC3339',
  'RFC3339Nano',
  'Kitchen',
  'Stamp',
  'StampMilli',
  'StampMicro',
  'StampNano',
  'DateTime',
  'DateOnly',
  'TimeOnly',
]);

/** Runtime classes of a named slice type, by their element: `sort.IntSlice(xs)` -> `new sort.IntSlice(xs)`. */
const CLASS_CONVERSIONS: ReadonlyMap<string, GoType> = new Map([
  ['sort.IntSlice', INT],
  ['sort.StringSlice', STRING],
  ['sort.Float64Slice', FLOAT64],
]);

export function isClassConversion(pkg: string, name: string): boolean {
  return CLASS_CONVERSIONS.has(`${pkg}.${name}`);
}

/** The element type of a runtime class of a named slice type (`sort.IntSlice`: int), or null. */
export function namedSliceElement(typeName: string): GoType | null {
  return CLASS_CONVERSIONS.get(typeName) ?? null;
}

/** Package-level values: `time.Second`, `math.Pi`, `context.Canceled`. */
export function packageValueType(pkg: string, name: string): GoType | null {
  if (pkg === 'time' && ['Nanosecond', 'Microsecond', 'Millisecond', 'Second', 'Minute', 'Hour'].includes(name))
    return DURATION;
  if (pkg === 'time' && MONTHS.has(name)) return MONTH;
  if (pkg === 'time' && WEEKDAYS.has(name)) return WEEKDAY;
  if (pkg === 'time' && TIME_LAYOUTS.has(name)) return STRING;
  if (pkg === 'time' && (name === 'UTC' || name === 'Local')) return pointer('time.Location');
  // Go's math limits are untyped constants: a uint64 takes MaxUint64 exactly (big-integers.ts).
  if (pkg === 'math') return /^(Max|Min)(Int|Uint)/.test(name) ? { kind: 'untyped', name: 'int' } : FLOAT64;
  if (pkg === 'context' && (name === 'Canceled' || name === 'DeadlineExceeded')) return ERROR;
  if (pkg === 'runtime' && (name === 'GOOS' || name === 'GOARCH' || name === 'Compiler')) return STRING;
  if (pkg === 'log') return INT;
  if (pkg === 'crc32') return name === 'IEEETable' ? pointer('crc32.Table') : name === 'Size' ? INT : UINT32;
  if (pkg === 'adler32' && name === 'Size') return INT;
  if (pkg === 'utf8') return name === 'RuneError' ? RUNE : INT;
  if (pkg === 'unicode') return name === 'MaxRune' || name === 'ReplacementChar' ? RUNE : INT;
  if (pkg === 'goio') return name === 'Discard' ? named('io.Writer') : ERROR;
  if (pkg === 'bufio') return name === 'MaxScanTokenSize' ? INT : /^Scan/.test(name) ? SPLIT_FUNC : ERROR;
  if (pkg === 'os' && (name === 'Stdin' || name === 'Stdout' || name === 'Stderr')) return pointer('os.File');
  if ((pkg === 'os' || pkg === 'fs') && name.startsWith('Err')) return ERROR;
  return null;
}

/** The runtime's name for a package member: camelCase, but Go's own where the runtime keeps it (`context.Canceled`, `time.RFC3339`). */
export function packageMemberName(pkg: string, name: string): string {
  return runtimeHasMember(pkg, name) ? name : propertyName(camelCase(name));
}

/** Package functions that block the calling goroutine (translated with `await`). */
export const BLOCKING_FUNCTIONS = new Set([
  'time.Sleep',
  'runtime.Gosched',
  // Reading waits for input (os.Stdin) or for a reader of the program's that may.
  'goio.Copy',
  'goio.ReadAll',
  'goio.ReadFull',
  'fmt.Scan',
  'fmt.Scanln',
  'fmt.Scanf',
  'fmt.Sscan',
  'fmt.Sscanln',
  'fmt.Sscanf',
  'fmt.Fscan',
  'fmt.Fscanln',
  'fmt.Fscanf',
]);

/** Methods of runtime types that block, by type name. */
const BLOCKING_METHODS: Record<string, ReadonlySet<string>> = {
  'sync.WaitGroup': new Set(['Wait']),
  'sync.Mutex': new Set(['Lock', 'TryLock']),
  'sync.RWMutex': new Set(['Lock', 'RLock', 'TryLock', 'TryRLock']),
  'sync.Once': new Set(['Do']),
  'sync.Cond': new Set(['Wait']),
  'os.File': new Set(['Read']),
  'bufio.Scanner': new Set(['Scan']),
  'bufio.Reader': new Set(['Read', 'ReadByte', 'ReadRune', 'ReadString', 'ReadBytes', 'ReadSlice', 'ReadLine', 'Peek']),
  'strings.Reader': new Set(['WriteTo']),
  'bytes.Buffer': new Set(['WriteTo']),
  'io.PipeReader': new Set(['Read']),
  // A pipe's Write waits until readers took its data.
  'io.PipeWriter': new Set(['Write']),
  'io.SectionReader': new Set(['Read', 'ReadAt']),
};

/** Result types of methods of runtime types. */
const METHOD_RESULTS: Record<string, GoType> = {
  'context.Context.Done': { kind: 'chan', elem: { kind: 'struct', fields: [] }, dir: 'recv' },
  'context.Context.Err': ERROR,
  'time.Time.Sub': DURATION,
  'time.Time.Add': TIME,
  'time.Time.AddDate': TIME,
  'time.Time.Truncate': TIME,
  'time.Time.Round': TIME,
  'time.Time.UTC': TIME,
  'time.Time.Local': TIME,
  'time.Time.In': TIME,
  'time.Time.After': BOOL,
  'time.Time.Before': BOOL,
  'time.Time.Equal': BOOL,
  'time.Time.IsZero': BOOL,
  'time.Time.Compare': INT,
  'time.Time.Unix': INT64,
  'time.Time.UnixMilli': INT64,
  'time.Time.UnixMicro': INT64,
  'time.Time.UnixNano': INT64,
  'time.Time.Year': INT,
  'time.Time.Month': MONTH,
  'time.Time.Day': INT,
  'time.Time.Hour': INT,
  'time.Time.Minute': INT,
  'time.Time.Second': INT,
  'time.Time.Nanosecond': INT,
  'time.Time.YearDay': INT,
  'time.Time.Weekday': WEEKDAY,
  'time.Time.Date': tuple(INT, MONTH, INT),
  'time.Time.Clock': tuple(INT, INT, INT),
  'time.Time.ISOWeek': tuple(INT, INT),
  'time.Time.Zone': tuple(STRING, INT),
  'time.Time.Location': pointer('time.Location'),
  'time.Time.Format': STRING,
  'time.Time.String': STRING,
  'time.Duration.Hours': FLOAT64,
  'time.Duration.Minutes': FLOAT64,
  'time.Duration.Seconds': FLOAT64,
  'time.Duration.Milliseconds': INT64,
  'time.Duration.Microseconds': INT64,
  'time.Duration.Nanoseconds': INT64,
  'time.Duration.Round': DURATION,
  'time.Duration.Truncate': DURATION,
  'time.Duration.Abs': DURATION,
  'time.Duration.String': STRING,
  'time.Month.String': STRING,
  'time.Weekday.String': STRING,
  'time.Timer.Stop': BOOL,
  'time.Timer.Reset': BOOL,
  'sync.Mutex.TryLock': BOOL,
  'sync.RWMutex.TryLock': BOOL,
  'sync.RWMutex.TryRLock': BOOL,
  'sync.RWMutex.RLocker': { kind: 'named', name: 'sync.Locker' },
  'sync.Map.Load': tuple(ANY, BOOL),
  'sync.Map.LoadOrStore': tuple(ANY, BOOL),
  'sync.Map.LoadAndDelete': tuple(ANY, BOOL),
  'sync.Map.Swap': tuple(ANY, BOOL),
  'sync.Map.CompareAndSwap': BOOL,
  'sync.Map.CompareAndDelete': BOOL,
  'strings.Builder.String': STRING,
  'strings.Replacer.Replace': STRING,
  'fnv.Hash32.Write': IO_RESULT,
  'fnv.Hash32.Sum32': UINT32,
  'fnv.Hash32.Sum': BYTES,
  'fnv.Hash32.Size': INT,
  'fnv.Hash64.Write': IO_RESULT,
  'fnv.Hash64.Sum64': UINT64,
  'fnv.Hash64.Sum': BYTES,
  'fnv.Hash64.Size': INT,
  'adler32.Digest.Write': IO_RESULT,
  'adler32.Digest.Sum32': UINT32,
  'adler32.Digest.Sum': BYTES,
  'adler32.Digest.Size': INT,
  'crc32.Digest.Write': IO_RESULT,
  'crc32.Digest.Sum32': UINT32,
  'crc32.Digest.Sum': BYTES,
  'crc32.Digest.Size': INT,
  'bytes.Buffer.String': STRING,
  'bytes.Buffer.Len': INT,
  'bytes.Buffer.Bytes': BYTES,
  'bytes.Buffer.Cap': INT,
  'bytes.Buffer.Available': INT,
  'bytes.Buffer.Write': IO_RESULT,
  'bytes.Buffer.WriteString': IO_RESULT,
  'bytes.Buffer.WriteRune': IO_RESULT,
  'bytes.Buffer.WriteByte': ERROR,
  'bytes.Buffer.Read': IO_RESULT,
  'bytes.Buffer.Next': BYTES,
  'bytes.Buffer.ReadByte': tuple(BYTE, ERROR),
  'bytes.Buffer.UnreadByte': ERROR,
  'bytes.Buffer.ReadRune': tuple(RUNE, INT, ERROR),
  'bytes.Buffer.UnreadRune': ERROR,
  'bytes.Buffer.ReadBytes': tuple(BYTES, ERROR),
  'bytes.Buffer.ReadString': tuple(STRING, ERROR),
  'strings.Builder.Len': INT,
  'os.File.Read': IO_RESULT,
  'os.File.Write': IO_RESULT,
  'os.File.WriteString': IO_RESULT,
  'strings.Reader.Len': INT,
  'strings.Reader.Size': INT,
  'strings.Reader.Read': IO_RESULT,
  'strings.Reader.ReadAt': IO_RESULT,
  'io.PipeReader.Read': IO_RESULT,
  'io.PipeReader.Close': ERROR,
  'io.PipeReader.CloseWithError': ERROR,
  'io.PipeWriter.Write': IO_RESULT,
  'io.PipeWriter.Close': ERROR,
  'io.PipeWriter.CloseWithError': ERROR,
  'io.SectionReader.Read': IO_RESULT,
  'io.SectionReader.ReadAt': IO_RESULT,
  'io.SectionReader.Size': INT64,
  'strings.Reader.ReadByte': tuple(BYTE, ERROR),
  'strings.Reader.UnreadByte': ERROR,
  'strings.Reader.ReadRune': tuple(RUNE, INT, ERROR),
  'strings.Reader.UnreadRune': ERROR,
  'bufio.Scanner.Scan': BOOL,
  'bufio.Scanner.Text': STRING,
  'bufio.Scanner.Bytes': BYTES,
  'bufio.Scanner.Err': ERROR,
  'bufio.Reader.Read': IO_RESULT,
  'bufio.Reader.ReadByte': tuple(BYTE, ERROR),
  'bufio.Reader.UnreadByte': ERROR,
  'bufio.Reader.ReadRune': tuple(RUNE, INT, ERROR),
  'bufio.Reader.UnreadRune': ERROR,
  'bufio.Reader.ReadString': tuple(STRING, ERROR),
  'bufio.Reader.ReadBytes': tuple(BYTES, ERROR),
  'bufio.Reader.ReadSlice': tuple(BYTES, ERROR),
  'bufio.Reader.ReadLine': tuple(BYTES, BOOL, ERROR),
  'bufio.Reader.Peek': tuple(BYTES, ERROR),
  'bufio.Reader.Buffered': INT,
  'bufio.Reader.Size': INT,
  'bufio.Writer.Write': IO_RESULT,
  'bufio.Writer.WriteString': IO_RESULT,
  'bufio.Writer.WriteRune': IO_RESULT,
  'bufio.Writer.WriteByte': ERROR,
  'bufio.Writer.Flush': ERROR,
  'bufio.Writer.Available': INT,
  'bufio.Writer.Buffered': INT,
  'bufio.Writer.Size': INT,
  'tabwriter.Writer.Write': IO_RESULT,
  'tabwriter.Writer.Flush': ERROR,
  'list.List.Len': INT,
  'list.List.Front': pointer('list.Element'),
  'list.List.Back': pointer('list.Element'),
  'list.List.PushBack': pointer('list.Element'),
  'list.List.PushFront': pointer('list.Element'),
  'list.List.InsertBefore': pointer('list.Element'),
  'list.List.InsertAfter': pointer('list.Element'),
  'list.List.Remove': ANY,
  'list.List.Init': pointer('list.List'),
  'list.Element.Next': pointer('list.Element'),
  'list.Element.Prev': pointer('list.Element'),
  'ring.Ring.Next': pointer('ring.Ring'),
  'ring.Ring.Prev': pointer('ring.Ring'),
  'ring.Ring.Move': pointer('ring.Ring'),
  'ring.Ring.Link': pointer('ring.Ring'),
  'ring.Ring.Unlink': pointer('ring.Ring'),
  'ring.Ring.Len': INT,
  'regexp.Regexp.String': STRING,
  'regexp.Regexp.NumSubexp': INT,
  'regexp.Regexp.SubexpNames': STRINGS,
  'regexp.Regexp.SubexpIndex': INT,
  'regexp.Regexp.MatchString': BOOL,
  'regexp.Regexp.Match': BOOL,
  'regexp.Regexp.FindString': STRING,
  'regexp.Regexp.Find': BYTES,
  'regexp.Regexp.FindStringIndex': INTS,
  'regexp.Regexp.FindIndex': INTS,
  'regexp.Regexp.FindStringSubmatch': STRINGS,
  'regexp.Regexp.FindSubmatch': { kind: 'slice', elem: BYTES },
  'regexp.Regexp.FindStringSubmatchIndex': INTS,
  'regexp.Regexp.FindSubmatchIndex': INTS,
  'regexp.Regexp.FindAllIndex': { kind: 'slice', elem: INTS },
  'regexp.Regexp.FindAllSubmatch': { kind: 'slice', elem: { kind: 'slice', elem: BYTES } },
  'regexp.Regexp.FindAllSubmatchIndex': { kind: 'slice', elem: INTS },
  'regexp.Regexp.FindAllString': STRINGS,
  'regexp.Regexp.FindAll': { kind: 'slice', elem: BYTES },
  'regexp.Regexp.FindAllStringIndex': { kind: 'slice', elem: INTS },
  'regexp.Regexp.FindAllStringSubmatch': { kind: 'slice', elem: STRINGS },
  'regexp.Regexp.FindAllStringSubmatchIndex': { kind: 'slice', elem: INTS },
  'regexp.Regexp.ReplaceAllString': STRING,
  'regexp.Regexp.ReplaceAllLiteralString': STRING,
  'regexp.Regexp.ReplaceAllStringFunc': STRING,
  'regexp.Regexp.ReplaceAll': BYTES,
  'regexp.Regexp.ReplaceAllLiteral': BYTES,
  'regexp.Regexp.ReplaceAllFunc': BYTES,
  'regexp.Regexp.Split': STRINGS,
};

/** Fields of runtime types: `timer.C`. */
const FIELD_TYPES: Record<string, GoType> = {
  'time.Timer.C': TIME_CHAN,
  'time.Ticker.C': TIME_CHAN,
  'list.Element.Value': ANY,
  'ring.Ring.Value': ANY,
  'fs.PathError.Op': STRING,
  'fs.PathError.Path': STRING,
  'fs.PathError.Err': ERROR,
  'os.PathError.Op': STRING,
  'os.PathError.Path': STRING,
  'os.PathError.Err': ERROR,
  'strconv.NumError.Func': STRING,
  'strconv.NumError.Num': STRING,
  'strconv.NumError.Err': ERROR,
};

export function isBlockingMethod(typeName: string, method: string): boolean {
  return BLOCKING_METHODS[typeName]?.has(method) ?? false;
}

export function runtimeMethodResult(typeName: string, method: string): GoType | null {
  if (typeName === 'rand.Rand') return randResult(method);
  if (isAtomicType(typeName)) return atomicMethodResult(typeName, method);
  return METHOD_RESULTS[`${typeName}.${method}`] ?? null;
}

export function runtimeFieldType(typeName: string, name: string): GoType | null {
  return FIELD_TYPES[`${typeName}.${name}`] ?? null;
}

/** Runtime types that are numbers in TypeScript: their methods are the runtime's functions. */
const NUMBER_TYPES = new Set(['time.Duration', 'time.Month', 'time.Weekday']);

/** `d.Seconds()` (d a time.Duration) -> `time.durationSeconds`: the function for a method of a number type, or null. */
export function numberMethodFunction(typeName: string, method: string): string | null {
  if (!NUMBER_TYPES.has(typeName)) return null;
  const [pkg, type] = typeName.split('.') as [string, string];
  return `${pkg}.${camelCase(type)}${method}`;
}

/** Any method name that blocks on some runtime type: the fallback when the receiver's type is unknown. */
export function blocksOnSomeType(method: string): boolean {
  return Object.values(BLOCKING_METHODS).some((set) => set.has(method));
}
