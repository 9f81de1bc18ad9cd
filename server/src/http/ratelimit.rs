//! Rate limits keyed on who is asking, not on the address they ask from: employees share
//! corporate NAT addresses, and so do admins in one office.
//!
//! - Admin sign-in: per account email (trimmed, lower-case), 5 attempts then one every 12 s;
//!   plus a loose per-address backstop (60, then one a second) that only a script spraying
//!   many addresses from one host reaches. Behind trusted proxies, the address is the client's
//!   from `X-Forwarded-For` ([`super::context::client_address`]).
//! - Personal links: opening a link (or a QR code's continue link) and the employee's journey
//!   forms, per employee of a verified token: 30 at once, then one a second. Reloading is
//!   fine; a script hammering one link is not. Requests without a valid link are not limited
//!   here (they record nothing about anyone).
//!
//! State lives in this process: each instance behind a load balancer limits on its own.

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

/// How often (in checks) a limiter forgets keys whose allowance is full again.
const HOUSEKEEPING_EVERY: u32 = 1024;

/// One keyed limiter that forgets idle keys now and then, so attacker-chosen keys (emails)
/// cannot grow the map without bound.
pub struct Limiter<K: Hash + Eq + Clone> {
    inner: DefaultKeyedRateLimiter<K>,
    checks: AtomicU32,
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    /// `burst` requests at once, then one every `per`.
    pub fn new(burst: u32, per: Duration) -> Self {
        let quota = Quota::with_period(per)
            .expect("a non-zero period")
            .allow_burst(NonZeroU32::new(burst).expect("a non-zero burst"));
        Limiter {
            inner: DefaultKeyedRateLimiter::keyed(quota),
            checks: AtomicU32::new(0),
        }
    }

    /// `Ok` when `key` may go ahead (and counts it); else how long until it may.
    pub fn check(&self, key: &K) -> Result<(), Duration> {
        if self
            .checks
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(HOUSEKEEPING_EVERY)
        {
            self.inner.retain_recent();
            self.inner.shrink_to_fit();
        }
        self.inner
            .check_key(key)
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Keys currently remembered.
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
}

/// The server's limits, one set per router.
pub struct RateLimits {
    pub login_email: Limiter<String>,
    pub login_address: Limiter<IpAddr>,
    /// Keyed by (tenant id, employee id) of a verified personal or continue token.
    pub employee: Limiter<(i64, i64)>,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            login_email: Limiter::new(5, Duration::from_secs(12)),
            login_address: Limiter::new(60, Duration::from_secs(1)),
            employee: Limiter::new(30, Duration::from_secs(1)),
        }
    }
}

impl RateLimits {
    /// A sign-in attempt for `email` from `address`.
    pub fn sign_in(&self, email: &str, address: Option<IpAddr>) -> Result<(), Duration> {
        if let Some(ip) = address {
            self.login_address.check(&ip)?;
        }
        self.login_email.check(&normalise_email(email))
    }
}

/// The form of an email address sign-in looks it up by.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Whole seconds for a `Retry-After` header, at least one.
pub fn retry_after_secs(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_has_its_own_allowance() {
        let l = Limiter::new(2, Duration::from_secs(60));
        assert!(l.check(&"a").is_ok());
        assert!(l.check(&"a").is_ok());
        let wait = l.check(&"a").unwrap_err();
        assert!(wait > Duration::from_secs(50) && wait <= Duration::from_secs(60));
        assert!(l.check(&"b").is_ok(), "another key is not affected");
    }

    #[test]
    fn sign_in_is_keyed_on_the_normalised_email() {
        let limits = RateLimits::default();
        let ip = Some(IpAddr::from([10, 0, 0, 1]));
        for _ in 0..5 {
            assert!(limits.sign_in("Ada@Example.com ", ip).is_ok());
        }
        assert!(limits.sign_in("ada@example.com", ip).is_err());
        assert!(limits.sign_in("grace@example.com", ip).is_ok());
    }

    #[test]
    fn retry_after_rounds_up() {
        assert_eq!(retry_after_secs(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_secs(Duration::from_millis(11_200)), 12);
        assert_eq!(retry_after_secs(Duration::ZERO), 1);
    }
}
