//! What the fuzz targets check, one function per target. Each decodes the raw fuzz input the
//! same way, calls the app's real entry point, asserts the properties that must hold for
//! every input and returns the result so a caller can check more.
//!
//! `app/tests/fuzz_regressions.rs` includes this file, so the saved crashers and seeds under
//! `fuzz/regressions/` go through exactly the checks the fuzzer ran.
//!
//! Inputs with several fields separate them with a NUL byte (no header value or form field
//! can contain one); a field missing from the end is absent, an empty one is present and empty.

use app::domain::Policy;
use app::domain::branding::{
    self, Branding, BrandingForm, LogoError, LogoFormat, MIN_CONTRAST, Rgb, TEXT_ON_PRIMARY,
};
use app::domain::entra::{Fido2Config, NO_PASSKEYS};
use app::domain::links::{KeyError, LinkClaims, LinkError, LinkKeys, Purpose};
use app::domain::registration::{self, CsvError, CsvImport};
use app::domain::roster::{self, MAX_FIELD, ParsedRoster, RosterError};
use app::domain::{DeviceProfile, RequestHints, detect as detect_device};
use app::i18n::{LanguageInputs, Locale, SUPPORTED, negotiate};

/// The input's NUL-separated fields, as text (invalid UTF-8 replaced), at most `n` of them; the
/// last one keeps any further NULs.
pub fn fields(data: &[u8], n: usize) -> Vec<String> {
    data.splitn(n, |b| *b == 0)
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect()
}

/// Lines as the CSV reader counts them: one more than the `\n` bytes.
fn lines(data: &[u8]) -> u64 {
    data.iter().filter(|b| **b == b'\n').count() as u64 + 1
}

/// Records a CSV reader can find at most: every record but the last ends with a terminator
/// (`\r\n`, `\r` or `\n`).
fn max_records(data: &[u8]) -> u64 {
    let mut n = 1;
    let mut i = 0;
    while i < data.len() {
        match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => {
                n += 1;
                i += 1;
            }
            b'\r' | b'\n' => n += 1,
            _ => {}
        }
        i += 1;
    }
    n
}

/// Target `detect`: User-Agent, then `Sec-CH-UA`, `Sec-CH-UA-Full-Version-List`,
/// `Sec-CH-UA-Mobile`, `Sec-CH-UA-Platform`, `Sec-CH-UA-Platform-Version`, `Sec-CH-UA-Model`.
pub fn detect(data: &[u8]) -> DeviceProfile {
    let f = fields(data, 7);
    let get = |i: usize| f.get(i).map(String::as_str);
    let hints = RequestHints {
        user_agent: get(0),
        brands: get(1),
        full_version_list: get(2),
        mobile: get(3),
        platform: get(4),
        platform_version: get(5),
        model: get(6),
    };
    let p = detect_device(&hints);
    assert!(
        !p.chosen,
        "a detected profile is never the employee's choice"
    );
    assert!(
        p.os_version.is_none() || p.os_at_least.is_none(),
        "an exact version and a floor at once: {p:?}"
    );
    if let Some(m) = &p.model {
        assert!(p.platform.is_android(), "a model outside Android: {p:?}");
        assert!(!m.is_empty() && m.len() <= 64, "model {m:?}");
    }
    if p.in_app.is_some() {
        assert_eq!(p.browser, Some(app::domain::Browser::Webview), "{p:?}");
    }
    let ua = hints.user_agent.unwrap_or("").trim();
    if ua.is_empty() {
        assert_eq!(p.browser, None, "a browser without a User-Agent: {p:?}");
        assert_eq!(p.in_app, None, "an app without a User-Agent: {p:?}");
    }
    // The tail past the limit is ignored: cutting it off changes nothing (unless the cut
    // leaves whitespace at the end, which the next call would trim).
    if ua.len() > app::domain::detect::MAX_UA_LEN {
        let mut end = app::domain::detect::MAX_UA_LEN;
        while !ua.is_char_boundary(end) {
            end -= 1;
        }
        let cut = &ua[..end];
        if cut.trim_end() == cut {
            let again = detect_device(&RequestHints {
                user_agent: Some(cut),
                ..hints
            });
            assert_eq!(again, p, "the tail past MAX_UA_LEN changed the result");
        }
    }
    p
}

