## Frame

app-name = Passkey einrichten
meta-description = Schritt-für-Schritt-Hilfe, um auf Ihrem Gerät einen Passkey für Ihr Arbeitskonto einzurichten.
skip-to-content = Zum Inhalt springen
language-switcher-label = Sprache
footer-privacy = Diese Anleitung zählt, welche Schritte angesehen werden – nie, wer Sie sind oder was Sie eingeben.

## Start page

home-title = Richten Sie Ihren Passkey ein
home-lead = Mit einem Passkey melden Sie sich bei Ihrem Arbeitskonto per Gesicht, Fingerabdruck oder Displaysperre an statt mit einem Kennwort. Diese Anleitung zeigt die genauen Schritte für Ihr Gerät.
device-heading = Ihr Gerät
device-label = Gerät
system-label = System
browser-label = Browser
opened-in-label = Geöffnet in
recommended-heading = Für Sie empfohlen
other-options-heading = Weitere Wege, die auf diesem Gerät funktionieren
unavailable-heading = Hier nicht verfügbar
start-recommended = Los geht’s
start-this = Stattdessen diesen Weg nutzen
picker-heading = Nicht Ihr Gerät?
picker-lead = Wählen Sie das Gerät, auf dem Sie den Passkey einrichten möchten:
picker-detect-again = Mein Gerät erneut erkennen

## Platforms, systems, browsers, apps

platform-iphone = iPhone
platform-ipad = iPad
platform-android = Android-Smartphone
platform-samsung = Samsung Galaxy
platform-windows = Windows-PC
platform-macos = Mac
platform-linux = Linux-Computer
platform-chromeos = Chromebook
platform-unknown = Unbekanntes Gerät
os-iphone = iOS
os-ipad = iPadOS
os-android = Android
os-samsung = Android
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-chromeos = ChromeOS
os-unknown = Betriebssystem
os-version-exact = { $os } { $version }
os-version-at-least = { $os } { $version } oder neuer
os-version-hidden = { $os } (Ihr Browser zeigt die Version nicht an)
browser-safari = Safari
browser-chrome = Google Chrome
browser-edge = Microsoft Edge
browser-firefox = Firefox
browser-samsung-internet = Samsung Internet
browser-opera = Opera
browser-webview = Der integrierte Browser einer App
browser-other = Ein anderer Browser
in-app-outlook = Outlook
in-app-teams = Microsoft Teams
in-app-google-app = der Google App
in-app-facebook = Facebook
in-app-instagram = Instagram
in-app-linkedin = LinkedIn
in-app-line = LINE
in-app-wechat = WeChat
in-app-snapchat = Snapchat
in-app-tiktok = TikTok
in-app-naver = NAVER
in-app-apple-news = Apple News
in-app-unidentified = dem integrierten Browser einer App

## Passkey types

passkey-type-synced = Synchronisierter Passkey: auf allen Ihren Geräten mit demselben Konto verfügbar
passkey-type-device-bound = Gerätegebundener Passkey: bleibt auf genau diesem Gerät oder Schlüssel

## Notes before starting

note-in-app-browser = Diese Seite ist in { $app } geöffnet. Dort lassen sich Passkeys oft nicht erstellen: Öffnen Sie den Link stattdessen in { $browser ->
        [safari] Safari
       *[other] Chrome
    } (über das Menü „Im Browser öffnen“).
note-maybe-ipad = Sie verwenden ein iPad? iPads geben sich gegenüber Websites als Mac aus. Wählen Sie unten „iPad“, wenn Sie eines in der Hand halten.
note-version-unknown = Ihr Browser verrät nicht, welche { $os }-Version Sie haben. Bei jeder Option unten steht, welche Version sie benötigt.
note-unknown-device = Wir konnten Ihr Gerät nicht erkennen. Bitte wählen Sie es unten aus der Liste.
note-update-first = { $flow } benötigt { $os } { $min } oder neuer, Sie haben { $have }. Aktualisieren Sie zuerst oder nutzen Sie { $alternative }.
note-update-first-only = { $flow } benötigt { $os } { $min } oder neuer, Sie haben { $have }. Aktualisieren Sie zuerst Ihr Gerät oder wenden Sie sich an Ihren IT-Helpdesk.
note-nothing-here = Keiner der Wege, die Ihre Organisation erlaubt, funktioniert auf diesem Gerät. Nutzen Sie ein anderes Gerät aus der Liste unten oder wenden Sie sich an Ihren IT-Helpdesk.
note-firefox-android = Firefox unter Android kann keine Passkeys für Arbeitskonten erstellen. Öffnen Sie diesen Link stattdessen in Chrome oder Edge.
note-firefox-linux-cross-device = Firefox unter Linux kann keine Verbindung zu Ihrem Smartphone herstellen. Verwenden Sie einen Sicherheitsschlüssel oder öffnen Sie diese Seite in Chrome oder Edge.
note-untested-browser-android = Microsoft testet Passkeys unter Android mit Chrome und Edge. Wenn beim Erstellen des Passkeys nichts passiert, öffnen Sie diesen Link in Chrome.
note-untested-browser = Microsoft testet Passkeys nicht mit diesem Browser. Wenn beim Erstellen des Passkeys nichts passiert, öffnen Sie diesen Link in Edge oder Chrome.

