## Verwaltungskonsole (IT-Admins und Helpdesk) und die mandantenspezifischen Teile der Anleitung für Mitarbeitende.

admin-console = Passkey-Anleitung – Verwaltung
admin-nav-label = Bereiche der Organisation
admin-nav-overview = Übersicht
admin-nav-branding = Branding
admin-nav-policy = Passkey-Richtlinie
admin-nav-roster = Mitarbeitende
admin-sign-out = Abmelden
admin-form-has-errors = Einige Felder müssen geprüft werden. Es wurde nichts gespeichert; Ihre Eingaben bleiben unten erhalten.

role-owner = Besitzer
role-admin = Administrator
role-helpdesk = Helpdesk

## Anmeldung

admin-login-title = Anmelden
admin-login-email = E-Mail
admin-login-password = Kennwort
admin-login-submit = Anmelden
admin-login-failed = E-Mail-Adresse oder Kennwort ist falsch.
admin-login-rate-limited = Zu viele Anmeldeversuche. Warten Sie eine Minute und versuchen Sie es dann erneut.

## Organisationen und Übersicht

admin-tenants-title = Ihre Organisationen
admin-tenants-none = Ihr Konto hat noch in keiner Organisation eine Rolle. Bitten Sie einen Besitzer, Sie hinzuzufügen.
admin-overview-title = Übersicht
admin-overview-employees = { $count ->
    [one] Eine Person auf der Mitarbeiterliste.
   *[other] { $count } Personen auf der Mitarbeiterliste.
}
admin-overview-unpublished = Das Branding enthält Änderungen, die noch nicht veröffentlicht sind.
admin-overview-guide-url = Anleitung für alle (ohne persönlichen Link):
admin-links-heading = Persönliche Links
admin-links-lead = Laden Sie die persönlichen Links aller Mitarbeitenden als CSV-Datei für Ihren Seriendruck herunter. Jeder Link ist signiert und läuft ab; laden Sie für jeden Versand eine neue Datei herunter.
admin-links-export = Links herunterladen (CSV)

## Branding

