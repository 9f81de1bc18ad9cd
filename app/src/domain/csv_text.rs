//! What both CSV imports (the roster and the portal's registration export) do before the
//! `csv` crate reads a file: line endings and the separator, which spreadsheets vary.

use std::borrow::Cow;

/// Lines ended by a bare CR (Excel's "CSV (Macintosh)") become LF-ended, so that bad rows are
/// reported on their own line numbers: the `csv` crate splits on a bare CR but counts lines by
/// LF only. Files with any LF are left as they are.
pub fn unify_line_endings(body: &[u8]) -> Cow<'_, [u8]> {
    if body.contains(&b'\r') && !body.contains(&b'\n') {
        Cow::Owned(
            body.iter()
                .map(|&b| if b == b'\r' { b'\n' } else { b })
                .collect(),
        )
    } else {
        Cow::Borrowed(body)
    }
}

/// The separator of a file: whichever of `;` and `,` occurs more often outside quotes on its
/// first line (`,` on a tie).
pub fn sniff_delimiter(body: &[u8]) -> u8 {
    let first_line = body.split(|b| *b == b'\n').next().unwrap_or(body);
    let (mut commas, mut semis, mut quoted) = (0, 0, false);
    for &b in first_line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas { b';' } else { b',' }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_cr_lines_become_lf_lines_and_others_stay() {
        assert_eq!(&*unify_line_endings(b"a,b\rc,d\r"), b"a,b\nc,d\n");
        assert!(matches!(
            unify_line_endings(b"a,b\r\nc,\"x\ry\"\r\n"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(unify_line_endings(b"a,b\nc,d"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_separator_comes_from_the_first_line_outside_quotes() {
        assert_eq!(sniff_delimiter(b"email;name\na,b,c,d"), b';');
        assert_eq!(sniff_delimiter(b"\"a;b;c\",name\nx"), b',');
        assert_eq!(sniff_delimiter(b"email"), b',');
    }
}
