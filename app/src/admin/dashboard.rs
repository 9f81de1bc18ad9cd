//! The rollout dashboard, the stragglers list and the audit log. Charts are SVG drawn on the
//! server: readable without JavaScript, titled for screen readers, coloured with the tenant's
//! brand, and each followed by the same numbers as a table, which is also what the CSV export
//! writes, so the file always matches the screen.

use super::Message;
use crate::admin::{step_label, symptom_label};
use crate::context::i18n;
use crate::domain::dashboard::{FUNNEL, Straggler, percent};
use crate::i18n::I18n;
use leptos::prelude::*;

/// The filter as typed (kept when it has an error).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct DashboardFilter {
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
}

impl DashboardFilter {
    /// The filter as a query string (`?department=…&from=…`), for links and exports.
    pub fn query(&self) -> String {
        let pairs: Vec<String> = [
            ("department", &self.department),
            ("from", &self.from),
            ("to", &self.to),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

/// Percent-encodes a query value (everything but unreserved characters).
pub fn encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub use crate::domain::figures::PlatformRow;

pub use crate::domain::figures::StuckRow;

#[derive(Debug, Clone, PartialEq)]
pub struct DayRow {
    pub date: String,
    pub registered: u64,
    pub announced: u64,
    pub reminders: u64,
    /// The announcement waves that went out that day: cohort, its value, how many announced.
    pub waves: Vec<(String, String, i64)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DashboardView {
    pub slug: String,
    pub filter: DashboardFilter,
    pub departments: Vec<String>,
    pub error: Option<Message>,
    /// The days shown (and counted, when `filtered`), in the tenant's time zone.
    pub first_day: String,
    pub last_day: String,
    pub filtered: bool,
    pub time_zone: String,
    /// Counts for [`FUNNEL`]'s stages, in order.
    pub funnel: Vec<u64>,
    pub platforms: Vec<PlatformRow>,
    /// (platform, OS version, employees) for versions below a flow's minimum.
    pub below_minimum: Vec<(String, String, u64)>,
    pub browsers: Vec<(String, u64)>,
    pub in_app: Vec<(String, u64)>,
    pub stuck: Vec<StuckRow>,
    pub days: Vec<DayRow>,
    /// Employees without a passkey, by reason (all of [`Straggler::ALL`], zeros included).
    pub stragglers: Vec<(Straggler, u64)>,
    /// When Entra's status was last learned, and the last sync error.
    pub status_as_of: Option<String>,
    pub sync_error: Option<String>,
    /// Readiness to enforce passkeys: everyone first, then each department.
    pub readiness: Vec<ReadinessRow>,
    /// The share both figures must reach, in percent.
    pub readiness_target: u8,
    /// Passkey sign-ins are read from Entra's sign-in logs (an Entra connection).
    pub usage_known: bool,
    /// Employees with a passkey who signed in with one lately.
    pub ready_to_enforce: u64,
    pub csrf: String,
    pub can_set_target: bool,
}

/// One line of the readiness table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadinessRow {
    /// `None` for everyone.
    pub department: Option<String>,
    pub employees: u64,
    pub registered: u64,
    pub signing_in: u64,
    /// The day each share reached the target, in the tenant's time zone.
    pub registered_crossed: Option<String>,
    pub signing_in_crossed: Option<String>,
    pub ready: bool,
}

/// A table as shown and as exported.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub id: &'static str,
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    fn view(self, slug: &str, query: &str) -> impl IntoView + use<> {
        let i18n = i18n();
        let csv = format!("/admin/t/{slug}/dashboard/{}.csv{query}", self.id);
        let head = self
            .head
            .into_iter()
            .map(|h| view! { <th scope="col">{h}</th> })
            .collect_view();
        let empty = self.rows.is_empty();
        let label = self.caption.clone();
        let rows = self
            .rows
            .into_iter()
            .map(|r| {
                let mut cells = r.into_iter();
                let first = cells.next().unwrap_or_default();
                let rest = cells.map(|c| view! { <td>{c}</td> }).collect_view();
                view! { <tr><th scope="row">{first}</th>{rest}</tr> }
            })
            .collect_view();
        view! {
            // Focusable, so a keyboard can scroll a table wider than the screen.
            <div class="table-wrap" tabindex="0" role="region" aria-label=label>
                <table class="data" data-table=self.id>
                    <caption>{self.caption}</caption>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {empty.then(|| view! { <p class="hint">{i18n.t("dashboard-no-data")}</p> })}
            <p><a href=csv download="">{i18n.t("dashboard-export-csv")}</a></p>
        }
    }
}

fn pct(i18n: &I18n, part: u64, whole: u64) -> String {
    percent(part, whole)
        .map(|p| i18n.t_args("dashboard-percent", &[("n", p.into())]))
        .unwrap_or_else(|| "–".into())
}

fn platform_label(i18n: &I18n, id: &str) -> String {
    if id.is_empty() {
        i18n.t("platform-unknown")
    } else {
        i18n.t(&format!("platform-{id}"))
    }
}

/// Every table of the dashboard, in page order.
pub fn dashboard_tables(v: &DashboardView, i18n: &I18n) -> Vec<Table> {
    let roster = v.funnel.first().copied().unwrap_or(0);
    let dash = || "–".to_owned();
    let readiness = Table {
        id: "readiness",
        caption: i18n.t_args(
            "dashboard-readiness-caption",
            &[("target", (v.readiness_target as usize).into())],
        ),
        head: vec![
            i18n.t("dashboard-col-department"),
            i18n.t("dashboard-col-employees"),
            i18n.t("dashboard-col-registered-share"),
            i18n.t("dashboard-col-registered-crossed"),
            i18n.t("dashboard-col-passkey-share"),
            i18n.t("dashboard-col-passkey-crossed"),
            i18n.t("dashboard-col-ready"),
        ],
        rows: v
            .readiness
            .iter()
            .map(|r| {
                vec![
                    r.department
                        .clone()
                        .unwrap_or_else(|| i18n.t("dashboard-readiness-everyone")),
                    r.employees.to_string(),
                    pct(i18n, r.registered, r.employees),
                    r.registered_crossed.clone().unwrap_or_else(dash),
                    if v.usage_known {
                        pct(i18n, r.signing_in, r.employees)
                    } else {
                        dash()
                    },
                    r.signing_in_crossed.clone().unwrap_or_else(dash),
                    i18n.t(if r.ready {
                        "dashboard-ready-yes"
                    } else {
                        "dashboard-ready-no"
                    }),
                ]
            })
            .collect(),
    };
    let funnel = Table {
        id: "funnel",
        caption: i18n.t("dashboard-funnel-title"),
        head: vec![
            i18n.t("dashboard-col-stage"),
            i18n.t("dashboard-col-employees"),
            i18n.t("dashboard-col-of-roster"),
            i18n.t("dashboard-col-of-previous"),
        ],
        rows: FUNNEL
            .iter()
            .zip(&v.funnel)
            .enumerate()
            .map(|(i, (id, n))| {
                let previous = if i == 0 { roster } else { v.funnel[i - 1] };
                vec![
                    i18n.t(&format!("dashboard-funnel-{id}")),
                    n.to_string(),
                    pct(i18n, *n, roster),
                    if i == 0 {
                        String::new()
                    } else {
                        pct(i18n, *n, previous)
                    },
                ]
            })
            .collect(),
    };
    let platforms = Table {
        id: "platforms",
        caption: i18n.t("dashboard-platforms-title"),
        head: vec![
            i18n.t("dashboard-col-platform"),
            i18n.t("dashboard-col-employees"),
            i18n.t("dashboard-col-stuck"),
            i18n.t("dashboard-col-stuck-rate"),
            i18n.t("dashboard-col-below-minimum"),
            i18n.t("dashboard-col-registered"),
        ],
        rows: v
            .platforms
            .iter()
            .map(|p| {
                vec![
                    platform_label(i18n, &p.platform),
                    p.employees.to_string(),
                    p.stuck.to_string(),
                    pct(i18n, p.stuck, p.employees),
                    p.below_minimum.to_string(),
                    p.registered.to_string(),
                ]
            })
            .collect(),
    };
    let below = Table {
        id: "below-minimum",
        caption: i18n.t("dashboard-below-minimum-title"),
        head: vec![
            i18n.t("dashboard-col-platform"),
            i18n.t("dashboard-col-os-version"),
            i18n.t("dashboard-col-employees"),
        ],
        rows: v
            .below_minimum
            .iter()
            .map(|(p, os, n)| vec![platform_label(i18n, p), os.clone(), n.to_string()])
            .collect(),
    };
    let named =
        |id: &'static str, caption: &str, prefix: &str, col: &str, list: &[(String, u64)]| Table {
            id,
            caption: i18n.t(caption),
            head: vec![i18n.t(col), i18n.t("dashboard-col-employees")],
            rows: list
                .iter()
                .map(|(k, n)| {
                    let label = if k.is_empty() {
                        i18n.t("dashboard-not-known")
                    } else {
                        i18n.t(&format!("{prefix}{k}"))
                    };
                    vec![label, n.to_string()]
                })
                .collect(),
        };
    let browsers = named(
        "browsers",
        "dashboard-browsers-title",
        "browser-",
        "dashboard-col-browser",
        &v.browsers,
    );
    let in_app = named(
        "in-app",
        "dashboard-in-app-title",
        "in-app-",
        "dashboard-col-in-app",
        &v.in_app,
    );
    let stuck = Table {
        id: "stuck",
        caption: i18n.t("dashboard-stuck-title"),
        head: vec![
            i18n.t("dashboard-col-step"),
            i18n.t("dashboard-col-symptom"),
            i18n.t("dashboard-col-employees"),
        ],
        rows: v
            .stuck
            .iter()
            .map(|s| {
                vec![
                    step_label(i18n, &s.flow, s.step),
                    symptom_label(i18n, &s.symptom),
                    s.employees.to_string(),
                ]
            })
            .collect(),
    };
    let days = Table {
        id: "registrations",
        caption: i18n.t("dashboard-days-title"),
        head: vec![
            i18n.t("dashboard-col-date"),
            i18n.t("dashboard-col-registered"),
            i18n.t("dashboard-col-announced"),
            i18n.t("dashboard-col-reminders"),
            i18n.t("dashboard-col-waves"),
        ],
        rows: v
            .days
            .iter()
            .map(|d| {
                let waves = d
                    .waves
                    .iter()
                    .map(|(cohort, value, n)| {
                        i18n.t_args(
                            "dashboard-wave",
                            &[
                                ("cohort", i18n.t(&format!("comms-cohort-{cohort}")).into()),
                                ("value", value.clone().into()),
                                ("count", usize::try_from(*n).unwrap_or(0).into()),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                vec![
                    d.date.clone(),
                    d.registered.to_string(),
                    d.announced.to_string(),
                    d.reminders.to_string(),
                    waves,
                ]
            })
            .collect(),
    };
    let stragglers = Table {
        id: "stragglers",
        caption: i18n.t("dashboard-stragglers-title"),
        head: vec![
            i18n.t("dashboard-col-reason"),
            i18n.t("dashboard-col-employees"),
        ],
        rows: v
            .stragglers
            .iter()
            .map(|(k, n)| {
                vec![
                    i18n.t(&format!("dashboard-straggler-{}", k.id())),
                    n.to_string(),
                ]
            })
            .collect(),
    };
    vec![
        readiness, funnel, platforms, below, browsers, in_app, stuck, days, stragglers,
    ]
}

const WIDTH: f64 = 640.0;
const LABEL_W: f64 = 190.0;
const ROW_H: f64 = 28.0;

/// A horizontal bar chart: one bar per (label, value, value text), scaled to `max`.
fn bar_chart(
    id: &str,
    title: String,
    desc: String,
    bars: Vec<(String, u64, String)>,
    max: u64,
) -> AnyView {
    let height = ROW_H * bars.len().max(1) as f64 + 8.0;
    let plot = WIDTH - LABEL_W - 110.0;
    let title_id = format!("{id}-chart-title");
    let desc_id = format!("{id}-chart-desc");
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, (label, value, text))| {
            let y = 4.0 + ROW_H * i as f64;
            let w = if max == 0 { 0.0 } else { plot * value as f64 / max as f64 };
            view! {
                <g>
                    <text x=LABEL_W - 8.0 y=y + ROW_H / 2.0 class="chart-label" text-anchor="end" dominant-baseline="middle">{label}</text>
                    <rect x=LABEL_W y=y + 4.0 width=format!("{w:.1}") height=ROW_H - 8.0 class="chart-bar"/>
                    <text x=LABEL_W + w + 6.0 y=y + ROW_H / 2.0 class="chart-value" dominant-baseline="middle">{text}</text>
                </g>
            }
        })
        .collect_view();
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {height}") role="img"
            aria-labelledby=labelled_by data-chart=id.to_owned()>
            <title id=title_id>{title}</title>
            <desc id=desc_id>{desc}</desc>
            {rows}
        </svg>
    }
    .into_any()
}

/// Registrations per day as columns, with announcement and reminder days marked under the axis.
fn days_chart(i18n: &I18n, days: &[DayRow]) -> AnyView {
    let (top, plot_h, left) = (16.0, 150.0, 40.0);
    let plot_w = WIDTH - left - 10.0;
    let max = days.iter().map(|d| d.registered).max().unwrap_or(0).max(1);
    let n = days.len().max(1) as f64;
    let col = plot_w / n;
    let base = top + plot_h;
    let columns = days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let x = left + col * i as f64;
            let h = plot_h * d.registered as f64 / max as f64;
            let mark = if d.reminders > 0 {
                Some(("chart-mark-reminder", "▲"))
            } else if d.announced > 0 {
                Some(("chart-mark-announced", "●"))
            } else {
                None
            };
            view! {
                <rect x=format!("{:.1}", x + col * 0.1) y=format!("{:.1}", base - h)
                    width=format!("{:.1}", col * 0.8) height=format!("{h:.1}") class="chart-bar"/>
                {mark.map(|(class, glyph)| view! {
                    <text x=format!("{:.1}", x + col / 2.0) y=base + 14.0 class=class text-anchor="middle">{glyph}</text>
                })}
            }
        })
        .collect_view();
    let first = days.first().map(|d| d.date.clone()).unwrap_or_default();
    let last = days.last().map(|d| d.date.clone()).unwrap_or_default();
    let total: u64 = days.iter().map(|d| d.registered).sum();
    let reminder_days = days.iter().filter(|d| d.reminders > 0).count();
    let title = i18n.t("dashboard-days-title");
    let desc = i18n.t_args(
        "dashboard-days-desc",
        &[
            ("total", total.into()),
            ("first", first.clone().into()),
            ("last", last.clone().into()),
            ("reminderDays", reminder_days.into()),
        ],
    );
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {}", base + 40.0) role="img"
            aria-labelledby="registrations-chart-title registrations-chart-desc" data-chart="registrations">
            <title id="registrations-chart-title">{title}</title>
            <desc id="registrations-chart-desc">{desc}</desc>
            <line x1=left y1=base x2=WIDTH - 10.0 y2=base class="chart-axis"/>
            <text x=left - 6.0 y=top + 4.0 class="chart-value" text-anchor="end">{max.to_string()}</text>
            <text x=left - 6.0 y=base class="chart-value" text-anchor="end">"0"</text>
            {columns}
            <text x=left y=base + 34.0 class="chart-value">{first}</text>
            <text x=WIDTH - 10.0 y=base + 34.0 class="chart-value" text-anchor="end">{last}</text>
        </svg>
        <p class="chart-legend">
            <span class="chart-mark-reminder" aria-hidden="true">"▲ "</span>{i18n.t("dashboard-legend-reminders")}
            " · "
            <span class="chart-mark-announced" aria-hidden="true">"● "</span>{i18n.t("dashboard-legend-announced")}
        </p>
    }
    .into_any()
}

