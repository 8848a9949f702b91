// std::env: the program's arguments.
//   env::args().collect::<Vec<String>>()   -> [...env.args()]
import { programArguments } from '../core/host.js';

/** `std::env::args()`: the program's path, then its arguments. */
export const args: () => string[] = programArguments;
