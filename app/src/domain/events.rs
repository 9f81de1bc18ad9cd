//! Guide events: what was viewed and clicked, on which kind of device, and — only when the
//! employee arrived through their personal link — whose progress it is. Recording must never
//! slow down or fail a page, so sinks take the event and return at once.

use super::device::{Browser, InApp, OsVersion, Platform};
use super::id::id_enum;
use serde::{Deserialize, Serialize};

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
}