note-managed-pc = Auf einem Firmen-PC kann beim Einrichten von Windows Hello eine Anmeldung über Windows Hello for Business entstehen – dann schlägt die Registrierung des Passkeys fehl. Erstellen Sie Ihren Passkey stattdessen auf Ihrem Smartphone mit Microsoft Authenticator oder mit einem Sicherheitsschlüssel.

## Why an option is not available

blocked-synced-not-allowed = Ihre Organisation erlaubt nur Passkeys, die auf einem Gerät bleiben.
blocked-attestation-required = Ihre Organisation verlangt überprüfte (attestierte) Passkeys, die diese Option nicht bieten kann.
blocked-not-supported = Ihre Organisation unterstützt diese Art von Passkey nicht. Wählen Sie eine andere Option.
blocked-os-too-old = Benötigt { $os } { $min } oder neuer; Sie haben { $have }.
blocked-browser = Funktioniert nicht in diesem Browser.
blocked-managed-pc = Nicht auf einem Firmen-PC: Wegen Windows Hello for Business würde die Registrierung fehlschlagen.
version-unverified = Benötigt { $os } { $min } oder neuer.

## In-browser check

probe-no-webauthn = Dieser Browser kann keine Passkeys erstellen. Öffnen Sie den Link im Standardbrowser Ihres Geräts.
probe-no-platform-authenticator = Auf diesem Gerät ist keine Displaysperre und keine Biometrie für Passkeys eingerichtet. Richten Sie zuerst eine PIN, einen Fingerabdruck oder die Gesichtserkennung ein oder wählen Sie eine andere Option.
probe-no-hybrid = Dieser Browser kann keine Verbindung zu einem Smartphone herstellen. Verwenden Sie einen Sicherheitsschlüssel oder einen anderen Browser.
probe-looks-like-ipad = Das sieht nach einem iPad aus.
probe-show-ipad-steps = Schritte für das iPad anzeigen
probe-ready = Dieser Browser kann Passkeys erstellen.
probe-checking = Wir prüfen, was dieser Browser kann …

## Guide

step-count = Schritt { $current } von { $total }
handoff-button = Sicherheitsinformationen öffnen
handoff-hint = Öffnet Microsofts Seite „Sicherheitsinformationen“. Lassen Sie diese Anleitung geöffnet oder kehren Sie hierher zurück, um mit den nächsten Schritten weiterzumachen.
handoff-next-steps = Nach den Sicherheitsinformationen folgen noch diese Schritte:
handoff-question = Zurück aus den Sicherheitsinformationen? Hat es geklappt?
handoff-worked = Ja, weiter
handoff-failed = Nein, ich komme nicht weiter
sign-in-question = Hat die Testanmeldung geklappt?
sign-in-worked = Ja, ich habe mich mit meinem Passkey angemeldet
sign-in-failed = Nein, es hat nicht geklappt
managed-pc-question = Ist das ein Firmen-PC, der in Ihre Organisation eingebunden oder bei ihr registriert ist?
managed-pc-yes = Ja, es ist ein Firmen-PC
managed-pc-no = Nein, es ist mein eigener PC
home-microsoft-prompt = Microsoft fordert Sie möglicherweise auch bei der Anmeldung auf, einen Passkey hinzuzufügen. Das ist dieselbe Registrierung: Folgen Sie der Aufforderung und nutzen Sie diese Schritte, falls Sie Hilfe brauchen.

## Way out of an app's built-in browser

escape-title = Öffnen Sie diese Seite zuerst in Ihrem Browser
escape-lead = Sie haben diesen Link in { $app } geöffnet. Im integrierten Browser einer App lassen sich Passkeys meist nicht erstellen.
escape-open-browser = In meinem Browser öffnen
# The menu labels differ between apps and versions; these follow each app's usual menu.
# Unconfirmed: the apps' own labels for "Open in external browser" (Facebook, Instagram) and "Open in Safari" (LinkedIn, WeChat, LINE, the Google app) in this language.
escape-ios-steps = { $app ->
        [facebook] Tippen Sie oben rechts auf ⋯ und dann auf „In externem Browser öffnen“.
        [instagram] Tippen Sie oben rechts auf ⋯ und dann auf „In externem Browser öffnen“.
        [linkedin] Tippen Sie oben rechts auf ⋯ und dann auf „In Safari öffnen“.
        [wechat] Tippen Sie oben rechts auf ⋯ und dann auf „In Safari öffnen“.
        [line] Tippen Sie auf ⋯ oder das Teilen-Symbol und dann auf „In Safari öffnen“.
        [google-app] Tippen Sie auf das Teilen-Symbol oder ⋯ und dann auf „In Safari öffnen“.
       *[other] Suchen Sie nach ⋯ oder dem Teilen-Symbol und wählen Sie dann „In Safari öffnen“ oder „Im Browser öffnen“. Gibt es keine der beiden Optionen, kopieren Sie den Link unten und fügen Sie ihn in Safari ein.
    }
