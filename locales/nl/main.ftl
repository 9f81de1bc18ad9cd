## Frame

app-name = Toegangssleutel instellen
meta-description = Stap-voor-stap hulp om op uw apparaat een toegangssleutel voor uw werkaccount te registreren.
skip-to-content = Naar de inhoud
language-switcher-label = Taal
footer-privacy = Deze gids registreert welke stappen worden bekeken, nooit wie u bent of wat u typt.

## Start page

home-title = Stel uw toegangssleutel in
home-lead = Met een toegangssleutel meldt u zich bij uw werkaccount aan met uw gezicht, vingerafdruk of schermvergrendeling in plaats van een wachtwoord. Deze gids toont de precieze stappen voor uw apparaat.
device-heading = Uw apparaat
device-label = Apparaat
system-label = Systeem
browser-label = Browser
opened-in-label = Geopend in
recommended-heading = Aanbevolen voor u
other-options-heading = Andere manieren die op dit apparaat werken
unavailable-heading = Hier niet beschikbaar
start-recommended = Beginnen
start-this = Deze optie gebruiken
picker-heading = Niet uw apparaat?
picker-lead = Kies het apparaat waarop u de toegangssleutel wilt instellen:
picker-detect-again = Mijn apparaat opnieuw herkennen

## Platforms, systems, browsers, apps

platform-iphone = iPhone
platform-ipad = iPad
platform-android = Android-telefoon
platform-samsung = Samsung Galaxy
platform-windows = Windows-pc
platform-macos = Mac
platform-linux = Linux-computer
platform-chromeos = Chromebook
platform-unknown = Onbekend apparaat
os-iphone = iOS
os-ipad = iPadOS
os-android = Android
os-samsung = Android
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-chromeos = ChromeOS
os-unknown = Besturingssysteem
os-version-exact = { $os } { $version }
os-version-at-least = { $os } { $version } of nieuwer
os-version-hidden = { $os } (uw browser toont de versie niet)
browser-safari = Safari
browser-chrome = Google Chrome
browser-edge = Microsoft Edge
browser-firefox = Firefox
browser-samsung-internet = Samsung Internet
browser-opera = Opera
browser-webview = Ingebouwde browser van een app
browser-other = Een andere browser
in-app-outlook = Outlook
in-app-teams = Microsoft Teams
in-app-google-app = de Google-app
in-app-facebook = Facebook
in-app-instagram = Instagram
in-app-linkedin = LinkedIn
in-app-line = LINE
in-app-wechat = WeChat
in-app-snapchat = Snapchat
in-app-tiktok = TikTok
in-app-naver = NAVER
in-app-apple-news = Apple News
in-app-unidentified = de ingebouwde browser van een app

## Passkey types

passkey-type-synced = Gesynchroniseerde toegangssleutel: beschikbaar op al uw apparaten die met hetzelfde account zijn aangemeld
passkey-type-device-bound = Apparaatgebonden toegangssleutel: blijft op dit ene apparaat of deze ene sleutel

## Notes before starting

note-in-app-browser = Deze pagina is geopend in { $app }. Daar kunt u vaak geen toegangssleutel maken. Open de link in { $browser ->
        [safari] Safari
       *[other] Chrome
    } (kies in het menu “Openen in browser”).
note-maybe-ipad = Gebruikt u een iPad? Voor websites lijkt een iPad op een Mac. Kies hieronder iPad als u een iPad gebruikt.
note-version-unknown = Uw browser laat niet zien welke versie van { $os } u hebt. Bij elke optie hieronder staat welke versie nodig is.
note-unknown-device = We konden uw apparaat niet herkennen. Kies het in de lijst hieronder.
note-update-first = { $flow } vereist { $os } { $min } of nieuwer. U hebt { $have }. Werk eerst uw apparaat bij, of gebruik { $alternative }.
note-update-first-only = { $flow } vereist { $os } { $min } of nieuwer. U hebt { $have }. Werk eerst uw apparaat bij, of vraag uw IT-helpdesk om hulp.
note-nothing-here = Geen van de manieren die uw organisatie toestaat, werkt op dit apparaat. Gebruik een ander apparaat uit de lijst hieronder, of neem contact op met uw IT-helpdesk.
note-firefox-android = Firefox op Android kan geen toegangssleutels maken voor werkaccounts. Open deze link in Chrome of Edge.
note-firefox-linux-cross-device = Firefox op Linux kan geen verbinding maken met uw telefoon. Gebruik een beveiligingssleutel, of open deze pagina in Chrome of Edge.
note-untested-browser-android = Microsoft test toegangssleutels op Android met Chrome en Edge. Gebeurt er niets als u de toegangssleutel maakt? Open deze link dan in Chrome.
note-untested-browser = Microsoft test toegangssleutels niet met deze browser. Gebeurt er niets als u de toegangssleutel maakt? Open deze link dan in Edge of Chrome.

