## Frame

app-name = Configurazione passkey
meta-description = Aiuto passo passo per registrare una passkey per il Suo account di lavoro sul Suo dispositivo.
skip-to-content = Vai al contenuto
language-switcher-label = Lingua
footer-privacy = Questa guida registra quali passaggi vengono visualizzati, mai chi è Lei o che cosa digita.

## Start page

home-title = Configuri la Sua passkey
home-lead = Con una passkey accede al Suo account aziendale con il volto, l'impronta digitale o il blocco schermo, senza password. Questa guida mostra i passaggi esatti per il Suo dispositivo.
device-heading = Il Suo dispositivo
device-label = Dispositivo
system-label = Sistema
browser-label = Browser
opened-in-label = Aperta con
recommended-heading = Consigliato per Lei
other-options-heading = Altri metodi che funzionano su questo dispositivo
unavailable-heading = Non disponibile qui
start-recommended = Inizia
start-this = Usa questa opzione
picker-heading = Non è il Suo dispositivo?
picker-lead = Scelga il dispositivo su cui vuole configurare la passkey:
picker-detect-again = Rileva di nuovo il mio dispositivo

## Platforms, systems, browsers, apps

platform-iphone = iPhone
platform-ipad = iPad
platform-android = Smartphone Android
platform-samsung = Samsung Galaxy
platform-windows = PC Windows
platform-macos = Mac
platform-linux = Computer Linux
platform-chromeos = Chromebook
platform-unknown = Dispositivo sconosciuto
os-iphone = iOS
os-ipad = iPadOS
os-android = Android
os-samsung = Android
os-windows = Windows
os-macos = macOS
os-linux = Linux
os-chromeos = ChromeOS
os-unknown = Sistema operativo
os-version-exact = { $os } { $version }
os-version-at-least = { $os } { $version } o versioni successive
os-version-hidden = { $os } (il Suo browser non mostra la versione)
browser-safari = Safari
browser-chrome = Google Chrome
browser-edge = Microsoft Edge
browser-firefox = Firefox
browser-samsung-internet = Samsung Internet
browser-opera = Opera
browser-webview = Il browser integrato di un'app
browser-other = Un altro browser
in-app-outlook = Outlook
in-app-teams = Microsoft Teams
in-app-google-app = l'app Google
in-app-facebook = Facebook
in-app-instagram = Instagram
in-app-linkedin = LinkedIn
in-app-line = LINE
in-app-wechat = WeChat
in-app-snapchat = Snapchat
in-app-tiktok = TikTok
in-app-naver = NAVER
in-app-apple-news = Apple News
in-app-unidentified = il browser integrato di un'app

## Passkey types

passkey-type-synced = Passkey sincronizzata: disponibile su tutti i Suoi dispositivi collegati allo stesso account
passkey-type-device-bound = Passkey associata al dispositivo: resta solo su questo dispositivo o su questa chiave

## Notes before starting

note-in-app-browser = Questa pagina è aperta con { $app }. Lì spesso non è possibile creare passkey: apra invece il link in { $browser ->
        [safari] Safari
       *[other] Chrome
    } (dal menu scelga “Apri nel browser”).
note-maybe-ipad = Usa un iPad? I siti web vedono gli iPad come Mac. Se ha in mano un iPad, scelga iPad qui sotto.
note-version-unknown = Il Suo browser non indica quale versione di { $os } ha. Ogni opzione qui sotto indica la versione che richiede.
note-unknown-device = Non siamo riusciti a riconoscere il Suo dispositivo. Lo scelga dall'elenco qui sotto.
note-update-first = “{ $flow }” richiede { $os } { $min } o versioni successive, mentre Lei ha la versione { $have }. Aggiorni prima il dispositivo oppure usi “{ $alternative }”.
note-update-first-only = “{ $flow }” richiede { $os } { $min } o versioni successive, mentre Lei ha la versione { $have }. Aggiorni prima il dispositivo oppure chieda aiuto all'helpdesk IT.
note-nothing-here = Nessuno dei metodi consentiti dalla Sua organizzazione funziona su questo dispositivo. Usi un altro dispositivo dall'elenco qui sotto oppure si rivolga all'helpdesk IT.
note-firefox-android = Firefox su Android non può creare passkey per gli account aziendali. Apra invece questo link in Chrome o Edge.
note-firefox-linux-cross-device = Firefox su Linux non riesce a collegarsi al telefono. Usi una chiave di sicurezza oppure apra questa pagina in Chrome o Edge.
note-untested-browser-android = Microsoft testa le passkey su Android con Chrome ed Edge. Se non succede nulla quando crea la passkey, apra questo link in Chrome.
note-untested-browser = Microsoft non testa le passkey con questo browser. Se non succede nulla quando crea la passkey, apra questo link in Edge o Chrome.

