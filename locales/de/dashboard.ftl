## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = Dashboard
admin-nav-audit = Änderungsprotokoll

dashboard-title = Rollout-Dashboard
dashboard-no-data = Für diesen Filter gibt es noch nichts anzuzeigen.
dashboard-export-csv = Diese Tabelle herunterladen (CSV)
dashboard-show-table = Zahlen als Tabelle anzeigen
dashboard-percent = { $n } %
dashboard-not-known = Unbekannt

dashboard-filter-department = Abteilung
dashboard-filter-all-departments = Alle Abteilungen
dashboard-filter-from = Von
dashboard-filter-to = Bis
dashboard-filter-apply = Anwenden
dashboard-range-all = Die Zahlen umfassen den gesamten Zeitraum. Das Diagramm zeigt die letzten sechs Wochen (Tage in der Zeitzone { $zone }).
dashboard-range-filtered = Zahlen und Diagramm umfassen den Zeitraum von { $first } bis { $last } (Tage in der Zeitzone { $zone }).
dashboard-error-from = „Von“ muss ein Datum wie 2026-11-01 sein. Stattdessen wird der gesamte Zeitraum angezeigt.
dashboard-error-to = „Bis“ muss ein Datum wie 2026-11-30 sein. Stattdessen wird der gesamte Zeitraum angezeigt.
dashboard-error-reversed = „Bis“ liegt vor „Von“. Stattdessen wird der gesamte Zeitraum angezeigt.
dashboard-error-too-long = Wählen Sie einen Zeitraum von höchstens { $days } Tagen. Stattdessen wird der gesamte Zeitraum angezeigt.
dashboard-status-as-of = Registrierungsstatus aus Entra ID, Stand { $at }.
dashboard-status-never = Noch kein Registrierungsstatus aus Entra ID: Importieren Sie die CSV-Datei aus dem Portal oder richten Sie die Synchronisierung über Microsoft Graph ein. Bis dahin gilt niemand als registriert.
dashboard-status-error = Die letzte Synchronisierung über Microsoft Graph ist fehlgeschlagen: { $error }

dashboard-funnel-title = Trichter
dashboard-funnel-desc = Wie viele der { $roster } Personen auf der Mitarbeiterliste die einzelnen Stufen erreicht haben.
dashboard-funnel-roster = Auf der Mitarbeiterliste
dashboard-funnel-announced = Link erhalten
dashboard-funnel-opened = Link geöffnet
dashboard-funnel-flow-started = Schritte begonnen
dashboard-funnel-handed-off = Zu den Sicherheitsinformationen gewechselt
dashboard-funnel-signed-in = Anmeldung getestet
dashboard-funnel-registered = Registriert (laut Entra ID)

dashboard-col-stage = Stufe
dashboard-col-employees = Mitarbeitende
dashboard-col-of-roster = Anteil an der Mitarbeiterliste
dashboard-col-of-previous = Anteil an der vorherigen Stufe
dashboard-col-platform = Gerät
dashboard-col-stuck = Kommen gerade nicht weiter
dashboard-col-stuck-rate = Anteil, der nicht weiterkommt
dashboard-col-below-minimum = Betriebssystem zu alt
dashboard-col-registered = Registriert
dashboard-col-os-version = Betriebssystemversion
dashboard-col-browser = Browser
dashboard-col-in-app = In-App-Browser
dashboard-col-step = Schritt
dashboard-col-symptom = Problem
dashboard-col-date = Datum
dashboard-col-announced = Links versendet
dashboard-col-reminders = Erinnerungen gesendet
dashboard-col-reason = Grund

dashboard-platforms-title = Geräte
dashboard-platforms-desc = Mitarbeitende, die ihren Link geöffnet haben, nach dem Gerät ihres letzten Besuchs – und wie viele davon gerade nicht weiterkommen.
dashboard-platform-bar = { $n } ({ $stuck } kommen nicht weiter)
dashboard-below-minimum-title = Betriebssystemversionen unter dem Minimum einer Anleitung
dashboard-browsers-title = Browser
dashboard-in-app-title = In-App-Browser
dashboard-stuck-title = Wo es nicht weitergeht

dashboard-days-title = Registrierungen pro Tag
dashboard-days-desc = { $total } Passkeys von { $first } bis { $last } registriert. An { $reminderDays } dieser Tage wurden Erinnerungen gesendet; diese Tage sind mit einem Dreieck markiert.
dashboard-legend-reminders = An diesem Tag Erinnerungen gesendet
dashboard-legend-announced = An diesem Tag Links versendet

dashboard-stragglers-title = Wer noch fehlt
dashboard-stragglers-intro = Mitarbeitende, die laut Entra ID noch keinen Passkey haben, gruppiert nach dem aussagekräftigsten Grund. Öffnen Sie eine Gruppe, um die Personen zu sehen und zu exportieren.
dashboard-stragglers-counts = Wer noch fehlt, nach Grund
dashboard-straggler-stuck = Kommt nicht weiter
dashboard-straggler-below-minimum = Betriebssystem zu alt
dashboard-straggler-handed-off = Zu den Sicherheitsinformationen gewechselt, nicht registriert
dashboard-straggler-never-opened = Link nie geöffnet
dashboard-straggler-in-progress = Begonnen, nicht abgeschlossen

stragglers-title = Mitarbeitende ohne Passkey
stragglers-back = Zurück zum Dashboard
stragglers-all-reasons = Alle Gründe
stragglers-count =
    { $n ->
        [one] Eine Person.
       *[other] { $n } Personen.
    }
stragglers-export = Alle herunterladen (CSV)
stragglers-col-name = Name
stragglers-col-email = E-Mail
stragglers-col-department = Abteilung
stragglers-col-manager = Vorgesetzte Person
stragglers-col-detail = Details
stragglers-col-last-seen = Zuletzt aktiv
stragglers-previous = Vorherige Seite
stragglers-next = Nächste Seite
stragglers-pages = Seiten
stragglers-page-of = Seite { $page } von { $pages }

audit-title = Änderungsprotokoll
audit-intro = Alle Änderungen an dieser Organisation, die in der Konsole oder über die Befehlszeile vorgenommen wurden, die neuesten zuerst.
audit-col-when = Wann
audit-col-who = Wer
audit-col-what = Was
audit-col-changes = Änderungen
audit-action-branding-saved = Branding-Entwurf gespeichert
audit-action-logo-uploaded = Logo hochgeladen
audit-action-branding-published = Branding veröffentlicht
audit-action-policy-saved = Richtlinie geändert
audit-action-roster-imported = Mitarbeiterliste importiert
audit-action-links-exported = Persönliche Links exportiert
audit-action-reminders-saved = Einstellungen für Erinnerungen geändert
audit-action-tenant-created = Organisation angelegt
audit-action-admin-granted = Einem Konto eine Rolle zugewiesen
audit-action-registration-imported = Registrierungsstatus importiert
audit-action-reminders-announced = Ankündigung versendet
