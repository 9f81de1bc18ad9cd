//! The way out of an in-app browser. Passkeys usually cannot be created in the browser built
//! into a mail, chat or social app, so on those pages this comes first: on Android a link that
//! hands the same address to the default browser (an `intent:` link), on iPhone and iPad the
//! steps to open it in Safari for the app that was detected, and everywhere the link to copy
//! (selectable text with JavaScript off, a copy button with it).

use crate::context::{PageContext, i18n};
use crate::islands::CopyLink;
use leptos::prelude::*;

/// An `intent:` link that opens `url` (http or https) in the default browser on Android.
/// `None` for anything else: the link is built only from our own absolute URL.
pub fn android_intent(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !matches!(scheme, "http" | "https") || rest.is_empty() || rest.contains('#') {
        return None;
    }
    Some(format!(
        "intent://{rest}#Intent;scheme={scheme};action=android.intent.action.VIEW;end"
    ))
}

pub fn in_app_escape(ctx: &PageContext) -> Option<impl IntoView + use<>> {
    let app = ctx.profile.in_app?;
    let i18n = i18n();
    let platform = ctx.profile.platform;
    let url = ctx.continue_url();
    let app_name = crate::text::in_app_name(&i18n, app);
    let browser = if platform.is_apple_mobile() {
        "safari"
    } else {
        "other"
    };
    let intent = platform
        .is_android()
        .then(|| android_intent(&url))
        .flatten()
        .map(|href| {
            view! {
                <p><a class="button" href=href data-escape="intent">{i18n.t("escape-open-browser")}</a></p>
            }
        });
    let ios_steps = platform.is_apple_mobile().then(|| {
        let steps = i18n.t_args("escape-ios-steps", &[("app", app.id().into())]);
        view! { <p data-escape="ios-steps">{steps}</p> }
    });
    Some(view! {
        <section class="escape note warning" aria-labelledby="escape-heading" data-in-app=app.id()>
            <h2 id="escape-heading">{i18n.t("escape-title")}</h2>
            <p>{i18n.t_args("escape-lead", &[("app", app_name.into())])}</p>
            {intent}
            {ios_steps}
            <CopyLink
                url=url
                label=i18n.t("escape-copy-button")
                copied=i18n.t("escape-copied")
                field_label=i18n.t_args("escape-copy-label", &[("browser", browser.into())])
            />
        </section>
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intent_links_keep_the_address_and_scheme() {
        assert_eq!(
            android_intent("https://guide.example/t/contoso/link/abc.def").as_deref(),
            Some(
                "intent://guide.example/t/contoso/link/abc.def#Intent;scheme=https;action=android.intent.action.VIEW;end"
            )
        );
        assert_eq!(
            android_intent("http://127.0.0.1:3000/").as_deref(),
            Some(
                "intent://127.0.0.1:3000/#Intent;scheme=http;action=android.intent.action.VIEW;end"
            )
        );
        for bad in [
            "javascript:alert(1)",
            "https://",
            "ftp://x/",
            "https://x/#a",
            "x",
        ] {
            assert_eq!(android_intent(bad), None, "{bad}");
        }
    }
}
