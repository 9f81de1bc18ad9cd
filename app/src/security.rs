//! Security headers shared by the pages (which carry a per-response nonce) and every other
//! response the server sends.

/// The Content-Security-Policy for a response. Pages pass their nonce so the hydration script
/// may run; other responses allow no script at all.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    match nonce {
        Some(n) => policy_with_scripts(&format!("'nonce-{n}'")),
        None => policy_with_scripts(""),
    }
}

/// The policy of a page served from the page cache: its inline scripts allowed by their
/// SHA-256 hashes (base64), so the cached bytes carry no per-response nonce.
pub fn content_security_policy_hashes<'a>(hashes: impl IntoIterator<Item = &'a str>) -> String {
    let sources: Vec<String> = hashes
        .into_iter()
        .map(|h| format!("'sha256-{h}'"))
        .collect();
    policy_with_scripts(&sources.join(" "))
}

/// `sources` allows scripts beside the site's own files; empty allows none at all.
fn policy_with_scripts(sources: &str) -> String {
    let script = if sources.is_empty() {
        "script-src 'none'".to_owned()
    } else {
        // 'wasm-unsafe-eval' lets the islands' WebAssembly compile; nothing else is evaluated.
        format!("script-src 'self' {sources} 'wasm-unsafe-eval'")
    };
    format!(
        "default-src 'self'; {script}; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Escapes text for the elements Leptos writes without escaping during server rendering
/// (`<title>` through leptos_meta, `<textarea>` content): `&`, `<` and `>`, so a `</title>` or
/// `</textarea>` in tenant input stays text.
pub fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Hosts the hand-off may send employees to: Microsoft's sign-in and Security info pages.
pub const SECURITY_INFO_HOSTS: &[&str] = &[
    "aka.ms",
    "mysignins.microsoft.com",
    "mysecurityinfo.microsoft.com",
    "myaccount.microsoft.com",
    "account.activedirectory.windowsazure.com",
];

pub const DEFAULT_SECURITY_INFO_URL: &str = "https://aka.ms/mysecurityinfo";

/// Whether `url` is an https address on an allow-listed Microsoft host (no credentials, no
/// port tricks). Used to validate configuration, so a mistyped or hostile value never becomes
/// a redirect target.
pub fn is_allowed_security_info_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.is_empty() || authority.contains(['@', ':', '\\']) {
        return false;
    }
    let host = authority.to_ascii_lowercase();
    SECURITY_INFO_HOSTS.contains(&host.as_str()) && !url.chars().any(|c| c.is_control() || c == ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_microsoft_https_hosts_are_allowed() {
        assert!(is_allowed_security_info_url(DEFAULT_SECURITY_INFO_URL));
        assert!(is_allowed_security_info_url(
            "https://mysignins.microsoft.com/security-info"
        ));
        for bad in [
            "http://aka.ms/mysecurityinfo",
            "https://aka.ms.evil.example/x",
            "https://evil.example/?https://aka.ms",
            "https://aka.ms@evil.example/",
            "https://aka.ms:444/x",
            "//aka.ms/mysecurityinfo",
            "javascript:alert(1)",
            "https://aka.ms/a b",
            "https://aka.ms\\@evil.example",
            "",
        ] {
            assert!(!is_allowed_security_info_url(bad), "{bad}");
        }
    }

    #[test]
    fn pages_get_a_nonce_others_get_no_script() {
        let with = content_security_policy(Some("abc"));
        assert!(with.contains("'nonce-abc'"));
        assert!(with.contains("frame-ancestors 'none'"));
        assert!(content_security_policy(None).contains("script-src 'none'"));
    }
}
