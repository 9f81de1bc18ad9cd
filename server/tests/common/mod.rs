//! A real server on loopback with a real database: a SQLite file in a temp directory or, when
//! `PASSKEY_GUIDE_TEST_POSTGRES` names a PostgreSQL role that may create databases (as
//! `scripts/test.sh` sets for its second run), a new PostgreSQL database per test.
#![allow(dead_code)]

pub mod graph;
pub mod idp;
pub mod postgres;
pub mod smtp;

use app::domain::Policy;
use app::domain::events::EventSink;
use app::domain::links::LinkKeys;
use passkey_guide::http::state::{AppState, Services};
use passkey_guide::jobs::{events, mail};
use passkey_guide::ops::links::LinkSettings;
use passkey_guide::store as db;
use passkey_guide::{serve_on, site_options};
use reqwest::header::{HeaderMap, HeaderValue};
use std::sync::Arc;

pub const LINK_SECRET: [u8; 32] = [7; 32];
/// The password of every admin account the tests create.
pub const ADMIN_PASSWORD: &str = "correct horse battery staple";

pub struct Server {
    pub base: String,
    pub client: reqwest::Client,
    pub pool: db::Db,
    /// The database this server uses, for a second instance to share.
    pub database_url: String,
    /// The local Microsoft this server's Entra connections talk to, if any.
    pub graph_url: Option<String>,
    pub keys: LinkKeys,
    _dir: tempfile::TempDir,
}

/// The URL of a new, empty database for one test: PostgreSQL when
/// `PASSKEY_GUIDE_TEST_POSTGRES` is set, else a SQLite file in `dir`.
pub async fn database_url(dir: &std::path::Path) -> String {
    match std::env::var("PASSKEY_GUIDE_TEST_POSTGRES") {
        Ok(admin) if !admin.is_empty() => postgres::new_database(&admin).await,
        _ => format!("sqlite://{}?mode=rwc", dir.join("t.db").display()),
    }
}

/// [`database_url`] for synchronous tests.
pub fn database_url_blocking(dir: &std::path::Path) -> String {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(database_url(dir))
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

pub struct Options {
    pub policy: Policy,
    pub default_tenant: Option<&'static str>,
    pub secure_cookies: bool,
    /// Starts the mail sender against this SMTP server.
    pub smtp_url: Option<String>,
    /// Protects `/metrics` with this bearer token.
    pub metrics_token: Option<&'static str>,
    /// Shares this database (another instance's) instead of making a new one.
    pub database_url: Option<String>,
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// A local stand-in for the identity platform and Graph (both at this address).
    pub graph_url: Option<String>,
}

/// The data key the test servers encrypt Entra credentials with.
pub const DATA_KEY: &str = "test:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/// The sender's settings with the server's SMTP `mailer` only (no Graph), at a rate no test
/// waits for.
pub fn sending(
    mailer: &passkey_guide::jobs::mail::Mailer,
) -> passkey_guide::jobs::mail::MailSettings {
    passkey_guide::jobs::mail::MailSettings::new(
        Some(mailer.clone()),
        Arc::new(entra_settings(None)),
        60_000,
    )
}

/// Entra settings pointing at a local Graph (or nowhere), with the test data key.
pub fn entra_settings(graph_url: Option<&str>) -> passkey_guide::ops::entra::EntraSettings {
    let url = graph_url.unwrap_or("http://127.0.0.1:9").to_owned();
    passkey_guide::ops::entra::EntraSettings {
        keys: Some(Arc::new(
            passkey_guide::secrets::DataKeys::parse(DATA_KEY).unwrap(),
        )),
        login_url: url.clone(),
        graph_url: url,
        max_retries: 3,
        max_wait: std::time::Duration::from_millis(200),
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            policy: Policy::default(),
            default_tenant: None,
            secure_cookies: true,
            smtp_url: None,
            metrics_token: None,
            database_url: None,
            trusted_proxies: Vec::new(),
            graph_url: None,
        }
    }
}

/// A server with plain-HTTP cookies, sending its mail to `smtp` if given.
pub async fn start_with_mail(smtp: Option<&smtp::SmtpServer>) -> Server {
    start_with(Options {
        secure_cookies: false,
        smtp_url: smtp.map(|m| m.url.clone()),
        ..Options::default()
    })
    .await
}

