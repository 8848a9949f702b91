// tokio docs + rust book ch.17 style: join! over futures of different output types, nested joins, async blocks capturing by move
use tokio::time::{sleep, Duration, Instant};

#[derive(Debug)]
struct Profile {
    name: String,
    age: u8,
}

async fn fetch_profile(id: u32) -> Profile {
    sleep(Duration::from_millis(30)).await;
    Profile { name: format!("user{}", id), age: 30 + id as u8 }
}

async fn fetch_scores(id: u32) -> Vec<u32> {
    sleep(Duration::from_millis(50)).await;
    (1..=3).map(|i| i * id).collect()
}

async fn fetch_flag() -> Result<bool, String> {
    sleep(Duration::from_millis(10)).await;
    Ok(true)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (profile, scores, flag) = tokio::join!(fetch_profile(7), fetch_scores(7), fetch_flag());
    println!("{:?} {:?} {:?} after {}ms", profile, scores, flag, start.elapsed().as_millis());

    let label = String::from("batch");
    let a = async {
        let (p1, p2) = tokio::join!(fetch_profile(1), fetch_profile(2));
        vec![format!("{}({})", p1.name, p1.age), format!("{}({})", p2.name, p2.age)]
    };
    let b = async move {
        sleep(Duration::from_millis(80)).await;
        format!("{} finished", label)
    };
    let c = async {
        let mut total = 0;
        for id in 1..=3 {
            total += fetch_scores(id).await.iter().sum::<u32>();
        }
        total
    };
    let t = Instant::now();
    let (names, msg, total) = tokio::join!(a, b, c);
    println!("{:?} / {} / {} after {}ms", names, msg, total, t.elapsed().as_millis());

    let unit_futs = tokio::join!(sleep(Duration::from_millis(5)), async { 1u8 }, async { "s" });
    println!("{:?}", unit_futs);
    println!("total elapsed {:?}", start.elapsed());
}
