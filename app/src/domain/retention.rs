//! How long an employee's journey data is kept, and what becomes of it after.
//!
//! A tenant keeps journey data (the devices seen, each step, answers, stuck reports, the
//! messages sent) for a number of days — 180 unless it says otherwise — counted from the day
//! the employee registered a passkey or left the rollout:
//!
//! - **registered**: after the period the step-by-step data goes (events, diagnostics,
//!   reminders, messages, devices); the roster entry and the dates each stage was reached stay,
//!   as the dashboard counts them;
//! - **left**: after the period everything about them goes, as an erasure does;
//! - **neither**: kept while the rollout needs it.
//!
//! The retention run goes through each tenant once a day. Plain Rust with the clock passed in.

/// Days kept when a tenant has not chosen.
pub const DEFAULT_DAYS: u32 = 180;
/// The longest period a tenant can choose: ten years.
pub const MAX_DAYS: u32 = 3650;
/// How often a tenant's retention is applied.
pub const RUN_EVERY_MS: i64 = DAY_MS;

const DAY_MS: i64 = 86_400_000;

/// A retention period a tenant can choose: 1 to [`MAX_DAYS`] days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention { days: DEFAULT_DAYS }
    }
}

/// Why a retention period was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RetentionError {
    #[error("the retention period is a whole number of days")]
    NotANumber,
    #[error("the retention period is 1 to {MAX_DAYS} days")]
    OutOfRange,
}

impl RetentionError {
    /// The Fluent message that says it.
    pub fn message_id(self) -> &'static str {
        match self {
            RetentionError::NotANumber => "privacy-error-not-a-number",
            RetentionError::OutOfRange => "privacy-error-out-of-range",
        }
    }
}

impl Retention {
    pub fn new(days: i64) -> Result<Self, RetentionError> {
        u32::try_from(days)
            .ok()
            .filter(|d| (1..=MAX_DAYS).contains(d))
            .map(|days| Retention { days })
            .ok_or(RetentionError::OutOfRange)
    }

    /// Reads a period typed in a form.
    pub fn parse(text: &str) -> Result<Self, RetentionError> {
        let days: i64 = text
            .trim()
            .parse()
            .map_err(|_| RetentionError::NotANumber)?;
        Self::new(days)
    }

    /// A stored value; one out of range (edited by hand) reads as the default.
    pub fn stored(days: i64) -> Self {
        Self::new(days).unwrap_or_default()
    }

    pub fn days(self) -> u32 {
        self.days
    }

    fn period_ms(self) -> i64 {
        i64::from(self.days) * DAY_MS
    }

    /// The moment before which kept records (sent manager digests) have outlived the period.
    pub fn cutoff_ms(self, now_ms: i64) -> i64 {
        now_ms.saturating_sub(self.period_ms())
    }

    /// What becomes of an employee's data at `now_ms`.
    pub fn fate(self, subject: &Subject, now_ms: i64) -> Fate {
        match self.expires_at_ms(subject) {
            Some((at, fate)) if at <= now_ms => fate,
            _ => Fate::Keep,
        }
    }

    /// When the employee's data expires, and what happens then; `None` while they have
    /// neither registered nor left. Leaving wins over registering: everything goes.
    pub fn expires_at_ms(self, subject: &Subject) -> Option<(i64, Fate)> {
        if let Some(left) = subject.left_at_ms {
            return Some((left.saturating_add(self.period_ms()), Fate::Erase));
        }
        subject
            .registered_at_ms
            .map(|at| (at.saturating_add(self.period_ms()), Fate::Trim))
    }
}

/// What retention needs to know about one employee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Subject {
    /// When they registered a passkey: Entra's (or the CSV's) date, or their own confirmation
    /// when no status is known.
    pub registered_at_ms: Option<i64>,
    /// When they left the rollout.
    pub left_at_ms: Option<i64>,
}

/// What Entra (or the portal's CSV) last said about an employee's passkey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    pub has_passkey: bool,
    /// When the passkey was registered, where the report says.
    pub passkey_since_ms: Option<i64>,
    /// When the status was learned.
    pub learned_at_ms: i64,
}

impl Subject {
    /// An employee from what is stored: registered when the status says so (since the
    /// passkey's date, or when that was learned); with no status known, since they confirmed
    /// it themselves. A status without a passkey overrides their own confirmation.
    pub fn new(
        status: Option<Status>,
        confirmed_at_ms: Option<i64>,
        left_at_ms: Option<i64>,
    ) -> Self {
        let registered_at_ms = match status {
            Some(s) if s.has_passkey => Some(s.passkey_since_ms.unwrap_or(s.learned_at_ms)),
            Some(_) => None,
            None => confirmed_at_ms,
        };
        Subject {
            registered_at_ms,
            left_at_ms,
        }
    }
}

