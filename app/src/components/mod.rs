mod escape;
pub mod illustration;
mod journey;
mod layout;
mod links;

pub use illustration::Illustration;
pub use journey::{
    ask_view, continue_on_phone, handoff_view, opt_out_form, restart_form, stuck_link,
};
pub use layout::{HeadExtras, Layout, document_head};
pub use links::{DEVICE_PARAM, MANAGED_PC_PARAM, chosen_platform, managed_pc, with_query};
