//! Announcement waves: which employees a wave announces. A pilot goes to a cohort first (a
//! department, an Entra group, a list of addresses), then the rest ("everyone not yet
//! announced"). Only employees not yet announced, not opted out and still in the rollout are
//! ever announced; the cohort narrows that further.

use super::csv_text;
use std::collections::HashSet;

/// Who a wave is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cohort {
    /// Everyone not yet announced.
    Everyone,
    /// One department, as the roster or Entra names it (compared without case).
    Department(String),
    /// The members of an Entra group (transitively), by object id.
    Group(String),
    /// The addresses of a CSV subset, lower-cased.
    List(Vec<String>),
}

impl Cohort {
    /// The selector's name, as stored and shown.
    pub fn kind(&self) -> &'static str {
        match self {
            Cohort::Everyone => "everyone",
            Cohort::Department(_) => "department",
            Cohort::Group(_) => "group",
            Cohort::List(_) => "list",
        }
    }

    /// The selector's value (department, group id), if it has one.
    pub fn value(&self) -> Option<&str> {
        match self {
            Cohort::Department(v) | Cohort::Group(v) => Some(v),
            _ => None,
        }
    }

    /// Rebuilds a cohort from its stored form.
    pub fn from_parts(kind: &str, value: Option<&str>, addresses: &[String]) -> Option<Cohort> {
        Some(match (kind, value) {
            ("everyone", _) => Cohort::Everyone,
            ("department", Some(v)) => Cohort::Department(v.to_owned()),
            ("group", Some(v)) => Cohort::Group(v.to_owned()),
            ("list", _) => Cohort::List(addresses.to_vec()),
            _ => return None,
        })
    }
}

/// One employee as a wave sees them.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    pub email: &'a str,
    pub department: Option<&'a str>,
    pub object_id: Option<&'a str>,
    pub announced: bool,
    pub opted_out: bool,
}

/// Whether `m` is announced by a wave for `cohort`. `group_members` holds the object ids of a
/// group cohort's members (empty for the other cohorts).
pub fn selects(cohort: &Cohort, m: &Member<'_>, group_members: &HashSet<String>) -> bool {
    if m.announced || m.opted_out {
        return false;
    }
    match cohort {
        Cohort::Everyone => true,
        Cohort::Department(d) => m
            .department
            .is_some_and(|x| x.trim().eq_ignore_ascii_case(d.trim())),
        Cohort::Group(_) => m.object_id.is_some_and(|id| group_members.contains(id)),
        Cohort::List(list) => list.iter().any(|a| a.eq_ignore_ascii_case(m.email.trim())),
    }
}

/// Why a list of addresses could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    #[error("the file has no email column (expected a header named email, mail or upn)")]
    NoEmailColumn,
    #[error("line {line}: {reason}")]
    Line { line: u64, reason: String },
    #[error("the file is larger than 5 MB")]
    TooLarge,
}

const MAX_LIST_BYTES: usize = 5 * 1024 * 1024;

