//! The command line's management commands: the same rules as the admin console, for scripts.

use crate::audit;
use crate::auth;
use crate::config::{
    AdminCommand, LinksCommand, RegistrationCommand, RosterCommand, TenantCommand,
};
use crate::config::{OutputFormat, RemindersCommand};
use crate::error::ServerError;
use crate::registration;
use crate::roster::{self, LinkMaker};
use crate::tenants::{self, PolicySettings};
use app::domain::roster::parse;
use app::i18n::Locale;
use std::io::{BufRead, IsTerminal};

fn tenant_not_found(slug: &str) -> ServerError {
    ServerError::Invalid(format!("no tenant with slug {slug:?}"))
}

pub async fn tenant(cmd: TenantCommand) -> Result<(), ServerError> {
    match cmd {
        TenantCommand::Create { slug, name, db } => {
            let db = db.connect().await?;
            let t = tenants::create(&db, &slug, &name).await?;
            let after = serde_json::json!({ "slug": t.slug, "name": t.name });
            audit::by_cli(&db, t.id, "tenant-created", after).await?;
            println!(
                "created tenant {} ({}); its guide is at /t/{}/",
                t.slug, t.name, t.slug
            );
        }
        TenantCommand::Policy {
            slug,
            device_bound_only,
            synced_allowed,
            attestation,
            security_info_url,
            db,
        } => {
            let db = db.connect().await?;
            let t = tenants::by_slug(&db, &slug)
                .await?
                .ok_or_else(|| tenant_not_found(&slug))?;
            let mut s = PolicySettings::from(&t);
            if device_bound_only || attestation {
                s.policy.synced_allowed = false;
            }
            if synced_allowed {
                s.policy.synced_allowed = true;
                s.policy.attestation_enforced = false;
            }
            if attestation {
                s.policy.attestation_enforced = true;
            }
            if let Some(url) = security_info_url {
                s.security_info_url = url;
            }
            tenants::set_policy(&db, t.id, &s).await?;
            let p = s.policy;
            println!(
                "tenant {slug}: synced passkeys {}, attestation {}",
                if p.synced_allowed {
                    "allowed"
                } else {
                    "not allowed"
                },
                if p.attestation_enforced {
                    "enforced"
                } else {
                    "not enforced"
                }
            );
        }
    }
    Ok(())
}

pub async fn admin(cmd: AdminCommand) -> Result<(), ServerError> {
    let AdminCommand::Create {
        tenant,
        email,
        role,
        db,
    } = cmd;
    let mut password = String::new();
    std::io::stdin().lock().read_line(&mut password)?;
    let password = password.trim_end_matches(['\r', '\n']);
    let db = db.connect().await?;
    auth::create_admin(&db, &tenant, &email, password, role.into()).await?;
    if let Some(t) = tenants::by_slug(&db, &tenant).await? {
        let role = app::domain::tenant::Role::from(role).id();
        let after = serde_json::json!({ "email": email, "role": role });
        audit::by_cli(&db, t.id, "admin-granted", after).await?;
    }
    println!(
        "{email} is now {} of {tenant}",
        app::domain::tenant::Role::from(role).id()
    );
    Ok(())
}

pub async fn roster(cmd: RosterCommand) -> Result<(), ServerError> {
    let RosterCommand::Import {
        tenant,
        file,
        quiet,
        db,
    } = cmd;
    let db = db.connect().await?;
    let t = tenants::by_slug(&db, &tenant)
        .await?
        .ok_or_else(|| tenant_not_found(&tenant))?;
    let f = std::fs::File::open(&file)
        .map_err(|e| ServerError::Invalid(format!("{}: {e}", file.display())))?;
    let size = f.metadata().map(|m| m.len()).unwrap_or(0);
    let show = !quiet && std::io::stderr().is_terminal();
    let bar = |len: u64, msg: &'static str| {
        let b = if show {
            indicatif::ProgressBar::new(len)
        } else {
            indicatif::ProgressBar::hidden()
        };
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{msg:>9} [{bar:40}] {percent:>3}% {eta}")
        {
            b.set_style(style.progress_chars("=> "));
        }
        b.set_message(msg);
        b
    };
    let reading = bar(size, "reading");
    let parsed = parse(
        std::io::BufReader::new(f),
        |l| Locale::best_match(l).map(|l| l.tag().to_owned()),
        |bytes| reading.set_position(bytes),
    )
    .map_err(|e| ServerError::Invalid(format!("{}: {e}", file.display())))?;
    reading.finish_and_clear();
    let writing = bar(parsed.rows.len() as u64, "importing");
    let summary =
        roster::import(&db, t.id, &parsed.rows, |n| writing.set_position(n as u64)).await?;
    writing.finish_and_clear();
    let after = serde_json::json!({
        "inserted": summary.inserted,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "skipped": parsed.bad.len(),
        "file": file.display().to_string(),
    });
    audit::by_cli(&db, t.id, "roster-imported", after).await?;
    for b in &parsed.bad {
        eprintln!("line {}: {}", b.line, describe(&b.problem));
    }
    for w in &parsed.language_warnings {
        eprintln!(
            "line {}: language {:?} is not available; imported without it",
            w.line, w.value
        );
    }
    println!(
        "{} added, {} updated, {} unchanged, {} not imported",
        summary.inserted,
        summary.updated,
        summary.unchanged,
        parsed.bad.len()
    );
    if parsed.bad.is_empty() {
        Ok(())
    } else {
        Err(ServerError::Invalid(format!(
            "rows not imported: {} (listed above)",
            parsed.bad.len()
        )))
    }
}

