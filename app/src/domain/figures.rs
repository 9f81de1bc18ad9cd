//! The dashboard's figures, added up from groups of employees who look the same to it (one
//! row of the server's grouped scan each): the funnel, the device mix, the devices below a
//! flow's minimum and the stragglers by reason. Plain data in, figures out.

use super::Catalogue;
use super::chooser::Policy;
use super::dashboard::{FUNNEL, Standing, Straggler, below_minimum, classify};
use super::journey::Stage;
use std::collections::{BTreeMap, HashMap};

/// Employees who share a stage, device and registration status, and how many of them reached
/// each milestone within the dashboard's date range (all time when no range is chosen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub stage: Stage,
    /// They reported being stuck and have not got past that step.
    pub stuck: bool,
    /// Their latest device, as detected; `None` when they never opened their link.
    pub platform: Option<String>,
    pub os_version: Option<String>,
    pub browser: Option<String>,
    pub in_app: Option<String>,
    /// Entra's latest word: `None` when they are not in any import or sync yet.
    pub registered: Option<bool>,
    /// What Entra's registration details add (no MFA method, admin, guest).
    pub facts: super::dashboard::EntraFacts,
    /// How many employees the group has.
    pub employees: u64,
    pub announced: u64,
    pub opened: u64,
    pub started: u64,
    pub handed_off: u64,
    /// Signed in with it in the test sign-in at the end of the flow.
    pub signed_in: u64,
    /// Got a passkey (Entra's first sighting) within the range.
    pub registered_in_range: u64,
    /// First signed in with a passkey (the sign-in logs) within the range.
    pub passkey_sign_in: u64,
}

impl Default for Group {
    /// An empty group of people who never opened their link.
    fn default() -> Self {
        Group {
            stage: Stage::NotOpened,
            stuck: false,
            platform: None,
            os_version: None,
            browser: None,
            in_app: None,
            registered: None,
            facts: Default::default(),
            employees: 0,
            announced: 0,
            opened: 0,
            started: 0,
            handed_off: 0,
            signed_in: 0,
            registered_in_range: 0,
            passkey_sign_in: 0,
        }
    }
}

/// One platform's row of the device mix.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlatformRow {
    pub platform: String,
    pub employees: u64,
    pub stuck: u64,
    pub below_minimum: u64,
    pub registered: u64,
}

/// A step where people report being stuck, with the symptom, by how many employees.
#[derive(Debug, Clone, PartialEq)]
pub struct StuckRow {
    pub flow: String,
    pub step: u16,
    pub symptom: String,
    pub employees: u64,
}

/// Everything the dashboard counts from the groups.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figures {
    /// Counts for [`FUNNEL`]'s stages, in order.
    pub funnel: Vec<u64>,
    /// By employees, most first (then by name).
    pub platforms: Vec<PlatformRow>,
    /// (platform, OS version, employees) below a flow's minimum, most first.
    pub below_minimum: Vec<(String, String, u64)>,
    pub browsers: Vec<(String, u64)>,
    pub in_app: Vec<(String, u64)>,
    /// Employees without a passkey, by reason: every reason, zeros included.
    pub stragglers: Vec<(Straggler, u64)>,
}

/// Remembers which (platform, version) pairs are below a minimum under the policy: many
/// groups share them, and each answer runs the chooser.
pub struct Minimums<'a> {
    catalogue: &'a Catalogue,
    policy: &'a Policy,
    known: HashMap<(String, Option<String>), bool>,
}

impl<'a> Minimums<'a> {
    pub fn new(catalogue: &'a Catalogue, policy: &'a Policy) -> Self {
        Minimums {
            catalogue,
            policy,
            known: HashMap::new(),
        }
    }

    /// Whether this device is below a flow's minimum; no platform is below nothing.
    pub fn below(&mut self, platform: Option<&str>, os: Option<&str>) -> bool {
        let Some(platform) = platform else {
            return false;
        };
        let (catalogue, policy) = (self.catalogue, self.policy);
        *self
            .known
            .entry((platform.to_owned(), os.map(str::to_owned)))
            .or_insert_with(|| below_minimum(catalogue, policy, platform, os))
    }
}

/// Adds the groups up. The device mix counts those who opened their link (in the range, if
/// one is given); the funnel and the stragglers count everyone.
pub fn figures(groups: &[Group], minimums: &mut Minimums<'_>) -> Figures {
    let mut funnel = [0u64; FUNNEL.len()];
    let mut platforms: BTreeMap<String, PlatformRow> = BTreeMap::new();
    let mut below: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut browsers: BTreeMap<String, u64> = BTreeMap::new();
    let mut in_app: BTreeMap<String, u64> = BTreeMap::new();
    let mut stragglers: BTreeMap<Straggler, u64> =
        Straggler::ALL.into_iter().map(|k| (k, 0)).collect();
    for g in groups {
        let reached = [
            g.employees,
            g.announced,
            g.opened,
            g.started,
            g.handed_off,
            g.signed_in,
            g.registered_in_range,
            g.passkey_sign_in,
        ];
        for (slot, n) in funnel.iter_mut().zip(reached) {
            *slot += n;
        }
        let is_below = minimums.below(g.platform.as_deref(), g.os_version.as_deref());
        let standing = Standing {
            registered: g.registered,
            stage: g.stage,
            stuck: g.stuck,
            below_minimum: is_below,
            facts: g.facts,
        };
        if let Some(k) = classify(&standing) {
            *stragglers.entry(k).or_default() += g.employees;
        }
        let opened = g.opened;
        let Some(platform) = g.platform.as_ref().filter(|_| opened > 0) else {
            continue;
        };
        let row = platforms
            .entry(platform.clone())
            .or_insert_with(|| PlatformRow {
                platform: platform.clone(),
                ..PlatformRow::default()
            });
        row.employees += opened;
        if g.stuck {
            row.stuck += opened;
        }
        if g.registered == Some(true) {
            row.registered += opened;
        }
        if is_below {
            row.below_minimum += opened;
            *below
                .entry((platform.clone(), g.os_version.clone().unwrap_or_default()))
                .or_default() += opened;
        }
        *browsers
            .entry(g.browser.clone().unwrap_or_default())
            .or_default() += opened;
        if let Some(app) = &g.in_app {
            *in_app.entry(app.clone()).or_default() += opened;
        }
    }

    let mut platforms: Vec<PlatformRow> = platforms.into_values().collect();
    platforms.sort_by(|a, b| {
        b.employees
            .cmp(&a.employees)
            .then_with(|| a.platform.cmp(&b.platform))
    });
    let mut below: Vec<(String, String, u64)> =
        below.into_iter().map(|((p, os), n)| (p, os, n)).collect();
    below.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));
    Figures {
        funnel: funnel.to_vec(),
        platforms,
        below_minimum: below,
        browsers: by_count(browsers),
        in_app: by_count(in_app),
        stragglers: stragglers.into_iter().collect(),
    }
}

