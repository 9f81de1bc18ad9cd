//! The server over real HTTP on loopback, with a real SQLite database in a temp directory.

mod common;

use app::domain::Policy;
use common::start;
use passkey_guide::http::api::DetectResponse;

const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
const REDUCED_ANDROID: &str = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";
const WINDOWS: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0";

#[tokio::test]
async fn iphone_gets_its_flows_with_security_headers() {
    let s = start(Policy::default()).await;
    let res = s.get("/", &[("user-agent", IPHONE)]).await;
    assert_eq!(res.status(), 200);
    let h = res.headers().clone();
    let csp = h["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'"));
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert!(
        h["accept-ch"]
            .to_str()
            .unwrap()
            .contains("Sec-CH-UA-Platform-Version")
    );
    assert!(
        h["critical-ch"]
            .to_str()
            .unwrap()
            .contains("Sec-CH-UA-Model")
    );
    assert!(
        h.get_all("vary")
            .iter()
            .any(|v| v.to_str().unwrap().contains("Sec-CH-UA-Platform"))
    );
    let body = res.text().await.unwrap();
    // The first view renders the page and keeps it: its scripts are allowed by hash.
    assert_eq!(common::check_page_scripts("GET /", &csp, &body), None);
    assert!(body.contains(r#"data-platform="iphone""#));
    assert!(body.contains(r#"data-flow="iphone-icloud-keychain" class="flow-card primary""#));
    assert!(body.contains(r#"data-flow="iphone-authenticator""#));
    assert!(s.count("page-viewed").await >= 1, "the view is stored");

    // The second comes from the page cache: the same bytes and policy, and its view is
    // recorded too.
    let second = s.get("/", &[("user-agent", IPHONE)]).await;
    let csp2 = second.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(csp, csp2);
    assert_eq!(second.text().await.unwrap(), body);
    for _ in 0..100 {
        if s.count("page-viewed").await >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(s.count("page-viewed").await, 2, "both views are recorded");
}

/// After a page has been through the whole stack once, later views are answered from memory
/// before any routing: they must be exactly what the stack sends (every header, the bytes in
/// each encoding) and still count in the request metrics under the page's route.
#[tokio::test]
async fn a_page_answered_from_memory_is_the_one_the_stack_sends() {
    let s = start(Policy::default()).await;
    let page = "/guide/iphone-authenticator/step/2";
    let fetch = |encoding: &'static str| {
        let s = &s;
        async move {
            let res = s
                .get(
                    page,
                    &[("user-agent", IPHONE), ("accept-encoding", encoding)],
                )
                .await;
            assert_eq!(res.status(), 200);
            let mut headers = res.headers().clone();
            headers.remove("date");
            (headers, res.bytes().await.unwrap())
        }
    };
    for encoding in ["br", "gzip", "identity"] {
        let (first_headers, first_body) = fetch(encoding).await;
        for _ in 0..2 {
            let (headers, body) = fetch(encoding).await;
            assert_eq!(headers, first_headers, "{encoding}: the same headers");
            assert_eq!(body, first_body, "{encoding}: the same bytes");
        }
        let coding = first_headers
            .get("content-encoding")
            .map(|v| v.to_str().unwrap());
        assert_eq!(coding, (encoding != "identity").then_some(encoding));
    }
    let hits_and_views = s.get("/metrics", &[]).await.text().await.unwrap();
    assert!(
        hits_and_views.contains(
            "passkey_guide_http_request_duration_seconds_count{method=\"GET\",route=\"/guide/{flow}/step/{step}\",status=\"200\"} 9"
        ),
        "all nine views are timed under the route:\n{hits_and_views}"
    );
    let hits = hits_and_views
        .lines()
        .find_map(|l| l.strip_prefix("passkey_guide_page_cache_hits_total "))
        .and_then(|n| n.trim().parse::<u64>().ok())
        .unwrap();
    assert!(
        hits >= 8,
        "eight of the nine views came from memory: {hits}"
    );
}

#[tokio::test]
async fn device_bound_policy_hides_synced_flows() {
    let s = start(Policy {
        synced_allowed: false,
        attestation_enforced: false,
        ..Policy::default()
    })
    .await;
    let body = s
        .get("/", &[("user-agent", IPHONE)])
        .await
        .text()
        .await
        .unwrap();
    assert!(body.contains(r#"data-flow="iphone-authenticator" class="flow-card primary""#));
    assert!(!body.contains(r#"data-flow="iphone-icloud-keychain" class="flow-card primary""#));
}

#[tokio::test]
async fn detect_api_reads_client_hints() {
    let s = start(Policy::default()).await;
    let res = s
        .get(
            "/api/v1/detect",
            &[
                ("user-agent", REDUCED_ANDROID),
                ("sec-ch-ua-platform", "\"Android\""),
                ("sec-ch-ua-platform-version", "\"14.0.0\""),
                ("sec-ch-ua-model", "\"SM-S918B\""),
                ("accept-language", "de-DE,de;q=0.9"),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let d: DetectResponse = res.json().await.unwrap();
    assert_eq!(d.platform, "samsung");
    assert_eq!(d.os_version.as_deref(), Some("14"));
    assert_eq!(d.model.as_deref(), Some("SM-S918B"));
    assert_eq!(d.browser.as_deref(), Some("chrome"));
    // Synced passkeys are allowed by default: Samsung Pass, then Google Password Manager, then
    // Authenticator.
    assert_eq!(
        d.flows,
        ["samsung-pass", "android-google-password-manager", "samsung"]
    );

    let reduced: DetectResponse = s
        .get("/api/v1/detect", &[("user-agent", REDUCED_ANDROID)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(reduced.os_version, None, "a frozen UA reveals no version");
    assert!(
        reduced
            .notes
            .iter()
            .any(|n| n.code == "version-unknown" && !n.message.is_empty())
    );

    let win11: DetectResponse = s
        .get(
            "/api/v1/detect?lang=de",
            &[
                ("user-agent", WINDOWS),
                ("sec-ch-ua-platform", "\"Windows\""),
                ("sec-ch-ua-platform-version", "\"15.0.0\""),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (win11.platform.as_str(), win11.os_version.as_deref()),
        ("windows", Some("11"))
    );
    // Windows Hello is off unless the organisation turns it on: the phone comes first.
    assert_eq!(win11.flows[0], "phone-from-desktop");
}

#[tokio::test]
async fn guide_steps_handoff_and_done() {
    let s = start(Policy::default()).await;
    let res = s
        .get("/guide/iphone-authenticator", &[("user-agent", IPHONE)])
        .await;
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    assert!(body.contains("Step 1 of"));
    let n = step_of("iphone-authenticator", |st| st.handoff);
    let handoff = s
        .get(
            &format!("/guide/iphone-authenticator/step/{n}"),
            &[("user-agent", IPHONE)],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        handoff.contains(&format!(
            r#"href="/guide/iphone-authenticator/handoff?step={n}""#
        )),
        "hand-off on its step"
    );
    let go = s
        .get(
            &format!("/guide/iphone-authenticator/handoff?step={n}"),
            &[("user-agent", IPHONE)],
        )
        .await;
    assert_eq!(go.status(), 303);
    assert_eq!(go.headers()["location"], "https://aka.ms/mysecurityinfo");
    assert!(s.count("handoff-clicked").await >= 1);
    let done = s.get("/guide/iphone-authenticator/done", &[]).await;
    assert_eq!(done.status(), 200);
    assert!(s.count("done").await >= 1);
}

#[tokio::test]
async fn bad_input_gets_clear_pages_not_errors() {
    let s = start(Policy::default()).await;
    let huge = format!("Mozilla/5.0 ({}) {}", "x".repeat(10_240), "\u{7f}");
    assert_eq!(
        s.get("/", &[("user-agent", &huge[..huge.len() - 1])])
            .await
            .status(),
        200
    );
    assert_eq!(
        s.get(
            "/",
            &[
                ("user-agent", "}}}((;;"),
                ("sec-ch-ua", "((("),
                ("sec-ch-ua-platform-version", "\"")
            ]
        )
        .await
        .status(),
        200
    );
    assert_eq!(s.get("/guide/no-such-flow", &[]).await.status(), 404);
    assert_eq!(
        s.get("/guide/iphone-authenticator/step/99", &[])
            .await
            .status(),
        404
    );
    assert_eq!(
        s.get("/guide/iphone-authenticator/step/-1", &[])
            .await
            .status(),
        404
    );
    assert_eq!(
        s.get("/guide/no-such-flow/handoff", &[]).await.status(),
        404
    );
    // Parameters never steer the hand-off anywhere else.
    let go = s
        .get(
            "/guide/macos/handoff?step=1&next=https://evil.example/&url=//evil.example",
            &[],
        )
        .await;
    assert_eq!(go.headers()["location"], "https://aka.ms/mysecurityinfo");
    // Unknown language and device values are ignored, never echoed.
    let body = s
        .get("/?lang=<script>&device=\"><script>", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(!body.contains("<script>alert") && !body.contains("\"><script>"));
}

#[tokio::test]
async fn language_from_header_query_and_cookie() {
    let s = start(Policy::default()).await;
    let de = s
        .get("/", &[("accept-language", "de-CH, en;q=0.5")])
        .await
        .text()
        .await
        .unwrap();
    assert!(de.contains(r#"<html lang="de""#) && de.contains("Richten Sie Ihren Passkey ein"));
    let res = s.get("/?lang=de", &[("accept-language", "en")]).await;
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("lang=de;") && cookie.contains("HttpOnly") && cookie.contains("Secure")
    );
    let remembered = s
        .get("/", &[("accept-language", "en"), ("cookie", "lang=de")])
        .await
        .text()
        .await
        .unwrap();
    assert!(remembered.contains(r#"<html lang="de""#));
    // A browser without the cookie (the test client keeps cookies, so use a fresh one).
    let en = common::client()
        .get(s.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(en.contains(r#"<html lang="en""#));
}

#[tokio::test]
async fn step_and_print_pages_show_the_steps_drawings_in_the_pages_language() {
    let s = start(Policy::default()).await;
    let n = step_of("windows-hello", |st| st.id == "set-up-windows-hello");
    let step = s
        .get(
            &format!("/guide/windows-hello/step/{n}"),
            &[("accept-language", "de")],
        )
        .await
        .text()
        .await
        .unwrap();
    let id = "ill-windows-hello-set-up-windows-hello";
    assert!(
        step.contains(&format!(r#"role="img" aria-labelledby="{id}""#)),
        "{step}"
    );
    assert!(step.contains(&format!(r#"<title id="{id}">Ein Windows-Laptop zeigt"#)));
    assert!(step.contains(">Anmeldeoptionen</tspan>"));
    let print = s
        .get("/guide/windows-hello/print", &[])
        .await
        .text()
        .await
        .unwrap();
    let steps = app::domain::Catalogue::embedded()
        .flow("windows-hello")
        .unwrap()
        .steps
        .len();
    assert_eq!(print.matches(r#"role="img""#).count(), steps, "{print}");
}

/// The 1-based number of the first step of `flow` that `is` picks.
fn step_of(flow: &str, is: impl Fn(&app::domain::catalogue::Step) -> bool) -> usize {
    let flow = app::domain::Catalogue::embedded().flow(flow).unwrap();
    flow.steps.iter().position(is).unwrap() + 1
}
