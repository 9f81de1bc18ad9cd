//! An employee's journey through the guide, as recorded for their personal link: where to
//! resume, how far they got, and where they got stuck. Plain data in, answers out; the server
//! loads the entries and the reminder planner and helpdesk view read the summary.

use super::events::EventKind;
use super::id::id_enum;

/// One distinct thing an employee did. Doing it again (a reload) updates `last_at_ms` and
/// `times` rather than adding an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JourneyEntry {
    pub kind: EventKind,
    /// Empty for events outside a flow (the link being opened).
    pub flow: String,
    /// 1-based; 0 for events that are not about a step.
    pub step: u16,
    pub detail: String,
    pub platform: String,
    pub os_version: Option<String>,
    pub browser: Option<String>,
    pub in_app: Option<String>,
    pub first_at_ms: i64,
    pub last_at_ms: i64,
    pub times: i64,
}

/// Where an employee left off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    Step {
        flow: String,
        step: u16,
    },
    /// They reached the closing screen of this flow.
    Done {
        flow: String,
    },
}

/// The answer to "did it work?" after Security info.
pub const ANSWER_WORKED: &str = "worked";
pub const ANSWER_FAILED: &str = "failed";
/// The answer to "did the test sign-in work?" at the end of a flow.
pub const ANSWER_SIGNED_IN: &str = "signed-in";
pub const ANSWER_SIGN_IN_FAILED: &str = "sign-in-failed";
/// The answer to "is this a company-managed PC?" before Windows Hello is set up.
pub const ANSWER_MANAGED: &str = "managed";
pub const ANSWER_NOT_MANAGED: &str = "not-managed";

id_enum! {
    /// How far an employee got, furthest first when compared: `SignedIn > Confirmed >
    /// HandedOff > …`.
    pub enum Stage {
        NotOpened = "not-opened",
        Opened = "opened",
        FlowStarted = "flow-started",
        HandedOff = "handed-off",
        Confirmed = "confirmed",
        /// Signed in with the new passkey in the test at the end of the flow.
        SignedIn = "signed-in",
    }
}

/// What the helpdesk and the reminder planner need to know about one journey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub stage: Stage,
    pub position: Option<Position>,
    /// The last answer to "did it work?", if any.
    pub answer: Option<String>,
    /// Where they last said they were stuck, and with what, unless they moved on since.
    pub stuck: Option<Stuck>,
    pub first_opened_ms: Option<i64>,
    pub last_seen_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stuck {
    pub flow: String,
    pub step: u16,
    /// A troubleshooting id, or empty when they only opened the list of causes.
    pub symptom: String,
    pub at_ms: i64,
}

/// The entries that count since the last "start over".
fn current(entries: &[JourneyEntry]) -> impl Iterator<Item = &JourneyEntry> {
    let restarted = entries
        .iter()
        .filter(|e| e.kind == EventKind::Restarted)
        .map(|e| e.last_at_ms)
        .max();
    entries
        .iter()
        .filter(move |e| restarted.is_none_or(|r| e.last_at_ms > r))
}

/// Whether an entry of this kind can change where [`resume`] leads: a step, the closing
/// screen, the confirmation or "start over". Any other kind leaves it where it was, so a
/// resume point kept in memory stays right (`server::http::resume_cache`).
pub fn moves_resume(kind: EventKind) -> bool {
    kind.is_step()
        || matches!(
            kind,
            EventKind::Done | EventKind::Confirmed | EventKind::Restarted
        )
}

/// Where opening the personal link again should lead: the step last reached (or the closing
/// screen), ignoring everything before the last "start over".
pub fn resume(entries: &[JourneyEntry]) -> Option<Position> {
    current(entries)
        .filter(|e| {
            !e.flow.is_empty()
                && (e.kind.is_step() || matches!(e.kind, EventKind::Done | EventKind::Confirmed))
        })
        .max_by_key(|e| (e.last_at_ms, e.kind == EventKind::Confirmed))
        .map(|e| {
            if e.kind.is_step() {
                Position::Step {
                    flow: e.flow.clone(),
                    step: e.step.max(1),
                }
            } else {
                Position::Done {
                    flow: e.flow.clone(),
                }
            }
        })
}