escape-copy-label = Oder kopieren Sie diesen Link und fügen Sie ihn in { $browser ->
        [safari] Safari
       *[other] Ihren Browser
    } ein:
escape-copy-button = Link kopieren
escape-copied = Kopiert. Fügen Sie ihn jetzt in die Adressleiste Ihres Browsers ein.

## Every known problem on one page

help-title = Bekannte Probleme – nach dem, was Sie sehen
help-lead = Suchen Sie den Eintrag, der zu dem passt, was Sie auf Ihrem Bildschirm sehen. Bei jedem steht, was die Ursache ist und wie Sie das Problem beheben. Wenn keiner passt, hilft Ihnen Ihr Helpdesk weiter.
help-link = Alle bekannten Probleme
help-for-devices = Tritt auf bei: { $devices }
step-nav-label = Navigation zwischen den Schritten
all-steps-label = Alle Schritte
nav-back = Zurück
nav-all-options = Alle Optionen
nav-next = Nächster Schritt
nav-finish = Fertig
guide-other-device = Diese Schritte gelten für ein anderes Gerät als Ihr { $device }. Die Optionen für Ihr Gerät finden Sie auf der Startseite.
sources-label = Quellen
sources-reviewed = Schritte am { $date } mit diesen Dokumenten abgeglichen:

## Done

done-title = Sie haben einen Passkey
done-lead = Geschafft: Sie haben die Schritte für { $flow } abgeschlossen.
done-check = Um sicherzugehen, öffnen Sie die Sicherheitsinformationen und prüfen Sie, ob Ihr neuer Passkey aufgeführt ist. Wählen Sie bei der nächsten Anmeldung „Mit einem Passkey anmelden“ bzw. „Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel“.
done-open-security-info = In den Sicherheitsinformationen prüfen
done-back = Zurück zum letzten Schritt
done-confirm-question = Wird Ihr neuer Passkey in den Sicherheitsinformationen unter Ihren Anmeldemethoden aufgeführt?
done-confirm-yes = Ja, er ist aufgeführt
done-confirm-no = Nein, etwas ist schiefgelaufen
done-confirmed = Prima, damit ist alles erledigt.
done-confirmed-linked = Prima, damit ist alles erledigt. Ihr IT-Team sieht, dass Sie fertig sind – Sie erhalten dazu also keine Erinnerungen mehr.

## Errors

not-found-title = Seite nicht gefunden
not-found-lead = Diese Seite gibt es nicht. Die Anleitung für Ihr Gerät finden Sie auf der Startseite.
not-found-home = Zur Startseite

## Print view

print-link = Druckversion mit allen Schritten
print-lead = Alle Schritte auf einer Seite – zum Ausdrucken oder Weitergeben.
print-handoff = Öffnen Sie bei diesem Schritt { $url } im Browser und melden Sie sich mit Ihrem Geschäftskonto an.

## Journey: resume, start over, I'm stuck, diagnostics, continue on your phone