fn describe(p: &app::domain::roster::RowProblem) -> String {
    use app::domain::roster::RowProblem as P;
    match p {
        P::MissingEmail => "the email is missing".into(),
        P::InvalidEmail(e) => format!("{e:?} is not an email address"),
        P::MissingName => "the display name is missing".into(),
        P::TooLong(c) => format!(
            "the {c} is longer than {} characters",
            app::domain::roster::MAX_FIELD
        ),
        P::Duplicate { first_line } => {
            format!("the same email is already on line {first_line}; skipped")
        }
        P::Malformed(d) => format!("the row could not be read ({d})"),
    }
}

pub async fn links(cmd: LinksCommand) -> Result<(), ServerError> {
    let LinksCommand::Export {
        tenant,
        out,
        db,
        links,
    } = cmd;
    let keys = links.keys()?.ok_or_else(|| {
        ServerError::Config(
            "set PASSKEY_GUIDE_LINK_KEYS (or --link-keys): exported links must be signed with \
             the server's key"
                .into(),
        )
    })?;
    let db = db.connect().await?;
    let t = tenants::by_slug(&db, &tenant)
        .await?
        .ok_or_else(|| tenant_not_found(&tenant))?;
    let employees = roster::all(&db, t.id).await?;
    let maker = LinkMaker {
        keys: &keys,
        public_url: &links.public_url,
        ttl_days: links.link_ttl_days,
        now_s: crate::db::now_ms() / 1000,
    };
    let file = std::fs::File::create(&out)
        .map_err(|e| ServerError::Invalid(format!("{}: {e}", out.display())))?;
    roster::write_links_csv(std::io::BufWriter::new(file), &t, &employees, &maker)
        .map_err(|e| ServerError::Invalid(format!("{}: {e}", out.display())))?;
    let announced = roster::mark_announced(&db, t.id, crate::db::now_ms()).await?;
    let after = serde_json::json!({ "links": employees.len(), "newly-announced": announced });
    audit::by_cli(&db, t.id, "links-exported", after).await?;
    println!("wrote {} links to {}", employees.len(), out.display());
    Ok(())
}

pub async fn registration(cmd: RegistrationCommand) -> Result<(), ServerError> {
    match cmd {
        RegistrationCommand::Import { tenant, file, db } => {
            let db = db.connect().await?;
            let t = tenants::by_slug(&db, &tenant)
                .await?
                .ok_or_else(|| tenant_not_found(&tenant))?;
            let bytes = std::fs::read(&file)
                .map_err(|e| ServerError::Invalid(format!("{}: {e}", file.display())))?;
            let parsed = app::domain::registration::parse_csv(&bytes)
                .map_err(|e| ServerError::Invalid(format!("{}: {e}", file.display())))?;
            let n = registration::store(&db, t.id, "csv", &parsed.registrations).await?;
            let with = parsed
                .registrations
                .iter()
                .filter(|r| r.has_passkey())
                .count();
            let after = serde_json::json!({
                "users": n,
                "with-passkey": with,
                "skipped": parsed.bad.len(),
                "file": file.display().to_string(),
            });
            audit::by_cli(&db, t.id, "registration-imported", after).await?;
            for b in &parsed.bad {
                let why = match b.problem {
                    app::domain::registration::RowProblem::MissingName => "no user principal name",
                    app::domain::registration::RowProblem::WrongFieldCount => {
                        "wrong number of fields"
                    }
                };
                eprintln!("line {}: {why}; skipped", b.line);
            }
            println!(
                "tenant {tenant}: {n} users read, {with} with a passkey, {} rows skipped",
                parsed.bad.len()
            );
            if !parsed.bad.is_empty() {
                return Err(ServerError::Invalid(format!(
                    "{} rows could not be read",
                    parsed.bad.len()
                )));
            }
        }
        RegistrationCommand::Sync { tenant, graph, db } => {
            let db = db.connect().await?;
            let t = tenants::by_slug(&db, &tenant)
                .await?
                .ok_or_else(|| tenant_not_found(&tenant))?;
            let n = registration::sync(&db, t.id, &graph.settings())
                .await
                .map_err(|e| ServerError::Invalid(e.to_string()))?;
            println!("tenant {tenant}: {n} users read from Microsoft Graph");
        }
    }
    Ok(())
}

