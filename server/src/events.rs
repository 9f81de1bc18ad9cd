//! Stores anonymous guide events. Pages hand events to a bounded queue and return at once; one
//! writer task drains the queue in batches, one transaction per batch, so a burst of page views
//! costs a few inserts rather than one transaction each and never blocks a response.

use crate::db::now_ms;
use app::domain::events::{EventSink, GuideEvent};
use sqlx::{QueryBuilder, SqlitePool};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

const QUEUE: usize = 65_536;
const BATCH: usize = 500;

pub struct SqlEventSink {
    tx: mpsc::Sender<(i64, GuideEvent)>,
    dropped: AtomicU64,
}

impl EventSink for SqlEventSink {
    fn record(&self, event: GuideEvent) {
        if self.tx.try_send((now_ms(), event)).is_err() {
            // Full or closed: anonymous statistics are not worth slowing a page for.
            let n = self.dropped.fetch_add(1, Ordering::Relaxed) + 1;
            if n.is_power_of_two() {
                tracing::warn!(dropped = n, "guide event queue full; events dropped");
            }
        }
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
pub fn start(pool: SqlitePool) -> (Arc<SqlEventSink>, EventWriter) {
    let (tx, mut rx) = mpsc::channel::<(i64, GuideEvent)>(QUEUE);
    let handle = tokio::spawn(async move {
        let mut batch = Vec::with_capacity(BATCH);
        while rx.recv_many(&mut batch, BATCH).await > 0 {
            if let Err(e) = insert(&pool, &batch).await {
                tracing::error!(error = %e, count = batch.len(), "storing guide events failed");
            }
            batch.clear();
        }
    });
    let sink = Arc::new(SqlEventSink {
        tx,
        dropped: AtomicU64::new(0),
    });
    (sink, EventWriter { handle })
}

async fn insert(pool: &SqlitePool, batch: &[(i64, GuideEvent)]) -> Result<(), sqlx::Error> {
    let mut q = QueryBuilder::new(
        "INSERT INTO guide_event (occurred_at_ms, kind, flow_id, step, platform, browser, locale, tenant_id, employee_id) ",
    );
    q.push_values(batch, |mut row, (at, e)| {
        row.push_bind(*at)
            .push_bind(e.kind.id())
            .push_bind(e.flow.as_deref())
            .push_bind(e.step.map(i64::from))
            .push_bind(e.platform.id())
            .push_bind(e.browser.map(|b| b.id()))
            .push_bind(e.locale.as_str())
            .push_bind(e.tenant_id)
            .push_bind(e.employee_id);
    });
    q.build().execute(pool).await?;
    Ok(())
}
