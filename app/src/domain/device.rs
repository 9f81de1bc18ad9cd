//! The vocabulary shared by detection, the flow catalogue and the chooser.

pub use super::id::UnknownId;
use super::id::id_enum;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

id_enum! {
    /// The kind of device the employee is holding. `Samsung` is an Android phone or tablet made
    /// by Samsung: it gets its own flows because One UI puts Samsung Pass in front of other
    /// providers.
    pub enum Platform {
        Iphone = "iphone",
        Ipad = "ipad",
        Android = "android",
        Samsung = "samsung",
        Windows = "windows",
        Macos = "macos",
        Linux = "linux",
        Chromeos = "chromeos",
        Unknown = "unknown",
    }
}

impl Platform {
    /// Every platform but `Unknown`, in the order the device picker lists them.
    pub const ALL_KNOWN: [Platform; 8] = [
        Platform::Iphone,
        Platform::Ipad,
        Platform::Samsung,
        Platform::Android,
        Platform::Windows,
        Platform::Macos,
        Platform::Linux,
        Platform::Chromeos,
    ];

    pub fn is_apple_mobile(self) -> bool {
        matches!(self, Platform::Iphone | Platform::Ipad)
    }

    pub fn is_android(self) -> bool {
        matches!(self, Platform::Android | Platform::Samsung)
    }

    /// A computer, where a phone's passkey is used across devices.
    pub fn is_computer(self) -> bool {
        matches!(
            self,
            Platform::Windows | Platform::Macos | Platform::Linux | Platform::Chromeos
        )
    }
}

id_enum! {
    /// The browser the page was opened in, as far as it matters for WebAuthn.
    pub enum Browser {
        Safari = "safari",
        Chrome = "chrome",
        Edge = "edge",
        Firefox = "firefox",
        SamsungInternet = "samsung-internet",
        Opera = "opera",
        /// An app's embedded browser (Android WebView, iOS WKWebView): passkeys are unreliable
        /// there.
        Webview = "webview",
        Other = "other",
    }
}

id_enum! {
    /// The app whose embedded browser opened the link, when it says so.
    pub enum InApp {
        Outlook = "outlook",
        Teams = "teams",
        GoogleApp = "google-app",
        Facebook = "facebook",
        Instagram = "instagram",
        Linkedin = "linkedin",
        Line = "line",
        Wechat = "wechat",
        Snapchat = "snapchat",
        Tiktok = "tiktok",
        Naver = "naver",
        AppleNews = "apple-news",
        /// A webview whose host app does not identify itself.
        Unidentified = "unidentified",
    }
}

/// An operating-system version as far as the request reveals it: a major and maybe a minor.
/// Written and read as text ("17.4", "14") in data files and JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OsVersion {
    pub major: u16,
    pub minor: Option<u16>,
}

impl OsVersion {
    pub const fn new(major: u16, minor: u16) -> Self {
        OsVersion {
            major,
            minor: Some(minor),
        }
    }

    pub const fn major(major: u16) -> Self {
        OsVersion { major, minor: None }
    }

    /// Compares as numbers, a missing minor counting as 0.
    pub fn at_least(self, min: OsVersion) -> bool {
        (self.major, self.minor.unwrap_or(0)) >= (min.major, min.minor.unwrap_or(0))
    }

    /// Parses `17`, `17.4`, `17.4.1`, `17_4_1` (the patch level is dropped). Anything else,
    /// including an empty string or a number that does not fit, is `None`.
    pub fn parse_lenient(s: &str) -> Option<OsVersion> {
        let mut parts = s.trim().split(['.', '_']);
        let major = parse_component(parts.next()?)?;
        let minor = match parts.next() {
            Some(p) => Some(parse_component(p)?),
            None => None,
        };
        Some(OsVersion { major, minor })
    }
}

fn parse_component(s: &str) -> Option<u16> {
    if s.is_empty() || s.len() > 5 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl fmt::Display for OsVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.minor {
            Some(minor) => write!(f, "{}.{}", self.major, minor),
            None => write!(f, "{}", self.major),
        }
    }
}

impl TryFrom<String> for OsVersion {
    type Error = UnknownId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<OsVersion> for String {
    fn from(v: OsVersion) -> Self {
        v.to_string()
    }
}

impl FromStr for OsVersion {
    type Err = UnknownId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OsVersion::parse_lenient(s).ok_or_else(|| UnknownId(s.chars().take(40).collect()))
    }
}

/// What the request tells about the device. `os_version` is only set when the request really
/// reveals it; a frozen User-Agent token gives at most `os_at_least`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DeviceProfile {
    pub platform: Platform,
    pub os_version: Option<OsVersion>,
    /// A lower bound when the exact version is hidden (e.g. `Windows NT 10.0` means 10 or later).
    pub os_at_least: Option<OsVersion>,
    pub browser: Option<Browser>,
    pub in_app: Option<InApp>,
    pub model: Option<String>,
    /// True when the profile was chosen by the employee ("not your device?") rather than detected.
    pub chosen: bool,
}

impl DeviceProfile {
    pub fn unknown() -> Self {
        DeviceProfile {
            platform: Platform::Unknown,
            os_version: None,
            os_at_least: None,
            browser: None,
            in_app: None,
            model: None,
            chosen: false,
        }
    }

    /// A profile for a platform the employee picked by hand: nothing else is known about it.
    pub fn chosen(platform: Platform) -> Self {
        DeviceProfile {
            platform,
            chosen: true,
            ..DeviceProfile::unknown()
        }
    }
}
