//! The audit log's actions: every kind of change to a tenant that is recorded, by id.

/// The actions the audit log records; each has a label `audit-action-{id}` in every language.
pub const AUDIT_ACTIONS: &[&str] = &[
    "branding-saved",
    "logo-uploaded",
    "branding-published",
    "policy-saved",
    "roster-imported",
    "links-exported",
    "reminders-saved",
    "tenant-created",
    "admin-granted",
    "registration-imported",
    "reminders-announced",
    "entra-connected",
    "entra-disconnected",
    "readiness-target-saved",
    "branding-imported",
];
