//! The console's session cookie and CSRF protection.
//!
//! - The session id travels in an `HttpOnly`, `SameSite=Strict` cookie (`__Host-` prefixed
//!   and `Secure` when served over https).
//! - Every state-changing console request carries the session's CSRF token in a form field,
//!   compared in constant time, and must not come from another site (`Origin`,
//!   `Sec-Fetch-Site`).

use crate::error::ServerError;
use axum::http::{HeaderMap, HeaderName, HeaderValue, header};

pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-pg_admin"
    } else {
        "pg_admin"
    }
}

pub use crate::ops::accounts::constant_time_eq;

pub fn session_cookie(secure: bool, value: &str, max_age_s: i64) -> HeaderValue {
    let name = session_cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age_s}; HttpOnly; SameSite=Strict{secure}"
    ))
    .expect("cookie made of base64url and fixed text")
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Refuses state-changing requests that a browser says come from another site. Modern
/// browsers send `Sec-Fetch-Site`, which decides; otherwise `Origin` must name this host.
/// Requests with neither (scripts, old browsers) still need the CSRF token.
pub fn same_origin(headers: &HeaderMap) -> Result<(), ServerError> {
    let get = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    if let Some(site) = get(HeaderName::from_static("sec-fetch-site")) {
        return match site {
            "same-origin" | "none" => Ok(()),
            _ => Err(ServerError::Csrf),
        };
    }
    if let (Some(origin), Some(host)) = (get(header::ORIGIN), get(header::HOST)) {
        let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
        if origin == "null" || origin_host != host {
            return Err(ServerError::Csrf);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_compare() {
        assert!(constant_time_eq(b"abc", b"abc"));
        for bad in ["", "abd", "ab", "abcabc"] {
            assert!(!constant_time_eq(b"abc", bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn cross_site_requests_are_refused() {
        let h = |pairs: &[(&'static str, &'static str)]| {
            let mut m = HeaderMap::new();
            for (k, v) in pairs {
                m.insert(*k, HeaderValue::from_static(v));
            }
            same_origin(&m)
        };
        assert!(h(&[]).is_ok());
        assert!(
            h(&[
                ("host", "guide.example"),
                ("origin", "https://guide.example")
            ])
            .is_ok()
        );
        assert!(
            h(&[
                ("host", "guide.example"),
                ("origin", "https://evil.example")
            ])
            .is_err()
        );
        assert!(h(&[("origin", "null"), ("host", "guide.example")]).is_err());
        assert!(h(&[("sec-fetch-site", "cross-site")]).is_err());
        assert!(h(&[("sec-fetch-site", "same-origin")]).is_ok());
        assert!(h(&[("sec-fetch-site", "same-origin"), ("origin", "null")]).is_ok());
        assert!(
            h(&[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://guide.example"),
                ("host", "guide.example")
            ])
            .is_err()
        );
    }
}
