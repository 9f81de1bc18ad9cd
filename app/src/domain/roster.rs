//! Roster files: the CSV of employees IT exports from its directory. Header names are matched
//! case-insensitively (with common aliases), a UTF-8 byte order mark is ignored, `;` or `,`
//! separators are detected from the header line, and fields may be quoted. Every bad row is
//! reported with its line number and the reason; good rows are kept.

use super::branding::is_plausible_email;
use super::csv_text;
use std::collections::HashMap;
use std::io::Read;

pub const MAX_FIELD: usize = 256;
/// A larger file is refused before parsing (a roster of 1M employees is about 100 MB).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// One valid row, normalised: the email is lower-cased and every text is trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployeeRow {
    pub email: String,
    /// The user principal name registration status is matched on, from a UPN column beside
    /// the email column (lower-cased); without one, the email is the principal name.
    pub upn: Option<String>,
    pub display_name: String,
    pub preferred_language: Option<String>,
    pub department: Option<String>,
    pub manager: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    MissingEmail,
    InvalidEmail(String),
    MissingName,
    TooLong(&'static str),
    /// Same email as an earlier row (the earlier row is kept).
    Duplicate {
        first_line: u64,
    },
    /// The CSV reader could not read the row (e.g. wrong number of fields).
    Malformed(String),
}

impl RowProblem {
    /// Fluent key and arguments of the message shown in the import report.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            RowProblem::MissingEmail => ("roster-row-missing-email", vec![]),
            RowProblem::InvalidEmail(e) => ("roster-row-invalid-email", vec![("value", e.clone())]),
            RowProblem::MissingName => ("roster-row-missing-name", vec![]),
            RowProblem::TooLong(col) => (
                "roster-row-too-long",
                vec![
                    ("column", (*col).to_owned()),
                    ("max", MAX_FIELD.to_string()),
                ],
            ),
            RowProblem::Duplicate { first_line } => (
                "roster-row-duplicate",
                vec![("line", first_line.to_string())],
            ),
            RowProblem::Malformed(detail) => {
                ("roster-row-malformed", vec![("detail", detail.clone())])
            }
        }
    }
}

/// A row that is not imported, with the line it starts on (1 is the header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    pub line: u64,
    pub problem: RowProblem,
}

/// A row imported without its preferred language, which is not one the guide speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageWarning {
    pub line: u64,
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedRoster {
    pub rows: Vec<EmployeeRow>,
    pub bad: Vec<BadRow>,
    pub language_warnings: Vec<LanguageWarning>,
}

/// Problems that stop the whole file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    #[error("no email column; expected one of: {expected}")]
    NoEmailColumn { expected: String },
    #[error("no display name column; expected one of: {expected}")]
    NoNameColumn { expected: String },
    #[error("the file is larger than {max} MB", max = MAX_FILE_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("could not read the file: {0}")]
    Read(String),
}

impl RosterError {
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            RosterError::Empty => ("roster-error-empty", vec![]),
            RosterError::NotUtf8 => ("roster-error-encoding", vec![]),
            RosterError::NoEmailColumn { expected } => (
                "roster-error-no-email-column",
                vec![("expected", expected.clone())],
            ),
            RosterError::NoNameColumn { expected } => (
                "roster-error-no-name-column",
                vec![("expected", expected.clone())],
            ),
            RosterError::TooLarge => (
                "roster-error-too-large",
                vec![("max", (MAX_FILE_BYTES / 1024 / 1024).to_string())],
            ),
            RosterError::Read(d) => ("roster-error-read", vec![("detail", d.clone())]),
        }
    }
}

const EMAIL: &[&str] = &["email", "e-mail", "mail", "email address"];
/// A principal name column: the email column where there is no other, else the UPN beside it.
const UPN: &[&str] = &["upn", "userprincipalname", "user principal name"];
const NAME: &[&str] = &["display name", "displayname", "name", "full name"];
const LANGUAGE: &[&str] = &[
    "preferred language",
    "preferredlanguage",
    "language",
    "lang",
    "locale",
];
const DEPARTMENT: &[&str] = &["department", "dept"];
const MANAGER: &[&str] = &["manager", "manager email", "manager upn"];

fn column(headers: &[String], aliases: &[&str]) -> Option<usize> {
    headers.iter().position(|h| aliases.contains(&h.as_str()))
}

fn normalise_header(h: &str) -> String {
    h.trim()
        .trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase()
        .replace('_', " ")
}