admin-branding-title = Branding
admin-branding-name = Anzeigename
admin-branding-colour = Primärfarbe
admin-branding-colour-hint = Ein Hex-Farbwert wie #0b5cad. Darauf wird weißer Text angezeigt, daher muss die Farbe ein Kontrastverhältnis von 4,5:1 erreichen.
admin-branding-intro = Einleitung auf der Startseite (reiner Text)
admin-branding-support = Support-Kontakt
admin-branding-support-email = E-Mail
admin-branding-support-url = Hilfeseite (https://…)
admin-branding-support-phone = Telefon
admin-branding-support-hours = Erreichbarkeit
admin-branding-save = Entwurf speichern
admin-branding-saved = Entwurf gespeichert. Prüfen Sie die Vorschau und veröffentlichen Sie dann.
admin-branding-logo = Logo
admin-branding-logo-hint = PNG, JPEG oder WebP, bis { $max } KB und { $side } Pixel pro Seite. SVG-Dateien werden nicht akzeptiert.
admin-branding-logo-file = Logodatei
admin-branding-logo-upload = Logo hochladen
admin-branding-logo-saved = Logo zum Entwurf hinzugefügt.
admin-branding-logo-alt = Logovorschau
admin-branding-preview = Vorschau
admin-branding-unpublished = Mitarbeitende sehen weiterhin das veröffentlichte Branding. Veröffentlichen Sie, damit sie diesen Entwurf sehen.
admin-branding-published = Mitarbeitende sehen dieses Branding.
admin-branding-publish = Veröffentlichen
admin-branding-published-notice = Veröffentlicht. Mitarbeitende sehen jetzt das neue Branding.

branding-error-required = Geben Sie einen Anzeigenamen ein.
branding-error-too-long = Verwenden Sie höchstens { $max } Zeichen und keine Steuerzeichen.
branding-error-colour = Geben Sie eine Farbe als # gefolgt von 6 Hexadezimalziffern ein, z. B. #0b5cad.
branding-error-contrast = Weißer Text auf dieser Farbe hat ein Kontrastverhältnis von { $ratio }:1; mindestens { $min }:1 ist erforderlich. Der nächstgelegene Farbton, der ausreicht, ist { $suggestion }.
branding-error-email = Geben Sie eine E-Mail-Adresse wie help@example.com ein.
branding-error-url = Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.
branding-error-phone = Geben Sie eine Telefonnummer aus Ziffern, Leerzeichen und + - ( ) ein.

logo-error-empty = Wählen Sie eine Datei zum Hochladen aus.
logo-error-too-large = Die Datei ist { $kib } KB groß; erlaubt sind höchstens { $max } KB.
logo-error-svg = SVG-Logos werden nicht akzeptiert, weil sie Skripts enthalten können. Laden Sie eine PNG-, JPEG- oder WebP-Datei hoch.
logo-error-format = Diese Datei ist kein PNG-, JPEG- oder WebP-Bild.
logo-error-dimensions = Das Bild ist { $width } × { $height } Pixel groß; jede Seite muss zwischen { $min } und { $max } Pixel lang sein.

## Richtlinie

admin-policy-title = Passkey-Richtlinie
admin-policy-passkeys = Welche Passkeys Ihre Organisation zulässt
admin-policy-synced-allowed = Synchronisierte und gerätegebundene Passkeys (iCloud-Schlüsselbund, Google Passwortmanager, Microsoft Authenticator, Windows Hello, Sicherheitsschlüssel)
admin-policy-device-bound-only = Nur gerätegebundene Passkeys
admin-policy-attestation = Attestierung wird erzwungen (blendet jede Option aus, die Hersteller und Modell nicht nachweisen kann)
admin-policy-authenticators = Gerätegebundene Authentifikatoren, die Ihre Organisation unterstützt
admin-policy-authenticator = Microsoft Authenticator
admin-policy-windows-hello = Windows Hello
admin-policy-windows-hello-hint = Ausgeschaltet lassen, sofern Ihre Organisation es nicht in Entra aktiviert hat: Ein Passkey-Profil muss diese AAGUIDs von Windows Hello in seinen Schlüsseleinschränkungen aufführen und darf keine Attestierung erzwingen. Auf PCs, die in Entra eingebunden oder bei Entra registriert sind, bleibt Windows Hello for Business der Weg zur Anmeldung; die Anleitung fragt Mitarbeitende zuerst danach und schickt sie auf Firmen-PCs zum Smartphone oder zum Sicherheitsschlüssel.
admin-policy-authenticator-hint = Die Sicherheitsinformationen bieten „Passkey in Microsoft Authenticator“ nur an, wenn die Schlüsseleinschränkungen des Passkey-Profils diese AAGUIDs aufführen. Ohne sie funktioniert der Weg der Anleitung direkt in der App trotzdem.
admin-policy-security-keys = FIDO2-Sicherheitsschlüssel
admin-policy-security-info-url = Adresse der Sicherheitsinformationen
admin-policy-security-info-url-hint = Hier registrieren Mitarbeitende ihren Passkey. Nur https-Adressen auf Microsoft-Anmeldehosts werden akzeptiert.
admin-policy-language = Standardsprache
admin-policy-language-none = Browsersprache
admin-policy-host = Eigener Hostname (optional)
admin-policy-host-hint = Ein Hostname wie passkeys.example.com, unter dem diese Anleitung direkt im Stammverzeichnis erreichbar ist.
admin-policy-save = Richtlinie speichern
admin-policy-saved = Richtlinie gespeichert. Die Anleitung verwendet sie ab sofort.
admin-policy-error-url = Die Adresse der Sicherheitsinformationen muss mit https auf einen Microsoft-Anmeldehost verweisen.
admin-policy-error-host = Geben Sie einen Hostnamen wie passkeys.example.com ein oder lassen Sie das Feld leer.
admin-policy-error-host-taken = Eine andere Organisation verwendet diesen Hostnamen bereits.

## Mitarbeiterliste

admin-roster-title = Mitarbeitende
admin-roster-import = Mitarbeiterliste importieren
admin-roster-import-hint = Eine CSV-Datei mit Kopfzeile. Pflichtspalten: E-Mail-Adresse (email oder UPN) und Anzeigename (display name). Optional: bevorzugte Sprache (preferred language), Abteilung (department), Vorgesetzte Person (manager). Komma und Semikolon als Trennzeichen funktionieren beide. Ein erneuter Import aktualisiert geänderte Zeilen und lässt alle anderen unverändert.
admin-roster-file = CSV-Datei
admin-roster-import-submit = Importieren
admin-roster-report = Importbericht
admin-roster-summary = { $inserted } hinzugefügt, { $updated } aktualisiert, { $unchanged } unverändert, { $bad } nicht importiert.
admin-roster-line = Zeile { $line }
admin-roster-lookup = Mitarbeitende suchen
admin-roster-search = Name oder E-Mail-Adresse
admin-roster-search-submit = Suchen
admin-roster-caption = Mitarbeitende (erste 50 Treffer)
admin-roster-name = Name
admin-roster-email = E-Mail
admin-roster-language = Sprache
admin-roster-department = Abteilung
admin-roster-link = Persönlicher Link

roster-error-empty = Die Datei ist leer.
roster-error-encoding = Die Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.
roster-error-no-email-column = Keine E-Mail-Spalte gefunden. Geben Sie einer Spalte einen dieser Namen: { $expected }.
roster-error-no-name-column = Keine Spalte für den Anzeigenamen gefunden. Geben Sie einer Spalte einen dieser Namen: { $expected }.
roster-error-too-large = Die Datei ist größer als { $max } MB.
roster-error-read = Die Datei konnte nicht gelesen werden: { $detail }
roster-row-missing-email = Die E-Mail-Adresse fehlt.
roster-row-invalid-email = „{ $value }“ ist keine E-Mail-Adresse.
roster-row-missing-name = Der Anzeigename fehlt.
roster-row-too-long = Der Wert in der Spalte „{ $column }“ ist länger als { $max } Zeichen.
roster-row-duplicate = Dieselbe E-Mail-Adresse steht bereits in Zeile { $line }; diese Zeile wurde übersprungen.
roster-row-malformed = Die Zeile konnte nicht gelesen werden ({ $detail }).
roster-row-language-ignored = Die Sprache „{ $value }“ ist nicht verfügbar; stattdessen wird die Browsersprache der Person verwendet.

## Fehler

admin-error-title = Diese Seite kann nicht angezeigt werden
admin-error-not-found = Diese Seite gibt es nicht, oder Ihr Konto hat keinen Zugriff darauf.
admin-error-forbidden = Mit Ihrer Rolle in dieser Organisation können Sie Daten einsehen, aber nicht ändern.
admin-error-csrf = Das Formular ist abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
admin-error-internal = Bei uns ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal; wenn das Problem bestehen bleibt, wenden Sie sich an die Betreiber dieses Dienstes.
admin-error-back = Zurück zur Verwaltungskonsole

## Die Anleitung für Mitarbeitende: Support-Kontakt der Organisation und persönliche Links

support-heading = Brauchen Sie Hilfe?
support-email = E-Mail:
support-phone = Telefon:
support-website = IT-Hilfeseite
support-hours = Erreichbarkeit:
footer-privacy-personal = Sie haben Ihren persönlichen Link geöffnet. Daher sieht Ihr IT-Team, bis zu welchem Schritt dieser Anleitung Sie gekommen sind – nie aber, was Sie eingeben.
link-problem-title = Dieser Link kann nicht verwendet werden
link-invalid = Dieser persönliche Link ist ungültig. Möglicherweise wurde er beim Kopieren gekürzt oder verändert.
link-expired = Dieser persönliche Link ist abgelaufen.
link-unknown = Dieser persönliche Link ist nicht mehr aktiv.
link-problem-generic = Sie können Ihren Passkey trotzdem mit der allgemeinen Anleitung einrichten und Ihr IT-Team bei Bedarf um einen neuen Link bitten.
link-problem-open-guide = Anleitung öffnen

## Helpdesk: der Verlauf einer einzelnen Person

admin-employee-title = Mitarbeiterprofil
admin-employee-back = Zurück zur Mitarbeiterliste
admin-journey-stage = Fortschritt
admin-journey-stage-not-opened = Hat den Link noch nicht geöffnet
admin-journey-stage-opened = Hat den Link geöffnet
admin-journey-stage-flow-started = Folgt den Schritten
admin-journey-stage-handed-off = Zu den Sicherheitsinformationen gewechselt
admin-journey-stage-confirmed = Hat bestätigt, dass der Passkey registriert ist
admin-journey-stage-signed-in = Hat sich im Test mit dem Passkey angemeldet
admin-journey-position = Zuletzt erreichter Schritt
admin-journey-at-done = Abgeschlossen: { $flow }
admin-journey-answer = „Hat es geklappt?“ nach den Sicherheitsinformationen
admin-journey-answer-worked = Ja, hat geklappt
admin-journey-answer-failed = Nein, hat nicht geklappt
admin-journey-devices = Verwendete Geräte
admin-journey-last-seen = Zuletzt aktiv
admin-journey-registration = In Entra ID registriert
admin-journey-registration-unknown = Noch nicht bekannt
admin-journey-registration-yes = Ja (Stand { $at })
admin-journey-registration-no = Nein (Stand { $at })
admin-journey-stuck = Kommt nicht weiter bei { $step }: { $symptom }
admin-journey-stuck-help = Was dagegen hilft
admin-journey-help-page = Alle bekannten Probleme und ihre Lösungen, wie Mitarbeitende sie sehen
admin-journey-reading-causes = Hat sich die Ursachen angesehen
admin-journey-timeline = Verlauf
admin-journey-timeline-caption = Alles, was diese Person in der Anleitung getan hat, die ältesten Einträge zuerst. Wiederholungen werden gezählt, nicht einzeln aufgeführt.
admin-journey-when = Wann
admin-journey-what = Was
admin-journey-where = Wo
admin-journey-detail = Details
admin-journey-device = Gerät
admin-journey-repeats = Wiederholungen
admin-journey-times = { $count ->
    [one] einmal
   *[other] { $count }-mal, zuletzt { $last }
}
admin-journey-not-opened = Diese Person hat ihren persönlichen Link noch nicht geöffnet.
admin-journey-kind-page-viewed = Startseite geöffnet
admin-journey-kind-flow-chosen = Anleitung ausgewählt
admin-journey-kind-step-viewed = Schritt erreicht
admin-journey-kind-handoff-clicked = Zu den Sicherheitsinformationen gewechselt
admin-journey-kind-done = Letzte Seite erreicht
admin-journey-kind-link-opened = Link geöffnet
admin-journey-kind-returned = Aus den Sicherheitsinformationen zurückgekehrt
admin-journey-kind-confirmed = Registrierung des Passkeys bestätigt
admin-journey-kind-stuck = Kam nicht weiter
admin-journey-kind-diagnostic-sent = Meldung gesendet
admin-journey-kind-restarted = Von vorn begonnen
admin-journey-kind-sign-in-tested = Anmeldung mit dem Passkey getestet
admin-journey-sign-in-worked = Die Anmeldung hat geklappt
admin-journey-sign-in-failed = Die Anmeldung hat nicht geklappt
admin-diagnostics-title = Meldungen dieser Person
admin-diagnostics-none = Keine Meldungen.
admin-diagnostic-heading = Meldung { $reference }, { $at }
admin-diagnostic-where = Schritt
admin-diagnostic-symptom = Problem
admin-diagnostic-note = Anmerkung der Person
admin-diagnostic-device = Gerät
admin-diagnostic-probe = Browserprüfung
admin-diagnostic-no-probe = Nicht verfügbar (JavaScript war deaktiviert)
admin-diagnostic-user-agent = User-Agent

## Erinnerungen

admin-nav-reminders = Erinnerungen
admin-reminders-title = Erinnerungen
admin-reminders-lead = Erinnerungen gehen an Mitarbeitende, die ihren persönlichen Link erhalten haben und laut Entra ID noch keinen Passkey haben. Jede Erinnerung wird nur einmal verschickt, außerhalb der Ruhezeiten und in der Sprache der jeweiligen Person.
admin-reminders-saved = Einstellungen für Erinnerungen gespeichert.
admin-reminders-enabled = Erinnerungen automatisch senden
admin-reminders-offsets = Tage nach dem Versand des Links (durch Kommas getrennt, z. B. 7, 14)
admin-reminders-time-zone = Zeitzone (IANA-Name, z. B. Europe/Berlin)
admin-reminders-quiet-from = Ruhezeit ab (Stunde, 0–23)
admin-reminders-quiet-until = Ruhezeit bis (Stunde, 0–23)
admin-reminders-weekends = Keine Erinnerungen an Samstagen und Sonntagen
admin-reminders-per-hour = Höchstens so viele E-Mails pro Stunde
admin-reminders-save = Einstellungen speichern
admin-reminders-preview-title = Wenn die Erinnerungen jetzt liefen
admin-reminders-preview-lead = { $count ->
    [one] Eine Person würde jetzt eine Erinnerung erhalten. Von dieser Seite aus wird nichts gesendet.
   *[other] { $count } Personen würden jetzt eine Erinnerung erhalten. Von dieser Seite aus wird nichts gesendet.
}
admin-reminders-preview-caption = Alle Mitarbeitenden und was der nächste Lauf tun würde, mit Begründung
admin-reminders-col-reminder = Erinnerung
admin-reminders-col-why = Inhalt oder Grund
admin-reminders-col-state = Status
admin-reminders-col-error = Fehler
admin-reminders-days = Erinnerung nach { $days } Tagen
admin-reminders-none = Keine
admin-reminders-content-start-here = Hier starten (Link nie geöffnet)
admin-reminders-content-pick-up = Beim erreichten Schritt weitermachen
admin-reminders-content-stuck = Nicht weitergekommen: Ursache und Lösung
admin-reminders-content-did-not-finish = Nicht abgeschlossen
admin-reminders-skip-not-announced = Link noch nicht versendet
admin-reminders-skip-registered = Hat einen Passkey
admin-reminders-skip-status-unknown = Nicht im Registrierungsstatus aus Entra ID
admin-reminders-skip-opted-out = Hat Erinnerungen abbestellt
admin-reminders-skip-not-due = Noch nicht fällig
admin-reminders-skip-all-sent = Alle Erinnerungen gesendet
admin-reminders-history-title = Gesendete Erinnerungen
admin-reminders-history-none = Noch keine Erinnerungen.
admin-reminders-history-caption = Bisher festgelegte Erinnerungen, die neuesten zuerst
admin-reminders-state-queued = Wartet auf den Versand
admin-reminders-state-sent = Gesendet
admin-reminders-state-failed = Fehlgeschlagen
admin-reminders-state-superseded = Durch eine spätere Erinnerung ersetzt
admin-reminders-error-offsets = Geben Sie ein bis fünf Tageszahlen zwischen 1 und 90 an, durch Kommas getrennt.
admin-reminders-error-time-zone = Verwenden Sie einen IANA-Zeitzonennamen wie Europe/Berlin oder America/New_York.
admin-reminders-error-hour = Verwenden Sie eine Stunde von 0 bis 23.
admin-reminders-error-per-hour = Verwenden Sie eine Zahl von 1 bis 100000.