/// Most first, then by name.
fn by_count(m: BTreeMap<String, u64>) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(stage: Stage, employees: u64) -> Group {
        Group {
            stage,
            employees,
            ..Group::default()
        }
    }

    fn opened(platform: &str, os: &str, browser: &str, n: u64) -> Group {
        Group {
            stage: Stage::Opened,
            platform: Some(platform.into()),
            os_version: Some(os.into()),
            browser: Some(browser.into()),
            employees: n,
            announced: n,
            opened: n,
            ..Group::default()
        }
    }

    fn figures_of(groups: &[Group]) -> Figures {
        let policy = Policy::default();
        figures(groups, &mut Minimums::new(Catalogue::embedded(), &policy))
    }

    #[test]
    fn nothing_in_nothing_out() {
        let f = figures_of(&[]);
        assert_eq!(f.funnel, vec![0; FUNNEL.len()]);
        assert!(f.platforms.is_empty() && f.browsers.is_empty() && f.below_minimum.is_empty());
        assert_eq!(f.stragglers.len(), Straggler::ALL.len());
        assert!(f.stragglers.iter().all(|(_, n)| *n == 0));
    }

    #[test]
    fn the_funnel_adds_each_milestone_across_groups() {
        let mut a = opened("iphone", "18.2", "safari", 3);
        a.started = 2;
        a.handed_off = 2;
        a.signed_in = 1;
        a.registered = Some(true);
        a.registered_in_range = 1;
        a.passkey_sign_in = 1;
        let never = group(Stage::NotOpened, 5);
        let f = figures_of(&[a, never]);
        assert_eq!(f.funnel, vec![8, 3, 3, 2, 2, 1, 1, 1]);
    }

    #[test]
    fn the_device_mix_counts_only_those_who_opened_their_link() {
        let mut registered = opened("android", "15", "chrome", 4);
        registered.registered = Some(true);
        let mut stuck = opened("iphone", "18.2", "safari", 2);
        stuck.stuck = true;
        let mut in_app = opened("iphone", "18.2", "safari", 1);
        in_app.in_app = Some("outlook".into());
        // Opened before the chosen range: counted in the funnel's roster, not the device mix.
        let mut earlier = opened("windows", "11", "edge", 7);
        earlier.opened = 0;
        let f = figures_of(&[registered, stuck, in_app, earlier]);
        assert_eq!(
            f.platforms,
            vec![
                PlatformRow {
                    platform: "android".into(),
                    employees: 4,
                    registered: 4,
                    ..PlatformRow::default()
                },
                PlatformRow {
                    platform: "iphone".into(),
                    employees: 3,
                    stuck: 2,
                    ..PlatformRow::default()
                },
            ]
        );
        assert_eq!(f.browsers, vec![("chrome".into(), 4), ("safari".into(), 3)]);
        assert_eq!(f.in_app, vec![("outlook".into(), 1)]);
    }

    #[test]
    fn stragglers_are_counted_by_their_most_telling_reason() {
        let mut stuck = opened("iphone", "18.2", "safari", 2);
        stuck.stuck = true;
        let mut done = opened("iphone", "18.2", "safari", 6);
        done.registered = Some(true);
        let mut handed_off = group(Stage::HandedOff, 3);
        handed_off.registered = Some(false);
        let f = figures_of(&[stuck, done, handed_off, group(Stage::NotOpened, 4)]);
        let count = |k: Straggler| f.stragglers.iter().find(|(s, _)| *s == k).unwrap().1;
        assert_eq!(count(Straggler::Stuck), 2);
        assert_eq!(count(Straggler::HandedOff), 3);
        assert_eq!(count(Straggler::NeverOpened), 4);
        assert_eq!(count(Straggler::InProgress), 0);
        assert_eq!(f.stragglers.iter().map(|(_, n)| n).sum::<u64>(), 9);
    }

    #[test]
    fn old_systems_are_listed_below_the_minimum() {
        // iOS 15 predates passkeys in every iPhone flow the default policy allows.
        let old = opened("iphone", "15.0", "safari", 2);
        let new = opened("iphone", "18.2", "safari", 5);
        let f = figures_of(&[old, new]);
        assert_eq!(f.below_minimum, vec![("iphone".into(), "15.0".into(), 2)]);
        assert_eq!(f.platforms[0].below_minimum, 2);
        let count = |k: Straggler| f.stragglers.iter().find(|(s, _)| *s == k).unwrap().1;
        assert_eq!(count(Straggler::BelowMinimum), 2);
        assert_eq!(count(Straggler::InProgress), 5);
    }
}
