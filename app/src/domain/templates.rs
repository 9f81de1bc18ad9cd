//! Email templates that a tenant's comms team edits in the console: a subject and a body with
//! named placeholders such as `{name}` and `{link}`. Validation reports every mistake at once,
//! so the editor can show them all; rendering gives the text part and the HTML part of a
//! message.
//!
//! Rules:
//! - `{placeholder}` inserts a value; `{{` and `}}` are literal braces (as in the format
//!   strings of Rust and Python). Spaces inside the braces are allowed: `{ name }`. A
//!   placeholder never spans lines, so a forgotten `}` is reported where it happened instead of
//!   swallowing the rest of the body.
//! - Each kind of message allows its own placeholders: the manager digest carries no personal
//!   link, an employee's message no team list. The body must contain what the message is for:
//!   the link, or the digest's team.
//! - The subject is one line. The template may not contain control characters there, and values
//!   are flattened to one line when rendered, so no value (a display name from the roster, say)
//!   can add a mail header.
//! - In HTML every piece of text and every value is escaped; the link is the only anchor.

use super::id::id_enum;
use crate::security::escape_text;
use std::borrow::Cow;

id_enum! {
    /// Which message a template is for.
    pub enum Kind {
        Announcement = "announcement",
        Reminder = "reminder",
        FinalNotice = "final-notice",
        ManagerDigest = "manager-digest",
    }
}

id_enum! {
    /// A named value a template may use, written `{name}` in the text.
    pub enum Placeholder {
        Name = "name",
        Link = "link",
        Deadline = "deadline",
        Step = "step",
        Support = "support",
        Organisation = "organisation",
        Team = "team",
    }
}

id_enum! {
    /// The part of a template a problem is in.
    pub enum Field {
        Subject = "subject",
        Body = "body",
    }
}

impl Kind {
    /// Placeholders this kind may use. The digest goes to a manager about their team, so it
    /// has the team and no link (it carries no one's personal link); the employee kinds have a
    /// link and no team. Only reminders and the final notice know a step to pick up at.
    pub fn allowed(self) -> &'static [Placeholder] {
        use Placeholder as P;
        match self {
            Kind::Announcement => &[P::Name, P::Link, P::Deadline, P::Support, P::Organisation],
            Kind::Reminder | Kind::FinalNotice => &[
                P::Name,
                P::Link,
                P::Deadline,
                P::Step,
                P::Support,
                P::Organisation,
            ],
            Kind::ManagerDigest => &[P::Name, P::Team, P::Deadline, P::Support, P::Organisation],
        }
    }

    /// Placeholders the body must contain: without its link an employee's message cannot be
    /// acted on, and a digest without its team says nothing.
    pub fn required(self) -> &'static [Placeholder] {
        match self {
            Kind::ManagerDigest => &[Placeholder::Team],
            Kind::Announcement | Kind::Reminder | Kind::FinalNotice => &[Placeholder::Link],
        }
    }
}

/// Longest subject, in characters: mail clients show far less, and the limit keeps a pasted
/// paragraph out of a header.
pub const MAX_SUBJECT: usize = 200;
/// Longest body, in characters: ample for a message employees are meant to read to the end.
pub const MAX_BODY: usize = 10_000;

/// Longest unknown placeholder name kept in a [`Problem`]: a stray `{` in prose can open a
/// long "name", and the message only needs enough of it to be found.
const MAX_NAME_SHOWN: usize = 40;

/// A template as the console stores it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Template {
    pub subject: String,
    pub body: String,
}

/// A part of a parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text, with escaped braces already unescaped (borrowed when there were none).
    Text(Cow<'a, str>),
    Slot(Placeholder),
}