pub async fn reminders(cmd: RemindersCommand) -> Result<(), ServerError> {
    use app::domain::reminders::Decision;
    let (tenant, dry_run, now, format, db, links, mail) = match cmd {
        RemindersCommand::Run {
            tenant,
            dry_run,
            now,
            format,
            db,
            links,
            mail,
        } => (tenant, dry_run, now, format, db, links, mail),
        RemindersCommand::Announce {
            tenant,
            dry_run,
            db,
            links,
            mail,
        } => return announce(tenant, dry_run, db, links, mail).await,
    };
    let keys = match links.keys()? {
        Some(k) => k,
        None if dry_run => app::domain::links::LinkKeys::single("dry-run", vec![0; 32])
            .map_err(|e| ServerError::Config(e.to_string()))?,
        None => {
            return Err(ServerError::Config(
                "PASSKEY_GUIDE_LINK_KEYS must be set: reminders carry personal links".into(),
            ));
        }
    };
    let db = db.connect().await?;
    let t = tenants::by_slug(&db, &tenant)
        .await?
        .ok_or_else(|| tenant_not_found(&tenant))?;
    let now = now.unwrap_or_else(jiff::Timestamp::now);
    let maker = LinkMaker {
        keys: &keys,
        public_url: &links.public_url,
        ttl_days: links.link_ttl_days,
        now_s: now.as_second(),
    };
    let outcomes = crate::reminders::run(&db, &t, &maker, now, dry_run).await?;
    let mut out = csv::WriterBuilder::new()
        .delimiter(if format == OutputFormat::Csv {
            b','
        } else {
            b'\t'
        })
        .from_writer(std::io::stdout());
    let _ = out.write_record([
        "email", "decision", "reminder", "content", "send_at", "why", "queued",
    ]);
    for o in &outcomes {
        let row = match &o.decision {
            Decision::Send(p) => [
                roster::csv_safe(&o.email).into_owned(),
                "send".into(),
                format!("{}-day", p.offset_days),
                p.content.id().into(),
                p.send_at.to_string(),
                p.superseded
                    .iter()
                    .map(|d| format!("supersedes {d}-day"))
                    .collect::<Vec<_>>()
                    .join(" "),
                o.queued.to_string(),
            ],
            Decision::Skip { why, .. } => [
                roster::csv_safe(&o.email).into_owned(),
                "skip".into(),
                String::new(),
                String::new(),
                String::new(),
                why.id().into(),
                "false".into(),
            ],
        };
        let _ = out.write_record(&row);
    }
    let _ = out.flush();
    let queued = outcomes.iter().filter(|o| o.queued).count();
    eprintln!(
        "tenant {tenant}: {} employees, {} due, {queued} queued{}",
        outcomes.len(),
        outcomes
            .iter()
            .filter(|o| matches!(o.decision, Decision::Send(_)))
            .count(),
        if dry_run {
            " (dry run: nothing queued)"
        } else {
            ""
        }
    );
    if !dry_run && let Some(url) = &mail.smtp_url {
        let mailer = crate::mail::Mailer::new(url, &mail.mail_from)?;
        let sent = crate::mail::deliver_due(&db, &mailer).await?;
        eprintln!("sent {sent} messages that were due");
    }
    Ok(())
}

async fn announce(
    tenant: String,
    dry_run: bool,
    db: crate::config::DbArgs,
    links: crate::config::LinkArgs,
    mail: crate::config::MailArgs,
) -> Result<(), ServerError> {
    let keys = links.keys()?.ok_or_else(|| {
        ServerError::Config(
            "PASSKEY_GUIDE_LINK_KEYS must be set: the announcement carries personal links".into(),
        )
    })?;
    let db = db.connect().await?;
    let t = tenants::by_slug(&db, &tenant)
        .await?
        .ok_or_else(|| tenant_not_found(&tenant))?;
    let maker = LinkMaker {
        keys: &keys,
        public_url: &links.public_url,
        ttl_days: links.link_ttl_days,
        now_s: crate::db::now_ms() / 1000,
    };
    let to = crate::reminders::announce(&db, &t, &maker, dry_run).await?;
    if !dry_run {
        let after = serde_json::json!({ "announcements": to.len() });
        audit::by_cli(&db, t.id, "reminders-announced", after).await?;
    }
    for email in &to {
        println!("{}", roster::csv_safe(email));
    }
    eprintln!(
        "tenant {tenant}: {} announcement(s) {}",
        to.len(),
        if dry_run { "would be sent" } else { "queued" }
    );
    if !dry_run && let Some(url) = &mail.smtp_url {
        let mailer = crate::mail::Mailer::new(url, &mail.mail_from)?;
        let sent = crate::mail::deliver_due(&db, &mailer).await?;
        eprintln!("sent {sent} messages that were due");
    }
    Ok(())
}
