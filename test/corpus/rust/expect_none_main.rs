// `.expect(msg)` on None in main panics with exactly msg; Option combinators before it
// (map, unwrap_or, and_then, filter, ok_or, is_some) print normally; exit code 101.
use std::collections::HashMap;

fn lookup(table: &HashMap<&str, u16>, key: &str) -> Option<u16> {
    table.get(key).copied()
}

fn main() {
    let mut ports = HashMap::new();
    ports.insert("http", 80u16);
    ports.insert("https", 443);
    ports.insert("ssh", 22);

    let http = lookup(&ports, "http").map(|p| p + 8000);
    println!("http dev port: {:?}", http);
    println!("ftp or default: {}", lookup(&ports, "ftp").unwrap_or(21));
    let high = lookup(&ports, "https").filter(|p| *p > 1024);
    println!("https above 1024: {:?}", high);
    let doubled = lookup(&ports, "ssh").and_then(|p| p.checked_mul(2));
    println!("ssh doubled: {:?}", doubled);
    let missing: Result<u16, String> = lookup(&ports, "smtp").ok_or(String::from("no smtp"));
    println!("smtp: {:?}", missing);
    println!("has ssh: {}, has dns: {}", lookup(&ports, "ssh").is_some(), lookup(&ports, "dns").is_some());
    let gopher = lookup(&ports, "gopher").expect("gopher port must be configured");
    println!("never printed: {}", gopher);
}