/// Something wrong with a template, for the editor to show next to the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// `{nmae}`: braces around a name that is no placeholder (the name cut to 40 characters).
    #[error("unknown placeholder {name:?} in the {field}")]
    UnknownPlaceholder { field: Field, name: String },
    /// A real placeholder that this kind of message has no value for.
    #[error("placeholder {placeholder} cannot be used in this message's {field}")]
    NotAllowed {
        field: Field,
        placeholder: Placeholder,
    },
    /// A required placeholder absent from the body.
    #[error("the body must contain {{{0}}}")]
    Missing(Placeholder),
    /// `{name` with no `}` on its line, or a lone `}` (a literal brace is written twice).
    #[error("unclosed brace in the {field}")]
    Unclosed { field: Field },
    /// A line break or any other control character in the subject.
    #[error("the subject must be a single line")]
    LineBreakInSubject,
    #[error("the {0} is empty")]
    Empty(Field),
    #[error("the {field} is longer than {max} characters")]
    TooLong { field: Field, max: usize },
}

impl Problem {
    /// A kebab-case id for the message key.
    pub fn id(&self) -> &'static str {
        match self {
            Problem::UnknownPlaceholder { .. } => "unknown-placeholder",
            Problem::NotAllowed { .. } => "not-allowed",
            Problem::Missing(_) => "missing",
            Problem::Unclosed { .. } => "unclosed",
            Problem::LineBreakInSubject => "line-break",
            Problem::Empty(_) => "empty",
            Problem::TooLong { .. } => "too-long",
        }
    }
}

/// Adds literal text to the run being collected: borrowed while it is one slice of the input,
/// owned once an escaped brace joins two slices.
fn push_text<'a>(run: &mut Option<Cow<'a, str>>, more: &'a str) {
    if more.is_empty() {
        return;
    }
    match run {
        None => *run = Some(Cow::Borrowed(more)),
        Some(t) => t.to_mut().push_str(more),
    }
}

/// Splits a text into literal text and placeholders. Syntax: `{placeholder}`; `{{` and `}}`
/// are literal braces. Whitespace inside braces is allowed: `{ name }`. The first problem
/// found is returned; [`validate`] reports it with the others.
pub fn parse(s: &str, field: Field) -> Result<Vec<Piece<'_>>, Problem> {
    let bytes = s.as_bytes();
    let mut pieces = Vec::new();
    let mut run: Option<Cow<'_, str>> = None;
    // Start of the literal text not yet added to `run`. Every index the loop slices at is that
    // of an ASCII brace, so always a char boundary.
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // An escaped brace: keep the first, skip the second.
            b @ (b'{' | b'}') if bytes.get(i + 1) == Some(&b) => {
                push_text(&mut run, &s[start..=i]);
                i += 2;
                start = i;
            }
            b'}' => return Err(Problem::Unclosed { field }),
            b'{' => {
                let rest = &s[i + 1..];
                let end = rest
                    .find(['}', '{', '\n', '\r'])
                    .filter(|&e| rest.as_bytes()[e] == b'}')
                    .ok_or(Problem::Unclosed { field })?;
                let name = rest[..end].trim();
                let slot =
                    Placeholder::from_id(name).ok_or_else(|| Problem::UnknownPlaceholder {
                        field,
                        name: name.chars().take(MAX_NAME_SHOWN).collect(),
                    })?;
                push_text(&mut run, &s[start..i]);
                pieces.extend(run.take().map(Piece::Text));
                pieces.push(Piece::Slot(slot));
                i += end + 2;
                start = i;
            }
            _ => i += 1,
        }
    }
    push_text(&mut run, &s[start..]);
    pieces.extend(run.map(Piece::Text));
    Ok(pieces)
}

/// Characters that must not reach a header: control characters (CR, LF, TAB, NUL…) and the
/// Unicode line and paragraph separators, which some clients also break lines at.
fn breaks_line(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The checks of one field; its pieces when it parses (and is not empty).
fn check_field<'a>(
    kind: Kind,
    field: Field,
    s: &'a str,
    max: usize,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Piece<'a>>> {
    // An empty field has nothing else worth saying about it.
    if s.trim().is_empty() {
        problems.push(Problem::Empty(field));
        return None;
    }
    if s.chars().count() > max {
        problems.push(Problem::TooLong { field, max });
    }
    if field == Field::Subject && s.chars().any(breaks_line) {
        problems.push(Problem::LineBreakInSubject);
    }
    match parse(s, field) {
        Err(p) => {
            problems.push(p);
            None
        }
        Ok(pieces) => {
            let mut refused: Vec<Placeholder> = Vec::new();
            for piece in &pieces {
                if let Piece::Slot(p) = piece
                    && !kind.allowed().contains(p)
                    && !refused.contains(p)
                {
                    refused.push(*p);
                    problems.push(Problem::NotAllowed {
                        field,
                        placeholder: *p,
                    });
                }
            }
            Some(pieces)
        }
    }
}

