// A select! loop merging sensor readings and alerts with `Some(v) = rx.recv()` patterns: a branch
// whose pattern does not match is disabled for the rest of the select, and `else => break` leaves
// the loop once both channels are closed. Results are kept per channel, so the printed output
// does not depend on which ready branch select! picks at random.
use tokio::sync::mpsc;

#[derive(Debug, Clone)]
enum Alert {
    Hot(i32),
    Offline { sensor: u8 },
}

#[tokio::main]
async fn main() {
    let (reading_tx, mut readings) = mpsc::channel::<(u8, i32)>(2);
    let (alert_tx, mut alerts) = mpsc::unbounded_channel::<Alert>();

    tokio::spawn(async move {
        let temps = [18, 21, 35, 19, 40];
        for (i, t) in temps.iter().enumerate() {
            reading_tx.send(((i % 2) as u8, *t)).await.unwrap();
            if *t > 30 {
                alert_tx.send(Alert::Hot(*t)).unwrap();
            }
        }
        alert_tx.send(Alert::Offline { sensor: 1 }).unwrap();
    });

    let mut per_sensor = [Vec::new(), Vec::new()];
    let mut alert_log: Vec<String> = Vec::new();
    let mut iterations = 0u32;
    loop {
        tokio::select! {
            Some((sensor, t)) = readings.recv() => per_sensor[sensor as usize].push(t),
            Some(alert) = alerts.recv() => {
                let text = match alert {
                    Alert::Hot(t) => format!("hot {}", t),
                    Alert::Offline { sensor } => format!("sensor {} offline", sensor),
                };
                alert_log.push(text);
            }
            else => break,
        }
        iterations += 1;
    }
    println!("sensor 0: {:?}", per_sensor[0]);
    println!("sensor 1: {:?}", per_sensor[1]);
    println!("alerts: {}", alert_log.join(", "));
    let hottest = per_sensor.iter().flatten().max().copied().unwrap_or(i32::MIN);
    println!("iterations {}, hottest {}", iterations, hottest);
    println!("after else: {:?} {:?}", readings.try_recv().is_err(), alerts.recv().await.is_none());
}