resume-note = Willkommen zurück. Bis zu diesem Schritt sind Sie beim letzten Mal gekommen.
restart = Von vorn beginnen
stuck-link = Ich komme nicht weiter
stuck-title = Probleme beim Schritt „{ $step }“
stuck-lead = Das sind die bekannten Ursachen für Probleme bei diesem Schritt auf Ihrem Gerät ({ $device }), die wahrscheinlichste zuerst. Bei jeder steht, wie Sie das Problem beheben.
stuck-detected = Wahrscheinlich – auf Ihrem Gerät erkannt
stuck-none = Zu diesem Schritt auf Ihrem Gerät passt keine bekannte Ursache. Ihr Helpdesk hilft Ihnen weiter.
stuck-back = Zurück zum Schritt
stuck-something-else = Etwas anderes
diag-title = Immer noch kein Erfolg? Geben Sie Ihrem Helpdesk Bescheid
diag-symptom = Was ist schiefgelaufen?
diag-note = Was sollte Ihr Helpdesk sonst noch wissen? (optional)
diag-includes = Ihr Helpdesk erhält Ihren Namen, diesen Schritt, Ihr Gerät und Ihren Browser, was Ihr Browser laut eigener Angabe unterstützt, und die Uhrzeit. Sonst nichts.
diag-send = An den Helpdesk senden
diag-sent = Gesendet. Ihr Helpdesk kann Ihre Meldung jetzt sehen. Wenn Sie dort anrufen, nennen Sie diese Referenznummer: { $reference }.
diag-needs-link = Um Ihrem Helpdesk eine Meldung zu senden, öffnen Sie diese Anleitung über den persönlichen Link aus Ihrer E-Mail. Sie können sich auch direkt über die Kontaktdaten unten an den Helpdesk wenden.
continue-title = Auf dem Smartphone weitermachen
continue-lead = Scannen Sie diesen Code mit der Kamera Ihres Smartphones, um diese Anleitung auf dem Smartphone zu öffnen. Dort sehen Sie dann die Schritte für Ihr Smartphone.
continue-lead-linked = Scannen Sie diesen Code mit der Kamera Ihres Smartphones, um auf dem Smartphone weiterzumachen. Ihr Fortschritt wird übernommen. Der Code ist 15 Minuten lang gültig.
continue-qr-alt = QR-Code, der diese Anleitung auf Ihrem Smartphone öffnet
continue-url = Scannen klappt nicht? Öffnen Sie diese Adresse auf Ihrem Smartphone
diag-mail-subject = Passkey einrichten: { $name } kommt bei „{ $step }“ nicht weiter
diag-mail-body =
    { $name } ({ $email }) hat über die Passkey-Anleitung eine Meldung gesendet.

    Anleitung: { $flow }
    Schritt { $number }: { $step }
    Problem: { $symptom }
    Gerät: { $device }
    Anmerkung: { $note }
    Browserprüfung: { $probe }
    Referenznummer: { $reference }

    Bisheriger Verlauf und frühere Meldungen: { $link }

## Reminder emails

reminder-subject-start-here = { $org }: Richten Sie Ihren Passkey ein – in etwa fünf Minuten
reminder-subject-pick-up = { $org }: Machen Sie mit Ihrem Passkey dort weiter, wo Sie aufgehört haben
reminder-subject-stuck = { $org }: Hilfe bei der Einrichtung Ihres Passkeys
reminder-subject-did-not-finish = { $org }: Die Einrichtung Ihres Passkeys wurde nicht abgeschlossen
reminder-greeting = Hallo { $name },
reminder-body-start-here = Sie haben für Ihr Arbeitskonto noch keinen Passkey eingerichtet. Ihre persönliche Anleitung zeigt Ihnen die genauen Schritte für Ihr Smartphone oder Ihren Computer.
reminder-body-pick-up = Sie haben bei Schritt { $step }, „{ $title }“, von { $flow } aufgehört. Ihr persönlicher Link bringt Sie direkt zu diesem Schritt zurück.
reminder-body-stuck = Sie sind bei Schritt { $step }, „{ $title }“, von { $flow } nicht weitergekommen. Das hilft in diesem Fall meistens:
reminder-body-did-not-finish = Die Einrichtung Ihres Passkeys wurde anscheinend nicht abgeschlossen: Ihre Organisation sieht für Ihr Konto noch keinen Passkey. Öffnen Sie Ihren persönlichen Link, um es noch einmal zu versuchen.
reminder-button = Meine Passkey-Anleitung öffnen
reminder-help = Fragen? Wenden Sie sich an { $support }.
reminder-footer = Sie erhalten diese Nachricht, weil { $org } die Anmeldung auf Passkeys umstellt. Der Link ist persönlich – bitte leiten Sie ihn nicht weiter.
announcement-subject = { $org }: Richten Sie einen Passkey für die Anmeldung bei Ihrem Arbeitskonto ein
announcement-body = { $org } stellt die Anmeldung auf Passkeys um: keine Kennwörter mehr eintippen und nichts, was sich abphishen lässt. Ihre persönliche Anleitung erkennt Ihr Smartphone oder Ihren Computer und zeigt Ihnen die genauen Schritte. Das dauert etwa fünf Minuten.
reminder-opt-out = Sie möchten keine Erinnerungen mehr? Öffnen Sie Ihren Link und wählen Sie unten auf der Seite „Keine Erinnerungen mehr“.
opt-out-button = Keine Erinnerungen mehr
opt-out-done = Sie erhalten keine Erinnerungs-E-Mails zu Ihrem Passkey mehr. Ihr IT-Team kann das sehen.

# Shown when one personal link is used too often in a short time (HTTP 429).
rate-limited-title = Zu viele Anfragen
rate-limited-lead = Dieser Link wurde in kurzer Zeit sehr oft geöffnet. Warten Sie { $seconds } Sekunden und laden Sie die Seite dann neu.
rate-limited-next = Wenn das immer wieder passiert, wenden Sie sich an Ihren IT-Helpdesk.
