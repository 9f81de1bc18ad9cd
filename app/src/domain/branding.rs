//! A tenant's branding: what IT may change, and the rules it must meet before it is saved.
//! Validation returns every problem at once, each as a Fluent key with arguments, so the form
//! can show them beside the fields and keep what the admin typed.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Text drawn on the primary colour (buttons, the header band) is white.
pub const TEXT_ON_PRIMARY: Rgb = Rgb(0xff, 0xff, 0xff);
/// WCAG 2.2 AA minimum contrast for normal-size text (success criterion 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

pub const MAX_DISPLAY_NAME: usize = 80;
pub const MAX_INTRO: usize = 1000;
pub const MAX_HOURS: usize = 120;
pub const MAX_URL: usize = 2000;
pub const MAX_EMAIL: usize = 254;
pub const MAX_PHONE: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb` or `#rgb`, case-insensitive; surrounding spaces are ignored.
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize, n: usize| u8::from_str_radix(&hex[i..i + n], 16).ok();
        match hex.len() {
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            3 => {
                let d = |i| digit(i, 1).map(|v| v * 17);
                Some(Rgb(d(0)?, d(1)?, d(2)?))
            }
            _ => None,
        }
    }

    /// Relative luminance as defined by WCAG 2.2.
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// The closest colour of the same hue that reaches `min` against `text`, found by mixing
    /// towards black (or white, for dark text) in small steps. `None` if the colour passes.
    pub fn nearest_passing(self, text: Rgb, min: f64) -> Option<Rgb> {
        if self.contrast(text) >= min {
            return None;
        }
        let target = if text.luminance() > 0.5 {
            Rgb(0, 0, 0)
        } else {
            Rgb(0xff, 0xff, 0xff)
        };
        let mix =
            |c: u8, t: u8, k: f64| (f64::from(c) + (f64::from(t) - f64::from(c)) * k).round() as u8;
        (1..=100).map(|i| f64::from(i) / 100.0).find_map(|k| {
            let c = Rgb(
                mix(self.0, target.0, k),
                mix(self.1, target.1, k),
                mix(self.2, target.2, k),
            );
            (c.contrast(text) >= min).then_some(c)
        })
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The page background in dark mode (see `style/main.css`).
pub const DARK_BACKGROUND: Rgb = Rgb(0x15, 0x17, 0x1c);
/// Panels (the hand-off box, cards) in each mode: the colour is also text on these, and they
/// are the harder background of each pair (darker in light mode, lighter in dark mode).
pub const LIGHT_SURFACE: Rgb = Rgb(0xf3, 0xf5, 0xf8);
pub const DARK_SURFACE: Rgb = Rgb(0x1f, 0x23, 0x2b);

/// The stylesheet that applies a tenant's colour: as given in light mode (darkened just
/// enough if, as text, it would not read on a light panel), and lightened until it reads on
/// the dark panels in dark mode. The colour is a validated `#rrggbb`, so
/// nothing from the tenant reaches the CSS unparsed.
/// `scope` is the selector the colours apply to (`:root` for the guide, a preview box in the
/// admin console).
pub fn brand_css(primary: Rgb, scope: &str) -> String {
    let light = primary
        .nearest_passing(LIGHT_SURFACE, MIN_CONTRAST)
        .unwrap_or(primary);
    let dark = primary
        .nearest_passing(DARK_SURFACE, MIN_CONTRAST)
        .unwrap_or(primary);
    format!(
        "{scope}{{--brand:{light};--brand-text:#ffffff}}\n\
         @media (prefers-color-scheme: dark){{{scope}{{--brand:{dark};--brand-text:#0b1622}}}}\n"
    )
}

/// Published or draft branding, as stored. Every text field is plain text: pages, e-mails and
/// CSV files escape it where they put it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branding {
    pub display_name: String,
    pub primary_color: Option<String>,
    pub intro: Option<String>,
    pub support: SupportContact,
    /// The logo's media type, when there is one (the bytes are served separately).
    pub logo_type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportContact {
    pub email: Option<String>,
    pub url: Option<String>,
    pub phone: Option<String>,
    pub hours: Option<String>,
}

impl SupportContact {
    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.url.is_none() && self.phone.is_none() && self.hours.is_none()
    }

    /// The one contact a sentence names: the address, else the phone, else the page.
    pub fn first(&self) -> Option<String> {
        self.email
            .clone()
            .or_else(|| self.phone.clone())
            .or_else(|| self.url.clone())
    }
}