pub async fn start(policy: Policy) -> Server {
    start_with(Options {
        policy,
        ..Options::default()
    })
    .await
}

/// A server whose cookies work over plain http, as the test client needs for sessions.
pub async fn start_insecure() -> Server {
    start_with(Options {
        secure_cookies: false,
        ..Options::default()
    })
    .await
}

pub async fn start_with(o: Options) -> Server {
    let Options {
        policy,
        default_tenant,
        secure_cookies,
        smtp_url,
        metrics_token,
        database_url: shared,
        trusted_proxies,
        graph_url,
    } = o;
    let dir = tempfile::tempdir().unwrap();
    let url = match shared {
        Some(url) => url,
        None => database_url(dir.path()).await,
    };
    let pool = db::connect(&url).await.unwrap();
    let (sink, _writer) = events::start(pool.clone());
    let keys = LinkKeys::single("test", LINK_SECRET.to_vec()).unwrap();
    let listener = passkey_guide::listen("127.0.0.1:0".parse().unwrap()).unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let state = AppState::new(Services {
        leptos_options: site_options(dir.path().to_str().unwrap()),
        db: pool.clone(),
        policy,
        security_info_url: "https://aka.ms/mysecurityinfo".into(),
        events: sink as Arc<dyn EventSink>,
        secure_cookies,
        links: Arc::new(LinkSettings {
            keys: keys.clone(),
            public_url: base.clone(),
            ttl_days: 30,
        }),
        default_tenant: default_tenant.map(Into::into),
        outbox: Arc::new(mail::Outbox::default()),
        metrics: Arc::default(),
        trusted_proxies: trusted_proxies.into(),
        tenant_cache: Arc::default(),
        versions: passkey_guide::jobs::versions::start(
            pool.clone(),
            std::time::Duration::from_millis(20),
        ),
        roster_cache: Arc::default(),
        detect_cache: Arc::default(),
        resume_cache: Arc::default(),
        page_cache: Arc::default(),
        metrics_token: metrics_token.map(Into::into),
        sign_in: Arc::new(passkey_guide::ops::sso::ConsoleSignIn::new(
            &entra_settings(graph_url.as_deref()).login_url,
            &base,
        )),
        entra: Arc::new(entra_settings(graph_url.as_deref())),
    });
    if let Some(url) = smtp_url {
        let mailer = mail::Mailer::new(&url, "IT Service Desk <it@example.com>").unwrap();
        let (stop, rx) = tokio::sync::watch::channel(false);
        // Keep the stop sender alive for the test's lifetime.
        std::mem::forget(stop);
        let settings = mail::MailSettings::new(
            Some(mailer),
            Arc::new(entra_settings(graph_url.as_deref())),
            60_000,
        );
        mail::start_sender(pool.clone(), settings, state.outbox.clone(), rx);
    }
    tokio::spawn(async move {
        serve_on(listener, state, std::future::pending())
            .await
            .unwrap()
    });
    Server {
        base,
        client: client(),
        pool,
        database_url: url,
        graph_url: graph_url.clone(),
        keys,
        _dir: dir,
    }
}

/// A roster row with just an email address and a display name.
pub fn employee(email: String, display_name: String) -> app::domain::roster::EmployeeRow {
    app::domain::roster::EmployeeRow {
        upn: None,
        email,
        display_name,
        preferred_language: None,
        department: None,
        manager: None,
    }
}

impl Server {
    /// Creates tenant `slug` (named "Acme") and imports these employees into its roster.
    pub async fn tenant_with_roster(
        &self,
        slug: &str,
        rows: &[app::domain::roster::EmployeeRow],
    ) -> passkey_guide::store::tenants::Tenant {
        let tenant = passkey_guide::store::tenants::create(&self.pool, slug, "Acme")
            .await
            .unwrap();
        passkey_guide::store::employees::import(&self.pool, tenant.id, rows, |_| {})
            .await
            .unwrap();
        tenant
    }

    /// The server's link settings, as the jobs and the console use them.
    pub fn link_settings(&self) -> LinkSettings {
        LinkSettings {
            keys: self.keys.clone(),
            public_url: self.base.clone(),
            ttl_days: 30,
        }
    }

