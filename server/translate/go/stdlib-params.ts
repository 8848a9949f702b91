// The parameter types of library functions and methods where they change how an argument is
// passed: an interface (a named non-struct value goes in boxed with its methods), an int64 or
// uint64 (a constant goes in as an exact bigint: big-integers.ts).
import { atomicFunctionParams, atomicMethodParams, isAtomicType } from './stdlib-atomic.js';
import { ANY, COMPLEX128, ERROR, INT64, UINT64, UNKNOWN, type GoType } from './types.js';

/** Package functions that take an interface: a named non-struct value goes in boxed with its methods. */
const INTERFACE_PARAMS: Record<string, GoType[]> = {
  'heap.Init': [ANY],
  'heap.Push': [ANY, ANY],
  'heap.Pop': [ANY],
  'heap.Fix': [ANY],
  'heap.Remove': [ANY],
  'sort.Sort': [ANY],
  'sort.Stable': [ANY],
  'sort.IsSorted': [ANY],
  'sort.Reverse': [ANY],
  'context.WithValue': [UNKNOWN, ANY, ANY],
  'errors.Is': [ERROR, ERROR],
  'errors.Unwrap': [ERROR],
};

/** Methods of runtime types that take an interface. */
const INTERFACE_METHOD_PARAMS: Record<string, GoType[]> = {
  'context.Context.Value': [ANY],
  'sync.Map.Load': [ANY],
  'sync.Map.Store': [ANY, ANY],
  'sync.Map.LoadOrStore': [ANY, ANY],
  'sync.Map.LoadAndDelete': [ANY],
  'sync.Map.Delete': [ANY],
  'sync.Map.Swap': [ANY, ANY],
  'sync.Map.CompareAndSwap': [ANY, ANY, ANY],
  'sync.Map.CompareAndDelete': [ANY, ANY],
  'sync.Pool.Put': [ANY],
  'list.List.PushBack': [ANY],
  'list.List.PushFront': [ANY],
  'list.List.InsertBefore': [ANY],
  'list.List.InsertAfter': [ANY],
};

/** math/cmplx functions take complex128s: a number constant goes in as one. */
const CMPLX_PARAMS: Record<string, GoType[]> = {
  Pow: [COMPLEX128, COMPLEX128],
  Rect: [],
  Inf: [],
  NaN: [],
};

/** Functions of int64s and uint64s: a constant argument is an exact bigint (`bits.Mul64(math.MaxUint64, 3)`, `strconv.FormatInt(math.MinInt64, 2)`). */
const BIG_PARAMS: Record<string, GoType[]> = {
  'bits.Mul64': [UINT64, UINT64],
  'bits.Add64': [UINT64, UINT64, UINT64],
  'bits.Sub64': [UINT64, UINT64, UINT64],
  'bits.Div64': [UINT64, UINT64, UINT64],
  'strconv.FormatInt': [INT64],
  'strconv.FormatUint': [UINT64],
  'strconv.AppendInt': [UNKNOWN, INT64],
  'strconv.AppendUint': [UNKNOWN, UINT64],
};

/** The parameter types of a package function, where they change how an argument is passed. */
export function packageFunctionParams(pkg: string, name: string): GoType[] {
  const key = `${pkg}.${name}`;
  if (pkg === 'atomic') return atomicFunctionParams(name);
  if (pkg === 'cmplx') return CMPLX_PARAMS[name] ?? [COMPLEX128];
  return INTERFACE_PARAMS[key] ?? BIG_PARAMS[key] ?? [];
}

/** The parameter types of a method of a runtime type, where they change how an argument is passed. */
export function runtimeMethodParams(typeName: string, method: string): GoType[] {
  if (isAtomicType(typeName)) return atomicMethodParams(typeName, method);
  return INTERFACE_METHOD_PARAMS[`${typeName}.${method}`] ?? [];
}
