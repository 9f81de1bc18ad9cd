//! The rollout dashboard's rules: the funnel's stages, which employees are left and why, which
//! devices are below a flow's minimum, and how days are counted in the tenant's time zone.
//! Plain data in, answers out; the server runs the queries and the console draws the result.

use super::Catalogue;
use super::chooser::{Note, Policy, choose};
use super::device::{DeviceProfile, OsVersion, Platform};
use super::id::id_enum;
use super::journey::Stage;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use std::collections::BTreeMap;

/// The funnel's stages, in order. Every count is of employees in the roster (after the
/// department filter); the date range applies to when each stage was reached.
pub const FUNNEL: [&str; 8] = [
    "roster",
    "announced",
    "opened",
    "flow-started",
    "handed-off",
    "signed-in",
    "registered",
    // From the sign-in logs, where an Entra connection reads them.
    "passkey-sign-in",
];

id_enum! {
    /// Why an employee without a passkey is still without one, most telling reason first.
    pub enum Straggler {
        /// A guest account: Entra does not support passkey registration for guests.
        Guest = "guest",
        /// No MFA method registered: they cannot pass the MFA Security info asks for before
        /// adding a passkey, so they need a Temporary Access Pass from the helpdesk.
        NeedsTap = "needs-tap",
        /// They reported being stuck and have not got past that step.
        Stuck = "stuck",
        /// Their latest device's OS is too old for a flow the organisation allows.
        BelowMinimum = "below-minimum",
        /// An administrator (Entra's `isAdmin`): a device-bound passkey or a security key.
        Admin = "admin",
        /// They went to Security info but Entra does not list a passkey.
        HandedOff = "handed-off",
        /// They never opened their personal link.
        NeverOpened = "never-opened",
        /// They opened it and have not got as far as Security info.
        InProgress = "in-progress",
    }
}

/// What Entra's registration details say beyond the methods (Graph only; the portal's CSV
/// has none of it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, PartialOrd, Ord)]
pub struct EntraFacts {
    /// `isMfaRegistered` is false: no method to pass MFA with.
    pub no_mfa: bool,
    pub admin: bool,
    pub guest: bool,
}

impl EntraFacts {
    /// From the stored flags; unknown counts as nothing to say.
    pub fn from_flags(
        mfa_registered: Option<bool>,
        admin: Option<bool>,
        user_type: Option<&str>,
    ) -> Self {
        EntraFacts {
            no_mfa: mfa_registered == Some(false),
            admin: admin == Some(true),
            guest: user_type.is_some_and(|t| t.eq_ignore_ascii_case("guest")),
        }
    }

    /// The helpdesk's hints, as Fluent keys, most pressing first.
    pub fn hints(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.guest {
            out.push("helpdesk-hint-guest");
        }
        if self.no_mfa {
            out.push("helpdesk-hint-needs-tap");
        }
        if self.admin {
            out.push("helpdesk-hint-admin");
        }
        out
    }
}

/// What the dashboard knows about one employee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Entra's latest word: `None` when the employee is not in any import or sync yet.
    pub registered: Option<bool>,
    pub stage: Stage,
    pub stuck: bool,
    pub below_minimum: bool,
    pub facts: EntraFacts,
}

/// `None` for an employee Entra lists with a passkey; otherwise why they are still left.
/// Someone not in Entra's report yet counts as not registered.
pub fn classify(s: &Standing) -> Option<Straggler> {
    if s.registered == Some(true) {
        return None;
    }
    Some(if s.facts.guest {
        Straggler::Guest
    } else if s.facts.no_mfa {
        Straggler::NeedsTap
    } else if s.stuck {
        Straggler::Stuck
    } else if s.below_minimum {
        Straggler::BelowMinimum
    } else if s.facts.admin {
        Straggler::Admin
    } else if s.stage >= Stage::HandedOff {
        Straggler::HandedOff
    } else if s.stage == Stage::NotOpened {
        Straggler::NeverOpened
    } else {
        Straggler::InProgress
    })
}

/// Whether the guide asked a device to update its OS first: the version is below the minimum
/// of a flow the organisation allows on that platform. Unknown platforms and versions are not
/// below anything.
pub fn below_minimum(
    catalogue: &Catalogue,
    policy: &Policy,
    platform: &str,
    os_version: Option<&str>,
) -> bool {
    let (Ok(platform), Some(version)) = (
        platform.parse::<Platform>(),
        os_version.and_then(OsVersion::parse_lenient),
    ) else {
        return false;
    };
    let profile = DeviceProfile {
        os_version: Some(version),
        ..DeviceProfile::chosen(platform)
    };
    choose(catalogue, &profile, policy)
        .notes
        .iter()
        .any(|n| matches!(n, Note::UpdateFirst { .. }))
}

/// `part` as a whole percentage of `whole`, rounded half up; `None` when `whole` is 0.
pub fn percent(part: u64, whole: u64) -> Option<u64> {
    (whole > 0).then(|| (part * 200 + whole) / (whole * 2))
}

