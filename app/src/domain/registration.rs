//! Whether an employee has a passkey registered in Entra ID, from either source IT has: the
//! Microsoft Graph report `userRegistrationDetails` or the portal's CSV export of the same
//! report. Both come down to a user principal name and the list of registered methods.

/// The `methodsRegistered` values that mean "has a passkey" (Graph's `usageAuthMethod` enum,
/// plus the older `fido2`). Compared case-insensitively.
pub const PASSKEY_METHODS: [&str; 6] = [
    "passKeyDeviceBound",
    "passKeyDeviceBoundAuthenticator",
    "passKeyDeviceBoundWindowsHello",
    "passKeySynced",
    "fido2SecurityKey",
    "fido2",
];

pub fn is_passkey_method(method: &str) -> bool {
    let m = method.trim();
    PASSKEY_METHODS.iter().any(|p| p.eq_ignore_ascii_case(m))
}

/// One user's registration state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    /// Lower-cased, as roster principal names are compared.
    pub upn: String,
    pub methods: Vec<String>,
    /// What Graph's report adds (the portal's CSV has none of it): the user's object id, and
    /// whether they are an admin, have an MFA method, and are a member or a guest.
    pub object_id: Option<String>,
    pub is_admin: Option<bool>,
    pub is_mfa_registered: Option<bool>,
    pub user_type: Option<String>,
}

impl Registration {
    pub fn new(upn: &str, methods: Vec<String>) -> Self {
        Registration {
            upn: upn.trim().to_lowercase(),
            methods,
            object_id: None,
            is_admin: None,
            is_mfa_registered: None,
            user_type: None,
        }
    }

    pub fn has_passkey(&self) -> bool {
        self.methods.iter().any(|m| is_passkey_method(m))
    }
}

#[cfg(feature = "ssr")]
pub use csv_import::*;

#[cfg(feature = "ssr")]
mod csv_import {
    use super::Registration;
    use crate::domain::csv_text;

    /// Why a CSV row was not used.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum RowProblem {
        MissingName,
        WrongFieldCount,
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct BadRow {
        /// 1-based line in the file.
        pub line: u64,
        pub problem: RowProblem,
    }

