// Traits declared in the file become interfaces, which `dyn Trait` values have (a class gets
// the default methods it does not override: structs.ts, trait-methods.ts).
//   trait Shape { fn area(&self) -> f64; fn name(&self) -> String { "shape".into() } }
//   -> interface Shape { area(): number; name(): string; }
//   impl Shape for Circle { fn area(&self) -> f64 { .. } }
//   -> class Circle { area(): number { .. } name(): string { return "shape"; } }
import { mapped, typeOnly, type Code } from '../emit/code.js';
import { field, type Node } from '../syntax.js';
import type { RustContext } from './context.js';
import { typeParameterNames } from './generics.js';
import { camelCase, safeName, typeName } from './names.js';
import { traitMethods } from './trait-methods.js';
import { tsType, type RustType } from './types.js';

export function traitItem(cx: RustContext, node: Node): Code[] {
  const name = field(node, 'name')?.text ?? '';
  const members = traitMethods(node)
    .map((m) => ({ sig: cx.items.signature(m), generics: [node, m].flatMap(typeParameterNames) }))
    .filter(({ sig }) => sig.self !== null)
    .map(({ sig, generics }) => {
      // `Self` and type parameters have no name in the interface.
      const shown = (type: RustType) => {
        const text = tsType(type) ?? 'any';
        return [...generics, 'Self'].some((g) => new RegExp(`\\b${g}\\b`).test(text)) ? 'any' : text;
      };
      const params = sig.params.map((p) => `${safeName(camelCase(p.name))}: ${shown(p.type)}`);
      const result = shown(sig.result);
      return `  ${safeName(camelCase(sig.name))}(${params.join(', ')}): ${sig.isAsync ? `Promise<${result}>` : result};`;
    });
  return [mapped(cx.pos(node), typeOnly(`interface ${typeName(name)} {\n${members.join('\n')}\n}`))];
}
