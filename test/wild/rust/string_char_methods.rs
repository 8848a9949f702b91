// rust std docs style (std only): String and char methods on multi-byte text -- len vs chars().count(), char_indices, to_uppercase expanding ß, splitn/rsplit_once/split_terminator, trim_matches, char::from_u32/to_digit/from_digit, {:?} escapes
fn main() {
    let s = "Grüße, 世界! 👋";
    println!(
        "len={} chars={} bytes[0..3]={:?}",
        s.len(),
        s.chars().count(),
        &s.as_bytes()[0..3]
    );
    for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!(
            "  byte {:>2}: {:?} U+{:04X} len_utf8={}",
            i,
            c,
            c as u32,
            c.len_utf8()
        );
    }
    println!(
        "upper: {} lower: {}",
        s.to_uppercase(),
        "ÀÉÎ STRASSE".to_lowercase()
    );
    println!(
        "is_char_boundary(3)={} (4)={}",
        s.is_char_boundary(3),
        s.is_char_boundary(4)
    );
    println!("get(0..3)={:?} get(0..4)={:?}", s.get(0..3), s.get(0..4));

    let path = "/usr/local/lib/librust.so.1.2";
    println!(
        "splitn(3,'/'): {:?}",
        path.splitn(3, '/').collect::<Vec<_>>()
    );
    println!("rsplit_once('.'): {:?}", path.rsplit_once('.'));
    println!("rsplit('/').next(): {:?}", path.rsplit('/').next());
    println!(
        "split_terminator: {:?}",
        "a;b;c;".split_terminator(';').collect::<Vec<_>>()
    );
    println!(
        "split(';'):       {:?}",
        "a;b;c;".split(';').collect::<Vec<_>>()
    );
    println!(
        "split_whitespace: {:?}",
        "  tabs\tand\nnewlines  "
            .split_whitespace()
            .collect::<Vec<_>>()
    );
    println!(
        "trim_matches: {:?} trim_start_matches: {:?}",
        "xxhixx".trim_matches('x'),
        "0042".trim_start_matches('0')
    );
    println!(
        "strip_prefix: {:?} {:?}",
        "v1.2".strip_prefix('v'),
        "1.2".strip_prefix('v')
    );
    println!(
        "find: {:?} rfind: {:?} matches: {}",
        s.find('ß'),
        path.rfind('/'),
        "banana".matches("an").count()
    );
    println!(
        "replace: {} replacen: {}",
        "a-b-c".replace('-', "+"),
        "a-b-c".replacen('-', "", 1)
    );

    for c in ['7', 'f', 'z', 'Z', '٣'] {
        println!(
            "{:?}: digit10={:?} digit16={:?} numeric={} alpha={}",
            c,
            c.to_digit(10),
            c.to_digit(16),
            c.is_numeric(),
            c.is_alphabetic()
        );
    }
    println!(
        "from_u32: {:?} {:?} from_digit: {:?} {:?}",
        char::from_u32(0x1F600),
        char::from_u32(0xD800),
        char::from_digit(11, 16),
        char::from_digit(3, 2)
    );
    println!("'a' as u8 + 2 = {:?}", (b'a' + 2) as char);

    let mut owned = String::with_capacity(8);
    owned.push_str("hello");
    owned.insert(0, '¡');
    owned.insert_str(owned.len(), " world");
    println!("{} (len {})", owned, owned.len());
    owned.truncate(7);
    let popped = owned.pop();
    println!("truncate+pop: {:?} {:?}", owned, popped);
    let removed = owned.remove(0);
    println!("remove(0): {:?} -> {:?}", removed, owned);
    owned.retain(|c| c != 'l');
    println!("retain: {:?}", owned);

    println!("{:?}", "tab\tquote\" backslash\\ newline\n bell\u{7} é");
    println!("{:?} {:?}", '\'', '\u{301}');
    let reversed: String = "stressed".chars().rev().collect();
    let caps: String = "hello world"
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    println!("{} | {} | {}", reversed, caps, "ab".repeat(3));
    println!(
        "cmp: {:?} {:?} eq_ignore_ascii_case: {}",
        "apple".cmp("Apple"),
        "a".cmp("b"),
        "HeLLo".eq_ignore_ascii_case("hello")
    );
    let parsed: Result<Vec<u8>, _> = "1,2,300".split(',').map(str::parse::<u8>).collect();
    println!("parse list: {:?}", parsed.map_err(|e| e.to_string()));
}