/// What the branding form sends, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandingForm {
    pub display_name: String,
    pub primary_color: String,
    pub intro: String,
    pub support_email: String,
    pub support_url: String,
    pub support_phone: String,
    pub support_hours: String,
}

impl BrandingForm {
    pub fn from_branding(b: &Branding) -> Self {
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        BrandingForm {
            display_name: b.display_name.clone(),
            primary_color: s(&b.primary_color),
            intro: s(&b.intro),
            support_email: s(&b.support.email),
            support_url: s(&b.support.url),
            support_phone: s(&b.support.phone),
            support_hours: s(&b.support.hours),
        }
    }
}

/// One problem with one field: a Fluent message key and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field: &'static str,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl FieldError {
    fn new(field: &'static str, key: &'static str) -> Self {
        FieldError {
            field,
            key,
            args: Vec::new(),
        }
    }

    fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

fn has_control(s: &str, allow_newlines: bool) -> bool {
    s.chars()
        .any(|c| c.is_control() && !(allow_newlines && (c == '\n' || c == '\r' || c == '\t')))
}

/// Trims and turns an empty field into `None`.
fn optional(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// A plausible mailbox: one `@`, a dotted domain, no spaces or controls. Deliverability is the
/// mail server's business.
pub fn is_plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    s.len() <= MAX_EMAIL
        && !local.is_empty()
        && !local.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && s.chars().all(|c| !c.is_whitespace() && !c.is_control())
        && !s.contains(['<', '>', '"', ',', ';', '(', ')', '[', ']', '\\'])
}

/// `https://` (or `http://`) with a host; nothing else can be a support page link.
pub fn is_web_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    s.len() <= MAX_URL
        && !host.is_empty()
        && !host.contains('@')
        && s.chars().all(|c| c.is_ascii_graphic())
}

pub fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.len() <= MAX_PHONE
        && (3..=20).contains(&digits)
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-().ext".contains(c))
}

impl BrandingForm {
    /// Checks every field and returns the branding to store (keeping `logo_type` from the
    /// current draft), or every problem found.
    pub fn validate(&self, logo_type: Option<String>) -> Result<Branding, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.display_name.trim();
        if name.is_empty() {
            errors.push(FieldError::new("display_name", "branding-error-required"));
        } else if name.chars().count() > MAX_DISPLAY_NAME || has_control(name, false) {
            errors.push(
                FieldError::new("display_name", "branding-error-too-long")
                    .arg("max", MAX_DISPLAY_NAME),
            );
        }
        let primary_color = optional(&self.primary_color);
        if let Some(c) = &primary_color {
            match Rgb::parse(c) {
                None => errors.push(FieldError::new("primary_color", "branding-error-colour")),
                Some(rgb) => {
                    let ratio = rgb.contrast(TEXT_ON_PRIMARY);
                    if ratio < MIN_CONTRAST {
                        let suggestion = rgb
                            .nearest_passing(TEXT_ON_PRIMARY, MIN_CONTRAST)
                            .map(|s| s.to_string())
                            .unwrap_or_default();
                        errors.push(
                            FieldError::new("primary_color", "branding-error-contrast")
                                .arg("ratio", format!("{:.2}", floor2(ratio)))
                                .arg("min", MIN_CONTRAST)
                                .arg("suggestion", suggestion),
                        );
                    }
                }
            }
        }
        let intro = optional(&self.intro);
        if let Some(i) = &intro
            && (i.chars().count() > MAX_INTRO || has_control(i, true))
        {
            errors.push(FieldError::new("intro", "branding-error-too-long").arg("max", MAX_INTRO));
        }
        let email = optional(&self.support_email);
        if let Some(e) = &email
            && !is_plausible_email(e)
        {
            errors.push(FieldError::new("support_email", "branding-error-email"));
        }
        let url = optional(&self.support_url);
        if let Some(u) = &url
            && !is_web_url(u)
        {
            errors.push(FieldError::new("support_url", "branding-error-url"));
        }
        let phone = optional(&self.support_phone);
        if let Some(p) = &phone
            && !is_phone(p)
        {
            errors.push(FieldError::new("support_phone", "branding-error-phone"));
        }
        let hours = optional(&self.support_hours);
        if let Some(h) = &hours
            && (h.chars().count() > MAX_HOURS || has_control(h, false))
        {
            errors.push(
                FieldError::new("support_hours", "branding-error-too-long").arg("max", MAX_HOURS),
            );
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Branding {
            display_name: name.to_owned(),
            primary_color: primary_color
                .and_then(|c| Rgb::parse(&c))
                .map(|c| c.to_string()),
            intro,
            support: SupportContact {
                email,
                url,
                phone,
                hours,
            },
            logo_type,
        })
    }
}

