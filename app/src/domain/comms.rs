//! The programme's deadline, the final notice before it and the weekly digest to managers.
//! Plain Rust with the clock passed in, so every rule is tested with fixed times.
//!
//! Rules:
//! - The deadline is a local date in the tenant's time zone and lasts to the end of that day.
//!   Once it has passed, reminders and the final notice stop.
//! - The final notice goes out once, from 09:00 local a configured number of days (3 by
//!   default) before the deadline date until the deadline passes, to employees who were
//!   announced, whom the latest registration status says have no passkey, and who have not
//!   opted out. An unknown status gets nothing: the product must never nag someone who
//!   already registered.
//! - Each manager gets one digest a week naming the people in their team still to register,
//!   with why: stuck, device too old, part-way or never opened. Only people whom the status
//!   says have no passkey are named; an unknown status is left out. A manager with nobody left
//!   gets no digest.
//! - The digest is due from Monday 09:00 local in each ISO week, and on any later day of that
//!   week if Monday's was missed; never on a weekend when the tenant skips weekends.

use super::id::id_enum;
use super::journey::{Position, Stage, Summary};
use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use std::collections::BTreeMap;

/// Default number of days before the deadline the final notice goes out.
pub const FINAL_NOTICE_DAYS: u16 = 3;

/// The local hour the final notice starts on its first day, and the weekly digest on Monday.
const MORNING_HOUR: i8 = 9;

/// The programme's deadline rules. `deadline` is a local date in the tenant's time zone; the
/// deadline is the end of that day.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    pub deadline: Option<Date>,
    pub time_zone: TimeZone,
    /// Days before the deadline the final notice goes out.
    pub final_notice_days: u16,
}

impl Default for Programme {
    fn default() -> Self {
        Programme {
            deadline: None,
            time_zone: TimeZone::UTC,
            final_notice_days: FINAL_NOTICE_DAYS,
        }
    }
}

impl Programme {
    /// The instant the deadline passes: the start of the day after `deadline` in the time
    /// zone (so the whole deadline day still counts, whatever its length across a DST change).
    pub fn deadline_end(&self) -> Option<Timestamp> {
        let next = self.deadline?.tomorrow().ok()?;
        next.to_zoned(self.time_zone.clone())
            .ok()
            .map(|z| z.timestamp())
    }

    /// True once the deadline has passed: reminders stop. Without a deadline, never.
    pub fn past_deadline(&self, now: Timestamp) -> bool {
        self.deadline_end().is_some_and(|end| now >= end)
    }

    /// When the final notice becomes due: 09:00 local, `final_notice_days` before the
    /// deadline date (on the deadline day itself when that is 0).
    pub fn final_notice_from(&self) -> Option<Timestamp> {
        let day = self
            .deadline?
            .checked_sub(i64::from(self.final_notice_days).days())
            .ok()?;
        day.at(MORNING_HOUR, 0, 0, 0)
            .to_zoned(self.time_zone.clone())
            .ok()
            .map(|z| z.timestamp())
    }
}

id_enum! {
    /// Why an employee gets no final notice now (for the dry run).
    pub enum FinalSkip {
        NoDeadline = "no-deadline",
        NotYet = "not-yet",
        PastDeadline = "past-deadline",
        NotAnnounced = "not-announced",
        Registered = "registered",
        StatusUnknown = "status-unknown",
        OptedOut = "opted-out",
        AlreadySent = "already-sent",
    }
}

/// One employee as the final notice sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FinalCandidate {
    pub employee_id: i64,
    /// Whether they were ever announced (an email sent or their link exported).
    pub announced: bool,
    /// From the latest registration status; `None` when no status covers them.
    pub has_passkey: Option<bool>,
    pub opted_out: bool,
    pub final_sent: bool,
}