/// A section: heading, chart (if any), then its table with the export link.
fn section(
    heading: String,
    id: &'static str,
    chart: Option<AnyView>,
    table: Table,
    slug: &str,
    query: &str,
) -> impl IntoView + use<> {
    let details = chart.is_some();
    let table = table.view(slug, query);
    let i18n = i18n();
    view! {
        <section class=if matches!(id, "readiness" | "registrations") { "dashboard-section wide" } else { "dashboard-section" } aria-labelledby=format!("{id}-heading")>
            <h2 id=format!("{id}-heading")>{heading}</h2>
            {chart}
            {if details {
                view! {
                    <details class="chart-table">
                        <summary>{i18n.t("dashboard-show-table")}</summary>
                        {table}
                    </details>
                }
                .into_any()
            } else {
                table.into_any()
            }}
        </section>
    }
}

pub fn dashboard_page(v: DashboardView) -> AnyView {
    let i18n = i18n();
    let query = v.filter.query();
    let slug = v.slug.clone();
    let mut tables = dashboard_tables(&v, &i18n).into_iter();
    let mut next = || tables.next().expect("one table per section");
    let roster = v.funnel.first().copied().unwrap_or(0);
    let funnel_chart = bar_chart(
        "funnel",
        i18n.t("dashboard-funnel-title"),
        i18n.t_args("dashboard-funnel-desc", &[("roster", roster.into())]),
        FUNNEL
            .iter()
            .zip(&v.funnel)
            .map(|(id, n)| {
                (
                    i18n.t(&format!("dashboard-funnel-{id}")),
                    *n,
                    format!("{n} ({})", pct(&i18n, *n, roster)),
                )
            })
            .collect(),
        roster,
    );
    let platform_max = v.platforms.iter().map(|p| p.employees).max().unwrap_or(0);
    let platform_chart = bar_chart(
        "platforms",
        i18n.t("dashboard-platforms-title"),
        i18n.t("dashboard-platforms-desc"),
        v.platforms
            .iter()
            .map(|p| {
                (
                    platform_label(&i18n, &p.platform),
                    p.employees,
                    i18n.t_args(
                        "dashboard-platform-bar",
                        &[("n", p.employees.into()), ("stuck", p.stuck.into())],
                    ),
                )
            })
            .collect(),
        platform_max,
    );
    let days_chart = days_chart(&i18n, &v.days);
    let departments = v
        .departments
        .iter()
        .map(|d| {
            let selected = *d == v.filter.department;
            view! { <option value=d.clone() selected=selected>{d.clone()}</option> }
        })
        .collect_view();
    let range = if v.filtered {
        i18n.t_args(
            "dashboard-range-filtered",
            &[
                ("first", v.first_day.clone().into()),
                ("last", v.last_day.clone().into()),
                ("zone", v.time_zone.clone().into()),
            ],
        )
    } else {
        i18n.t_args(
            "dashboard-range-all",
            &[("zone", v.time_zone.clone().into())],
        )
    };
    let status = match (&v.status_as_of, &v.sync_error) {
        (_, Some(e)) => i18n.t_args("dashboard-status-error", &[("error", e.clone().into())]),
        (Some(at), None) => i18n.t_args("dashboard-status-as-of", &[("at", at.clone().into())]),
        (None, None) => i18n.t("dashboard-status-never"),
    };
    let straggler_links = v
        .stragglers
        .iter()
        .map(|(k, n)| {
            let mut f = v.filter.clone();
            f.from.clear();
            f.to.clear();
            let sep = if f.query().is_empty() { "?" } else { "&" };
            let href = format!(
                "/admin/t/{slug}/stragglers{}{sep}reason={}",
                f.query(),
                k.id()
            );
            view! {
                <li><a href=href>{i18n.t(&format!("dashboard-straggler-{}", k.id()))}": "{n.to_string()}</a></li>
            }
        })
        .collect_view();
    let error = v.error.as_ref().map(|m| {
        view! { <p class="notice error" role="alert" id="filter-error">{m.render(&i18n)}</p> }
    });
    let invalid = v.error.is_some().then_some("true");
    let overall = v.readiness.first().cloned().unwrap_or_default();
    let card = |label: String, value: String, note: Option<String>| {
        view! {
            <div class="glance-card">
                <p class="glance-value">{value}</p>
                <p class="glance-label">{label}</p>
                {note.map(|n| view! { <p class="hint">{n}</p> })}
            </div>
        }
    };
    let crossed = |at: &Option<String>| {
        Some(match at {
            Some(d) => i18n.t_args("dashboard-crossed-on", &[("date", d.clone().into())]),
            None => i18n.t_args(
                "dashboard-not-crossed",
                &[("target", (v.readiness_target as usize).into())],
            ),
        })
    };
    let glance = view! {
        <section class="glance" aria-labelledby="glance-heading">
            <h2 id="glance-heading" class="visually-hidden">{i18n.t("dashboard-glance")}</h2>
            {card(i18n.t("dashboard-glance-registered"), pct(&i18n, overall.registered, overall.employees), crossed(&overall.registered_crossed))}
            {card(
                i18n.t("dashboard-glance-passkey"),
                if v.usage_known { pct(&i18n, overall.signing_in, overall.employees) } else { "–".into() },
                if v.usage_known { crossed(&overall.signing_in_crossed) } else { Some(i18n.t("dashboard-glance-passkey-unknown")) },
            )}
            {card(
                i18n.t("dashboard-glance-ready"),
                i18n.t(if overall.ready { "dashboard-ready-yes" } else { "dashboard-ready-no" }),
                Some(i18n.t_args("dashboard-glance-ready-people", &[("n", (v.ready_to_enforce as usize).into())])),
            )}
            <p class="glance-link"><a href=format!("/admin/t/{slug}/dashboard/ready-to-enforce.csv") download="">{i18n.t("dashboard-ready-export")}</a></p>
        </section>
    };
    let target_form = v.can_set_target.then(|| view! {
        <form method="post" action=format!("/admin/t/{slug}/readiness") class="inline-form">
            {super::csrf_field(&v.csrf)}
            <label for="readiness-target">{i18n.t("dashboard-readiness-target")}</label>
            " "<input id="readiness-target" name="target" type="number" min="1" max="100" required value=v.readiness_target.to_string()/>
            " "<button type="submit" class="button secondary">{i18n.t("dashboard-readiness-save")}</button>
        </form>
    });
    view! {
        <div class="dashboard">
            <h1>{i18n.t("dashboard-title")}</h1>
            <form method="get" class="filters" aria-describedby=v.error.is_some().then_some("filter-error")>
                <label>{i18n.t("dashboard-filter-department")}
                    <select name="department">
                        <option value="">{i18n.t("dashboard-filter-all-departments")}</option>
                        {departments}
                    </select>
                </label>
                <label>{i18n.t("dashboard-filter-from")}
                    <input type="date" name="from" value=v.filter.from.clone() aria-invalid=invalid/>
                </label>
                <label>{i18n.t("dashboard-filter-to")}
                    <input type="date" name="to" value=v.filter.to.clone() aria-invalid=invalid/>
                </label>
                <button type="submit" class="button">{i18n.t("dashboard-filter-apply")}</button>
            </form>
            {error}
            <p class="hint">{range}</p>
            <p class="hint" data-status>{status}</p>
            {glance}
            {section(i18n.t("dashboard-readiness-title"), "readiness", None, next(), &slug, &query)}
            {target_form}
            {section(i18n.t("dashboard-funnel-title"), "funnel", Some(funnel_chart), next(), &slug, &query)}
            <section class="dashboard-section" aria-labelledby="stragglers-heading">
                <h2 id="stragglers-heading">{i18n.t("dashboard-stragglers-title")}</h2>
                <p>{i18n.t("dashboard-stragglers-intro")}</p>
                <ul class="straggler-links">{straggler_links}</ul>
            </section>
            {section(i18n.t("dashboard-platforms-title"), "platforms", Some(platform_chart), next(), &slug, &query)}
            {section(i18n.t("dashboard-below-minimum-title"), "below-minimum", None, next(), &slug, &query)}
            {section(i18n.t("dashboard-browsers-title"), "browsers", None, next(), &slug, &query)}
            {section(i18n.t("dashboard-in-app-title"), "in-app", None, next(), &slug, &query)}
            {section(i18n.t("dashboard-stuck-title"), "stuck", None, next(), &slug, &query)}
            {section(i18n.t("dashboard-days-title"), "registrations", Some(days_chart), next(), &slug, &query)}
            {section(i18n.t("dashboard-stragglers-counts"), "straggler-counts", None, next(), &slug, &query)}
        </div>
    }
    .into_any()
}