/// Rounds down, so a reported "4.49" never reads as passing.
fn floor2(x: f64) -> f64 {
    (x * 100.0).floor() / 100.0
}

/// Logo rules: raster formats only, at most this many bytes and pixels a side.
pub const LOGO_MAX_BYTES: usize = 512 * 1024;
pub const LOGO_MAX_SIDE: u32 = 2048;
pub const LOGO_MIN_SIDE: u32 = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoFormat {
    Png,
    Jpeg,
    Webp,
}

impl LogoFormat {
    pub fn media_type(self) -> &'static str {
        match self {
            LogoFormat::Png => "image/png",
            LogoFormat::Jpeg => "image/jpeg",
            LogoFormat::Webp => "image/webp",
        }
    }

    pub fn from_media_type(s: &str) -> Option<LogoFormat> {
        match s {
            "image/png" => Some(LogoFormat::Png),
            "image/jpeg" => Some(LogoFormat::Jpeg),
            "image/webp" => Some(LogoFormat::Webp),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// SVG can carry script; it is refused rather than half-sanitised.
    Svg,
    UnknownFormat,
    /// The header could not be read as the format it claims to be.
    Corrupt,
    Dimensions {
        width: u32,
        height: u32,
    },
}

impl LogoError {
    /// Fluent key and arguments of the message shown to the admin.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            LogoError::Empty => ("logo-error-empty", vec![]),
            LogoError::TooLarge { bytes } => (
                "logo-error-too-large",
                vec![
                    ("kib", (bytes.div_ceil(1024)).to_string()),
                    ("max", (LOGO_MAX_BYTES / 1024).to_string()),
                ],
            ),
            LogoError::Svg => ("logo-error-svg", vec![]),
            LogoError::UnknownFormat | LogoError::Corrupt => ("logo-error-format", vec![]),
            LogoError::Dimensions { width, height } => (
                "logo-error-dimensions",
                vec![
                    ("width", width.to_string()),
                    ("height", height.to_string()),
                    ("min", LOGO_MIN_SIDE.to_string()),
                    ("max", LOGO_MAX_SIDE.to_string()),
                ],
            ),
        }
    }
}

