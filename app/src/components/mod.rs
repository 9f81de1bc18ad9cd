mod layout;
mod links;

pub use layout::Layout;
pub use links::{DEVICE_PARAM, chosen_platform, with_query};
