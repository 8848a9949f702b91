// Bit twiddling on u32 and friends: a rotating checksum over a channel of words, the high bit of a u32 read unsigned, byte order swapped for the wire, and checked_pow / saturating_pow guarding sizes
use tokio::sync::mpsc;

fn mix(acc: u32, word: u32) -> u32 {
    (acc ^ word).rotate_left(5).wrapping_add(0x9e37_79b9)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        for w in [0x8000_0001u32, 0xdead_beef, 0x0000_ffff, 0xffff_0000] {
            tx.send(w).await.unwrap();
        }
    });
    let mut sum = 0u32;
    while let Some(w) = rx.recv().await {
        sum = mix(sum, w);
        println!("word {:#010x} high bit {} low byte {:#04x} -> {:#010x}", w, w >> 31, w & 0xff, sum);
    }
    println!("checksum {:#x} reversed {:#x}", sum, sum.rotate_right(12));
    println!("on the wire {:#010x}, back {:#010x}", sum.swap_bytes(), sum.swap_bytes().swap_bytes());
    println!("top flag {} ({})", 1u32 << 31, (1u32 << 31) | 1);
    let port: u16 = 0x1f90;
    println!("port {} as big-endian bytes {:#06x}", port, port.swap_bytes());
    for exp in [8u32, 9, 10] {
        println!("10^{} as u32: {:?}, as u16 saturating: {}", exp, 10u32.checked_pow(exp), 10u16.saturating_pow(exp));
    }
    println!("{} {}", (-128i8).rotate_left(1), (-2i16).swap_bytes());
}
