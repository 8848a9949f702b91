// tokio tutorial style: a chat room task relays client messages to everyone via broadcast
use tokio::sync::{broadcast, mpsc};
use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

#[derive(Clone, Debug)]
struct Line {
    from: String,
    text: String,
}

async fn room(mut incoming: mpsc::Receiver<Line>, out: broadcast::Sender<Line>) -> usize {
    let mut relayed = 0;
    while let Some(line) = incoming.recv().await {
        // send only fails when nobody is subscribed
        if out.send(line).is_ok() {
            relayed += 1;
        }
    }
    relayed
}

async fn client(
    name: &'static str,
    lines: Vec<(u64, &'static str)>,
    to_room: mpsc::Sender<Line>,
    mut from_room: broadcast::Receiver<Line>,
    expect: usize,
) -> (String, Vec<String>) {
    let sender = {
        let to_room = to_room.clone();
        tokio::spawn(async move {
            for (delay, text) in lines {
                sleep(Duration::from_millis(delay)).await;
                to_room.send(Line { from: name.to_string(), text: text.to_string() }).await.unwrap();
            }
        })
    };
    drop(to_room);

    let mut heard = Vec::new();
    let mut total = 0;
    while total < expect {
        let line = from_room.recv().await.unwrap();
        total += 1;
        if line.from != name {
            heard.push(format!("{}: {}", line.from, line.text));
        }
    }
    sender.await.unwrap();
    (name.to_string(), heard)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (to_room, incoming) = mpsc::channel(8);
    let (out, _) = broadcast::channel(16);

    let scripts: Vec<(&'static str, Vec<(u64, &'static str)>)> = vec![
        ("ann", vec![(10, "hello all"), (40, "anyone here?")]),
        ("ben", vec![(25, "hi ann"), (60, "bye")]),
        ("cy", vec![(35, "morning")]),
    ];
    let expect: usize = scripts.iter().map(|(_, l)| l.len()).sum();

    let mut clients = JoinSet::new();
    for (name, lines) in scripts {
        clients.spawn(client(name, lines, to_room.clone(), out.subscribe(), expect));
    }
    let room_task = tokio::spawn(room(incoming, out));
    drop(to_room);

    let mut transcripts = Vec::new();
    while let Some(res) = clients.join_next().await {
        transcripts.push(res.unwrap());
    }
    transcripts.sort();
    for (name, heard) in transcripts {
        println!("{} heard:", name);
        for h in heard {
            println!("    {}", h);
        }
    }
    println!("room relayed {} lines", room_task.await.unwrap());
}
