//! Statements built from pieces: multi-row inserts and `IN` lists, with each backend's own
//! placeholders.

use super::Backend;
use sqlx::Any;
use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::{Query, QueryScalar};
use sqlx::{Encode, Type};

/// A statement built from pieces, for multi-row inserts and `IN` lists. Like sqlx's
/// `QueryBuilder`, but with each backend's own placeholders: `$1, $2, …` for PostgreSQL (the
/// `Any` builder writes `?`, which PostgreSQL does not take) and plain `?` for SQLite. SQLite
/// looks a numbered parameter's name up in a list, and sqlx asks for every parameter's name
/// while binding, so a statement with n `$k` parameters costs n² steps to bind: a batch of 500
/// events (6,000 parameters) took a quarter of the server's CPU under load. Anonymous `?`
/// parameters have no name to look up.
pub struct Sql<'a> {
    text: String,
    args: Option<AnyArguments<'a>>,
    count: usize,
    backend: Backend,
}

/// One row of [`Sql::push_values`]: its values, comma-separated.
pub struct Values<'s, 'a> {
    sql: &'s mut Sql<'a>,
    first: bool,
}

impl<'a> Values<'_, 'a> {
    pub fn push_bind<T: 'a + Encode<'a, Any> + Type<Any>>(&mut self, value: T) -> &mut Self {
        if !std::mem::take(&mut self.first) {
            self.sql.text.push_str(", ");
        }
        self.sql.push_bind(value);
        self
    }
}

impl<'a> Sql<'a> {
    /// A statement for this backend (its placeholders differ), starting with `text`, which
    /// must not hold placeholders of its own.
    pub fn new(backend: Backend, text: impl Into<String>) -> Self {
        Sql {
            text: text.into(),
            args: Some(AnyArguments::default()),
            count: 0,
            backend,
        }
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    pub fn push_bind<T: 'a + Encode<'a, Any> + Type<Any>>(&mut self, value: T) -> &mut Self {
        use sqlx::Arguments as _;
        use std::fmt::Write as _;
        let args = self.args.as_mut().expect("statement already built");
        // Encoding into the in-memory argument list cannot fail for the types we bind.
        args.add(value).expect("bind a value");
        self.count += 1;
        match self.backend {
            Backend::Sqlite => self.text.push('?'),
            Backend::Postgres => {
                let _ = write!(self.text, "${}", self.count);
            }
        }
        self
    }

    /// `a, b, c` for an `IN (…)` list.
    pub fn push_bind_list<T: 'a + Encode<'a, Any> + Type<Any>>(
        &mut self,
        values: impl IntoIterator<Item = T>,
    ) -> &mut Self {
        for (i, v) in values.into_iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.push_bind(v);
        }
        self
    }

    /// `VALUES (…), (…)`, one row per item.
    pub fn push_values<I: IntoIterator>(
        &mut self,
        rows: I,
        mut row: impl FnMut(Values<'_, 'a>, I::Item),
    ) -> &mut Self {
        self.text.push_str("VALUES ");
        for (i, item) in rows.into_iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.text.push('(');
            row(
                Values {
                    sql: self,
                    first: true,
                },
                item,
            );
            self.text.push(')');
        }
        self
    }

    pub fn build(&mut self) -> Query<'_, Any, AnyArguments<'_>> {
        let args = self.args.take().expect("statement already built");
        sqlx::query_with(&self.text, args)
    }

    pub fn build_query_scalar<O>(&mut self) -> QueryScalar<'_, Any, O, AnyArguments<'_>>
    where
        (O,): for<'r> sqlx::FromRow<'r, AnyRow>,
    {
        let args = self.args.take().expect("statement already built");
        sqlx::query_scalar_with(&self.text, args)
    }
}