note-managed-pc = Su un PC aziendale, la configurazione di Windows Hello può creare un accesso con Windows Hello for Business e, in quel caso, la registrazione della passkey non riesce. Crei invece la passkey sul telefono con Microsoft Authenticator oppure con una chiave di sicurezza.

## Why an option is not available

blocked-synced-not-allowed = La Sua organizzazione consente solo passkey che restano su un unico dispositivo.
blocked-attestation-required = La Sua organizzazione richiede passkey verificate (attestate), che questa opzione non può offrire.
blocked-not-supported = La Sua organizzazione non supporta questo tipo di passkey. Scelga un’altra opzione.
blocked-os-too-old = Richiede { $os } { $min } o versioni successive; Lei ha la versione { $have }.
blocked-browser = Non funziona in questo browser.
blocked-managed-pc = Non su un PC aziendale: Windows Hello for Business farebbe fallire la registrazione.
version-unverified = Richiede { $os } { $min } o versioni successive.

## In-browser check

probe-no-webauthn = Questo browser non può creare passkey. Apra il link nel browser principale del dispositivo.
probe-no-platform-authenticator = Su questo dispositivo non c'è un blocco schermo o un sistema biometrico pronto per le passkey. Imposti prima un PIN, l'impronta digitale o il riconoscimento del volto, oppure scelga un'altra opzione.
probe-no-hybrid = Questo browser non riesce a collegarsi a un telefono. Usi una chiave di sicurezza o un altro browser.
probe-looks-like-ipad = Sembra un iPad.
probe-show-ipad-steps = Mostra i passaggi per iPad
probe-ready = Questo browser può creare passkey.
probe-checking = Verifica di ciò che questo browser può fare…

## Guide

step-count = Passaggio { $current } di { $total }
handoff-button = Apri Informazioni di sicurezza
handoff-hint = Apre la pagina Informazioni di sicurezza di Microsoft. Tenga aperta questa guida, oppure ci torni, per i passaggi successivi.
handoff-next-steps = Dopo Informazioni di sicurezza restano questi passaggi:
handoff-question = Di ritorno da Informazioni di sicurezza? Ha funzionato?
handoff-worked = Sì, continua
handoff-failed = No, non riesco ad andare avanti
sign-in-question = L'accesso di prova ha funzionato?
sign-in-worked = Sì, ho effettuato l'accesso con la mia passkey
sign-in-failed = No, non ha funzionato
managed-pc-question = È un PC aziendale, aggiunto alla Sua organizzazione o registrato presso di essa?
managed-pc-yes = Sì, è un PC aziendale
managed-pc-no = No, è il mio PC personale
home-microsoft-prompt = Microsoft potrebbe anche chiederLe di aggiungere una passkey quando accede. Si tratta della stessa registrazione: la segua e usi questi passaggi se ha bisogno di aiuto.

## Way out of an app's built-in browser

