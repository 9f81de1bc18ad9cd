//! Guide events: what was viewed and clicked, on which kind of device, and — only when the
//! employee arrived through their personal link — whose progress it is. Recording must never
//! slow down or fail a page, so sinks take the event and return at once.

use super::device::{Browser, Platform};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// The start page was shown.
    PageViewed,
    /// A flow's first step was shown.
    FlowChosen,
    /// A later step was shown.
    StepViewed,
    /// The hand-off to Security info was followed.
    HandoffClicked,
    /// The closing screen was shown.
    Done,
}

impl EventKind {
    pub fn id(self) -> &'static str {
        match self {
            EventKind::PageViewed => "page-viewed",
            EventKind::FlowChosen => "flow-chosen",
            EventKind::StepViewed => "step-viewed",
            EventKind::HandoffClicked => "handoff-clicked",
            EventKind::Done => "done",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideEvent {
    pub kind: EventKind,
    pub flow: Option<String>,
    /// 1-based step number.
    pub step: Option<u16>,
    pub platform: Platform,
    pub browser: Option<Browser>,
    pub locale: String,
    pub tenant_id: Option<i64>,
    /// Set only for employees who came through their personal link.
    pub employee_id: Option<i64>,
}

/// Where events go. Implementations must not block: queue and return.
pub trait EventSink: Send + Sync {
    fn record(&self, event: GuideEvent);
}

/// A sink that drops everything, for tools and tests that do not care.
#[derive(Debug, Default, Clone, Copy)]
pub struct Discard;

impl EventSink for Discard {
    fn record(&self, _event: GuideEvent) {}
}
