import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a v3 `mappings` string into [generatedLine, generatedColumn, sourceLine, sourceColumn]. */
function decode(mappings: string): number[][] {
  const out: number[][] = [];
  let srcLine = 0;
  let srcCol = 0;
  mappings.split(';').forEach((line, genLine) => {
    let genCol = 0;
    for (const seg of line.split(',').filter(Boolean)) {
      const values: number[] = [];
      let shift = 0;
      let acc = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        acc += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(acc & 1 ? -(acc >> 1) : acc >> 1);
          acc = 0;
          shift = 0;
        }
      }
      genCol += values[0]!;
      srcLine += values[2]!;
      srcCol += values[3]!;
      out.push([genLine, genCol, srcLine, srcCol]);
    }
  });
  return out;
}

const GO = `package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 41
	v := <-ch
	fmt.Println(v + 1)
}
`;

function generatedAt(text: string, segment: number[]): string {
  return text.split('\n')[segment[0]!]!.slice(segment[1]!);
}

for (const [output, mapKey] of [
  ['javascript', 'javascriptMap'],
  ['typescript', 'typescriptMap'],
] as const) {
  test(`every statement of the ${output} maps back to its Go line`, async () => {
    const result = await translate(GO, { fileName: 'main.go' });
    const segments = decode(result[mapKey].mappings);
    const text = result[output];
    // The JavaScript awaits an operation only when it is pending (emit/await-operation.ts).
    const awaited = output === 'typescript' ? 'await ' : '\\(\\(\\$op = ';
    const expectations: [number, RegExp][] = [
      [6, /^(const )?ch = makeChan/],
      [7, new RegExp(`^${awaited}ch\\.send\\(41\\)`)],
      [8, new RegExp(`^(const )?v = ${awaited}ch\\.recv\\(\\)`)],
      [9, /^fmt\.println\(v \+ 1\)/],
    ];
    for (const [goLine, pattern] of expectations) {
      const atLine = segments.filter((s) => s[2] === goLine - 1 && s[3] === 1);
      assert.ok(atLine.length > 0, `no segment maps to Go line ${goLine}`);
      assert.ok(
        atLine.some((s) => pattern.test(generatedAt(text, s))),
        `Go line ${goLine} maps to ${atLine.map((s) => JSON.stringify(generatedAt(text, s))).join(', ')}`,
      );
    }
  });
}

test('the source map names the Go file and carries its text', async () => {
  const { javascriptMap } = await translate(GO, { fileName: 'main.go' });
  assert.deepEqual(javascriptMap.sources, ['main.go']);
  assert.equal(javascriptMap.sourcesContent[0], GO);
  assert.equal(javascriptMap.version, 3);
});

test('positions in a Markdown lesson map to the lines of the document', async () => {
  const md = '# Title\n\nSome text.\n\n```go\nch := make(chan int, 1)\nch <- 1\n```\n';
  const { javascript, javascriptMap } = await translate(md, { fileName: 'lesson.md' });
  const segments = decode(javascriptMap.mappings);
  const sendLine = segments.find((s) => s[2] === 6 && /^\(\(\$op = ch\.send/.test(generatedAt(javascript, s)));
  assert.ok(sendLine, 'the send maps to line 7 of the Markdown document');
});