escape-title = Prima apra questa pagina nel Suo browser
escape-lead = Ha aperto questo link con { $app }. Di solito non è possibile creare passkey nel browser integrato di un'app.
escape-open-browser = Apri nel mio browser
# The menu labels differ between apps and versions; these follow each app's usual menu.
# Unconfirmed: the apps' own labels for "Open in external browser" (Facebook, Instagram) and "Open in Safari" (LinkedIn, WeChat, LINE, the Google app) in this language.
escape-ios-steps = { $app ->
        [facebook] Tocchi ⋯ in alto a destra, poi “Apri in un browser esterno”.
        [instagram] Tocchi ⋯ in alto a destra, poi “Apri in un browser esterno”.
        [linkedin] Tocchi ⋯ in alto a destra, poi “Apri in Safari”.
        [wechat] Tocchi ⋯ in alto a destra, poi “Apri in Safari”.
        [line] Tocchi ⋯ o il pulsante Condividi, poi “Apri in Safari”.
        [google-app] Tocchi il pulsante Condividi o ⋯, poi “Apri in Safari”.
       *[other] Cerchi ⋯ o il pulsante Condividi, poi scelga “Apri in Safari” o “Apri nel browser”. Se non ci sono, copi il link qui sotto e lo incolli in Safari.
    }
escape-copy-label = Oppure copi questo link e lo incolli { $browser ->
        [safari] in Safari
       *[other] nel Suo browser
    }:
escape-copy-button = Copia link
escape-copied = Copiato. Ora lo incolli nella barra degli indirizzi del browser.

## Every known problem on one page

help-title = Problemi noti, in base a ciò che vede
help-lead = Cerchi ciò che vede sullo schermo. Ogni voce spiega la causa e come risolvere il problema. Se nessuna corrisponde, l'helpdesk può aiutarLa.
help-link = Tutti i problemi noti
help-for-devices = Si verifica su: { $devices }
step-nav-label = Navigazione tra i passaggi
all-steps-label = Tutti i passaggi
nav-back = Indietro
nav-all-options = Tutte le opzioni
nav-next = Passaggio successivo
nav-finish = Ho finito
guide-other-device = Questi passaggi sono per un dispositivo diverso da quello che sta usando ({ $device }). Nella pagina iniziale trova le opzioni per il Suo dispositivo.
sources-label = Fonti
sources-reviewed = Passaggi verificati in data { $date } con questi documenti:

## Done

done-title = La Sua passkey è pronta
done-lead = Ottimo lavoro: ha completato i passaggi di “{ $flow }”.
done-check = Per controllare che tutto abbia funzionato, apra Informazioni di sicurezza e verifichi che la nuova passkey sia nell'elenco. Al prossimo accesso scelga “Accedi con una passkey” oppure “Volto, impronta digitale, PIN o chiave di sicurezza”.
done-open-security-info = Controlla in Informazioni di sicurezza
done-back = Torna all'ultimo passaggio
done-confirm-question = La nuova passkey compare tra i Suoi metodi di accesso in Informazioni di sicurezza?
done-confirm-yes = Sì, compare
done-confirm-no = No, qualcosa non ha funzionato
done-confirmed = Perfetto, è tutto pronto.
done-confirmed-linked = Perfetto, è tutto pronto. Il Suo team IT può vedere che ha finito, quindi non riceverà altri promemoria al riguardo.

## Errors

not-found-title = Pagina non trovata
not-found-lead = Questa pagina non esiste. La guida per il Suo dispositivo è nella pagina iniziale.
not-found-home = Vai alla pagina iniziale

## Print view

print-link = Versione stampabile con tutti i passaggi
print-lead = Tutti i passaggi in una sola pagina, da stampare o consegnare a un collega.
print-handoff = In questo passaggio apra { $url } nel browser e acceda con il Suo account aziendale.

## Journey: resume, start over, I'm stuck, diagnostics, continue on your phone

