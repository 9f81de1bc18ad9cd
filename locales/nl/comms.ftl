# Comms: mail transport, programme (deadline, mandatory, manager digests), announcement waves,
# message templates, and the messages themselves.

admin-nav-comms = Communicatie
admin-links-announce = Deze links worden nu verstuurd: de herinneringen van iedereen tellen vanaf vandaag
admin-reminders-skip-past-deadline = Deadline verstreken: herinneringen zijn gestopt

audit-action-mail-transport-saved = Verzendwijze van e-mail gewijzigd
audit-action-template-saved = Berichttekst opgeslagen
audit-action-template-reset = Standaardtekst van een bericht teruggezet
audit-action-programme-saved = Deadline of programmaregels gewijzigd
audit-action-wave-scheduled = Aankondigingsgolf ingepland
audit-action-wave-cancelled = Aankondigingsgolf geannuleerd

## Messages to employees and managers
final-notice-subject = { $org }: laatste herinnering: stel uw toegangssleutel uiterlijk { $deadline } in
final-notice-body = Dit is de laatste herinnering: stel uw toegangssleutel uiterlijk { $deadline } in. Het duurt ongeveer vijf minuten, en uw persoonlijke gids laat de precieze stappen zien.
reminder-deadline = Stel uw toegangssleutel uiterlijk { $deadline } in.
digest-subject = { $org }: mensen in uw team die nog een toegangssleutel moeten instellen
digest-body = Deze medewerkers die aan u rapporteren, hebben hun toegangssleutel nog niet ingesteld. Een herinnering van u helpt; ze hebben allemaal hun persoonlijke gids in hun e-mail.
digest-reason-stuck = loopt vast en heeft om hulp gevraagd
digest-reason-device-too-old = apparaat is te oud voor toegangssleutels
digest-reason-in-progress = begonnen, maar niet afgerond
digest-reason-never-opened = heeft de gids nog niet geopend
digest-at-step = stap { $step }: { $title }
template-sample-name = Jan Jansen
template-sample-deadline = 2027-01-31
template-sample-step = U bent gestopt bij stap 3, ‘Toegangssleutel toevoegen’, van Instellen op iPhone. Met uw persoonlijke link gaat u direct terug naar die stap.
template-test-tag = Test

## Employee pages
mandatory-note = Een toegangssleutel instellen is verplicht voor iedereen in uw organisatie. Daarom kunt u deze e-mails niet uitzetten.
mandatory-note-contact = Een toegangssleutel instellen is verplicht voor iedereen in uw organisatie. Daarom kunt u deze e-mails niet uitzetten. Vragen? Neem contact op met { $support }.
unsubscribe-title = Herinneringsmails
unsubscribe-lead = Wilt u geen herinneringsmails meer over het instellen van uw toegangssleutel?
unsubscribe-invalid = Dit adres werkt niet meer. Open de persoonlijke link in uw meest recente e-mail om de herinneringsmails uit te zetten.

