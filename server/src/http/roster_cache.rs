//! The employees whose personal links this instance served, kept in memory.
//!
//! Every page a linked employee views needs who they are (their id, language and Entra
//! passkey policy). An entry holds that together with the tenant's roster version (polled
//! from the database: see `jobs::versions`) and this process's roster generation (see
//! `store::employees::changed`) it was read under; a lookup under any other version or
//! generation misses, and the caller reads the roster again. Only employees who exist are
//! kept, and the number of entries is bounded.

use app::domain::Policy;
use std::sync::Arc;

/// Enough for the largest rollouts' employees who are active at once.
const CAPACITY: usize = 200_000;

#[derive(Debug, Clone, PartialEq)]
pub struct Linked {
    pub id: i64,
    pub policy: Option<Policy>,
    pub preferred_language: Option<String>,
}

struct Entry {
    roster_version: i64,
    generation: u64,
    linked: Arc<Linked>,
}

/// An entry's key, `(tenant, reference)`, borrowed from the request: looked up on every page
/// a linked employee views, it costs no copy. It hashes as the tuple does (fields in order).
#[derive(Hash)]
struct Ref<'a>(i64, &'a str);

impl quick_cache::Equivalent<(i64, Box<str>)> for Ref<'_> {
    fn equivalent(&self, (tenant_id, reference): &(i64, Box<str>)) -> bool {
        self.0 == *tenant_id && self.1 == &**reference
    }
}

pub struct RosterCache {
    entries: quick_cache::sync::Cache<(i64, Box<str>), Arc<Entry>>,
}

impl Default for RosterCache {
    fn default() -> Self {
        RosterCache {
            entries: quick_cache::sync::Cache::new(CAPACITY),
        }
    }
}

impl RosterCache {
    /// The employee under this reference, if read under these versions.
    pub fn get(
        &self,
        tenant_id: i64,
        reference: &str,
        roster_version: i64,
        generation: u64,
    ) -> Option<Arc<Linked>> {
        let entry = self.entries.get(&Ref(tenant_id, reference))?;
        (entry.roster_version == roster_version && entry.generation == generation)
            .then(|| entry.linked.clone())
    }

    /// Keeps an employee read from the database under these versions (taken before the read).
    pub fn put(
        &self,
        tenant_id: i64,
        reference: &str,
        roster_version: i64,
        generation: u64,
        linked: Linked,
    ) {
        self.entries.insert(
            (tenant_id, reference.into()),
            Arc::new(Entry {
                roster_version,
                generation,
                linked: Arc::new(linked),
            }),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_serves_only_the_versions_it_was_read_under() {
        let cache = RosterCache::default();
        let ada = Linked {
            id: 7,
            policy: None,
            preferred_language: Some("de".into()),
        };
        cache.put(1, "ref-ada", 4, 10, ada.clone());
        assert_eq!(cache.get(1, "ref-ada", 4, 10).as_deref(), Some(&ada));
        assert!(cache.get(1, "ref-ada", 5, 10).is_none(), "roster changed");
        assert!(cache.get(1, "ref-ada", 4, 11).is_none(), "changed here");
        assert!(cache.get(2, "ref-ada", 4, 10).is_none(), "another tenant");
        assert!(cache.get(1, "ref-bob", 4, 10).is_none());
    }
}