note-managed-pc = Op een pc van uw werk kan het instellen van Windows Hello een aanmelding via Windows Hello voor Bedrijven aanmaken. De registratie van de toegangssleutel mislukt dan. Maak uw toegangssleutel in plaats daarvan op uw telefoon met Microsoft Authenticator, of met een beveiligingssleutel.

## Why an option is not available

blocked-synced-not-allowed = Uw organisatie staat alleen toegangssleutels toe die op één apparaat blijven.
blocked-attestation-required = Uw organisatie vereist geverifieerde (geattesteerde) toegangssleutels. Die kan deze optie niet leveren.
blocked-not-supported = Uw organisatie ondersteunt dit soort toegangssleutel niet. Kies een andere optie.
blocked-os-too-old = Vereist { $os } { $min } of nieuwer. U hebt { $have }.
blocked-browser = Werkt niet in deze browser.
blocked-managed-pc = Niet op een pc van uw werk: door Windows Hello voor Bedrijven zou de registratie mislukken.
version-unverified = Vereist { $os } { $min } of nieuwer.

## In-browser check

probe-no-webauthn = Deze browser kan geen toegangssleutels maken. Open de link in de standaardbrowser van uw apparaat.
probe-no-platform-authenticator = Op dit apparaat is geen schermvergrendeling of biometrie ingesteld voor toegangssleutels. Stel eerst een pincode, vingerafdruk of gezichtsherkenning in, of kies een andere optie.
probe-no-hybrid = Deze browser kan geen verbinding maken met een telefoon. Gebruik een beveiligingssleutel of een andere browser.
probe-looks-like-ipad = Dit lijkt een iPad te zijn.
probe-show-ipad-steps = Stappen voor iPad tonen
probe-ready = Deze browser kan toegangssleutels maken.
probe-checking = We controleren wat deze browser kan…

## Guide

step-count = Stap { $current } van { $total }
handoff-button = Beveiligingsgegevens openen
handoff-hint = Opent de pagina Beveiligingsgegevens van Microsoft. Houd deze gids open, of kom hier terug, voor de volgende stappen.
handoff-next-steps = Na Beveiligingsgegevens volgen nog deze stappen:
handoff-question = Terug van Beveiligingsgegevens? Is het gelukt?
handoff-worked = Ja, verder
handoff-failed = Nee, ik kom er niet uit
sign-in-question = Is de testaanmelding gelukt?
sign-in-worked = Ja, ik heb me aangemeld met mijn toegangssleutel
sign-in-failed = Nee, het is niet gelukt
managed-pc-question = Is dit een pc van uw werk, gekoppeld aan of geregistreerd bij uw organisatie?
managed-pc-yes = Ja, het is een pc van mijn werk
managed-pc-no = Nee, het is mijn eigen pc
home-microsoft-prompt = Microsoft kan u ook bij het aanmelden vragen een toegangssleutel toe te voegen. Dat is dezelfde registratie: volg die, en gebruik deze stappen als u hulp nodig hebt.

## Way out of an app's built-in browser

