# Anmeldung an der Konsole: Entra ID, Passkeys für Notfallzugriffskonten, die Kontoseite, Personen und Einladungen.

admin-nav-people = Personen
admin-error-entra-only = Die Konsole dieser Organisation akzeptiert nur „Mit Microsoft anmelden“ oder einen Passkey. Melden Sie sich ab und anschließend auf eine dieser Arten wieder an.

## Anmeldeseite
sso-heading = Mit Ihrem Arbeitskonto anmelden
sso-button = Mit Microsoft anmelden
sso-tenant-label = Organisation
sso-tenant-hint = Der Kurzname der Organisation, wie in der Adresse Ihrer Konsole: /admin/t/kurzname
sso-not-set-up = Diese Organisation hat „Mit Microsoft anmelden“ nicht eingerichtet. Verwenden Sie einen Passkey oder Ihr Kennwort, oder wenden Sie sich an den Besitzer der Konsole.
sso-unavailable = Die Anmeldung bei Microsoft war nicht erreichbar. Versuchen Sie es gleich noch einmal.
sso-stale = Diese Anmeldung ist abgelaufen oder wurde bereits verwendet. Beginnen Sie von vorn.
sso-provider-error = Microsoft hat Sie nicht angemeldet (Fehler: { $code }). Beginnen Sie von vorn, oder wenden Sie sich an Ihren Entra-Administrator.
sso-refused = Die Antwort von Microsoft konnte nicht überprüft werden, daher sind Sie nicht angemeldet. { $reason ->
    [expired] Die Anmeldung hat zu lange gedauert.
    [tenant] Sie galt für eine andere Organisation.
    [audience] Sie galt für eine andere Anwendung.
    [issuer] Sie stammte von einem anderen Aussteller.
    [nonce] Sie gehörte zu einer anderen Anmeldung.
    [unknown-key] Sie war mit einem Schlüssel signiert, den die Organisation nicht veröffentlicht.
    [algorithm] Sie war nicht so signiert, wie Microsoft signiert.
    [signature] Ihre Signatur ist ungültig.
   *[other] Beginnen Sie von vorn; wenn das Problem bestehen bleibt, wenden Sie sich an die Betreiber dieses Dienstes.
}
sso-no-role = Sie haben sich als { $username } angemeldet, haben in dieser Konsole aber keine Rolle. Bitten Sie Ihren Entra-Administrator, Ihnen die Rolle „Besitzer“, „Administrator“ oder „Helpdesk“ dieser App zuzuweisen, oder bitten Sie einen Besitzer, Sie einzuladen.
sso-removed = Sie haben sich als { $username } angemeldet, aber ein Besitzer hat Ihren Zugriff auf diese Konsole entfernt. Bitten Sie einen Besitzer, Sie erneut einzuladen.
sso-address-taken = Sie haben sich als { $username } angemeldet, als Gast dieser Organisation. Hier gibt es bereits ein Konto mit dieser Adresse, und eine Gastanmeldung kann es nicht übernehmen. Bitten Sie einen Besitzer, Ihnen eine App-Rolle zuzuweisen, oder melden Sie sich mit Ihrem Konto in dieser Organisation an.
sso-signed-in-title = Angemeldet
sso-continue = Weiter zur Konsole
passkey-sign-in-heading = Notfallzugriffskonto
passkey-sign-in-lead = Für die Notfallkonten dieser Konsole: Melden Sie sich mit dem Passkey an, der für das Konto registriert ist.
passkey-sign-in-button = Mit einem Passkey anmelden
passkey-needs-js = Passkeys benötigen in diesem Browser JavaScript.
passkey-failed = Der Passkey hat nicht funktioniert. Versuchen Sie es erneut, oder melden Sie sich auf andere Weise an.
password-sign-in-heading = Lokales Konto

## Kontoseite
account-title = Ihr Konto
account-signed-in-as = Sie sind als { $email } angemeldet ({ $method }).
sign-in-method-password = Kennwort
sign-in-method-passkey = Passkey
sign-in-method-entra = Microsoft Entra ID
passkeys-heading = Passkeys
passkeys-lead = Mit einem Passkey kann sich dieses Konto ohne sein Kennwort anmelden, auch wenn die Organisation nur die Anmeldung mit Microsoft akzeptiert. Registrieren Sie einen Passkey auf einem Sicherheitsschlüssel oder Gerät, das für Notfälle aufbewahrt wird.
passkeys-none = Dieses Konto hat keinen Passkey.
passkey-name-label = Name
passkey-name-default = Sicherheitsschlüssel für Notfälle
passkey-created = Hinzugefügt
passkey-last-used = Zuletzt verwendet
passkey-never-used = Nie
passkey-add = Passkey hinzufügen
passkey-remove = Entfernen
passkey-added = Der Passkey wurde hinzugefügt.
passkey-removed = Der Passkey wurde entfernt.
passkey-unavailable = Passkeys sind auf diesem Server nicht verfügbar:

