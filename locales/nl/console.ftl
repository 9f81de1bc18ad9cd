# Aanmelden bij de console: Entra ID, toegangssleutels voor accounts voor noodtoegang, de accountpagina, personen en uitnodigingen.

admin-nav-people = Personen
admin-error-entra-only = De console van deze organisatie accepteert alleen “Aanmelden met Microsoft” of een toegangssleutel. Meld u af en meld u daarna op een van die manieren opnieuw aan.

## Aanmeldpagina
sso-heading = Aanmelden met uw werkaccount
sso-button = Aanmelden met Microsoft
sso-tenant-label = Organisatie
sso-tenant-hint = De korte naam van de organisatie, zoals in het adres van uw console: /admin/t/korte-naam
sso-not-set-up = Deze organisatie heeft “Aanmelden met Microsoft” niet ingesteld. Gebruik een toegangssleutel of uw wachtwoord, of vraag het de eigenaar van de console.
sso-unavailable = De aanmeldservice van Microsoft kon niet worden bereikt. Probeer het zo opnieuw.
sso-stale = Deze aanmelding is verlopen of al gebruikt. Begin opnieuw.
sso-provider-error = Microsoft heeft u niet aangemeld (fout: { $code }). Begin opnieuw, of vraag het uw Entra-beheerder.
sso-refused = Het antwoord van Microsoft kon niet worden gecontroleerd, dus u bent niet aangemeld. { $reason ->
    [expired] Het aanmelden duurde te lang.
    [tenant] Het was bedoeld voor een andere organisatie.
    [audience] Het was bedoeld voor een andere toepassing.
    [issuer] Het kwam van een andere verlener.
    [nonce] Het was een antwoord op een andere aanmelding.
    [unknown-key] Het was ondertekend met een sleutel die de organisatie niet publiceert.
    [algorithm] Het was niet ondertekend op de manier waarop Microsoft ondertekent.
    [signature] De handtekening is ongeldig.
   *[other] Begin opnieuw; blijft het gebeuren, meld het dan aan de beheerders van deze dienst.
}
sso-no-role = U bent aangemeld als { $username }, maar u hebt geen rol in deze console. Vraag uw Entra-beheerder om u de rol Eigenaar, Beheerder of Helpdesk van deze app toe te wijzen, of vraag een eigenaar om u uit te nodigen.
sso-removed = U bent aangemeld als { $username }, maar een eigenaar heeft uw toegang tot deze console ingetrokken. Vraag een eigenaar om u opnieuw uit te nodigen.
sso-address-taken = U bent aangemeld als { $username }, een gast van deze organisatie. Hier bestaat al een account met dat adres, en een gastaanmelding kan het niet overnemen. Vraag een eigenaar u een app-rol toe te wijzen, of meld u aan met uw account in deze organisatie.
sso-signed-in-title = Aangemeld
sso-continue = Doorgaan naar de console
passkey-sign-in-heading = Account voor noodtoegang
passkey-sign-in-lead = Voor de noodaccounts van deze console: meld u aan met de toegangssleutel die voor het account is geregistreerd.
passkey-sign-in-button = Aanmelden met een toegangssleutel
passkey-needs-js = Toegangssleutels hebben JavaScript nodig in deze browser.
passkey-failed = De toegangssleutel werkte niet. Probeer het opnieuw, of meld u op een andere manier aan.
password-sign-in-heading = Lokaal account

## Accountpagina
account-title = Uw account
account-signed-in-as = U bent aangemeld als { $email } ({ $method }).
sign-in-method-password = wachtwoord
sign-in-method-passkey = toegangssleutel
sign-in-method-entra = Microsoft Entra ID
passkeys-heading = Toegangssleutels
passkeys-lead = Met een toegangssleutel kan dit account zich zonder wachtwoord aanmelden, ook als de organisatie alleen aanmelden met Microsoft accepteert. Registreer er een op een beveiligingssleutel of apparaat dat voor noodgevallen wordt bewaard.
passkeys-none = Dit account heeft geen toegangssleutel.
passkey-name-label = Naam
passkey-name-default = Beveiligingssleutel voor noodgevallen
passkey-created = Toegevoegd
passkey-last-used = Laatst gebruikt
passkey-never-used = Nooit
passkey-add = Toegangssleutel toevoegen
passkey-remove = Verwijderen
passkey-added = De toegangssleutel is toegevoegd.
passkey-removed = De toegangssleutel is verwijderd.
passkey-unavailable = Toegangssleutels zijn niet beschikbaar op deze server:

## Pagina Personen
people-title = Personen
people-heading = Wie deze console kan gebruiken
people-person = Persoon
people-role = Rol
people-source = Herkomst van de rol
people-methods = Meldt zich aan met
people-actions = Acties
people-change-role = Rol wijzigen
people-remove = Toegang intrekken
people-removed = Toegang ingetrokken
people-role-from-entra = Entra-app-rol
people-role-from-console = Deze console
people-role-changed = De rol is gewijzigd.
people-access-removed = De toegang is ingetrokken en alle sessies van deze persoon zijn overal beëindigd.
people-error = Niet opgeslagen: { $detail }
invite-heading = Iemand uitnodigen
invite-lead = Uitnodigingen verlopen na 7 dagen. Een uitnodiging via een link wordt maar één keer getoond: stuur die zelf naar de persoon.
# Unconfirmed label: "User principal name"
invite-address = E-mailadres of principal-naam van gebruiker
invite-kind = Hoe de persoon zich aanmeldt
invitation-kind-entra = Met Microsoft Entra ID, als deze gebruiker
invitation-kind-link = Met een wachtwoord, via een uitnodigingslink
invite-submit = Uitnodigen
invite-bad-address = Dat is geen e-mailadres en ook geen principal-naam van gebruiker.
invite-bad-role = Kies een rol.
invite-entra-not-set-up = Stel eerst “Aanmelden met Microsoft” in, of nodig uit met een link.
invitation-created = De uitnodiging is opgeslagen.
invitation-link-once = Kopieer deze link nu en stuur hem naar de persoon: hij wordt niet opnieuw getoond.
invitation-state = Status
invitation-state-open = Open
invitation-state-accepted = Geaccepteerd
invitation-state-expired = Verlopen
invitation-state-revoked = Ingetrokken
invitation-expires = Verloopt
invitation-by = Uitgenodigd door
invitation-revoke = Intrekken
invitation-revoked = De uitnodiging is ingetrokken.
sso-settings-heading = Aanmelden met Microsoft
sso-settings-lead = Uw Entra-beheerders bepalen wie wat mag: wijs personen of groepen toe aan de app-rollen van de app-registratie.
sso-redirect-uri = Omleidings-URI (webplatform) om in de app te registreren:
# Unconfirmed label: "Directory (tenant) ID"
sso-entra-tenant-id = Map-id (tenant)
sso-client-id = Toepassings-id (client)
sso-secret = Clientgeheim
sso-secret-hint = Laat dit leeg om de referentie van de Entra-verbinding van deze organisatie te gebruiken (dezelfde app-registratie).
sso-credential-kept = Al opgeslagen: { $kind }. Laat dit leeg om die te behouden.
sso-credential-secret = clientgeheim
sso-credential-certificate = certificaat
sso-credential-entra-connection = referentie van de Entra-verbinding
sso-role-names = Waarden van de app-rollen
sso-save = Aanmeldinstellingen opslaan
sso-saved = De aanmeldinstellingen zijn opgeslagen.
sso-entra-only-off = Lokale wachtwoorden worden geaccepteerd.
sso-entra-only-on = Alleen “Aanmelden met Microsoft” en de toegangssleutels van accounts voor noodtoegang worden geaccepteerd.
sso-entra-only-enable = Alleen aanmelden met Microsoft accepteren
sso-entra-only-disable = Lokale wachtwoorden weer accepteren
sso-entra-only-saved = De aanmeldregel is opgeslagen.

## Uitnodigingslinks
invitation-accept-title = Deelnemen aan de console
invitation-accept-lead = { $address } is uitgenodigd voor { $tenant } als { $role }. Kies een wachtwoord om af te ronden.
invitation-password = Nieuw wachtwoord
invitation-password-hint = Minstens 12 tekens.
invitation-password-short = Het wachtwoord moet minstens { $min } tekens hebben.
invitation-accept = Deelnemen
invitation-not-open = Deze uitnodiging is al gebruikt, ingetrokken of verlopen. Vraag om een nieuwe.
invitation-accepted-existing = De rol is toegevoegd aan uw bestaande account. Meld u aan zoals gewoonlijk.

## Operators
tenant-create-heading = Een organisatie maken
tenant-create-name = Naam
tenant-create-slug = Korte naam
tenant-create-slug-hint = Kleine letters, cijfers en koppeltekens; de korte naam wordt onderdeel van het adres van de gids.
tenant-create-submit = Maken

## Wijzigingslogboek
audit-action-sso-configured = “Aanmelden met Microsoft” ingesteld
audit-action-entra-only-set = Geaccepteerde aanmeldmethoden gewijzigd
audit-action-invitation-created = Iemand uitgenodigd
audit-action-invitation-accepted = Uitnodiging geaccepteerd
audit-action-invitation-revoked = Uitnodiging ingetrokken
audit-action-role-changed = Rol gewijzigd
audit-action-access-removed = Toegang van iemand ingetrokken
audit-action-passkey-added = Toegangssleutel toegevoegd
audit-action-passkey-removed = Toegangssleutel verwijderd
audit-action-tenant-created-in-console = Organisatie in de console gemaakt
