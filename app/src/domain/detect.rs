//! Device detection from the User-Agent and User-Agent client hints.
//!
//! woothee gives the base parse (OS family, browser name). On top of it this module knows what a
//! 2021 parser cannot: Chrome's User-Agent reduction (`Android 10; K`, `Windows NT 10.0`,
//! `Mac OS X 10_15_7` are frozen and say nothing about the real version), Windows 11 from
//! `Sec-CH-UA-Platform-Version`, Samsung devices, in-app browsers, and iOS 26 Safari freezing the
//! OS token at 18_6 while `Version/26.x` tells the truth. When the request does not reveal the
//! version, the profile says so (`os_version: None`) instead of guessing.

use super::device::{Browser, DeviceProfile, InApp, OsVersion, Platform};

/// The request headers detection reads, as raw header values. Any of them may be absent or
/// malformed; detection never fails, it just knows less.
#[derive(Debug, Clone, Copy, Default)]
pub struct RequestHints<'a> {
    pub user_agent: Option<&'a str>,
    /// `Sec-CH-UA`: the brand list.
    pub brands: Option<&'a str>,
    /// `Sec-CH-UA-Full-Version-List`: the brand list with full versions (used like `brands`).
    pub full_version_list: Option<&'a str>,
    /// `Sec-CH-UA-Mobile`: `?1` or `?0`.
    pub mobile: Option<&'a str>,
    /// `Sec-CH-UA-Platform`, e.g. `"Windows"`.
    pub platform: Option<&'a str>,
    /// `Sec-CH-UA-Platform-Version`, e.g. `"15.0.0"`.
    pub platform_version: Option<&'a str>,
    /// `Sec-CH-UA-Model`, e.g. `"SM-S918B"`.
    pub model: Option<&'a str>,
}

/// The client hints the server asks for (`Accept-CH`) and needs on the first navigation
/// (`Critical-CH`, so Chromium retries the request with them).
pub const ACCEPT_CH: &str =
    "Sec-CH-UA-Platform-Version, Sec-CH-UA-Model, Sec-CH-UA-Full-Version-List";
pub const CRITICAL_CH: &str = "Sec-CH-UA-Platform-Version, Sec-CH-UA-Model";
/// Responses that depend on these headers must say so to caches.
pub const VARY: &str = "User-Agent, Sec-CH-UA, Sec-CH-UA-Mobile, Sec-CH-UA-Platform, Sec-CH-UA-Platform-Version, Sec-CH-UA-Model";

/// Real User-Agent strings are a few hundred bytes; anything past this is ignored so that a
/// hostile 10 KB header costs no more than a normal one.
pub const MAX_UA_LEN: usize = 1024;
const MAX_HINT_LEN: usize = 512;

