//! Localisation: Fluent files under `locales/<lang>/*.ftl`, compiled into the binary, and the
//! choice of language for a request (explicit choice, then cookie, then Accept-Language).

use fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Every supported language is left-to-right; isolation marks would only add invisible
        // characters to text people copy into support tickets.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The languages the guide is offered in, with their own names for the switcher.
pub const SUPPORTED: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("pt-BR", "Português (Brasil)"),
    ("ja", "日本語"),
];

/// The cookie that remembers the employee's choice of language.
pub const LANG_COOKIE: &str = "lang";

/// A supported language, by its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale(&'static str);

impl Locale {
    pub const DEFAULT: Locale = Locale("en");

    /// The supported locale with this exact tag (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        SUPPORTED
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(tag.trim()))
            .map(|(t, _)| Locale(t))
    }

    /// The exact tag, else the first supported locale of the same language: `de-CH` → `de`,
    /// `pt` or `pt-PT` → `pt-BR`.
    pub fn best_match(tag: &str) -> Option<Locale> {
        let language = |t: &str| {
            t.trim()
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        };
        let wanted = language(tag);
        Locale::from_tag(tag).or_else(|| {
            SUPPORTED
                .iter()
                .find(|(t, _)| !wanted.is_empty() && language(t) == wanted)
                .map(|(t, _)| Locale(t))
        })
    }

    pub fn tag(self) -> &'static str {
        self.0
    }

    pub fn all() -> impl Iterator<Item = (Locale, &'static str)> {
        SUPPORTED.iter().map(|(t, name)| (Locale(t), *name))
    }
}

/// What the language choice is made from, strongest first.
#[derive(Debug, Clone, Copy, Default)]
pub struct LanguageInputs<'a> {
    /// An explicit `?lang=` choice from the switcher.
    pub query: Option<&'a str>,
    /// The remembered switcher choice.
    pub cookie: Option<&'a str>,
    /// The preferred language on the employee's roster entry (personal links).
    pub employee: Option<&'a str>,
    pub accept_language: Option<&'a str>,
    /// The tenant's default language.
    pub tenant_default: Option<&'a str>,
}

/// Picks the language: an explicit `?lang=` choice, then the remembered cookie, then the
/// employee's roster preference, then the browser's Accept-Language (by q-weight, matching
/// `de-CH` to `de`), then the tenant's default, then English.
pub fn negotiate(inputs: LanguageInputs<'_>) -> Locale {
    let exact = [inputs.query, inputs.cookie, inputs.employee];
    if let Some(l) = exact.into_iter().flatten().find_map(Locale::from_tag) {
        return l;
    }
    let fallback = inputs
        .tenant_default
        .and_then(Locale::from_tag)
        .unwrap_or(Locale::DEFAULT);
    let Some(header) = inputs.accept_language.filter(|h| h.len() <= 1024) else {
        return fallback;
    };
    // The first range whose language we have wins, so `de-CH` is served German.
    accept_language_ranges(header)
        .into_iter()
        .find_map(Locale::best_match)
        .unwrap_or(fallback)
}

/// The language ranges of an `Accept-Language` header, best first: by q-weight (RFC 9110
/// §12.4.2), equal weights in the header's order. A range with `q=0` is "not acceptable" and
/// one whose weight is not a number from 0 to 1 (`q=NaN`, `q=2`) is unreadable: both are
/// left out rather than guessed at.
///
/// Weights are compared as thousandths, never as floats: the `accept-language` crate sorted by
/// an `f32` weight, and `q=NaN` (which `f32` parses) among more than 20 ranges made the sort
/// panic for want of a total order.
fn accept_language_ranges(header: &str) -> Vec<&str> {
    let mut ranges: Vec<(&str, u16)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or("").trim();
            if range.is_empty() {
                return None;
            }
            let mut weight = 1000;
            for param in parts {
                let Some((name, value)) = param.split_once('=') else {
                    continue;
                };
                if name.trim().eq_ignore_ascii_case("q") {
                    weight = qvalue(value.trim())?;
                }
            }
            (weight > 0).then_some((range, weight))
        })
        .collect();
    // Stable: equal weights keep the header's order.
    ranges.sort_by_key(|&(_, weight)| std::cmp::Reverse(weight));
    ranges.into_iter().map(|(range, _)| range).collect()
}

/// A weight (`0`, `0.8`, `1`, `1.000`) in thousandths, or `None` when it is not one.
fn qvalue(s: &str) -> Option<u16> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// An argument value for a Fluent message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<u16> for Arg {
    fn from(n: u16) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

/// Translations for one request's language.
#[derive(Debug, Clone)]
pub struct I18n {
    locale: Locale,
    id: LanguageIdentifier,
}

