//! The guide-event writer. Pages hand their events to [`SqlEventSink`] and return at once: the
//! sink merges identical events while they wait ([`Pending`]), and one writer task stores what
//! waits in rounds, [`ROWS`] rows a transaction ([`store_events`]), then refreshes the progress
//! summaries of the employees it stored events for ([`refresh_apart`]).
//!
//! Under a herd every employee views a page or two a second. A writer that stored each view
//! never caught up: it took the same share of the machine for as long as the herd lasted,
//! however cheap a view, and the views waiting for it grew without end. So after a round whose
//! rows recur (each merged several events while it waited, or the round before stored it too),
//! the writer rests in proportion ([`rest_after`]). The views that arrive meanwhile merge into
//! what already waits, and the next round stores about as many rows however long it waited. A
//! round of rows each made by one new event (a burst of link opens, a flood of different
//! events) is followed by the next at once, and a lone event is stored as soon as it arrives.
//! The dashboard's counts lag their events by a round and a rest at most; a writer stopped in
//! between leaves summaries that the next start makes again.

use crate::store::Db;
use crate::store::events::store_events;
use crate::store::now_ms;
use crate::store::progress::refresh_apart;
use app::domain::events::{EventSink, GuideEvent, Pending, Tally};
use std::collections::{BTreeSet, HashSet};
use std::hash::{BuildHasher, Hash};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Notify;
use tokio::task::JoinHandle;

/// Rows stored in one transaction.
const ROWS: usize = 1_000;
/// Different anonymous events that may wait; beyond it new ones are dropped. Employees' events
/// are never dropped: they merge per person and page, so they are bounded by the roster.
const MAX_WAITING: usize = 65_536;
/// After a round whose every row recurs, the writer rests this many times as long as the round
/// took. Under a herd a round takes seconds: its many short statements each wait their turn
/// among the connections' tasks, not for the CPU.
const REST_FACTOR: f64 = 4.0;
/// The longest rest between rounds, and so about the longest the dashboard lags under a herd
/// beyond the round itself.
pub const MAX_REST: Duration = Duration::from_secs(10);

/// What the sink and the writer share.
#[derive(Default)]
struct Shared {
    pending: Mutex<Pending>,
    /// Wakes the idle writer: the first event into an empty [`Pending`], or the sink gone.
    wake: Notify,
    /// Ends a rest early when the sink is gone.
    closing: Notify,
    closed: AtomicBool,
    stored: AtomicU64,
    /// Events the writer has taken and not yet stored.
    in_hand: AtomicUsize,
}

pub struct SqlEventSink {
    shared: Arc<Shared>,
    dropped: AtomicU64,
}

impl EventSink for SqlEventSink {
    fn record(&self, event: GuideEvent) {
        let at = now_ms();
        let mut pending = lock(&self.shared.pending);
        // Anonymous statistics are not worth unbounded memory; an employee's progress is.
        if pending.len() >= MAX_WAITING && event.employee_id.is_none() && !pending.contains(&event)
        {
            drop(pending);
            let n = self.dropped.fetch_add(1, Ordering::Relaxed) + 1;
            if n.is_power_of_two() {
                tracing::warn!(
                    dropped = n,
                    "too many different guide events waiting; events dropped"
                );
            }
            return;
        }
        let first = pending.is_empty();
        pending.add(at, event);
        drop(pending);
        if first {
            self.shared.wake.notify_one();
        }
    }

    fn counts(&self) -> app::domain::events::EventCounts {
        app::domain::events::EventCounts {
            stored: self.shared.stored.load(Ordering::Relaxed),
            dropped: self.dropped(),
            queued: self.queued() as u64,
        }
    }
}

impl Drop for SqlEventSink {
    /// The writer stores what waits and ends.
    fn drop(&mut self) {
        self.shared.closed.store(true, Ordering::Release);
        self.shared.wake.notify_one();
        self.shared.closing.notify_one();
    }
}

impl SqlEventSink {
    /// Events waiting for the writer, each repeat counted.
    pub fn queued(&self) -> usize {
        // The writer sets `in_hand` before it releases the lock, so events it takes are never
        // missing from the sum.
        let pending = lock(&self.shared.pending);
        pending.events() + self.shared.in_hand.load(Ordering::Relaxed)
    }

    /// Anonymous events dropped because too many different ones waited.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }
}

/// The writer task; await [`EventWriter::finish`] after the server stops so waiting events
/// land.
pub struct EventWriter {
    handle: JoinHandle<()>,
}

impl EventWriter {
    pub async fn finish(self) {
        let _ = self.handle.await;
    }
}

/// How long the writer rests after a round that took `took` to store `rows` rows, `recurring`
/// of which recur: [`REST_FACTOR`] times the round, scaled by the share that recur, and at
/// most [`MAX_REST`].
///
/// A row recurs when it merged more than one event while it waited, or when the round before
/// stored it too. A herd reloading the same pages makes nearly every row recur: a round after a
/// longer wait stores the same rows with larger counts, so the writer rests and spends about a
/// fifth of its time storing. Rows each made by one new event (a burst of link opens, a flood
/// of different events) would only wait longer for nothing, so the next round follows at once.
/// A few anonymous rows that merged thousands of events weigh as a few rows: a round of new
/// personal rows is not held back by them.
pub fn rest_after(took: Duration, rows: usize, recurring: usize) -> Duration {
    if rows == 0 {
        return Duration::ZERO;
    }
    let share = recurring.min(rows) as f64 / rows as f64;
    took.mul_f64(REST_FACTOR * share).min(MAX_REST)
}

