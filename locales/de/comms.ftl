# Comms: mail transport, programme (deadline, mandatory, manager digests), announcement waves,
# message templates, and the messages themselves.

admin-nav-comms = Kommunikation
admin-links-announce = Diese Links werden jetzt versendet: Die Erinnerungen aller zählen ab heute
admin-reminders-skip-past-deadline = Frist abgelaufen: Erinnerungen wurden beendet

audit-action-mail-transport-saved = Mailversand geändert
audit-action-template-saved = Nachrichtentext gespeichert
audit-action-template-reset = Standardtext einer Nachricht wiederhergestellt
audit-action-programme-saved = Frist oder Programmregeln geändert
audit-action-wave-scheduled = Ankündigungswelle geplant
audit-action-wave-cancelled = Ankündigungswelle abgebrochen

## Messages to employees and managers
final-notice-subject = { $org }: Letzte Erinnerung – richten Sie Ihren Passkey bis { $deadline } ein
final-notice-body = Dies ist die letzte Erinnerung: Bitte richten Sie Ihren Passkey bis { $deadline } ein. Das dauert etwa fünf Minuten, und Ihre persönliche Anleitung zeigt Ihnen die genauen Schritte.
reminder-deadline = Bitte richten Sie Ihren Passkey bis { $deadline } ein.
digest-subject = { $org }: Personen in Ihrem Team, die noch einen Passkey einrichten müssen
digest-body = Diese Personen, die Ihnen unterstellt sind, haben ihren Passkey noch nicht eingerichtet. Eine Erinnerung von Ihnen hilft; jede von ihnen hat ihre persönliche Anleitung per E-Mail erhalten.
digest-reason-stuck = kommt nicht weiter und hat um Hilfe gebeten
digest-reason-device-too-old = Gerät ist zu alt für Passkeys
digest-reason-in-progress = hat begonnen, aber nicht abgeschlossen
digest-reason-never-opened = hat die Anleitung noch nicht geöffnet
digest-at-step = Schritt { $step }: { $title }
template-sample-name = Erika Mustermann
template-sample-deadline = 2027-01-31
template-sample-step = Sie haben bei Schritt 3, „Passkey hinzufügen“, von Einrichtung auf dem iPhone aufgehört. Ihr persönlicher Link bringt Sie direkt zu diesem Schritt zurück.
template-test-tag = Test

## Employee pages
mandatory-note = Die Einrichtung eines Passkeys ist für alle in Ihrer Organisation Pflicht. Deshalb lassen sich diese E-Mails nicht abbestellen.
mandatory-note-contact = Die Einrichtung eines Passkeys ist für alle in Ihrer Organisation Pflicht. Deshalb lassen sich diese E-Mails nicht abbestellen. Fragen? Wenden Sie sich an { $support }.
unsubscribe-title = Erinnerungs-E-Mails
unsubscribe-lead = Möchten Sie keine Erinnerungs-E-Mails zur Einrichtung Ihres Passkeys mehr erhalten?
unsubscribe-invalid = Diese Adresse funktioniert nicht mehr. Öffnen Sie den persönlichen Link in Ihrer neuesten E-Mail, um die Erinnerungs-E-Mails abzubestellen.