escape-title = Open deze pagina eerst in uw browser
escape-lead = U hebt deze link geopend in { $app }. In de ingebouwde browser van een app kunt u meestal geen toegangssleutel maken.
escape-open-browser = Openen in mijn browser
# The menu labels differ between apps and versions; these follow each app's usual menu.
# Unconfirmed: the apps' own labels for "Open in external browser" (Facebook, Instagram) and "Open in Safari" (LinkedIn, WeChat, LINE, the Google app) in this language.
escape-ios-steps = { $app ->
        [facebook] Tik rechtsboven op ⋯ en daarna op “Openen in externe browser”.
        [instagram] Tik rechtsboven op ⋯ en daarna op “Openen in externe browser”.
        [linkedin] Tik rechtsboven op ⋯ en daarna op “Openen in Safari”.
        [wechat] Tik rechtsboven op ⋯ en daarna op “Openen in Safari”.
        [line] Tik op ⋯ of de deelknop en daarna op “Openen in Safari”.
        [google-app] Tik op de deelknop of ⋯ en daarna op “Openen in Safari”.
       *[other] Zoek naar ⋯ of de deelknop en kies “Openen in Safari” of “Openen in browser”. Staat geen van beide erbij? Kopieer dan de link hieronder en plak hem in Safari.
    }
escape-copy-label = Of kopieer deze link en plak hem in { $browser ->
        [safari] Safari
       *[other] uw browser
    }:
escape-copy-button = Link kopiëren
escape-copied = Gekopieerd. Plak de link nu in de adresbalk van uw browser.

## Every known problem on one page

help-title = Bekende problemen, geordend naar wat u ziet
help-lead = Zoek op wat u op uw scherm ziet. Bij elk onderwerp staat wat de oorzaak is en hoe u het oplost. Past er geen bij uw probleem? Dan kan uw helpdesk u helpen.
help-link = Alle bekende problemen
help-for-devices = Komt voor op: { $devices }
step-nav-label = Navigatie tussen stappen
all-steps-label = Alle stappen
nav-back = Terug
nav-all-options = Alle opties
nav-next = Volgende stap
nav-finish = Ik ben klaar
guide-other-device = Deze stappen zijn voor een ander apparaat dan uw { $device }. Bekijk de opties voor uw apparaat op de startpagina.
sources-label = Bronnen
sources-reviewed = Stappen op { $date } gecontroleerd aan de hand van deze documenten:

## Done

done-title = U hebt een toegangssleutel
done-lead = Goed gedaan: u hebt de stappen voor { $flow } doorlopen.
done-check = Wilt u zeker weten dat het gelukt is? Open Beveiligingsgegevens en controleer of uw nieuwe toegangssleutel in de lijst staat. Kies de volgende keer dat u zich aanmeldt “Aanmelden met een toegangssleutel” of “Gezicht, vingerafdruk, pincode of beveiligingssleutel”.
done-open-security-info = Controleren in Beveiligingsgegevens
done-back = Terug naar de laatste stap
done-confirm-question = Staat uw nieuwe toegangssleutel in Beveiligingsgegevens tussen uw aanmeldingsmethoden?
done-confirm-yes = Ja, hij staat erbij
done-confirm-no = Nee, er ging iets mis
done-confirmed = Mooi, u bent helemaal klaar.
done-confirmed-linked = Mooi, u bent helemaal klaar. Uw IT-afdeling kan zien dat u klaar bent, dus u krijgt hierover geen herinneringen meer.

## Errors

not-found-title = Pagina niet gevonden
not-found-lead = Deze pagina bestaat niet. De gids voor uw apparaat vindt u op de startpagina.
not-found-home = Naar de startpagina

## Print view

print-link = Afdrukbare versie met alle stappen
print-lead = Alle stappen op één pagina, om af te drukken of aan een collega te geven.
print-handoff = Open bij deze stap { $url } in de browser en meld u aan met uw werkaccount.

## Journey: resume, start over, I'm stuck, diagnostics, continue on your phone

