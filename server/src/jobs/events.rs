//! The guide-event writer. Pages hand events to a bounded queue and return at once; one
//! writer task drains the queue in batches, one transaction per batch
//! ([`crate::store::events::insert_events`]), so a burst of page views costs a few inserts
//! rather than one transaction each and never blocks a response.

use crate::store::events::insert_events;
use crate::store::{Db, now_ms};
use app::domain::events::{EventSink, GuideEvent};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

const QUEUE: usize = 65_536;
const BATCH: usize = 500;

type Queued = (i64, GuideEvent);

pub struct SqlEventSink {
    tx: mpsc::Sender<Queued>,
    /// Employees' events that found the queue full, kept (never dropped) for the writer,
    /// which takes them after each batch from the queue. A list rather than a task per event:
    /// under a sustained herd the queue stays full, and a spawned task per page view cost more
    /// than the view.
    overflow: Arc<Mutex<Vec<Queued>>>,
    dropped: AtomicU64,
    stored: Arc<AtomicU64>,
}

impl EventSink for SqlEventSink {
    fn record(&self, event: GuideEvent) {
        match self.tx.try_send((now_ms(), event)) {
            Ok(()) => {}
            // An employee's progress is not dropped: it waits beside the queue.
            Err(mpsc::error::TrySendError::Full(item)) if item.1.employee_id.is_some() => {
                lock(&self.overflow).push(item);
            }
            Err(_) => {
                // Full or closed: anonymous statistics are not worth slowing a page for.
                let n = self.dropped.fetch_add(1, Ordering::Relaxed) + 1;
                if n.is_power_of_two() {
                    tracing::warn!(dropped = n, "guide event queue full; events dropped");
                }
            }
        }
    }

    fn counts(&self) -> app::domain::events::EventCounts {
        app::domain::events::EventCounts {
            stored: self.stored.load(Ordering::Relaxed),
            dropped: self.dropped(),
            queued: self.queued() as u64,
        }
    }
}

impl SqlEventSink {
    /// Events waiting for the writer.
    pub fn queued(&self) -> usize {
        self.tx.max_capacity() - self.tx.capacity() + lock(&self.overflow).len()
    }

    /// Anonymous events dropped because the queue was full.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }
}

/// The writer task; await [`EventWriter::finish`] after the server stops so queued events land.
pub struct EventWriter {
    handle: JoinHandle<()>,
}

impl EventWriter {
    pub async fn finish(self) {
        let _ = self.handle.await;
    }
}

/// Starts the writer. Dropping every clone of the returned sink closes the queue; the writer
/// then stores what is left and ends.
pub fn start(pool: Db) -> (Arc<SqlEventSink>, EventWriter) {
    let (tx, mut rx) = mpsc::channel::<Queued>(QUEUE);
    let stored = Arc::new(AtomicU64::new(0));
    let counter = stored.clone();
    let overflow: Arc<Mutex<Vec<Queued>>> = Arc::default();
    let beside = overflow.clone();
    let handle = tokio::spawn(async move {
        let store = |batch: Vec<Queued>| {
            let (pool, counter) = (&pool, &counter);
            async move {
                match insert_events(pool, &batch).await {
                    Ok(()) => {
                        counter.fetch_add(batch.len() as u64, Ordering::Relaxed);
                    }
                    Err(e) => {
                        tracing::error!(error = %e, count = batch.len(), "storing guide events failed");
                    }
                }
            }
        };
        let mut batch: Vec<Queued> = Vec::with_capacity(BATCH);
        loop {
            // The overflow first, with whatever the queue holds now; only with none waiting
            // beside it does the writer wait for the queue (nothing goes beside a queue that is
            // not full, so nothing is left waiting).
            {
                let mut o = lock(&beside);
                let n = o.len().min(BATCH);
                batch.extend(o.drain(..n));
            }
            if batch.is_empty() {
                if rx.recv_many(&mut batch, BATCH).await == 0 {
                    break;
                }
            } else {
                while batch.len() < 2 * BATCH {
                    match rx.try_recv() {
                        Ok(item) => batch.push(item),
                        Err(_) => break,
                    }
                }
            }
            store(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).await;
        }
        // The queue is closed: the sink is gone, so nothing more goes beside it.
        let rest = std::mem::take(&mut *lock(&beside));
        for chunk in rest.chunks(BATCH) {
            store(chunk.to_vec()).await;
        }
    });
    let sink = Arc::new(SqlEventSink {
        tx,
        overflow,
        dropped: AtomicU64::new(0),
        stored,
    });
    (sink, EventWriter { handle })
}

fn lock(overflow: &Mutex<Vec<Queued>>) -> std::sync::MutexGuard<'_, Vec<Queued>> {
    overflow.lock().unwrap_or_else(|e| e.into_inner())
}
