## Console di amministrazione (amministratori IT e helpdesk) e parti della guida per i dipendenti specifiche di ogni organizzazione.

admin-console = Amministrazione guida passkey
admin-nav-label = Sezioni dell'organizzazione
admin-nav-overview = Panoramica
admin-nav-branding = Personalizzazione del marchio
admin-nav-policy = Criteri passkey
admin-nav-roster = Dipendenti
admin-sign-out = Esci
admin-form-has-errors = Alcuni campi richiedono attenzione. Non è stato salvato nulla; i dati inseriti sono conservati qui sotto.

role-owner = Proprietario
role-admin = Amministratore
role-helpdesk = Helpdesk

## Accesso

admin-login-title = Accedi
admin-login-email = Email
admin-login-password = Password
admin-login-submit = Accedi
admin-login-failed = L'indirizzo email o la password non sono corretti.
admin-login-rate-limited = Troppi tentativi di accesso. Attenda un minuto, poi riprovi.

## Organizzazioni e panoramica

admin-tenants-title = Le Sue organizzazioni
admin-tenants-none = Il Suo account non ha ancora un ruolo in nessuna organizzazione. Chieda a un proprietario di aggiungerLa.
admin-overview-title = Panoramica
admin-overview-employees = { $count ->
    [one] Un dipendente nell'elenco.
   *[other] { $count } dipendenti nell'elenco.
}
admin-overview-unpublished = La personalizzazione del marchio contiene modifiche non ancora pubblicate.
admin-overview-guide-url = Guida per tutti (senza link personale):
admin-links-heading = Link personali
admin-links-lead = Scarichi il link personale di ogni dipendente in un file CSV per la stampa unione. Ogni link è firmato e scade: scarichi un file nuovo per ogni invio.
admin-links-export = Scarica i link (CSV)

## Personalizzazione del marchio

