//! The server's one error type. How it is shown to a client lives in the HTTP layer
//! (`http::error`), which never shows internals: they are logged and the client gets a plain
//! message.

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
    /// The operator's settings are wrong or missing (an environment variable, a flag, a
    /// stored setting that no longer parses); the message says which and how to fix it.
    #[error("configuration: {0}")]
    Config(String),
    /// Something that should not happen did (a task panicked, a value we built did not
    /// encode); nothing the operator or the user can fix.
    #[error("internal: {0}")]
    Internal(String),
    /// Bad input; the message is ours and safe to show.
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Conflict(String),
    /// Signed in, but without a role that allows this in this tenant.
    #[error("forbidden")]
    Forbidden,
    /// The tenant accepts Entra sign-in (and break-glass passkeys) only, and this session was
    /// opened with a password.
    #[error("this organisation's console accepts only Sign in with Microsoft or a passkey")]
    EntraOnly,
    #[error("the form has expired; reload the page and try again")]
    Csrf,
}

impl ServerError {
    /// A short, stable name of the kind of error, for layers that render it for people.
    pub fn code(&self) -> &'static str {
        match self {
            ServerError::NotFound => "not-found",
            ServerError::Invalid(_) => "invalid",
            ServerError::Conflict(_) => "conflict",
            ServerError::Forbidden => "forbidden",
            ServerError::EntraOnly => "entra-only",
            ServerError::Csrf => "csrf",
            ServerError::Config(_) => "configuration",
            _ => "internal",
        }
    }
}
