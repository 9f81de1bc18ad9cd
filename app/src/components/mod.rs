pub mod illustration;
mod journey;
mod layout;
mod links;

pub use illustration::Illustration;
pub use journey::{continue_on_phone, handoff_view, opt_out_form, restart_form, stuck_link};
pub use layout::{Layout, document_head};
pub use links::{DEVICE_PARAM, chosen_platform, with_query};
