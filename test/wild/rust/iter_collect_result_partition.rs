// rust by example style (std only): iterator adaptors not used elsewhere -- collect into Result<Vec>/Option<Vec>, sum of Results, partition/unzip, peekable run-length encoding, rev/rposition, step_by, chain/cycle/take, flat_map over char_indices, try_fold, min_by with partial_cmp
fn rle(s: &str) -> Vec<(char, usize)> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        out.push((c, n));
    }
    out
}

fn main() {
    let good = ["3", "14", "15"];
    let bad = ["3", "x", "15", "y"];
    let parsed: Result<Vec<i32>, _> = good.iter().map(|s| s.parse::<i32>()).collect();
    println!("all good: {:?}", parsed);
    let parsed: Result<Vec<i32>, String> = bad
        .iter()
        .map(|s| s.parse::<i32>().map_err(|e| format!("{s:?}: {e}")))
        .collect();
    println!("first failure: {:?}", parsed);
    let total: Result<i32, _> = good.iter().map(|s| s.parse::<i32>()).sum();
    println!("sum of results: {:?}", total);
    let maybe: Option<Vec<u32>> = "1 2 3"
        .split(' ')
        .map(|s| s.chars().next()?.to_digit(10))
        .collect();
    let nope: Option<Vec<u32>> = "1 a 3"
        .split(' ')
        .map(|s| s.chars().next()?.to_digit(10))
        .collect();
    println!("option collect: {:?} {:?}", maybe, nope);

    let (oks, errs): (Vec<_>, Vec<_>) = bad
        .iter()
        .map(|s| s.parse::<i32>())
        .partition(|r| r.is_ok());
    let oks: Vec<i32> = oks.into_iter().map(Result::unwrap).collect();
    println!("partition: {} ok {:?}, {} err", oks.len(), oks, errs.len());
    let (names, ages): (Vec<&str>, Vec<u32>) = [("ann", 31), ("bob", 27), ("cid", 45)]
        .iter()
        .cloned()
        .unzip();
    println!("unzip: {:?} {:?}", names, ages);

    println!("rle: {:?}", rle("aaabccddddde"));
    let encoded: String = rle("wwwwbbbw")
        .iter()
        .map(|(c, n)| format!("{n}{c}"))
        .collect();
    println!("encoded: {}", encoded);

    let v = [4, 8, 15, 16, 23, 42, 8];
    println!(
        "position 8: {:?} rposition 8: {:?} rev: {:?}",
        v.iter().position(|&x| x == 8),
        v.iter().rposition(|&x| x == 8),
        v.iter().rev().take(3).collect::<Vec<_>>()
    );
    println!("step_by 3: {:?}", (0..20).step_by(3).collect::<Vec<_>>());
    println!(
        "chain+cycle: {:?}",
        (1..3).chain(7..9).cycle().take(10).collect::<Vec<_>>()
    );
    let upper_at: Vec<(usize, char)> = "heLLo WoRld"
        .char_indices()
        .filter(|(_, c)| c.is_uppercase())
        .collect();
    println!("uppercase at: {:?}", upper_at);
    let letters: Vec<String> = ["ab", "", "cde"]
        .iter()
        .flat_map(|w| w.chars())
        .map(|c| c.to_string())
        .collect();
    println!("flat_map chars: {}", letters.join("|"));

    let capped = v.iter().try_fold(
        0i32,
        |acc, &x| if acc + x > 50 { None } else { Some(acc + x) },
    );
    let checked = v
        .iter()
        .try_fold(0u8, |acc, &x| acc.checked_add(x as u8 * 3));
    println!("try_fold capped: {:?} checked u8: {:?}", capped, checked);
    let temps = [21.5, 19.0, f64::NAN, 25.25, 18.75];
    let coldest = temps
        .iter()
        .filter(|t| !t.is_nan())
        .min_by(|a, b| a.partial_cmp(b).unwrap());
    println!("coldest: {:?}", coldest);
    let (min, max) = v
        .iter()
        .fold((i32::MAX, i32::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    println!("fold min/max: {} {}", min, max);
    let running: Vec<i32> = v
        .iter()
        .scan(0, |s, &x| {
            *s += x;
            Some(*s)
        })
        .take_while(|&s| s < 60)
        .collect();
    println!("running sums below 60: {:?}", running);
    println!(
        "any > 40: {} all even: {} count odd: {} last: {:?} nth(2): {:?}",
        v.iter().any(|&x| x > 40),
        v.iter().all(|x| x % 2 == 0),
        v.iter().filter(|&&x| x % 2 == 1).count(),
        v.iter().last(),
        v.iter().nth(2)
    );
    let product: u64 = (1..=15u64).product();
    println!("15! = {}", product);
    let zipped: Vec<String> = names
        .iter()
        .zip(ages.iter())
        .skip(1)
        .map(|(n, a)| format!("{n}:{a}"))
        .collect();
    println!("zip skip: {:?}", zipped);
}
