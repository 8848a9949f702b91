// Constants may use constants declared after them; shifts and masks on u64 and usize are 64-bit, not JavaScript's 32.
const MASK: u64 = (1 << (LEVEL_BITS * LEVELS)) - 1;
const LEVEL_BITS: u64 = 6;
const LEVELS: u64 = 6;
const SLOTS: usize = 1 << LEVEL_BITS;

fn level_of(when: u64) -> u64 {
    let significant = 63 - (when | 0x3f).leading_zeros() as u64;
    significant / LEVEL_BITS
}

fn main() {
    println!("mask {} slots {}", MASK, SLOTS);
    let n: u32 = 40;
    let big: u64 = 1 << n;
    let low: u64 = (1u64 << 36) - 1;
    println!("{} {}", big, low);
    println!("{} {}", big >> 20, (big | low) & 0xff_ffff);
    let small: i32 = 1 << 30;
    println!("{}", small);
    for when in [5u64, 64, 4096, 1 << 35] {
        println!("{} -> level {}", when, level_of(when));
    }
}
