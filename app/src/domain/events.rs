//! Guide events: what was viewed and clicked, on which kind of device, and — only when the
//! employee arrived through their personal link — whose progress it is. Recording must never
//! slow down or fail a page, so sinks take the event and return at once.

use super::device::{Browser, InApp, OsVersion, Platform};
use super::id::id_enum;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

id_enum! {
    pub enum EventKind {
        /// The start page was shown.
        PageViewed = "page-viewed",
        /// A flow's first step was shown.
        FlowChosen = "flow-chosen",
        /// A later step was shown.
        StepViewed = "step-viewed",
        /// The hand-off to Security info was followed.
        HandoffClicked = "handoff-clicked",
        /// The closing screen was shown.
        Done = "done",
        /// A personal link was opened; the detail is the platform that opened it.
        LinkOpened = "link-opened",
        /// Back from Security info, with the answer to "did it work?" (`worked` or `failed`).
        Returned = "returned",
        /// The employee confirmed on the closing screen that the passkey is registered.
        Confirmed = "confirmed",
        /// "I'm stuck" at a step; the detail is the symptom (a troubleshooting id), empty while
        /// they are only reading the causes.
        Stuck = "stuck",
        /// A diagnostic was sent to the helpdesk; the detail is the symptom.
        DiagnosticSent = "diagnostic-sent",
        /// "Start over": earlier steps no longer count for resuming.
        Restarted = "restarted",
        /// The answer to the test sign-in at the end of a flow (`signed-in` or
        /// `sign-in-failed`).
        SignInTested = "sign-in-tested",
    }
}

impl EventKind {
    /// Reaching a step of a flow (its first step included).
    pub fn is_step(self) -> bool {
        matches!(self, EventKind::FlowChosen | EventKind::StepViewed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct GuideEvent {
    pub kind: EventKind,
    pub flow: Option<String>,
    /// 1-based step number.
    pub step: Option<u16>,
    /// What was answered or reported, for the kinds that carry one.
    pub detail: Option<String>,
    pub platform: Platform,
    pub os_version: Option<OsVersion>,
    pub browser: Option<Browser>,
    pub in_app: Option<InApp>,
    pub locale: String,
    pub tenant_id: Option<i64>,
    /// Set only for employees who came through their personal link.
    pub employee_id: Option<i64>,
}

/// Where events go. Implementations must not block: queue and return.
pub trait EventSink: Send + Sync {
    fn record(&self, event: GuideEvent);

    /// For monitoring: events stored so far, events dropped, events waiting.
    fn counts(&self) -> EventCounts {
        EventCounts::default()
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventCounts {
    pub stored: u64,
    pub dropped: u64,
    pub queued: u64,
}

/// Events that are the same in every field, merged: when the first and the last of them
/// happened (Unix milliseconds) and how many there were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub first_ms: i64,
    pub last_ms: i64,
    pub times: i64,
}

impl Tally {
    /// One event at `at_ms`.
    pub fn once(at_ms: i64) -> Self {
        Tally {
            first_ms: at_ms,
            last_ms: at_ms,
            times: 1,
        }
    }

    /// Adds `other`'s events; true when `other` holds the latest of them (on a tie too: what
    /// arrives later is taken as the newer).
    pub fn absorb(&mut self, other: Tally) -> bool {
        self.first_ms = self.first_ms.min(other.first_ms);
        self.times += other.times;
        let later = other.last_ms >= self.last_ms;
        if later {
            self.last_ms = other.last_ms;
        }
        later
    }
}

/// Events waiting to be stored, identical ones merged into one [`Tally`]: an employee who
/// reloads a step a hundred times waits as one entry, so what waits grows with the different
/// things people did, not with how often they did them.
///
/// Under a herd thousands of employees do the same few things, so each different thing is
/// kept once ([`Pending::what`]) and an entry is the pair of whose it is and which thing. A
/// page view then compares a number and an index with the entry it joins, not the strings of
/// an event held apart in memory for each employee (which cost a cache miss each).
#[derive(Debug, Default)]
pub struct Pending {
    /// Each different event without its employee, by its index in `what`.
    kinds: HashMap<GuideEvent, usize>,
    what: Vec<GuideEvent>,
    merged: HashMap<(Option<i64>, usize), Tally>,
    events: usize,
}

impl Pending {
    /// Room for `distinct` different events before the map grows.
    pub fn with_capacity(distinct: usize) -> Self {
        Pending {
            merged: HashMap::with_capacity(distinct),
            ..Pending::default()
        }
    }

    pub fn add(&mut self, at_ms: i64, mut event: GuideEvent) {
        self.events += 1;
        let who = event.employee_id.take();
        let kind = match self.kinds.get(&event) {
            Some(&kind) => kind,
            None => {
                let kind = self.what.len();
                self.what.push(event.clone());
                self.kinds.insert(event, kind);
                kind
            }
        };
        self.merged
            .entry((who, kind))
            .and_modify(|t| {
                t.absorb(Tally::once(at_ms));
            })
            .or_insert(Tally::once(at_ms));
    }

    /// Different events waiting.
    pub fn len(&self) -> usize {
        self.merged.len()
    }

    pub fn is_empty(&self) -> bool {
        self.merged.is_empty()
    }

    /// Events waiting, each repeat counted.
    pub fn events(&self) -> usize {
        self.events
    }

    pub fn contains(&self, event: &GuideEvent) -> bool {
        let kind = if event.employee_id.is_none() {
            self.kinds.get(event)
        } else {
            self.kinds.get(&GuideEvent {
                employee_id: None,
                ..event.clone()
            })
        };
        kind.is_some_and(|&kind| self.merged.contains_key(&(event.employee_id, kind)))
    }

    /// The merged events, in no particular order.
    pub fn into_rows(self) -> Vec<(GuideEvent, Tally)> {
        let what = self.what;
        self.merged
            .into_iter()
            .map(|((employee_id, kind), tally)| {
                (
                    GuideEvent {
                        employee_id,
                        ..what[kind].clone()
                    },
                    tally,
                )
            })
            .collect()
    }
}

/// A sink that drops everything, for tools and tests that do not care.
#[derive(Debug, Default, Clone, Copy)]
pub struct Discard;

impl EventSink for Discard {
    fn record(&self, _event: GuideEvent) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_distinct_and_read_back() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::from_id(k.id()), Some(k));
        }
        let mut ids: Vec<_> = EventKind::ALL.iter().map(|k| k.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), EventKind::ALL.len());
        assert_eq!(EventKind::from_id("nonsense"), None);
    }

