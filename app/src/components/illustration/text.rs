//! Text measurement for the drawings: an estimate of how wide a label is, and line breaking
//! that follows it. There is no font to measure on the server, so the estimate errs wide and
//! the layout leaves a margin ([`SAFETY`]).

/// Approximate advance width of a character in em, erring wide for the system sans-serif fonts
/// the page uses (San Francisco, Segoe UI, Roboto), so the estimate rarely falls short.
pub fn char_em(c: char) -> f32 {
    match c {
        ' ' | '\u{a0}' | '\u{202f}' => 0.3,
        'i' | 'l' | 'j' | 'I' | '!' | '.' | ',' | ';' | ':' | '\'' | '’' | '|' | '·' => 0.32,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '/' | '-' | '‹' | '›' | '"' | '“' | '”' | '„'
        | '«' | '»' => 0.42,
        'm' | 'w' => 0.86,
        'M' | 'W' => 0.92,
        '0'..='9' => 0.58,
        'A'..='Z' => 0.7,
        'a'..='z' => 0.58,
        '&' | '+' | '@' | '%' | '…' => 0.8,
        c if is_wide(c) => 1.0,
        c if c.is_uppercase() => 0.72,
        _ => 0.62,
    }
}

/// East Asian wide characters (kana, kanji, full-width forms): one em each, and a line may
/// break between any two of them.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

const BOLD_FACTOR: f32 = 1.08;

/// Estimated width of `s` at font size `size`.
pub fn text_width(s: &str, size: f32, bold: bool) -> f32 {
    let em: f32 = s.chars().map(char_em).sum();
    em * size * if bold { BOLD_FACTOR } else { 1.0 }
}

/// Japanese line-breaking rules, simplified: never start a line with closing punctuation or
/// a prolonged sound mark, never end one with an opening bracket.
fn no_break_before(c: char) -> bool {
    "、。，．・：；？！ー）」』】〕〉》ぁぃぅぇぉっゃゅょァィゥェォッャュョ々".contains(c)
}

fn no_break_after(c: char) -> bool {
    "（「『【〔〈《".contains(c)
}

/// The text cut into pieces that must not be split: words with their trailing spaces, a
/// hyphenated word's parts, single wide characters.
fn segments(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        cur.push(c);
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let brk = match chars.get(i + 1).copied() {
            None => true,
            Some(n) if c == ' ' => n != ' ',
            Some(' ') => false,
            Some(n) if c == '-' => prev.is_some_and(char::is_alphabetic) && n.is_alphabetic(),
            Some(n) if is_wide(c) || is_wide(n) => !no_break_before(n) && !no_break_after(c),
            Some(_) => false,
        };
        if brk {
            out.push(std::mem::take(&mut cur));
        }
    }
    out
}

/// Breaks `text` into lines no wider than `max_w`, or `None` if one piece alone is wider.
pub fn wrap(text: &str, max_w: f32, size: f32, bold: bool) -> Option<Vec<String>> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for seg in segments(text) {
        if text_width(seg.trim_end(), size, bold) > max_w {
            return None;
        }
        let candidate = format!("{line}{seg}");
        if line.is_empty() || text_width(candidate.trim_end(), size, bold) <= max_w {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_owned());
            line = seg;
        }
    }
    if !line.trim_end().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    Some(lines)
}

/// The estimate leaves this share of the width unused, for fonts wider than the estimate.
pub const SAFETY: f32 = 0.94;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_at_spaces_and_japanese_between_characters() {
        let lines = wrap("Add a sign-in method", 90.0, 15.0, false).unwrap();
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l, 15.0, false) <= 90.0));
        assert_eq!(lines.join(" ").replace("- ", "-"), "Add a sign-in method");
        let ja = wrap("サインイン方法の追加", 60.0, 15.0, false).unwrap();
        assert!(ja.len() >= 2, "{ja:?}");
        assert_eq!(ja.concat(), "サインイン方法の追加");
        // No line starts with a prolonged sound mark or closing punctuation.
        assert!(ja.iter().all(|l| !l.starts_with(['ー', '、', '。'])));
        // A word wider than the line does not fit at all.
        assert_eq!(wrap("Sicherheitsinformationen", 60.0, 15.0, false), None);
    }

    #[test]
    fn hyphenated_words_may_break_after_the_hyphen() {
        let lines = wrap("Windows-Sicherheit", 100.0, 15.0, false).unwrap();
        assert_eq!(lines, vec!["Windows-", "Sicherheit"]);
    }

    #[test]
    fn wide_text_is_estimated_wider() {
        assert!(text_width("WWW", 10.0, false) > text_width("iii", 10.0, false));
        assert_eq!(text_width("あ", 10.0, false), 10.0);
        assert!(text_width("a", 10.0, true) > text_width("a", 10.0, false));
    }
}
