//! What the server hands every page: the request's detected device, language, the tenant's
//! policy and where events go. The server builds it once per request (see the `server` crate)
//! and puts it in the request's extensions; pages read it through [`page_context`].

use crate::domain::branding::Branding;
use crate::domain::events::{EventKind, EventSink, GuideEvent};
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
    /// The path prefix of the tenant's guide (`/t/contoso`), or empty when the tenant is
    /// served at `/` (its own host name, or the default tenant).
    pub base: Arc<str>,
    pub tenant: Option<Arc<TenantView>>,
    /// The employee whose personal link opened this guide.
    pub employee_id: Option<i64>,
    /// Why the personal link in this request's path could not be used, if it could not.
    pub link_problem: Option<LinkProblem>,
    /// The tenant's guide as an absolute address (ends in `/`), for QR codes.
    pub guide_url: Arc<str>,
    /// A short-lived token that continues this employee's journey on another device; set on
    /// computers for employees who came through their personal link.
    pub continue_token: Option<Arc<str>>,
    /// The server already stored this request's "I'm stuck" for the linked employee, before
    /// rendering: the stuck page does not record it again.
    pub stuck_stored: bool,
}

/// What was wrong with a personal link. Each still leads to the generic guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Altered, cut short, or signed with a retired key.
    Invalid,
    Expired,
    /// Genuine, but the employee is no longer on the roster.
    Unknown,
}

/// What the employee's pages show of a tenant: its published branding.
#[derive(Debug, Clone, PartialEq)]
pub struct TenantView {
    pub id: i64,
    pub slug: String,
    pub branding: Branding,
    /// Changes whenever the branding is published, so the stylesheet and logo URLs change too.
    pub version: i64,
    /// Registration is mandatory: no opting out of the emails; the start page says so.
    pub mandatory: bool,
    /// Days journey data is kept after an employee registered or left (the privacy page).
    pub retention_days: u32,
    /// The tenant's settings version this view was read at (caches of pages key on it).
    pub settings_version: i64,
}

impl PageContext {
    /// A page with no tenant, for when the server did not provide one.
    pub fn generic(profile: DeviceProfile, locale: Locale, security_info_url: Arc<str>) -> Self {
        PageContext {
            profile,
            locale,
            policy: Policy::default(),
            security_info_url,
            events: Arc::new(crate::domain::events::Discard),
            base: Arc::from(""),
            tenant: None,
            employee_id: None,
            link_problem: None,
            guide_url: Arc::from("/"),
            continue_token: None,
            stuck_stored: false,
        }
    }

    /// The address a phone opens to continue here: the journey itself for a linked
    /// employee, else the tenant's guide.
    pub fn continue_url(&self) -> String {
        match &self.continue_token {
            Some(t) => format!("{}link/{t}", self.guide_url),
            None => self.guide_url.to_string(),
        }
    }

    /// A local path inside this tenant's guide: `/guide/x` becomes `/t/contoso/guide/x`.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn record(
        &self,
        kind: EventKind,
        flow: Option<&str>,
        step: Option<u16>,
        profile: &DeviceProfile,
    ) {
        self.record_detail(kind, flow, step, None, profile);
    }

    /// Records an event that carries an answer or a symptom.
    pub fn record_detail(
        &self,
        kind: EventKind,
        flow: Option<&str>,
        step: Option<u16>,
        detail: Option<&str>,
        profile: &DeviceProfile,
    ) {
        self.events
            .record(self.event(kind, flow, step, detail, profile));
    }

    /// The event of this page's visitor, for a caller that stores it itself (an employee's
    /// answer, stored before the answer is acknowledged).
    pub fn event(
        &self,
        kind: EventKind,
        flow: Option<&str>,
        step: Option<u16>,
        detail: Option<&str>,
        profile: &DeviceProfile,
    ) -> GuideEvent {
        GuideEvent {
            kind,
            flow: flow.map(str::to_owned),
            step,
            detail: detail.map(str::to_owned),
            platform: profile.platform,
            os_version: profile.os_version,
            browser: profile.browser,
            in_app: profile.in_app,
            locale: self.locale.tag().to_owned(),
            tenant_id: self.tenant.as_ref().map(|t| t.id),
            employee_id: self.employee_id,
        }
    }
}

impl std::fmt::Debug for PageContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageContext")
            .field("profile", &self.profile)
            .field("locale", &self.locale)
            .field("policy", &self.policy)
            .field("security_info_url", &self.security_info_url)
            .field("base", &self.base)
            .field("tenant", &self.tenant.as_ref().map(|t| &t.slug))
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
