# Comms: mail transport, programme (deadline, mandatory, manager digests), announcement waves,
# message templates, and the messages themselves.

admin-nav-comms = Comunicazioni
admin-links-announce = Questi link vengono inviati ora: i promemoria di tutti partono da oggi
admin-reminders-skip-past-deadline = Scadenza superata: i promemoria sono terminati

audit-action-mail-transport-saved = Modalità di invio delle email modificata
audit-action-template-saved = Testo di un messaggio salvato
audit-action-template-reset = Testo predefinito di un messaggio ripristinato
audit-action-programme-saved = Scadenza o regole del programma modificate
audit-action-wave-scheduled = Ondata di annunci pianificata
audit-action-wave-cancelled = Ondata di annunci annullata

## Messages to employees and managers
final-notice-subject = { $org }: ultimo promemoria, configuri la Sua passkey entro il { $deadline }
final-notice-body = Questo è l'ultimo promemoria: configuri la Sua passkey entro il { $deadline }. Bastano circa cinque minuti e la Sua guida personale Le mostra i passaggi esatti.
reminder-deadline = Configuri la Sua passkey entro il { $deadline }.
digest-subject = { $org }: persone del Suo team che devono ancora configurare una passkey
digest-body = Queste persone che fanno capo a Lei non hanno ancora configurato la propria passkey. Un Suo promemoria può aiutare: ognuna ha ricevuto la propria guida personale via email.
digest-reason-stuck = non riesce ad andare avanti e ha chiesto aiuto
digest-reason-device-too-old = il suo dispositivo è troppo vecchio per le passkey
digest-reason-in-progress = ha iniziato ma non ha finito
digest-reason-never-opened = non ha ancora aperto la sua guida
digest-at-step = passaggio { $step }: { $title }
template-sample-name = Mario Rossi
template-sample-deadline = 2027-01-31
template-sample-step = Si è fermato al passaggio 3, “Aggiungere una passkey”, di Configurazione su iPhone. Il Suo link personale La riporta direttamente a quel passaggio.
template-test-tag = Test

## Employee pages
mandatory-note = La configurazione di una passkey è obbligatoria per tutti nella Sua organizzazione, quindi queste email non si possono disattivare.
mandatory-note-contact = La configurazione di una passkey è obbligatoria per tutti nella Sua organizzazione, quindi queste email non si possono disattivare. Domande? Contatti { $support }.
unsubscribe-title = Email di promemoria
unsubscribe-lead = Non vuole più ricevere le email di promemoria per configurare la Sua passkey?
unsubscribe-invalid = Questo indirizzo non funziona più. Per non ricevere più promemoria, apra il link personale nella Sua email più recente.