    fn view(step: u16, employee: Option<i64>) -> GuideEvent {
        GuideEvent {
            kind: EventKind::StepViewed,
            flow: Some("iphone-authenticator".to_owned()),
            step: Some(step),
            detail: None,
            platform: crate::domain::Platform::Iphone,
            os_version: None,
            browser: None,
            in_app: None,
            locale: "en".to_owned(),
            tenant_id: Some(1),
            employee_id: employee,
        }
    }

    #[test]
    fn a_tally_keeps_the_span_and_the_count_in_any_order() {
        let mut t = Tally::once(50);
        assert!(
            !t.absorb(Tally::once(10)),
            "an earlier event is not the latest"
        );
        assert!(t.absorb(Tally::once(90)));
        assert!(t.absorb(Tally::once(90)), "a tie goes to what came later");
        assert!(t.absorb(Tally {
            first_ms: 5,
            last_ms: 95,
            times: 3
        }));
        assert_eq!(
            t,
            Tally {
                first_ms: 5,
                last_ms: 95,
                times: 7
            }
        );
    }

    #[test]
    fn pending_merges_identical_events_and_counts_every_one() {
        let mut p = Pending::default();
        assert!(p.is_empty());
        for at in [30, 10, 20] {
            p.add(at, view(2, Some(7)));
        }
        p.add(15, view(3, Some(7)));
        p.add(15, view(2, None));
        assert_eq!((p.len(), p.events()), (3, 5));
        assert!(p.contains(&view(2, None)));
        assert!(p.contains(&view(2, Some(7))));
        assert!(p.contains(&view(3, Some(7))));
        assert!(!p.contains(&view(3, None)));
        assert!(
            !p.contains(&view(2, Some(8))),
            "the same thing, another employee"
        );
        let mut rows = p.into_rows();
        rows.sort_by_key(|(e, _)| (e.employee_id, e.step));
        assert_eq!(
            rows.iter().map(|(e, _)| e.clone()).collect::<Vec<_>>(),
            [view(2, None), view(2, Some(7)), view(3, Some(7))],
            "each row is its event whole again"
        );
        assert_eq!(
            rows.iter().map(|(_, t)| *t).collect::<Vec<_>>(),
            [
                Tally::once(15),
                Tally {
                    first_ms: 10,
                    last_ms: 30,
                    times: 3
                },
                Tally::once(15),
            ]
        );
    }
}
