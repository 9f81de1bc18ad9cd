//! Device profiles by the headers they were detected from, kept in memory.
//!
//! Detection (`app::domain::detect`) parses the User-Agent with regular expressions, which
//! was a tenth of a cached page's CPU under the herd benchmark, while a rollout's employees
//! send a few hundred distinct header sets between them. The profile for the same User-Agent
//! and client hints is always the same, so it is kept: at most [`CAPACITY`] header sets, each
//! at most [`MAX_KEY`] bytes (longer ones are detected each time and not kept).

use app::domain::{DeviceProfile, RequestHints, detect};

const CAPACITY: usize = 4096;
const MAX_KEY: usize = 2048;

pub struct DetectCache {
    profiles: quick_cache::sync::Cache<Hints, DeviceProfile>,
}

/// Every input of detection, each told apart from its absence: a kept entry's key.
#[derive(Debug, PartialEq, Eq, Hash)]
struct Hints([Option<Box<str>>; 7]);

/// The same, borrowed from a request, to look an entry up without copying the headers (every
/// page does it). Fields in the same order and of types that hash alike (`&str` as `Box<str>`),
/// so both hash alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct HintsRef<'a>([Option<&'a str>; 7]);

impl quick_cache::Equivalent<Hints> for HintsRef<'_> {
    fn equivalent(&self, kept: &Hints) -> bool {
        self.0.iter().zip(&kept.0).all(|(a, b)| *a == b.as_deref())
    }
}

impl HintsRef<'_> {
    fn to_owned(self) -> Hints {
        Hints(self.0.map(|f| f.map(Box::from)))
    }
}

impl Default for DetectCache {
    fn default() -> Self {
        DetectCache {
            profiles: quick_cache::sync::Cache::new(CAPACITY),
        }
    }
}

impl DetectCache {
    /// The profile these hints give, as [`detect`] finds it.
    pub fn profile(&self, hints: &RequestHints<'_>) -> DeviceProfile {
        let Some(key) = key_of(hints) else {
            return detect(hints);
        };
        if let Some(found) = self.profiles.get(&key) {
            return found;
        }
        let profile = detect(hints);
        self.profiles.insert(key.to_owned(), profile.clone());
        profile
    }
}

/// The key of these hints; `None` when they are too long to keep.
fn key_of<'a>(hints: &RequestHints<'a>) -> Option<HintsRef<'a>> {
    let RequestHints {
        user_agent,
        brands,
        full_version_list,
        mobile,
        platform,
        platform_version,
        model,
    } = *hints;
    let fields = [
        user_agent,
        brands,
        full_version_list,
        mobile,
        platform,
        platform_version,
        model,
    ];
    let len: usize = fields.iter().map(|f| f.map_or(0, str::len)).sum();
    (len <= MAX_KEY).then_some(HintsRef(fields))
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    #[test]
    fn a_kept_profile_is_the_one_detection_gives() {
        let cache = DetectCache::default();
        let hints = RequestHints {
            user_agent: Some(IPHONE),
            ..RequestHints::default()
        };
        let first = cache.profile(&hints);
        assert_eq!(first, detect(&hints));
        assert_eq!(cache.profile(&hints), first, "from memory");
        assert_eq!(cache.profiles.len(), 1);
        // The borrowed key finds what the owned one keeps.
        let key = key_of(&hints).expect("short enough to keep");
        assert_eq!(cache.profiles.get(&key), Some(first));
        let other = RequestHints {
            model: Some("iPhone"),
            ..hints
        };
        assert_eq!(cache.profiles.get(&key_of(&other).expect("short")), None);
    }

    #[test]
    fn absent_and_empty_hints_are_told_apart() {
        let absent = RequestHints {
            user_agent: Some(IPHONE),
            ..RequestHints::default()
        };
        let empty = RequestHints {
            user_agent: Some(IPHONE),
            model: Some(""),
            ..RequestHints::default()
        };
        assert_ne!(key_of(&absent), key_of(&empty));
        let moved = RequestHints {
            user_agent: None,
            brands: Some(IPHONE),
            ..RequestHints::default()
        };
        assert_ne!(key_of(&absent), key_of(&moved));
    }

    #[test]
    fn huge_headers_are_detected_but_not_kept() {
        let cache = DetectCache::default();
        let long = "x".repeat(MAX_KEY + 1);
        let hints = RequestHints {
            user_agent: Some(&long),
            ..RequestHints::default()
        };
        assert_eq!(cache.profile(&hints), detect(&hints));
        assert_eq!(cache.profiles.len(), 0);
    }
}
