//! Personal links: a token naming a tenant and an employee, with an expiry, signed with
//! HMAC-SHA256. Keys carry an id so old keys keep verifying during a rotation while only the
//! newest one signs.
//!
//! Token: `base64url(payload) "." base64url(mac)`, payload `v1:{key id}:{tenant}:{employee}:{expiry}`
//! with the expiry in Unix seconds. The payload is readable, so it carries the employee's
//! random reference, never their address.
//!
//! A *continue* token (`c1:{key id}:{tenant}:{employee}:{expiry}:{link expiry}`) is derived
//! from a personal link to carry the same journey to another device through a QR code. It
//! lives minutes, not weeks, and carries the personal link's own expiry so the device that
//! opens it gets a link that ends when the original does, never later. The version prefix
//! is signed, so one kind of token can never be passed off as the other.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// Keys shorter than this are refused: HMAC-SHA256 wants 256 bits of secret.
pub const MIN_KEY_BYTES: usize = 32;
const VERSION: &str = "v1";
const CONTINUE_VERSION: &str = "c1";
/// Tokens longer than this are not even decoded.
const MAX_TOKEN: usize = 512;

#[derive(Clone)]
pub struct LinkKey {
    pub id: String,
    secret: Vec<u8>,
    /// HMAC-SHA256 keyed with `secret` and nothing hashed yet. Keying hashes the padded key
    /// twice, as much as a token's own MAC: done once here, each token clones it.
    keyed: Hmac<Sha256>,
}

impl LinkKey {
    fn new(id: &str, secret: Vec<u8>) -> LinkKey {
        LinkKey {
            id: id.to_owned(),
            keyed: <Hmac<Sha256> as KeyInit>::new_from_slice(&secret)
                .expect("HMAC takes any key length"),
            secret,
        }
    }
}

impl std::fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("no keys given")]
    None,
    #[error("key {0:?} is not `id:base64-secret`")]
    Format(String),
    #[error("key id {0:?} may only use letters, digits, `-` and `_`")]
    Id(String),
    #[error("key {0:?} is shorter than {MIN_KEY_BYTES} bytes")]
    Short(String),
    #[error("key id {0:?} is given twice")]
    Twice(String),
}

/// The keys in use: the first signs, all verify.
#[derive(Debug, Clone)]
pub struct LinkKeys {
    keys: Vec<LinkKey>,
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 32
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl LinkKeys {
    /// Parses `id:secret,id:secret,…` where each secret is base64 (standard or URL-safe).
    pub fn parse(spec: &str) -> Result<LinkKeys, KeyError> {
        let mut keys: Vec<LinkKey> = Vec::new();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (id, secret) = part
                .split_once(':')
                .ok_or_else(|| KeyError::Format(redact(part)))?;
            if !is_id(id) {
                return Err(KeyError::Id(id.to_owned()));
            }
            let secret = secret.trim_end_matches('=');
            let bytes = B64
                .decode(secret.replace('+', "-").replace('/', "_"))
                .map_err(|_| KeyError::Format(redact(part)))?;
            if bytes.len() < MIN_KEY_BYTES {
                return Err(KeyError::Short(id.to_owned()));
            }
            if keys.iter().any(|k| k.id == id) {
                return Err(KeyError::Twice(id.to_owned()));
            }
            keys.push(LinkKey::new(id, bytes));
        }
        if keys.is_empty() {
            return Err(KeyError::None);
        }
        Ok(LinkKeys { keys })
    }

    /// One key with the given secret, for development servers and tests.
    pub fn single(id: &str, secret: Vec<u8>) -> Result<LinkKeys, KeyError> {
        if !is_id(id) {
            return Err(KeyError::Id(id.to_owned()));
        }
        if secret.len() < MIN_KEY_BYTES {
            return Err(KeyError::Short(id.to_owned()));
        }
        Ok(LinkKeys {
            keys: vec![LinkKey::new(id, secret)],
        })
    }

    /// Every key as (id, secret), the newest first: the same `id:base64` list also holds the
    /// keys that encrypt stored credentials.
    pub fn secrets(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.keys
            .iter()
            .map(|k| (k.id.as_str(), k.secret.as_slice()))
    }

    pub fn signing_key_id(&self) -> &str {
        &self.keys[0].id
    }

    fn mac(key: &LinkKey, payload: &[u8]) -> Hmac<Sha256> {
        let mut mac = key.keyed.clone();
        mac.update(payload);
        mac
    }

    /// Signs a link for `employee` of `tenant`, valid until `expires` (Unix seconds).
    pub fn sign(&self, tenant: &str, employee: &str, expires: i64) -> String {
        self.sign_payload(&format!(
            "{VERSION}:{}:{tenant}:{employee}:{expires}",
            self.keys[0].id
        ))
    }