/// Whether this employee gets the final notice now: they were announced, Entra says they have
/// no passkey (an unknown status gets nothing), they have not opted out (the caller passes
/// `opted_out = false` for everyone when the programme is mandatory), it was not sent to them
/// before, and `now` is within `[final_notice_from, deadline_end)`.
///
/// When several reasons apply, the one reported is the first of: no deadline, opted out,
/// registered, status unknown, not announced, already sent, past the deadline, not yet. What
/// is true of the employee comes before what is true of the calendar, so the dry run still
/// says who registered once the window has closed.
pub fn final_notice(now: Timestamp, p: &Programme, c: &FinalCandidate) -> Result<(), FinalSkip> {
    let (Some(from), Some(end)) = (p.final_notice_from(), p.deadline_end()) else {
        return Err(FinalSkip::NoDeadline);
    };
    if c.opted_out {
        return Err(FinalSkip::OptedOut);
    }
    match c.has_passkey {
        Some(true) => return Err(FinalSkip::Registered),
        None => return Err(FinalSkip::StatusUnknown),
        Some(false) => {}
    }
    if !c.announced {
        return Err(FinalSkip::NotAnnounced);
    }
    if c.final_sent {
        return Err(FinalSkip::AlreadySent);
    }
    if now >= end {
        return Err(FinalSkip::PastDeadline);
    }
    if now < from {
        return Err(FinalSkip::NotYet);
    }
    Ok(())
}

id_enum! {
    /// Why someone in a manager's team has not registered, as the digest says it. Lines are
    /// listed in this order.
    pub enum Reason {
        Stuck = "stuck",
        DeviceTooOld = "device-too-old",
        InProgress = "in-progress",
        NeverOpened = "never-opened",
    }
}

/// The troubleshooting ids that mean the device itself cannot hold a passkey.
const DEVICE_SYMPTOMS: [&str; 3] = ["os-too-old", "unsupported-browser", "device-not-supported"];

/// The reason from a journey summary: stuck with a device symptom (`os-too-old`,
/// `unsupported-browser`, `device-not-supported`) → device too old; stuck otherwise → stuck;
/// never opened (stage `NotOpened`, or no first-opened time) → never opened; anything else →
/// in progress. A journey that got as far as signing in while Entra still shows no passkey is
/// in progress too: something did not finish.
pub fn reason(journey: &Summary) -> Reason {
    if let Some(s) = &journey.stuck {
        return if DEVICE_SYMPTOMS.contains(&s.symptom.as_str()) {
            Reason::DeviceTooOld
        } else {
            Reason::Stuck
        };
    }
    if journey.stage == Stage::NotOpened || journey.first_opened_ms.is_none() {
        Reason::NeverOpened
    } else {
        Reason::InProgress
    }
}

/// Where the digest says someone is: the step they are stuck at, else the step they last
/// reached. Nothing for a stuck report outside a flow or a journey at the closing screen.
fn at(journey: &Summary) -> Option<(String, u16)> {
    if let Some(s) = &journey.stuck {
        return (!s.flow.is_empty()).then(|| (s.flow.clone(), s.step.max(1)));
    }
    match &journey.position {
        Some(Position::Step { flow, step }) => Some((flow.clone(), *step)),
        Some(Position::Done { .. }) | None => None,
    }
}

/// One employee as the digest sees them.
#[derive(Debug, Clone)]
pub struct Member<'a> {
    pub employee_id: i64,
    pub name: &'a str,
    pub email: &'a str,
    /// Lower-cased address of their manager, from Entra or the roster.
    pub manager: Option<&'a str>,
    /// From the latest registration status; `None` when no status covers them.
    pub has_passkey: Option<bool>,
    pub journey: &'a Summary,
}

/// One person in a manager's digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub employee_id: i64,
    pub name: String,
    pub email: String,
    pub reason: Reason,
    /// (flow id, step) where stuck or last seen, if any.
    pub at: Option<(String, u16)>,
}