/// Reads the addresses of a CSV subset: a header row with an `email` (or `mail`, `upn`,
/// `userprincipalname`) column, other columns ignored. Addresses are lower-cased, duplicates
/// dropped, order kept. A file of bare addresses (one per line, no header) works too.
pub fn parse_list(data: &[u8]) -> Result<Vec<String>, ListError> {
    if data.len() > MAX_LIST_BYTES {
        return Err(ListError::TooLarge);
    }
    let body = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    let unified = csv_text::unify_line_endings(body);
    let body: &[u8] = &unified;
    if std::str::from_utf8(body).is_err() {
        return Err(ListError::NotUtf8);
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ListError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(csv_text::sniff_delimiter(body))
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(body);
    let mut records = reader.records();
    let first = match records.next() {
        Some(Ok(r)) => r,
        Some(Err(e)) => {
            return Err(ListError::Line {
                line: 1,
                reason: e.to_string(),
            });
        }
        None => return Err(ListError::Empty),
    };
    let names: Vec<String> = first
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_lowercase())
        .collect();
    let header = names.iter().position(|h| {
        [
            "email",
            "mail",
            "e-mail",
            "upn",
            "userprincipalname",
            "user principal name",
        ]
        .contains(&h.as_str())
    });
    let (column, mut out) = match header {
        Some(c) => (c, Vec::new()),
        None if names.len() == 1 && names[0].contains('@') => (0, vec![names[0].clone()]),
        None => return Err(ListError::NoEmailColumn),
    };
    for (i, r) in records.enumerate() {
        let line = i as u64 + 2;
        let r = r.map_err(|e| ListError::Line {
            line,
            reason: e.to_string(),
        })?;
        let Some(a) = r.get(column).map(str::trim).filter(|a| !a.is_empty()) else {
            continue;
        };
        if !a.contains('@') || a.chars().any(char::is_whitespace) {
            return Err(ListError::Line {
                line,
                reason: format!("{a:?} is not an email address"),
            });
        }
        out.push(a.to_lowercase());
    }
    let mut seen = HashSet::new();
    out.retain(|a| seen.insert(a.clone()));
    if out.is_empty() {
        return Err(ListError::Empty);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member<'a>(email: &'a str, department: Option<&'a str>, id: Option<&'a str>) -> Member<'a> {
        Member {
            email,
            department,
            object_id: id,
            announced: false,
            opted_out: false,
        }
    }

    #[test]
    fn cohorts_select_only_those_not_yet_announced() {
        let none = HashSet::new();
        let a = member("a@x.example", Some("Sales"), Some("1"));
        assert!(selects(&Cohort::Everyone, &a, &none));
        assert!(selects(&Cohort::Department(" sales ".into()), &a, &none));
        assert!(!selects(&Cohort::Department("Finance".into()), &a, &none));
        assert!(!selects(
            &Cohort::Department("Sales".into()),
            &member("b@x", None, None),
            &none
        ));
        let group: HashSet<String> = ["1".to_owned()].into();
        assert!(selects(&Cohort::Group("g".into()), &a, &group));
        assert!(!selects(
            &Cohort::Group("g".into()),
            &member("b@x", None, Some("2")),
            &group
        ));
        assert!(selects(
            &Cohort::List(vec!["a@x.example".into()]),
            &member("A@X.example", None, None),
            &none
        ));
        let announced = Member {
            announced: true,
            ..a
        };
        assert!(!selects(&Cohort::Everyone, &announced, &none));
        let opted_out = Member {
            opted_out: true,
            ..a
        };
        assert!(!selects(&Cohort::Everyone, &opted_out, &none));
    }

    #[test]
    fn stored_parts_round_trip() {
        for c in [
            Cohort::Everyone,
            Cohort::Department("Sales".into()),
            Cohort::Group("g-1".into()),
            Cohort::List(vec!["a@x".into()]),
        ] {
            let addresses = match &c {
                Cohort::List(l) => l.clone(),
                _ => vec![],
            };
            assert_eq!(Cohort::from_parts(c.kind(), c.value(), &addresses), Some(c));
        }
        assert_eq!(Cohort::from_parts("department", None, &[]), None);
        assert_eq!(Cohort::from_parts("nobody", None, &[]), None);
    }

    #[test]
    fn lists_read_an_email_column_or_bare_addresses() {
        let csv = b"\xef\xbb\xbfName;E-Mail\nAnn;Ann@X.example\nBob;bob@x.example\nAnn again;ann@x.example\n;\n";
        assert_eq!(
            parse_list(csv).unwrap(),
            vec!["ann@x.example", "bob@x.example"]
        );
        assert_eq!(
            parse_list(b"a@x.example\r\nb@x.example\r\n").unwrap(),
            vec!["a@x.example", "b@x.example"]
        );
        assert_eq!(
            parse_list(b"upn\nc@x.example\n").unwrap(),
            vec!["c@x.example"]
        );
    }

    #[test]
    fn bad_lists_say_what_is_wrong() {
        assert_eq!(parse_list(b""), Err(ListError::Empty));
        assert_eq!(parse_list(b"email\n"), Err(ListError::Empty));
        assert_eq!(
            parse_list(b"name,dept\nAnn,Sales\n"),
            Err(ListError::NoEmailColumn)
        );
        assert_eq!(parse_list(&[0xff, 0xfe, b'a']), Err(ListError::NotUtf8));
        assert!(matches!(
            parse_list(b"email\nnot an address\n"),
            Err(ListError::Line { line: 2, .. })
        ));
        assert_eq!(
            parse_list(&vec![b'a'; MAX_LIST_BYTES + 1]),
            Err(ListError::TooLarge)
        );
    }
}