## Console: the comms page
comms-title = Comunicazioni
comms-lead = Come vengono inviati i Suoi messaggi, la scadenza, le ondate di annunci e il testo di ogni messaggio.
comms-saved-transport = Impostazioni email salvate.
comms-saved-programme = Programma salvato.
comms-saved-wave = Ondata salvata. Un'ondata immediata viene inviata subito; una pianificata entro cinque minuti dall'orario previsto.
comms-saved-wave-cancelled = Ondata annullata.
comms-saved-test = Messaggio di prova in coda per il Suo indirizzo.
comms-save = Salva
comms-send-test = Inviami una prova
comms-transport-title = Come vengono inviate le email
comms-transport-now-graph = Inviate con Microsoft Graph da { $from }.
comms-transport-now-smtp = Inviate tramite il Suo server SMTP da { $from }.
comms-transport-now-server = Inviate con le impostazioni email di questo server.
comms-transport-legend = Invia con
comms-transport-graph = Microsoft Graph, da una Sua casella di posta
comms-transport-smtp = Il Suo server SMTP
comms-transport-needs-entra = Per Microsoft Graph serve prima la connessione a Entra.
comms-transport-graph-hint = Graph richiede l'autorizzazione applicazione Mail.Send. La limiti alla casella di posta mittente in Exchange Online, come mostra la documentazione, poi si invii una prova.
comms-from = Indirizzo del mittente
comms-reply-to = Indirizzo Reply-To per le risposte (facoltativo)
comms-smtp-url = URL del server SMTP
comms-smtp-url-hint = Ad esempio smtp://user:password@smtp.example.com:587?tls=required. Viene salvato cifrato e non viene più mostrato; lasci il campo vuoto per mantenere quello salvato.
comms-programme-title = Programma
comms-deadline = Scadenza (facoltativa)
comms-deadline-hint = L'ultimo avviso parte 3 giorni prima; dopo la scadenza i promemoria si fermano. Le date sono nel fuso orario { $zone }.
comms-mandatory = La registrazione è obbligatoria: i dipendenti non possono disattivare le email
comms-manager-digest = Invia a ogni responsabile un elenco settimanale dei membri del suo team che non si sono registrati
comms-waves-title = Ondate di annunci
comms-waves-lead = Annunci prima a un gruppo (un pilota), poi a tutti gli altri. L'annuncio arriva solo a chi non l'ha ancora ricevuto, e i promemoria di ogni persona contano dal suo annuncio.
comms-cohort = Chi
comms-cohort-everyone = Tutti quelli che non hanno ancora ricevuto l'annuncio
comms-cohort-department = Reparto
comms-cohort-group = Gruppo Entra
comms-cohort-list = Elenco di indirizzi
comms-cohort-value = Nome del reparto o ID oggetto del gruppo Entra
comms-cohort-addresses = Indirizzi (CSV con una colonna email, oppure un indirizzo per riga)
comms-wave-at = Quando (lasci vuoto per inviare subito)
comms-wave-at-hint = Orario nel fuso orario { $zone }.
comms-wave-schedule = Annuncia
comms-waves-caption = Ondate, dalla più recente
comms-wave-col-at = Quando
comms-wave-col-state = Stato
comms-wave-col-announced = Annunciati
comms-wave-cancel = Annulla
comms-wave-state-scheduled = Pianificata
comms-wave-state-sending = In invio
comms-wave-state-sent = Inviata
comms-wave-state-failed = Non riuscita
comms-templates-title = Testi dei messaggi
comms-templates-lead = Ogni messaggio, in ogni lingua, usa il testo predefinito finché non lo modifica.
comms-templates-caption = Messaggi e lingue
comms-template-col-message = Messaggio
comms-template-col-language = Lingua
comms-template-col-state = Testo
comms-template-edit = Modifica
comms-template-custom = Testo personalizzato
comms-template-built-in = Testo predefinito
comms-kind-announcement = Annuncio
comms-kind-reminder = Promemoria
comms-kind-final-notice = Ultimo avviso
comms-kind-manager-digest = Riepilogo per i responsabili

## Console: editing one message
comms-back = Torna a Comunicazioni
comms-template-problems = Il testo non è stato salvato:
comms-subject = Oggetto
comms-body = Messaggio
comms-placeholders = Segnaposto utilizzabili, da scrivere con le loro parentesi graffe:
comms-preview = Anteprima
comms-preview-title = Anteprima con un dipendente di esempio
comms-template-reset = Torna al testo predefinito
comms-template-saved = Testo del messaggio salvato.
comms-template-was-reset = Viene di nuovo usato il testo predefinito.
comms-field-subject = L'oggetto
comms-field-body = Il messaggio
comms-problem-unknown-placeholder = { $field } usa { $placeholder }, che non è un segnaposto.
comms-problem-not-allowed = { $field } usa { $placeholder }, che questo messaggio non può compilare.
comms-problem-missing = Il messaggio deve contenere { $placeholder }.
comms-problem-unclosed = { $field } contiene una parentesi graffa non chiusa sulla stessa riga. Scriva {"{{"} per inserire una parentesi graffa nel testo.
comms-problem-line-break = L'oggetto deve stare su una sola riga.
comms-problem-empty = { $field } è vuoto.
comms-problem-too-long = { $field } supera { $max } caratteri.

## Dashboard
dashboard-col-waves = Ondate
dashboard-wave = { $cohort } { $value } ({ $count } annunciati)
