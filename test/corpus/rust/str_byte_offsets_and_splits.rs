// str by byte offsets on multi-byte text (ending in a slice inside a char, which panics): find/rfind/char_indices give byte offsets, is_char_boundary, get(a..b) giving None inside a char, insert/insert_str/truncate/remove on a String, rsplit_once, rsplit, split_terminator, matches().count(), replacen, char::from_u32/from_digit, to_digit(radix), is_numeric, is_ascii, len_utf8, .map(str::parse::<u8>)
fn extension(file: &str) -> Option<&str> {
    file.rsplit_once('.').map(|(_, ext)| ext)
}

fn safe_prefix(s: &str, max_bytes: usize) -> &str {
    let mut end = max_bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn main() {
    let title = "Café ☕ naïve — done";
    match title.find('☕') {
        Some(at) => println!("cup at byte {}, after it: {:?}", at, title.get(at..at + 3)),
        None => println!("no cup"),
    }
    println!("inside the cup: {:?}", title.get(6..8));
    println!("last space at {:?}", title.rfind(' '));
    let wide: Vec<(usize, char, usize)> = title
        .char_indices()
        .filter(|(_, c)| !c.is_ascii())
        .map(|(i, c)| (i, c, c.len_utf8()))
        .collect();
    println!("{:?}", wide);
    for n in [3, 4, 5, 6] {
        println!("prefix({}) = {:?}", n, safe_prefix(title, n));
    }

    for file in ["notes.txt", "archive.tar.gz", "README"] {
        println!("{} -> {:?}", file, extension(file));
    }
    let dir = "home/ana/src/main.rs";
    let last_two: Vec<&str> = dir.rsplit('/').take(2).collect();
    println!("{:?}", last_two);
    let script = "one\ntwo\nthree\n";
    let lines: Vec<&str> = script.split_terminator('\n').collect();
    println!("{} lines: {:?}", lines.len(), lines);
    println!("'o' appears {} times", script.matches('o').count());
    println!("{}", "x=1, y=2, z=3".replacen(", ", ";", 2));

    let mut label = String::from("ñandú");
    label.insert(0, '¡');
    label.insert_str(label.len(), "!!");
    println!("{} has {} bytes", label, label.len());
    let first = label.remove(0);
    println!("removed {:?}, left {:?}", first, label);
    label.truncate(3);
    println!("truncated: {:?}", label);

    let hex = "1f";
    let value: u32 = hex.chars().fold(0, |acc, c| acc * 16 + c.to_digit(16).unwrap());
    println!("0x{} = {}", hex, value);
    let digits: Vec<Option<char>> = (8..12).map(|d| char::from_digit(d, 10)).collect();
    println!("{:?}", digits);
    println!("{:?} {:?}", char::from_u32(0x263A), char::from_u32(0xDFFF));
    for c in ['5', 'Ⅻ', '½', 'x'] {
        println!("{:?} numeric={} digit={:?}", c, c.is_numeric(), c.to_digit(10));
    }
    let ports: Result<Vec<u8>, _> = "80 443 8080".split(' ').map(str::parse::<u8>).collect();
    match ports {
        Ok(p) => println!("ports {:?}", p),
        Err(e) => println!("bad port list: {}", e),
    }
    let accent = title.find('é').unwrap();
    println!("accent at {}", accent);
    println!("{}", &title[..accent + 1]);
}
