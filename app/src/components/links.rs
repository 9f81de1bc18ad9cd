//! Building local links that keep the employee's explicit choices (language, device).

use crate::domain::Platform;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The query parameter that overrides the detected device ("not your device?").
pub const DEVICE_PARAM: &str = "device";

/// The query parameter set when the employee said this PC is company-managed (Entra joined or
/// registered): the start page then leaves Windows Hello out, with the reason.
pub const MANAGED_PC_PARAM: &str = "managed-pc";

/// Whether the employee said this PC is company-managed.
pub fn managed_pc() -> bool {
    use_query_map().with_untracked(|q| q.get(MANAGED_PC_PARAM).is_some_and(|v| v == "1"))
}

/// The device the employee picked with "not your device?", if the parameter names one.
pub fn chosen_platform() -> Option<Platform> {
    use_query_map()
        .with_untracked(|q| q.get(DEVICE_PARAM))
        .and_then(|d| d.parse::<Platform>().ok())
        .filter(|p| *p != Platform::Unknown)
}

/// `path` with the given query parameters. Values must be identifiers from a fixed set
/// (platform ids, language tags): nothing from the request is echoed unchecked.
pub fn with_query(path: &str, params: &[(&str, Option<&str>)]) -> String {
    let query: Vec<String> = params
        .iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k}={v}")))
        .filter(|kv| {
            kv.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"=-_".contains(&b))
        })
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}