/// The longest date range the dashboard accepts, and the days shown when none is given.
pub const MAX_DAYS: i64 = 366;
pub const DEFAULT_DAYS: i64 = 42;

/// A range of whole days in the tenant's time zone, as milliseconds `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    pub first: Date,
    pub last: Date,
    pub from_ms: i64,
    pub to_ms: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeError {
    /// `from` or `to` is not a date (YYYY-MM-DD).
    NotADate(&'static str),
    /// `to` is before `from`.
    Reversed,
    /// More than [`MAX_DAYS`] days.
    TooLong,
}

fn parse_day(field: &'static str, text: &str) -> Result<Option<Date>, RangeError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<Date>()
        .map(Some)
        .map_err(|_| RangeError::NotADate(field))
}

fn start_of(day: Date, tz: &TimeZone) -> i64 {
    day.to_zoned(tz.clone())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or(i64::MAX)
}

/// The day an instant falls on in `tz`.
pub fn day_of(ms: i64, tz: &TimeZone) -> Date {
    Timestamp::from_millisecond(ms)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned(tz.clone())
        .date()
}

/// Reads the filter's dates. Both are optional: `from` alone runs to today, `to` alone starts
/// [`DEFAULT_DAYS`] before it, neither means the last [`DEFAULT_DAYS`] days up to today.
/// `filtered` is false when neither was given, so the counts can cover all time while the
/// chart still shows a window.
pub fn day_range(
    from: &str,
    to: &str,
    tz: &TimeZone,
    now_ms: i64,
) -> Result<(DayRange, bool), RangeError> {
    let (from, to) = (parse_day("from", from), parse_day("to", to));
    let (from, to) = (from?, to?);
    let today = day_of(now_ms, tz);
    let last = to.unwrap_or(today);
    let first = match from {
        Some(f) => f,
        None => last
            .checked_sub(jiff::Span::new().days(DEFAULT_DAYS - 1))
            .unwrap_or(last),
    };
    if last < first {
        return Err(RangeError::Reversed);
    }
    let days = first.until(last).map(|s| s.get_days()).unwrap_or(0) as i64 + 1;
    if days > MAX_DAYS {
        return Err(RangeError::TooLong);
    }
    let range = DayRange {
        first,
        last,
        from_ms: start_of(first, tz),
        to_ms: last.tomorrow().map_or(i64::MAX, |d| start_of(d, tz)),
    };
    Ok((range, from.is_some() || to.is_some()))
}

/// The length of the buckets the database counts in: every time zone's offset from UTC is a
/// whole number of quarter hours, so quarter-hour counts regroup exactly into local days.
pub const BUCKET_MS: i64 = 15 * 60 * 1000;

/// Regroups quarter-hour counts (`bucket` = ms / [`BUCKET_MS`]) into the range's local days,
/// every day present, zeros included.
pub fn per_day(buckets: &[(i64, u64)], range: &DayRange, tz: &TimeZone) -> Vec<(Date, u64)> {
    let mut days: BTreeMap<Date, u64> = BTreeMap::new();
    let mut d = range.first;
    while d <= range.last {
        days.insert(d, 0);
        match d.tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    for &(bucket, n) in buckets {
        if let Some(c) = days.get_mut(&day_of(bucket * BUCKET_MS, tz)) {
            *c += n;
        }
    }
    days.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(registered: Option<bool>, stage: Stage, stuck: bool, below: bool) -> Standing {
        Standing {
            registered,
            stage,
            stuck,
            below_minimum: below,
            facts: EntraFacts::default(),
        }
    }

    #[test]
    fn entra_facts_come_first_where_they_block_and_admins_after_the_device() {
        let with = |facts: EntraFacts, stuck: bool| {
            classify(&Standing {
                facts,
                ..standing(Some(false), Stage::HandedOff, stuck, false)
            })
        };
        let f = EntraFacts::from_flags;
        assert_eq!(
            with(f(Some(true), Some(false), Some("Guest")), true),
            Some(Straggler::Guest)
        );
        assert_eq!(
            with(f(Some(false), None, Some("member")), true),
            Some(Straggler::NeedsTap)
        );
        assert_eq!(
            with(f(Some(true), Some(true), None), true),
            Some(Straggler::Stuck)
        );
        assert_eq!(
            with(f(Some(true), Some(true), None), false),
            Some(Straggler::Admin)
        );
        // Unknown (a CSV import) says nothing.
        assert_eq!(with(f(None, None, None), false), Some(Straggler::HandedOff));
        assert_eq!(
            f(Some(false), Some(true), Some("guest")).hints(),
            [
                "helpdesk-hint-guest",
                "helpdesk-hint-needs-tap",
                "helpdesk-hint-admin"
            ]
        );
    }

    #[test]
    fn registered_employees_are_not_stragglers_and_the_rest_get_one_reason() {
        assert_eq!(
            classify(&standing(Some(true), Stage::NotOpened, true, true)),
            None
        );
        let s = |reg, stage, stuck, below| classify(&standing(reg, stage, stuck, below));
        assert_eq!(
            s(None, Stage::NotOpened, false, false),
            Some(Straggler::NeverOpened)
        );
        assert_eq!(
            s(Some(false), Stage::Opened, false, false),
            Some(Straggler::InProgress)
        );
        assert_eq!(
            s(Some(false), Stage::FlowStarted, false, false),
            Some(Straggler::InProgress)
        );
        assert_eq!(
            s(Some(false), Stage::HandedOff, false, false),
            Some(Straggler::HandedOff)
        );
        assert_eq!(
            s(None, Stage::Confirmed, false, false),
            Some(Straggler::HandedOff)
        );
        // Stuck outranks an old OS, which outranks having been handed off.
        assert_eq!(
            s(Some(false), Stage::HandedOff, true, true),
            Some(Straggler::Stuck)
        );
        assert_eq!(
            s(Some(false), Stage::HandedOff, false, true),
            Some(Straggler::BelowMinimum)
        );
        for k in Straggler::ALL {
            assert_eq!(Straggler::from_id(k.id()), Some(k));
        }
        assert_eq!(Straggler::from_id("registered"), None);
    }

    #[test]
    fn below_minimum_follows_the_catalogue_and_the_policy() {
        let c = Catalogue::embedded();
        let all = Policy::default();
        // Authenticator passkeys need iOS 17 and Android 14.
        assert!(below_minimum(c, &all, "iphone", Some("16.7")));
        assert!(!below_minimum(c, &all, "iphone", Some("17.0")));
        assert!(below_minimum(c, &all, "android", Some("13")));
        assert!(!below_minimum(c, &all, "android", Some("15")));
        // Nothing known, nothing claimed.
        assert!(!below_minimum(c, &all, "iphone", None));
        assert!(!below_minimum(c, &all, "iphone", Some("not a version")));
        assert!(!below_minimum(c, &all, "toaster", Some("1")));
        // Without the Authenticator allowed, an iOS 16 iPhone is not asked to update for it.
        let mut no_authenticator = Policy::default();
        no_authenticator.authenticators.microsoft_authenticator = false;
        assert!(!below_minimum(c, &no_authenticator, "iphone", Some("16.7")));
    }

    #[test]
    fn percentages_round_half_up_and_need_a_whole() {
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 8), Some(13));
        assert_eq!(percent(0, 5), Some(0));
        assert_eq!(percent(5, 5), Some(100));
        assert_eq!(percent(3, 0), None);
    }

    #[test]
    fn day_ranges_are_local_days_and_are_checked() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        // 2026-11-22T12:00:00Z
        let now = 1_795_348_800_000;
        let (r, filtered) = day_range("", "", &tz, now).unwrap();
        assert!(!filtered);
        assert_eq!(r.last.to_string(), "2026-11-22");
        assert_eq!(r.first.to_string(), "2026-10-12");
        let (r, filtered) = day_range("2026-03-29", "2026-03-29", &tz, now).unwrap();
        assert!(filtered);
        // The day clocks went forward is 23 hours long, starting at 23:00 UTC the day before.
        assert_eq!(r.to_ms - r.from_ms, 23 * 3_600_000);
        assert_eq!(r.from_ms, 1_774_738_800_000);
        assert_eq!(
            day_range("2026-02-30", "", &tz, now),
            Err(RangeError::NotADate("from"))
        );
        assert_eq!(
            day_range("", "22/11/2026", &tz, now),
            Err(RangeError::NotADate("to"))
        );
        assert_eq!(
            day_range("2026-11-02", "2026-11-01", &tz, now),
            Err(RangeError::Reversed)
        );
        assert_eq!(
            day_range("2024-01-01", "2026-01-01", &tz, now),
            Err(RangeError::TooLong)
        );
    }

    #[test]
    fn quarter_hours_regroup_into_local_days_with_zeros_kept() {
        let tz = TimeZone::get("Asia/Kolkata").unwrap(); // UTC+05:30
        let now = 1_795_348_800_000;
        let (r, _) = day_range("2026-11-20", "2026-11-22", &tz, now).unwrap();
        // 2026-11-20T18:30Z is midnight of the 21st in India; the bucket before is the 20th.
        let midnight_21 = 1_795_199_400_000 / BUCKET_MS;
        let days = per_day(&[(midnight_21 - 1, 2), (midnight_21, 5), (0, 9)], &r, &tz);
        let shown: Vec<(String, u64)> = days.iter().map(|(d, n)| (d.to_string(), *n)).collect();
        assert_eq!(
            shown,
            vec![
                ("2026-11-20".into(), 2),
                ("2026-11-21".into(), 5),
                ("2026-11-22".into(), 0)
            ]
        );
    }
}
