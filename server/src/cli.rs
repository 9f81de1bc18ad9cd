//! The command line's management commands: the same rules as the admin console, for scripts.

use crate::config::{
    AdminCommand, EntraCommand, LinksCommand, RegistrationCommand, RosterCommand, TenantCommand,
};
use crate::config::{MailCommand, OutputFormat, PrivacyCommand, RemindersCommand, Toggle};
use crate::error::ServerError;
use crate::jobs::mail::deliver_due;
use crate::ops::links::csv_safe;
use crate::ops::{self, accounts};
use crate::store::audit::{self, Actor};
use crate::store::tenants::{self, PolicySettings, Tenant};
use crate::store::{Db, now_ms};
use app::domain::waves::Cohort;
use app::i18n::{I18n, Locale};
use std::io::{BufRead, IsTerminal};

fn tenant_not_found(slug: &str) -> ServerError {
    ServerError::Invalid(format!("no tenant with slug {slug:?}"))
}

/// The tenant with this slug, or an error that names it.
async fn tenant_by_slug(db: &Db, slug: &str) -> Result<Tenant, ServerError> {
    tenants::by_slug(db, slug)
        .await?
        .ok_or_else(|| tenant_not_found(slug))
}

/// Messages the command line prints come from the same Fluent text as the console's, in
/// English: operators' logs and scripts read them.
fn messages() -> I18n {
    I18n::new(Locale::DEFAULT)
}

pub async fn tenant(cmd: TenantCommand) -> Result<(), ServerError> {
    match cmd {
        TenantCommand::Create { slug, name, db } => {
            let db = db.connect().await?;
            let t = ops::tenants::create(&db, &slug, &name, &Actor::cli()).await?;
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
            windows_hello,
            db,
        } => {
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &slug).await?;
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
            if let Some(on) = windows_hello {
                s.policy.authenticators.windows_hello = on == Toggle::On;
            }
            ops::tenants::save_policy(&db, &t, &s, &Actor::cli()).await?;
            print_policy(&slug, &s);
        }
        TenantCommand::Sso {
            tenant,
            entra_tenant_id,
            client_id,
            certificate,
            role_owner,
            role_admin,
            role_helpdesk,
            entra_only,
            entra,
            db,
        } => {
            let settings = entra.settings()?;
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &tenant).await?;
            if let (Some(entra_tenant_id), Some(client_id)) = (entra_tenant_id, client_id) {
                let credential = match certificate {
                    Some(path) => Some(ops::entra::NewCredential::Certificate(
                        std::fs::read_to_string(&path).map_err(|e| {
                            ServerError::Invalid(format!("cannot read {}: {e}", path.display()))
                        })?,
                    )),
                    None => std::env::var("PASSKEY_GUIDE_SSO_CLIENT_SECRET")
                        .ok()
                        .map(ops::entra::NewCredential::Secret),
                };
                let s = ops::sso::NewSso {
                    entra_tenant_id,
                    client_id,
                    credential,
                    role_names: app::domain::console::RoleNames {
                        owner: role_owner,
                        admin: role_admin,
                        helpdesk: role_helpdesk,
                    },
                };
                ops::sso::configure(&db, &settings, &t, s, &Actor::cli()).await?;
                println!(
                    "tenant {tenant}: Sign in with Microsoft is set up; register this redirect \
                     URI on the app: {{PASSKEY_GUIDE_PUBLIC_URL}}/admin/sso/callback"
                );
            }
            if let Some(on) = entra_only {
                ops::sso::set_entra_only(&db, &t, on == Toggle::On, &Actor::cli()).await?;
                println!(
                    "tenant {tenant}: local passwords are {}",
                    if on == Toggle::On {
                        "refused (Entra sign-in and break-glass passkeys only)"
                    } else {
                        "accepted"
                    }
                );
            }
        }
    }
    Ok(())
}

fn print_policy(slug: &str, s: &PolicySettings) {
    let p = s.policy;
    println!(
        "tenant {slug}: synced passkeys {}, attestation {}, Windows Hello {}",
        if p.synced_allowed {
            "allowed"
        } else {
            "not allowed"
        },
        if p.attestation_enforced {
            "enforced"
        } else {
            "not enforced"
        },
        if p.authenticators.windows_hello {
            "offered"
        } else {
            "not offered"
        }
    );
}

