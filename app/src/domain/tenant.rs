//! Tenants and the roles admins hold in them.

use super::id::id_enum;

/// Lower-case letters, digits and inner hyphens, 2 to 40 characters: it appears in every URL.
pub fn is_valid_slug(s: &str) -> bool {
    let b = s.as_bytes();
    (2..=40).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

id_enum! {
    /// What an admin may do in one tenant. Ordered: a role can do everything the roles below it
    /// can.
    pub enum Role {
        /// Looks employees up and reads their personal link; changes nothing.
        Helpdesk = "helpdesk",
        /// Edits branding and policy, imports the roster, exports links.
        Admin = "admin",
        /// Everything an admin does; the tenant's accountable owner.
        Owner = "owner",
    }
}

impl Role {
    pub fn can_edit(self) -> bool {
        self >= Role::Admin
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["contoso", "fabrikam-eu", "a1", "x-2-y"] {
            assert!(is_valid_slug(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "-x",
            "x-",
            "Contoso",
            "con toso",
            "c/o",
            "ü-x",
            &"a".repeat(41),
        ] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
    }

    #[test]
    fn roles_are_ordered() {
        assert!(Role::Owner.can_edit() && Role::Admin.can_edit() && !Role::Helpdesk.can_edit());
        for r in [Role::Helpdesk, Role::Admin, Role::Owner] {
            assert_eq!(Role::from_id(r.id()), Some(r));
        }
        assert_eq!(Role::from_id("root"), None);
    }
}