resume-note = Welkom terug. Tot deze stap was u de vorige keer gekomen.
restart = Opnieuw beginnen
stuck-link = Ik kom er niet uit
stuck-title = Vastgelopen bij “{ $step }”
stuck-lead = Dit zijn de bekende oorzaken bij deze stap op uw { $device }, de meest waarschijnlijke eerst. Bij elke oorzaak staat hoe u het oplost.
stuck-detected = Waarschijnlijk: dit zien we op uw apparaat
stuck-none = Geen bekende oorzaak past bij deze stap op uw apparaat. Uw helpdesk kan u helpen.
stuck-back = Terug naar de stap
stuck-something-else = Iets anders
diag-title = Komt u er nog steeds niet uit? Laat het uw helpdesk weten
diag-symptom = Wat ging er mis?
diag-note = Moet uw helpdesk nog iets anders weten? (optioneel)
diag-includes = Uw helpdesk krijgt uw naam, deze stap, uw apparaat en browser, wat uw browser zegt te ondersteunen, en het tijdstip. Verder niets.
diag-send = Naar de helpdesk sturen
diag-sent = Verstuurd. Uw helpdesk kan uw melding nu zien. Belt u de helpdesk? Geef dan dit referentienummer door: { $reference }.
diag-needs-link = Wilt u uw helpdesk een melding sturen? Open deze gids dan via de persoonlijke link in uw e-mail. U kunt ook rechtstreeks contact opnemen met de helpdesk via de gegevens hieronder.
continue-title = Verder op uw telefoon
continue-lead = Scan deze code met de camera van uw telefoon om deze gids op uw telefoon te openen. U ziet dan de stappen voor uw telefoon.
continue-lead-linked = Scan deze code met de camera van uw telefoon om op uw telefoon verder te gaan. Uw voortgang gaat mee. De code is 15 minuten geldig.
continue-qr-alt = QR-code die deze gids op uw telefoon opent
continue-url = Lukt scannen niet? Open dit adres op uw telefoon
diag-mail-subject = Toegangssleutel instellen: { $name } loopt vast bij “{ $step }”
diag-mail-body =
    { $name } ({ $email }) heeft een melding gestuurd vanuit de toegangssleutelgids.

    Gids: { $flow }
    Stap { $number }: { $step }
    Probleem: { $symptom }
    Apparaat: { $device }
    Opmerking: { $note }
    Browsercontroles: { $probe }
    Referentienummer: { $reference }

    Verloop en eerdere meldingen: { $link }

## Reminder emails

reminder-subject-start-here = { $org }: stel uw toegangssleutel in, het duurt ongeveer vijf minuten
reminder-subject-pick-up = { $org }: ga verder met uw toegangssleutel waar u gebleven was
reminder-subject-stuck = { $org }: hulp bij het instellen van uw toegangssleutel
reminder-subject-did-not-finish = { $org }: het instellen van uw toegangssleutel is niet afgerond
reminder-greeting = Beste { $name },
reminder-body-start-here = U hebt nog geen toegangssleutel ingesteld voor uw werkaccount. Uw persoonlijke gids laat de precieze stappen voor uw telefoon of computer zien.
reminder-body-pick-up = U bent gestopt bij stap { $step }, ‘{ $title }’, van { $flow }. Met uw persoonlijke link gaat u direct terug naar die stap.
reminder-body-stuck = U kwam niet verder bij stap { $step }, ‘{ $title }’, van { $flow }. Dit lost het meestal op:
reminder-body-did-not-finish = Het instellen van uw toegangssleutel is blijkbaar niet afgerond: uw organisatie ziet nog geen toegangssleutel voor uw account. Open uw persoonlijke link om het opnieuw te proberen.
reminder-button = Mijn gids openen
reminder-help = Vragen? Neem contact op met { $support }.
reminder-footer = U ontvangt dit bericht omdat { $org } overstapt op aanmelden met toegangssleutels. De link is persoonlijk: stuur hem niet door.
announcement-subject = { $org }: stel een toegangssleutel in om u aan te melden bij uw werkaccount
announcement-body = { $org } stapt over op aanmelden met toegangssleutels: geen wachtwoorden meer typen en niets wat via phishing kan worden buitgemaakt. Uw persoonlijke gids herkent uw telefoon of computer en laat de precieze stappen zien. Het duurt ongeveer vijf minuten.
reminder-opt-out = Wilt u deze herinneringen niet meer ontvangen? Open uw link en kies onderaan de pagina ‘Geen herinneringen meer’.
opt-out-button = Geen herinneringen meer
opt-out-done = U ontvangt geen herinneringsmails meer over uw toegangssleutel. Uw IT-afdeling kan dit zien.

# Shown when one personal link is used too often in a short time (HTTP 429).
rate-limited-title = Te veel verzoeken
rate-limited-lead = Deze link is in korte tijd heel vaak geopend. Wacht { $seconds } seconden en laad de pagina daarna opnieuw.
rate-limited-next = Blijft dit gebeuren, neem dan contact op met uw IT-helpdesk.