fn read_password() -> Result<String, ServerError> {
    let mut password = String::new();
    std::io::stdin().lock().read_line(&mut password)?;
    Ok(password.trim_end_matches(['\r', '\n']).to_owned())
}

pub async fn admin(cmd: AdminCommand) -> Result<(), ServerError> {
    let (tenant, email, role, db) = match cmd {
        AdminCommand::Create {
            tenant,
            email,
            role,
            db,
        } => (tenant, email, role, db),
        AdminCommand::Operator { email, db } => {
            let password = read_password()?;
            let db = db.connect().await?;
            let email = accounts::create_operator(&db, &email, &password).await?;
            println!("{email} is now an operator: it creates tenants in the console");
            return Ok(());
        }
    };
    let password = read_password()?;
    let password = password.as_str();
    let db = db.connect().await?;
    accounts::create_admin(&db, &tenant, &email, password, role.into()).await?;
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
    let t = tenant_by_slug(&db, &tenant).await?;
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
    let writing = bar(0, "importing");
    let name = file.display().to_string();
    let report = ops::roster::import(
        &db,
        &t,
        std::io::BufReader::new(f),
        &Actor::cli(),
        Some(&name),
        |bytes| reading.set_position(bytes),
        |rows| writing.set_position(rows as u64),
    )
    .await?;
    reading.finish_and_clear();
    writing.finish_and_clear();
    let i18n = messages();
    if let Some(error) = &report.error {
        return Err(ServerError::Invalid(format!(
            "{name}: {}",
            error.render(&i18n)
        )));
    }
    for (line, message) in report.bad.iter().chain(&report.warnings) {
        eprintln!("line {line}: {}", message.render(&i18n));
    }
    println!(
        "{} added, {} updated, {} unchanged, {} not imported",
        report.inserted,
        report.updated,
        report.unchanged,
        report.bad.len()
    );
    if report.bad.is_empty() {
        Ok(())
    } else {
        Err(ServerError::Invalid(format!(
            "rows not imported: {} (listed above)",
            report.bad.len()
        )))
    }
}

pub async fn links(cmd: LinksCommand) -> Result<(), ServerError> {
    let LinksCommand::Export {
        tenant,
        out,
        announce,
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
    let t = tenant_by_slug(&db, &tenant).await?;
    let settings = links.settings(keys);
    let file = std::fs::File::create(&out)
        .map_err(|e| ServerError::Invalid(format!("{}: {e}", out.display())))?;
    let exported = ops::links::export(
        &db,
        &t,
        &settings.maker(now_ms() / 1000),
        &Actor::cli(),
        announce,
        std::io::BufWriter::new(file),
    )
    .await?;
    println!(
        "wrote {} links to {}; {} newly announced",
        exported.links,
        out.display(),
        exported.newly_announced
    );
    Ok(())
}

pub async fn registration(cmd: RegistrationCommand) -> Result<(), ServerError> {
    match cmd {
        RegistrationCommand::Import { tenant, file, db } => {
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &tenant).await?;
            let bytes = std::fs::read(&file)
                .map_err(|e| ServerError::Invalid(format!("{}: {e}", file.display())))?;
            let name = file.display().to_string();
            let report =
                ops::registration::import_csv(&db, &t, &bytes, &name, &Actor::cli()).await?;
            for b in &report.bad {
                let why = match b.problem {
                    app::domain::registration::RowProblem::MissingName => "no user principal name",
                    app::domain::registration::RowProblem::WrongFieldCount => {
                        "wrong number of fields"
                    }
                };
                eprintln!("line {}: {why}; skipped", b.line);
            }
            println!(
                "tenant {tenant}: {} users read, {} with a passkey, {} rows skipped",
                report.users,
                report.with_passkey,
                report.bad.len()
            );
            if !report.bad.is_empty() {
                return Err(ServerError::Invalid(format!(
                    "{} rows could not be read",
                    report.bad.len()
                )));
            }
        }
        RegistrationCommand::Sync { tenant, graph, db } => {
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &tenant).await?;
            let n = ops::registration::sync(&db, t.id, &graph.settings())
                .await
                .map_err(|e| ServerError::Invalid(e.to_string()))?;
            println!("tenant {tenant}: {n} users read from Microsoft Graph");
        }
    }
    Ok(())
}

