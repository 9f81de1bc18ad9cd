//! Where each employee whose link this instance opened would resume, kept in memory.
//!
//! Opening a personal link sends the employee to where they left off, which is read from
//! their journey. An entry is forgotten as soon as this instance records anything that can
//! move it (a step viewed, done, confirmed, started over: `app::domain::journey::moves_resume`),
//! whether through the batched queue or committed at once; page views on other instances are
//! not seen, so an entry also expires after [`TTL`]. At worst, an employee who moved on
//! through another instance and opens their link again here within that time resumes at the
//! step this instance last knew. The number of entries is bounded.

use app::domain::events::GuideEvent;
use app::domain::journey::Position;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a resume point read from the database is trusted without news from this instance.
pub const TTL: Duration = Duration::from_secs(30);
const CAPACITY: usize = 200_000;

#[derive(Clone)]
struct Entry {
    at: Instant,
    position: Option<Position>,
}

pub struct ResumeCache {
    entries: quick_cache::sync::Cache<i64, Entry>,
}

impl Default for ResumeCache {
    fn default() -> Self {
        ResumeCache {
            entries: quick_cache::sync::Cache::new(CAPACITY),
        }
    }
}

impl ResumeCache {
    /// Where the employee would resume (`None`: nowhere yet), if known and fresh.
    pub fn get(&self, employee_id: i64) -> Option<Option<Position>> {
        self.entries
            .get(&employee_id)
            .filter(|e| e.at.elapsed() < TTL)
            .map(|e| e.position)
    }

    /// Keeps a resume point read from the database at `read_at` (taken before the read).
    pub fn put(&self, employee_id: i64, read_at: Instant, position: Option<Position>) {
        self.entries.insert(
            employee_id,
            Entry {
                at: read_at,
                position,
            },
        );
    }

    pub fn forget(&self, employee_id: i64) {
        self.entries.remove(&employee_id);
    }
}

/// What the event sink every page records through sees: an event that can move an
/// employee's resume point makes this instance forget it.
pub fn forget_when_moved(cache: Arc<ResumeCache>) -> impl Fn(&GuideEvent) + Send + Sync {
    move |event| {
        if let Some(id) = event.employee_id
            && app::domain::journey::moves_resume(event.kind)
        {
            cache.forget(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resume_point_is_kept_until_forgotten_or_old() {
        let cache = ResumeCache::default();
        assert_eq!(cache.get(1), None);
        let step = Position::Step {
            flow: "x".into(),
            step: 2,
        };
        cache.put(1, Instant::now(), Some(step.clone()));
        cache.put(2, Instant::now(), None);
        assert_eq!(cache.get(1), Some(Some(step)));
        assert_eq!(cache.get(2), Some(None), "known: no journey yet");
        cache.forget(1);
        assert_eq!(cache.get(1), None);
        let old = Instant::now()
            .checked_sub(TTL + Duration::from_secs(1))
            .expect("the clock has run long enough");
        cache.put(3, old, None);
        assert_eq!(cache.get(3), None, "expired");
    }
}
