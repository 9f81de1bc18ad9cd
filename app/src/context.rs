//! What the server hands every page: the request's detected device, language, the tenant's
//! policy and where events go. The server builds it once per request (see the `server` crate)
//! and puts it in the request's extensions; pages read it through [`page_context`].

use crate::domain::events::EventSink;
use crate::domain::{DeviceProfile, Policy};
use crate::i18n::{I18n, Locale};
use std::sync::Arc;

#[derive(Clone)]
pub struct PageContext {
    pub profile: DeviceProfile,
    pub locale: Locale,
    pub policy: Policy,
    /// The allow-listed Security info address the hand-off sends employees to.
    pub security_info_url: Arc<str>,
    pub events: Arc<dyn EventSink>,
}

impl std::fmt::Debug for PageContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageContext")
            .field("profile", &self.profile)
            .field("locale", &self.locale)
            .field("policy", &self.policy)
            .field("security_info_url", &self.security_info_url)
            .finish_non_exhaustive()
    }
}

/// The page context of the request being rendered. Rendering without one is a wiring bug in
/// the server, not an input error.
pub fn page_context() -> PageContext {
    leptos::prelude::use_context::<PageContext>()
        .expect("PageContext is provided by the shell for every page")
}

pub fn i18n() -> I18n {
    leptos::prelude::use_context::<I18n>().expect("I18n is provided by the shell for every page")
}