    /// Derives a short-lived token that continues `claims`' journey on another device. It
    /// expires at `expires` or with the personal link, whichever comes first.
    pub fn sign_continue(&self, claims: &LinkClaims, expires: i64) -> String {
        let link_expires = claims.link_expires();
        self.sign_payload(&format!(
            "{CONTINUE_VERSION}:{}:{}:{}:{}:{link_expires}",
            self.keys[0].id,
            claims.tenant,
            claims.employee,
            expires.min(link_expires),
        ))
    }

    fn sign_payload(&self, payload: &str) -> String {
        let tag = Self::mac(&self.keys[0], payload.as_bytes())
            .finalize()
            .into_bytes();
        format!("{}.{}", B64.encode(payload), B64.encode(tag))
    }

    /// Checks a token's signature, then its expiry against `now` (Unix seconds).
    pub fn verify(&self, token: &str, now: i64) -> Result<LinkClaims, LinkError> {
        if token.len() > MAX_TOKEN {
            return Err(LinkError::Malformed);
        }
        let (payload_b64, tag_b64) = token.split_once('.').ok_or(LinkError::Malformed)?;
        let payload = B64.decode(payload_b64).map_err(|_| LinkError::Malformed)?;
        let tag = B64.decode(tag_b64).map_err(|_| LinkError::Malformed)?;
        let text = std::str::from_utf8(&payload).map_err(|_| LinkError::Malformed)?;
        let parts: Vec<&str> = text.split(':').collect();
        let (kid, tenant, employee, exp, link_exp) = match parts.as_slice() {
            [VERSION, kid, tenant, employee, exp] => (*kid, *tenant, *employee, *exp, None),
            [CONTINUE_VERSION, kid, tenant, employee, exp, link_exp] => {
                (*kid, *tenant, *employee, *exp, Some(*link_exp))
            }
            _ => return Err(LinkError::Malformed),
        };
        let key = self
            .keys
            .iter()
            .find(|k| k.id == kid)
            .ok_or(LinkError::UnknownKey)?;
        Self::mac(key, &payload)
            .verify_slice(&tag)
            .map_err(|_| LinkError::BadSignature)?;
        let number = |s: &str| s.parse::<i64>().map_err(|_| LinkError::Malformed);
        let purpose = match link_exp {
            None => Purpose::Personal,
            Some(e) => Purpose::Continue {
                link_expires: number(e)?,
            },
        };
        let claims = LinkClaims {
            tenant: tenant.to_owned(),
            employee: employee.to_owned(),
            expires: number(exp)?,
            purpose,
        };
        if now >= claims.expires {
            return Err(LinkError::Expired(claims));
        }
        Ok(claims)
    }
}

fn redact(part: &str) -> String {
    part.split_once(':')
        .map_or_else(|| "…".to_owned(), |(id, _)| format!("{id}:…"))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkClaims {
    pub tenant: String,
    pub employee: String,
    pub expires: i64,
    pub purpose: Purpose,
}

/// What a token was issued for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The link in the rollout email (or the links export).
    Personal,
    /// A QR code's hand-over to another device; `link_expires` is when the personal link
    /// it came from ends.
    Continue { link_expires: i64 },
}

