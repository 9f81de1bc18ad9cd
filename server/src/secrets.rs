//! Credentials at rest: AES-256-GCM under a key from `PASSKEY_GUIDE_DATA_KEY` (`id:base64`,
//! newest first, like the link keys). A sealed value names its key (`v1:{id}:{base64url(nonce
//! || ciphertext)}`), so older keys keep opening what they sealed while the newest seals, and
//! [`DataKeys::needs_reseal`] tells when to seal again under the newest.

use app::domain::links::LinkKeys;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::hkdf;

const VERSION: &str = "v1";
/// Binds the derived key to its use: a link key reused here still yields a different key.
const SALT: &[u8] = b"passkey-guide data key v1";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SecretError {
    #[error(
        "PASSKEY_GUIDE_DATA_KEY is not set: it encrypts stored credentials \
         (`id:base64`, at least 32 random bytes: `openssl rand -base64 32`)"
    )]
    NoKey,
    #[error("PASSKEY_GUIDE_DATA_KEY: {0}")]
    BadKey(String),
    #[error(
        "a stored credential is sealed with key {0:?}, which PASSKEY_GUIDE_DATA_KEY no longer holds"
    )]
    UnknownKey(String),
    #[error("a stored credential could not be opened (damaged, or sealed with another key)")]
    Damaged,
}

struct DataKey {
    id: String,
    key: LessSafeKey,
}

pub struct DataKeys {
    keys: Vec<DataKey>,
}

impl std::fmt::Debug for DataKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.keys.iter().map(|k| k.id.as_str()).collect();
        f.debug_struct("DataKeys").field("ids", &ids).finish()
    }
}

impl DataKeys {
    pub fn parse(spec: &str) -> Result<DataKeys, SecretError> {
        let list = LinkKeys::parse(spec).map_err(|e| SecretError::BadKey(e.to_string()))?;
        let salt = hkdf::Salt::new(hkdf::HKDF_SHA256, SALT);
        let keys = list
            .secrets()
            .map(|(id, secret)| {
                let mut bytes = [0u8; 32];
                salt.extract(secret)
                    .expand(&[b"credential"], &AES_256_GCM)
                    .and_then(|okm| okm.fill(&mut bytes))
                    .expect("32 bytes is a valid HKDF-SHA256 output");
                DataKey {
                    id: id.to_owned(),
                    key: LessSafeKey::new(
                        UnboundKey::new(&AES_256_GCM, &bytes).expect("a 32-byte AES key"),
                    ),
                }
            })
            .collect();
        Ok(DataKeys { keys })
    }

    /// The keys from the environment's value, or why there are none.
    pub fn from_setting(spec: Option<&str>) -> Result<DataKeys, SecretError> {
        Self::parse(
            spec.filter(|s| !s.trim().is_empty())
                .ok_or(SecretError::NoKey)?,
        )
    }

    /// Seals `plain` under the newest key. `context` (the tenant, say) must be given again to
    /// open it, so a sealed value copied to another row does not open there.
    pub fn seal(&self, plain: &str, context: &str) -> String {
        let k = &self.keys[0];
        let nonce_bytes: [u8; NONCE_LEN] = rand::random();
        let mut data = plain.as_bytes().to_vec();
        k.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce_bytes),
                Aad::from(context.as_bytes()),
                &mut data,
            )
            .expect("sealing fits in memory");
        let mut out = nonce_bytes.to_vec();
        out.extend(data);
        format!("{VERSION}:{}:{}", k.id, B64.encode(out))
    }

    pub fn open(&self, sealed: &str, context: &str) -> Result<String, SecretError> {
        let mut parts = sealed.splitn(3, ':');
        let (Some(VERSION), Some(id), Some(body)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(SecretError::Damaged);
        };
        let k = self
            .keys
            .iter()
            .find(|k| k.id == id)
            .ok_or_else(|| SecretError::UnknownKey(id.to_owned()))?;
        let bytes = B64.decode(body).map_err(|_| SecretError::Damaged)?;
        if bytes.len() < NONCE_LEN {
            return Err(SecretError::Damaged);
        }
        let (nonce, rest) = bytes.split_at(NONCE_LEN);
        let mut data = rest.to_vec();
        let plain = k
            .key
            .open_in_place(
                Nonce::try_assume_unique_for_key(nonce).map_err(|_| SecretError::Damaged)?,
                Aad::from(context.as_bytes()),
                &mut data,
            )
            .map_err(|_| SecretError::Damaged)?;
        String::from_utf8(plain.to_vec()).map_err(|_| SecretError::Damaged)
    }

    /// Whether `sealed` was sealed under an older key.
    pub fn needs_reseal(&self, sealed: &str) -> bool {
        sealed.split(':').nth(1) != Some(self.keys[0].id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "old:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    const NEW: &str = "new:ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    #[test]
    fn sealed_values_open_only_with_their_key_and_context() {
        let keys = DataKeys::parse(OLD).unwrap();
        let sealed = keys.seal("s3cret", "tenant-1");
        assert!(!sealed.contains("s3cret"));
        assert_ne!(
            sealed,
            keys.seal("s3cret", "tenant-1"),
            "a fresh nonce each time"
        );
        assert_eq!(keys.open(&sealed, "tenant-1").unwrap(), "s3cret");
        assert_eq!(keys.open(&sealed, "tenant-2"), Err(SecretError::Damaged));
        // One bit of the ciphertext flipped.
        let (head, body) = sealed.rsplit_once(':').unwrap();
        let mut bytes = B64.decode(body).unwrap();
        bytes[NONCE_LEN] ^= 1;
        let tampered = format!("{head}:{}", B64.encode(bytes));
        assert_eq!(keys.open(&tampered, "tenant-1"), Err(SecretError::Damaged));
    }

    #[test]
    fn rotation_keeps_old_values_readable_and_says_when_to_reseal() {
        let sealed = DataKeys::parse(OLD).unwrap().seal("s3cret", "t");
        let rotated = DataKeys::parse(&format!("{NEW},{OLD}")).unwrap();
        assert_eq!(rotated.open(&sealed, "t").unwrap(), "s3cret");
        assert!(rotated.needs_reseal(&sealed));
        assert!(!rotated.needs_reseal(&rotated.seal("s3cret", "t")));
        let dropped = DataKeys::parse(NEW).unwrap();
        assert_eq!(
            dropped.open(&sealed, "t"),
            Err(SecretError::UnknownKey("old".into()))
        );
    }

    #[test]
    fn a_missing_or_short_key_is_refused_with_the_reason() {
        assert_eq!(
            DataKeys::from_setting(None).unwrap_err(),
            SecretError::NoKey
        );
        let e = DataKeys::parse("k:c2hvcnQ=").unwrap_err();
        assert!(e.to_string().contains("shorter than 32 bytes"), "{e}");
    }
}
