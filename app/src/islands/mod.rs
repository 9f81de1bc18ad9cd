//! The only parts of the page that run in the browser. Everything they show comes in as
//! already-translated props, so the browser bundle carries no translations and no catalogue.

mod copy;
mod handoff;
mod probe;

pub use copy::CopyLink;
pub use handoff::HandoffLink;
pub use probe::{DeviceProbe, ProbeField, ProbeMessages};
