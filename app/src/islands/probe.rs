//! The in-browser probe: asks the browser what the server cannot know (an iPad in desktop mode,
//! whether WebAuthn and a platform authenticator are there, whether it can reach a phone) and
//! warns before the employee starts a flow that cannot work here. Without JavaScript nothing
//! is shown and the server's recommendation stands.

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeMessages {
    pub no_webauthn: String,
    pub no_platform_authenticator: String,
    pub no_hybrid: String,
    pub looks_like_ipad: String,
    pub show_ipad_steps: String,
    pub ready: String,
    /// Shown while the check runs, so its answer replaces a line instead of pushing the
    /// flow cards down under the employee's finger.
    pub checking: String,
}

/// What the browser said. `None` where it has no way to tell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Capabilities {
    webauthn: bool,
    platform_authenticator: Option<bool>,
    hybrid: Option<bool>,
    touch_points: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Finding {
    message: String,
    warning: bool,
    link: Option<(String, String)>,
}

fn findings(
    platform: &str,
    recommended: &str,
    caps: &Capabilities,
    m: &ProbeMessages,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let warn = |message: &str| Finding {
        message: message.to_owned(),
        warning: true,
        link: None,
    };
    if platform == "macos" && caps.touch_points > 1 {
        out.push(Finding {
            link: Some(("/?device=ipad".to_owned(), m.show_ipad_steps.clone())),
            ..warn(&m.looks_like_ipad)
        });
    }
    if !caps.webauthn {
        out.push(warn(&m.no_webauthn));
        return out;
    }
    if recommended == "platform" && caps.platform_authenticator == Some(false) {
        out.push(warn(&m.no_platform_authenticator));
    }
    if recommended == "hybrid" && caps.hybrid == Some(false) {
        out.push(warn(&m.no_hybrid));
    }
    if out.is_empty() {
        out.push(Finding {
            warning: false,
            ..warn(&m.ready)
        });
    }
    out
}

impl Capabilities {
    /// The findings as a small JSON object, for the diagnostic sent to the helpdesk.
    fn to_json(&self) -> String {
        let opt = |v: Option<bool>| v.map_or("null", |b| if b { "true" } else { "false" });
        format!(
            r#"{{"webauthn":{},"platform_authenticator":{},"hybrid_transport":{},"max_touch_points":{}}}"#,
            self.webauthn,
            opt(self.platform_authenticator),
            opt(self.hybrid),
            self.touch_points
        )
    }
}

