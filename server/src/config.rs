//! Command line and environment configuration. Every option can be given as a flag or as the
//! environment variable named beside it; secrets are only ever read from there.

use app::domain::Policy;
use app::domain::links::LinkKeys;
use app::domain::tenant::Role;
use app::security::{DEFAULT_SECURITY_INFO_URL, is_allowed_security_info_url};
use clap::{Args, Parser, Subcommand, ValueEnum};
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
    /// Create tenants and set their passkey policy.
    #[command(subcommand)]
    Tenant(TenantCommand),
    /// Create admin accounts.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Import employees.
    #[command(subcommand)]
    Roster(RosterCommand),
    /// Export personal links for the rollout mail merge.
    #[command(subcommand)]
    Links(LinksCommand),
    /// Learn who has a passkey registered in Entra ID.
    #[command(subcommand)]
    Registration(RegistrationCommand),
    /// Plan and send the reminders to employees without a passkey.
    #[command(subcommand)]
    Reminders(RemindersCommand),
    /// Connect a tenant to its Entra ID directory, test the connection, and sync from it.
    #[command(subcommand)]
    Entra(EntraCommand),
    /// How a tenant's mail is sent.
    #[command(subcommand)]
    Mail(MailCommand),
    /// Personal data: how long it is kept, erasing one employee, exporting their data.
    #[command(subcommand)]
    Privacy(PrivacyCommand),
}

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// Set how many days journey data is kept after an employee registered or left (180
    /// unless set).
    Retention {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        days: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Apply the tenant's retention now (the server does it daily).
    Apply {
        #[arg(long)]
        tenant: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Erase one employee and everything that names them. Cannot be undone.
    Erase {
        #[arg(long)]
        tenant: String,
        /// Their email address or principal name.
        #[arg(long)]
        employee: String,
        /// Confirms the erasure (without it, nothing is erased).
        #[arg(long)]
        yes: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Write everything kept about one employee as JSON (a subject-access request).
    Export {
        #[arg(long)]
        tenant: String,
        /// Their email address or principal name.
        #[arg(long)]
        employee: String,
        /// The file to write (standard output when not given).
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum RemindersCommand {
    /// Announce a wave: send the announcement (the first email, with each employee's personal
    /// link) to a cohort not yet announced, now or at `--at`; reminders count from each
    /// employee's own announcement. Without a selector: everyone not yet announced.
    Announce {
        #[arg(long)]
        tenant: String,
        /// Only the employees of this department.
        #[arg(long, group = "cohort")]
        department: Option<String>,
        /// Only the members of this Entra group (object id; read from Entra when the wave goes).
        #[arg(long, group = "cohort")]
        group: Option<String>,
        /// Only the addresses in this CSV file (an `email` column, or one address a line).
        #[arg(long, group = "cohort")]
        file: Option<std::path::PathBuf>,
        /// Send at this time instead of now (RFC 3339); the running server sends it.
        #[arg(long, value_parser = parse_timestamp)]
        at: Option<jiff::Timestamp>,
        /// Only list who would get it.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        db: DbArgs,
        #[command(flatten)]
        links: LinkArgs,
        #[command(flatten)]
        mail: MailArgs,
        #[command(flatten)]
        entra: EntraArgs,
    },
    /// Decide who is due which reminder now and queue (and, with an SMTP server, send) them.
    Run {
        #[arg(long)]
        tenant: String,
        /// Only print who would get which reminder and why.
        #[arg(long)]
        dry_run: bool,
        /// Plan as if it were this time (RFC 3339, e.g. 2026-12-01T09:00:00Z).
        #[arg(long, value_parser = parse_timestamp)]
        now: Option<jiff::Timestamp>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
        #[command(flatten)]
        db: DbArgs,
        #[command(flatten)]
        links: LinkArgs,
        #[command(flatten)]
        mail: MailArgs,
        #[command(flatten)]
        entra: EntraArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Choose how a tenant's mail leaves: Microsoft Graph sendMail from one of its mailboxes
    /// (through its Entra connection, with the Mail.Send application permission), or its own
    /// SMTP server (the URL is stored encrypted with PASSKEY_GUIDE_DATA_KEY).
    Transport {
        #[arg(long)]
        tenant: String,
        /// Send with Microsoft Graph as the mailbox `--from`.
        #[arg(long, conflicts_with = "smtp", requires = "from")]
        graph: bool,
        /// Send through this SMTP server (smtp://, smtp://…?tls=required or smtps://).
        #[arg(long, required_unless_present = "graph", hide_env_values = true)]
        smtp: Option<String>,
        /// The From address (for SMTP, PASSKEY_GUIDE_MAIL_FROM when not given).
        #[arg(long)]
        from: Option<String>,
        /// Where replies go, e.g. the service desk.
        #[arg(long)]
        reply_to: Option<String>,
        #[command(flatten)]
        db: DbArgs,
        #[command(flatten)]
        mail: MailArgs,
        #[command(flatten)]
        entra: EntraArgs,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Csv,
}

fn parse_timestamp(s: &str) -> Result<jiff::Timestamp, String> {
    s.parse()
        .map_err(|e| format!("{s:?} is not an RFC 3339 time like 2026-12-01T09:00:00Z: {e}"))
}

impl Default for Command {
    fn default() -> Self {
        Command::Serve(ServeArgs::parse_from(["serve"]))
    }
}

#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    /// Create a tenant; its guide is served under /t/SLUG/.
    Create {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Change a tenant's passkey policy. Options not given keep their current value.
    Policy {
        #[arg(long)]
        slug: String,
        /// Allow device-bound passkeys only.
        #[arg(long, conflicts_with = "synced_allowed")]
        device_bound_only: bool,
        /// Allow synced passkeys too (turns attestation off).
        #[arg(long, conflicts_with = "attestation")]
        synced_allowed: bool,
        /// Enforce attestation (implies device-bound only).
        #[arg(long)]
        attestation: bool,
        /// The Security info address to hand off to (Microsoft sign-in hosts only).
        #[arg(long, value_parser = parse_security_info_url)]
        security_info_url: Option<String>,
        /// Offer Windows Hello: turn it on only where a passkey profile in Entra allows the
        /// Windows Hello AAGUIDs without enforcing attestation (off for new tenants).
        #[arg(long, value_enum)]
        windows_hello: Option<Toggle>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Set up "Sign in with Microsoft" for a tenant's console: its Entra tenant (GUID) and the
    /// app registration's client id. The client secret is read from
    /// PASSKEY_GUIDE_SSO_CLIENT_SECRET; or give --certificate; with neither, the tenant's
    /// Entra connection's credential is used (when it is the same app registration).
    Sso {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        entra_tenant_id: Option<String>,
        #[arg(long)]
        client_id: Option<String>,
        /// A PEM file with the certificate registered on the app and its private key.
        #[arg(long)]
        certificate: Option<PathBuf>,
        /// The app role values that stand for the console's roles.
        #[arg(long, default_value = "Owner")]
        role_owner: String,
        #[arg(long, default_value = "Admin")]
        role_admin: String,
        #[arg(long, default_value = "Helpdesk")]
        role_helpdesk: String,
        /// Refuse local passwords for this tenant (break-glass passkeys still work).
        #[arg(long, value_enum)]
        entra_only: Option<Toggle>,
        #[command(flatten)]
        entra: EntraArgs,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Toggle {
    On,
    Off,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an admin account (or reset its password) with a role in a tenant. The password
    /// is read from standard input.
    Create {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        email: String,
        #[arg(long, value_enum, default_value_t = RoleArg::Admin)]
        role: RoleArg,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Create an operator account (or make an account one, setting its password): operators
    /// stand above tenants and create them in the console. The password is read from
    /// standard input.
    Operator {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum RoleArg {
    Owner,
    Admin,
    Helpdesk,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Owner => Role::Owner,
            RoleArg::Admin => Role::Admin,
            RoleArg::Helpdesk => Role::Helpdesk,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum RosterCommand {
    /// Import (insert or update) employees from a CSV file.
    Import {
        #[arg(long)]
        tenant: String,
        file: PathBuf,
        /// No progress bar (it is also hidden when standard error is not a terminal).
        #[arg(long)]
        quiet: bool,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum LinksCommand {
    /// Write every employee's personal link to a CSV file.
    Export {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        out: PathBuf,
        /// Record everyone exported as announced (their reminders count from now): for a
        /// mail merge that sends these links now. Without it, exporting announces no one.
        #[arg(long)]
        announce: bool,
        #[command(flatten)]
        db: DbArgs,
        #[command(flatten)]
        links: LinkArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum RegistrationCommand {
    /// Import the Entra portal's user registration details CSV export.
    Import {
        #[arg(long)]
        tenant: String,
        file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Read the userRegistrationDetails report from Microsoft Graph with an app registration's
    /// client credentials (application permission AuditLog.Read.All).
    Sync {
        #[arg(long)]
        tenant: String,
        #[command(flatten)]
        graph: GraphArgs,
        #[command(flatten)]
        db: DbArgs,
    },
}

/// Where Microsoft lives: the identity platform and Graph (tests point both at a local server).
#[derive(Debug, Clone, Args)]
pub struct MicrosoftUrls {
    #[arg(
        long = "graph-login-url",
        env = "PASSKEY_GUIDE_GRAPH_LOGIN_URL",
        default_value = "https://login.microsoftonline.com"
    )]
    pub login_url: String,
    #[arg(
        long = "graph-url",
        env = "PASSKEY_GUIDE_GRAPH_URL",
        default_value = "https://graph.microsoft.com"
    )]
    pub graph_url: String,
}

/// Where Microsoft lives, and the key that encrypts stored Entra credentials.
#[derive(Debug, Clone, Args)]
pub struct EntraArgs {
    /// Keys that encrypt stored credentials: `id:base64secret[,id:base64secret…]`, newest
    /// first (the newest encrypts, all decrypt; a sync re-encrypts under the newest). Each
    /// secret at least 32 random bytes (`openssl rand -base64 32`).
    #[arg(long, env = "PASSKEY_GUIDE_DATA_KEY", hide_env_values = true)]
    pub data_key: Option<String>,
    #[command(flatten)]
    pub urls: MicrosoftUrls,
    /// Retries of a throttled Graph request before a sync gives up.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_MAX_RETRIES", default_value_t = 6)]
    pub graph_max_retries: u32,
}

impl EntraArgs {
    /// The settings; a data key that does not parse is an error, a missing one is not (the
    /// operations that need it say so).
    pub fn settings(&self) -> Result<crate::ops::entra::EntraSettings, crate::error::ServerError> {
        entra_settings(self.data_key.as_deref(), &self.urls, self.graph_max_retries)
    }
}

fn entra_settings(
    data_key: Option<&str>,
    urls: &MicrosoftUrls,
    max_retries: u32,
) -> Result<crate::ops::entra::EntraSettings, crate::error::ServerError> {
    let keys = match data_key.filter(|k| !k.trim().is_empty()) {
        Some(spec) => Some(std::sync::Arc::new(
            crate::secrets::DataKeys::parse(spec)
                .map_err(|e| crate::error::ServerError::Config(e.to_string()))?,
        )),
        None => None,
    };
    Ok(crate::ops::entra::EntraSettings {
        keys,
        login_url: urls.login_url.clone(),
        graph_url: urls.graph_url.clone(),
        max_retries,
        max_wait: std::time::Duration::from_secs(120),
    })
}

#[derive(Debug, Subcommand)]
pub enum EntraCommand {
    /// Connect a tenant to its Entra directory through an app registration. The client secret
    /// comes from PASSKEY_GUIDE_GRAPH_CLIENT_SECRET, or `--certificate` names a PEM file with
    /// the certificate and its private key; either is stored encrypted and never shown again.
    Connect {
        #[arg(long)]
        tenant: String,
        /// The directory (tenant) id, or a verified domain.
        #[arg(long)]
        entra_tenant_id: String,
        /// The app registration's Application (client) ID.
        #[arg(long)]
        client_id: String,
        /// A rollout group's object id; repeat for several. Their transitive members are the
        /// roster.
        #[arg(long = "group", required = true)]
        groups: Vec<String>,
        #[arg(long)]
        certificate: Option<PathBuf>,
        #[arg(long, default_value_t = 360)]
        sync_every_minutes: i64,
        /// Days of sign-in logs read for passkey usage (Entra keeps 30 at most).
        #[arg(long, default_value_t = 30)]
        usage_days: i64,
        /// Days a leaver's data is kept before it is erased.
        #[arg(long, default_value_t = 30)]
        leaver_retention_days: i64,
        #[command(flatten)]
        entra: EntraArgs,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Remove a tenant's connection (the roster stays).
    Disconnect {
        #[arg(long)]
        tenant: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Try every read the sync makes and say, permission by permission, what works.
    Test {
        #[arg(long)]
        tenant: String,
        #[command(flatten)]
        entra: EntraArgs,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Sync now: roster, passkey policy, registration details and passkey usage.
    Sync {
        #[arg(long)]
        tenant: String,
        /// Read everything and say what would change, changing nothing.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        entra: EntraArgs,
        #[command(flatten)]
        db: DbArgs,
    },
}

/// Scheduled Graph sync inside `serve`: off unless a tenant is named.
#[derive(Debug, Clone, Args)]
pub struct GraphSyncArgs {
    /// The tenant (slug) whose registration status `serve` reads from Microsoft Graph on a
    /// schedule, with the PASSKEY_GUIDE_GRAPH_* credentials.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_SYNC_TENANT")]
    pub graph_sync_tenant: Option<String>,
    /// Minutes between syncs (Graph's report itself lags by up to a few hours).
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_SYNC_MINUTES", default_value_t = 240, value_parser = clap::value_parser!(u64).range(15..=10_080))]
    pub graph_sync_minutes: u64,
    #[arg(long = "graph-tenant-id", env = "PASSKEY_GUIDE_GRAPH_TENANT_ID")]
    pub entra_tenant_id: Option<String>,
    #[arg(long = "graph-client-id", env = "PASSKEY_GUIDE_GRAPH_CLIENT_ID")]
    pub client_id: Option<String>,
    #[arg(skip = std::env::var("PASSKEY_GUIDE_GRAPH_CLIENT_SECRET").ok())]
    pub client_secret: Option<String>,
    #[command(flatten)]
    pub urls: MicrosoftUrls,
}

impl GraphSyncArgs {
    /// The tenant and settings when a sync is configured; an error names what is missing.
    pub fn configured(
        &self,
    ) -> Result<Option<(String, crate::graph::GraphSettings)>, crate::error::ServerError> {
        let Some(tenant) = &self.graph_sync_tenant else {
            return Ok(None);
        };
        let missing = |what: &str| {
            crate::error::ServerError::Config(format!(
                "PASSKEY_GUIDE_GRAPH_SYNC_TENANT is set but {what} is not"
            ))
        };
        Ok(Some((
            tenant.clone(),
            crate::graph::GraphSettings {
                entra_tenant_id: self
                    .entra_tenant_id
                    .clone()
                    .ok_or_else(|| missing("PASSKEY_GUIDE_GRAPH_TENANT_ID"))?,
                client_id: self
                    .client_id
                    .clone()
                    .ok_or_else(|| missing("PASSKEY_GUIDE_GRAPH_CLIENT_ID"))?,
                client_secret: self
                    .client_secret
                    .clone()
                    .ok_or_else(|| missing("PASSKEY_GUIDE_GRAPH_CLIENT_SECRET"))?,
                login_url: self.urls.login_url.clone(),
                graph_url: self.urls.graph_url.clone(),
                max_retries: 6,
                max_wait: std::time::Duration::from_secs(120),
            },
        )))
    }
}

#[derive(Debug, Clone, Args)]
pub struct GraphArgs {
    /// The Entra tenant (directory) id.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_TENANT_ID")]
    pub entra_tenant_id: String,
    /// The app registration's client id.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_CLIENT_ID")]
    pub client_id: String,
    /// The app registration's client secret (environment only).
    #[arg(env = "PASSKEY_GUIDE_GRAPH_CLIENT_SECRET", hide_env_values = true)]
    pub client_secret: String,
    #[arg(
        long,
        env = "PASSKEY_GUIDE_GRAPH_LOGIN_URL",
        default_value = "https://login.microsoftonline.com"
    )]
    pub login_url: String,
    #[arg(
        long,
        env = "PASSKEY_GUIDE_GRAPH_URL",
        default_value = "https://graph.microsoft.com"
    )]
    pub graph_url: String,
    /// Retries of a throttled request.
    #[arg(long, default_value_t = 6)]
    pub max_retries: u32,
    /// The longest wait for one retry, in seconds.
    #[arg(long, default_value_t = 120)]
    pub max_wait_secs: u64,
}

impl GraphArgs {
    pub fn settings(&self) -> crate::graph::GraphSettings {
        crate::graph::GraphSettings {
            entra_tenant_id: self.entra_tenant_id.clone(),
            client_id: self.client_id.clone(),
            client_secret: self.client_secret.clone(),
            login_url: self.login_url.clone(),
            graph_url: self.graph_url.clone(),
            max_retries: self.max_retries,
            max_wait: std::time::Duration::from_secs(self.max_wait_secs),
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum PassKeyPolicy {
    /// Synced passkeys (iCloud Keychain, Google Password Manager) and device-bound ones.
    SyncedAllowed,
    /// Device-bound passkeys only (Microsoft Authenticator, Windows Hello, security keys).
    DeviceBoundOnly,
}

#[derive(Debug, Clone, Args)]
pub struct DbArgs {
    /// Directory for the embedded SQLite database and other state.
    #[arg(long, env = "PASSKEY_GUIDE_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Database URL; defaults to a SQLite file in the data directory.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
}

impl DbArgs {
    pub fn database_url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("passkey-guide.db").display()
            )
        })
    }

    /// Connects (creating the data directory for the default SQLite file) and migrates.
    pub async fn connect(&self) -> Result<crate::store::Db, crate::error::ServerError> {
        if self.database_url.is_none() {
            std::fs::create_dir_all(&self.data_dir)?;
        }
        crate::store::connect(&self.database_url()).await
    }
}

#[derive(Debug, Clone, Args)]
pub struct MailArgs {
    /// The SMTP server mail is sent through: `smtp://host:25` (no TLS),
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://user:pass@host:465`
    /// (TLS). Without it, mail waits in the outbox until a server is configured.
    #[arg(long, env = "PASSKEY_GUIDE_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The sender of every message, e.g. `IT Service Desk <it@example.com>`.
    #[arg(
        long,
        env = "PASSKEY_GUIDE_MAIL_FROM",
        default_value = "passkey-guide <passkey-guide@localhost>"
    )]
    pub mail_from: String,
    /// Messages a minute one mailbox sends through Microsoft Graph. Exchange Online allows 30
    /// a minute per mailbox.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_MAIL_PER_MINUTE", default_value_t = crate::jobs::mail::EXCHANGE_PER_MINUTE,
        value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub graph_mail_per_minute: u32,
}

impl MailArgs {
    /// The sender's settings: the server's SMTP server, if any, and the Graph sending rate.
    pub fn settings(
        &self,
        entra: std::sync::Arc<crate::ops::entra::EntraSettings>,
    ) -> Result<crate::jobs::mail::MailSettings, crate::error::ServerError> {
        let smtp = self
            .smtp_url
            .as_deref()
            .map(|url| crate::jobs::mail::Mailer::new(url, &self.mail_from))
            .transpose()?;
        Ok(crate::jobs::mail::MailSettings::new(
            smtp,
            entra,
            self.graph_mail_per_minute,
        ))
    }
}

#[derive(Debug, Clone, Args)]
pub struct LinkArgs {
    /// Keys that sign personal links: `id:base64secret[,id:base64secret…]`, newest first. The
    /// first signs; all verify, so old links keep working during a rotation. Each secret must
    /// be at least 32 random bytes (`openssl rand -base64 32`).
    #[arg(long, env = "PASSKEY_GUIDE_LINK_KEYS", hide_env_values = true)]
    pub link_keys: Option<String>,
    /// The address employees reach this server at, for the links in exports and emails.
    #[arg(long, env = "PASSKEY_GUIDE_PUBLIC_URL", default_value = "http://127.0.0.1:3000", value_parser = parse_public_url)]
    pub public_url: String,
    /// How long a personal link stays valid.
    #[arg(long, env = "PASSKEY_GUIDE_LINK_TTL_DAYS", default_value_t = 60, value_parser = clap::value_parser!(i64).range(1..=366))]
    pub link_ttl_days: i64,
}

impl LinkArgs {
    /// The configured keys; `None` when none are configured.
    /// The link settings with these signing keys.
    pub fn settings(&self, keys: LinkKeys) -> crate::ops::links::LinkSettings {
        crate::ops::links::LinkSettings {
            keys,
            public_url: self.public_url.clone(),
            ttl_days: self.link_ttl_days,
        }
    }

    pub fn keys(&self) -> Result<Option<LinkKeys>, crate::error::ServerError> {
        self.link_keys
            .as_deref()
            .map(LinkKeys::parse)
            .transpose()
            .map_err(|e| crate::error::ServerError::Config(e.to_string()))
    }
}

#[derive(Debug, Clone, Parser)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub links: LinkArgs,
    #[command(flatten)]
    pub mail: MailArgs,
    #[command(flatten)]
    pub graph_sync: GraphSyncArgs,
    /// Keys that encrypt stored Entra credentials (see `entra connect --help`).
    #[arg(long, env = "PASSKEY_GUIDE_DATA_KEY", hide_env_values = true)]
    pub data_key: Option<String>,
    /// Which passkeys are allowed on the generic guide at `/` (tenants set their own).
    #[arg(long, env = "PASSKEY_GUIDE_POLICY", value_enum, default_value_t = PassKeyPolicy::SyncedAllowed)]
    pub policy: PassKeyPolicy,
    /// The generic guide enforces attestation (hides synced and unattested flows).
    #[arg(long, env = "PASSKEY_GUIDE_ATTESTATION")]
    pub attestation: bool,
    /// Where the generic guide's hand-off sends employees; only Microsoft sign-in hosts.
    #[arg(long, env = "PASSKEY_GUIDE_SECURITY_INFO_URL", default_value = DEFAULT_SECURITY_INFO_URL, value_parser = parse_security_info_url)]
    pub security_info_url: String,
    /// A tenant to serve at `/` (single-tenant installs).
    #[arg(long, env = "PASSKEY_GUIDE_DEFAULT_TENANT")]
    pub default_tenant: Option<String>,
    /// Mark cookies `Secure` (turn off only for plain-http development).
    #[arg(long, env = "PASSKEY_GUIDE_SECURE_COOKIES", default_value_t = true, action = clap::ArgAction::Set)]
    pub secure_cookies: bool,

    /// A bearer token Prometheus must send to read `/metrics`. Without it `/metrics` is open
    /// (it holds counts and tenant slugs, no personal data).
    #[arg(long, env = "PASSKEY_GUIDE_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,

    /// Addresses of reverse proxies or load balancers in front of the server (comma-separated).
    /// For requests from them, the client's address is read from `X-Forwarded-For`; without
    /// this, that header is ignored, since anyone can send it.
    #[arg(long, env = "PASSKEY_GUIDE_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// Memory for employee pages rendered once and served many times (MiB; 0 turns the page
    /// cache off).
    #[arg(long, env = "PASSKEY_GUIDE_PAGE_CACHE_MB", default_value_t = 64)]
    pub page_cache_mb: u64,

    /// How often each instance reads every tenant's settings and roster versions from the
    /// database (milliseconds): a change made on another instance reaches this one's caches
    /// within this time.
    #[arg(long, env = "PASSKEY_GUIDE_VERSION_POLL_MS", default_value_t = 100,
          value_parser = clap::value_parser!(u64).range(10..=10_000))]
    pub version_poll_ms: u64,
}

impl ServeArgs {
    /// Entra connections' settings: the data key, and Microsoft's addresses from the Graph
    /// settings.
    pub fn entra(&self) -> Result<crate::ops::entra::EntraSettings, crate::error::ServerError> {
        entra_settings(self.data_key.as_deref(), &self.graph_sync.urls, 6)
    }

    pub fn policy(&self) -> Policy {
        Policy {
            synced_allowed: self.policy == PassKeyPolicy::SyncedAllowed && !self.attestation,
            attestation_enforced: self.attestation,
            ..Policy::default()
        }
    }
}

fn parse_public_url(s: &str) -> Result<String, String> {
    let u = url::Url::parse(s).map_err(|e| format!("{s:?} is not a URL: {e}"))?;
    if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() || u.query().is_some() {
        return Err(format!("{s:?} must be an http(s) address without a query"));
    }
    Ok(s.trim_end_matches('/').to_owned())
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
    fn trusted_proxies_are_a_list_of_addresses() {
        let args = ServeArgs::parse_from(["serve", "--trusted-proxies", "10.0.0.1,::1"]);
        assert_eq!(
            args.trusted_proxies,
            [
                "10.0.0.1".parse::<std::net::IpAddr>().unwrap(),
                "::1".parse().unwrap()
            ]
        );
        assert!(ServeArgs::try_parse_from(["serve", "--trusted-proxies", "proxy.local"]).is_err());
        assert!(ServeArgs::parse_from(["serve"]).trusted_proxies.is_empty());
    }

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
