// On the current-thread runtime two tasks play ping-pong over two channels, each reply waiting
// for the previous one; the ball carries a struct; JoinHandles return the tallies.
use tokio::sync::mpsc;

#[derive(Debug, Clone)]
struct Ball {
    hits: u32,
    last: &'static str,
}

async fn player(name: &'static str, mut inbox: mpsc::Receiver<Ball>, out: mpsc::Sender<Ball>, limit: u32) -> u32 {
    let mut mine = 0;
    while let Some(mut ball) = inbox.recv().await {
        if ball.hits >= limit {
            println!("{} catches the ball after {} hits", name, ball.hits);
            break;
        }
        ball.hits += 1;
        ball.last = name;
        mine += 1;
        println!("{} hits ({})", name, ball.hits);
        if out.send(ball).await.is_err() {
            break;
        }
    }
    mine
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (to_ping, ping_inbox) = mpsc::channel::<Ball>(1);
    let (to_pong, pong_inbox) = mpsc::channel::<Ball>(1);
    let ping = tokio::spawn(player("ping", ping_inbox, to_pong, 5));
    let pong = tokio::spawn(player("pong", pong_inbox, to_ping.clone(), 5));

    to_ping.send(Ball { hits: 0, last: "serve" }).await.unwrap();
    drop(to_ping);
    let (a, b) = (ping.await.unwrap(), pong.await.unwrap());
    println!("ping hit {} times, pong {} times", a, b);
    let ball = Ball { hits: a + b, last: "end" };
    let copy = ball.clone();
    println!("{:?} / {:?}", ball, copy.last);
}