impl I18n {
    pub fn new(locale: Locale) -> Self {
        I18n {
            locale,
            id: locale.0.parse().expect("supported tags are valid"),
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// A decimal number written with this language's separator: `4.5` → `4,5` in German.
    pub fn decimal(&self, number: &str) -> String {
        const COMMA: &[&str] = &["de", "es", "fr", "it", "nl", "pt-BR"];
        if COMMA.contains(&self.locale.tag()) {
            number.replace('.', ",")
        } else {
            number.to_owned()
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.lookup(key, None)
    }

    pub fn t_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    Arg::Str(s) => FluentValue::from(s.clone()),
                    Arg::Num(n) => FluentValue::from(*n),
                };
                (Cow::Owned((*k).to_owned()), value)
            })
            .collect();
        self.lookup(key, Some(&map))
    }

    fn lookup(
        &self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'static>>>,
    ) -> String {
        LOCALES
            .try_lookup_complete(&self.id, key, args)
            .unwrap_or_else(|| {
                tracing::error!(key, locale = self.locale.0, "missing translation");
                key.to_owned()
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negotiate(
        query: Option<&str>,
        cookie: Option<&str>,
        accept_language: Option<&str>,
    ) -> Locale {
        super::negotiate(LanguageInputs {
            query,
            cookie,
            accept_language,
            ..LanguageInputs::default()
        })
    }

    #[test]
    fn decimals_use_the_languages_separator() {
        assert_eq!(
            I18n::new(Locale::from_tag("de").unwrap()).decimal("4.5"),
            "4,5"
        );
        assert_eq!(
            I18n::new(Locale::from_tag("pt-BR").unwrap()).decimal("2.21"),
            "2,21"
        );
        assert_eq!(I18n::new(Locale::DEFAULT).decimal("4.5"), "4.5");
        assert_eq!(
            I18n::new(Locale::from_tag("ja").unwrap()).decimal("4.5"),
            "4.5"
        );
    }

    #[test]
    fn employee_preference_beats_header_and_tenant_default_is_last() {
        let inputs = LanguageInputs {
            employee: Some("fr"),
            accept_language: Some("de"),
            tenant_default: Some("nl"),
            ..LanguageInputs::default()
        };
        assert_eq!(super::negotiate(inputs).tag(), "fr");
        let no_pref = LanguageInputs {
            employee: None,
            ..inputs
        };
        assert_eq!(super::negotiate(no_pref).tag(), "de");
        let nothing_we_speak = LanguageInputs {
            accept_language: Some("ko"),
            ..no_pref
        };
        assert_eq!(super::negotiate(nothing_we_speak).tag(), "nl");
        let switcher = LanguageInputs {
            cookie: Some("ja"),
            ..inputs
        };
        assert_eq!(super::negotiate(switcher).tag(), "ja");
    }

    #[test]
    fn explicit_choice_beats_cookie_beats_header() {
        assert_eq!(negotiate(Some("de"), Some("en"), Some("en")).tag(), "de");
        assert_eq!(negotiate(None, Some("de"), Some("en")).tag(), "de");
        assert_eq!(
            negotiate(Some("xx"), None, Some("de-CH, en;q=0.5")).tag(),
            "de"
        );
    }

    #[test]
    fn accept_language_honours_weights_and_regions() {
        assert_eq!(
            negotiate(None, None, Some("ko;q=0.9, de;q=0.8, en;q=0.7")).tag(),
            "de"
        );
        assert_eq!(
            negotiate(None, None, Some("de;q=0.5, fr;q=0.9")).tag(),
            "fr"
        );
        assert_eq!(
            negotiate(None, None, Some("en;q=0.2, de-AT;q=0.9")).tag(),
            "de"
        );
        assert_eq!(negotiate(None, None, Some("ko")).tag(), "en");
        assert_eq!(negotiate(None, None, Some(",,;;q=zz")).tag(), "en");
        assert_eq!(negotiate(None, None, Some(&"de,".repeat(2000))).tag(), "en");
    }

    #[test]
    fn unreadable_and_zero_weights_are_left_out() {
        // More than 20 ranges with a NaN weight: the sort this replaced panicked here.
        let nan = ["a;q=NaN", "b;q=0.5", "c"].repeat(8).join(",");
        assert_eq!(negotiate(None, None, Some(&nan)).tag(), "en");
        assert_eq!(
            accept_language_ranges(&nan),
            ["c"; 8]
                .iter()
                .chain(["b"; 8].iter())
                .copied()
                .collect::<Vec<_>>()
        );
        assert_eq!(
            accept_language_ranges("fr;q=0, de;q=0.3, it;q=2, nl;q=1.0, ja;Q=0.30, es;q=0.301"),
            ["nl", "es", "de", "ja"]
        );
        let fr_refused = LanguageInputs {
            accept_language: Some("fr;q=0"),
            tenant_default: Some("de"),
            ..LanguageInputs::default()
        };
        assert_eq!(super::negotiate(fr_refused).tag(), "de");
        for bad in [
            "", ".5", "0.1234", "1.001", "-0", "+1", "inf", "NaN", "0.5x", "1e-1",
        ] {
            assert_eq!(qvalue(bad), None, "{bad:?}");
        }
        assert_eq!(qvalue("0."), Some(0));
        assert_eq!(qvalue("0.05"), Some(50));
        assert_eq!(qvalue("1.000"), Some(1000));
    }

    #[test]
    fn every_supported_language_has_its_files_and_no_others_exist() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales");
        let mut dirs: Vec<String> = std::fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        dirs.sort();
        let mut tags: Vec<String> = SUPPORTED.iter().map(|(t, _)| t.to_string()).collect();
        tags.sort();
        assert_eq!(dirs, tags);
    }

    #[test]
    fn regional_variants_reach_the_language_we_have() {
        assert_eq!(negotiate(None, None, Some("pt-PT,pt;q=0.9")).tag(), "pt-BR");
        assert_eq!(negotiate(None, None, Some("pt")).tag(), "pt-BR");
        assert_eq!(negotiate(None, None, Some("ja-JP")).tag(), "ja");
        assert_eq!(Locale::best_match("DE-at").map(Locale::tag), Some("de"));
        assert_eq!(Locale::best_match(""), None);
    }

    #[test]
    fn lookups_fall_back_to_the_key_rather_than_failing() {
        let de = I18n::new(Locale::from_tag("de").unwrap());
        assert_eq!(de.t("no-such-key-anywhere"), "no-such-key-anywhere");
        assert_ne!(de.t("app-name"), "app-name");
    }
}