async fn call_bool(target: &JsValue, method: &str) -> Option<bool> {
    let f = Reflect::get(target, &JsValue::from_str(method))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let promise = f.call0(target).ok()?.dyn_into::<Promise>().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

async fn client_capability(target: &JsValue, name: &str) -> Option<bool> {
    let f = Reflect::get(target, &JsValue::from_str("getClientCapabilities"))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let promise = f.call0(target).ok()?.dyn_into::<Promise>().ok()?;
    let caps = JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into::<Object>()
        .ok()?;
    Reflect::get(&caps, &JsValue::from_str(name))
        .ok()?
        .as_bool()
}

async fn probe() -> Capabilities {
    let global = js_sys::global();
    let touch_points = Reflect::get(&global, &JsValue::from_str("navigator"))
        .and_then(|n| Reflect::get(&n, &JsValue::from_str("maxTouchPoints")))
        .ok()
        .and_then(|v| v.as_f64())
        .map(|n| n as u32)
        .unwrap_or(0);
    let pkc = Reflect::get(&global, &JsValue::from_str("PublicKeyCredential"))
        .unwrap_or(JsValue::UNDEFINED);
    if pkc.is_undefined() || pkc.is_null() {
        return Capabilities {
            touch_points,
            ..Capabilities::default()
        };
    }
    Capabilities {
        webauthn: true,
        platform_authenticator: call_bool(&pkc, "isUserVerifyingPlatformAuthenticatorAvailable")
            .await,
        hybrid: client_capability(&pkc, "hybridTransport").await,
        touch_points,
    }
}

/// `recommended` is "platform" (a passkey on this device), "hybrid" (finish on a phone) or
/// "none".
#[island]
pub fn DeviceProbe(
    platform: String,
    recommended: String,
    messages: ProbeMessages,
) -> impl IntoView {
    let found = RwSignal::new(None::<Vec<Finding>>);
    let checking = messages.checking.clone();
    Effect::new(move || {
        let platform = platform.clone();
        let recommended = recommended.clone();
        let messages = messages.clone();
        leptos::task::spawn_local(async move {
            let caps = probe().await;
            found.set(Some(findings(&platform, &recommended, &caps, &messages)));
        });
    });
    view! {
        <div class="probe" role="status" aria-live="polite" data-probe=move || if found.with(Option::is_some) { "done" } else { "pending" }>
            {move || match found.get() {
                None => view! { <p class="note pending">{checking.clone()}</p> }.into_any(),
                Some(found) => found.into_iter().map(|f| {
                    let class = if f.warning { "note warning" } else { "note ok" };
                    view! {
                        <p class=class>
                            {f.message}
                            {f.link.map(|(href, text)| view! { " " <a href=href>{text}</a> })}
                        </p>
                    }
                }).collect_view().into_any(),
            }}
        </div>
    }
}

/// A hidden field of the diagnostic form: what the browser says it can do. Without
/// JavaScript it stays empty and the diagnostic carries the server's detection only.
#[island]
pub fn ProbeField() -> impl IntoView {
    let value = RwSignal::new(String::new());
    Effect::new(move || {
        leptos::task::spawn_local(async move {
            value.set(probe().await.to_json());
        });
    });
    view! {
        <input type="hidden" name="probe" value=move || value.get()
            data-probe=move || if value.with(String::is_empty) { "pending" } else { "done" }/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages() -> ProbeMessages {
        ProbeMessages {
            no_webauthn: "no-webauthn".into(),
            no_platform_authenticator: "no-platform".into(),
            no_hybrid: "no-hybrid".into(),
            looks_like_ipad: "ipad".into(),
            show_ipad_steps: "show".into(),
            ready: "ready".into(),
            checking: "checking".into(),
        }
    }

    fn texts(f: Vec<Finding>) -> Vec<String> {
        f.into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn capabilities_are_sent_as_json_with_unknowns_as_null() {
        let caps = Capabilities {
            webauthn: true,
            platform_authenticator: Some(false),
            hybrid: None,
            touch_points: 5,
        };
        assert_eq!(
            caps.to_json(),
            r#"{"webauthn":true,"platform_authenticator":false,"hybrid_transport":null,"max_touch_points":5}"#
        );
    }

    #[test]
    fn ipad_in_desktop_mode_is_pointed_to_the_ipad_steps() {
        let caps = Capabilities {
            webauthn: true,
            platform_authenticator: Some(true),
            hybrid: None,
            touch_points: 5,
        };
        let f = findings("macos", "platform", &caps, &messages());
        assert_eq!(f[0].message, "ipad");
        assert_eq!(f[0].link.as_ref().unwrap().0, "/?device=ipad");
    }

    #[test]
    fn missing_webauthn_stops_further_advice() {
        let f = findings("windows", "platform", &Capabilities::default(), &messages());
        assert_eq!(texts(f), ["no-webauthn"]);
    }

    #[test]
    fn warns_only_about_what_the_recommended_flow_needs() {
        let caps = Capabilities {
            webauthn: true,
            platform_authenticator: Some(false),
            hybrid: Some(false),
            touch_points: 0,
        };
        assert_eq!(
            texts(findings("windows", "platform", &caps, &messages())),
            ["no-platform"]
        );
        assert_eq!(
            texts(findings("linux", "hybrid", &caps, &messages())),
            ["no-hybrid"]
        );
        let fine = Capabilities {
            webauthn: true,
            platform_authenticator: None,
            hybrid: None,
            touch_points: 0,
        };
        assert_eq!(
            texts(findings("linux", "hybrid", &fine, &messages())),
            ["ready"]
        );
    }
}
