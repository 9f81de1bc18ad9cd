//! The audit log: every change an admin makes to a tenant, with who made it, when, and the
//! values before and after. Written in the same transaction as the change where the change is
//! one statement away; owners read it in the console.

use super::{Db, now_ms};
use crate::error::ServerError;
use serde_json::Value;
use sqlx::{Executor, Row};

/// Who did it: a signed-in admin, or the command line.
#[derive(Debug, Clone)]
pub struct Actor {
    pub account_id: Option<i64>,
    pub name: String,
}

impl Actor {
    /// A signed-in admin account, named by its email.
    pub fn account(account_id: i64, email: &str) -> Self {
        Actor {
            account_id: Some(account_id),
            name: email.to_owned(),
        }
    }

    /// The command line, named after the operating-system user running it when known.
    pub fn cli() -> Self {
        let user = std::env::var("USER").unwrap_or_default();
        Actor {
            account_id: None,
            name: if user.is_empty() {
                "command line".into()
            } else {
                format!("command line ({user})")
            },
        }
    }
}

pub use app::domain::audit::AUDIT_ACTIONS as ACTIONS;

pub async fn record<'e, E: Executor<'e, Database = sqlx::Any>>(
    executor: E,
    tenant_id: i64,
    actor: &Actor,
    action: &'static str,
    before: Option<Value>,
    after: Option<Value>,
) -> Result<(), ServerError> {
    debug_assert!(ACTIONS.contains(&action), "unlisted audit action {action}");
    sqlx::query(
        "INSERT INTO audit_log (tenant_id, account_id, actor, action, before_json, after_json, at_ms) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(tenant_id)
    .bind(actor.account_id)
    .bind(&actor.name)
    .bind(action)
    .bind(before.map(|v| v.to_string()))
    .bind(after.map(|v| v.to_string()))
    .bind(now_ms())
    .execute(executor)
    .await?;
    tracing::info!(tenant_id, actor = %actor.name, action, "audit");
    Ok(())
}

/// Records something done on the command line, which only ever adds or replaces (no before).
pub async fn by_cli(
    db: &Db,
    tenant_id: i64,
    action: &'static str,
    after: Value,
) -> Result<(), ServerError> {
    record(db, tenant_id, &Actor::cli(), action, None, Some(after)).await
}

/// One entry as the console shows it: the fields that changed, old and new.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub at_ms: i64,
    pub actor: String,
    pub action: String,
    pub changes: Vec<(String, String, String)>,
}

/// A page of a tenant's entries, newest first, and the total count.
pub async fn page(
    db: &Db,
    tenant_id: i64,
    limit: i64,
    offset: i64,
) -> Result<(Vec<Entry>, i64), ServerError> {
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE tenant_id = $1")
        .bind(tenant_id)
        .fetch_one(db)
        .await?;
    let rows = sqlx::query(
        "SELECT at_ms, actor, action, before_json, after_json FROM audit_log \
         WHERE tenant_id = $1 ORDER BY at_ms DESC, id DESC LIMIT $2 OFFSET $3",
    )
    .bind(tenant_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(db)
    .await?;
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str::<Value>(&s).ok());
    let entries = rows
        .into_iter()
        .map(|r| {
            Ok(Entry {
                at_ms: r.try_get("at_ms")?,
                actor: r.try_get("actor")?,
                action: r.try_get("action")?,
                changes: changes(
                    parse(r.try_get("before_json")?).as_ref(),
                    parse(r.try_get("after_json")?).as_ref(),
                ),
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    Ok((entries, total))
}

fn text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The fields whose values differ between two JSON objects, in key order; a value that is not
/// an object counts as one field named "".
pub fn changes(before: Option<&Value>, after: Option<&Value>) -> Vec<(String, String, String)> {
    let empty = serde_json::Map::new();
    let as_map = |v: Option<&Value>| match v {
        Some(Value::Object(m)) => Some(m.clone()),
        None | Some(Value::Null) => None,
        Some(other) => Some(std::iter::once((String::new(), other.clone())).collect()),
    };
    let (b, a) = (as_map(before), as_map(after));
    let (b, a) = (b.as_ref().unwrap_or(&empty), a.as_ref().unwrap_or(&empty));
    let keys: std::collections::BTreeSet<&String> = b.keys().chain(a.keys()).collect();
    keys.into_iter()
        .filter(|k| b.get(k.as_str()) != a.get(k.as_str()))
        .map(|k| {
            (
                (*k).clone(),
                text(b.get(k.as_str())),
                text(a.get(k.as_str())),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_changed_fields_are_listed() {
        let before = json!({"name": "Contoso", "color": "#112233", "intro": null});
        let after = json!({"name": "Contoso", "color": "#445566", "intro": "Hi", "logo": 3});
        assert_eq!(
            changes(Some(&before), Some(&after)),
            vec![
                ("color".into(), "#112233".into(), "#445566".into()),
                ("intro".into(), String::new(), "Hi".into()),
                ("logo".into(), String::new(), "3".into()),
            ]
        );
        assert_eq!(
            changes(None, Some(&json!({"inserted": 2}))),
            vec![("inserted".into(), String::new(), "2".into())]
        );
        assert!(changes(Some(&before), Some(&before)).is_empty());
        assert!(changes(None, None).is_empty());
    }
}