/// "Previous · Page 2 of 5 · Next", when there is more than one page.
fn pager(
    i18n: &I18n,
    page: usize,
    pages: usize,
    href: impl Fn(usize) -> String,
) -> Option<AnyView> {
    (pages > 1).then(|| {
        let prev = (page > 1).then(|| {
            view! { <a href=href(page - 1) rel="prev">{i18n.t("stragglers-previous")}</a>" " }
        });
        let next = (page < pages).then(|| {
            view! { " "<a href=href(page + 1) rel="next">{i18n.t("stragglers-next")}</a> }
        });
        view! {
            <nav class="pager" aria-label=i18n.t("stragglers-pages")>
                {prev}
                {i18n.t_args("stragglers-page-of", &[("page", page.into()), ("pages", pages.into())])}
                {next}
            </nav>
        }
        .into_any()
    })
}

/// One employee still without a passkey.
#[derive(Debug, Clone, PartialEq)]
pub struct StragglerRow {
    pub reference: String,
    pub name: String,
    pub email: String,
    pub department: String,
    pub manager: String,
    pub reason: Straggler,
    /// Where they are stuck, or their device when the OS is too old.
    pub detail: String,
    pub last_seen: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StragglersView {
    pub slug: String,
    pub department: String,
    pub reason: Option<Straggler>,
    pub departments: Vec<String>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub rows: Vec<StragglerRow>,
}

impl StragglersView {
    pub fn query(&self, page: Option<usize>) -> String {
        let mut pairs = Vec::new();
        if !self.department.is_empty() {
            pairs.push(format!("department={}", encode(&self.department)));
        }
        if let Some(r) = self.reason {
            pairs.push(format!("reason={}", r.id()));
        }
        if let Some(p) = page {
            pairs.push(format!("page={p}"));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

/// The stragglers as a table: the page shows one page of it, the CSV all of it.
pub fn stragglers_table(rows: &[StragglerRow], i18n: &I18n) -> Table {
    Table {
        id: "stragglers",
        caption: i18n.t("stragglers-title"),
        head: vec![
            i18n.t("stragglers-col-name"),
            i18n.t("stragglers-col-email"),
            i18n.t("stragglers-col-department"),
            i18n.t("stragglers-col-manager"),
            i18n.t("dashboard-col-reason"),
            i18n.t("stragglers-col-detail"),
            i18n.t("stragglers-col-last-seen"),
        ],
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    r.name.clone(),
                    r.email.clone(),
                    r.department.clone(),
                    r.manager.clone(),
                    i18n.t(&format!("dashboard-straggler-{}", r.reason.id())),
                    r.detail.clone(),
                    r.last_seen.clone(),
                ]
            })
            .collect(),
    }
}

pub fn stragglers_page(v: StragglersView) -> AnyView {
    let i18n = i18n();
    let slug = v.slug.clone();
    let table = stragglers_table(&v.rows, &i18n);
    let label = table.caption.clone();
    let csv = format!("/admin/t/{slug}/stragglers.csv{}", v.query(None));
    let head = table
        .head
        .iter()
        .map(|h| view! { <th scope="col">{h.clone()}</th> })
        .collect_view();
    let body = v
        .rows
        .iter()
        .zip(table.rows)
        .map(|(r, cells)| {
            let href = format!("/admin/t/{slug}/employees/{}", r.reference);
            let mut cells = cells.into_iter();
            let name = cells.next().unwrap_or_default();
            let rest = cells.map(|c| view! { <td>{c}</td> }).collect_view();
            view! { <tr><th scope="row"><a href=href>{name}</a></th>{rest}</tr> }
        })
        .collect_view();
    let departments = v
        .departments
        .iter()
        .map(|d| {
            let selected = *d == v.department;
            view! { <option value=d.clone() selected=selected>{d.clone()}</option> }
        })
        .collect_view();
    let reasons = Straggler::ALL
        .into_iter()
        .map(|k| {
            let selected = v.reason == Some(k);
            view! { <option value=k.id() selected=selected>{i18n.t(&format!("dashboard-straggler-{}", k.id()))}</option> }
        })
        .collect_view();
    let pager = pager(&i18n, v.page, v.pages, |p| v.query(Some(p)));
    view! {
        <h1>{i18n.t("stragglers-title")}</h1>
        <p><a href=format!("/admin/t/{slug}/dashboard")>{i18n.t("stragglers-back")}</a></p>
        <form method="get" class="filters">
            <label>{i18n.t("dashboard-filter-department")}
                <select name="department">
                    <option value="">{i18n.t("dashboard-filter-all-departments")}</option>
                    {departments}
                </select>
            </label>
            <label>{i18n.t("dashboard-col-reason")}
                <select name="reason">
                    <option value="">{i18n.t("stragglers-all-reasons")}</option>
                    {reasons}
                </select>
            </label>
            <button type="submit" class="button">{i18n.t("dashboard-filter-apply")}</button>
        </form>
        <p data-total=v.total.to_string()>{i18n.t_args("stragglers-count", &[("n", v.total.into())])}</p>
        <p><a href=csv download="">{i18n.t("stragglers-export")}</a></p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            <table class="data" data-table="stragglers">
                <caption>{table.caption}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {pager}
    }
    .into_any()
}

pub use crate::domain::audit::AUDIT_ACTIONS;

/// One audit entry as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub changes: Vec<(String, String, String)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditView {
    pub slug: String,
    pub rows: Vec<AuditRow>,
    pub page: usize,
    pub pages: usize,
}