impl LinkClaims {
    /// When the personal link behind this token ends.
    pub fn link_expires(&self) -> i64 {
        match self.purpose {
            Purpose::Personal => self.expires,
            Purpose::Continue { link_expires } => link_expires,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a token at all, or cut short in a mail client.
    Malformed,
    /// Signed with a key that is no longer (or never was) accepted.
    UnknownKey,
    /// Changed after signing.
    BadSignature,
    /// Genuine but past its expiry; the claims say whose it was.
    Expired(LinkClaims),
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000;

    fn keys(spec: &str) -> LinkKeys {
        LinkKeys::parse(spec).unwrap()
    }

    fn secret(byte: u8) -> String {
        B64.encode([byte; 32])
    }

    #[test]
    fn signs_and_verifies() {
        let k = keys(&format!("k1:{}", secret(1)));
        let t = k.sign("contoso", "abc123", NOW + 60);
        assert_eq!(
            k.verify(&t, NOW),
            Ok(LinkClaims {
                tenant: "contoso".into(),
                employee: "abc123".into(),
                expires: NOW + 60,
                purpose: Purpose::Personal,
            })
        );
        assert!(
            matches!(k.verify(&t, NOW + 60), Err(LinkError::Expired(c)) if c.employee == "abc123")
        );
    }

    #[test]
    fn the_tag_is_hmac_sha256_of_the_payload_under_the_secret() {
        let k = keys(&format!("k1:{}", secret(7)));
        let t = k.sign("contoso", "abc123", NOW + 60);
        let (payload, tag) = t.split_once('.').unwrap();
        // Keyed afresh here, so a key state reused across tokens cannot hide a fault.
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&[7; 32]).unwrap();
        mac.update(&B64.decode(payload).unwrap());
        assert_eq!(
            B64.decode(tag).unwrap(),
            mac.finalize().into_bytes().to_vec()
        );
        // And twice over the same key state gives the same tag.
        assert_eq!(k.sign("contoso", "abc123", NOW + 60), t);
    }

    #[test]
    fn rotation_accepts_old_keys_and_signs_with_the_new_one() {
        let old = keys(&format!("2026a:{}", secret(1)));
        let rotated = keys(&format!("2026b:{},2026a:{}", secret(2), secret(1)));
        let retired = keys(&format!("2026b:{}", secret(2)));
        let t_old = old.sign("contoso", "e1", NOW + 60);
        assert!(rotated.verify(&t_old, NOW).is_ok());
        assert_eq!(retired.verify(&t_old, NOW), Err(LinkError::UnknownKey));
        let t_new = rotated.sign("contoso", "e1", NOW + 60);
        assert!(retired.verify(&t_new, NOW).is_ok());
    }

    #[test]
    fn tampering_is_detected() {
        let k = keys(&format!("k1:{}", secret(1)));
        let t = k.sign("contoso", "e1", NOW + 60);
        let (p, tag) = t.split_once('.').unwrap();
        let forged_payload = B64.encode(format!("v1:k1:fabrikam:e1:{}", NOW + 60));
        assert_eq!(
            k.verify(&format!("{forged_payload}.{tag}"), NOW),
            Err(LinkError::BadSignature)
        );
        let other = keys(&format!("k1:{}", secret(9)));
        assert_eq!(
            other.verify(&t, NOW),
            Err(LinkError::BadSignature),
            "same key id, different secret"
        );
        for bad in [
            "",
            ".",
            "abc",
            &format!("{p}."),
            &format!("{p}.!!"),
            &"a".repeat(600),
        ] {
            assert!(k.verify(bad, NOW).is_err(), "{bad}");
        }
        assert_eq!(
            k.verify(&t[..t.len() - 3], NOW),
            Err(LinkError::BadSignature)
        );
    }

    #[test]
    fn continue_tokens_are_short_lived_and_never_outlive_the_link() {
        let k = keys(&format!("k1:{}", secret(1)));
        let link = k.verify(&k.sign("contoso", "e1", NOW + 3600), NOW).unwrap();
        let c = k.sign_continue(&link, NOW + 900);
        let claims = k.verify(&c, NOW).unwrap();
        assert_eq!(claims.employee, "e1");
        assert_eq!(claims.expires, NOW + 900);
        assert_eq!(
            claims.purpose,
            Purpose::Continue {
                link_expires: NOW + 3600
            }
        );
        assert!(matches!(
            k.verify(&c, NOW + 900),
            Err(LinkError::Expired(_))
        ));
        // Derived again from the derived token: still bound to the original expiry.
        let again = k.sign_continue(&claims, NOW + 7200);
        let again = k.verify(&again, NOW).unwrap();
        assert_eq!(again.expires, NOW + 3600);
        assert_eq!(again.link_expires(), NOW + 3600);
    }

    #[test]
    fn a_continue_token_cannot_pass_for_a_personal_link() {
        let k = keys(&format!("k1:{}", secret(1)));
        let link = k.verify(&k.sign("contoso", "e1", NOW + 3600), NOW).unwrap();
        let c = k.sign_continue(&link, NOW + 900);
        let (p, tag) = c.split_once('.').unwrap();
        let payload = String::from_utf8(B64.decode(p).unwrap()).unwrap();
        // Re-labelled as a personal link with a long expiry: the signature no longer fits.
        let forged = payload.replacen("c1:", "v1:", 1);
        let forged = forged.rsplit_once(':').unwrap().0.to_owned();
        assert_eq!(
            k.verify(&format!("{}.{tag}", B64.encode(forged)), NOW),
            Err(LinkError::BadSignature)
        );
        // A continue payload with an extra or missing field is malformed, not a 500.
        for bad in [
            format!("{payload}:1"),
            payload.rsplit_once(':').unwrap().0.to_owned() + ":x",
        ] {
            assert!(
                k.verify(&format!("{}.{tag}", B64.encode(bad)), NOW)
                    .is_err()
            );
        }
    }

    #[test]
    fn bad_key_specs_are_refused_without_echoing_secrets() {
        assert_eq!(LinkKeys::parse("").unwrap_err(), KeyError::None);
        assert_eq!(
            LinkKeys::parse(&format!("k1:{}", B64.encode([1; 16]))).unwrap_err(),
            KeyError::Short("k1".into())
        );
        let e = LinkKeys::parse("k1:not base64!!").unwrap_err();
        assert!(!e.to_string().contains("base64!!"), "{e}");
        assert_eq!(
            LinkKeys::parse(&format!("a b:{}", secret(1))).unwrap_err(),
            KeyError::Id("a b".into())
        );
        assert_eq!(
            LinkKeys::parse(&format!("k:{},k:{}", secret(1), secret(2))).unwrap_err(),
            KeyError::Twice("k".into())
        );
        // Standard base64 with padding is accepted too.
        let std = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
        assert!(LinkKeys::parse(&format!("k:{std}")).is_ok());
    }
}
