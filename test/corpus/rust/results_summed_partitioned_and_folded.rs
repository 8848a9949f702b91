// Iterators of Results and Options: sum/product into Result and Option (stopping at the first Err/None), collect into Result<Vec<_>, _>, partition(Result::is_ok) then map(Result::unwrap)/map(Result::unwrap_err), filter_map(Result::ok), filter(Option::is_some), try_fold with Option (checked_add) and Result, rposition
#[derive(Debug)]
enum StockError {
    Missing(usize),
    BadCount(String),
}

fn count_at(line: &str, row: usize) -> Result<u32, StockError> {
    let field = line.split(',').nth(1).ok_or(StockError::Missing(row))?;
    field
        .trim()
        .parse::<u32>()
        .map_err(|e| StockError::BadCount(format!("{}: {}", field.trim(), e)))
}

fn main() {
    let clean = ["bolts, 40", "nuts, 25", "washers, 100"];
    let messy = ["bolts, 40", "nuts", "washers, lots", "pins, 7"];

    let total: Result<u32, StockError> = clean.iter().enumerate().map(|(i, l)| count_at(l, i)).sum();
    println!("clean total: {:?}", total);
    let total: Result<u32, StockError> = messy.iter().enumerate().map(|(i, l)| count_at(l, i)).sum();
    println!("messy total: {:?}", total);

    let all: Result<Vec<u32>, StockError> = clean.iter().map(|l| count_at(l, 0)).collect();
    println!("all counts: {:?}", all);

    let (good, bad): (Vec<_>, Vec<_>) = messy
        .iter()
        .enumerate()
        .map(|(i, l)| count_at(l, i))
        .partition(Result::is_ok);
    let good: Vec<u32> = good.into_iter().map(Result::unwrap).collect();
    let bad: Vec<StockError> = bad.into_iter().map(Result::unwrap_err).collect();
    println!("good {:?}", good);
    for e in &bad {
        match e {
            StockError::Missing(row) => println!("row {} has no count", row),
            StockError::BadCount(why) => println!("bad count ({})", why),
        }
    }
    let parsed: Vec<u32> = messy.iter().map(|l| count_at(l, 0)).filter_map(Result::ok).collect();
    println!("parsed only: {:?}", parsed);

    let sizes: Vec<Option<u32>> = vec![Some(2), Some(3), Some(7)];
    let volume: Option<u32> = sizes.iter().copied().product();
    let with_gap: Option<u32> = [Some(2), None, Some(7)].iter().copied().sum();
    let present = [Some(1), None, Some(3), None].iter().filter(|o| o.is_some()).count();
    println!("volume {:?} with gap {:?} present {}", volume, with_gap, present);

    let bytes = [100u8, 100, 50, 10];
    let fits = bytes.iter().try_fold(0u8, |acc, &b| acc.checked_add(b));
    let first_two = bytes[..2].iter().try_fold(0u8, |acc, &b| acc.checked_add(b));
    println!("sum in u8: {:?}, first two: {:?}", fits, first_two);
    let budget = [30, 20, 45, 10].iter().try_fold(100i32, |left, &cost| {
        if cost > left {
            Err(format!("{} over budget with {} left", cost, left))
        } else {
            Ok(left - cost)
        }
    });
    println!("budget: {:?}", budget);
    let readings = [3, 9, 4, 9, 1];
    println!(
        "last 9 at {:?}, last 5 at {:?}",
        readings.iter().rposition(|&r| r == 9),
        readings.iter().rposition(|&r| r == 5)
    );
}
