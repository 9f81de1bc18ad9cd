//! The guide-event writer. Pages hand events to a bounded queue and return at once; one
//! writer task drains the queue in batches, one transaction per batch
//! ([`crate::store::events::insert_events`]), so a burst of page views costs a few inserts
//! rather than one transaction each and never blocks a response.

use crate::store::events::insert_events;
use crate::store::{Db, now_ms};
use app::domain::events::{EventSink, GuideEvent};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

const QUEUE: usize = 65_536;
const BATCH: usize = 500;

pub struct SqlEventSink {
    tx: mpsc::Sender<(i64, GuideEvent)>,
    dropped: AtomicU64,
    stored: Arc<AtomicU64>,
}

impl EventSink for SqlEventSink {
    fn record(&self, event: GuideEvent) {
        match self.tx.try_send((now_ms(), event)) {
            Ok(()) => {}
            // An employee's progress is not dropped: wait for room off the request's path.
            Err(mpsc::error::TrySendError::Full(item)) if item.1.employee_id.is_some() => {
                let tx = self.tx.clone();
                tokio::spawn(async move {
                    if tx.send(item).await.is_err() {
                        tracing::error!("guide event writer stopped; a journey event was lost");
                    }
                });
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
        self.tx.max_capacity() - self.tx.capacity()
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
    let (tx, mut rx) = mpsc::channel::<(i64, GuideEvent)>(QUEUE);
    let stored = Arc::new(AtomicU64::new(0));
    let counter = stored.clone();
    let handle = tokio::spawn(async move {
        let mut batch = Vec::with_capacity(BATCH);
        while rx.recv_many(&mut batch, BATCH).await > 0 {
            match insert_events(&pool, &batch).await {
                Ok(()) => {
                    counter.fetch_add(batch.len() as u64, Ordering::Relaxed);
                }
                Err(e) => {
                    tracing::error!(error = %e, count = batch.len(), "storing guide events failed");
                }
            }
            batch.clear();
        }
    });
    let sink = Arc::new(SqlEventSink {
        tx,
        dropped: AtomicU64::new(0),
        stored,
    });
    (sink, EventWriter { handle })
}