pub fn audit_page(v: AuditView) -> AnyView {
    let i18n = i18n();
    let rows = v
        .rows
        .into_iter()
        .map(|r| {
            let changes = r
                .changes
                .into_iter()
                .map(|(field, before, after)| {
                    view! {
                        <li>
                            <code>{field}</code>": "
                            <del>{before}</del>" → "<ins>{after}</ins>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <tr data-action=r.action.clone()>
                    <th scope="row">{r.at}</th>
                    <td>{r.actor}</td>
                    <td>{i18n.t(&format!("audit-action-{}", r.action))}</td>
                    <td><ul class="changes">{changes}</ul></td>
                </tr>
            }
        })
        .collect_view();
    let pager = pager(&i18n, v.page, v.pages, |p| format!("?page={p}"));
    view! {
        <h1>{i18n.t("audit-title")}</h1>
        <p>{i18n.t("audit-intro")}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.t("audit-title")>
            <table class="data" data-table="audit">
                <caption>{i18n.t("audit-title")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("audit-col-when")}</th>
                    <th scope="col">{i18n.t("audit-col-who")}</th>
                    <th scope="col">{i18n.t("audit-col-what")}</th>
                    <th scope="col">{i18n.t("audit-col-changes")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {pager}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_queries_are_encoded_and_skip_empty_fields() {
        let f = DashboardFilter {
            department: "R&D / Ops".into(),
            from: "2026-11-01".into(),
            to: String::new(),
        };
        assert_eq!(f.query(), "?department=R%26D%20%2F%20Ops&from=2026-11-01");
        assert_eq!(DashboardFilter::default().query(), "");
    }
}
