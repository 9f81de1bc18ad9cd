//! The domain core: device detection, the flow catalogue and the flow chooser. Plain Rust with
//! no web-framework types, so it is unit-tested and benchmarked on its own.

pub mod audit;
pub mod branding;
pub mod catalogue;
pub mod causes;
pub mod chooser;
#[cfg(feature = "ssr")]
pub mod comms;
pub mod console;
#[cfg(feature = "ssr")]
pub mod csv_text;
#[cfg(feature = "ssr")]
pub mod dashboard;
pub mod detect;
pub mod device;
pub mod embedded;
#[cfg(feature = "ssr")]
pub mod entra;
pub mod events;
#[cfg(feature = "ssr")]
pub mod figures;
pub mod id;
pub mod illustration;
pub mod journey;
pub mod registration;
pub mod tenant;
// Server-side parts of the domain: their crates (csv, HMAC) have no place in the browser.
#[cfg(feature = "ssr")]
pub mod links;
#[cfg(feature = "ssr")]
pub mod reminders;
pub mod retention;
#[cfg(feature = "ssr")]
pub mod roster;
#[cfg(feature = "ssr")]
pub mod templates;
#[cfg(feature = "ssr")]
pub mod waves;

pub use catalogue::{Catalogue, Flow, Step};
pub use chooser::{Authenticators, Note, Policy, Recommendation, choose};
pub use detect::{RequestHints, detect};
pub use device::{Browser, DeviceProfile, InApp, OsVersion, Platform};