admin-branding-title = Personalizzazione del marchio
admin-branding-name = Nome visualizzato
admin-branding-colour = Colore principale
admin-branding-colour-hint = Un colore esadecimale, ad esempio #0b5cad. Sopra viene mostrato testo bianco, quindi deve raggiungere un contrasto di 4,5:1.
admin-branding-intro = Introduzione mostrata nella pagina iniziale (testo normale)
admin-branding-support = Contatto di supporto
admin-branding-support-email = Email
admin-branding-support-url = Pagina di assistenza (https://…)
admin-branding-support-phone = Telefono
admin-branding-support-hours = Orari
admin-branding-save = Salva bozza
admin-branding-saved = Bozza salvata. Controlli l'anteprima, poi pubblichi.
admin-branding-logo = Logo
admin-branding-logo-hint = PNG, JPEG o WebP, fino a { $max } KB e { $side } pixel per lato. I file SVG non sono accettati.
admin-branding-logo-file = File del logo
admin-branding-logo-upload = Carica logo
admin-branding-logo-saved = Logo aggiunto alla bozza.
admin-branding-logo-alt = Anteprima del logo
admin-branding-preview = Anteprima
admin-branding-unpublished = I dipendenti vedono ancora la personalizzazione pubblicata. Pubblichi per mostrare loro questa bozza.
admin-branding-published = I dipendenti vedono questa personalizzazione.
admin-branding-publish = Pubblica
admin-branding-published-notice = Pubblicata. Ora i dipendenti vedono la nuova personalizzazione.

branding-error-required = Inserisca un nome visualizzato.
branding-error-too-long = Usi al massimo { $max } caratteri, senza caratteri di controllo.
branding-error-colour = Inserisca un colore nel formato # seguito da 6 cifre esadecimali, ad esempio #0b5cad.
branding-error-contrast = Il testo bianco su questo colore ha un contrasto di { $ratio }:1; serve almeno { $min }:1. La tonalità più vicina che soddisfa il requisito è { $suggestion }.
branding-error-email = Inserisca un indirizzo email, ad esempio help@example.com.
branding-error-url = Inserisca un indirizzo web che inizi con https:// o http://.
branding-error-phone = Inserisca un numero di telefono composto da cifre, spazi e + - ( ).

logo-error-empty = Scelga un file da caricare.
logo-error-too-large = Il file è di { $kib } KB; il limite è { $max } KB.
logo-error-svg = I logo SVG non sono accettati perché possono contenere script. Carichi un file PNG, JPEG o WebP.
logo-error-format = Questo file non è un'immagine PNG, JPEG o WebP.
logo-error-dimensions = L'immagine misura { $width } × { $height } pixel; ogni lato deve misurare tra { $min } e { $max } pixel.

## Criteri

admin-policy-title = Criteri passkey
admin-policy-passkeys = Passkey consentite dalla Sua organizzazione
admin-policy-synced-allowed = Passkey sincronizzate e associate al dispositivo (Portachiavi iCloud, Gestore delle password di Google, Microsoft Authenticator, Windows Hello, chiavi di sicurezza)
admin-policy-device-bound-only = Solo passkey associate al dispositivo
admin-policy-attestation = Attestazione applicata (nasconde tutte le opzioni che non possono dimostrare marca e modello)
admin-policy-authenticators = Autenticatori associati al dispositivo supportati dalla Sua organizzazione
admin-policy-authenticator = Microsoft Authenticator
admin-policy-windows-hello = Windows Hello
admin-policy-windows-hello-hint = Disattivato, a meno che la Sua organizzazione non l'abbia attivato in Entra: un profilo passkey deve elencare questi AAGUID di Windows Hello nelle restrizioni delle chiavi e non deve applicare l'attestazione. Sui PC aggiunti a Entra o registrati in Entra, Windows Hello for Business resta il metodo di accesso; la guida lo chiede prima ai dipendenti e, sui PC aziendali, li indirizza al telefono o a una chiave di sicurezza.
admin-policy-authenticator-hint = Informazioni di sicurezza offre “Passkey in Microsoft Authenticator” solo quando le restrizioni delle chiavi del profilo passkey elencano questi AAGUID. Senza di essi, il percorso della guida dall'interno dell'app funziona comunque.
admin-policy-security-keys = Chiavi di sicurezza FIDO2
admin-policy-security-info-url = Indirizzo di Informazioni di sicurezza
admin-policy-security-info-url-hint = La pagina in cui i dipendenti registrano la propria passkey. Sono accettati solo indirizzi https su host di accesso Microsoft.
admin-policy-language = Lingua predefinita
admin-policy-language-none = Lingua del browser
admin-policy-host = Nome host personalizzato (facoltativo)
admin-policy-host-hint = Un nome host, ad esempio passkeys.example.com, che pubblica questa guida nella propria radice.
admin-policy-save = Salva criteri
admin-policy-saved = Criteri salvati. Da ora la guida li applica.
admin-policy-error-url = L'indirizzo di Informazioni di sicurezza deve usare https su un host di accesso Microsoft.
admin-policy-error-host = Inserisca un nome host, ad esempio passkeys.example.com, oppure lasci il campo vuoto.
admin-policy-error-host-taken = Questo nome host è già usato da un'altra organizzazione.

## Elenco dei dipendenti

admin-roster-title = Dipendenti
admin-roster-import = Importa un elenco dei dipendenti
admin-roster-import-hint = Un file CSV con una riga di intestazione. Colonne obbligatorie: indirizzo email (email o UPN) e nome visualizzato (display name). Facoltative: lingua preferita (preferred language), reparto (department), responsabile (manager). Come separatore vanno bene sia la virgola sia il punto e virgola. Una nuova importazione aggiorna le righe modificate e lascia invariate le altre.
admin-roster-file = File CSV
admin-roster-import-submit = Importa
admin-roster-report = Report di importazione
admin-roster-summary = Aggiunti: { $inserted }; aggiornati: { $updated }; invariati: { $unchanged }; non importati: { $bad }.
admin-roster-line = Riga { $line }
admin-roster-lookup = Cerca un dipendente
admin-roster-search = Nome o email
admin-roster-search-submit = Cerca
admin-roster-caption = Dipendenti (primi 50 risultati)
admin-roster-name = Nome
admin-roster-email = Email
admin-roster-language = Lingua
admin-roster-department = Reparto
admin-roster-link = Link personale

roster-error-empty = Il file è vuoto.
roster-error-encoding = Il file non è un testo UTF-8. Lo salvi come “CSV UTF-8” e riprovi.
roster-error-no-email-column = Nessuna colonna email trovata. Dia a una delle colonne uno di questi nomi: { $expected }.
roster-error-no-name-column = Nessuna colonna del nome visualizzato trovata. Dia a una delle colonne uno di questi nomi: { $expected }.
roster-error-too-large = Il file supera { $max } MB.
roster-error-read = Impossibile leggere il file: { $detail }
roster-row-missing-email = Manca l'indirizzo email.
roster-row-invalid-email = “{ $value }” non è un indirizzo email.
roster-row-missing-name = Manca il nome visualizzato.
roster-row-too-long = Il valore della colonna “{ $column }” supera { $max } caratteri.
roster-row-duplicate = Lo stesso indirizzo email è già presente alla riga { $line }; questa riga è stata saltata.
roster-row-malformed = Impossibile leggere la riga ({ $detail }).
roster-row-language-ignored = La lingua “{ $value }” non è disponibile; verrà usata la lingua del browser del dipendente.

## Errori

admin-error-title = Impossibile visualizzare questa pagina
admin-error-not-found = Questa pagina non esiste oppure il Suo account non vi ha accesso.
admin-error-forbidden = Con il Suo ruolo in questa organizzazione può consultare le informazioni, ma non modificarle.
admin-error-csrf = Il modulo è scaduto. Torni indietro, ricarichi la pagina e riprovi.
admin-error-internal = Si è verificato un errore da parte nostra. Riprovi tra qualche istante; se il problema persiste, lo segnali ai responsabili di questo servizio.
admin-error-back = Torna alla console di amministrazione

## La guida per i dipendenti: contatto di supporto dell'organizzazione e link personali

support-heading = Serve aiuto?
support-email = Email:
support-phone = Telefono:
support-website = Pagina di assistenza IT
support-hours = Orari:
footer-privacy-personal = Ha aperto il Suo link personale, quindi il Suo team IT può vedere quali passaggi di questa guida ha raggiunto. Non vede mai ciò che digita.
link-problem-title = Questo link non può essere usato
link-invalid = Questo link personale non è valido. Potrebbe essere stato troncato o modificato durante la copia.
link-expired = Questo link personale è scaduto.
link-unknown = Questo link personale non è più attivo.
link-problem-generic = Può comunque configurare la Sua passkey con la guida generale e, se serve, chiedere un nuovo link al Suo team IT.
link-problem-open-guide = Apri la guida

## Helpdesk: il percorso di un dipendente

admin-employee-title = Dipendente
admin-employee-back = Torna all'elenco dei dipendenti
admin-journey-stage = Avanzamento
admin-journey-stage-not-opened = Non ha aperto il link
admin-journey-stage-opened = Ha aperto il link
admin-journey-stage-flow-started = Sta seguendo i passaggi
admin-journey-stage-handed-off = Ha aperto Informazioni di sicurezza
admin-journey-stage-confirmed = Ha confermato che la passkey è registrata
admin-journey-stage-signed-in = Ha effettuato l'accesso di prova con la passkey
admin-journey-position = Ultimo passaggio raggiunto
admin-journey-at-done = Completato: { $flow }
admin-journey-answer = “Ha funzionato?” dopo Informazioni di sicurezza
admin-journey-answer-worked = Sì, ha funzionato
admin-journey-answer-failed = No, non ha funzionato
admin-journey-devices = Dispositivi usati
admin-journey-last-seen = Ultima attività
admin-journey-registration = Registrazione in Entra ID
admin-journey-registration-unknown = Non ancora nota
admin-journey-registration-yes = Sì (al { $at })
admin-journey-registration-no = No (al { $at })
admin-journey-stuck = Problema in { $step }: { $symptom }
admin-journey-stuck-help = Cosa fare
admin-journey-help-page = Tutti i problemi noti e la loro soluzione, come li vedono i dipendenti
admin-journey-reading-causes = Ha consultato le cause
admin-journey-timeline = Cronologia
admin-journey-timeline-caption = Tutto ciò che questo dipendente ha fatto nella guida, a partire dalle azioni meno recenti. Le ripetizioni vengono contate, non elencate.
admin-journey-when = Quando
admin-journey-what = Cosa
admin-journey-where = Dove
admin-journey-detail = Dettagli
admin-journey-device = Dispositivo
admin-journey-repeats = Ripetizioni
admin-journey-times = { $count ->
    [one] una volta
   *[other] { $count } volte, l'ultima: { $last }
}
admin-journey-not-opened = Questo dipendente non ha ancora aperto il link personale.
admin-journey-kind-page-viewed = Ha aperto la pagina iniziale
admin-journey-kind-flow-chosen = Ha scelto un metodo
admin-journey-kind-step-viewed = Ha raggiunto un passaggio
admin-journey-kind-handoff-clicked = Ha aperto Informazioni di sicurezza
admin-journey-kind-done = Ha raggiunto l'ultima schermata
admin-journey-kind-link-opened = Ha aperto il link
admin-journey-kind-returned = Ha fatto ritorno da Informazioni di sicurezza
admin-journey-kind-confirmed = Ha confermato che la passkey è registrata
admin-journey-kind-stuck = Ha avuto difficoltà
admin-journey-kind-diagnostic-sent = Ha inviato una segnalazione
admin-journey-kind-restarted = Ha ricominciato da capo
admin-journey-kind-sign-in-tested = Ha provato ad accedere con la passkey
admin-journey-sign-in-worked = L'accesso ha funzionato
admin-journey-sign-in-failed = L'accesso non ha funzionato
admin-diagnostics-title = Segnalazioni del dipendente
admin-diagnostics-none = Nessuna segnalazione.
admin-diagnostic-heading = Segnalazione { $reference }, { $at }
admin-diagnostic-where = Passaggio
admin-diagnostic-symptom = Problema
admin-diagnostic-note = Nota del dipendente
admin-diagnostic-device = Dispositivo
admin-diagnostic-probe = Controlli del browser
admin-diagnostic-no-probe = Non disponibile (JavaScript era disattivato)
admin-diagnostic-user-agent = User agent

## Promemoria

admin-nav-reminders = Promemoria
admin-reminders-title = Promemoria
admin-reminders-lead = I promemoria vengono inviati ai dipendenti che hanno ricevuto il proprio link personale e che, secondo Entra ID, non hanno ancora una passkey. Ogni promemoria viene inviato una sola volta, fuori dalle ore di silenzio e nella lingua del dipendente.
admin-reminders-saved = Impostazioni dei promemoria salvate.
admin-reminders-enabled = Invia i promemoria automaticamente
admin-reminders-offsets = Giorni dopo l'invio del link (separati da virgole, ad esempio 7, 14)
admin-reminders-time-zone = Fuso orario (nome IANA, ad esempio Europe/Rome)
admin-reminders-quiet-from = Silenzio dalle (ora, 0–23)
admin-reminders-quiet-until = Silenzio fino alle (ora, 0–23)
admin-reminders-weekends = Nessun promemoria il sabato e la domenica
admin-reminders-per-hour = Al massimo questo numero di email all'ora
admin-reminders-save = Salva impostazioni
admin-reminders-preview-title = Se i promemoria partissero adesso
admin-reminders-preview-lead = { $count ->
    [one] Un dipendente riceverebbe adesso un promemoria. Da questa pagina non viene inviato nulla.
   *[other] { $count } dipendenti riceverebbero adesso un promemoria. Da questa pagina non viene inviato nulla.
}
admin-reminders-preview-caption = Ogni dipendente e cosa farebbe il prossimo invio, con il motivo
admin-reminders-col-reminder = Promemoria
admin-reminders-col-why = Contenuto o motivo
admin-reminders-col-state = Stato
admin-reminders-col-error = Errore
admin-reminders-days = Promemoria dopo { $days } giorni
admin-reminders-none = Nessuno
admin-reminders-content-start-here = Inizia da qui (link mai aperto)
admin-reminders-content-pick-up = Riprendi dal passaggio raggiunto
admin-reminders-content-stuck = Bloccato: la causa e la soluzione
admin-reminders-content-did-not-finish = Non completato
admin-reminders-skip-not-announced = Link non ancora inviato
admin-reminders-skip-registered = Ha una passkey
admin-reminders-skip-status-unknown = Non presente nello stato di registrazione di Entra ID
admin-reminders-skip-opted-out = Ha disattivato i promemoria
admin-reminders-skip-not-due = Non è ancora il momento
admin-reminders-skip-all-sent = Tutti i promemoria inviati
admin-reminders-history-title = Promemoria inviati
admin-reminders-history-none = Nessun promemoria per ora.
admin-reminders-history-caption = Promemoria decisi finora, dai più recenti
admin-reminders-state-queued = In attesa di invio
admin-reminders-state-sent = Inviato
admin-reminders-state-failed = Non riuscito
admin-reminders-state-superseded = Sostituito da un promemoria successivo
admin-reminders-error-offsets = Indichi da uno a cinque numeri di giorni tra 1 e 90, separati da virgole.
admin-reminders-error-time-zone = Usi un nome di fuso orario IANA, come Europe/Rome o America/New_York.
admin-reminders-error-hour = Usi un'ora da 0 a 23.
admin-reminders-error-per-hour = Usi un numero da 1 a 100000.