/// Decides what an uploaded file is from its bytes (never from its name or the browser's
/// claimed type) and checks its size and dimensions without decoding the pixels.
pub fn check_logo(bytes: &[u8]) -> Result<LogoFormat, LogoError> {
    if bytes.is_empty() {
        return Err(LogoError::Empty);
    }
    if bytes.len() > LOGO_MAX_BYTES {
        return Err(LogoError::TooLarge { bytes: bytes.len() });
    }
    let format = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        LogoFormat::Png
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        LogoFormat::Jpeg
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        LogoFormat::Webp
    } else if looks_like_svg(bytes) {
        return Err(LogoError::Svg);
    } else {
        return Err(LogoError::UnknownFormat);
    };
    let size = imagesize::blob_size(bytes).map_err(|_| LogoError::Corrupt)?;
    let (width, height) = (
        u32::try_from(size.width).unwrap_or(u32::MAX),
        u32::try_from(size.height).unwrap_or(u32::MAX),
    );
    let side_ok = |s: u32| (LOGO_MIN_SIDE..=LOGO_MAX_SIDE).contains(&s);
    if !side_ok(width) || !side_ok(height) {
        return Err(LogoError::Dimensions { width, height });
    }
    Ok(format)
}

fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    text.contains("<svg") || (text.trim_start().starts_with("<?xml") && text.contains("svg"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_reference_values() {
        let white = Rgb(255, 255, 255);
        let black = Rgb(0, 0, 0);
        assert!((white.contrast(black) - 21.0).abs() < 1e-9);
        // #767676 on white is the well-known 4.54:1 grey.
        assert!((Rgb::parse("#767676").unwrap().contrast(white) - 4.54).abs() < 0.01);
        // Microsoft blue #0078d4 on white: 4.53:1.
        assert!((Rgb::parse("#0078D4").unwrap().contrast(white) - 4.53).abs() < 0.01);
    }

    #[test]
    fn brand_css_reads_in_both_schemes() {
        let navy = Rgb(0x00, 0x20, 0x60);
        let css = brand_css(navy, ":root");
        assert!(css.starts_with(":root{--brand:#002060;"), "{css}");
        let dark = css.split("--brand:").nth(2).unwrap();
        let dark = Rgb::parse(&dark[..7]).unwrap();
        assert!(dark.contrast(DARK_BACKGROUND) >= MIN_CONTRAST);
        assert!(dark.contrast(DARK_SURFACE) >= MIN_CONTRAST);
        assert!(dark.contrast(Rgb(0x0b, 0x16, 0x22)) >= MIN_CONTRAST);
        // Microsoft blue passes on white (4.53:1) but not as text on a light panel: darkened
        // a little, which keeps white text on it readable too.
        let blue = Rgb::parse("#0078d4").unwrap();
        let css = brand_css(blue, ":root");
        let light = Rgb::parse(&css.split("--brand:").nth(1).unwrap()[..7]).unwrap();
        assert_ne!(light, blue);
        assert!(light.contrast(LIGHT_SURFACE) >= MIN_CONTRAST);
        assert!(light.contrast(TEXT_ON_PRIMARY) >= MIN_CONTRAST);
    }

    #[test]
    fn parses_short_and_long_hex_only() {
        assert_eq!(Rgb::parse("#fff"), Some(Rgb(255, 255, 255)));
        assert_eq!(Rgb::parse(" #0a0B0c "), Some(Rgb(10, 11, 12)));
        for bad in ["fff", "#ffff", "#gggggg", "red", "#12345", "", "#+12345"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn suggests_the_nearest_passing_shade_of_the_same_hue() {
        let yellow = Rgb::parse("#ffcc00").unwrap();
        let s = yellow
            .nearest_passing(TEXT_ON_PRIMARY, MIN_CONTRAST)
            .unwrap();
        assert!(s.contrast(TEXT_ON_PRIMARY) >= MIN_CONTRAST);
        // One step lighter would fail: it really is the nearest on this path.
        assert!(s.0 >= s.1 && s.1 > s.2, "still a yellow-orange: {s}");
        assert_eq!(
            Rgb(0, 0x55, 0xaa).nearest_passing(TEXT_ON_PRIMARY, MIN_CONTRAST),
            None
        );
    }

    fn form(color: &str) -> BrandingForm {
        BrandingForm {
            display_name: "Contoso".into(),
            primary_color: color.into(),
            ..Default::default()
        }
    }

    #[test]
    fn low_contrast_colour_is_refused_with_ratio_and_suggestion() {
        let errs = form("#7fb2e5").validate(None).unwrap_err();
        assert_eq!(errs.len(), 1);
        let e = &errs[0];
        assert_eq!(
            (e.field, e.key),
            ("primary_color", "branding-error-contrast")
        );
        let ratio: f64 = e
            .args
            .iter()
            .find(|a| a.0 == "ratio")
            .unwrap()
            .1
            .parse()
            .unwrap();
        assert!(ratio < MIN_CONTRAST && ratio > 1.0);
        let suggestion = &e.args.iter().find(|a| a.0 == "suggestion").unwrap().1;
        let s = Rgb::parse(suggestion).unwrap();
        assert!(s.contrast(TEXT_ON_PRIMARY) >= MIN_CONTRAST);
    }

    #[test]
    fn valid_form_is_normalised() {
        let mut f = form(" #0078D4 ");
        f.support_email = " help@contoso.example ".into();
        f.support_url = "https://contoso.example/help".into();
        f.support_phone = "+1 (425) 555-0100".into();
        let b = f.validate(Some("image/png".into())).unwrap();
        assert_eq!(b.primary_color.as_deref(), Some("#0078d4"));
        assert_eq!(b.support.email.as_deref(), Some("help@contoso.example"));
        assert_eq!(b.intro, None);
        assert_eq!(b.logo_type.as_deref(), Some("image/png"));
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let f = BrandingForm {
            display_name: "  ".into(),
            primary_color: "blue".into(),
            intro: "x".repeat(MAX_INTRO + 1),
            support_email: "not an email".into(),
            support_url: "javascript:alert(1)".into(),
            support_phone: "<script>".into(),
            support_hours: "9\u{0}5".into(),
        };
        let fields: Vec<_> = f
            .validate(None)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "display_name",
                "primary_color",
                "intro",
                "support_email",
                "support_url",
                "support_phone",
                "support_hours"
            ]
        );
    }

    #[test]
    fn markup_in_text_fields_is_kept_as_text() {
        let mut f = form("");
        f.display_name = "<img src=x onerror=alert(1)>".into();
        f.intro = "Hi <b>all</b>\nsecond line".into();
        let b = f.validate(None).unwrap();
        assert_eq!(b.display_name, "<img src=x onerror=alert(1)>");
    }

    #[test]
    fn support_url_must_be_http_with_a_host() {
        assert!(is_web_url("https://contoso.example/it?x=1"));
        for bad in [
            "javascript:alert(1)",
            "https://",
            "https://user@evil.example",
            "data:text/html,x",
            "https://a b",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        v.extend_from_slice(&width.to_be_bytes());
        v.extend_from_slice(&height.to_be_bytes());
        v.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
        v
    }

    #[test]
    fn logos_are_sniffed_and_measured() {
        assert_eq!(check_logo(&png(200, 60)), Ok(LogoFormat::Png));
        assert_eq!(
            check_logo(&png(5000, 60)),
            Err(LogoError::Dimensions {
                width: 5000,
                height: 60
            })
        );
        assert_eq!(check_logo(b""), Err(LogoError::Empty));
        assert_eq!(
            check_logo(br#"<?xml version="1.0"?><svg onload="alert(1)"/>"#),
            Err(LogoError::Svg)
        );
        assert_eq!(check_logo(b"GIF89a...."), Err(LogoError::UnknownFormat));
        assert_eq!(
            check_logo(&vec![0u8; LOGO_MAX_BYTES + 1]),
            Err(LogoError::TooLarge {
                bytes: LOGO_MAX_BYTES + 1
            })
        );
        assert_eq!(
            check_logo(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(LogoError::Corrupt)
        );
    }
}