/// Each manager's team still to register, keyed by the manager's address (trimmed and
/// lower-cased, so differently written copies of one address are one manager).
///
/// Only members whom the status says have no passkey are listed; an unknown status is left out
/// (never name someone who may have registered), as is anyone without a manager. A manager with
/// nobody left is absent. Lines are sorted by reason (stuck, device too old, in progress, never
/// opened), then by name ignoring case, then by employee id.
pub fn digests(members: &[Member<'_>]) -> BTreeMap<String, Vec<Line>> {
    let mut out: BTreeMap<String, Vec<Line>> = BTreeMap::new();
    for m in members {
        if m.has_passkey != Some(false) {
            continue;
        }
        let Some(manager) = m.manager.map(|a| a.trim().to_lowercase()) else {
            continue;
        };
        if manager.is_empty() {
            continue;
        }
        out.entry(manager).or_default().push(Line {
            employee_id: m.employee_id,
            name: m.name.to_owned(),
            email: m.email.to_owned(),
            reason: reason(m.journey),
            at: at(m.journey),
        });
    }
    for lines in out.values_mut() {
        lines.sort_by_cached_key(|l| (l.reason, l.name.to_lowercase(), l.employee_id));
    }
    out
}

/// The ISO week a digest belongs to, e.g. "2026-W49", in the tenant's time zone: the dedupe
/// key of "weekly". The year is the ISO week-numbering year, so 1 January 2027 (a Friday)
/// belongs to "2026-W53".
pub fn digest_week(now: Timestamp, tz: &TimeZone) -> String {
    let week = now.to_zoned(tz.clone()).date().iso_week_date();
    format!("{:04}-W{:02}", week.year(), week.week())
}

/// Digests go out once a week: due from Monday 09:00 local, and on any later day of that ISO
/// week (so a missed Monday still sends that week's); never on a weekend when `skip_weekends`
/// (then it waits for the next Monday, which starts a new week). The caller sends at most one
/// per manager per [`digest_week`].
pub fn digest_due(now: Timestamp, tz: &TimeZone, skip_weekends: bool) -> bool {
    let z = now.to_zoned(tz.clone());
    match z.weekday() {
        Weekday::Saturday | Weekday::Sunday => !skip_weekends,
        Weekday::Monday => z.hour() >= MORNING_HOUR,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::Stuck;
    use jiff::civil::date;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn berlin_tz() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    /// Deadline Friday 2026-12-18 in Berlin (UTC+1 in winter).
    fn berlin() -> Programme {
        Programme {
            deadline: Some(date(2026, 12, 18)),
            time_zone: berlin_tz(),
            final_notice_days: FINAL_NOTICE_DAYS,
        }
    }

    fn journey(stage: Stage, position: Option<Position>, stuck: Option<Stuck>) -> Summary {
        Summary {
            stage,
            position,
            answer: None,
            stuck,
            first_opened_ms: (stage != Stage::NotOpened).then_some(1_000),
            last_seen_ms: (stage != Stage::NotOpened).then_some(2_000),
        }
    }

    fn stuck(flow: &str, step: u16, symptom: &str) -> Stuck {
        Stuck {
            flow: flow.into(),
            step,
            symptom: symptom.into(),
            at_ms: 1_500,
        }
    }

    fn step(flow: &str, step: u16) -> Option<Position> {
        Some(Position::Step {
            flow: flow.into(),
            step,
        })
    }

    fn eligible(id: i64) -> FinalCandidate {
        FinalCandidate {
            employee_id: id,
            announced: true,
            has_passkey: Some(false),
            opted_out: false,
            final_sent: false,
        }
    }

    #[test]
    fn the_deadline_lasts_to_the_end_of_its_local_day() {
        let p = berlin();
        // Midnight after 18 December in Berlin is 23:00 UTC on the 18th.
        assert_eq!(p.deadline_end(), Some(ts("2026-12-18T23:00:00Z")));
        assert!(
            !p.past_deadline(ts("2026-12-18T22:59:59Z")),
            "23:59:59 local"
        );
        assert!(
            p.past_deadline(ts("2026-12-18T23:00:00Z")),
            "00:00 local on the 19th"
        );
        assert!(p.past_deadline(ts("2027-01-05T12:00:00Z")));
        // In summer Berlin is UTC+2.
        let summer = Programme {
            deadline: Some(date(2026, 7, 10)),
            ..berlin()
        };
        assert_eq!(summer.deadline_end(), Some(ts("2026-07-10T22:00:00Z")));
        // The same date in UTC ends an hour later than in Berlin.
        let utc = Programme {
            time_zone: TimeZone::UTC,
            ..berlin()
        };
        assert_eq!(utc.deadline_end(), Some(ts("2026-12-19T00:00:00Z")));
        assert!(!utc.past_deadline(ts("2026-12-18T23:30:00Z")));
        // Without a deadline nothing ever passes.
        let none = Programme::default();
        assert_eq!(
            (none.deadline_end(), none.final_notice_from()),
            (None, None)
        );
        assert!(!none.past_deadline(ts("2099-01-01T00:00:00Z")));
    }

    #[test]
    fn the_deadline_day_keeps_its_end_across_a_dst_change() {
        // Saturday 2027-03-27 in Berlin: the clocks go forward at 02:00 on the 28th, after
        // midnight, so the deadline still ends at 00:00 CET.
        let p = Programme {
            deadline: Some(date(2027, 3, 27)),
            ..berlin()
        };
        assert_eq!(p.deadline_end(), Some(ts("2027-03-27T23:00:00Z")));
        // Deadline on the 28th (a 23-hour day): ends at 00:00 CEST on the 29th.
        let p = Programme {
            deadline: Some(date(2027, 3, 28)),
            ..berlin()
        };
        assert_eq!(p.deadline_end(), Some(ts("2027-03-28T22:00:00Z")));
    }

    #[test]
    fn the_final_notice_window_opens_at_nine_local_days_before_the_deadline() {
        let p = berlin();
        // Three days before 18 December: Tuesday 15 December, 09:00 Berlin = 08:00 UTC.
        assert_eq!(p.final_notice_from(), Some(ts("2026-12-15T08:00:00Z")));
        let c = eligible(1);
        assert_eq!(
            final_notice(ts("2026-12-15T07:59:59Z"), &p, &c),
            Err(FinalSkip::NotYet)
        );
        assert_eq!(final_notice(ts("2026-12-15T08:00:00Z"), &p, &c), Ok(()));
        assert_eq!(final_notice(ts("2026-12-18T22:59:59Z"), &p, &c), Ok(()));
        assert_eq!(
            final_notice(ts("2026-12-18T23:00:00Z"), &p, &c),
            Err(FinalSkip::PastDeadline)
        );
        // Zero days: from 09:00 on the deadline day itself.
        let same_day = Programme {
            final_notice_days: 0,
            ..berlin()
        };
        assert_eq!(
            same_day.final_notice_from(),
            Some(ts("2026-12-18T08:00:00Z"))
        );
        // A week before, in UTC.
        let week = Programme {
            final_notice_days: 7,
            time_zone: TimeZone::UTC,
            ..berlin()
        };
        assert_eq!(week.final_notice_from(), Some(ts("2026-12-11T09:00:00Z")));
    }

    #[test]
    fn the_final_notice_skips_and_says_why() {
        let p = berlin();
        let now = ts("2026-12-16T10:00:00Z");
        let cases = [
            (
                FinalCandidate {
                    has_passkey: Some(true),
                    ..eligible(1)
                },
                FinalSkip::Registered,
            ),
            (
                FinalCandidate {
                    has_passkey: None,
                    ..eligible(1)
                },
                FinalSkip::StatusUnknown,
            ),
            (
                FinalCandidate {
                    opted_out: true,
                    ..eligible(1)
                },
                FinalSkip::OptedOut,
            ),
            (
                FinalCandidate {
                    announced: false,
                    ..eligible(1)
                },
                FinalSkip::NotAnnounced,
            ),
            (
                FinalCandidate {
                    final_sent: true,
                    ..eligible(1)
                },
                FinalSkip::AlreadySent,
            ),
        ];
        for (c, why) in cases {
            assert_eq!(final_notice(now, &p, &c), Err(why), "{c:?}");
        }
        assert_eq!(
            final_notice(now, &Programme::default(), &eligible(1)),
            Err(FinalSkip::NoDeadline)
        );
        // What is true of the employee is reported before what is true of the calendar.
        let registered = FinalCandidate {
            has_passkey: Some(true),
            ..eligible(1)
        };
        assert_eq!(
            final_notice(ts("2027-01-05T10:00:00Z"), &p, &registered),
            Err(FinalSkip::Registered)
        );
        assert_eq!(
            final_notice(ts("2026-12-01T10:00:00Z"), &p, &registered),
            Err(FinalSkip::Registered)
        );
    }

    #[test]
    fn the_reason_follows_each_stage_and_stuck_report() {
        for stage in Stage::ALL {
            let expected = if stage == Stage::NotOpened {
                Reason::NeverOpened
            } else {
                Reason::InProgress
            };
            assert_eq!(reason(&journey(stage, None, None)), expected, "{stage}");
            // Stuck wins over any stage.
            let j = journey(
                stage,
                None,
                Some(stuck("windows-hello", 2, "ca-bootstrap-loop")),
            );
            assert_eq!(reason(&j), Reason::Stuck, "{stage}");
        }
        for symptom in ["os-too-old", "unsupported-browser", "device-not-supported"] {
            let j = journey(Stage::FlowStarted, None, Some(stuck("x", 1, symptom)));
            assert_eq!(reason(&j), Reason::DeviceTooOld, "{symptom}");
        }
        // Only opened the list of causes: still stuck.
        let j = journey(Stage::Opened, None, Some(stuck("x", 1, "")));
        assert_eq!(reason(&j), Reason::Stuck);
        // A stage past NotOpened without a first-opened time counts as never opened.
        let j = Summary {
            first_opened_ms: None,
            ..journey(Stage::Opened, None, None)
        };
        assert_eq!(reason(&j), Reason::NeverOpened);
    }

    #[test]
    fn digests_group_by_manager_ignoring_case_and_sort_by_reason_then_name() {
        let never = journey(Stage::NotOpened, None, None);
        let part_way = journey(Stage::FlowStarted, step("iphone-authenticator", 3), None);
        let stuck_at = journey(
            Stage::HandedOff,
            step("windows-hello", 5),
            Some(stuck("windows-hello", 4, "not-enabled-by-policy")),
        );
        let old = journey(
            Stage::Opened,
            None,
            Some(stuck("android-chrome", 0, "os-too-old")),
        );
        let member = |id, name, manager, j| Member {
            employee_id: id,
            name,
            email: "x@example.com",
            manager,
            has_passkey: Some(false),
            journey: j,
        };
        let members = [
            member(1, "zoe", Some("Boss@Example.com"), &never),
            member(2, "Anna", Some("boss@example.com"), &never),
            member(3, "Carl", Some(" boss@example.com "), &part_way),
            member(4, "Bea", Some("BOSS@EXAMPLE.COM"), &stuck_at),
            member(5, "Dan", Some("boss@example.com"), &old),
            member(6, "Eve", Some("other@example.com"), &part_way),
        ];
        let d = digests(&members);
        assert_eq!(
            d.keys().collect::<Vec<_>>(),
            ["boss@example.com", "other@example.com"]
        );
        type Row = (i64, Reason, Option<(String, u16)>);
        let boss: Vec<Row> = d["boss@example.com"]
            .iter()
            .map(|l| (l.employee_id, l.reason, l.at.clone()))
            .collect();
        assert_eq!(
            boss,
            [
                (4, Reason::Stuck, Some(("windows-hello".into(), 4))),
                (5, Reason::DeviceTooOld, Some(("android-chrome".into(), 1))),
                (
                    3,
                    Reason::InProgress,
                    Some(("iphone-authenticator".into(), 3))
                ),
                // Same reason: by name, ignoring case.
                (2, Reason::NeverOpened, None),
                (1, Reason::NeverOpened, None),
            ]
        );
        assert_eq!(d["other@example.com"][0].name, "Eve");
        assert_eq!(d["other@example.com"][0].email, "x@example.com");
    }

    #[test]
    fn digests_name_only_people_known_to_have_no_passkey() {
        let never = journey(Stage::NotOpened, None, None);
        let done = journey(
            Stage::SignedIn,
            Some(Position::Done {
                flow: "windows-hello".into(),
            }),
            None,
        );
        let member = |id, manager, has_passkey, j| Member {
            employee_id: id,
            name: "n",
            email: "n@example.com",
            manager,
            has_passkey,
            journey: j,
        };
        let members = [
            // This manager's team all registered or has an unknown status: no digest.
            member(1, Some("done@example.com"), Some(true), &never),
            member(2, Some("done@example.com"), None, &never),
            // Unknown status is left out even when the journey says nothing happened.
            member(3, Some("mixed@example.com"), None, &never),
            member(4, Some("mixed@example.com"), Some(false), &done),
            // No manager, or a blank one: nobody to tell.
            member(5, None, Some(false), &never),
            member(6, Some("  "), Some(false), &never),
        ];
        let d = digests(&members);
        assert_eq!(d.keys().collect::<Vec<_>>(), ["mixed@example.com"]);
        let lines = &d["mixed@example.com"];
        assert_eq!(lines.len(), 1);
        // Signed in according to the journey but not according to Entra: still in progress,
        // and at the closing screen there is no step to name.
        assert_eq!(
            (lines[0].employee_id, lines[0].reason, lines[0].at.clone()),
            (4, Reason::InProgress, None)
        );
        assert!(digests(&[]).is_empty());
    }

    #[test]
    fn the_digest_week_is_the_iso_week_in_the_tenant_time_zone() {
        let utc = TimeZone::UTC;
        assert_eq!(digest_week(ts("2026-12-02T12:00:00Z"), &utc), "2026-W49");
        // Sunday 23:30 UTC is already Monday 00:30 in Berlin: the next week there.
        let late_sunday = ts("2026-12-06T23:30:00Z");
        assert_eq!(digest_week(late_sunday, &utc), "2026-W49");
        assert_eq!(digest_week(late_sunday, &berlin_tz()), "2026-W50");
        // New Year: 1 January 2027 is a Friday in the 53rd week of 2026.
        assert_eq!(
            digest_week(ts("2027-01-01T10:00:00Z"), &berlin_tz()),
            "2026-W53"
        );
        assert_eq!(
            digest_week(ts("2027-01-04T10:00:00Z"), &berlin_tz()),
            "2027-W01"
        );
    }

    #[test]
    fn the_digest_is_due_from_monday_nine_local_for_the_rest_of_the_week() {
        let tz = berlin_tz();
        // Monday 7 December 2026: 08:59 Berlin is not yet, 09:00 is.
        assert!(!digest_due(ts("2026-12-07T07:59:00Z"), &tz, true));
        assert!(digest_due(ts("2026-12-07T08:00:00Z"), &tz, true));
        // In UTC that same instant is 08:00: not yet.
        assert!(!digest_due(
            ts("2026-12-07T08:00:00Z"),
            &TimeZone::UTC,
            true
        ));
        // Monday 00:30 Berlin (still Sunday in UTC): too early.
        assert!(!digest_due(ts("2026-12-06T23:30:00Z"), &tz, false));
        // A missed Monday: any weekday later in the week is due, at any hour.
        assert!(digest_due(ts("2026-12-09T05:00:00Z"), &tz, true));
        assert!(digest_due(ts("2026-12-11T22:00:00Z"), &tz, true));
        // The weekend: only when the tenant sends on weekends.
        let saturday = ts("2026-12-12T10:00:00Z");
        let sunday = ts("2026-12-13T20:00:00Z");
        assert!(!digest_due(saturday, &tz, true));
        assert!(!digest_due(sunday, &tz, true));
        assert!(digest_due(saturday, &tz, false));
        assert!(digest_due(sunday, &tz, false));
        // Summer time: Monday 09:00 Berlin is 07:00 UTC.
        assert!(!digest_due(ts("2026-07-06T06:59:00Z"), &tz, true));
        assert!(digest_due(ts("2026-07-06T07:00:00Z"), &tz, true));
    }
}
