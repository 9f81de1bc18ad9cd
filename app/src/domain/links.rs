//! Personal links: a token naming a tenant and an employee, with an expiry, signed with
//! HMAC-SHA256. Keys carry an id so old keys keep verifying during a rotation while only the
//! newest one signs.
//!
//! Token: `base64url(payload) "." base64url(mac)`, payload `v1:{key id}:{tenant}:{employee}:{expiry}`
//! with the expiry in Unix seconds. The payload is readable, so it carries the employee's
//! random reference, never their address.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// Keys shorter than this are refused: HMAC-SHA256 wants 256 bits of secret.
pub const MIN_KEY_BYTES: usize = 32;
const VERSION: &str = "v1";
/// Tokens longer than this are not even decoded.
const MAX_TOKEN: usize = 512;

#[derive(Clone)]
pub struct LinkKey {
    pub id: String,
    secret: Vec<u8>,
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
    #[error("no link keys given")]
    None,
    #[error("link key {0:?} is not `id:base64-secret`")]
    Format(String),
    #[error("link key id {0:?} may only use letters, digits, `-` and `_`")]
    Id(String),
    #[error("link key {0:?} is shorter than {MIN_KEY_BYTES} bytes")]
    Short(String),
    #[error("link key id {0:?} is given twice")]
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
            keys.push(LinkKey {
                id: id.to_owned(),
                secret: bytes,
            });
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
            keys: vec![LinkKey {
                id: id.to_owned(),
                secret,
            }],
        })
    }

    pub fn signing_key_id(&self) -> &str {
        &self.keys[0].id
    }

    fn mac(key: &LinkKey, payload: &[u8]) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&key.secret)
            .expect("HMAC takes any key length");
        mac.update(payload);
        mac
    }

    /// Signs a link for `employee` of `tenant`, valid until `expires` (Unix seconds).
    pub fn sign(&self, tenant: &str, employee: &str, expires: i64) -> String {
        let key = &self.keys[0];
        let payload = format!("{VERSION}:{}:{tenant}:{employee}:{expires}", key.id);
        let tag = Self::mac(key, payload.as_bytes()).finalize().into_bytes();
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
        let mut parts = text.split(':');
        let (Some(VERSION), Some(kid), Some(tenant), Some(employee), Some(exp), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(LinkError::Malformed);
        };
        let key = self
            .keys
            .iter()
            .find(|k| k.id == kid)
            .ok_or(LinkError::UnknownKey)?;
        Self::mac(key, &payload)
            .verify_slice(&tag)
            .map_err(|_| LinkError::BadSignature)?;
        let expires: i64 = exp.parse().map_err(|_| LinkError::Malformed)?;
        let claims = LinkClaims {
            tenant: tenant.to_owned(),
            employee: employee.to_owned(),
            expires,
        };
        if now >= expires {
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
                expires: NOW + 60
            })
        );
        assert!(
            matches!(k.verify(&t, NOW + 60), Err(LinkError::Expired(c)) if c.employee == "abc123")
        );
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