/// Every problem of a template for `kind` (empty = valid), subject first, each field's in the
/// order empty, too long, line break, syntax, placeholders not allowed; then missing
/// placeholders. A field that is empty or does not parse reports nothing further, since its
/// placeholders are unknown: an unclosed `{link` is not also reported as a missing link.
pub fn validate(kind: Kind, t: &Template) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_field(kind, Field::Subject, &t.subject, MAX_SUBJECT, &mut problems);
    if let Some(body) = check_field(kind, Field::Body, &t.body, MAX_BODY, &mut problems) {
        for p in kind.required() {
            if !body.contains(&Piece::Slot(*p)) {
                problems.push(Problem::Missing(*p));
            }
        }
    }
    problems
}

/// Values for the placeholders. `None` renders as empty text.
pub trait Values {
    fn value(&self, p: Placeholder) -> Option<String>;
}

impl<F: Fn(Placeholder) -> Option<String>> Values for F {
    fn value(&self, p: Placeholder) -> Option<String> {
        self(p)
    }
}

/// The pieces with the values put in, verbatim.
fn substitute(pieces: &[Piece<'_>], v: &impl Values) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Slot(p) => out.push_str(&v.value(*p).unwrap_or_default()),
        }
    }
    out
}

/// Every run of line-breaking characters becomes one space.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_break = false;
    for c in s.chars() {
        if breaks_line(c) {
            if !in_break {
                out.push(' ');
            }
            in_break = true;
        } else {
            out.push(c);
            in_break = false;
        }
    }
    out
}

/// CRLF and lone CR line ends become LF.
fn unix_lines(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// The subject with values substituted. Control characters (CR, LF, TAB, etc.) become a single
/// space per run, so no header injection is possible whatever the values; the result is
/// trimmed and cut to [`MAX_SUBJECT`] characters. Assumes a validated template; on a parse
/// error the subject as written is used, flattened the same way.
pub fn render_subject(t: &Template, v: &impl Values) -> String {
    let raw = match parse(&t.subject, Field::Subject) {
        Ok(pieces) => substitute(&pieces, v),
        Err(_) => t.subject.clone(),
    };
    let line = one_line(&raw);
    let line = line.trim();
    let cut = match line.char_indices().nth(MAX_SUBJECT) {
        Some((end, _)) => &line[..end],
        None => line,
    };
    cut.trim_end().to_owned()
}

/// The body as plain text with values substituted verbatim (multi-line values such as the
/// team are fine here), normalised to `\n` line ends. Assumes a validated template; on a parse
/// error the body as written is returned.
pub fn render_text(t: &Template, v: &impl Values) -> String {
    let raw = match parse(&t.body, Field::Body) {
        Ok(pieces) => substitute(&pieces, v),
        Err(_) => t.body.clone(),
    };
    unix_lines(&raw)
}

/// Escapes text for HTML content and double-quoted attributes; line breaks become `<br>`.
fn push_escaped(html: &mut String, text: &str) {
    let escaped = escape_text(text).replace('"', "&quot;");
    html.push_str(&escaped.replace('\n', "<br>"));
}

/// The link as an anchor. Only a web address becomes one: the value comes from the server, but
/// a `javascript:` or `data:` address must never be clickable should one ever get there.
fn push_link(html: &mut String, link: &str) {
    let link: String = link.chars().filter(|c| !breaks_line(*c)).collect();
    let link = link.trim();
    let web = ["https://", "http://"].iter().any(|scheme| {
        link.get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
    });
    if web {
        let shown = escape_text(link).replace('"', "&quot;");
        html.push_str(&format!("<a href=\"{shown}\">{shown}</a>"));
    } else {
        push_escaped(html, link);
    }
}

/// The body's paragraphs: runs of lines separated by blank (or whitespace-only) lines. The body
/// has `\n` line ends only.
fn paragraphs(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let (mut end, mut pos) = (0, 0);
    for line in body.split('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(&body[s..end]);
            }
        } else {
            start.get_or_insert(pos);
            end = pos + line.len();
        }
        pos += line.len() + 1;
    }
    if let Some(s) = start {
        out.push(&body[s..end]);
    }
    out
}

