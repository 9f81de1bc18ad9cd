//! Extractors of the admin console: the signed-in admin, and "the admin of the tenant in this
//! path, with at least role X", which every tenant page of the console takes.

use super::session::{constant_time_eq, cookie, same_origin, session_cookie_name};
use super::state::AppState;
use crate::error::ServerError;
use crate::ops::accounts::session_digest;
use crate::store::audit::Actor;
use crate::store::tenants::{self, Tenant};
use crate::store::{Db, accounts};
use app::domain::console::{Method, Standing, method_allowed};
use app::domain::tenant::Role;
use axum::extract::{FromRequestParts, Path};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use std::marker::PhantomData;

/// A signed-in admin. As an extractor it sends anyone without a live session to the login
/// page.
#[derive(Debug, Clone)]
pub struct Admin {
    pub account_id: i64,
    pub email: String,
    pub csrf: String,
    pub session_id: String,
    /// How this session was opened: a tenant set to "Entra sign-in only" refuses passwords.
    pub method: Method,
    /// Operators create tenants.
    pub operator: bool,
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        // From a tenant's page, the sign-in page already knows the organisation, so "Sign in
        // with Microsoft" is one press.
        let tenant = parts
            .uri
            .path()
            .strip_prefix("/admin/t/")
            .and_then(|rest| rest.split('/').next())
            .filter(|slug| app::domain::tenant::is_valid_slug(slug));
        let to_login = || {
            let to = match tenant {
                Some(slug) => format!("/admin/login?tenant={slug}"),
                None => "/admin/login".to_owned(),
            };
            Redirect::to(&to).into_response()
        };
        let Some(id) = cookie(&parts.headers, session_cookie_name(state.secure_cookies)) else {
            return Err(to_login());
        };
        let session = accounts::session(&state.db, &session_digest(id))
            .await
            .map_err(IntoResponse::into_response)?;
        let Some(s) = session else {
            return Err(to_login());
        };
        Ok(Admin {
            account_id: s.account_id,
            email: s.email,
            csrf: s.csrf,
            session_id: id.to_owned(),
            method: s.method,
            operator: s.operator,
        })
    }
}

impl Admin {
    /// Who the audit log names for this admin's changes.
    pub fn actor(&self) -> Actor {
        Actor::account(self.account_id, &self.email)
    }

    /// The tenant and this admin's role in it; `NotFound` when there is no such tenant *or* the
    /// admin has no role there, so other tenants' slugs are not even confirmed.
    pub async fn tenant(&self, db: &Db, slug: &str) -> Result<(Tenant, Role), ServerError> {
        let tenant = tenants::by_slug(db, slug)
            .await?
            .ok_or(ServerError::NotFound)?;
        let (standing, entra_only) = accounts::access(db, self.account_id, tenant.id).await?;
        let role = match standing {
            Standing::Console(r) | Standing::Entra(r) => r,
            Standing::None | Standing::Removed => return Err(ServerError::NotFound),
        };
        if !method_allowed(self.method, entra_only) {
            return Err(ServerError::EntraOnly);
        }
        Ok((tenant, role))
    }

    pub async fn tenants(&self, db: &Db) -> Result<Vec<(String, String, Role)>, ServerError> {
        accounts::tenants(db, self.account_id).await
    }

    /// Checks a submitted CSRF token against the session's, in constant time.
    pub fn check_csrf(&self, submitted: &str) -> Result<(), ServerError> {
        if constant_time_eq(self.csrf.as_bytes(), submitted.as_bytes()) {
            Ok(())
        } else {
            Err(ServerError::Csrf)
        }
    }

    /// The checks every console form makes: the request comes from this site and carries
    /// the session's CSRF token.
    pub fn check_form(&self, headers: &HeaderMap, csrf: &str) -> Result<(), ServerError> {
        same_origin(headers)?;
        self.check_csrf(csrf)
    }
}

/// The least role a console page needs, as a type: [`Helpdesk`], [`Editor`] or [`Owner`].
pub trait MinRole {
    const ROLE: Role;
}

/// Any role: the helpdesk reads employees and the reminder history.
pub struct Helpdesk;
/// Admins and owners: those who change a tenant and run its rollout.
pub struct Editor;
/// Owners only.
pub struct Owner;

impl MinRole for Helpdesk {
    const ROLE: Role = Role::Helpdesk;
}
impl MinRole for Editor {
    const ROLE: Role = Role::Admin;
}
impl MinRole for Owner {
    const ROLE: Role = Role::Owner;
}

/// The signed-in admin of the tenant named by the path's `{slug}`, with at least role `R`.
/// No session: to the login page. No such tenant, or no role in it: not found (other tenants'
/// slugs are not even confirmed). A lesser role: forbidden.
pub struct TenantAdmin<R: MinRole> {
    pub admin: Admin,
    pub tenant: Tenant,
    pub role: Role,
    least: PhantomData<R>,
}

impl<R: MinRole> FromRequestParts<AppState> for TenantAdmin<R> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let admin = Admin::from_request_parts(parts, state).await?;
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let slug = params
            .get("slug")
            .ok_or_else(|| ServerError::NotFound.into_response())?;
        let (tenant, role) = admin
            .tenant(&state.db, slug)
            .await
            .map_err(IntoResponse::into_response)?;
        if role < R::ROLE {
            return Err(ServerError::Forbidden.into_response());
        }
        Ok(TenantAdmin {
            admin,
            tenant,
            role,
            least: PhantomData,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_tokens_must_match_exactly() {
        let a = Admin {
            account_id: 1,
            email: "a@x.example".into(),
            csrf: "abc".into(),
            session_id: "s".into(),
            method: Method::Password,
            operator: false,
        };
        assert!(a.check_csrf("abc").is_ok());
        for bad in ["", "abd", "ab", "abcabc"] {
            assert!(a.check_csrf(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn roles_rank_helpdesk_editor_owner() {
        assert!(Helpdesk::ROLE < Editor::ROLE && Editor::ROLE < Owner::ROLE);
        assert!(Editor::ROLE.can_edit() && !Helpdesk::ROLE.can_edit());
    }
}