    #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
    pub enum CsvError {
        #[error("the file is empty")]
        Empty,
        #[error("no user principal name column (expected one of: {0})")]
        NoNameColumn(&'static str),
        #[error("no registered methods column (expected one of: {0})")]
        NoMethodsColumn(&'static str),
        #[error("the file is not valid CSV: {0}")]
        Csv(String),
    }

    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct CsvImport {
        pub registrations: Vec<Registration>,
        pub bad: Vec<BadRow>,
    }

    const NAME_HEADERS: [&str; 4] = [
        "user principal name",
        "userprincipalname",
        "upn",
        "user name",
    ];
    const NAME_LIST: &str = "User principal name, userPrincipalName, UPN";
    const METHOD_HEADERS: [&str; 3] = ["methods registered", "methodsregistered", "methods"];
    const METHOD_LIST: &str = "Methods registered, methodsRegistered";

    fn normalise(h: &str) -> String {
        h.trim_start_matches('\u{feff}')
            .trim()
            .trim_matches('"')
            .to_ascii_lowercase()
    }

    /// Reads the Entra portal's user registration details export: columns found by header name
    /// (case-insensitive, a UTF-8 BOM allowed, `,` or `;` separated), the methods listed in one
    /// column separated by `,` or `;` (quoted). Bad rows are reported with their line; the rest
    /// are read.
    pub fn parse_csv(bytes: &[u8]) -> Result<CsvImport, CsvError> {
        let unified = csv_text::unify_line_endings(bytes);
        let text = String::from_utf8_lossy(&unified);
        let first = text.lines().next().ok_or(CsvError::Empty)?;
        if first.trim().is_empty() {
            return Err(CsvError::Empty);
        }
        let delimiter = csv_text::sniff_delimiter(text.as_bytes());
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| CsvError::Csv(e.to_string()))?
            .iter()
            .map(normalise)
            .collect();
        let find = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
        let name = find(&NAME_HEADERS).ok_or(CsvError::NoNameColumn(NAME_LIST))?;
        let methods = find(&METHOD_HEADERS).ok_or(CsvError::NoMethodsColumn(METHOD_LIST))?;
        let mut out = CsvImport::default();
        for record in reader.records() {
            let record = record.map_err(|e| CsvError::Csv(e.to_string()))?;
            let line = record.position().map_or(0, |p| p.line());
            if record.len() != headers.len() {
                out.bad.push(BadRow {
                    line,
                    problem: RowProblem::WrongFieldCount,
                });
                continue;
            }
            let upn = record.get(name).unwrap_or_default().trim();
            if upn.is_empty() {
                out.bad.push(BadRow {
                    line,
                    problem: RowProblem::MissingName,
                });
                continue;
            }
            let list = record
                .get(methods)
                .unwrap_or_default()
                .trim_matches(['[', ']'])
                .split([',', ';'])
                .map(|m| m.trim().trim_matches('"').to_owned())
                .filter(|m| !m.is_empty())
                .collect();
            out.registrations.push(Registration::new(upn, list));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passkey_methods_old_and_new_case_insensitive() {
        for m in PASSKEY_METHODS {
            assert!(is_passkey_method(m));
        }
        assert!(is_passkey_method(" PASSKEYSYNCED "));
        for not in [
            "microsoftAuthenticatorPush",
            "windowsHelloForBusiness",
            "email",
            "",
            "passKey",
        ] {
            assert!(!is_passkey_method(not), "{not}");
        }
        assert!(Registration::new("A@B.example", vec!["fido2".into()]).has_passkey());
        assert_eq!(
            Registration::new(" A@B.example ", vec![]).upn,
            "a@b.example"
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn portal_csv_with_bare_cr_line_ends_reports_real_lines() {
        let csv =
            "upn,methods\rada@contoso.example,passKeyDeviceBound\r,email\rgrace@contoso.example\r";
        let got = parse_csv(csv.as_bytes()).unwrap();
        assert_eq!(got.registrations.len(), 1);
        assert_eq!(
            got.bad,
            [
                BadRow {
                    line: 3,
                    problem: RowProblem::MissingName
                },
                BadRow {
                    line: 4,
                    problem: RowProblem::WrongFieldCount
                }
            ]
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn portal_csv_with_bom_semicolons_and_bad_rows() {
        let csv = "\u{feff}\"User principal name\";\"User display name\";\"Methods registered\"\n\
                   ada@contoso.example;Ada;\"microsoftAuthenticatorPush; passKeyDeviceBoundAuthenticator\"\n\
                   ;Nobody;email\n\
                   grace@contoso.example;Grace;\n\
                   linus@contoso.example;Linus\n\
                   Mary@Contoso.example;Mary;\"[fido2SecurityKey,email]\"\n";
        let got = parse_csv(csv.as_bytes()).unwrap();
        let summary: Vec<(&str, bool)> = got
            .registrations
            .iter()
            .map(|r| (r.upn.as_str(), r.has_passkey()))
            .collect();
        assert_eq!(
            summary,
            [
                ("ada@contoso.example", true),
                ("grace@contoso.example", false),
                ("mary@contoso.example", true)
            ]
        );
        assert_eq!(
            got.bad,
            [
                BadRow {
                    line: 3,
                    problem: RowProblem::MissingName
                },
                BadRow {
                    line: 5,
                    problem: RowProblem::WrongFieldCount
                }
            ]
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn csv_without_the_needed_columns_says_which() {
        assert_eq!(parse_csv(b""), Err(CsvError::Empty));
        assert!(matches!(
            parse_csv(b"email,methods\na@b.example,fido2\n"),
            Err(CsvError::NoNameColumn(_))
        ));
        assert!(matches!(
            parse_csv(b"userPrincipalName,isAdmin\na@b.example,false\n"),
            Err(CsvError::NoMethodsColumn(_))
        ));
    }
}
