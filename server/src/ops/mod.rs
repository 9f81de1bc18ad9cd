//! Operations: what the admin console and the command line both do, with the same rules and
//! messages. Each takes the database and who is acting, calls the domain for the rules and the
//! store for the data, and records the change in the audit log. Background jobs call them too.

pub mod accounts;
pub mod comms;
pub mod dashboard;
pub mod diagnostic;
pub mod entra;
pub mod links;
pub mod passkeys;
pub mod privacy;
pub mod registration;
pub mod reminders;
pub mod roster;
pub mod sso;
pub mod tenants;
pub mod waves;
