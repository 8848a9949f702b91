// The extension's "function around the cursor" (used when nothing is selected), on real Go
// and Rust text: headers, nested braces, and braces inside strings, runes and comments.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enclosingFunction } from '../../extension/src/enclosingFunction.js';

/** The text of the function around the first `marker`, with the marker removed first. */
function around(source: string, language: 'go' | 'rust', marker = '@'): string | null {
  const offset = source.indexOf(marker);
  assert.ok(offset >= 0, 'the test source needs a marker');
  const text = source.slice(0, offset) + source.slice(offset + marker.length);
  const found = enclosingFunction(text, offset, language);
  return found ? text.slice(found.start, found.end) : null;
}

const GO = `package main

import "fmt"

func produce(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i // a } in a comment
	}
	fmt.Println("}", '}', \`}\`)
	close(out)
}

func main() {
	ch := make(chan int)
	go produce(ch)
}
`;

test('Go: the function holding the cursor, its braces matched past strings, runes and comments', () => {
  const cursor = GO.replace('close(out)', '@close(out)');
  assert.equal(around(cursor, 'go'), GO.slice(GO.indexOf('func produce'), GO.indexOf('\n\nfunc main')));
});

test('Go: a cursor on the header line belongs to that function', () => {
  assert.equal(around(GO.replace('func main', 'func ma@in'), 'go'), GO.slice(GO.indexOf('func main')).trimEnd());
});

test('Go: between functions and in the imports there is none', () => {
  assert.equal(around(GO.replace('import "fmt"', 'import @"fmt"'), 'go'), null);
  assert.equal(around(GO.replace('}\n\nfunc main', '}\n@\nfunc main'), 'go'), null);
});

const RUST = `use tokio::sync::mpsc;

struct Worker<'a> {
    name: &'a str,
}

impl<'a> Worker<'a> {
    pub async fn run(&self, tx: mpsc::Sender<char>) {
        tx.send('{').await.unwrap();
        println!("{}", self.name);
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    while let Some(c) = rx.recv().await {
        println!("{c}");
    }
}
`;

test('Rust: a method inside an impl, past lifetimes and a brace in a char literal', () => {
  const found = around(RUST.replace('println!("{}", self.name)', '@println!("{}", self.name)'), 'rust');
  assert.equal(found, RUST.slice(RUST.indexOf('pub async fn run'), RUST.indexOf('\n}\n\n#[tokio::main]')));
});

test('Rust: async fn main', () => {
  const found = around(RUST.replace('rx.recv()', '@rx.recv()'), 'rust');
  assert.equal(found, RUST.slice(RUST.indexOf('async fn main')).trimEnd());
});

test('Rust: a struct is no function', () => {
  assert.equal(around(RUST.replace('name: &', '@name: &'), 'rust'), null);
});

test('an unclosed body gives none rather than a wrong range', () => {
  assert.equal(around('func main() {\n\tch := make(chan int)@\n', 'go'), null);
});
