// std::process::ExitCode: main gives ExitCode::SUCCESS or ExitCode::from(n), and the process
// ends with that status (nothing is printed for it).
use std::process::ExitCode;

fn parse_line(line: &str) -> Result<u32, String> {
    line.trim().parse::<u32>().map_err(|e| format!("{line:?}: {e}"))
}

fn main() -> ExitCode {
    let lines = ["12", " 7 ", "x9", "40", ""];
    let mut bad = 0u8;
    let mut total = 0;
    for line in lines {
        match parse_line(line) {
            Ok(n) => total += n,
            Err(msg) => {
                eprintln!("skipping {msg}");
                bad += 1;
            }
        }
    }
    println!("total of the good lines: {total}");
    if bad == 0 {
        return ExitCode::SUCCESS;
    }
    println!("{bad} bad lines");
    ExitCode::from(10 + bad)
}