/// The body as HTML paragraphs: split on blank lines, each paragraph a `<p>…</p>` with every
/// text piece and every value escaped (`&`, `<`, `>` and `"`) and single line breaks as `<br>`.
/// The link becomes `<a href="…">…</a>`; the team is escaped like any text, its lines joined
/// by `<br>`. Returns the paragraphs one after the other (no outer `html` or `body`). Since a
/// placeholder never spans lines, splitting before parsing cannot cut one; a paragraph that
/// does not parse (a template that was not validated) is shown as written, escaped.
pub fn render_html(t: &Template, v: &impl Values) -> String {
    let body = unix_lines(&t.body);
    let mut html = String::new();
    for paragraph in paragraphs(&body) {
        html.push_str("<p>");
        match parse(paragraph, Field::Body) {
            Ok(pieces) => {
                for piece in pieces {
                    match piece {
                        Piece::Text(text) => push_escaped(&mut html, &text),
                        Piece::Slot(Placeholder::Link) => {
                            push_link(&mut html, &v.value(Placeholder::Link).unwrap_or_default())
                        }
                        Piece::Slot(p) => {
                            push_escaped(&mut html, &unix_lines(&v.value(p).unwrap_or_default()))
                        }
                    }
                }
            }
            Err(_) => push_escaped(&mut html, paragraph),
        }
        html.push_str("</p>");
    }
    html
}

