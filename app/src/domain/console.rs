//! Who may use the admin console, and how: the role an Entra ID sign-in carries, tenants that
//! accept only Entra sign-in, and invitations. Plain rules; the server stores and applies them.

use super::tenant::Role;

/// How long an invitation stays open.
pub const INVITATION_DAYS: i64 = 7;

/// How a console session was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Password,
    Passkey,
    Entra,
}

impl Method {
    pub fn id(self) -> &'static str {
        match self {
            Method::Password => "password",
            Method::Passkey => "passkey",
            Method::Entra => "entra",
        }
    }

    pub fn from_id(s: &str) -> Option<Method> {
        [Method::Password, Method::Passkey, Method::Entra]
            .into_iter()
            .find(|m| m.id() == s)
    }
}

/// Whether a session opened by `method` may open a tenant's console. A tenant set to "Entra
/// sign-in only" refuses local passwords; the passkeys of its break-glass accounts still work.
pub fn method_allowed(method: Method, entra_only: bool) -> bool {
    !(entra_only && method == Method::Password)
}

/// The app role values (the `roles` claim) that stand for each console role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleNames {
    pub owner: String,
    pub admin: String,
    pub helpdesk: String,
}

impl Default for RoleNames {
    fn default() -> Self {
        RoleNames {
            owner: "Owner".into(),
            admin: "Admin".into(),
            helpdesk: "Helpdesk".into(),
        }
    }
}

impl RoleNames {
    /// The highest console role among the token's app roles. Entra compares app role values
    /// exactly, and so does this.
    pub fn role_of(&self, claims: &[String]) -> Option<Role> {
        [
            (&self.owner, Role::Owner),
            (&self.admin, Role::Admin),
            (&self.helpdesk, Role::Helpdesk),
        ]
        .into_iter()
        .find(|(name, _)| claims.iter().any(|c| c == *name))
        .map(|(_, role)| role)
    }

    /// Entra's rules for an app role value: 1 to 120 characters, no spaces; and the three must
    /// differ, or one name would stand for two roles.
    pub fn validate(&self) -> Result<(), String> {
        for name in [&self.owner, &self.admin, &self.helpdesk] {
            if name.is_empty()
                || name.chars().count() > 120
                || name.chars().any(char::is_whitespace)
            {
                return Err(format!(
                    "the app role value {name:?} must have 1 to 120 characters and no spaces"
                ));
            }
        }
        if self.owner == self.admin || self.owner == self.helpdesk || self.admin == self.helpdesk {
            return Err("the three app role values must differ".into());
        }
        Ok(())
    }
}

/// What the console already knows of a person in a tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Nothing.
    None,
    /// A role an owner (or the command line) granted: an accepted invitation.
    Console(Role),
    /// The role their last Entra sign-in carried.
    Entra(Role),
    /// An owner removed their access; only a new invitation gives it back.
    Removed,
}

/// The outcome of an Entra sign-in for a tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Granted {
        role: Role,
        /// The role is the token's app role (Entra decides it), not a console grant.
        from_entra: bool,
        /// The sign-in accepts an open "sign in with Entra" invitation.
        accepts_invitation: bool,
    },
    /// Valid identity, no role here: a clear page, no session.
    NoRole,
    /// An owner removed this person.
    Removed,
}

/// Decides an Entra sign-in. The token's app role wins, so the tenant's Entra admins decide;
/// without one, a console grant or an open invitation for the person's UPN applies. An
/// owner's removal stands until they invite the person again, even against an app role.
pub fn admit(token_role: Option<Role>, standing: Standing, invitation: Option<Role>) -> Admission {
    match (standing, token_role, invitation) {
        (Standing::Removed, _, _) => Admission::Removed,
        (_, Some(role), _) => Admission::Granted {
            role,
            from_entra: true,
            accepts_invitation: invitation.is_some(),
        },
        (Standing::Console(role), None, _) => Admission::Granted {
            role,
            from_entra: false,
            accepts_invitation: false,
        },
        (_, None, Some(role)) => Admission::Granted {
            role,
            from_entra: false,
            accepts_invitation: true,
        },
        (Standing::None | Standing::Entra(_), None, None) => Admission::NoRole,
    }
}

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationState {
    Open,
    Accepted,
    Expired,
    Revoked,
}