resume-note = Riprendiamo da qui: questo è il passaggio raggiunto l'ultima volta.
restart = Ricomincia da capo
stuck-link = Non riesco ad andare avanti
stuck-title = Problemi al passaggio “{ $step }”
stuck-lead = Queste sono le cause note di problemi in questo passaggio sul Suo dispositivo ({ $device }), dalla più probabile alla meno probabile. Per ognuna è indicato come risolvere.
stuck-detected = Probabile: lo rileviamo sul Suo dispositivo
stuck-none = Nessuna causa nota corrisponde a questo passaggio sul Suo dispositivo. L'helpdesk può aiutarLa.
stuck-back = Torna al passaggio
stuck-something-else = Altro
diag-title = Ancora problemi? Lo segnali all'helpdesk
diag-symptom = Che cosa non ha funzionato?
diag-note = C'è altro che l'helpdesk dovrebbe sapere? (facoltativo)
diag-includes = L'helpdesk riceve il Suo nome, questo passaggio, il Suo dispositivo e il browser, ciò che il browser dichiara di supportare e l'ora. Nient'altro.
diag-send = Invia all'helpdesk
diag-sent = Segnalazione inviata. L'helpdesk può già vederla. Se telefona, indichi questo riferimento: { $reference }.
diag-needs-link = Per inviare una segnalazione all'helpdesk, apra questa guida dal link personale ricevuto via email. Può anche contattare direttamente l'helpdesk con i recapiti qui sotto.
continue-title = Continua sul telefono
continue-lead = Inquadri questo codice con la fotocamera del telefono per aprire questa guida sul telefono. Vedrà i passaggi per il Suo telefono.
continue-lead-linked = Inquadri questo codice con la fotocamera del telefono per continuare sul telefono. I Suoi progressi vengono mantenuti. Il codice è valido per 15 minuti.
continue-qr-alt = Codice QR che apre questa guida sul Suo telefono
continue-url = Non riesce a inquadrarlo? Apra questo indirizzo sul telefono
diag-mail-subject = Configurazione passkey: { $name } ha un problema al passaggio “{ $step }”
diag-mail-body =
    { $name } ({ $email }) ha inviato una segnalazione dalla guida alle passkey.

    Metodo: { $flow }
    Passaggio { $number }: { $step }
    Problema: { $symptom }
    Dispositivo: { $device }
    Nota: { $note }
    Controlli del browser: { $probe }
    Riferimento: { $reference }

    Percorso e segnalazioni precedenti: { $link }

## Reminder emails

reminder-subject-start-here = { $org }: configuri la Sua passkey, bastano circa cinque minuti
reminder-subject-pick-up = { $org }: riprenda la configurazione della passkey da dove si era fermato
reminder-subject-stuck = { $org }: aiuto per configurare la Sua passkey
reminder-subject-did-not-finish = { $org }: la configurazione della passkey non è stata completata
reminder-greeting = Buongiorno { $name },
reminder-body-start-here = Non ha ancora configurato una passkey per il Suo account di lavoro. La Sua guida personale Le mostra i passaggi esatti per il Suo telefono o computer.
reminder-body-pick-up = Si è fermato al passaggio { $step }, “{ $title }”, di { $flow }. Il Suo link personale La riporta direttamente a quel passaggio.
reminder-body-stuck = Non è riuscito ad andare avanti al passaggio { $step }, “{ $title }”, di { $flow }. Ecco cosa risolve di solito il problema:
reminder-body-did-not-finish = Sembra che la configurazione della passkey non sia stata completata: la Sua organizzazione non vede ancora nessuna passkey per il Suo account. Apra il Suo link personale per riprovare.
reminder-button = Apri la mia guida
reminder-help = Domande? Contatti { $support }.
reminder-footer = Riceve questo messaggio perché { $org } sta passando all'accesso con passkey. Il link è personale: non lo inoltri ad altri.
announcement-subject = { $org }: configuri una passkey per accedere al Suo account di lavoro
announcement-body = { $org } sta passando all'accesso con passkey: niente più password da digitare e niente che possa essere rubato con il phishing. La Sua guida personale riconosce il Suo telefono o computer e Le mostra i passaggi esatti. Bastano circa cinque minuti.
reminder-opt-out = Non desidera ricevere questi promemoria? Apra il Suo link e scelga “Non inviarmi più promemoria” in fondo alla pagina.
opt-out-button = Non inviarmi più promemoria
opt-out-done = Non riceverà più email di promemoria sulla Sua passkey. Il Suo team IT può vederlo.

# Shown when one personal link is used too often in a short time (HTTP 429).
rate-limited-title = Troppe richieste
rate-limited-lead = Questo link è stato aperto molte volte in poco tempo. Attenda { $seconds } secondi, poi ricarichi la pagina.
rate-limited-next = Se succede di nuovo, contatti l’helpdesk IT.
