//! Command line and environment configuration. Every option can be given as a flag or as the
//! environment variable named beside it; secrets are only ever read from there.

use app::domain::Policy;
use app::security::{DEFAULT_SECURITY_INFO_URL, is_allowed_security_info_url};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "passkey-guide",
    version,
    about = "Device-aware passkey registration guide for Microsoft Entra ID"
)]
pub struct Cli {
    /// Log output format.
    #[arg(long, env = "PASSKEY_GUIDE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the guide (the default when no command is given).
    Serve(ServeArgs),
}

impl Default for Command {
    fn default() -> Self {
        Command::Serve(ServeArgs::parse_from(["serve"]))
    }
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum PassKeyPolicy {
    /// Synced passkeys (iCloud Keychain, Google Password Manager) and device-bound ones.
    SyncedAllowed,
    /// Device-bound passkeys only (Microsoft Authenticator, Windows Hello, security keys).
    DeviceBoundOnly,
}

#[derive(Debug, Clone, Parser)]
pub struct ServeArgs {
    /// Directory for the embedded SQLite database and other state.
    #[arg(long, env = "PASSKEY_GUIDE_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Database URL; defaults to a SQLite file in the data directory.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Which passkeys the organisation allows.
    #[arg(long, env = "PASSKEY_GUIDE_POLICY", value_enum, default_value_t = PassKeyPolicy::SyncedAllowed)]
    pub policy: PassKeyPolicy,
    /// The organisation enforces attestation (hides synced and unattested flows).
    #[arg(long, env = "PASSKEY_GUIDE_ATTESTATION")]
    pub attestation: bool,
    /// Where the hand-off sends employees; only Microsoft sign-in hosts are accepted.
    #[arg(long, env = "PASSKEY_GUIDE_SECURITY_INFO_URL", default_value = DEFAULT_SECURITY_INFO_URL, value_parser = parse_security_info_url)]
    pub security_info_url: String,
    /// Mark cookies `Secure` (turn off only for plain-http development).
    #[arg(long, env = "PASSKEY_GUIDE_SECURE_COOKIES", default_value_t = true, action = clap::ArgAction::Set)]
    pub secure_cookies: bool,
}

impl ServeArgs {
    pub fn policy(&self) -> Policy {
        Policy {
            synced_allowed: self.policy == PassKeyPolicy::SyncedAllowed && !self.attestation,
            attestation_enforced: self.attestation,
            ..Policy::default()
        }
    }

    pub fn database_url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("passkey-guide.db").display()
            )
        })
    }
}

fn parse_security_info_url(s: &str) -> Result<String, String> {
    if is_allowed_security_info_url(s) {
        Ok(s.to_owned())
    } else {
        Err(format!(
            "{s:?} is not an https address on a Microsoft sign-in host ({})",
            app::security::SECURITY_INFO_HOSTS.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attestation_implies_device_bound() {
        let args = ServeArgs::parse_from(["serve", "--attestation"]);
        assert!(!args.policy().synced_allowed);
        assert!(args.policy().attestation_enforced);
    }

    #[test]
    fn hostile_security_info_urls_are_rejected_at_start() {
        let err = Cli::try_parse_from([
            "passkey-guide",
            "serve",
            "--security-info-url",
            "https://evil.example/",
        ]);
        assert!(err.is_err());
    }
}
