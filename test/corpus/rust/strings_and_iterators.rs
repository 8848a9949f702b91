// String and &str methods people use (to_string, format!, push_str, len, to_uppercase, split,
// trim, contains, chars, replace, starts_with, parse) and iterator chains (map, filter,
// enumerate, collect, sum, rev, zip, any, all, position, max, min, count).
fn main() {
    let line = "  apple, banana,cherry ,  date  ";
    let fruits: Vec<String> = line.split(',').map(|s| s.trim().to_string()).collect();
    println!("{:?} ({} items)", fruits, fruits.len());

    let mut sentence = String::new();
    for (i, f) in fruits.iter().enumerate() {
        if i > 0 {
            sentence.push_str(" & ");
        }
        sentence.push_str(&f.to_uppercase());
    }
    println!("{} has {} bytes", sentence, sentence.len());
    println!("contains BANANA: {}, starts with APPLE: {}", sentence.contains("BANANA"), sentence.starts_with("APPLE"));
    println!("{}", sentence.replace(" & ", "/").to_lowercase());

    let word = "channel";
    let reversed: String = word.chars().rev().collect();
    let vowels = word.chars().filter(|c| "aeiou".contains(*c)).count();
    println!("{} reversed is {}, {} vowels, first char {:?}", word, reversed, vowels, word.chars().next());

    let numbers: Vec<i32> = "3 -1 4 1 -5 9 2 6".split_whitespace().map(|s| s.parse().unwrap()).collect();
    let positives: Vec<i32> = numbers.iter().filter(|&&n| n > 0).cloned().collect();
    let sum: i32 = numbers.iter().sum();
    let squares: Vec<i32> = numbers.iter().map(|n| n * n).collect();
    println!("positives {:?}, sum {}, squares {:?}", positives, sum, squares);
    println!("max {:?}, min {:?}", numbers.iter().max(), numbers.iter().min());
    println!("any > 8: {}, all < 10: {}", numbers.iter().any(|&n| n > 8), numbers.iter().all(|&n| n < 10));
    println!("position of 9: {:?}", numbers.iter().position(|&n| n == 9));

    let names = ["ann", "bob", "cy"];
    let ages = [31, 25, 47];
    let joined: Vec<String> = names.iter().zip(ages.iter()).map(|(n, a)| format!("{}={}", n, a)).collect();
    println!("{}", joined.join("; "));
    let total_age: u32 = ages.iter().sum();
    println!("average age {:.2}", total_age as f64 / ages.len() as f64);

    let padded = format!("[{:>6}] [{:<6}] [{:^6}] [{:06.2}]", "r", "l", "c", 3.14159);
    println!("{}", padded);
    let parsed: Result<i32, _> = "42x".parse::<i32>();
    println!("parse 42x ok: {}", parsed.is_ok());
    let csv = numbers.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(",");
    println!("{}", csv);
}