/// Writes a placeholder the way a template names it: `{name}`.
pub fn token(p: Placeholder) -> String {
    format!("{{{}}}", p.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = "<script>alert(1)</script>\r\nBcc: x@evil.example";
    const LINK: &str = "https://guide.example/l/abc";

    fn template(subject: &str, body: &str) -> Template {
        Template {
            subject: subject.to_owned(),
            body: body.to_owned(),
        }
    }

    /// Values with the given name and link; the other placeholders get fixed text.
    fn values(name: &str, link: &str) -> impl Fn(Placeholder) -> Option<String> {
        let (name, link) = (name.to_owned(), link.to_owned());
        move |p| match p {
            Placeholder::Name => Some(name.clone()),
            Placeholder::Link => Some(link.clone()),
            Placeholder::Deadline => Some("31 March".to_owned()),
            Placeholder::Step => Some("3".to_owned()),
            Placeholder::Support => Some("help@acme.example".to_owned()),
            Placeholder::Organisation => Some("Acme".to_owned()),
            Placeholder::Team => Some("Ann <ann@acme.example>\r\nBob & co".to_owned()),
        }
    }

    fn text(s: &str) -> Piece<'_> {
        Piece::Text(Cow::Borrowed(s))
    }

    #[test]
    fn parsing_splits_text_slots_and_escaped_braces() {
        let pieces = parse("Hi {name}, open {link}.", Field::Body).unwrap();
        assert_eq!(
            pieces,
            [
                text("Hi "),
                Piece::Slot(Placeholder::Name),
                text(", open "),
                Piece::Slot(Placeholder::Link),
                text("."),
            ]
        );
        // Text without escapes is borrowed from the template.
        assert!(matches!(&pieces[0], Piece::Text(Cow::Borrowed(_))));

        assert_eq!(
            parse("{{name}} costs {{ 5 }}", Field::Body).unwrap(),
            [text("{name} costs { 5 }")]
        );
        assert_eq!(
            parse("{{{name}}}", Field::Body).unwrap(),
            [text("{"), Piece::Slot(Placeholder::Name), text("}")]
        );
        assert_eq!(
            parse("{ name }{\tdeadline  }", Field::Subject).unwrap(),
            [
                Piece::Slot(Placeholder::Name),
                Piece::Slot(Placeholder::Deadline)
            ]
        );
        assert_eq!(parse("", Field::Body).unwrap(), []);
        assert_eq!(parse("é 👩‍💻", Field::Body).unwrap(), [text("é 👩‍💻")]);
        for p in Placeholder::ALL {
            assert_eq!(parse(&token(p), Field::Body).unwrap(), [Piece::Slot(p)]);
        }
        assert_eq!(token(Placeholder::Organisation), "{organisation}");
    }

    #[test]
    fn parsing_refuses_unknown_names_and_unclosed_braces() {
        assert_eq!(
            parse("Hi {nmae}", Field::Subject),
            Err(Problem::UnknownPlaceholder {
                field: Field::Subject,
                name: "nmae".into()
            })
        );
        assert_eq!(
            parse("{}", Field::Body),
            Err(Problem::UnknownPlaceholder {
                field: Field::Body,
                name: String::new()
            })
        );
        // Names are matched exactly, as `token` writes them.
        assert!(matches!(
            parse("{Name}", Field::Body),
            Err(Problem::UnknownPlaceholder { .. })
        ));
        let long = format!("{{{}}}", "x".repeat(500));
        let Err(Problem::UnknownPlaceholder { name, .. }) = parse(&long, Field::Body) else {
            panic!("unknown")
        };
        assert_eq!(name.len(), MAX_NAME_SHOWN);
        let unclosed = Err(Problem::Unclosed { field: Field::Body });
        for s in [
            "Open {link",
            "a } b",
            "{name}}",
            "{name\n}",
            "{a{name}",
            "{",
        ] {
            assert_eq!(parse(s, Field::Body), unclosed, "{s:?}");
        }
    }

    #[test]
    fn valid_templates_have_no_problems() {
        for kind in Kind::ALL {
            let body = kind
                .allowed()
                .iter()
                .map(|p| token(*p))
                .collect::<Vec<_>>()
                .join("\n");
            let t = template("Passkeys at {organisation} by { deadline }", &body);
            assert_eq!(validate(kind, &t), [], "{kind}");
        }
    }

    #[test]
    fn validate_reports_each_problem() {
        use Problem as P;
        let ok_body = "Open {link} by {deadline}.";
        let cases: [(Template, Vec<Problem>); 9] = [
            (
                template("Hi {nmae}", ok_body),
                vec![P::UnknownPlaceholder {
                    field: Field::Subject,
                    name: "nmae".into(),
                }],
            ),
            (
                template("Hi", "{team} {link} {step} {team}"),
                vec![
                    P::NotAllowed {
                        field: Field::Body,
                        placeholder: Placeholder::Team,
                    },
                    P::NotAllowed {
                        field: Field::Body,
                        placeholder: Placeholder::Step,
                    },
                ],
            ),
            (
                template("Hi", "Register by {deadline}."),
                vec![P::Missing(Placeholder::Link)],
            ),
            // Unclosed, and the link it was meant to be is not also called missing.
            (
                template("Hi", "Open {link now"),
                vec![P::Unclosed { field: Field::Body }],
            ),
            (
                template("Hi}", ok_body),
                vec![P::Unclosed {
                    field: Field::Subject,
                }],
            ),
            (
                template("Hi\r\nBcc: x@evil.example", ok_body),
                vec![P::LineBreakInSubject],
            ),
            (template("Hi\tthere", ok_body), vec![P::LineBreakInSubject]),
            (
                template(" ", "\n \n"),
                vec![P::Empty(Field::Subject), P::Empty(Field::Body)],
            ),
            (
                template(
                    &"é".repeat(MAX_SUBJECT + 1),
                    &format!("{{link}}{}", "x".repeat(MAX_BODY)),
                ),
                vec![
                    P::TooLong {
                        field: Field::Subject,
                        max: MAX_SUBJECT,
                    },
                    P::TooLong {
                        field: Field::Body,
                        max: MAX_BODY,
                    },
                ],
            ),
        ];
        for (t, expected) in cases {
            assert_eq!(validate(Kind::Announcement, &t), expected, "{t:?}");
        }
        // Exactly at the limits is fine.
        let at_limit = template(
            &"é".repeat(MAX_SUBJECT),
            &format!("{{link}}{}", "x".repeat(MAX_BODY - 6)),
        );
        assert_eq!(validate(Kind::Announcement, &at_limit), []);
        // Several at once, subject first.
        assert_eq!(
            validate(Kind::Reminder, &template("{nmae}\n", "{team}")),
            [
                P::LineBreakInSubject,
                P::UnknownPlaceholder {
                    field: Field::Subject,
                    name: "nmae".into()
                },
                P::NotAllowed {
                    field: Field::Body,
                    placeholder: Placeholder::Team
                },
                P::Missing(Placeholder::Link),
            ]
        );
    }

    #[test]
    fn problem_ids_name_each_variant() {
        let all = [
            Problem::UnknownPlaceholder {
                field: Field::Body,
                name: "x".into(),
            },
            Problem::NotAllowed {
                field: Field::Body,
                placeholder: Placeholder::Team,
            },
            Problem::Missing(Placeholder::Link),
            Problem::Unclosed { field: Field::Body },
            Problem::LineBreakInSubject,
            Problem::Empty(Field::Subject),
            Problem::TooLong {
                field: Field::Body,
                max: MAX_BODY,
            },
        ];
        let ids: Vec<&str> = all.iter().map(Problem::id).collect();
        assert_eq!(
            ids,
            [
                "unknown-placeholder",
                "not-allowed",
                "missing",
                "unclosed",
                "line-break",
                "empty",
                "too-long"
            ]
        );
        assert_eq!(
            Problem::Missing(Placeholder::Link).to_string(),
            "the body must contain {link}"
        );
    }

    #[test]
    fn the_link_is_required_for_employees_and_the_team_for_the_digest() {
        let no_link = template("Passkeys", "Hello {name}, please register by {deadline}.");
        for kind in [Kind::Announcement, Kind::Reminder, Kind::FinalNotice] {
            assert_eq!(
                validate(kind, &no_link),
                [Problem::Missing(Placeholder::Link)],
                "{kind}"
            );
        }
        assert_eq!(
            validate(Kind::ManagerDigest, &no_link),
            [Problem::Missing(Placeholder::Team)]
        );
        let team = template("Your team", "Hello {name}, still to register:\n{team}");
        assert_eq!(validate(Kind::ManagerDigest, &team), []);
        // The digest has no personal link to give.
        let team_and_link = template("Your team", "{team}\n{link}");
        assert_eq!(
            validate(Kind::ManagerDigest, &team_and_link),
            [Problem::NotAllowed {
                field: Field::Body,
                placeholder: Placeholder::Link
            }]
        );
    }

    #[test]
    fn a_hostile_name_cannot_add_a_header_or_a_script() {
        let t = template(
            "Hello {name}: your passkey",
            "Hello {name},\n\nOpen {link}.",
        );
        assert_eq!(validate(Kind::Announcement, &t), []);
        let v = values(NAME, LINK);
        let subject = render_subject(&t, &v);
        assert!(!subject.contains(['\r', '\n']), "{subject:?}");
        assert_eq!(
            subject,
            "Hello <script>alert(1)</script> Bcc: x@evil.example: your passkey"
        );
        let html = render_html(&t, &v);
        assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
        assert!(html.starts_with("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;<br>Bcc:"));
        // The text part carries the value as it is: it is never interpreted.
        assert!(render_text(&t, &v).starts_with(&format!("Hello {}", unix_lines(NAME))));
    }

    #[test]
    fn a_huge_value_makes_a_subject_of_at_most_max_chars() {
        let t = template("Hi {name}", "{link}");
        for unit in ["a", "👩", " \r\n"] {
            let name = unit.repeat(100_000);
            let subject = render_subject(&t, &values(&name, LINK));
            assert!(subject.chars().count() <= MAX_SUBJECT, "{unit:?}");
            assert!(subject.starts_with("Hi"));
        }
        let subject = render_subject(&t, &values(&"👩".repeat(100_000), LINK));
        assert_eq!(subject.chars().count(), MAX_SUBJECT);
        // Leading and trailing space, and a value of line breaks only, leave no edge spaces.
        let t = template("  {name} Hi {name}", "{link}");
        assert_eq!(render_subject(&t, &values("\r\n", LINK)), "Hi");
    }

    #[test]
    fn a_link_with_quotes_cannot_leave_its_href() {
        let t = template("Hi", "Open {link}");
        let link = "https://guide.example/?q=\"><script>alert(1)</script><a x=\"";
        let html = render_html(&t, &values("Ann", link));
        assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
        assert_eq!(html.matches('"').count(), 2, "{html}");
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert!(html.contains("href=\"https://guide.example/?q=&quot;&gt;&lt;script&gt;"));
        // A good link becomes an anchor showing itself.
        assert_eq!(
            render_html(&t, &values("Ann", LINK)),
            format!("<p>Open <a href=\"{LINK}\">{LINK}</a></p>")
        );
        // Anything but a web address is shown as text, never as an anchor.
        let html = render_html(&t, &values("Ann", "javascript:alert(1)"));
        assert_eq!(html, "<p>Open javascript:alert(1)</p>");
        // No link: nothing, not an empty anchor.
        assert_eq!(
            render_html(&t, &|_: Placeholder| None::<String>),
            "<p>Open </p>"
        );
    }

    #[test]
    fn doubled_braces_render_as_one() {
        let t = template("{{{name}}}", "{{ {link} }}");
        let v = values("Ann", LINK);
        assert_eq!(render_subject(&t, &v), "{Ann}");
        assert_eq!(render_text(&t, &v), format!("{{ {LINK} }}"));
        assert_eq!(
            render_html(&t, &v),
            format!("<p>{{ <a href=\"{LINK}\">{LINK}</a> }}</p>")
        );
    }

    #[test]
    fn html_has_paragraphs_and_line_breaks_and_text_has_lf_lines() {
        let t = template(
            "Your team",
            "Hello {name},\r\n\r\nStill to register:\n{team}\n\n\n  \nThanks, \"{organisation}\" & {support}",
        );
        assert_eq!(validate(Kind::ManagerDigest, &t), []);
        let v = values("Ann", LINK);
        assert_eq!(
            render_html(&t, &v),
            "<p>Hello Ann,</p>\
             <p>Still to register:<br>Ann &lt;ann@acme.example&gt;<br>Bob &amp; co</p>\
             <p>Thanks, &quot;Acme&quot; &amp; help@acme.example</p>"
        );
        assert_eq!(
            render_text(&t, &v),
            "Hello Ann,\n\nStill to register:\nAnn <ann@acme.example>\nBob & co\n\n\n  \n\
             Thanks, \"Acme\" & help@acme.example"
        );
        // Missing values render as nothing.
        let none = |_: Placeholder| None::<String>;
        assert_eq!(render_text(&t, &none).lines().next(), Some("Hello ,"));
        assert_eq!(render_subject(&template("{name}", "x"), &none), "");
        assert_eq!(render_html(&template("s", "\n\n"), &none), "");
    }

    #[test]
    fn odd_templates_never_panic_and_keep_the_invariants() {
        let bits = [
            "",
            " ",
            "{",
            "}",
            "{{",
            "}}",
            "{name}",
            "{ link }",
            "{team}",
            "{nmae}",
            "{\n}",
            "\r\n",
            "\n\n",
            "\r",
            "é",
            "👩‍💻",
            "\u{2028}",
            "\0",
            "<script>",
            "&\"",
            "{link",
            "name}",
            "{{link}}",
            "\t",
        ];
        let hostile = values(NAME, "https://x.example/\"><script>\r\n");
        for a in bits {
            for b in bits {
                let subject = format!("{a}{b}");
                for c in bits {
                    let t = template(&subject, &format!("{b}{c}{a}"));
                    for kind in Kind::ALL {
                        let _ = validate(kind, &t);
                    }
                    let s = render_subject(&t, &hostile);
                    assert!(!s.contains(['\r', '\n']), "{t:?}");
                    assert!(s.chars().count() <= MAX_SUBJECT);
                    assert!(!render_text(&t, &hostile).contains('\r'), "{t:?}");
                    let html = render_html(&t, &hostile);
                    assert!(!html.to_ascii_lowercase().contains("<script"), "{t:?}");
                }
            }
        }
    }
}
