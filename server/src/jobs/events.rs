//! The guide-event writer. Pages hand events to a bounded queue and return at once; one
//! writer task drains the queue in batches, one transaction per batch
//! ([`crate::store::events::insert_events`]), so a burst of page views costs a few inserts
//! rather than one transaction each and never blocks a response.
//!
//! The writer refreshes the progress summaries of the employees it stored events for
//! ([`crate::store::progress`]) once the queue is empty, or every [`PROGRESS_EVERY`] while it
//! is not. Under a herd an employee views several pages a second, and re-reading their journey
//! for every batch cost the writer as much as storing the events. The dashboard's counts lag
//! by that second at most; a writer stopped in between leaves summaries that the next start
//! makes again.

use crate::store::events::store_events;
use crate::store::progress::refresh_apart;
use crate::store::{Db, now_ms};
use app::domain::events::{EventSink, GuideEvent};
use std::collections::{BTreeSet, VecDeque};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

const QUEUE: usize = 65_536;
const BATCH: usize = 500;
/// How long progress summaries may lag their events while the queue never empties.
pub const PROGRESS_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

type Queued = (i64, GuideEvent);

pub struct SqlEventSink {
    tx: mpsc::Sender<Queued>,
    /// Employees' events that found the queue full, kept (never dropped) for the writer,
    /// which takes them all at once and stores them a block at a time before the queue's next
    /// events. A list rather than a task per event: under a sustained herd the queue stays
    /// full, and a spawned task per page view cost more than the view.
    overflow: Arc<Mutex<Overflow>>,
    dropped: AtomicU64,
    stored: Arc<AtomicU64>,
    /// Overflow events the writer has taken and not yet stored.
    spilled: Arc<AtomicUsize>,
}

/// The events beside the queue, in blocks of a batch. One list grown by doubling copied all it
/// held, under the lock every page view beside the queue waits on, and taking a batch off its
/// front moved the rest: under a sustained herd it held half a million events, and pages
/// waited for those copies (the step page's slowest 1 % took 60–120 ms). Blocks are never
/// moved once written.
#[derive(Default)]
struct Overflow {
    blocks: Vec<Vec<Queued>>,
    len: usize,
}

impl Overflow {
    fn push(&mut self, item: Queued) {
        match self.blocks.last_mut() {
            Some(block) if block.len() < BATCH => block.push(item),
            _ => {
                let mut block = Vec::with_capacity(BATCH);
                block.push(item);
                self.blocks.push(block);
            }
        }
        self.len += 1;
    }
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
        self.tx.max_capacity() - self.tx.capacity()
            + lock(&self.overflow).len
            + self.spilled.load(Ordering::Relaxed)
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
    let overflow: Arc<Mutex<Overflow>> = Arc::default();
    let beside = overflow.clone();
    let spilled_count = Arc::new(AtomicUsize::new(0));
    let in_hand = spilled_count.clone();
    let handle = tokio::spawn(async move {
        // Employees whose progress lags the events stored for them.
        let mut behind: BTreeSet<i64> = BTreeSet::new();
        let store = async |batch: Vec<Queued>, behind: &mut BTreeSet<i64>| match store_events(
            &pool, &batch,
        )
        .await
        {
            Ok(employees) => {
                counter.fetch_add(batch.len() as u64, Ordering::Relaxed);
                behind.extend(employees);
            }
            Err(e) => {
                tracing::error!(error = %e, count = batch.len(), "storing guide events failed");
            }
        };
        let catch_up = async |behind: &mut BTreeSet<i64>| {
            if behind.is_empty() {
                return;
            }
            let employees: Vec<i64> = behind.iter().copied().collect();
            match refresh_apart(&pool, &employees).await {
                Ok(()) => behind.clear(),
                // Kept for the next try; at most one entry per employee.
                Err(e) => tracing::error!(error = %e, employees = employees.len(),
                    "refreshing journey progress failed"),
            }
        };
        let mut refreshed = tokio::time::Instant::now();
        // The overflow's blocks, taken all at once (see [`Overflow`]).
        let mut spilled: VecDeque<Vec<Queued>> = VecDeque::new();
        loop {
            // The overflow first, with whatever the queue holds now; only with none waiting
            // beside it does the writer wait for the queue (nothing goes beside a queue that is
            // not full, so nothing is left waiting).
            if spilled.is_empty() {
                let mut o = lock(&beside);
                // Counted before the lock goes, so the sink never reports them as gone.
                in_hand.store(o.len, Ordering::Relaxed);
                spilled = std::mem::take(&mut *o).blocks.into();
            }
            // A block is the batch itself; only without one is a new list made.
            let mut batch = match spilled.pop_front() {
                Some(block) => {
                    in_hand.fetch_sub(block.len(), Ordering::Relaxed);
                    block
                }
                None => Vec::with_capacity(BATCH),
            };
            if batch.is_empty() {
                if rx.is_empty() {
                    catch_up(&mut behind).await;
                    refreshed = tokio::time::Instant::now();
                }
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
            store(batch, &mut behind).await;
            if refreshed.elapsed() >= PROGRESS_EVERY {
                catch_up(&mut behind).await;
                refreshed = tokio::time::Instant::now();
            }
        }
        // The queue is closed: the sink is gone, so nothing more goes beside it.
        let left = std::mem::take(&mut *lock(&beside)).blocks;
        for block in spilled.into_iter().chain(left) {
            store(block, &mut behind).await;
        }
        catch_up(&mut behind).await;
    });
    let sink = Arc::new(SqlEventSink {
        tx,
        overflow,
        dropped: AtomicU64::new(0),
        stored,
        spilled: spilled_count,
    });
    (sink, EventWriter { handle })
}

fn lock(overflow: &Mutex<Overflow>) -> std::sync::MutexGuard<'_, Overflow> {
    overflow.lock().unwrap_or_else(|e| e.into_inner())
}
