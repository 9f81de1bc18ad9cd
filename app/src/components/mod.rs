mod layout;
mod links;

pub use layout::Layout;
pub use links::{DEVICE_PARAM, with_query};
