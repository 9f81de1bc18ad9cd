//! How a [`ServerError`] answers a request: the status that fits, a plain message for bad
//! input, and never internals (those are logged).

use crate::error::ServerError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Which error a response came from, for layers that render it for people (the admin
/// console shows a localised page instead of the plain text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorCode(pub &'static str);

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        let code = ErrorCode(self.code());
        let mut res = match self {
            ServerError::NotFound => (StatusCode::NOT_FOUND, "Not found").into_response(),
            ServerError::Invalid(m) => (StatusCode::BAD_REQUEST, m).into_response(),
            ServerError::Conflict(m) => (StatusCode::CONFLICT, m).into_response(),
            ServerError::Forbidden => (StatusCode::FORBIDDEN, "Forbidden").into_response(),
            e @ ServerError::EntraOnly => (StatusCode::FORBIDDEN, e.to_string()).into_response(),
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
