//! An app registration's credential: a client secret, or a certificate whose private key signs
//! a client assertion (graph-contracts §1.2: a JWT with `alg` PS256, `x5t#S256` the SHA-256
//! thumbprint of the certificate, `aud` the token endpoint, `iss` = `sub` = the client id).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ring::signature::{RSA_PSS_SHA256, RsaKeyPair};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use sha2::{Digest, Sha256};
use std::sync::Arc;

#[derive(Clone)]
pub enum Credential {
    Secret(String),
    Certificate(Arc<Certificate>),
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.kind())
    }
}

impl Credential {
    pub fn kind(&self) -> &'static str {
        match self {
            Credential::Secret(_) => "secret",
            Credential::Certificate(_) => "certificate",
        }
    }
}

pub struct Certificate {
    key: RsaKeyPair,
    /// Base64url SHA-256 of the certificate's DER.
    thumbprint: String,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CertificateError {
    #[error("the file holds no CERTIFICATE block")]
    NoCertificate,
    #[error("the file holds no private key (PRIVATE KEY or RSA PRIVATE KEY block)")]
    NoKey,
    #[error("the private key is not an RSA key of 2048 bits or more: {0}")]
    Key(String),
}

impl Certificate {
    /// Reads a PEM file holding the certificate registered on the app and its private key.
    pub fn from_pem(pem: &[u8]) -> Result<Certificate, CertificateError> {
        let cert = CertificateDer::pem_slice_iter(pem)
            .next()
            .and_then(Result::ok)
            .ok_or(CertificateError::NoCertificate)?;
        let key = PrivateKeyDer::from_pem_slice(pem).map_err(|_| CertificateError::NoKey)?;
        let key = match &key {
            PrivateKeyDer::Pkcs8(k) => RsaKeyPair::from_pkcs8(k.secret_pkcs8_der()),
            PrivateKeyDer::Pkcs1(k) => RsaKeyPair::from_der(k.secret_pkcs1_der()),
            _ => return Err(CertificateError::Key("not RSA".into())),
        }
        .map_err(|e| CertificateError::Key(e.to_string()))?;
        Ok(Certificate {
            key,
            thumbprint: B64.encode(Sha256::digest(cert.as_ref())),
        })
    }

    /// A signed client assertion for `token_url`, valid for five minutes.
    pub fn assertion(&self, client_id: &str, token_url: &str, now_s: i64) -> String {
        let header = serde_json::json!({"alg": "PS256", "typ": "JWT", "x5t#S256": self.thumbprint});
        let jti: [u8; 16] = rand::random();
        let claims = serde_json::json!({
            "aud": token_url,
            "iss": client_id,
            "sub": client_id,
            "jti": B64.encode(jti),
            "iat": now_s,
            "nbf": now_s,
            "exp": now_s + 300,
        });
        let signing_input = format!(
            "{}.{}",
            B64.encode(header.to_string()),
            B64.encode(claims.to_string())
        );
        let mut signature = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(
                &RSA_PSS_SHA256,
                &ring::rand::SystemRandom::new(),
                signing_input.as_bytes(),
                &mut signature,
            )
            .expect("signing with a valid RSA key");
        format!("{signing_input}.{}", B64.encode(signature))
    }
}

/// The application permissions (`roles`) an app-only access token carries: what admin consent
/// granted. Read without checking the signature, only to explain a refusal; Graph checks it.
pub fn token_roles(access_token: &str) -> Option<Vec<String>> {
    let payload = access_token.split('.').nth(1)?;
    let json: serde_json::Value = serde_json::from_slice(&B64.decode(payload).ok()?).ok()?;
    Some(
        json.get("roles")?
            .as_array()?
            .iter()
            .filter_map(|r| r.as_str().map(str::to_owned))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_a_key_or_certificate_says_which() {
        assert_eq!(
            Certificate::from_pem(b"nothing").err(),
            Some(CertificateError::NoCertificate)
        );
        let only_cert = include_bytes!("../../tests/fixtures/graph-app-cert.pem");
        assert_eq!(
            Certificate::from_pem(only_cert).err(),
            Some(CertificateError::NoKey)
        );
    }

    #[test]
    fn the_assertion_is_a_ps256_jwt_for_the_token_endpoint() {
        let pem = include_bytes!("../../tests/fixtures/graph-app.pem");
        let c = Certificate::from_pem(pem).unwrap();
        let jwt = c.assertion("client", "https://login.example/t/oauth2/v2.0/token", 1000);
        let parts: Vec<&str> = jwt.split('.').collect();
        assert_eq!(parts.len(), 3);
        let header: serde_json::Value =
            serde_json::from_slice(&B64.decode(parts[0]).unwrap()).unwrap();
        assert_eq!(header["alg"], "PS256");
        assert_eq!(header["x5t#S256"].as_str().unwrap().len(), 43);
        let claims: serde_json::Value =
            serde_json::from_slice(&B64.decode(parts[1]).unwrap()).unwrap();
        assert_eq!(claims["iss"], "client");
        assert_eq!(claims["sub"], "client");
        assert_eq!(claims["exp"], 1300);
        assert_eq!(claims["aud"], "https://login.example/t/oauth2/v2.0/token");
    }

    #[test]
    fn roles_come_from_the_token_payload() {
        let payload = B64.encode(r#"{"roles":["User.Read.All","AuditLog.Read.All"]}"#);
        assert_eq!(
            token_roles(&format!("h.{payload}.s")).unwrap(),
            ["User.Read.All", "AuditLog.Read.All"]
        );
        assert_eq!(token_roles("opaque"), None);
    }
}
