# Accesso alla console: Entra ID, passkey degli account di accesso di emergenza, pagina dell'account, persone e inviti.

admin-nav-people = Persone
admin-error-entra-only = La console di questa organizzazione accetta solo “Accedi con Microsoft” o una passkey. Esca, poi acceda in uno di questi modi.

## Pagina di accesso
sso-heading = Acceda con il Suo account aziendale
sso-button = Accedi con Microsoft
sso-tenant-label = Organizzazione
sso-tenant-hint = Il nome breve dell'organizzazione, come nell'indirizzo della Sua console: /admin/t/nome-breve
sso-not-set-up = Questa organizzazione non ha configurato “Accedi con Microsoft”. Usi una passkey o la Sua password, oppure si rivolga al proprietario della console.
sso-unavailable = Impossibile raggiungere il servizio di accesso di Microsoft. Riprovi tra qualche istante.
sso-stale = Questo accesso è scaduto o è già stato usato. Ricominci da capo.
sso-provider-error = Microsoft non ha eseguito l'accesso (errore: { $code }). Ricominci da capo oppure si rivolga al Suo amministratore di Entra.
sso-refused = Non è stato possibile verificare la risposta di Microsoft, quindi l'accesso non è stato eseguito. { $reason ->
    [expired] L'accesso ha richiesto troppo tempo.
    [tenant] Era destinata a un'altra organizzazione.
    [audience] Era destinata a un'altra applicazione.
    [issuer] Proveniva da un altro emittente.
    [nonce] Rispondeva a un altro accesso.
    [unknown-key] Era firmata con una chiave che l'organizzazione non pubblica.
    [algorithm] Non era firmata nel modo in cui firma Microsoft.
    [signature] La firma non è valida.
   *[other] Ricominci da capo; se il problema persiste, lo segnali ai responsabili di questo servizio.
}
sso-no-role = Ha eseguito l'accesso come { $username }, ma non ha alcun ruolo in questa console. Chieda al Suo amministratore di Entra di assegnarLe il ruolo Proprietario, Amministratore o Helpdesk di questa app, oppure chieda a un proprietario di invitarLa.
sso-removed = Ha eseguito l'accesso come { $username }, ma un proprietario ha rimosso il Suo accesso a questa console. Chieda a un proprietario di invitarLa di nuovo.
sso-address-taken = Ha eseguito l’accesso come { $username }, ospite di questa organizzazione. Qui esiste già un account con questo indirizzo e un accesso come ospite non può appropriarsene. Chieda a un proprietario di assegnarLe un ruolo applicazione, oppure acceda con il Suo account di questa organizzazione.
sso-signed-in-title = Accesso eseguito
sso-continue = Continua alla console
passkey-sign-in-heading = Account di accesso di emergenza
passkey-sign-in-lead = Per gli account di emergenza di questa console: acceda con la passkey registrata sull'account.
passkey-sign-in-button = Accedi con una passkey
passkey-needs-js = Le passkey richiedono JavaScript in questo browser.
passkey-failed = La passkey non ha funzionato. Riprovi oppure acceda in un altro modo.
password-sign-in-heading = Account locale

## Pagina dell'account
account-title = Il Suo account
account-signed-in-as = Ha eseguito l'accesso come { $email } ({ $method }).
sign-in-method-password = password
sign-in-method-passkey = passkey
sign-in-method-entra = Microsoft Entra ID
passkeys-heading = Passkey
passkeys-lead = Una passkey consente a questo account di accedere senza la sua password, anche quando l'organizzazione accetta solo l'accesso con Microsoft. Ne registri una su una chiave di sicurezza o su un dispositivo conservato per le emergenze.
passkeys-none = Questo account non ha passkey.
passkey-name-label = Nome
passkey-name-default = Chiave di sicurezza di emergenza
passkey-created = Aggiunta il
passkey-last-used = Ultimo utilizzo
passkey-never-used = Mai
passkey-add = Aggiungi una passkey
passkey-remove = Rimuovi
passkey-added = La passkey è stata aggiunta.
passkey-removed = La passkey è stata rimossa.
passkey-unavailable = Le passkey non sono disponibili su questo server:

## Pagina Persone
people-title = Persone
people-heading = Chi può usare questa console
people-person = Persona
people-role = Ruolo
people-source = Origine del ruolo
people-methods = Accede con
people-actions = Azioni
people-change-role = Cambia ruolo
people-remove = Rimuovi accesso
people-removed = Accesso rimosso
people-role-from-entra = Ruolo dell'app in Entra
people-role-from-console = Questa console
people-role-changed = Il ruolo è stato modificato.
people-access-removed = L'accesso è stato rimosso e le sessioni della persona sono state chiuse ovunque.
people-error = Non salvato: { $detail }
invite-heading = Invita qualcuno
invite-lead = Gli inviti scadono dopo 7 giorni. Un invito tramite link viene mostrato una sola volta: lo invii personalmente alla persona.
# Unconfirmed label: "User principal name"
invite-address = Indirizzo email o nome dell'entità utente
invite-kind = Modalità di accesso
invitation-kind-entra = Con Microsoft Entra ID, come questo utente
invitation-kind-link = Con una password, da un link di invito
invite-submit = Invita
invite-bad-address = Questo non è un indirizzo email né un nome dell'entità utente.
invite-bad-role = Scelga un ruolo.
invite-entra-not-set-up = Configuri prima “Accedi con Microsoft” oppure inviti con un link.
invitation-created = L'invito è stato salvato.
invitation-link-once = Copi subito questo link e lo invii alla persona: non verrà più mostrato.
invitation-state = Stato
invitation-state-open = Aperto
invitation-state-accepted = Accettato
invitation-state-expired = Scaduto
invitation-state-revoked = Revocato
invitation-expires = Scadenza
invitation-by = Invitato da
invitation-revoke = Revoca
invitation-revoked = L'invito è stato revocato.
sso-settings-heading = Accedi con Microsoft
sso-settings-lead = Sono i Suoi amministratori di Entra a decidere chi può fare cosa: assegni persone o gruppi ai ruoli dell'app della registrazione dell'app.
sso-redirect-uri = URI di reindirizzamento (piattaforma Web) da registrare nell'app:
sso-entra-tenant-id = ID della directory (tenant)
sso-client-id = ID applicazione (client)
sso-secret = Segreto client
sso-secret-hint = Lasci vuoto il campo per usare le credenziali della connessione a Entra di questa organizzazione (la stessa registrazione dell'app).
sso-credential-kept = Già archiviato: { $kind }. Lasci vuoto il campo per mantenerlo.
sso-credential-secret = segreto client
sso-credential-certificate = certificato
sso-credential-entra-connection = credenziali della connessione a Entra
sso-role-names = Valori dei ruoli dell'app
sso-save = Salva le impostazioni di accesso
sso-saved = Le impostazioni di accesso sono state salvate.
sso-entra-only-off = Le password locali sono accettate.
sso-entra-only-on = Sono accettati solo “Accedi con Microsoft” e le passkey degli account di accesso di emergenza.
sso-entra-only-enable = Accetta solo l'accesso con Microsoft
sso-entra-only-disable = Accetta di nuovo le password locali
sso-entra-only-saved = La regola di accesso è stata salvata.

## Link di invito
invitation-accept-title = Unisciti alla console
invitation-accept-lead = { $address } ha ricevuto un invito per { $tenant } con il ruolo { $role }. Scelga una password per completare.
invitation-password = Nuova password
invitation-password-hint = Almeno 12 caratteri.
invitation-password-short = La password deve contenere almeno { $min } caratteri.
invitation-accept = Unisciti
invitation-not-open = Questo invito è già stato usato, è stato revocato o è scaduto. Ne chieda uno nuovo.
invitation-accepted-existing = Il ruolo è stato aggiunto al Suo account esistente. Acceda come di consueto.

## Operatori
tenant-create-heading = Crea un'organizzazione
tenant-create-name = Nome
tenant-create-slug = Nome breve
tenant-create-slug-hint = Lettere minuscole, cifre e trattini; diventa parte dell'indirizzo della guida.
tenant-create-submit = Crea

## Registro delle modifiche
audit-action-sso-configured = “Accedi con Microsoft” configurato
audit-action-entra-only-set = Accessi accettati modificati
audit-action-invitation-created = Persona invitata
audit-action-invitation-accepted = Invito accettato
audit-action-invitation-revoked = Invito revocato
audit-action-role-changed = Ruolo modificato
audit-action-access-removed = Accesso di una persona rimosso
audit-action-passkey-added = Passkey aggiunta
audit-action-passkey-removed = Passkey rimossa
audit-action-tenant-created-in-console = Organizzazione creata nella console