    /// The path of the personal link of the employee with this reference, valid for a day.
    pub fn personal_link(&self, slug: &str, reference: &str) -> String {
        let exp = db::now_ms() / 1000 + 86_400;
        format!("/t/{slug}/link/{}", self.keys.sign(slug, reference, exp))
    }

    /// Creates an admin account of `tenant` with [`ADMIN_PASSWORD`].
    pub async fn admin(&self, tenant: &str, email: &str, role: app::domain::tenant::Role) {
        passkey_guide::ops::accounts::create_admin(&self.pool, tenant, email, ADMIN_PASSWORD, role)
            .await
            .unwrap();
    }

    /// Signs in with a fresh cookie jar; returns the client and the session's CSRF token.
    pub async fn sign_in(&self, email: &str) -> (reqwest::Client, String) {
        let c = client();
        let res = c
            .post(self.url("/admin/login"))
            .form(&[("email", email), ("password", ADMIN_PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            reqwest::StatusCode::SEE_OTHER,
            "sign-in of {email}"
        );
        let body = c
            .get(self.url("/admin"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        (c, csrf_of(&body))
    }

    /// Exports `slug`'s personal links the way the console's button does: a POST with the
    /// session's CSRF token.
    pub async fn export_links(
        &self,
        c: &reqwest::Client,
        slug: &str,
        csrf: &str,
    ) -> reqwest::Response {
        c.post(self.url(&format!("/admin/t/{slug}/links.csv")))
            .form(&[("csrf", csrf)])
            .send()
            .await
            .unwrap()
    }

    /// The built site's directory (static files are served from here).
    pub fn site_root(&self) -> &std::path::Path {
        self._dir.path()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str, headers: &[(&'static str, &str)]) -> reqwest::Response {
        let mut h = HeaderMap::new();
        for (k, v) in headers {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        self.client
            .get(self.url(path))
            .headers(h)
            .send()
            .await
            .unwrap()
    }

    /// Events of this kind stored (each row counts the identical events merged into it).
    pub async fn count(&self, kind: &str) -> i64 {
        // The writer batches asynchronously; wait (bounded) for the events to land.
        for _ in 0..100 {
            let n: i64 = sqlx::query_scalar(
                "SELECT CAST(COALESCE(SUM(times), 0) AS BIGINT) FROM guide_event WHERE kind = $1",
            )
            .bind(kind)
            .fetch_one(&self.pool)
            .await
            .unwrap();
            if n > 0 {
                return n;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        0
    }
}

/// The CSRF token in a console page's forms.
pub fn csrf_of(page: &str) -> String {
    page.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("csrf field on the page")
        .to_owned()
}

/// Checks that every script on a guide page is allowed by the response's CSP and by nothing
/// else: with a per-response nonce, each script carries it; on a page from the page cache
/// (no nonce), each inline script's SHA-256 is listed and each other script is the site's
/// own. Returns the nonce, if any.
pub fn check_page_scripts(what: &str, csp: &str, body: &str) -> Option<String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .map(|r| r.split('\'').next().unwrap().to_owned());
    let mut rest = body;
    let mut scripts = 0;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let tag_end = rest.find('>').expect("a closed script tag");
        let tag = &rest[..tag_end];
        let after = &rest[tag_end + 1..];
        let close = after.find("</script>").expect("a closed script");
        scripts += 1;
        match &nonce {
            Some(n) => assert!(
                tag.contains(&format!("nonce=\"{n}\"")),
                "{what}: a script without the response's nonce: {tag}>"
            ),
            None if tag.contains(" src=") => assert!(
                tag.contains("src=\"/pkg/"),
                "{what}: a script from elsewhere: {tag}>"
            ),
            None => {
                let hash = base64::engine::general_purpose::STANDARD
                    .encode(sha2::Sha256::digest(&after.as_bytes()[..close]));
                assert!(
                    csp.contains(&format!("'sha256-{hash}'")),
                    "{what}: an inline script the CSP does not list: {tag}>"
                );
            }
        }
        rest = &after[close..];
    }
    assert!(scripts > 0, "{what}: pages load the islands");
    if nonce.is_none() {
        assert!(
            csp.contains("'sha256-"),
            "{what}: neither nonce nor hashes in {csp}"
        );
        assert!(
            !body.contains(" nonce=\""),
            "{what}: a nonce in a cached page"
        );
    }
    nonce
}
