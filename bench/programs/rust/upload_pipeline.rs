// The upload pipeline of the Tokio lesson on channels, scaled up: clients upload files into a
// bounded mpsc channel, a syncer task copies each upload to a bucket and passes it on through a
// second bounded channel, and a billing task charges for every synced file. The billing task
// hands its report back over a oneshot channel; the syncer's JoinHandle says how many files it
// synced. Every stage ends when the senders before it are dropped. N (the first argument) is
// the number of files each client uploads.
use tokio::sync::{mpsc, oneshot};

const CLIENTS: u64 = 4;
const BUCKETS: u64 = 8;

#[derive(Debug)]
struct Upload {
    client: u64,
    file: u64,
    bytes: u64,
}

#[derive(Debug)]
struct Synced {
    upload: Upload,
    bucket: u64,
}

#[derive(Debug, Default)]
struct Report {
    payments: u64,
    bytes: u64,
    cents: u64,
    per_bucket: [u64; BUCKETS as usize],
}

#[tokio::main]
async fn main() {
    let files_per_client: u64 = match std::env::args().nth(1) {
        Some(arg) => arg.parse().expect("usage: upload_pipeline [FILES_PER_CLIENT]"),
        None => 250,
    };

    let (upload_tx, mut upload_rx) = mpsc::channel::<Upload>(16);
    let (synced_tx, mut synced_rx) = mpsc::channel::<Synced>(16);
    let (report_tx, report_rx) = oneshot::channel::<Report>();

    for client in 0..CLIENTS {
        let tx = upload_tx.clone();
        tokio::spawn(async move {
            for file in 0..files_per_client {
                let bytes = 1024 + (client * 7919 + file * 104_729) % 65_536;
                tx.send(Upload { client, file, bytes }).await.unwrap();
            }
        });
    }
    // The clients hold the only senders now: the syncer's loop ends when they are done.
    drop(upload_tx);

    let syncer = tokio::spawn(async move {
        let mut synced = 0u64;
        while let Some(upload) = upload_rx.recv().await {
            let bucket = (upload.client + upload.file) % BUCKETS;
            synced_tx.send(Synced { upload, bucket }).await.unwrap();
            synced += 1;
        }
        synced
    });

    tokio::spawn(async move {
        let mut report = Report::default();
        while let Some(synced) = synced_rx.recv().await {
            report.payments += 1;
            report.bytes += synced.upload.bytes;
            // One cent per started kilobyte.
            report.cents += (synced.upload.bytes + 1023) / 1024;
            report.per_bucket[synced.bucket as usize] += 1;
        }
        report_tx.send(report).unwrap();
    });

    let report = report_rx.await.expect("the billing task dropped its report");
    let synced = syncer.await.unwrap();
    println!("uploads completed and synced: {}", synced);
    println!(
        "payments processed: {}, {} bytes, {} cents",
        report.payments, report.bytes, report.cents
    );
    println!("files per bucket: {:?}", report.per_bucket);
}
