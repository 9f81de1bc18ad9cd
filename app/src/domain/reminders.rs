//! Reminder planning: who gets which reminder, with what content, and when. Plain Rust with the
//! clock passed in, so every rule is tested with fixed times.
//!
//! Rules:
//! - Reminders go out a configured number of days (7 and 14 by default) after the employee's
//!   announcement (the first email sent or link exported).
//! - Only to employees whom the latest registration status (Graph or CSV) says have no passkey,
//!   and who have not opted out. An employee whose status is unknown gets nothing: the product
//!   must never nag someone who already registered.
//! - One reminder per kind, ever. When several are due at once (a late first run), only the
//!   latest is sent and the earlier ones are recorded as superseded.
//! - Content follows the journey: never opened → "start here"; part-way (or stuck) → "pick up
//!   at step N" (with the step's causes when stuck); handed off or confirmed but not registered
//!   → "it looks like it didn't finish".
//! - Not during the tenant's quiet hours or weekends (in its time zone), and no faster than the
//!   tenant's sending rate.

use super::id::id_enum;
use super::journey::{Position, Stage, Summary};
use jiff::civil::Weekday;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Days after the announcement, ascending.
    pub offsets_days: Vec<u16>,
    pub time_zone: TimeZone,
    /// No sending from this hour (local)…
    pub quiet_from_hour: i8,
    /// …until this hour (local). Equal hours mean no quiet hours.
    pub quiet_until_hour: i8,
    pub skip_weekends: bool,
    /// Messages per hour at most.
    pub per_hour: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            offsets_days: vec![7, 14],
            time_zone: TimeZone::UTC,
            quiet_from_hour: 18,
            quiet_until_hour: 8,
            skip_weekends: true,
            per_hour: 600,
        }
    }
}

/// What a reminder says, chosen from the journey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    StartHere,
    PickUpAt {
        flow: String,
        step: u16,
        /// The symptom they reported, if they are stuck there.
        stuck: Option<String>,
    },
    DidNotFinish,
}

impl Content {
    /// Every content id, for the labels that name them.
    pub const IDS: [&'static str; 4] = ["start-here", "pick-up", "stuck", "did-not-finish"];

    pub fn id(&self) -> &'static str {
        match self {
            Content::StartHere => "start-here",
            Content::PickUpAt { stuck: None, .. } => "pick-up",
            Content::PickUpAt { stuck: Some(_), .. } => "stuck",
            Content::DidNotFinish => "did-not-finish",
        }
    }

    pub fn for_journey(journey: &Summary) -> Content {
        if let Some(s) = &journey.stuck {
            return Content::PickUpAt {
                flow: s.flow.clone(),
                step: s.step.max(1),
                stuck: Some(s.symptom.clone()),
            };
        }
        match (journey.stage, &journey.position) {
            (Stage::HandedOff | Stage::Confirmed | Stage::SignedIn, _) => Content::DidNotFinish,
            (_, Some(Position::Step { flow, step })) => Content::PickUpAt {
                flow: flow.clone(),
                step: *step,
                stuck: None,
            },
            (_, Some(Position::Done { .. })) => Content::DidNotFinish,
            (_, None) => Content::StartHere,
        }
    }
}

/// One employee as the planner sees them.
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    pub employee_id: i64,
    pub announced_at: Option<Timestamp>,
    /// From the latest registration status; `None` when no status covers them.
    pub has_passkey: Option<bool>,
    pub opted_out: bool,
    pub journey: &'a Summary,
    /// Offsets (days) already sent or superseded for this employee.
    pub done: &'a [u16],
}