## Seite „Personen“
people-title = Personen
people-heading = Wer diese Konsole verwenden kann
people-person = Person
people-role = Rolle
people-source = Herkunft der Rolle
people-methods = Anmeldung mit
people-actions = Aktionen
people-change-role = Rolle ändern
people-remove = Zugriff entfernen
people-removed = Zugriff entfernt
people-role-from-entra = Entra-App-Rolle
people-role-from-console = Diese Konsole
people-role-changed = Die Rolle wurde geändert.
people-access-removed = Der Zugriff wurde entfernt, und alle Sitzungen der Person wurden überall beendet.
people-error = Nicht gespeichert: { $detail }
invite-heading = Jemanden einladen
invite-lead = Einladungen laufen nach 7 Tagen ab. Eine Einladung per Link wird nur einmal angezeigt: Senden Sie sie selbst an die Person.
invite-address = E-Mail-Adresse oder Benutzerprinzipalname
invite-kind = Art der Anmeldung
invitation-kind-entra = Mit Microsoft Entra ID, als dieser Benutzer
invitation-kind-link = Mit einem Kennwort, über einen Einladungslink
invite-submit = Einladen
invite-bad-address = Das ist weder eine E-Mail-Adresse noch ein Benutzerprinzipalname.
invite-bad-role = Wählen Sie eine Rolle aus.
invite-entra-not-set-up = Richten Sie zuerst „Mit Microsoft anmelden“ ein, oder laden Sie mit einem Link ein.
invitation-created = Die Einladung wurde gespeichert.
invitation-link-once = Kopieren Sie diesen Link jetzt, und senden Sie ihn an die Person: Er wird nicht noch einmal angezeigt.
invitation-state = Status
invitation-state-open = Offen
invitation-state-accepted = Angenommen
invitation-state-expired = Abgelaufen
invitation-state-revoked = Widerrufen
invitation-expires = Läuft ab
invitation-by = Eingeladen von
invitation-revoke = Widerrufen
invitation-revoked = Die Einladung wurde widerrufen.
sso-settings-heading = Mit Microsoft anmelden
sso-settings-lead = Ihre Entra-Administratoren entscheiden, wer was tun darf: Weisen Sie den App-Rollen der App-Registrierung Personen oder Gruppen zu.
sso-redirect-uri = Umleitungs-URI (Plattform „Web“) zum Registrieren in der App:
sso-entra-tenant-id = Verzeichnis-ID (Mandant)
sso-client-id = Anwendungs-ID (Client)
sso-secret = Geheimer Clientschlüssel
sso-secret-hint = Lassen Sie das Feld leer, um die Anmeldeinformationen der Entra-Verbindung dieser Organisation (derselben App-Registrierung) zu verwenden.
sso-credential-kept = Bereits gespeichert: { $kind }. Lassen Sie das Feld leer, um dies beizubehalten.
sso-credential-secret = geheimer Clientschlüssel
sso-credential-certificate = Zertifikat
sso-credential-entra-connection = Anmeldeinformationen der Entra-Verbindung
sso-role-names = Werte der App-Rollen
sso-save = Anmeldeeinstellungen speichern
sso-saved = Die Anmeldeeinstellungen wurden gespeichert.
sso-entra-only-off = Lokale Kennwörter werden akzeptiert.
sso-entra-only-on = Akzeptiert werden nur „Mit Microsoft anmelden“ und die Passkeys der Notfallzugriffskonten.
sso-entra-only-enable = Nur die Anmeldung mit Microsoft akzeptieren
sso-entra-only-disable = Lokale Kennwörter wieder akzeptieren
sso-entra-only-saved = Die Anmelderegel wurde gespeichert.

## Einladungslinks
invitation-accept-title = Der Konsole beitreten
invitation-accept-lead = { $address } ist als { $role } zu { $tenant } eingeladen. Wählen Sie zum Abschluss ein Kennwort.
invitation-password = Neues Kennwort
invitation-password-hint = Mindestens 12 Zeichen.
invitation-password-short = Das Kennwort muss mindestens { $min } Zeichen lang sein.
invitation-accept = Beitreten
invitation-not-open = Diese Einladung wurde bereits verwendet, widerrufen oder ist abgelaufen. Bitten Sie um eine neue.
invitation-accepted-existing = Die Rolle wurde Ihrem vorhandenen Konto hinzugefügt. Melden Sie sich wie gewohnt an.

## Betreiber
tenant-create-heading = Organisation anlegen
tenant-create-name = Name
tenant-create-slug = Kurzname
tenant-create-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche; der Kurzname wird Teil der Adresse der Anleitung.
tenant-create-submit = Anlegen

## Änderungsprotokoll
audit-action-sso-configured = „Mit Microsoft anmelden“ eingerichtet
audit-action-entra-only-set = Zugelassene Anmeldearten geändert
audit-action-invitation-created = Jemanden eingeladen
audit-action-invitation-accepted = Einladung angenommen
audit-action-invitation-revoked = Einladung widerrufen
audit-action-role-changed = Rolle geändert
audit-action-access-removed = Zugriff einer Person entfernt
audit-action-passkey-added = Passkey hinzugefügt
audit-action-passkey-removed = Passkey entfernt
audit-action-tenant-created-in-console = Organisation in der Konsole angelegt