/// Target `accept_language`: `Accept-Language`, then `?lang=`, the cookie, the roster
/// preference and the tenant default.
pub fn accept_language(data: &[u8]) -> Locale {
    let f = fields(data, 5);
    let get = |i: usize| f.get(i).map(String::as_str);
    let inputs = LanguageInputs {
        accept_language: get(0),
        query: get(1),
        cookie: get(2),
        employee: get(3),
        tenant_default: get(4),
    };
    let locale = negotiate(inputs);
    assert!(
        SUPPORTED.iter().any(|(t, _)| *t == locale.tag()),
        "unsupported {locale:?}"
    );
    let explicit = [inputs.query, inputs.cookie, inputs.employee]
        .into_iter()
        .flatten()
        .find_map(Locale::from_tag);
    if let Some(l) = explicit {
        assert_eq!(locale, l, "an explicit choice was not honoured");
    }
    // The header alone, with and without a tenant default.
    let header_only = negotiate(LanguageInputs {
        accept_language: inputs.accept_language,
        ..LanguageInputs::default()
    });
    if explicit.is_none() {
        let fallback = inputs.tenant_default.and_then(Locale::from_tag);
        if fallback.is_none() || fallback == Some(Locale::DEFAULT) {
            assert_eq!(
                locale, header_only,
                "the tenant default changed the header's answer"
            );
        }
    }
    for tag in [get(0), get(1)].into_iter().flatten() {
        if let Some(m) = Locale::best_match(tag) {
            let lang = |t: &str| {
                t.trim()
                    .split(['-', '_'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase()
            };
            assert_eq!(lang(m.tag()), lang(tag), "{tag:?} matched {m:?}");
        }
    }
    locale
}

fn roster_language(tag: &str) -> Option<String> {
    Locale::best_match(tag).map(|l| l.tag().to_owned())
}

/// Target `roster_csv`: the whole input is the uploaded file.
pub fn roster_csv(data: &[u8]) -> Result<ParsedRoster, RosterError> {
    let mut last_progress = 0;
    let result = roster::parse(data, roster_language, |p| {
        assert!(p >= last_progress, "progress went back");
        last_progress = p;
    });
    let body = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    match &result {
        Err(RosterError::Empty) => assert!(body.iter().all(u8::is_ascii_whitespace)),
        Err(RosterError::NotUtf8) => assert!(std::str::from_utf8(body).is_err()),
        Err(RosterError::TooLarge) => panic!("a fuzz input cannot be 256 MB"),
        Err(_) => {}
        Ok(r) => {
            let records = (r.rows.len() + r.bad.len()) as u64;
            assert!(
                records < max_records(body),
                "{records} rows (beside the header) from {} possible records",
                max_records(body)
            );
            let last_line = lines(body);
            let mut prev = 0;
            for b in &r.bad {
                assert!(
                    (1..=last_line).contains(&b.line),
                    "bad row on line {} of {last_line}",
                    b.line
                );
                assert!(b.line >= prev, "bad rows out of order");
                prev = b.line;
                let (key, _) = b.problem.message();
                assert!(key.starts_with("roster-row-"));
            }
            for w in &r.language_warnings {
                assert!((1..=last_line).contains(&w.line));
                assert!(roster_language(&w.value).is_none());
            }
            let mut emails = std::collections::HashSet::new();
            for row in &r.rows {
                assert!(branding::is_plausible_email(&row.email), "{row:?}");
                assert_eq!(row.email, row.email.to_lowercase(), "{row:?}");
                assert!(emails.insert(row.email.as_str()), "duplicate {row:?}");
                assert!(!row.display_name.is_empty(), "{row:?}");
                for text in [
                    Some(&row.display_name),
                    row.department.as_ref(),
                    row.manager.as_ref(),
                    row.preferred_language.as_ref(),
                ]
                .into_iter()
                .flatten()
                {
                    assert!(text.chars().count() <= MAX_FIELD, "{row:?}");
                    assert!(!text.is_empty(), "{row:?}");
                }
                if let Some(l) = &row.preferred_language {
                    assert!(Locale::from_tag(l).is_some(), "{row:?}");
                }
            }
            // A byte order mark in front changes nothing.
            if !data.starts_with(b"\xef\xbb\xbf") {
                let mut with_bom = b"\xef\xbb\xbf".to_vec();
                with_bom.extend_from_slice(data);
                assert_eq!(
                    roster::parse(&with_bom[..], roster_language, |_| {}).as_ref(),
                    Ok(r),
                    "a BOM changed the result"
                );
            }
        }
    }
    result
}

/// Target `registration_csv`: the whole input is the portal's export.
pub fn registration_csv(data: &[u8]) -> Result<CsvImport, CsvError> {
    let result = registration::parse_csv(data);
    if let Ok(r) = &result {
        let text = String::from_utf8_lossy(data);
        let records = (r.registrations.len() + r.bad.len()) as u64;
        assert!(
            records < max_records(text.as_bytes()),
            "{records} rows (beside the header) from {} possible records",
            max_records(text.as_bytes())
        );
        let last_line = lines(text.as_bytes());
        for b in &r.bad {
            assert!(
                (1..=last_line).contains(&b.line),
                "bad row on line {} of {last_line}",
                b.line
            );
        }
        for reg in &r.registrations {
            assert!(!reg.upn.is_empty(), "{reg:?}");
            assert_eq!(reg.upn, reg.upn.trim(), "{reg:?}");
            for m in &reg.methods {
                assert!(!m.is_empty(), "{reg:?}");
                assert!(!m.contains([',', ';']), "{reg:?}");
            }
        }
    }
    result
}

/// What `links` saw: the result of verifying the input as a token, and of verifying a token
/// signed from the input's fields.
#[derive(Debug)]
pub struct LinksOutcome {
    pub raw: Result<LinkClaims, LinkError>,
    pub signed: Result<LinkClaims, LinkError>,
}

fn key(byte: u8) -> Vec<u8> {
    vec![byte; 32]
}

fn number(s: &str) -> i64 {
    let mut bytes = [0u8; 8];
    for (i, b) in s.bytes().enumerate() {
        bytes[i % 8] ^= b.rotate_left(i as u32);
    }
    i64::from_le_bytes(bytes)
}

/// Target `links`: a token to verify, then tenant, employee, expiry, now and a tamper
/// position for tokens the target signs itself, then a key specification.
pub fn links(data: &[u8]) -> LinksOutcome {
    let f = fields(data, 7);
    let get = |i: usize| f.get(i).map(String::as_str).unwrap_or("");
    let keys = LinkKeys::single("k1", key(1)).expect("a valid key");
    let now = number(get(4));

    // Whatever comes in as a token: only this crate's keys could have signed it, and the
    // fuzzer has no key, so nothing verifies.
    let raw = keys.verify(get(0), now);
    assert!(
        matches!(
            raw,
            Err(LinkError::Malformed | LinkError::UnknownKey | LinkError::BadSignature)
        ),
        "an unsigned token passed: {raw:?}"
    );

    // A signed token verifies to its claims (or says it expired), unless the claims cannot be
    // read back: a `:` inside a field, or a token past the length limit.
    let (tenant, employee) = (get(1), get(2));
    let expires = number(get(3));
    let token = keys.sign(tenant, employee, expires);
    let signed = keys.verify(&token, now);
    let claims = LinkClaims {
        tenant: tenant.to_owned(),
        employee: employee.to_owned(),
        expires,
        purpose: Purpose::Personal,
    };
    if tenant.contains(':') || employee.contains(':') || token.len() > 512 {
        assert_eq!(signed, Err(LinkError::Malformed), "{token}");
    } else if now >= expires {
        assert_eq!(signed, Err(LinkError::Expired(claims.clone())));
    } else {
        assert_eq!(signed, Ok(claims.clone()));
        // A continue token never outlives the link and carries its expiry.
        let until = now.saturating_add(900);
        let cont = keys.sign_continue(&claims, until);
        if cont.len() <= 512 {
            let c = match keys.verify(&cont, now) {
                Ok(c) => c,
                Err(LinkError::Expired(c)) => c,
                Err(e) => panic!("continue token refused: {e:?}"),
            };
            assert_eq!(
                c.purpose,
                Purpose::Continue {
                    link_expires: expires
                }
            );
            assert_eq!(c.expires, until.min(expires));
            assert_eq!((c.tenant.as_str(), c.employee.as_str()), (tenant, employee));
        }
        // Another key set, without this key: refused by its id.
        let other = LinkKeys::single("k2", key(1)).expect("a valid key");
        assert_eq!(other.verify(&token, now), Err(LinkError::UnknownKey));
        // Same id, another secret: the signature fails.
        let stolen_id = LinkKeys::single("k1", key(2)).expect("a valid key");
        assert_eq!(stolen_id.verify(&token, now), Err(LinkError::BadSignature));
    }

    // Changing any one character never gives other claims.
    let pos = number(get(5)).unsigned_abs() as usize % token.len().max(1);
    let replacement = get(5).bytes().next().unwrap_or(b'A');
    let mut tampered = token.clone().into_bytes();
    if let Some(b) = tampered.get_mut(pos)
        && *b != replacement
    {
        *b = replacement;
        let tampered = String::from_utf8_lossy(&tampered);
        match keys.verify(&tampered, now) {
            Ok(c) | Err(LinkError::Expired(c)) => {
                assert_eq!(c, claims, "a changed token gave other claims: {tampered}")
            }
            Err(_) => {}
        }
    }

    // Key specifications: any text is parsed or refused, never a panic, and never echoed.
    let spec = get(6);
    match LinkKeys::parse(spec) {
        Ok(k) => {
            let id = k.signing_key_id();
            assert!(!id.is_empty() && id.len() <= 32, "{id:?}");
            let t = k.sign("t", "e", i64::MAX);
            assert!(k.verify(&t, 0).is_ok());
        }
        Err(KeyError::Format(shown)) => {
            // Only the id of the bad entry is shown, never its secret.
            assert!(shown == "…" || shown.ends_with(":…"), "{shown:?}");
        }
        Err(_) => {}
    }
    LinksOutcome { raw, signed }
}

/// What `branding` saw: the form's validation and the logo check.
#[derive(Debug)]
pub struct BrandingOutcome {
    pub form: Result<Branding, Vec<branding::FieldError>>,
    pub logo: Result<LogoFormat, LogoError>,
}

/// Target `branding`: the form's fields (display name, colour, intro, support email, page,
/// phone, hours); the whole input is also checked as an uploaded logo.
pub fn branding(data: &[u8]) -> BrandingOutcome {
    let f = fields(data, 7);
    let get = |i: usize| f.get(i).cloned().unwrap_or_default();
    let form = BrandingForm {
        display_name: get(0),
        primary_color: get(1),
        intro: get(2),
        support_email: get(3),
        support_url: get(4),
        support_phone: get(5),
        support_hours: get(6),
    };
    let result = form.validate(Some("image/png".into()));
    match &result {
        Ok(b) => {
            assert!(!b.display_name.is_empty());
            assert_eq!(b.display_name, b.display_name.trim());
            assert!(b.display_name.chars().count() <= branding::MAX_DISPLAY_NAME);
            if let Some(c) = &b.primary_color {
                let rgb = Rgb::parse(c).expect("a stored colour parses");
                assert_eq!(&rgb.to_string(), c, "stored colours are #rrggbb");
                assert!(rgb.contrast(TEXT_ON_PRIMARY) >= MIN_CONTRAST, "{c}");
            }
            if let Some(e) = &b.support.email {
                assert!(branding::is_plausible_email(e));
            }
            if let Some(u) = &b.support.url {
                assert!(branding::is_web_url(u));
            }
            // Stored branding, opened in the form again, validates to itself.
            let again = BrandingForm::from_branding(b).validate(b.logo_type.clone());
            assert_eq!(again.as_ref(), Ok(b), "saving twice changed the branding");
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            let mut seen = std::collections::HashSet::new();
            for e in errors {
                assert!(seen.insert(e.field), "{} reported twice", e.field);
                assert!(e.key.starts_with("branding-error-"), "{e:?}");
                if let Some((_, s)) = e.args.iter().find(|(k, _)| *k == "suggestion") {
                    let s = Rgb::parse(s).expect("the suggestion is a colour");
                    assert!(s.contrast(TEXT_ON_PRIMARY) >= MIN_CONTRAST);
                }
            }
        }
    }
    if let Some(rgb) = Rgb::parse(&form.primary_color) {
        assert_eq!(Rgb::parse(&rgb.to_string()), Some(rgb));
        let css = branding::brand_css(rgb, ":root");
        for (i, part) in css.split("--brand:").skip(1).enumerate() {
            let c = Rgb::parse(part.get(..7).expect("a colour")).expect("a colour");
            let surface = if i == 0 {
                branding::LIGHT_SURFACE
            } else {
                branding::DARK_SURFACE
            };
            assert!(c.contrast(surface) >= MIN_CONTRAST, "{css}");
        }
    }

    let logo = branding::check_logo(data);
    match &logo {
        Ok(_) => assert!(data.len() <= branding::LOGO_MAX_BYTES),
        Err(LogoError::Empty) => assert!(data.is_empty()),
        Err(LogoError::TooLarge { bytes }) => assert!(*bytes > branding::LOGO_MAX_BYTES),
        Err(LogoError::Dimensions { width, height }) => {
            let ok = |s: &u32| (branding::LOGO_MIN_SIDE..=branding::LOGO_MAX_SIDE).contains(s);
            assert!(!ok(width) || !ok(height));
        }
        Err(_) => {}
    }
    if let Err(e) = &logo {
        assert!(e.message().0.starts_with("logo-error-"));
    }
    BrandingOutcome { form: result, logo }
}

/// Target `entra_policy`: Graph's passkey (FIDO2) method policy as JSON, then up to four group
/// ids (NUL-separated) a person is in. Whatever the policy says, the guide's policy for them
/// must be one the chooser can trust.
pub fn entra_policy(data: &[u8]) -> Option<(Fido2Config, Policy)> {
    let parts = fields(data, 6);
    let config = Fido2Config::parse(parts.first()?.as_bytes()).ok()?;
    let groups: std::collections::BTreeSet<&str> =
        parts.iter().skip(1).map(String::as_str).collect();
    let policy = config.policy_for(&groups);
    for p in [policy, config.default_policy()] {
        // Synced passkeys carry no attestation; Entra passkeys on Windows need it off.
        assert!(!(p.attestation_enforced && p.synced_allowed), "{p:?}");
        assert!(
            !(p.attestation_enforced && p.authenticators.windows_hello),
            "{p:?}"
        );
    }
    if !config.enabled() || !config.self_service() {
        assert_eq!(policy, NO_PASSKEYS);
    }
    // Exclusion wins: anyone in an excluded group gets nothing.
    if config
        .exclude_targets
        .iter()
        .any(|t| t.id == "all_users" || groups.contains(t.id.as_str()))
    {
        assert_eq!(policy, NO_PASSKEYS);
    }
    // Being in one more group never takes anything away (unless that group is excluded).
    if let Some(extra) = config.include_targets.first().map(|t| t.id.as_str())
        && !config.exclude_targets.iter().any(|t| t.id == extra)
    {
        let mut more = groups.clone();
        more.insert(extra);
        let wider = config.policy_for(&more);
        if policy != NO_PASSKEYS {
            assert!(
                wider.synced_allowed || !policy.synced_allowed,
                "{policy:?} {wider:?}"
            );
            let (a, b) = (policy.authenticators, wider.authenticators);
            assert!(b.microsoft_authenticator || !a.microsoft_authenticator);
            assert!(b.windows_hello || !a.windows_hello);
            assert!(b.security_keys || !a.security_keys);
        }
    }
    let _ = config.warnings(&parts.iter().skip(1).cloned().collect::<Vec<_>>());
    Some((config, policy))
}