## Console: the comms page
comms-title = Communicatie
comms-lead = Hoe uw berichten worden verstuurd, de deadline, aankondigingsgolven en de tekst van elk bericht.
comms-saved-transport = E-mailinstellingen opgeslagen.
comms-saved-programme = Programma opgeslagen.
comms-saved-wave = Golf opgeslagen. Een golf voor nu wordt meteen verstuurd, een ingeplande golf binnen vijf minuten na het ingestelde tijdstip.
comms-saved-wave-cancelled = Golf geannuleerd.
comms-saved-test = Testbericht naar uw adres staat in de wachtrij.
comms-save = Opslaan
comms-send-test = Stuur mij een test
comms-transport-title = Hoe e-mail wordt verstuurd
comms-transport-now-graph = Verstuurd met Microsoft Graph vanaf { $from }.
comms-transport-now-smtp = Verstuurd via uw SMTP-server vanaf { $from }.
comms-transport-now-server = Verstuurd via de e-mailinstellingen van deze server.
comms-transport-legend = Versturen met
comms-transport-graph = Microsoft Graph, vanuit een eigen mailbox
comms-transport-smtp = Uw eigen SMTP-server
comms-transport-needs-entra = Voor Microsoft Graph is eerst de Entra-verbinding nodig.
comms-transport-graph-hint = Graph heeft de toepassingsmachtiging Mail.Send nodig. Beperk die in Exchange Online tot de verzendende mailbox, zoals de documentatie laat zien, en stuur uzelf daarna een test.
comms-from = Afzenderadres
comms-reply-to = Reply-To-adres voor antwoorden (optioneel)
comms-smtp-url = URL van de SMTP-server
comms-smtp-url-hint = Bijvoorbeeld smtp://user:password@smtp.example.com:587?tls=required. Wordt versleuteld opgeslagen en nooit meer getoond; laat het veld leeg om de opgeslagen URL te houden.
comms-programme-title = Programma
comms-deadline = Deadline (optioneel)
comms-deadline-hint = De laatste herinnering gaat 3 dagen van tevoren uit; na de deadline stoppen de herinneringen. Datums in tijdzone { $zone }.
comms-mandatory = Registratie is verplicht: medewerkers kunnen de e-mails niet uitzetten
comms-manager-digest = Elke leidinggevende wekelijks een lijst sturen van teamleden die zich nog niet hebben geregistreerd
comms-waves-title = Aankondigingsgolven
comms-waves-lead = Kondig eerst aan bij een groep (een pilot), daarna bij de rest. Alleen wie de aankondiging nog niet heeft gekregen, ontvangt die, en de herinneringen van elke persoon tellen vanaf de eigen aankondiging.
comms-cohort = Wie
comms-cohort-everyone = Iedereen die nog geen aankondiging heeft gekregen
comms-cohort-department = Afdeling
comms-cohort-group = Entra-groep
comms-cohort-list = Lijst met adressen
comms-cohort-value = Afdelingsnaam of object-id van de Entra-groep
comms-cohort-addresses = Adressen (CSV met een kolom email, of één adres per regel)
comms-wave-at = Wanneer (leeg laten voor nu)
comms-wave-at-hint = Tijd in tijdzone { $zone }.
comms-wave-schedule = Aankondigen
comms-waves-caption = Golven, nieuwste eerst
comms-wave-col-at = Wanneer
comms-wave-col-state = Status
comms-wave-col-announced = Aangekondigd
comms-wave-cancel = Annuleren
comms-wave-state-scheduled = Ingepland
comms-wave-state-sending = Wordt verstuurd
comms-wave-state-sent = Verstuurd
comms-wave-state-failed = Mislukt
comms-templates-title = Berichtteksten
comms-templates-lead = Elk bericht gebruikt in elke taal de standaardtekst totdat u die wijzigt.
comms-templates-caption = Berichten en talen
comms-template-col-message = Bericht
comms-template-col-language = Taal
comms-template-col-state = Tekst
comms-template-edit = Bewerken
comms-template-custom = Uw tekst
comms-template-built-in = Standaardtekst
comms-kind-announcement = Aankondiging
comms-kind-reminder = Herinnering
comms-kind-final-notice = Laatste herinnering
comms-kind-manager-digest = Overzicht voor leidinggevenden

## Console: editing one message
comms-back = Terug naar Communicatie
comms-template-problems = De tekst is niet opgeslagen:
comms-subject = Onderwerp
comms-body = Bericht
comms-placeholders = Tijdelijke aanduidingen die u kunt gebruiken, geschreven met hun accolades:
comms-preview = Voorbeeld
comms-preview-title = Voorbeeld met een fictieve medewerker
comms-template-reset = Terug naar de standaardtekst
comms-template-saved = Berichttekst opgeslagen.
comms-template-was-reset = De standaardtekst wordt weer gebruikt.
comms-field-subject = Het onderwerp
comms-field-body = Het bericht
comms-problem-unknown-placeholder = { $field } gebruikt { $placeholder }, maar dat is geen tijdelijke aanduiding.
comms-problem-not-allowed = { $field } gebruikt { $placeholder }, maar die kan dit bericht niet invullen.
comms-problem-missing = Het bericht moet { $placeholder } bevatten.
comms-problem-unclosed = { $field } bevat een accolade die op dezelfde regel niet wordt gesloten. Schrijf {"{{"} voor een eigen accolade.
comms-problem-line-break = Het onderwerp moet op één regel staan.
comms-problem-empty = { $field } is leeg.
comms-problem-too-long = { $field } is langer dan { $max } tekens.

## Dashboard
dashboard-col-waves = Golven
dashboard-wave = { $cohort } { $value } ({ $count } aangekondigd)