/// How many of a round's rows recur (see [`rest_after`]); `last_round` holds the hashes of
/// the round before's rows and is left holding this round's. Rows are told apart only by
/// their event, so any hashable key serves.
fn recur<K: Hash>(
    rows: &[(K, Tally)],
    last_round: &mut HashSet<u64>,
    hasher: &impl BuildHasher,
) -> usize {
    let mut keys: HashSet<u64> = HashSet::with_capacity(rows.len());
    let mut recurring = 0;
    for (e, tally) in rows {
        let key = hasher.hash_one(e);
        if tally.times > 1 || last_round.contains(&key) {
            recurring += 1;
        }
        keys.insert(key);
    }
    *last_round = keys;
    recurring
}

/// Starts the writer. Dropping every clone of the returned sink ends it once it has stored
/// what waits.
pub fn start(pool: Db) -> (Arc<SqlEventSink>, EventWriter) {
    let shared = Arc::new(Shared::default());
    let s = shared.clone();
    let handle = tokio::spawn(async move {
        // Employees whose progress lags the events stored for them (kept when a refresh
        // fails, for the next round).
        let mut behind: BTreeSet<i64> = BTreeSet::new();
        // The rows of the round before, by hash, to tell which rows of a round recur.
        let hasher = std::hash::RandomState::new();
        let mut last_round: HashSet<u64> = HashSet::new();
        loop {
            // Read before taking: once the sink is gone nothing more is added, so what is
            // taken after this reads true is the last.
            let closed = s.closed.load(Ordering::Acquire);
            // Sized like the last round and made before the lock: an empty map would grow
            // again, copying what it holds, under the lock every page view takes.
            let fresh = Pending::with_capacity(last_round.len());
            let taken = {
                let mut pending = lock(&s.pending);
                s.in_hand.store(pending.events(), Ordering::Relaxed);
                std::mem::replace(&mut *pending, fresh)
            };
            if taken.is_empty() {
                if closed {
                    break;
                }
                s.wake.notified().await;
                continue;
            }
            let started = tokio::time::Instant::now();
            let events = taken.events();
            let rows = taken.into_rows();
            let recurring = recur(&rows, &mut last_round, &hasher);
            for chunk in rows.chunks(ROWS) {
                let n: usize = chunk.iter().map(|(_, t)| t.times as usize).sum();
                match store_events(&pool, chunk).await {
                    Ok(employees) => {
                        s.stored.fetch_add(n as u64, Ordering::Relaxed);
                        behind.extend(employees);
                    }
                    Err(e) => {
                        tracing::error!(error = %e, events = n, "storing guide events failed");
                    }
                }
                s.in_hand.fetch_sub(n, Ordering::Relaxed);
            }
            if !behind.is_empty() {
                let employees: Vec<i64> = behind.iter().copied().collect();
                match refresh_apart(&pool, &employees).await {
                    Ok(()) => behind.clear(),
                    Err(e) => tracing::error!(error = %e, employees = employees.len(),
                        "refreshing journey progress failed"),
                }
            }
            let took = started.elapsed();
            let stored_rows = rows.len();
            // Not held through the rest.
            drop(rows);
            let rest = rest_after(took, stored_rows, recurring);
            tracing::debug!(
                events,
                rows = stored_rows,
                recurring,
                took_ms = took.as_millis() as u64,
                rest_ms = rest.as_millis() as u64,
                "guide events stored"
            );
            if !closed && !rest.is_zero() {
                tokio::select! {
                    () = tokio::time::sleep(rest) => {}
                    () = s.closing.notified() => {}
                }
            }
        }
    });
    let sink = Arc::new(SqlEventSink {
        shared,
        dropped: AtomicU64::new(0),
    });
    (sink, EventWriter { handle })
}

fn lock(pending: &Mutex<Pending>) -> std::sync::MutexGuard<'_, Pending> {
    pending.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rest_grows_with_the_share_of_rows_that_recur_and_is_bounded() {
        let round = Duration::from_millis(400);
        assert_eq!(rest_after(round, 0, 0), Duration::ZERO);
        assert_eq!(rest_after(round, 1_000, 0), Duration::ZERO, "all new: none");
        assert_eq!(rest_after(round, 1_000, 500), Duration::from_millis(800));
        assert_eq!(
            rest_after(round, 20_000, 20_000),
            Duration::from_millis(1_600)
        );
        assert_eq!(rest_after(Duration::from_secs(3), 20_000, 20_000), MAX_REST);
    }

    /// An employee's view of a step, as far as telling rows apart goes.
    fn view(employee_id: i64, step: u16) -> (i64, u16) {
        (employee_id, step)
    }

    #[test]
    fn rows_recur_when_they_merged_events_or_the_round_before_stored_them() {
        let hasher = std::hash::RandomState::new();
        let mut last = HashSet::new();
        let merged = Tally {
            first_ms: 1,
            last_ms: 5,
            times: 3,
        };
        // The first views of a step: one event each, new.
        let first: Vec<_> = (1..=4).map(|id| (view(id, 3), Tally::once(1))).collect();
        assert_eq!(recur(&first, &mut last, &hasher), 0);
        // Two of them again, one merged several views, and one new employee.
        let second = vec![
            (view(1, 3), Tally::once(9)),
            (view(2, 3), merged),
            (view(5, 3), Tally::once(9)),
            (view(6, 3), merged),
        ];
        assert_eq!(recur(&second, &mut last, &hasher), 3);
        // Only the round just before counts: employees 3 and 4 are not in it.
        let third = vec![(view(3, 3), Tally::once(20)), (view(4, 3), Tally::once(20))];
        assert_eq!(recur(&third, &mut last, &hasher), 0);
    }
}