/// What the retention run does with an employee's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Keep,
    /// The step-by-step data goes; the roster entry and the stage dates stay.
    Trim,
    /// Everything about them goes.
    Erase,
}

/// Whether a tenant's daily run is due, given when it last ran.
pub fn run_due(last_run_ms: Option<i64>, now_ms: i64) -> bool {
    last_run_ms.is_none_or(|last| now_ms.saturating_sub(last) >= RUN_EVERY_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000_000;

    #[test]
    fn the_default_is_180_days() {
        assert_eq!(Retention::default().days(), 180);
        assert_eq!(Retention::stored(0).days(), 180);
        assert_eq!(Retention::stored(99_999).days(), 180);
        assert_eq!(Retention::stored(30).days(), 30);
    }

    #[test]
    fn periods_are_whole_days_in_range() {
        assert_eq!(Retention::parse(" 90 ").map(Retention::days), Ok(90));
        assert_eq!(Retention::parse("3650").map(Retention::days), Ok(3650));
        assert_eq!(Retention::parse("0"), Err(RetentionError::OutOfRange));
        assert_eq!(Retention::parse("-5"), Err(RetentionError::OutOfRange));
        assert_eq!(Retention::parse("3651"), Err(RetentionError::OutOfRange));
        assert_eq!(Retention::parse("1.5"), Err(RetentionError::NotANumber));
        assert_eq!(Retention::parse(""), Err(RetentionError::NotANumber));
        assert_eq!(
            Retention::parse("99999999999999999999"),
            Err(RetentionError::NotANumber)
        );
    }

    #[test]
    fn registered_employees_are_trimmed_after_the_period_to_the_millisecond() {
        let r = Retention::new(180).unwrap();
        let registered = NOW - 180 * DAY_MS;
        let s = Subject {
            registered_at_ms: Some(registered),
            left_at_ms: None,
        };
        assert_eq!(r.fate(&s, NOW), Fate::Trim);
        assert_eq!(r.fate(&s, NOW - 1), Fate::Keep);
        assert_eq!(r.expires_at_ms(&s), Some((NOW, Fate::Trim)));
        assert_eq!(r.cutoff_ms(NOW), registered);
    }

    #[test]
    fn leavers_are_erased_and_leaving_wins_over_registering() {
        let r = Retention::new(30).unwrap();
        let s = Subject {
            registered_at_ms: Some(NOW - 400 * DAY_MS),
            left_at_ms: Some(NOW - 31 * DAY_MS),
        };
        assert_eq!(r.fate(&s, NOW), Fate::Erase);
        let recent = Subject {
            left_at_ms: Some(NOW - 29 * DAY_MS),
            ..s
        };
        // Left recently: nothing goes yet, not even the old registration's trim.
        assert_eq!(r.fate(&recent, NOW), Fate::Keep);
    }

    #[test]
    fn people_still_in_the_rollout_are_kept() {
        let s = Subject::default();
        assert_eq!(Retention::new(1).unwrap().fate(&s, i64::MAX), Fate::Keep);
        assert_eq!(Retention::default().expires_at_ms(&s), None);
    }

    #[test]
    fn far_dates_do_not_overflow() {
        let s = Subject {
            registered_at_ms: Some(i64::MAX - 5),
            left_at_ms: None,
        };
        assert_eq!(Retention::default().fate(&s, NOW), Fate::Keep);
    }

    #[test]
    fn registration_comes_from_the_status_before_the_employees_own_word() {
        let status = |has_passkey, since| Status {
            has_passkey,
            passkey_since_ms: since,
            learned_at_ms: 50,
        };
        assert_eq!(
            Subject::new(Some(status(true, Some(10))), Some(40), None).registered_at_ms,
            Some(10)
        );
        assert_eq!(
            Subject::new(Some(status(true, None)), Some(40), None).registered_at_ms,
            Some(50)
        );
        // Entra lists no passkey: their "it worked" does not start the clock.
        assert_eq!(
            Subject::new(Some(status(false, None)), Some(40), None).registered_at_ms,
            None
        );
        assert_eq!(
            Subject::new(None, Some(40), Some(7)).registered_at_ms,
            Some(40)
        );
        assert_eq!(Subject::new(None, None, Some(7)).left_at_ms, Some(7));
    }

    #[test]
    fn the_run_is_due_once_a_day() {
        assert!(run_due(None, NOW));
        assert!(!run_due(Some(NOW - DAY_MS + 1), NOW));
        assert!(run_due(Some(NOW - DAY_MS), NOW));
        // A clock that went back does not run it again.
        assert!(!run_due(Some(NOW + 1000), NOW));
    }
}