/// Parses a whole roster file. `normalise_language` maps a language tag to one the guide
/// speaks (e.g. `de-AT` → `de`) or `None`. `progress` is called with the bytes read so far.
pub fn parse<R: Read>(
    mut input: R,
    normalise_language: impl Fn(&str) -> Option<String>,
    mut progress: impl FnMut(u64),
) -> Result<ParsedRoster, RosterError> {
    let mut data = Vec::new();
    (&mut input)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut data)
        .map_err(|e| RosterError::Read(e.to_string()))?;
    if data.len() as u64 > MAX_FILE_BYTES {
        return Err(RosterError::TooLarge);
    }
    let body = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&data);
    let unified = csv_text::unify_line_endings(body);
    let body: &[u8] = &unified;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(RosterError::Empty);
    }
    if std::str::from_utf8(body).is_err() {
        return Err(RosterError::NotUtf8);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(csv_text::sniff_delimiter(body))
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(body);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| RosterError::Read(e.to_string()))?
        .iter()
        .map(normalise_header)
        .collect();
    let Some(email_col) = column(&headers, EMAIL).or_else(|| column(&headers, UPN)) else {
        return Err(RosterError::NoEmailColumn {
            expected: [EMAIL, UPN].concat().join(", "),
        });
    };
    let upn_col = column(&headers, UPN).filter(|c| *c != email_col);
    let Some(name_col) = column(&headers, NAME) else {
        return Err(RosterError::NoNameColumn {
            expected: NAME.join(", "),
        });
    };
    let lang_col = column(&headers, LANGUAGE);
    let dept_col = column(&headers, DEPARTMENT);
    let manager_col = column(&headers, MANAGER);

    let mut out = ParsedRoster::default();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut record = csv::StringRecord::new();
    let mut n: u64 = 0;
    loop {
        let line = reader.position().line() + 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                out.bad.push(BadRow {
                    line,
                    problem: RowProblem::Malformed(malformed_detail(&e)),
                });
                continue;
            }
        }
        let line = record.position().map_or(line, |p| p.line());
        n += 1;
        if n.is_multiple_of(4096) {
            progress(reader.position().byte());
        }
        if record.iter().all(str::is_empty) {
            continue;
        }
        // One line each: a line break or tab inside a quoted cell (a spreadsheet's Alt+Enter)
        // would otherwise reach mail headers, pages and exports as part of a name.
        let field = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .filter(|v| !v.is_empty())
                .map(one_line)
        };
        let email = field(Some(email_col)).map(|e| e.to_lowercase());
        let name = field(Some(name_col));
        let problem = match (&email, &name) {
            (None, _) => Some(RowProblem::MissingEmail),
            (Some(e), _) if !is_plausible_email(e) => Some(RowProblem::InvalidEmail(e.clone())),
            (_, None) => Some(RowProblem::MissingName),
            _ => None,
        };
        if let Some(problem) = problem {
            out.bad.push(BadRow { line, problem });
            continue;
        }
        let email = email.unwrap_or_default();
        let (department, manager, language) =
            (field(dept_col), field(manager_col), field(lang_col));
        let long = [
            ("name", &name),
            ("department", &department),
            ("manager", &manager),
            ("language", &language),
        ]
        .into_iter()
        .find(|(_, v)| v.as_ref().is_some_and(|v| v.chars().count() > MAX_FIELD));
        if let Some((col, _)) = long {
            out.bad.push(BadRow {
                line,
                problem: RowProblem::TooLong(col),
            });
            continue;
        }
        if let Some(&first_line) = seen.get(&email) {
            out.bad.push(BadRow {
                line,
                problem: RowProblem::Duplicate { first_line },
            });
            continue;
        }
        seen.insert(email.clone(), line);
        let preferred_language = language.and_then(|l| {
            let found = normalise_language(&l);
            if found.is_none() {
                out.language_warnings
                    .push(LanguageWarning { line, value: l });
            }
            found
        });
        out.rows.push(EmployeeRow {
            upn: field(upn_col)
                .map(|u| u.to_lowercase())
                .filter(|u| *u != email),
            email,
            display_name: name.unwrap_or_default(),
            preferred_language,
            department,
            manager: manager.map(|m| m.to_lowercase()),
        });
    }
    progress(body.len() as u64);
    Ok(out)
}

