//! An event sink that sees each event on its way to another: the page cache keeps what a
//! render records, and the resume points forget what an event may have moved.

use app::domain::events::{EventCounts, EventSink, GuideEvent};
use std::sync::Arc;

pub struct Tap<F> {
    pub inner: Arc<dyn EventSink>,
    pub see: F,
}

impl<F: Fn(&GuideEvent) + Send + Sync> EventSink for Tap<F> {
    fn record(&self, event: GuideEvent) {
        (self.see)(&event);
        self.inner.record(event);
    }

    fn counts(&self) -> EventCounts {
        self.inner.counts()
    }
}
