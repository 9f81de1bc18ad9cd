//! The server layer's one error type. Its response never shows internals: they are logged and
//! the client gets a plain message.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("not found")]
    NotFound,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("configuration: {0}")]
    Config(String),
    /// Bad input; the message is ours and safe to show.
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Conflict(String),
    /// Signed in, but without a role that allows this in this tenant.
    #[error("forbidden")]
    Forbidden,
    #[error("the form has expired; reload the page and try again")]
    Csrf,
}

/// Which error a response came from, for layers that render it for people (the admin
/// console shows a localised page instead of the plain text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorCode(pub &'static str);

impl ServerError {
    fn code(&self) -> &'static str {
        match self {
            ServerError::NotFound => "not-found",
            ServerError::Invalid(_) => "invalid",
            ServerError::Conflict(_) => "conflict",
            ServerError::Forbidden => "forbidden",
            ServerError::Csrf => "csrf",
            _ => "internal",
        }
    }
}

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        let code = ErrorCode(self.code());
        let mut res = match self {
            ServerError::NotFound => (StatusCode::NOT_FOUND, "Not found").into_response(),
            ServerError::Invalid(m) => (StatusCode::BAD_REQUEST, m).into_response(),
            ServerError::Conflict(m) => (StatusCode::CONFLICT, m).into_response(),
            ServerError::Forbidden => (StatusCode::FORBIDDEN, "Forbidden").into_response(),
            e @ ServerError::Csrf => (StatusCode::FORBIDDEN, e.to_string()).into_response(),
            other => {
                tracing::error!(error = %other, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side.",
                )
                    .into_response()
            }
        };
        res.extensions_mut().insert(code);
        res
    }
}
