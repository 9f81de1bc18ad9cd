//! Identifier enums: the kebab-case names that appear in URLs, TOML, the database and Fluent
//! keys. Every such enum is declared with [`id_enum!`], so there is one way to map an enum to
//! its names and back, and the names live in one table per enum.

/// An identifier that names no known platform, browser, flow or app.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown identifier {0:?}")]
pub struct UnknownId(pub String);

/// Defines an enum of kebab-case identifiers: serde names, `id()`, `from_id()`, `ALL`,
/// `FromStr` and `Display` all come from the one table, so they cannot drift apart. The enum
/// also derives `Copy`, equality, ordering (declaration order) and `Hash`.
macro_rules! id_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            ::serde::Serialize, ::serde::Deserialize,
        )]
        $vis enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$variant,)+];

            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// The value with this id, if any (for ids read back from storage or a form,
            /// where an unknown one is simply absent; [`FromStr`](::std::str::FromStr) says
            /// which id it was).
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.id() == id)
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::domain::id::UnknownId;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::from_id(s)
                    .ok_or_else(|| $crate::domain::id::UnknownId(s.chars().take(40).collect()))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}
pub(crate) use id_enum;