/// `v` with every run of whitespace and control characters made a single space.
fn one_line(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for part in v
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|part| !part.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

fn malformed_detail(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields, the header has {expected_len}"),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(l: &str) -> Option<String> {
        match l.to_ascii_lowercase().as_str() {
            "de" | "de-de" | "de-at" => Some("de".into()),
            "en" | "en-gb" => Some("en".into()),
            _ => None,
        }
    }

    fn parse_str(s: &str) -> ParsedRoster {
        parse(s.as_bytes(), lang, |_| {}).unwrap()
    }

    #[test]
    fn semicolons_bom_quotes_and_header_case() {
        let r = parse_str(
            "\u{feff}E-Mail;Display_Name;Preferred Language;DEPARTMENT\r\n\
             Ada@Contoso.example;\"Lovelace; Ada\";de-AT;R&D\r\n",
        );
        assert_eq!(r.bad, vec![]);
        assert_eq!(
            r.rows,
            vec![EmployeeRow {
                email: "ada@contoso.example".into(),
                upn: None,
                display_name: "Lovelace; Ada".into(),
                preferred_language: Some("de".into()),
                department: Some("R&D".into()),
                manager: None,
            }]
        );
    }

    #[test]
    fn a_upn_column_beside_the_email_is_the_principal_name() {
        let r = parse_str(
            "UPN,Email,Name\n\
             Ada.L@corp.example,ada@contoso.example,Ada\n\
             grace@contoso.example,grace@contoso.example,Grace\n",
        );
        assert_eq!(r.bad, vec![]);
        assert_eq!(r.rows[0].email, "ada@contoso.example");
        assert_eq!(r.rows[0].upn.as_deref(), Some("ada.l@corp.example"));
        // The same as the email: nothing to add.
        assert_eq!(r.rows[1].upn, None);
        // A UPN column alone is the email column, as before.
        let r = parse_str("userPrincipalName,Name\nlinus@contoso.example,Linus\n");
        assert_eq!(r.rows[0].email, "linus@contoso.example");
    }

    #[test]
    fn bad_rows_are_reported_with_line_and_reason_and_good_rows_kept() {
        let r = parse_str(
            "upn,name,language\n\
             a@x.example,A,en\n\
             ,B,en\n\
             not-an-email,C,\n\
             d@x.example,,\n\
             a@x.example,A again,\n\
             e@x.example,E,xx\n\
             f@x.example,F,en,extra\n\
             \"g@x.example\",\"G \"\"the\"\" third\",en-GB\n",
        );
        let lines: Vec<_> = r.bad.iter().map(|b| (b.line, b.problem.clone())).collect();
        assert_eq!(
            lines,
            vec![
                (3, RowProblem::MissingEmail),
                (4, RowProblem::InvalidEmail("not-an-email".into())),
                (5, RowProblem::MissingName),
                (6, RowProblem::Duplicate { first_line: 2 }),
                (
                    8,
                    RowProblem::Malformed("4 fields, the header has 3".into())
                ),
            ]
        );
        let emails: Vec<_> = r.rows.iter().map(|r| r.email.as_str()).collect();
        assert_eq!(emails, ["a@x.example", "e@x.example", "g@x.example"]);
        assert_eq!(r.rows[2].display_name, "G \"the\" third");
        assert_eq!(
            r.language_warnings,
            vec![LanguageWarning {
                line: 7,
                value: "xx".into()
            }]
        );
        assert_eq!(r.rows[1].preferred_language, None);
    }

    #[test]
    fn a_file_with_bare_cr_line_ends_reports_bad_rows_on_their_lines() {
        let r = parse_str("email;name\ra@x.example;A\r;B\rc@x.example;C\rnot-an-email;D\r");
        let lines: Vec<_> = r.bad.iter().map(|b| (b.line, b.problem.clone())).collect();
        assert_eq!(
            lines,
            vec![
                (3, RowProblem::MissingEmail),
                (5, RowProblem::InvalidEmail("not-an-email".into())),
            ]
        );
        let emails: Vec<_> = r.rows.iter().map(|r| r.email.as_str()).collect();
        assert_eq!(emails, ["a@x.example", "c@x.example"]);
    }

    #[test]
    fn line_breaks_and_tabs_inside_quoted_cells_become_spaces() {
        let r = parse_str(
            "email,name,department\na@x.example,\"Ada\r\n  Lovelace\",\"R&D\tLabs\u{7}\"\n",
        );
        assert_eq!(r.bad, vec![]);
        assert_eq!(r.rows[0].display_name, "Ada Lovelace");
        assert_eq!(r.rows[0].department.as_deref(), Some("R&D Labs"));
    }

    #[test]
    fn whole_file_problems_are_errors() {
        let e = |s: &[u8]| parse(s, lang, |_| {}).unwrap_err();
        assert_eq!(e(b""), RosterError::Empty);
        assert_eq!(e(b"\xef\xbb\xbf \n"), RosterError::Empty);
        assert!(matches!(
            e(b"name,dept\nA,B\n"),
            RosterError::NoEmailColumn { .. }
        ));
        assert!(matches!(
            e(b"email,dept\na@x.example,B\n"),
            RosterError::NoNameColumn { .. }
        ));
        assert_eq!(e(b"email,name\n\xff\xfe,x\n"), RosterError::NotUtf8);
    }

    #[test]
    fn markup_is_kept_verbatim_as_data() {
        let r = parse_str("email,name\nx@y.example,\"<script>alert(1)</script>\"\n");
        assert_eq!(r.rows[0].display_name, "<script>alert(1)</script>");
    }
}
