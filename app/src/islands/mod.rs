//! The only parts of the page that run in the browser. Everything they show comes in as
//! already-translated props, so the browser bundle carries no translations and no catalogue.

mod handoff;
mod probe;

pub use handoff::HandoffLink;
pub use probe::{DeviceProbe, ProbeField, ProbeMessages};
