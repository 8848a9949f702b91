// Compound shift and bitwise assignments keep the integer's width: a u32 xorshift generator stays unsigned (`seed ^= seed << 13`), a 32-bit FNV-1a hash, u64 flag masks past bit 31 (`|=`, `&=`, `>>=`), `!` of unsigned integers
struct XorShift {
    state: u32,
}

impl XorShift {
    fn next(&mut self) -> u32 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.state = x;
        x
    }
}

fn fnv1a(text: &str) -> u32 {
    let mut hash: u32 = 0x811c9dc5;
    for b in text.bytes() {
        hash ^= b as u32;
        hash = hash.wrapping_mul(0x01000193);
    }
    hash
}

fn main() {
    let mut rng = XorShift { state: 2463534242 };
    let draws: Vec<u32> = (0..5).map(|_| rng.next()).collect();
    println!("draws {:?}", draws);
    println!("dice {:?}", draws.iter().map(|d| d % 6 + 1).collect::<Vec<_>>());

    let mut seed: u32 = 12345;
    let mut high = 0;
    for _ in 0..1000 {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        if seed > u32::MAX / 2 {
            high += 1;
        }
    }
    println!("seed {} high half {}", seed, high);

    for word in ["", "a", "tokio", "channel"] {
        println!("fnv1a({:?}) = {:08x}", word, fnv1a(word));
    }

    let mut flags: u64 = 0;
    for bit in [3, 31, 32, 40] {
        flags |= 1 << bit;
    }
    println!("flags {:#x}", flags);
    flags &= !(1u64 << 31);
    println!("cleared {:#x}", flags);
    flags >>= 4;
    println!("shifted {:#x} ones {}", flags, flags.count_ones());
    let mut mask: u32 = 0xF0F0_F0F0;
    mask ^= 0xFFFF_0000;
    mask |= 1;
    mask &= !0xF;
    let byte: u8 = !0b1010_0000;
    println!("mask {:#010x} byte {:#04x} not {}", mask, byte, !5i32);
}
