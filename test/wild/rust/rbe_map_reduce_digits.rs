// rust by example style: map-reduce over a block of digits, one thread per whitespace-separated segment, results joined and summed
use std::thread;

const DATA: &str = "86967897737416471853297327050364959
11861322575564723963297542624962850
70856234701860851907960690014725639
38397966707106094172783238747669219
52380224586916234698785934872237473
23819849345328465745628592739211";

fn main() {
    let mut children = vec![];
    let segments = DATA.split_whitespace();
    for (i, segment) in segments.enumerate() {
        children.push(thread::spawn(move || -> (usize, u32, u32) {
            let sum = segment.chars().map(|c| c.to_digit(10).expect("digit")).sum::<u32>();
            let max = segment.chars().filter_map(|c| c.to_digit(10)).max().unwrap_or(0);
            (i, sum, max)
        }));
    }
    let mut intermediate = Vec::new();
    for child in children {
        let (i, sum, max) = child.join().unwrap();
        println!("segment {:>2}: sum {:>4}, max digit {}", i, sum, max);
        intermediate.push(sum);
    }
    let total: u32 = intermediate.iter().sum();
    println!("final sum: {}", total);

    // second pass: fixed chunk size, scoped threads borrowing the digits
    let digits: Vec<u8> = DATA.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    let chunk = 16;
    let partials: Vec<(u64, usize)> = thread::scope(|s| {
        let hs: Vec<_> = digits
            .chunks(chunk)
            .map(|c| s.spawn(move || (c.iter().map(|&d| d as u64 * d as u64).sum::<u64>(), c.len())))
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let squares: u64 = partials.iter().map(|p| p.0).sum();
    let count: usize = partials.iter().map(|p| p.1).sum();
    println!("{} chunks of up to {} digits, {} digits total", partials.len(), chunk, count);
    println!("sum of squares: {}", squares);
    println!("mean digit: {:.4}", total as f64 / count as f64);
    println!("mean as exponent: {:e}", total as f64 / count as f64);
    assert_eq!(count, digits.len());
}