## Console: the comms page
comms-title = Kommunikation
comms-lead = Wie Ihre Nachrichten versendet werden, die Frist, Ankündigungswellen und der Text jeder Nachricht.
comms-saved-transport = Mail-Einstellungen gespeichert.
comms-saved-programme = Programm gespeichert.
comms-saved-wave = Welle gespeichert. Eine Welle für „jetzt“ wird sofort versendet, eine geplante innerhalb von fünf Minuten nach ihrem Zeitpunkt.
comms-saved-wave-cancelled = Welle abgebrochen.
comms-saved-test = Testnachricht an Ihre Adresse in die Warteschlange gestellt.
comms-save = Speichern
comms-send-test = Test an mich senden
comms-transport-title = Wie E-Mails versendet werden
comms-transport-now-graph = Versand mit Microsoft Graph von { $from }.
comms-transport-now-smtp = Versand über Ihren SMTP-Server von { $from }.
comms-transport-now-server = Versand über die Mail-Einstellungen dieses Servers.
comms-transport-legend = Senden mit
comms-transport-graph = Microsoft Graph, aus einem Ihrer Postfächer
comms-transport-smtp = Ihr eigener SMTP-Server
comms-transport-needs-entra = Für Microsoft Graph muss zuerst die Entra-Verbindung eingerichtet sein.
comms-transport-graph-hint = Graph benötigt die Anwendungsberechtigung Mail.Send. Beschränken Sie sie in Exchange Online auf das Absenderpostfach, wie in der Dokumentation beschrieben, und senden Sie sich dann einen Test.
comms-from = Absenderadresse
comms-reply-to = Reply-To-Adresse für Antworten (optional)
comms-smtp-url = URL des SMTP-Servers
comms-smtp-url-hint = Zum Beispiel smtp://user:password@smtp.example.com:587?tls=required. Wird verschlüsselt gespeichert und nie wieder angezeigt; lassen Sie das Feld leer, um die gespeicherte URL zu behalten.
comms-programme-title = Programm
comms-deadline = Frist (optional)
comms-deadline-hint = Die letzte Erinnerung wird 3 Tage vor der Frist versendet; nach der Frist enden die Erinnerungen. Datumsangaben in der Zeitzone { $zone }.
comms-mandatory = Die Registrierung ist Pflicht: Mitarbeitende können die E-Mails nicht abbestellen
comms-manager-digest = Jeder vorgesetzten Person wöchentlich eine Liste der Teammitglieder senden, die sich noch nicht registriert haben
comms-waves-title = Ankündigungswellen
comms-waves-lead = Kündigen Sie zuerst einer Gruppe an (einem Pilotprojekt), dann dem Rest. Nur wer die Ankündigung noch nicht erhalten hat, bekommt sie, und die Erinnerungen jeder Person zählen ab ihrer eigenen Ankündigung.
comms-cohort = Wer
comms-cohort-everyone = Alle, die noch keine Ankündigung erhalten haben
comms-cohort-department = Abteilung
comms-cohort-group = Entra-Gruppe
comms-cohort-list = Adressliste
comms-cohort-value = Name der Abteilung oder Objekt-ID der Entra-Gruppe
comms-cohort-addresses = Adressen (CSV mit einer E-Mail-Spalte oder eine Adresse pro Zeile)
comms-wave-at = Wann (für sofort leer lassen)
comms-wave-at-hint = Uhrzeit in der Zeitzone { $zone }.
comms-wave-schedule = Ankündigen
comms-waves-caption = Wellen, die neuesten zuerst
comms-wave-col-at = Wann
comms-wave-col-state = Status
comms-wave-col-announced = Angekündigt
comms-wave-cancel = Abbrechen
comms-wave-state-scheduled = Geplant
comms-wave-state-sending = Wird gesendet
comms-wave-state-sent = Gesendet
comms-wave-state-failed = Fehlgeschlagen
comms-templates-title = Nachrichtentexte
comms-templates-lead = Jede Nachricht verwendet in jeder Sprache den Standardtext, bis Sie ihn ändern.
comms-templates-caption = Nachrichten und Sprachen
comms-template-col-message = Nachricht
comms-template-col-language = Sprache
comms-template-col-state = Text
comms-template-edit = Bearbeiten
comms-template-custom = Eigener Text
comms-template-built-in = Standardtext
comms-kind-announcement = Ankündigung
comms-kind-reminder = Erinnerung
comms-kind-final-notice = Letzte Erinnerung
comms-kind-manager-digest = Übersicht für Vorgesetzte

## Console: editing one message
comms-back = Zurück zur Kommunikation
comms-template-problems = Der Text wurde nicht gespeichert:
comms-subject = Betreff
comms-body = Nachricht
comms-placeholders = Verwendbare Platzhalter, jeweils mit ihren geschweiften Klammern zu schreiben:
comms-preview = Vorschau
comms-preview-title = Vorschau mit einer Beispielperson
comms-template-reset = Zum Standardtext zurückkehren
comms-template-saved = Nachrichtentext gespeichert.
comms-template-was-reset = Der Standardtext wird wieder verwendet.
comms-field-subject = Der Betreff
comms-field-body = Die Nachricht
comms-problem-unknown-placeholder = { $field } verwendet { $placeholder }, aber das ist kein Platzhalter.
comms-problem-not-allowed = { $field } verwendet { $placeholder }; diesen Platzhalter kann diese Nachricht nicht ausfüllen.
comms-problem-missing = Die Nachricht muss { $placeholder } enthalten.
comms-problem-unclosed = { $field } enthält eine geschweifte Klammer, die in ihrer Zeile nicht geschlossen wird. Schreiben Sie {"{{"} für eine eigene Klammer.
comms-problem-line-break = Der Betreff muss aus einer einzigen Zeile bestehen.
comms-problem-empty = { $field } ist leer.
comms-problem-too-long = { $field } ist länger als { $max } Zeichen.

## Dashboard
dashboard-col-waves = Wellen
dashboard-wave = { $cohort } { $value } ({ $count } angekündigt)
