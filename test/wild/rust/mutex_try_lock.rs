// tokio tests style: sync_mutex try_lock fails while a guard is alive
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let m = Mutex::new(vec![1, 2, 3]);

    {
        let g = m.lock().await;
        assert!(m.try_lock().is_err());
        let err = m.try_lock().unwrap_err();
        println!("while locked: {} (len {})", err, g.len());
    }

    let mut g = m.try_lock().expect("free now");
    g.push(4);
    drop(g);

    let inner = m.into_inner();
    println!("final {:?}", inner);
    assert_eq!(inner.iter().sum::<i32>(), 10);
}
