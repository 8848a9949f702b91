// Trait objects in a Vec<Box<dyn Trait>>, one of them a unit struct (a type whose only value is
// its name), each changing its own state; a String field shortened with pop().
trait Plugin {
    fn name(&self) -> String;
    fn feed(&mut self, c: char) -> bool;
}

struct Silent;

struct Echo {
    heard: String,
}

impl Plugin for Silent {
    fn name(&self) -> String {
        "silent".to_string()
    }
    fn feed(&mut self, _c: char) -> bool {
        false
    }
}

impl Plugin for Echo {
    fn name(&self) -> String {
        format!("echo({})", self.heard)
    }
    fn feed(&mut self, c: char) -> bool {
        if c == '<' {
            // A backspace: the last character goes, if there is one.
            self.heard.pop().is_some()
        } else {
            self.heard.push(c);
            true
        }
    }
}

fn main() {
    let mut plugins: Vec<Box<dyn Plugin>> = vec![Box::new(Silent), Box::new(Echo { heard: String::new() })];
    for c in "héy<<o<".chars() {
        let took: Vec<String> = plugins.iter_mut().filter_map(|p| if p.feed(c) { Some(p.name()) } else { None }).collect();
        println!("{:?} -> {:?}", c, took);
    }
    let mut empty = Echo { heard: String::new() };
    println!("pop on empty: {}", empty.feed('<'));
    let last = Silent;
    println!("{}", last.name());
}
