// rust std fmt docs style: format! width, precision, alignment, fill, sign, radix and exponent; String APIs
fn main() {
    let rows = [("apples", 3, 0.5_f64), ("kiwi", 12, 0.125), ("watermelon", 1, 4.0), ("fig", 250, 0.0333)];
    println!("|{:<12}|{:>5}|{:>8}|{:^9}|", "item", "qty", "price", "total");
    println!("|{:-<12}|{:->5}|{:->8}|{:-^9}|", "", "", "", "");
    for (name, qty, price) in rows.iter() {
        println!("|{:<12}|{:>5}|{:>8.3}|{:^9.2}|", name, qty, price, *qty as f64 * price);
    }
    let total: f64 = rows.iter().map(|r| r.1 as f64 * r.2).sum();
    println!("total {:08.3} {:+.1} {:e}", total, total, total);

    let n = 255u32;
    println!("{:x} {:X} {:#x} {:#010x} {:o} {:#o} {:b} {:#b}", n, n, n, n, n, n, n, n);
    println!("{:e} {:E} {:e}", 1234.5f64, 0.00012f64, 1e21f64);
    println!("[{:5}] [{:<5}] [{:^5}] [{:*>5}] [{:05}] [{:+}]", 42, 42, 42, 42, -42, 7);
    let w = 7;
    let p = 2;
    println!("[{:w$.p$}] [{:>1$}] [{:.*}]", 3.14159, 6, 3, 2.71828, w = w, p = p);
    println!("{0} {1} {0} {name}", "a", "b", name = "n");
    println!("{:?} {:?} {:?}", "quote\"d", 'c', "tab\there");
    println!("{} {} {}", f64::NAN, 1.0f64 / 0.0, -0.0f64);
    println!("{} {} {}", 0.1 + 0.2, 1e16, 1.5e-7);

    let text = "  the Quick brown   fox jumps over the lazy dog  ";
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("{} words: {:?}", words.len(), words);
    println!("upper: {}", text.trim().to_uppercase());
    let title: Vec<String> = words
        .iter()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect();
    println!("title: {}", title.join(" "));
    let vowels = text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("vowels {} bytes {} chars {}", vowels, "héllo".len(), "héllo".chars().count());
    let rev: String = "stressed".chars().rev().collect();
    println!("{} | {} | {:?}", rev, "a,b,,c".replace(",,", ","), "k=v=w".split_once('='));
    println!("{:?}", "one,two;three".split(|c| c == ',' || c == ';').collect::<Vec<_>>());
    println!("{} {} {}", "abc".starts_with("ab"), "abc".find('c').unwrap(), "x".repeat(3));
    let padded = format!("{:>width$}", "right", width = 10);
    println!("[{}] len {}", padded, padded.len());
}
