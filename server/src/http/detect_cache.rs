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
    profiles: quick_cache::sync::Cache<Box<str>, DeviceProfile>,
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
        if let Some(found) = self.profiles.get(key.as_str()) {
            return found;
        }
        let profile = detect(hints);
        self.profiles.insert(key.into(), profile.clone());
        profile
    }
}

/// Every input of detection, each told apart from its absence; `None` when too long to keep.
/// Header values cannot hold a line feed, so it separates them.
fn key_of(hints: &RequestHints<'_>) -> Option<String> {
    let RequestHints {
        user_agent,
        brands,
        full_version_list,
        mobile,
        platform,
        platform_version,
        model,
    } = hints;
    let fields = [
        user_agent,
        brands,
        full_version_list,
        mobile,
        platform,
        platform_version,
        model,
    ];
    let len: usize = fields.iter().map(|f| f.map_or(1, |v| v.len() + 2)).sum();
    if len > MAX_KEY {
        return None;
    }
    let mut key = String::with_capacity(len);
    for field in fields {
        match field {
            Some(v) => {
                key.push('=');
                key.push_str(v);
            }
            None => key.push('-'),
        }
        key.push('\n');
    }
    Some(key)
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
