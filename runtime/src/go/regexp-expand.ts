// The template of Regexp.ReplaceAllString and Expand: `$1`, `$name`, `${name}` stand for a
// group's text (the longest name of letters, digits and _ after `$`: `$1x` is the group
// named "1x"), `$$` for `$`; a group that does not exist or did not match gives "".

/** The template with the groups filled in; `group(i)` is group i's text, or null when it did not match. */
export function expandTemplate(
  template: string,
  names: readonly string[],
  group: (index: number) => string | null,
): string {
  let out = '';
  let at = 0;
  for (;;) {
    const dollar = template.indexOf('$', at);
    if (dollar < 0) return out + template.slice(at);
    out += template.slice(at, dollar);
    at = dollar + 1;
    if (template[at] === '$') {
      out += '$';
      at++;
      continue;
    }
    const ref = /^(?:\{([\p{L}\p{Nd}_]+)\}|([\p{L}\p{Nd}_]+))/u.exec(template.slice(at));
    if (!ref) {
      out += '$';
      continue;
    }
    at += ref[0].length;
    out += group(groupIndex(ref[1] ?? ref[2]!, names)) ?? '';
  }
}

/** A number names the group of that index; any other name the first group so named (-1: none). */
function groupIndex(name: string, names: readonly string[]): number {
  if (/^\d+$/.test(name)) return name.length > 8 ? -1 : Number(name);
  return name === '' ? -1 : names.indexOf(name);
}