id_enum! {
    /// Why an employee gets nothing now (for the dry run).
    pub enum Skip {
        NotAnnounced = "not-announced",
        Registered = "registered",
        StatusUnknown = "status-unknown",
        OptedOut = "opted-out",
        NotDue = "not-due",
        AllSent = "all-sent",
        /// Due after the programme's deadline: reminders stop there.
        PastDeadline = "past-deadline",
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub employee_id: i64,
    /// The reminder's offset in days: its kind.
    pub offset_days: u16,
    /// Earlier reminders that were due but are replaced by this one.
    pub superseded: Vec<u16>,
    pub content: Content,
    pub send_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Send(Planned),
    Skip { employee_id: i64, why: Skip },
}

fn decide(now: Timestamp, s: &Settings, c: &Candidate<'_>) -> Result<(u16, Vec<u16>), Skip> {
    if c.opted_out {
        return Err(Skip::OptedOut);
    }
    match c.has_passkey {
        Some(true) => return Err(Skip::Registered),
        None => return Err(Skip::StatusUnknown),
        Some(false) => {}
    }
    let announced = c.announced_at.ok_or(Skip::NotAnnounced)?;
    let open: Vec<u16> = s
        .offsets_days
        .iter()
        .copied()
        .filter(|d| !c.done.contains(d))
        .collect();
    if open.is_empty() {
        return Err(Skip::AllSent);
    }
    let due: Vec<u16> = open
        .into_iter()
        .filter(|d| {
            announced
                .checked_add((i64::from(*d) * 24).hours())
                .is_ok_and(|at| at <= now)
        })
        .collect();
    match due.split_last() {
        Some((latest, earlier)) => Ok((*latest, earlier.to_vec())),
        None => Err(Skip::NotDue),
    }
}

/// The earliest moment at or after `t` outside quiet hours and weekends.
pub fn next_window(t: Timestamp, s: &Settings) -> Timestamp {
    let mut z = t.to_zoned(s.time_zone.clone());
    // A week of adjustments at most: a weekend plus quiet hours never needs more.
    for _ in 0..16 {
        let weekend = matches!(z.weekday(), Weekday::Saturday | Weekday::Sunday);
        let h = z.hour();
        let (from, until) = (s.quiet_from_hour, s.quiet_until_hour);
        let quiet = from != until
            && if from > until {
                h >= from || h < until
            } else {
                h >= from && h < until
            };
        let start_of = |date: jiff::civil::Date| {
            date.at(until, 0, 0, 0)
                .to_zoned(s.time_zone.clone())
                .unwrap_or_else(|_| z.clone())
        };
        if s.skip_weekends && weekend {
            let days = if z.weekday() == Weekday::Saturday {
                2
            } else {
                1
            };
            let monday = z.date().checked_add(days.days()).unwrap_or(z.date());
            z = if from == until {
                monday.to_zoned(s.time_zone.clone()).unwrap_or(z.clone())
            } else {
                start_of(monday)
            };
            continue;
        }
        if quiet {
            let date = if from > until && h >= from {
                z.date().tomorrow().unwrap_or(z.date())
            } else {
                z.date()
            };
            z = start_of(date);
            continue;
        }
        break;
    }
    z.timestamp()
}

/// Decides every candidate at `now`. Sends are spread at the tenant's rate, each inside the
/// sending window, in the order the candidates are given.
pub fn plan(now: Timestamp, s: &Settings, candidates: &[Candidate<'_>]) -> Vec<Decision> {
    let gap = 3_600_i64 / i64::from(s.per_hour.max(1)).min(3_600);
    let mut slot = next_window(now, s);
    candidates
        .iter()
        .map(|c| match decide(now, s, c) {
            Err(why) => Decision::Skip {
                employee_id: c.employee_id,
                why,
            },
            Ok((offset_days, superseded)) => {
                let send_at = slot;
                slot = next_window(slot.checked_add(gap.seconds()).unwrap_or(slot), s);
                Decision::Send(Planned {
                    employee_id: c.employee_id,
                    offset_days,
                    superseded,
                    content: Content::for_journey(c.journey),
                    send_at,
                })
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::Stuck;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn journey(stage: Stage, position: Option<Position>, stuck: Option<Stuck>) -> Summary {
        Summary {
            stage,
            position,
            answer: None,
            stuck,
            first_opened_ms: None,
            last_seen_ms: None,
        }
    }

    fn berlin() -> Settings {
        Settings {
            time_zone: TimeZone::get("Europe/Berlin").unwrap(),
            ..Settings::default()
        }
    }

    fn candidate<'a>(id: i64, announced: &str, j: &'a Summary, done: &'a [u16]) -> Candidate<'a> {
        Candidate {
            employee_id: id,
            announced_at: Some(ts(announced)),
            has_passkey: Some(false),
            opted_out: false,
            journey: j,
            done,
        }
    }

    #[test]
    fn seven_and_fourteen_days_after_the_announcement_once_each() {
        let s = berlin();
        let j = journey(Stage::NotOpened, None, None);
        // Announced Monday 2026-11-30 09:00 Berlin (08:00 UTC).
        let at = "2026-11-30T08:00:00Z";
        let day6 = plan(ts("2026-12-06T08:00:00Z"), &s, &[candidate(1, at, &j, &[])]);
        assert_eq!(
            day6,
            [Decision::Skip {
                employee_id: 1,
                why: Skip::NotDue
            }]
        );
        // Day 7 is a Monday at 09:00 local: sent now.
        let Decision::Send(p) =
            &plan(ts("2026-12-07T08:00:00Z"), &s, &[candidate(1, at, &j, &[])])[0]
        else {
            panic!("due")
        };
        assert_eq!((p.offset_days, p.send_at), (7, ts("2026-12-07T08:00:00Z")));
        assert_eq!(p.content, Content::StartHere);
        // Once sent, not again; the 14-day one comes at day 14.
        let d = plan(
            ts("2026-12-10T08:00:00Z"),
            &s,
            &[candidate(1, at, &j, &[7])],
        );
        assert!(matches!(
            d[0],
            Decision::Skip {
                why: Skip::NotDue,
                ..
            }
        ));
        let d = plan(
            ts("2026-12-14T08:00:00Z"),
            &s,
            &[candidate(1, at, &j, &[7])],
        );
        assert!(matches!(&d[0], Decision::Send(p) if p.offset_days == 14));
        let d = plan(
            ts("2027-01-30T08:00:00Z"),
            &s,
            &[candidate(1, at, &j, &[7, 14])],
        );
        assert!(matches!(
            d[0],
            Decision::Skip {
                why: Skip::AllSent,
                ..
            }
        ));
    }

    #[test]
    fn a_late_run_sends_only_the_latest_due_reminder() {
        let j = journey(Stage::NotOpened, None, None);
        let d = plan(
            ts("2026-12-16T09:00:00Z"),
            &berlin(),
            &[candidate(1, "2026-11-30T08:00:00Z", &j, &[])],
        );
        let Decision::Send(p) = &d[0] else { panic!() };
        assert_eq!((p.offset_days, p.superseded.clone()), (14, vec![7]));
    }

    #[test]
    fn registered_unknown_opted_out_and_unannounced_get_nothing() {
        let j = journey(Stage::NotOpened, None, None);
        let now = ts("2026-12-20T09:00:00Z");
        let base = candidate(1, "2026-11-30T08:00:00Z", &j, &[]);
        let cases = [
            (
                Candidate {
                    has_passkey: Some(true),
                    ..base.clone()
                },
                Skip::Registered,
            ),
            (
                Candidate {
                    has_passkey: None,
                    ..base.clone()
                },
                Skip::StatusUnknown,
            ),
            (
                Candidate {
                    opted_out: true,
                    ..base.clone()
                },
                Skip::OptedOut,
            ),
            (
                Candidate {
                    announced_at: None,
                    ..base.clone()
                },
                Skip::NotAnnounced,
            ),
        ];
        for (c, why) in cases {
            assert_eq!(
                plan(now, &berlin(), &[c]),
                [Decision::Skip {
                    employee_id: 1,
                    why
                }]
            );
        }
    }

    #[test]
    fn content_follows_the_journey() {
        let flow = "iphone-authenticator".to_owned();
        let at_step = journey(
            Stage::FlowStarted,
            Some(Position::Step {
                flow: flow.clone(),
                step: 3,
            }),
            None,
        );
        assert_eq!(
            Content::for_journey(&at_step),
            Content::PickUpAt {
                flow: flow.clone(),
                step: 3,
                stuck: None
            }
        );
        let stuck = journey(
            Stage::HandedOff,
            None,
            Some(Stuck {
                flow: flow.clone(),
                step: 4,
                symptom: "ca-bootstrap-loop".into(),
                at_ms: 0,
            }),
        );
        assert_eq!(Content::for_journey(&stuck).id(), "stuck");
        let handed = journey(
            Stage::HandedOff,
            Some(Position::Step { flow, step: 4 }),
            None,
        );
        assert_eq!(Content::for_journey(&handed), Content::DidNotFinish);
        assert_eq!(
            Content::for_journey(&journey(Stage::Opened, None, None)),
            Content::StartHere
        );
    }

    #[test]
    fn quiet_hours_and_weekends_in_the_tenant_time_zone() {
        let s = berlin();
        // Tuesday 19:30 Berlin → Wednesday 08:00 Berlin (07:00 UTC).
        assert_eq!(
            next_window(ts("2026-12-08T18:30:00Z"), &s),
            ts("2026-12-09T07:00:00Z")
        );
        // Wednesday 06:00 Berlin → 08:00 the same day.
        assert_eq!(
            next_window(ts("2026-12-09T05:00:00Z"), &s),
            ts("2026-12-09T07:00:00Z")
        );
        // Friday 18:00 Berlin → Monday 08:00.
        assert_eq!(
            next_window(ts("2026-12-11T17:00:00Z"), &s),
            ts("2026-12-14T07:00:00Z")
        );
        // Saturday noon → Monday 08:00; across the DST change the offset follows the zone.
        assert_eq!(
            next_window(ts("2027-03-27T11:00:00Z"), &s),
            ts("2027-03-29T06:00:00Z")
        );
        // Inside the window: unchanged.
        assert_eq!(
            next_window(ts("2026-12-09T10:00:00Z"), &s),
            ts("2026-12-09T10:00:00Z")
        );
        // No quiet hours, weekends allowed: always now.
        let always = Settings {
            quiet_from_hour: 0,
            quiet_until_hour: 0,
            skip_weekends: false,
            ..s
        };
        assert_eq!(
            next_window(ts("2026-12-12T23:00:00Z"), &always),
            ts("2026-12-12T23:00:00Z")
        );
    }

    #[test]
    fn sends_are_spread_at_the_tenant_rate_inside_the_window() {
        let s = Settings {
            per_hour: 2,
            ..berlin()
        };
        let j = journey(Stage::NotOpened, None, None);
        let cs: Vec<_> = (1..=3)
            .map(|i| candidate(i, "2026-11-30T08:00:00Z", &j, &[]))
            .collect();
        // Monday 16:30 Berlin at two an hour: 16:30, 17:00, 17:30.
        let times: Vec<Timestamp> = plan(ts("2026-12-07T15:30:00Z"), &s, &cs)
            .into_iter()
            .map(|d| match d {
                Decision::Send(p) => p.send_at,
                Decision::Skip { .. } => panic!("due"),
            })
            .collect();
        assert_eq!(
            times,
            [
                ts("2026-12-07T15:30:00Z"),
                ts("2026-12-07T16:00:00Z"),
                ts("2026-12-07T16:30:00Z")
            ]
        );
        // One more would fall at 18:00 local: moved to Tuesday 08:00.
        let cs: Vec<_> = (1..=4)
            .map(|i| candidate(i, "2026-11-30T08:00:00Z", &j, &[]))
            .collect();
        let last = match plan(ts("2026-12-07T15:30:00Z"), &s, &cs).pop() {
            Some(Decision::Send(p)) => p.send_at,
            other => panic!("{other:?}"),
        };
        assert_eq!(last, ts("2026-12-08T07:00:00Z"));
    }
}

/// The reminder settings form as typed, and its validation.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub struct SettingsForm {
    #[serde(default)]
    pub enabled: Option<String>,
    #[serde(default)]
    pub offsets: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub quiet_from_hour: String,
    #[serde(default)]
    pub quiet_until_hour: String,
    #[serde(default)]
    pub skip_weekends: Option<String>,
    #[serde(default)]
    pub per_hour: String,
}

/// A field and the Fluent key of what is wrong with it.
pub type FormError = (&'static str, &'static str);

impl SettingsForm {
    pub fn from_settings(enabled: bool, s: &Settings) -> Self {
        SettingsForm {
            enabled: enabled.then(|| "on".to_owned()),
            offsets: s
                .offsets_days
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            time_zone: s.time_zone.iana_name().unwrap_or("UTC").to_owned(),
            quiet_from_hour: s.quiet_from_hour.to_string(),
            quiet_until_hour: s.quiet_until_hour.to_string(),
            skip_weekends: s.skip_weekends.then(|| "on".to_owned()),
            per_hour: s.per_hour.to_string(),
        }
    }

    /// Every field checked at once: 1–5 reminders between 1 and 90 days, a known IANA time
    /// zone, hours 0–23, a rate of 1–100,000 an hour.
    pub fn validate(&self) -> Result<(bool, Settings), Vec<FormError>> {
        let mut errors = Vec::new();
        let mut offsets: Vec<u16> = Vec::new();
        for part in self.offsets.split([',', ' ']).filter(|p| !p.is_empty()) {
            match part.parse::<u16>() {
                Ok(d) if (1..=90).contains(&d) => offsets.push(d),
                _ => {
                    errors.push(("offsets", "admin-reminders-error-offsets"));
                    break;
                }
            }
        }
        offsets.sort_unstable();
        offsets.dedup();
        if (offsets.is_empty() || offsets.len() > 5) && !errors.iter().any(|(f, _)| *f == "offsets")
        {
            errors.push(("offsets", "admin-reminders-error-offsets"));
        }
        let time_zone = TimeZone::get(self.time_zone.trim()).ok();
        if time_zone.is_none() {
            errors.push(("time_zone", "admin-reminders-error-time-zone"));
        }
        let hour = |field: &'static str, v: &str, errors: &mut Vec<FormError>| {
            v.trim()
                .parse::<i8>()
                .ok()
                .filter(|h| (0..=23).contains(h))
                .or_else(|| {
                    errors.push((field, "admin-reminders-error-hour"));
                    None
                })
        };
        let from = hour("quiet_from_hour", &self.quiet_from_hour, &mut errors);
        let until = hour("quiet_until_hour", &self.quiet_until_hour, &mut errors);
        let per_hour = self
            .per_hour
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=100_000).contains(n));
        if per_hour.is_none() {
            errors.push(("per_hour", "admin-reminders-error-per-hour"));
        }
        match (time_zone, from, until, per_hour) {
            (Some(time_zone), Some(quiet_from_hour), Some(quiet_until_hour), Some(per_hour))
                if errors.is_empty() =>
            {
                Ok((
                    self.enabled.is_some(),
                    Settings {
                        offsets_days: offsets,
                        time_zone,
                        quiet_from_hour,
                        quiet_until_hour,
                        skip_weekends: self.skip_weekends.is_some(),
                        per_hour,
                    },
                ))
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod form_tests {
    use super::*;

    #[test]
    fn the_form_round_trips_and_reports_every_bad_field() {
        let s = Settings {
            time_zone: TimeZone::get("Europe/Berlin").unwrap(),
            ..Settings::default()
        };
        let form = SettingsForm::from_settings(true, &s);
        assert_eq!(form.offsets, "7, 14");
        assert_eq!(form.validate(), Ok((true, s)));
        let bad = SettingsForm {
            offsets: "7, 400".into(),
            time_zone: "Mars/Olympus".into(),
            quiet_from_hour: "25".into(),
            quiet_until_hour: "8".into(),
            per_hour: "0".into(),
            ..SettingsForm::default()
        };
        let fields: Vec<&str> = bad
            .validate()
            .unwrap_err()
            .iter()
            .map(|(f, _)| *f)
            .collect();
        assert_eq!(
            fields,
            ["offsets", "time_zone", "quiet_from_hour", "per_hour"]
        );
        let none = SettingsForm {
            offsets: " ".into(),
            ..form.clone()
        };
        assert_eq!(
            none.validate().unwrap_err(),
            [("offsets", "admin-reminders-error-offsets")]
        );
        let unsorted = SettingsForm {
            offsets: "14,7,7".into(),
            ..form
        };
        assert_eq!(unsorted.validate().unwrap().1.offsets_days, [7, 14]);
    }
}