pub fn detect(hints: &RequestHints<'_>) -> DeviceProfile {
    let ua = truncate(hints.user_agent.unwrap_or("").trim(), MAX_UA_LEN);
    let hint_platform = hints.platform.and_then(sf_string);
    let hint_model = hints
        .model
        .and_then(sf_string)
        .filter(|m| !m.is_empty() && m.len() <= 64);
    let hint_version = hints.platform_version.and_then(sf_string);
    let brands = hints
        .full_version_list
        .or(hints.brands)
        .map(brand_names)
        .unwrap_or_default();

    let woothee = if ua.is_empty() {
        None
    } else {
        woothee::parser::Parser::new().parse(ua)
    };
    let w_os = woothee.as_ref().map(|w| w.os).unwrap_or("UNKNOWN");
    let w_name = woothee.as_ref().map(|w| w.name).unwrap_or("UNKNOWN");
    let is_crawler = woothee.as_ref().is_some_and(|w| w.category == "crawler");

    let ua_model = android_model(ua);
    let model = hint_model.clone().or(ua_model);

    let trusted_hint_platform = hint_platform
        .as_deref()
        .and_then(platform_from_hint)
        .filter(|p| {
            // Keep the UA's answer where the hint cannot be right: every iOS browser is WebKit
            // and sends no client hints, so an iPhone/iPad UA beside a platform hint is a
            // desktop browser emulating one; and a Chromebook whose browser reports plain
            // "Linux" (its platform version is then not ChromeOS's).
            let ios_ua = has_word(ua, "iPhone") || has_word(ua, "iPad") || has_word(ua, "iPod");
            let ua_knows_better = if ios_ua {
                *p != Platform::Iphone || has_word(ua, "iPad")
            } else {
                *p == Platform::Linux && ua.contains("CrOS")
            };
            !ua_knows_better
        });
    let mut platform = trusted_hint_platform.unwrap_or_else(|| platform_from_ua(ua, w_os));
    if platform == Platform::Android && is_samsung(ua, model.as_deref()) {
        platform = Platform::Samsung;
    }

    let in_app = in_app(ua, platform);
    let browser = if in_app.is_some() {
        Some(Browser::Webview)
    } else if is_crawler {
        None
    } else {
        browser(ua, w_name, &brands)
    };

    let (os_version, os_at_least) = os_version(
        ua,
        platform,
        browser,
        hint_version.as_deref(),
        trusted_hint_platform.is_some(),
    );

    DeviceProfile {
        platform,
        os_version,
        os_at_least,
        browser,
        in_app,
        model: model.filter(|_| platform.is_android()),
        chosen: false,
    }
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// An RFC 8941 string item (`"Android"`), or `None` when the header is malformed.
fn sf_string(raw: &str) -> Option<String> {
    if raw.len() > MAX_HINT_LEN {
        return None;
    }
    let item = sfv::Parser::new(raw).parse::<sfv::Item>().ok()?;
    item.bare_item.as_string().map(|s| s.as_str().to_owned())
}

/// The brand names of a `Sec-CH-UA` list; malformed lists give none.
fn brand_names(raw: &str) -> Vec<String> {
    if raw.len() > MAX_HINT_LEN {
        return Vec::new();
    }
    let Ok(list) = sfv::Parser::new(raw).parse::<sfv::List>() else {
        return Vec::new();
    };
    list.into_iter()
        .filter_map(|entry| match entry {
            sfv::ListEntry::Item(item) => item.bare_item.as_string().map(|s| s.as_str().to_owned()),
            sfv::ListEntry::InnerList(_) => None,
        })
        .collect()
}

fn platform_from_hint(p: &str) -> Option<Platform> {
    Some(match p {
        "Android" => Platform::Android,
        "Windows" => Platform::Windows,
        "macOS" => Platform::Macos,
        "Linux" => Platform::Linux,
        "Chrome OS" | "Chromium OS" => Platform::Chromeos,
        "iOS" => Platform::Iphone,
        _ => return None,
    })
}

fn platform_from_ua(ua: &str, woothee_os: &str) -> Platform {
    // woothee's OS family first; its names are the dataset labels.
    let base = match woothee_os {
        "iPhone" | "iPod" | "iOS" => Platform::Iphone,
        "iPad" => Platform::Ipad,
        "Android" => Platform::Android,
        "ChromeOS" => Platform::Chromeos,
        "Mac OSX" => Platform::Macos,
        "Linux" => Platform::Linux,
        os if os.starts_with("Windows") && os != "Windows Phone OS" && os != "Windows CE" => {
            Platform::Windows
        }
        _ => Platform::Unknown,
    };
    // What woothee does not know or gets wrong: tokens it does not look for, and desktop-mode
    // or app UAs it leaves unknown.
    // Whole tokens only: Xiaomi's "MiPad" is an Android tablet, not an iPad. Outlook's
    // `Outlook-iOS-Android` token on an iPhone is why the Apple tokens come first.
    if has_word(ua, "iPad") {
        Platform::Ipad
    } else if has_word(ua, "iPhone") || has_word(ua, "iPod") {
        Platform::Iphone
    } else if ua.contains("Android") {
        Platform::Android
    } else if base == Platform::Ipad || base == Platform::Iphone {
        // woothee matches the same substrings, "MiPad" included.
        Platform::Unknown
    } else if ua.contains("CrOS") {
        Platform::Chromeos
    } else if base != Platform::Unknown {
        base
    } else if ua.contains("Windows NT") {
        Platform::Windows
    } else if ua.contains("Macintosh") || ua.contains("Mac OS X") {
        Platform::Macos
    } else if ua.contains("X11") || ua.contains("Linux") {
        Platform::Linux
    } else {
        Platform::Unknown
    }
}

/// Samsung's model names: `SM-` and the older international prefixes, the Japanese carriers'
/// `SC-`, `SCG`, `SCL` and `SCV` models, and the names some firmware sends ("Galaxy S24").
const SAMSUNG_MODEL_PREFIXES: &[&str] = &[
    "SM-", "GT-", "SCH-", "SGH-", "SHV-", "SHW-", "SPH-", "SC-", "SCG", "SCL", "SCV", "Galaxy ",
];

/// A Samsung model, or (when the model is hidden) Samsung's own browser, which ships on Galaxy
/// devices. A known non-Samsung model wins: Samsung Internet also runs on other phones.
fn is_samsung(ua: &str, model: Option<&str>) -> bool {
    match model {
        Some(m) => {
            SAMSUNG_MODEL_PREFIXES.iter().any(|p| m.starts_with(p)) || is_softbank_samsung(m)
        }
        None => ua.contains("SamsungBrowser/") || ua.contains("SAMSUNG"),
    }
}

/// SoftBank names its Samsung models with digits then `SC`: `404SC`.
fn is_softbank_samsung(model: &str) -> bool {
    model
        .strip_suffix("SC")
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// `word` in `ua` where it is not the end of a longer word: "iPad" but not "MiPad".
fn has_word(ua: &str, word: &str) -> bool {
    ua.match_indices(word).any(|(i, _)| {
        !ua[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// The model token of an unreduced Android UA: `(Linux; Android 13; SM-S918B Build/TP1A)`.
/// Chrome's reduced UA says `K` instead, which is no model.
fn android_model(ua: &str) -> Option<String> {
    let start = ua.find('(')?;
    let end = start + ua[start..].find(')')?;
    let inside = &ua[start + 1..end];
    let mut tokens = inside.split(';').map(str::trim);
    tokens.find(|t| t.starts_with("Android"))?;
    tokens
        .find(|t| {
            !t.is_empty()
                && *t != "K"
                && *t != "wv"
                && *t != "U"
                && *t != "Mobile"
                && *t != "Tablet"
                && !t.starts_with("rv:")
                && !is_locale(t)
        })
        .map(|t| t.split(" Build/").next().unwrap_or(t).trim())
        .map(|t| t.strip_prefix("SAMSUNG ").unwrap_or(t))
        .filter(|t| !t.is_empty() && t.len() <= 64)
        .map(str::to_owned)
}

fn is_locale(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 5
        && b[0].is_ascii_alphabetic()
        && b[1].is_ascii_alphabetic()
        && (b[2] == b'-' || b[2] == b'_')
        && b[3].is_ascii_alphabetic()
        && b[4].is_ascii_alphabetic()
}

fn in_app(ua: &str, platform: Platform) -> Option<InApp> {
    let known = [
        ("FBAN/", InApp::Facebook),
        ("FBAV/", InApp::Facebook),
        ("Instagram", InApp::Instagram),
        ("LinkedInApp", InApp::Linkedin),
        (" Line/", InApp::Line),
        ("MicroMessenger", InApp::Wechat),
        ("GSA/", InApp::GoogleApp),
        ("GoogleApp/", InApp::GoogleApp),
        ("Snapchat", InApp::Snapchat),
        ("musical_ly", InApp::Tiktok),
        ("BytedanceWebview", InApp::Tiktok),
        ("TikTok", InApp::Tiktok),
        ("NAVER(inapp", InApp::Naver),
        ("AppleNews", InApp::AppleNews),
        ("TeamsMobile-", InApp::Teams),
        ("Outlook-iOS-Android", InApp::Outlook),
    ];
    if let Some((_, app)) = known.iter().find(|(token, _)| ua.contains(token)) {
        return Some(*app);
    }
    let android_webview = platform.is_android() && ua.contains("; wv)");
    // WKWebView's default UA has no `Safari/` token; some real browsers drop it too.
    let ios_browser = [
        "CriOS/",
        "FxiOS/",
        "EdgiOS/",
        "OPiOS/",
        "OPT/",
        "Ddg/",
        "DuckDuckGo/",
    ]
    .iter()
    .any(|t| ua.contains(t));
    let ios_webview = platform.is_apple_mobile()
        && ua.contains("AppleWebKit")
        && ua.contains("Mobile/")
        && !ua.contains("Safari/")
        && !ios_browser;
    (android_webview || ios_webview).then_some(InApp::Unidentified)
}

fn browser(ua: &str, woothee_name: &str, brands: &[String]) -> Option<Browser> {
    if ua.is_empty() {
        return None;
    }
    let has = |t: &str| ua.contains(t);
    let browser = if has("Edg/") || has("EdgA/") || has("EdgiOS/") || has("Edge/") {
        Browser::Edge
    } else if has("OPR/") || has("OPT/") || has("OPiOS/") || has("Opera") {
        Browser::Opera
    } else if has("SamsungBrowser/") {
        Browser::SamsungInternet
    } else if has("Firefox/") || has("FxiOS/") {
        Browser::Firefox
    } else if has("Vivaldi")
        || has("YaBrowser")
        || has("UCBrowser")
        || has("DuckDuckGo/")
        || has("Ddg/")
        || has("Silk/")
        || has("Brave")
    {
        Browser::Other
    } else if has("CriOS/") || has("Chrome/") {
        if brands.iter().any(|b| b == "Brave") {
            Browser::Other
        } else {
            Browser::Chrome
        }
    } else if has("Safari/") && has("Version/") && has("AppleWebKit") {
        Browser::Safari
    } else {
        match woothee_name {
            "Safari" => Browser::Safari,
            "Chrome" => Browser::Chrome,
            "Firefox" => Browser::Firefox,
            "Edge" => Browser::Edge,
            "Opera" => Browser::Opera,
            "SamsungBrowser" => Browser::SamsungInternet,
            "Webview" => Browser::Webview,
            "UNKNOWN" => return None,
            _ if ua.starts_with("Mozilla/") => Browser::Other,
            _ => return None,
        }
    };
    Some(browser)
}

/// Returns `(exact, at_least)`.
fn os_version(
    ua: &str,
    platform: Platform,
    browser: Option<Browser>,
    hint_version: Option<&str>,
    has_platform_hint: bool,
) -> (Option<OsVersion>, Option<OsVersion>) {
    let hint = hint_version
        .filter(|v| !v.is_empty())
        .and_then(OsVersion::parse_lenient);
    match platform {
        Platform::Iphone | Platform::Ipad => ios_version(ua, browser),
        Platform::Android | Platform::Samsung => {
            if let Some(h) = hint {
                return (Some(OsVersion::major(h.major)), None);
            }
            if ua.contains("Android 10; K") {
                return (None, None); // Chrome's reduced UA: the real version is hidden.
            }
            let v = token_after(ua, "Android ")
                .and_then(OsVersion::parse_lenient)
                .map(|v| OsVersion::major(v.major));
            (v, None)
        }
        Platform::Windows => {
            // Windows 7/8/8.1 report 0.x; the UA's NT version is exact for those.
            // The hint is 0.1, 0.2 and 0.3 on Windows 7, 8 and 8.1, 1 to 10 on Windows 10
            // and 13 or more on Windows 11.
            match hint
                .filter(|_| has_platform_hint)
                .map(|h| (h.major, h.minor))
            {
                Some((13.., _)) => return (Some(OsVersion::major(11)), None),
                Some((1..=12, _)) => return (Some(OsVersion::major(10)), None),
                Some((0, Some(1))) => return (Some(OsVersion::major(7)), None),
                Some((0, Some(2))) => return (Some(OsVersion::major(8)), None),
                Some((0, Some(3))) => return (Some(OsVersion::new(8, 1)), None),
                _ => {}
            }
            match token_after(ua, "Windows NT ") {
                Some(v) if v.starts_with("10.0") => (None, Some(OsVersion::major(10))),
                Some(v) if v.starts_with("6.3") => (Some(OsVersion::new(8, 1)), None),
                Some(v) if v.starts_with("6.2") => (Some(OsVersion::major(8)), None),
                Some(v) if v.starts_with("6.1") => (Some(OsVersion::major(7)), None),
                _ => (None, None),
            }
        }
        Platform::Macos => {
            if let Some(h) = hint.filter(|_| has_platform_hint) {
                return (Some(h), None);
            }
            match token_after(ua, "Mac OS X ").and_then(OsVersion::parse_lenient) {
                // Safari, Chrome and Firefox all freeze the token at 10.15(.7).
                Some(v) if v == OsVersion::new(10, 15) => (None, Some(v)),
                Some(v) if v.major == 10 => (Some(v), None),
                _ => (None, None),
            }
        }
        Platform::Chromeos => (hint.filter(|_| has_platform_hint), None),
        Platform::Linux | Platform::Unknown => (None, None),
    }
}

/// iOS and iPadOS: `CPU iPhone OS 17_4_1 like Mac OS X`. iOS 26 freezes that token at 18_6
/// (26.0) or 18_7 (26.0.1 and later) and Safari reports the real version as `Version/26.x`;
/// other browsers and webviews have no `Version/`, so the token there only says "18.6 or
/// later". Firefox for iOS sends 18_7 on every iOS version, so there it says nothing.
fn ios_version(ua: &str, browser: Option<Browser>) -> (Option<OsVersion>, Option<OsVersion>) {
    let token = token_after(ua, "iPhone OS ")
        .or_else(|| token_after(ua, "CPU OS "))
        .or_else(|| token_after(ua, "iPad OS "))
        .and_then(OsVersion::parse_lenient);
    let Some(token) = token else {
        return (None, None);
    };
    let frozen = token.major == 18 && token.minor.unwrap_or(0) >= 6;
    if !frozen {
        return (Some(token), None);
    }
    if ua.contains("FxiOS/") {
        return (None, None);
    }
    let token = OsVersion::new(18, 6);
    let safari_version = (browser == Some(Browser::Safari))
        .then(|| token_after(ua, "Version/").and_then(OsVersion::parse_lenient))
        .flatten();
    match safari_version {
        Some(v) if v.at_least(token) => (Some(v), None),
        _ => (None, Some(token)),
    }
}

/// The version-like run of characters right after `prefix`: `Android 14;` → `14`.
fn token_after<'a>(ua: &'a str, prefix: &str) -> Option<&'a str> {
    let start = ua.find(prefix)? + prefix.len();
    let rest = &ua[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_'))
        .unwrap_or(rest.len());
    let token = &rest[..end];
    (!token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ua(s: &str) -> DeviceProfile {
        detect(&RequestHints {
            user_agent: Some(s),
            ..Default::default()
        })
    }

    #[test]
    fn reduced_android_reveals_no_version_or_model() {
        let p = ua(
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
        );
        assert_eq!(p.platform, Platform::Android);
        assert_eq!(p.os_version, None);
        assert_eq!(p.os_at_least, None);
        assert_eq!(p.model, None);
        assert_eq!(p.browser, Some(Browser::Chrome));
    }

    #[test]
    fn hints_reveal_android_version_and_samsung_model() {
        let p = detect(&RequestHints {
            user_agent: Some(
                "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
            ),
            platform: Some("\"Android\""),
            platform_version: Some("\"14.0.0\""),
            model: Some("\"SM-S918B\""),
            ..Default::default()
        });
        assert_eq!(p.platform, Platform::Samsung);
        assert_eq!(p.os_version, Some(OsVersion::major(14)));
        assert_eq!(p.model.as_deref(), Some("SM-S918B"));
    }

    #[test]
    fn windows_11_only_from_hints() {
        let win = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
        let p = ua(win);
        assert_eq!(
            (p.os_version, p.os_at_least),
            (None, Some(OsVersion::major(10)))
        );
        let hinted = |v: &str| {
            detect(&RequestHints {
                user_agent: Some(win),
                platform: Some("\"Windows\""),
                platform_version: Some(v),
                ..Default::default()
            })
            .os_version
        };
        assert_eq!(hinted("\"15.0.0\""), Some(OsVersion::major(11)));
        assert_eq!(hinted("\"13.0.0\""), Some(OsVersion::major(11)));
        assert_eq!(hinted("\"10.0.0\""), Some(OsVersion::major(10)));
        assert_eq!(hinted("not a structured string"), None);
    }

    #[test]
    fn windows_7_8_and_8_1_from_hints_are_not_windows_10() {
        let hinted = |v: &str| {
            detect(&RequestHints {
                user_agent: Some(
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36",
                ),
                platform: Some("\"Windows\""),
                platform_version: Some(v),
                ..Default::default()
            })
        };
        for (hint, want) in [
            ("\"0.1.0\"", OsVersion::major(7)),
            ("\"0.2.0\"", OsVersion::major(8)),
            ("\"0.3.0\"", OsVersion::new(8, 1)),
        ] {
            let p = hinted(hint);
            assert_eq!((p.os_version, p.os_at_least), (Some(want), None), "{hint}");
        }
    }

    #[test]
    fn only_a_whole_ipad_token_is_an_ipad() {
        let mipad = ua(
            "Mozilla/5.0 (Linux; U; Android 4.4.4; zh-cn; MiPad Build/KTU84P) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/39.0.0.0 Safari/537.36",
        );
        assert_eq!(mipad.platform, Platform::Android);
        let xiaomi = ua("Mozilla/5.0 (MiPad; U; CPU OS 10 like Mac OS X) Gecko/20100101");
        assert_ne!(xiaomi.platform, Platform::Ipad, "{xiaomi:?}");
        assert_eq!(
            ua("Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1").platform,
            Platform::Ipad
        );
    }

    #[test]
    fn the_ipad_os_token_gives_the_version() {
        let p = ua(
            "Mozilla/5.0 (iPad; CPU iPad OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        );
        assert_eq!(p.platform, Platform::Ipad);
        assert_eq!(p.os_version, Some(OsVersion::new(17, 1)));
    }

    #[test]
    fn samsung_models_without_the_sm_prefix() {
        for model in [
            "SCL23",
            "SCV33",
            "404SC",
            "SC-51A",
            "SHV-E330S",
            "Galaxy S24",
        ] {
            let p = ua(&format!(
                "Mozilla/5.0 (Linux; Android 13; {model} Build/TP1A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
            ));
            assert_eq!(p.platform, Platform::Samsung, "{model}");
        }
        for model in ["Pixel 8", "SC", "ASUS_SCX", "M2012K11AG"] {
            let p = ua(&format!(
                "Mozilla/5.0 (Linux; Android 13; {model} Build/TP1A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
            ));
            assert_eq!(p.platform, Platform::Android, "{model}");
        }
    }

    #[test]
    fn more_in_app_browsers() {
        let cases = [
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Snapchat/12.80.0.35 (like Safari/8617.2.4.10.8, panda)",
                InApp::Snapchat,
            ),
            (
                "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 trill_320503 BytedanceWebview/d8a21c6",
                InApp::Tiktok,
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_30.6.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US",
                InApp::Tiktok,
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 NAVER(inapp; search; 2000; 12.1.2; 14PRO)",
                InApp::Naver,
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AppleNews/608.0.1 Version/2.0",
                InApp::AppleNews,
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GoogleApp/324.0.649262461 Mobile/15E148 Safari/604.1",
                InApp::GoogleApp,
            ),
        ];
        for (s, want) in cases {
            let p = ua(s);
            assert_eq!(p.in_app, Some(want), "{s}");
            assert_eq!(p.browser, Some(Browser::Webview), "{s}");
        }
    }

    #[test]
    fn ios_26_safari_uses_version_token() {
        let p = ua(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1",
        );
        assert_eq!(p.platform, Platform::Iphone);
        assert_eq!(p.os_version, Some(OsVersion::new(26, 1)));
        let chrome = ua(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/141.0.7390.41 Mobile/15E148 Safari/604.1",
        );
        assert_eq!(chrome.os_version, None);
        assert_eq!(chrome.os_at_least, Some(OsVersion::new(18, 6)));
    }

    #[test]
    fn an_ios_user_agent_beats_an_emulating_browsers_hints() {
        let p = detect(&RequestHints {
            user_agent: Some(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            ),
            platform: Some("\"Linux\""),
            platform_version: Some("\"6.1.0\""),
            ..Default::default()
        });
        assert_eq!(p.platform, Platform::Iphone);
        assert_eq!(p.os_version, Some(OsVersion::new(17, 4)));
    }

    #[test]
    fn frozen_mac_token_is_only_a_floor() {
        let p = ua(
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        );
        assert_eq!(p.platform, Platform::Macos);
        assert_eq!(p.os_version, None);
        assert_eq!(p.os_at_least, Some(OsVersion::new(10, 15)));
        assert_eq!(p.browser, Some(Browser::Safari));
    }

    #[test]
    fn webviews_are_in_app() {
        let android = ua(
            "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36",
        );
        assert_eq!(android.in_app, Some(InApp::Unidentified));
        assert_eq!(android.browser, Some(Browser::Webview));
        assert_eq!(android.model.as_deref(), Some("Pixel 7"));
        let ios = ua(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        );
        assert_eq!(ios.in_app, Some(InApp::Unidentified));
    }

    #[test]
    fn garbage_and_huge_inputs_are_unknown_not_errors() {
        for s in [
            "",
            "}}}",
            "curl/8.5.0",
            "\u{0}\u{1}\u{7f}",
            "Mozilla/5.0 (",
            "Android ;;;;)",
        ] {
            let _ = ua(s);
        }
        assert_eq!(ua("").platform, Platform::Unknown);
        assert_eq!(ua("").browser, None);
        let huge = "A".repeat(10_000) + " iPhone";
        assert_eq!(
            ua(&huge).platform,
            Platform::Unknown,
            "tail past the limit is ignored"
        );
        let multibyte = "é".repeat(5_000);
        let _ = ua(&multibyte);
        let p = detect(&RequestHints {
            user_agent: Some("Mozilla/5.0"),
            platform: Some(&"\"".repeat(4000)),
            brands: Some("((((("),
            model: Some("\"unterminated"),
            platform_version: Some("\"99999999999999999.1\""),
            ..Default::default()
        });
        assert_eq!(p.model, None);
    }

    #[test]
    fn version_parsing_is_strict_about_digits() {
        assert_eq!(
            OsVersion::parse_lenient("17_4_1"),
            Some(OsVersion::new(17, 4))
        );
        assert_eq!(OsVersion::parse_lenient("14"), Some(OsVersion::major(14)));
        assert_eq!(OsVersion::parse_lenient("1x"), None);
        assert_eq!(OsVersion::parse_lenient(""), None);
        assert_eq!(OsVersion::parse_lenient("999999"), None);
    }
}
