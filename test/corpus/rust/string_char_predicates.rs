// String methods that take a closure over chars (find, starts_with, split), split_at, and a
// char's to_uppercase collected into a String inside a chain that collects into a Vec.
fn tokens(mut rest: &str) -> Vec<&str> {
    let mut out = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return out;
        }
        let end = if rest.starts_with(|c: char| c == '(' || c == ')') {
            1
        } else {
            rest.find(|c: char| c.is_whitespace() || c == '(' || c == ')').unwrap_or(rest.len())
        };
        let (tok, tail) = rest.split_at(end);
        out.push(tok);
        rest = tail;
    }
}

fn main() {
    println!("{:?}", tokens("(add 1 (mul 2 3))"));
    println!("{:?}", "a-b_c-d".split(|c| c == '-' || c == '_').collect::<Vec<_>>());
    println!("{} {}", "42abc".starts_with(|c: char| c.is_ascii_digit()), "xyz".ends_with(|c: char| c == 'z'));
    let title: Vec<String> = "hello big world"
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect();
    println!("{}", title.join(" "));
}
