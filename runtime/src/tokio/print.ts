import { output } from '../core/program.js';
import { format, type NamedArguments } from '../fmt/rust.js';

/** `println!(template, args..., name = value)` */
export function println(template = '', args: readonly unknown[] = [], named?: NamedArguments): void {
  output('stdout', format(template, args, named) + '\n');
}

export function print(template: string, args: readonly unknown[] = [], named?: NamedArguments): void {
  output('stdout', format(template, args, named));
}

export function eprintln(template = '', args: readonly unknown[] = [], named?: NamedArguments): void {
  output('stderr', format(template, args, named) + '\n');
}

export function eprint(template: string, args: readonly unknown[] = [], named?: NamedArguments): void {
  output('stderr', format(template, args, named));
}
