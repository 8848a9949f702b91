// Rust book ch.9 style + tokio: an AppError enum with Display, a hand-written Debug, std::error::Error::source and From impls so ? converts ParseIntError/ParseFloatError; order lines are checked by spawned tasks, and main returns Err(AppError) - Rust prints "Error: " plus the Debug form and exits 1
use std::error::Error;
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

enum AppError {
    BadQuantity { line: usize, source: ParseIntError },
    BadPrice(ParseFloatError),
    Rejected(String),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::BadQuantity { line, .. } => {
                write!(f, "line {}: quantity is not a whole number", line)
            }
            AppError::BadPrice(_) => write!(f, "price is not a number"),
            AppError::Rejected(why) => write!(f, "order rejected: {}", why),
        }
    }
}

// Debug is what `main` prints on Err, so make it read well.
impl fmt::Debug for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self)?;
        if let Some(src) = self.source() {
            write!(f, " (caused by: {})", src)?;
        }
        Ok(())
    }
}

impl Error for AppError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            AppError::BadQuantity { source, .. } => Some(source),
            AppError::BadPrice(e) => Some(e),
            AppError::Rejected(_) => None,
        }
    }
}

impl From<ParseFloatError> for AppError {
    fn from(e: ParseFloatError) -> Self {
        AppError::BadPrice(e)
    }
}

#[derive(Debug)]
struct Order {
    item: String,
    qty: u32,
    price: f64,
}

fn parse_order(line_no: usize, line: &str) -> Result<Order, AppError> {
    let mut parts = line.split(',').map(str::trim);
    let item = parts
        .next()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| AppError::Rejected(format!("line {} has no item", line_no)))?;
    let qty = parts
        .next()
        .unwrap_or("")
        .parse::<u32>()
        .map_err(|source| AppError::BadQuantity {
            line: line_no,
            source,
        })?;
    let price: f64 = parts.next().unwrap_or("").parse()?;
    if qty == 0 {
        return Err(AppError::Rejected(format!("{} with zero quantity", item)));
    }
    Ok(Order {
        item: item.to_string(),
        qty,
        price,
    })
}

async fn total(lines: Vec<&'static str>) -> Result<f64, AppError> {
    let mut handles = Vec::new();
    for (i, line) in lines.into_iter().enumerate() {
        handles.push(tokio::spawn(async move { parse_order(i + 1, line) }));
    }
    let mut sum = 0.0;
    for h in handles {
        let order = h.await.expect("parser task panicked")?;
        println!(
            "  {:<8} {:>3} x {:>6.2}",
            order.item, order.qty, order.price
        );
        sum += order.qty as f64 * order.price;
    }
    Ok(sum)
}

#[tokio::main]
async fn main() -> Result<(), AppError> {
    println!("batch 1:");
    let t = total(vec!["tea, 2, 3.50", "cake, 1, 4.25"]).await?;
    println!("total {:.2}", t);

    for bad in ["jam, two, 1.0", "jam, 2, cheap", ", 1, 1.0", "jam, 0, 1.0"] {
        let e = parse_order(7, bad).unwrap_err();
        println!(
            "{:<16} -> {} | source: {:?}",
            bad,
            e,
            e.source().map(|s| s.to_string())
        );
    }

    println!("batch 2:");
    let t = total(vec![
        "milk, 1, 0.99",
        "bread, 3, 2.10",
        "eggs, -12, 0.30",
        "salt, 1, 0.5",
    ])
    .await?;
    println!("total {:.2} (not reached)", t);
    Ok(())
}