pub async fn reminders(cmd: RemindersCommand) -> Result<(), ServerError> {
    use app::domain::reminders::Decision;
    let (tenant, dry_run, now, format, db, links, mail, entra) = match cmd {
        RemindersCommand::Run {
            tenant,
            dry_run,
            now,
            format,
            db,
            links,
            mail,
            entra,
        } => (tenant, dry_run, now, format, db, links, mail, entra),
        RemindersCommand::Announce {
            tenant,
            department,
            group,
            file,
            at,
            dry_run,
            db,
            links,
            mail,
            entra,
        } => {
            let cohort = match (department, group, file) {
                (Some(d), _, _) => Cohort::Department(d),
                (_, Some(g), _) => Cohort::Group(g),
                (_, _, Some(f)) => {
                    let data = std::fs::read(&f)
                        .map_err(|e| ServerError::Invalid(format!("{}: {e}", f.display())))?;
                    Cohort::List(
                        app::domain::waves::parse_list(&data)
                            .map_err(|e| ServerError::Invalid(format!("{}: {e}", f.display())))?,
                    )
                }
                _ => Cohort::Everyone,
            };
            return announce(tenant, cohort, at, dry_run, db, links, mail, entra).await;
        }
    };
    let keys = match links.keys()? {
        Some(k) => k,
        None if dry_run => app::domain::links::LinkKeys::single("dry-run", vec![0; 32])
            .map_err(|e| ServerError::Internal(e.to_string()))?,
        None => {
            return Err(ServerError::Config(
                "PASSKEY_GUIDE_LINK_KEYS must be set: reminders carry personal links".into(),
            ));
        }
    };
    let db = db.connect().await?;
    let t = tenant_by_slug(&db, &tenant).await?;
    let now = now.unwrap_or_else(jiff::Timestamp::now);
    let settings = links.settings(keys);
    let maker = settings.maker(now.as_second());
    let outcomes = ops::reminders::run(&db, &t, &maker, now, dry_run).await?;
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
                csv_safe(&o.email).into_owned(),
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
                csv_safe(&o.email).into_owned(),
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
    if !dry_run {
        send_due(&db, mail, &entra).await?;
    }
    Ok(())
}

