//! Every tenant's settings and roster versions, polled from the database.
//!
//! The database's triggers bump `tenant.settings_version` on any change to what a guide page
//! shows and `tenant.roster_version` on any change to what a personal link resolves to,
//! whichever instance (or script) writes it. Each instance polls both for every tenant, a
//! few times a second, in one small query, so a guide request can tell whether its cached
//! tenant, page or linked employee is current without a round trip of its own. When the last
//! good poll is older than [`STALE_AFTER`] polls (the database did not answer), the versions
//! count as unknown and requests read the database themselves, as they would without this.

use crate::store::{Db, tenants};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// How often each instance reads the versions unless configured.
pub const DEFAULT_POLL: Duration = Duration::from_millis(100);
/// How many poll periods the versions stay usable without a new poll.
const STALE_AFTER: u32 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantVersions {
    pub settings: i64,
    pub roster: i64,
}

pub struct Versions {
    period: Duration,
    polled: RwLock<Option<(Instant, HashMap<i64, TenantVersions>)>>,
}

impl Versions {
    /// Versions not polled yet: every lookup answers "unknown" until [`Versions::set`].
    pub fn new(period: Duration) -> Self {
        Versions {
            period,
            polled: RwLock::new(None),
        }
    }

    /// This tenant's versions as last polled, if that poll is recent enough to trust.
    pub fn get(&self, tenant_id: i64) -> Option<TenantVersions> {
        let polled = self.polled.read().unwrap_or_else(|e| e.into_inner());
        let (at, map) = polled.as_ref()?;
        if at.elapsed() > self.period * STALE_AFTER {
            return None;
        }
        map.get(&tenant_id).copied()
    }

    /// Replaces the versions with a poll that started at `at`.
    pub fn set(&self, at: Instant, rows: impl IntoIterator<Item = (i64, i64, i64)>) {
        let map = rows
            .into_iter()
            .map(|(id, settings, roster)| (id, TenantVersions { settings, roster }))
            .collect();
        *self.polled.write().unwrap_or_else(|e| e.into_inner()) = Some((at, map));
    }
}

/// Polls the versions every `period` until the pool closes; answers with the shared copy,
/// which is filled once the first poll has run.
pub fn start(db: Db, period: Duration) -> Arc<Versions> {
    let versions = Arc::new(Versions::new(period));
    let shared = versions.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if db.is_closed() {
                return;
            }
            // Taken before the query: a version read now is at least this fresh.
            let at = Instant::now();
            match tenants::versions(&db).await {
                Ok(rows) => shared.set(at, rows),
                Err(e) => tracing::warn!(error = %e, "polling the tenants' versions failed"),
            }
        }
    });
    versions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_unknown_until_polled_and_after_polls_stop() {
        let v = Versions::new(Duration::from_millis(100));
        assert_eq!(v.get(1), None, "not polled yet");
        v.set(Instant::now(), [(1, 3, 7)]);
        assert_eq!(
            v.get(1),
            Some(TenantVersions {
                settings: 3,
                roster: 7
            })
        );
        assert_eq!(v.get(2), None, "a tenant the poll did not see");
        let long_ago = Instant::now()
            .checked_sub(Duration::from_secs(5))
            .expect("the clock has run for 5 s");
        v.set(long_ago, [(1, 3, 7)]);
        assert_eq!(v.get(1), None, "a poll ten periods old is not trusted");
    }
}