impl InvitationState {
    pub fn of(expires_at_ms: i64, accepted: bool, revoked: bool, now_ms: i64) -> Self {
        if accepted {
            InvitationState::Accepted
        } else if revoked {
            InvitationState::Revoked
        } else if now_ms >= expires_at_ms {
            InvitationState::Expired
        } else {
            InvitationState::Open
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            InvitationState::Open => "open",
            InvitationState::Accepted => "accepted",
            InvitationState::Expired => "expired",
            InvitationState::Revoked => "revoked",
        }
    }
}

/// An invitation's address: an email address or a UPN, compared without case.
pub fn normalise_address(s: &str) -> Option<String> {
    let s = s.trim().to_lowercase();
    super::branding::is_plausible_email(&s).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_highest_app_role_counts_and_names_match_exactly() {
        let n = RoleNames::default();
        assert_eq!(n.role_of(&roles(&["Helpdesk", "Owner"])), Some(Role::Owner));
        assert_eq!(n.role_of(&roles(&["Admin"])), Some(Role::Admin));
        assert_eq!(n.role_of(&roles(&["owner", "Reader"])), None);
        assert_eq!(n.role_of(&[]), None);
        let custom = RoleNames {
            owner: "PasskeyGuide.Owner".into(),
            ..RoleNames::default()
        };
        assert_eq!(custom.role_of(&roles(&["Owner"])), None);
        assert_eq!(
            custom.role_of(&roles(&["PasskeyGuide.Owner"])),
            Some(Role::Owner)
        );
    }

    #[test]
    fn role_names_follow_entras_rules() {
        assert!(RoleNames::default().validate().is_ok());
        let bad = |owner: &str| {
            RoleNames {
                owner: owner.into(),
                ..RoleNames::default()
            }
            .validate()
        };
        assert!(bad("").is_err());
        assert!(bad("Passkey Owner").is_err());
        assert!(bad(&"x".repeat(121)).is_err());
        assert!(bad("Admin").is_err(), "the same name twice");
    }

    #[test]
    fn entra_only_refuses_passwords_but_not_passkeys() {
        assert!(method_allowed(Method::Password, false));
        assert!(!method_allowed(Method::Password, true));
        assert!(method_allowed(Method::Passkey, true));
        assert!(method_allowed(Method::Entra, true));
        for m in [Method::Password, Method::Passkey, Method::Entra] {
            assert_eq!(Method::from_id(m.id()), Some(m));
        }
        assert_eq!(Method::from_id("magic"), None);
    }

    #[test]
    fn admission() {
        use Admission::*;
        let granted = |role, from_entra, accepts_invitation| Granted {
            role,
            from_entra,
            accepts_invitation,
        };
        // The token's role wins over a console grant, up or down.
        assert_eq!(
            admit(Some(Role::Helpdesk), Standing::Console(Role::Owner), None),
            granted(Role::Helpdesk, true, false)
        );
        assert_eq!(
            admit(Some(Role::Owner), Standing::None, Some(Role::Admin)),
            granted(Role::Owner, true, true)
        );
        // No app role: a console grant, then an open invitation.
        assert_eq!(
            admit(None, Standing::Console(Role::Admin), None),
            granted(Role::Admin, false, false)
        );
        assert_eq!(
            admit(None, Standing::None, Some(Role::Helpdesk)),
            granted(Role::Helpdesk, false, true)
        );
        assert_eq!(
            admit(None, Standing::Entra(Role::Helpdesk), Some(Role::Admin)),
            granted(Role::Admin, false, true)
        );
        // An app role taken away in Entra takes the access away.
        assert_eq!(admit(None, Standing::Entra(Role::Owner), None), NoRole);
        assert_eq!(admit(None, Standing::None, None), NoRole);
        // Removal stands against everything but a new invitation (which clears it).
        assert_eq!(
            admit(Some(Role::Owner), Standing::Removed, Some(Role::Owner)),
            Removed
        );
    }

    #[test]
    fn invitations_expire_and_end() {
        assert_eq!(
            InvitationState::of(10, false, false, 9),
            InvitationState::Open
        );
        assert_eq!(
            InvitationState::of(10, false, false, 10),
            InvitationState::Expired
        );
        assert_eq!(
            InvitationState::of(10, true, false, 99),
            InvitationState::Accepted
        );
        assert_eq!(
            InvitationState::of(10, false, true, 1),
            InvitationState::Revoked
        );
        assert_eq!(
            normalise_address(" Ada@Contoso.Example "),
            Some("ada@contoso.example".into())
        );
        assert_eq!(normalise_address("not an address"), None);
    }
}
