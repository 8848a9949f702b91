// select! polls each branch's future in place: a branch that yields is pending, and a pinned future goes on where it stopped.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    tokio::select! {
        biased;
        _ = tokio::task::yield_now() => println!("yield_now won"),
        _ = async {} => println!("the ready branch won"),
    }

    let mut others = 0;
    let work = async {
        println!("work started");
        tokio::task::yield_now().await;
        println!("work resumed");
        5
    };
    tokio::pin!(work);
    loop {
        tokio::select! {
            biased;
            v = &mut work => {
                println!("work done with {}", v);
                break;
            }
            _ = async {} => others += 1,
        }
    }
    println!("other branch won {} time(s)", others);
}