/// The stage one entry shows an employee reached.
fn stage_of(e: &JourneyEntry) -> Stage {
    match e.kind {
        EventKind::SignInTested if e.detail == ANSWER_SIGNED_IN => Stage::SignedIn,
        EventKind::Confirmed => Stage::Confirmed,
        EventKind::SignInTested => Stage::HandedOff,
        EventKind::HandoffClicked | EventKind::Returned => Stage::HandedOff,
        EventKind::FlowChosen | EventKind::StepViewed | EventKind::Done => Stage::FlowStarted,
        EventKind::Stuck | EventKind::DiagnosticSent if !e.flow.is_empty() => Stage::FlowStarted,
        _ => Stage::Opened,
    }
}

/// When each stage was first reached (`Opened`, `FlowStarted`, `HandedOff`, `Confirmed`,
/// `SignedIn`, in that order). Reaching a stage implies the earlier ones, so a stage's time is the earliest
/// entry at that stage *or later*; "start over" does not undo them.
pub fn milestones(entries: &[JourneyEntry]) -> [Option<i64>; 5] {
    let mut at = [None; 5];
    for e in entries {
        let reached = stage_of(e) as usize; // NotOpened is 0, Opened 1, …
        for slot in at.iter_mut().take(reached) {
            *slot = Some(slot.map_or(e.first_at_ms, |t: i64| t.min(e.first_at_ms)));
        }
    }
    at
}