/// Sends what is due now through each tenant's transport (or the server's SMTP settings).
async fn send_due(
    db: &Db,
    mail: crate::config::MailArgs,
    entra: &crate::config::EntraArgs,
) -> Result<(), ServerError> {
    let settings = mail.settings(std::sync::Arc::new(entra.settings()?))?;
    let sent = deliver_due(db, &settings).await?;
    eprintln!("sent {sent} messages that were due");
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn announce(
    tenant: String,
    cohort: Cohort,
    at: Option<jiff::Timestamp>,
    dry_run: bool,
    db: crate::config::DbArgs,
    links: crate::config::LinkArgs,
    mail: crate::config::MailArgs,
    entra: crate::config::EntraArgs,
) -> Result<(), ServerError> {
    let keys = links.keys()?.ok_or_else(|| {
        ServerError::Config(
            "PASSKEY_GUIDE_LINK_KEYS must be set: the announcement carries personal links".into(),
        )
    })?;
    let db = db.connect().await?;
    let t = tenant_by_slug(&db, &tenant).await?;
    let settings = links.settings(keys);
    let entra_settings = entra.settings()?;
    let now = jiff::Timestamp::now();
    let maker = settings.maker(now.as_second());
    if dry_run {
        let members = ops::reminders::cohort_members(&db, &entra_settings, t.id, &cohort).await?;
        let to =
            ops::reminders::announce_cohort(&db, &t, &maker, &cohort, &members, None, true).await?;
        for email in &to {
            println!("{}", csv_safe(email));
        }
        eprintln!(
            "tenant {tenant}: {} announcement(s) would be sent",
            to.len()
        );
        return Ok(());
    }
    let wave = ops::waves::schedule(&db, &t, &cohort, at.unwrap_or(now), &Actor::cli()).await?;
    if at.is_some_and(|a| a > now) {
        eprintln!(
            "tenant {tenant}: wave {wave} scheduled for {}; the running server sends it",
            at.unwrap_or(now)
        );
        return Ok(());
    }
    let to = ops::waves::send_now(&db, &settings, &entra_settings, &t, wave).await?;
    for email in &to {
        println!("{}", csv_safe(email));
    }
    eprintln!(
        "tenant {tenant}: wave {wave}: {} announcement(s) queued",
        to.len()
    );
    send_due(&db, mail, &entra).await
}

pub async fn mail(cmd: MailCommand) -> Result<(), ServerError> {
    let MailCommand::Transport {
        tenant,
        graph,
        smtp,
        from,
        reply_to,
        db,
        mail,
        entra,
    } = cmd;
    let (settings, db, t) = entra_setup(&entra, db, &tenant).await?;
    let choice = if graph {
        ops::comms::Choice::Graph
    } else {
        ops::comms::Choice::Smtp(smtp)
    };
    let from = from.unwrap_or(mail.mail_from);
    ops::comms::set_transport(
        &db,
        &settings,
        &t,
        choice,
        &from,
        reply_to.as_deref(),
        &Actor::cli(),
    )
    .await?;
    println!(
        "tenant {tenant}: mail goes {} from {from}",
        if graph {
            "through Microsoft Graph"
        } else {
            "through the tenant's SMTP server"
        }
    );
    Ok(())
}

/// The reference of the tenant's employee with this address, or an error that names both.
async fn employee_reference(
    db: &crate::store::Db,
    t: &crate::store::tenants::Tenant,
    address: &str,
) -> Result<String, ServerError> {
    ops::privacy::reference_of(db, t, address)
        .await?
        .ok_or_else(|| ServerError::Invalid(format!("tenant {} has no employee {address}", t.slug)))
}

pub async fn privacy(cmd: PrivacyCommand) -> Result<(), ServerError> {
    use app::domain::retention::Retention;
    match cmd {
        PrivacyCommand::Retention { tenant, days, db } => {
            let retention =
                Retention::parse(&days).map_err(|e| ServerError::Invalid(e.to_string()))?;
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &tenant).await?;
            ops::privacy::set_retention(&db, &t, retention, &Actor::cli()).await?;
            println!(
                "tenant {tenant}: journey data is kept {} days after an employee registered or left",
                retention.days()
            );
        }
        PrivacyCommand::Apply { tenant, db } => {
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &tenant).await?;
            let report = ops::privacy::apply_retention(&db, &t, crate::store::now_ms(), true)
                .await?
                .unwrap_or_default();
            println!(
                "tenant {tenant}: {} leavers erased, {} registered employees' journey data trimmed ({} rows)",
                report.erased, report.trimmed, report.rows
            );
        }
        PrivacyCommand::Erase {
            tenant,
            employee,
            yes,
            db,
        } => {
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &tenant).await?;
            let reference = employee_reference(&db, &t, &employee).await?;
            if !yes {
                return Err(ServerError::Invalid(format!(
                    "erasing {employee} cannot be undone: run again with --yes to erase"
                )));
            }
            ops::privacy::erase(&db, &t, &reference, &Actor::cli()).await?;
            println!("tenant {tenant}: {employee} erased");
        }
        PrivacyCommand::Export {
            tenant,
            employee,
            out,
            db,
        } => {
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &tenant).await?;
            let reference = employee_reference(&db, &t, &employee).await?;
            let doc =
                ops::privacy::export(&db, &t, &reference, &Actor::cli(), crate::store::now_ms())
                    .await?
                    .ok_or(ServerError::NotFound)?;
            let text = serde_json::to_string_pretty(&doc)
                .map_err(|e| ServerError::Internal(e.to_string()))?;
            match out {
                Some(path) => {
                    std::fs::write(&path, text + "\n")
                        .map_err(|e| ServerError::Invalid(format!("{}: {e}", path.display())))?;
                    println!(
                        "tenant {tenant}: {employee}'s data written to {}",
                        path.display()
                    );
                }
                None => println!("{text}"),
            }
        }
    }
    Ok(())
}

