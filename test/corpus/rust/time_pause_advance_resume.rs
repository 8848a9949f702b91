// A paused clock only moves when told to: dishes in a virtual oven come out once time::advance passes their baking time, and time::resume lets the clock run again
use tokio::sync::mpsc::{self, error::TryRecvError};
use tokio::time::{self, Duration, Instant};

async fn bake(dish: &'static str, minutes: u64, ready: mpsc::UnboundedSender<&'static str>) {
    // one "minute" of baking is a millisecond of the paused clock
    time::sleep(Duration::from_millis(minutes)).await;
    ready.send(dish).expect("the kitchen is still listening");
}

fn take_out(ready: &mut mpsc::UnboundedReceiver<&'static str>) -> Vec<&'static str> {
    let mut out_of_the_oven = Vec::new();
    loop {
        match ready.try_recv() {
            Ok(dish) => out_of_the_oven.push(dish),
            Err(TryRecvError::Empty) => return out_of_the_oven,
            Err(TryRecvError::Disconnected) => {
                out_of_the_oven.push("(oven empty)");
                return out_of_the_oven;
            }
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    time::pause();
    let opened = Instant::now();
    let (ready_tx, mut ready_rx) = mpsc::unbounded_channel();

    tokio::spawn(bake("rolls", 15, ready_tx.clone()));
    tokio::spawn(bake("scones", 15, ready_tx.clone()));
    tokio::spawn(bake("loaf", 75, ready_tx));
    // every dish goes into the oven before the clock moves
    tokio::task::yield_now().await;

    for wait in [10u64, 10, 30, 30] {
        time::advance(Duration::from_millis(wait)).await;
        tokio::task::yield_now().await;
        println!("{:?} in: {:?}", opened.elapsed(), take_out(&mut ready_rx));
    }

    let before = Instant::now();
    tokio::task::yield_now().await;
    println!("nothing moves the paused clock but advance: {}", before == Instant::now());

    time::resume();
    time::sleep(Duration::from_millis(5)).await;
    println!("once resumed, the clock runs on: {}", opened.elapsed() >= Duration::from_millis(85));
}