/// The stage reached, the position, the last answer and any open "stuck" report.
pub fn summarise(entries: &[JourneyEntry]) -> Summary {
    let stage = entries
        .iter()
        .map(stage_of)
        .max()
        .unwrap_or(Stage::NotOpened);
    let latest = |kinds: &[EventKind]| {
        entries
            .iter()
            .filter(|e| kinds.contains(&e.kind))
            .max_by_key(|e| e.last_at_ms)
    };
    let answer = latest(&[EventKind::Returned]).map(|e| e.detail.clone());
    // A stuck report stays open until they get further in that flow or confirm.
    let stuck = latest(&[EventKind::Stuck, EventKind::DiagnosticSent])
        .filter(|s| {
            !entries.iter().any(|e| {
                e.last_at_ms > s.last_at_ms
                    && (e.kind == EventKind::Confirmed
                        || stage_of(e) == Stage::SignedIn
                        || (e.kind.is_step() && e.flow == s.flow && e.step > s.step))
            })
        })
        .map(|s| Stuck {
            flow: s.flow.clone(),
            step: s.step,
            symptom: s.detail.clone(),
            at_ms: s.last_at_ms,
        });
    Summary {
        stage,
        position: resume(entries),
        answer,
        stuck,
        first_opened_ms: entries.iter().map(|e| e.first_at_ms).min(),
        last_seen_ms: entries.iter().map(|e| e.last_at_ms).max(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_kinds_that_move_resume_change_it() {
        let before = vec![
            entry(EventKind::LinkOpened, "", 0, "", 1),
            entry(EventKind::StepViewed, "iphone-authenticator", 2, "", 2),
        ];
        for kind in EventKind::ALL {
            for (flow, step) in [("", 0), ("iphone-authenticator", 4), ("windows-hello", 1)] {
                let mut after = before.clone();
                after.push(entry(kind, flow, step, "yes", 3));
                if resume(&after) != resume(&before) {
                    assert!(
                        moves_resume(kind),
                        "{kind:?} ({flow}, {step}) moved resume but is not said to"
                    );
                }
            }
        }
        assert!(moves_resume(EventKind::Restarted));
        assert!(!moves_resume(EventKind::LinkOpened));
    }

    fn entry(kind: EventKind, flow: &str, step: u16, detail: &str, at: i64) -> JourneyEntry {
        JourneyEntry {
            kind,
            flow: flow.into(),
            step,
            detail: detail.into(),
            platform: "iphone".into(),
            os_version: Some("18.1".into()),
            browser: Some("safari".into()),
            in_app: None,
            first_at_ms: at,
            last_at_ms: at,
            times: 1,
        }
    }

    const FLOW: &str = "iphone-authenticator";

    #[test]
    fn milestones_take_the_earliest_entry_at_or_beyond_each_stage() {
        let entries = [
            entry(EventKind::LinkOpened, "", 0, "", 500),
            // A handed-off entry earlier than any step view still proves the flow started.
            entry(EventKind::HandoffClicked, FLOW, 3, "", 300),
            entry(EventKind::StepViewed, FLOW, 1, "", 400),
            entry(EventKind::Restarted, "", 0, "", 900),
        ];
        assert_eq!(
            milestones(&entries),
            [Some(300), Some(300), Some(300), None, None]
        );
        assert_eq!(milestones(&[]), [None; 5]);
        let opened_only = [entry(EventKind::LinkOpened, "", 0, "", 42)];
        assert_eq!(milestones(&opened_only), [Some(42), None, None, None, None]);
    }

    #[test]
    fn resume_goes_to_the_step_last_reached_not_the_furthest() {
        let entries = vec![
            entry(EventKind::LinkOpened, "", 0, "iphone", 1),
            entry(EventKind::FlowChosen, FLOW, 1, "", 2),
            entry(EventKind::StepViewed, FLOW, 3, "", 3),
            entry(EventKind::StepViewed, FLOW, 2, "", 4),
        ];
        assert_eq!(
            resume(&entries),
            Some(Position::Step {
                flow: FLOW.into(),
                step: 2
            })
        );
        assert_eq!(resume(&entries[..1]), None, "opened but no flow yet");
        assert_eq!(resume(&[]), None);
    }

    #[test]
    fn start_over_forgets_earlier_steps() {
        let mut entries = vec![
            entry(EventKind::StepViewed, FLOW, 4, "", 10),
            entry(EventKind::Restarted, "", 0, "", 11),
        ];
        assert_eq!(resume(&entries), None);
        entries.push(entry(EventKind::FlowChosen, "windows-hello", 1, "", 12));
        assert_eq!(
            resume(&entries),
            Some(Position::Step {
                flow: "windows-hello".into(),
                step: 1
            })
        );
    }

    #[test]
    fn confirmed_journeys_resume_at_the_closing_screen() {
        let entries = vec![
            entry(EventKind::StepViewed, FLOW, 6, "", 10),
            entry(EventKind::Done, FLOW, 0, "", 11),
            entry(EventKind::Confirmed, FLOW, 0, "", 11),
        ];
        assert_eq!(resume(&entries), Some(Position::Done { flow: FLOW.into() }));
        assert_eq!(summarise(&entries).stage, Stage::Confirmed);
    }

    #[test]
    fn a_test_sign_in_that_worked_is_the_furthest_stage_and_a_failed_one_is_not() {
        let mut entries = vec![
            entry(EventKind::FlowChosen, FLOW, 1, "", 1),
            entry(EventKind::HandoffClicked, FLOW, 3, "", 2),
            entry(EventKind::SignInTested, FLOW, 6, ANSWER_SIGN_IN_FAILED, 3),
            entry(EventKind::Stuck, FLOW, 6, "sign-in-failed", 4),
        ];
        let s = summarise(&entries);
        assert_eq!(
            s.stage,
            Stage::HandedOff,
            "a failed test is not a stage of its own"
        );
        assert!(s.stuck.is_some());
        assert_eq!(milestones(&entries)[4], None);

        entries.push(entry(EventKind::SignInTested, FLOW, 6, ANSWER_SIGNED_IN, 9));
        let s = summarise(&entries);
        assert_eq!(s.stage, Stage::SignedIn);
        assert!(s.stage > Stage::Confirmed && Stage::Confirmed > Stage::HandedOff);
        assert_eq!(s.stuck, None, "signing in closes the stuck report");
        assert_eq!(
            milestones(&entries),
            [Some(1), Some(1), Some(2), Some(9), Some(9)]
        );
    }

    #[test]
    fn summary_reports_stage_answer_and_open_stuck_reports() {
        let mut entries = vec![
            entry(EventKind::LinkOpened, "", 0, "iphone", 1),
            entry(EventKind::FlowChosen, FLOW, 1, "", 2),
            entry(EventKind::StepViewed, FLOW, 3, "", 3),
            entry(EventKind::HandoffClicked, FLOW, 3, "", 4),
            entry(EventKind::Returned, FLOW, 3, ANSWER_FAILED, 5),
            entry(EventKind::Stuck, FLOW, 3, "not-enabled-by-policy", 6),
        ];
        let s = summarise(&entries);
        assert_eq!(s.stage, Stage::HandedOff);
        assert_eq!(s.answer.as_deref(), Some(ANSWER_FAILED));
        assert_eq!(
            s.stuck,
            Some(Stuck {
                flow: FLOW.into(),
                step: 3,
                symptom: "not-enabled-by-policy".into(),
                at_ms: 6
            })
        );
        assert_eq!((s.first_opened_ms, s.last_seen_ms), (Some(1), Some(6)));
        // Moving past the step closes the report.
        entries.push(entry(EventKind::StepViewed, FLOW, 4, "", 7));
        assert_eq!(summarise(&entries).stuck, None);
        assert_eq!(summarise(&[]).stage, Stage::NotOpened);
        assert_eq!(summarise(&entries[..1]).stage, Stage::Opened);
    }
}