/// The Entra settings, the database and the tenant an `entra` command works on.
async fn entra_setup(
    args: &crate::config::EntraArgs,
    db: crate::config::DbArgs,
    slug: &str,
) -> Result<(crate::ops::entra::EntraSettings, Db, Tenant), ServerError> {
    let settings = args.settings()?;
    let db = db.connect().await?;
    let t = tenant_by_slug(&db, slug).await?;
    Ok((settings, db, t))
}

pub async fn entra(cmd: EntraCommand) -> Result<(), ServerError> {
    use crate::ops::entra::{self, NewConnection, NewCredential};
    match cmd {
        EntraCommand::Connect {
            tenant,
            entra_tenant_id,
            client_id,
            groups,
            certificate,
            sync_every_minutes,
            usage_days,
            leaver_retention_days,
            entra: args,
            db,
        } => {
            let settings = args.settings()?;
            let credential = match certificate {
                Some(path) => {
                    NewCredential::Certificate(std::fs::read_to_string(&path).map_err(|e| {
                        ServerError::Invalid(format!("cannot read {}: {e}", path.display()))
                    })?)
                }
                None => NewCredential::Secret(
                    std::env::var("PASSKEY_GUIDE_GRAPH_CLIENT_SECRET").map_err(|_| {
                        ServerError::Invalid(
                            "set PASSKEY_GUIDE_GRAPH_CLIENT_SECRET, or give --certificate FILE"
                                .into(),
                        )
                    })?,
                ),
            };
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &tenant).await?;
            let kind = match credential {
                NewCredential::Secret(_) => "client secret",
                NewCredential::Certificate(_) => "certificate",
            };
            let c = NewConnection {
                entra_tenant_id,
                client_id,
                credential,
                rollout_groups: groups,
                sync_every_minutes,
                usage_days,
                leaver_retention_days,
            };
            entra::connect(&db, &settings, &t, c, &Actor::cli()).await?;
            println!(
                "tenant {tenant} is connected to Entra ID ({kind}, stored encrypted); \
                 run `passkey-guide entra test --tenant {tenant}`"
            );
        }
        EntraCommand::Disconnect { tenant, db } => {
            let db = db.connect().await?;
            let t = tenant_by_slug(&db, &tenant).await?;
            if entra::disconnect(&db, &t, &Actor::cli()).await? {
                println!("tenant {tenant} is no longer connected; its roster stays");
            } else {
                println!("tenant {tenant} was not connected");
            }
        }
        EntraCommand::Test {
            tenant,
            entra: args,
            db,
        } => {
            let (settings, db, t) = entra_setup(&args, db, &tenant).await?;
            let checks = entra::test(&db, &settings, &t).await?;
            for c in &checks {
                let name = c.permission.map_or(String::new(), |p| format!(" [{p}]"));
                match &c.detail {
                    None => println!("ok      {}{name}", c.what),
                    Some(d) => println!("failed  {}{name}: {d}", c.what),
                }
            }
            if checks.iter().any(|c| !c.ok) {
                return Err(ServerError::Invalid(
                    "the connection is missing something (above)".into(),
                ));
            }
        }
        EntraCommand::Sync {
            tenant,
            dry_run,
            entra: args,
            db,
        } => {
            let (settings, db, t) = entra_setup(&args, db, &tenant).await?;
            let r = entra::sync(&db, &settings, &t, "command line", dry_run).await?;
            let verb = if dry_run { "would change" } else { "changed" };
            println!(
                "tenant {tenant}: {} members read; {verb}: {} joined, {} updated, {} came back, \
                 {} left (not in the groups {}, disabled {}, guests {}); {} unchanged",
                r.members_read,
                r.joined,
                r.changed,
                r.returned,
                r.left_not_in_groups + r.left_disabled + r.left_guest,
                r.left_not_in_groups,
                r.left_disabled,
                r.left_guest,
                r.unchanged,
            );
            if !dry_run {
                println!(
                    "passkey profiles: {}; registration details: {}; passkey sign-ins: {}; leavers erased: {}",
                    r.policy_profiles
                        .map_or("not read".into(), |n| n.to_string()),
                    r.registrations
                        .map_or("not read".into(), |n| format!("{n} users")),
                    r.passkey_signins
                        .map_or("not read".into(), |n| format!("{n} users")),
                    r.erased
                );
            }
            for p in &r.problems {
                eprintln!("problem: {p}");
            }
        }
    }
    Ok(())
}
