//! Importing a roster file, the same way from the console and the command line: the same
//! parser, the same rules, the same messages (Fluent keys, rendered in the reader's language),
//! and one audit entry.

use crate::error::ServerError;
use crate::store::Db;
use crate::store::audit::{self, Actor};
use crate::store::employees;
use crate::store::tenants::Tenant;
use app::admin::{ImportReport, Message};
use app::domain::roster::parse;
use app::i18n::Locale;

/// Parses `input` and imports its good rows; the report lists what happened to every row.
/// A file that cannot be read at all (no email column, not UTF-8, too large) is reported in
/// `error` and changes nothing. `file` names the upload in the audit log, when known.
/// `read` is told how many bytes were read, `written` how many rows were stored.
pub async fn import(
    db: &Db,
    tenant: &Tenant,
    input: impl std::io::Read,
    actor: &Actor,
    file: Option<&str>,
    read: impl FnMut(u64),
    written: impl FnMut(usize),
) -> Result<ImportReport, ServerError> {
    let parsed = match parse(
        input,
        |l| Locale::best_match(l).map(|l| l.tag().to_owned()),
        read,
    ) {
        Ok(p) => p,
        Err(e) => {
            let (key, args) = e.message();
            return Ok(ImportReport {
                error: Some(Message::with(key, args)),
                ..ImportReport::default()
            });
        }
    };
    let summary = employees::import(db, tenant.id, &parsed.rows, written).await?;
    let mut after = serde_json::json!({
        "inserted": summary.inserted,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "skipped": parsed.bad.len(),
    });
    if let Some(file) = file {
        after["file"] = file.into();
    }
    audit::record(db, tenant.id, actor, "roster-imported", None, Some(after)).await?;
    Ok(ImportReport {
        inserted: summary.inserted,
        updated: summary.updated,
        unchanged: summary.unchanged,
        bad: parsed
            .bad
            .iter()
            .map(|b| {
                let (key, args) = b.problem.message();
                (b.line, Message::with(key, args))
            })
            .collect(),
        warnings: parsed
            .language_warnings
            .iter()
            .map(|w| {
                (
                    w.line,
                    Message::with(
                        "roster-row-language-ignored",
                        vec![("value", w.value.clone())],
                    ),
                )
            })
            .collect(),
        error: None,
    })
}
