## Flow content: titles, summaries and steps of each registration flow, and the
## troubleshooting entries. Variables: $os_major (a number, or "unknown"),
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown) and
## $platform (iphone, ipad, android, samsung, windows, macos, linux, chromeos, unknown).

## iPhone or iPad with Microsoft Authenticator

flow-iphone-authenticator-title = iPhone o iPad: passkey in Microsoft Authenticator
flow-iphone-authenticator-summary = Crei una passkey per il Suo account aziendale nell'app Microsoft Authenticator. Resta su questo iPhone o iPad e funziona anche se la Sua organizzazione accetta solo autenticatori approvati.

flow-iphone-authenticator-before-you-start-title = Prima di iniziare
flow-iphone-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul Suo iPhone o iPad ci sia iOS 17 o versioni successive (Impostazioni › Generali › Info) e che il codice o Face ID siano attivi.
       *[other] Verifichi che sul Suo iPhone o iPad il codice o Face ID siano attivi. Il dispositivo ha iOS { $os_major } e serve iOS 17 o versioni successive.
    } Tenga a portata di mano il metodo di accesso che usa ora oppure, se non ne ha, un Pass di accesso temporaneo (Temporary Access Pass) fornito dall'helpdesk. Apra questa guida in Safari o in un altro browser, non dall'app di posta.

flow-iphone-authenticator-install-app-title = Installare Microsoft Authenticator
flow-iphone-authenticator-install-app-body = Installi Microsoft Authenticator dall'App Store oppure lo aggiorni, se è già installato: se le impostazioni delle passkey della Sua organizzazione includono Authenticator, Microsoft richiede la versione 6.8.37 o successiva. Apra l'app una volta e scorra le schermate sulla privacy.

flow-iphone-authenticator-create-in-app-title = Creare la passkey in Authenticator
# Unconfirmed label: "Secure Your Digital Life"
flow-iphone-authenticator-create-in-app-body =
    Apra Authenticator e parta da ciò che vede:

    Se mostra “Proteggi la tua vita digitale” (la prima volta che lo apre), tocchi “Aggiungi account aziendale o dell'istituto di istruzione”.

    Se non ha ancora nessun account, tocchi “Aggiungi account” o il pulsante +, scelga “Account aziendale o dell'istituto di istruzione” e tocchi Accedi.

    Se il Suo account aziendale è già nell'elenco, lo tocchi e poi tocchi “Crea una passkey”.

    Acceda con il Suo account aziendale e completi la verifica aggiuntiva quando richiesto. Authenticator Le chiede poi di consentirgli di salvare le passkey: è il passaggio successivo.

flow-iphone-authenticator-enable-provider-title = Consentire ad Authenticator di salvare le passkey
# Unconfirmed label: "Passkey added"
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Quando Authenticator lo chiede, tocchi Impostazioni. Vada in Impostazioni › Password › Opzioni password, attivi “Riempimento automatico password e passkey” e selezioni Authenticator in “Usa password e passkey da”.
        [unknown] Quando Authenticator lo chiede, tocchi Impostazioni. Con iOS 18 o versioni successive vada in Impostazioni › Generali › Riempimento automatico e password; con iOS 17 vada in Impostazioni › Password › Opzioni password. Attivi “Riempimento automatico password e passkey” e selezioni Authenticator.
       *[other] Quando Authenticator lo chiede, tocchi Impostazioni. Vada in Impostazioni › Generali › Riempimento automatico e password, attivi “Riempimento automatico password e passkey” e selezioni Authenticator in “Riempimento automatico da”.
    }

    Torni ad Authenticator e tocchi Fine. Quando vede “Passkey aggiunta”, tocchi di nuovo Fine.

flow-iphone-authenticator-check-security-info-title = Controllare in Informazioni di sicurezza
flow-iphone-authenticator-check-security-info-body =
    Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. La nuova passkey compare nell'elenco dei metodi di accesso come “Passkey in Microsoft Authenticator”.

    Se la creazione della passkey nell'app non ha funzionato, la aggiunga invece qui: tocchi “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e segua le istruzioni. Quando si apre Authenticator, crei lì la passkey, poi torni al browser, tocchi Avanti e, una volta creata la passkey, Fine.

    Se “Passkey in Microsoft Authenticator” non viene proposto: compare solo quando le impostazioni delle passkey della Sua organizzazione indicano Microsoft Authenticator. La creazione della passkey nell'app Authenticator (i passaggi precedenti) funziona anche senza. In Informazioni di sicurezza può anche scegliere Passkey e, quando il Suo { $platform ->
        [ipad] iPad
       *[other] iPhone
    } chiede dove salvare la passkey, scegliere Authenticator.

flow-iphone-authenticator-test-sign-in-title = Provare la passkey
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-iphone-authenticator-test-sign-in-body = Si disconnetta dal Suo account aziendale nel browser, oppure apra una finestra privata, e vada su https://myaccount.microsoft.com. Tocchi “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”. Scelga in Authenticator la passkey per il Suo indirizzo email aziendale e confermi con Face ID, Touch ID o il codice.

## iPhone or iPad with iCloud Keychain (synced passkey)

flow-iphone-icloud-keychain-title = iPhone o iPad: passkey nel Portachiavi iCloud
flow-iphone-icloud-keychain-summary = Salvi una passkey per il Suo account aziendale nell'app Password di Apple (Portachiavi iCloud). La passkey viene sincronizzata sugli altri Suoi dispositivi Apple. Funziona solo se la Sua organizzazione consente le passkey sincronizzate.

flow-iphone-icloud-keychain-before-you-start-title = Prima di iniziare
flow-iphone-icloud-keychain-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul Suo iPhone o iPad ci sia iOS 16 o versioni successive (Impostazioni › Generali › Info).
       *[other] Il Suo dispositivo ha iOS { $os_major }; serve iOS 16 o versioni successive.
    } Servono un codice o Face ID e un Account Apple con autenticazione a due fattori. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo. Apra questa guida in Safari, non dall'app di posta.

flow-iphone-icloud-keychain-turn-on-icloud-keychain-title = Attivare il Portachiavi iCloud
# Unconfirmed label: "Saved to iCloud", "See All"
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Apra Impostazioni, tocchi il Suo nome, poi iCloud. Tocchi “Password e portachiavi” e attivi “Sincronizza questo iPhone” (“Sincronizza questo iPad” su un iPad).
        [17] Apra Impostazioni, tocchi il Suo nome, poi iCloud. Tocchi “Password e portachiavi” e attivi “Sincronizza questo iPhone” (“Sincronizza questo iPad” su un iPad).
        [unknown] Apra Impostazioni, tocchi il Suo nome, poi iCloud. In “Salvati su iCloud” tocchi Password; se non è nell'elenco, tocchi prima “Mostra tutto”. Su iOS 17 o versioni precedenti tocchi invece “Password e portachiavi”. Attivi “Sincronizza questo iPhone” (“Sincronizza questo iPad” su un iPad).
       *[other] Apra Impostazioni, tocchi il Suo nome, poi iCloud. In “Salvati su iCloud” tocchi Password; se non è nell'elenco, tocchi prima “Mostra tutto”. Attivi “Sincronizza questo iPhone” (“Sincronizza questo iPad” su un iPad).
    }

flow-iphone-icloud-keychain-check-autofill-title = Consentire all'app Password di salvare le passkey
# Unconfirmed label: "Set Up Codes In"
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Apra Impostazioni › Password › Opzioni password. Attivi “Riempimento automatico password” e verifichi che sia selezionato Portachiavi iCloud.
        [17] Apra Impostazioni › Password › Opzioni password. Attivi “Riempimento automatico password e passkey” e verifichi che sia selezionato “Password e portachiavi iCloud”.
        [unknown] Con iOS 18 o versioni successive apra Impostazioni › Generali › Riempimento automatico e password: attivi “Riempimento automatico password e passkey”, verifichi che in “Riempimento automatico da” sia selezionato Password e imposti “Configura codici in” su Password. Con iOS 16 o 17 apra Impostazioni › Password › Opzioni password, attivi il riempimento automatico e verifichi che sia selezionato Portachiavi iCloud.
       *[other] Apra Impostazioni › Generali › Riempimento automatico e password. Attivi “Riempimento automatico password e passkey” e verifichi che in “Riempimento automatico da” sia selezionato Password. Microsoft chiede anche di impostare “Configura codici in” su Password.
    } Se è attivo anche Authenticator o un'altra app per le password, può lasciarlo attivo: sceglierà Password quando salva la passkey.

flow-iphone-icloud-keychain-open-security-info-title = Iniziare da Informazioni di sicurezza
# Unconfirmed label: "Setting up your passkey"
flow-iphone-icloud-keychain-open-security-info-body = Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga Passkey e tocchi Avanti. Nella pagina “Configurazione della passkey” tocchi di nuovo Avanti. Se Passkey non è nell'elenco, forse la Sua organizzazione non consente questo tipo di passkey: chieda all'helpdesk.

flow-iphone-icloud-keychain-save-passkey-title = Salvare la passkey
# Unconfirmed label: "Save another way"
flow-iphone-icloud-keychain-save-passkey-body = Quando l'iPhone o l'iPad propone di salvare una passkey, verifichi che venga salvata in Password (Portachiavi iCloud) e tocchi Continua. Se propone di salvarla in un'altra app, ad esempio Authenticator, tocchi “Salva in un altro modo” (o “Altre opzioni”) e scelga Password. Confermi con Face ID, Touch ID o il codice.

flow-iphone-icloud-keychain-check-it-worked-title = Verificare che abbia funzionato
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Dia alla passkey un nome facile da riconoscere, tocchi Avanti e poi Fine. Ora la passkey compare in Informazioni di sicurezza e, sull'iPhone, in Impostazioni › Password.
        [17] Dia alla passkey un nome facile da riconoscere, tocchi Avanti e poi Fine. Ora la passkey compare in Informazioni di sicurezza e, sull'iPhone, in Impostazioni › Password.
       *[other] Dia alla passkey un nome facile da riconoscere, tocchi Avanti e poi Fine. Ora la passkey compare in Informazioni di sicurezza e nell'app Password dell'iPhone.
    }

flow-iphone-icloud-keychain-test-sign-in-title = Provare ad accedere con la passkey
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-iphone-icloud-keychain-test-sign-in-body = Apra un pannello di navigazione privata in Safari, oppure si disconnetta dal Suo account aziendale, e vada su https://myaccount.microsoft.com. Nella pagina di accesso scelga “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”; se ha già digitato l'indirizzo email aziendale, scelga invece “Altri modi per accedere”. Scelga il Suo account aziendale e confermi con Face ID, Touch ID o il codice.

## Samsung Galaxy with Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: passkey in Microsoft Authenticator
flow-samsung-summary = Crei una passkey per il Suo account aziendale in Microsoft Authenticator sul Suo telefono Galaxy. Resta su questo telefono e funziona anche se la Sua organizzazione accetta solo autenticatori approvati. Samsung Pass potrebbe proporre prima di salvarla al suo posto: questa guida spiega come fare in modo che finisca in Authenticator.

flow-samsung-before-you-start-title = Prima di iniziare
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul telefono ci sia Android 14 o versioni successive (Impostazioni › Info sul telefono › Informazioni sul software).
       *[other] Il Suo telefono ha Android { $os_major }; serve Android 14 o versioni successive.
    } Se non ha un blocco schermo, ne imposti uno (PIN, sequenza o impronta digitale). Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-samsung-install-app-title = Installare Microsoft Authenticator
flow-samsung-install-app-body = Installi Microsoft Authenticator da Google Play oppure lo aggiorni, se è già installato: se le impostazioni delle passkey della Sua organizzazione includono Authenticator, Microsoft richiede la versione 6.2507.4749 o successiva. Apra l'app una volta e scorra le schermate sulla privacy.

flow-samsung-set-provider-title = Attivare Authenticator al posto di Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Apra Impostazioni › Gestione generale › Password, passkey e compilazione automatica. Attivi Authenticator nell'elenco dei provider aggiuntivi. Può anche sceglierlo come servizio preferito al posto di Samsung Pass. Se non riesce ad attivarlo, Microsoft consiglia di aggiornare il telefono ad Android 15.
        [unknown] Apra Impostazioni e cerchi “passkey” per trovare Password, passkey e compilazione automatica (in Sicurezza e privacy › Altre impostazioni di sicurezza oppure, sui telefoni meno recenti, in Gestione generale). Attivi Authenticator. Può anche sceglierlo come servizio preferito al posto di Samsung Pass. Se su Android 14 non riesce ad attivarlo, Microsoft consiglia di aggiornare ad Android 15.
       *[other] Apra Impostazioni › Sicurezza e privacy › Altre impostazioni di sicurezza › Password, passkey e compilazione automatica. Attivi Authenticator nell'elenco dei provider aggiuntivi. Può anche sceglierlo come servizio preferito al posto di Samsung Pass.
    }

flow-samsung-create-in-app-title = Creare la passkey in Authenticator
# Unconfirmed label: "Secure Your Digital Life"
flow-samsung-create-in-app-body =
    Apra Authenticator e parta da ciò che vede:

    Se mostra “Proteggi la tua vita digitale” (la prima volta che lo apre), tocchi “Aggiungi account aziendale o dell'istituto di istruzione”.

    Se non ha ancora nessun account, tocchi “Aggiungi account” o il pulsante +, scelga “Account aziendale o dell'istituto di istruzione” e tocchi Accedi.

    Se il Suo account aziendale è già nell'elenco, lo tocchi e poi tocchi “Crea una passkey”.

    Acceda con il Suo account aziendale, completi la verifica aggiuntiva e, se l'app lo chiede, imposti un blocco schermo. Se Authenticator Le chiede di attivarlo come provider di passkey, lo faccia come nel passaggio precedente, poi torni ad Authenticator e tocchi Fine.

flow-samsung-pick-authenticator-title = Se Samsung Pass propone di salvarla
# Unconfirmed label: "Passkey added"
flow-samsung-pick-authenticator-body =
    Quando il telefono chiede dove salvare la passkey, scelga Authenticator. Se una finestra di Samsung Pass propone di salvarla, non la salvi lì, perché questa guida mette la passkey in Authenticator: usi l'opzione della finestra per scegliere un altro servizio e selezioni Authenticator. Se l'opzione non c'è, annulli, controlli il passaggio precedente nelle Impostazioni (Authenticator attivo) e riprovi.

    Quando Authenticator mostra “Passkey aggiunta”, tocchi Fine per terminare.

flow-samsung-check-security-info-title = Controllare in Informazioni di sicurezza
flow-samsung-check-security-info-body =
    Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. La nuova passkey compare nell'elenco dei metodi di accesso come “Passkey in Microsoft Authenticator”.

    { $browser ->
        [firefox] Se la creazione della passkey nell'app non ha funzionato, apra questa guida in Chrome o Edge (Firefox su Android non può creare passkey per gli account aziendali) e la aggiunga invece in Informazioni di sicurezza: tocchi “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e segua le istruzioni.
       *[other] Se la creazione della passkey nell'app non ha funzionato, la aggiunga invece qui: tocchi “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e segua le istruzioni.
    } Quando si apre Authenticator, crei lì la passkey, poi torni al browser, tocchi Avanti e, una volta creata la passkey, Fine.

    Se “Passkey in Microsoft Authenticator” non viene proposto: compare solo quando le impostazioni delle passkey della Sua organizzazione indicano Microsoft Authenticator. La creazione della passkey nell'app Authenticator (i passaggi precedenti) funziona anche senza. In Informazioni di sicurezza può anche scegliere Passkey e, quando il telefono chiede dove salvare la passkey, scegliere Authenticator, non Samsung Pass.

flow-samsung-test-sign-in-title = Provare la passkey
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-samsung-test-sign-in-body = In Chrome o Edge si disconnetta dal Suo account aziendale oppure apra una finestra privata (in incognito o InPrivate) e vada su https://myaccount.microsoft.com. Tocchi “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”. Scelga in Authenticator la passkey per il Suo indirizzo email aziendale e confermi con l'impronta, il volto o il blocco schermo.

## Samsung Galaxy with Samsung Pass (synced passkey)

flow-samsung-pass-title = Samsung Galaxy: passkey in Samsung Pass
flow-samsung-pass-summary = Salvi una passkey per il Suo account aziendale in Samsung Pass, il gestore di password integrato nel Suo telefono Galaxy. Funziona solo se la Sua organizzazione consente le passkey sincronizzate.

flow-samsung-pass-before-you-start-title = Prima di iniziare
flow-samsung-pass-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul telefono ci sia One UI 6 o versioni successive (Impostazioni › Info sul telefono › Informazioni sul software): Samsung Pass salva le passkey a partire da One UI 6.
       *[other] Il Suo telefono ha Android { $os_major }. Samsung Pass salva le passkey a partire da One UI 6, arrivata con Android 14; la versione di One UI è indicata in Impostazioni › Info sul telefono › Informazioni sul software.
    } Sul telefono deve aver effettuato l'accesso al Suo account Samsung e deve aver impostato un blocco schermo e l'impronta digitale, il volto o un PIN. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

    La Sua organizzazione deve consentire le passkey sincronizzate, quelle conservate in un gestore di password; questa guida propone Samsung Pass solo se le impostazioni della Sua organizzazione le consentono. Microsoft elenca Samsung Pass tra le passkey che accetta per gli account aziendali su Android.

flow-samsung-pass-check-samsung-pass-title = Verificare che Samsung Pass salvi le passkey
flow-samsung-pass-check-samsung-pass-body = Apra Impostazioni › Sicurezza e privacy › Altre impostazioni di sicurezza › Password, passkey e compilazione automatica. In “Servizio preferito” verifichi che sia selezionato Samsung Pass; se è selezionato un altro servizio, tocchi “Servizio preferito” e scelga Samsung Pass. Se non trova la pagina, cerchi “passkey” nelle Impostazioni.

flow-samsung-pass-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-samsung-pass-open-security-info-body =
    { $browser ->
        [firefox] Apra prima questa guida in Chrome o Edge: Firefox su Android non può creare passkey per gli account aziendali. Poi tocchi “Apri Informazioni di sicurezza”, acceda, tocchi “+ Aggiungi metodo di accesso”, scelga Passkey, poi tocchi Avanti e Continua.
       *[other] Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga Passkey, poi tocchi Avanti e Continua.
    } Se Passkey non è nell'elenco, forse la Sua organizzazione non consente questo tipo di passkey: usi invece la guida per Microsoft Authenticator.

flow-samsung-pass-save-in-samsung-pass-title = Salvarla in Samsung Pass
flow-samsung-pass-save-in-samsung-pass-body = Quando il telefono chiede dove salvare la passkey, verifichi che sia indicato Samsung Pass e confermi. Si identifichi con l'impronta, il volto o il PIN. Se propone invece di salvarla un altro servizio, ad esempio il Gestore delle password di Google, cerchi in quella finestra un modo per scegliere un altro servizio e selezioni Samsung Pass, oppure torni al passaggio nelle Impostazioni.

flow-samsung-pass-check-it-worked-title = Verificare che abbia funzionato
flow-samsung-pass-check-it-worked-body = In Informazioni di sicurezza dia alla passkey un nome facile da riconoscere, tocchi Avanti e poi Fine. Ora la passkey compare nell'elenco dei Suoi metodi di accesso e, sul telefono, in Samsung Pass.

flow-samsung-pass-test-sign-in-title = Provare la passkey
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-samsung-pass-test-sign-in-body = In Chrome o Edge si disconnetta dal Suo account aziendale oppure apra una finestra privata (in incognito o InPrivate) e vada su https://myaccount.microsoft.com. Tocchi “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”. Scelga in Samsung Pass la passkey per il Suo indirizzo email aziendale e si identifichi con l'impronta, il volto o il PIN.

## Android phone with Microsoft Authenticator

flow-android-authenticator-title = Android: passkey in Microsoft Authenticator
flow-android-authenticator-summary = Crei una passkey per il Suo account aziendale nell'app Microsoft Authenticator. Resta su questo telefono e funziona anche se la Sua organizzazione accetta solo autenticatori approvati.

flow-android-authenticator-before-you-start-title = Prima di iniziare
flow-android-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul telefono ci sia Android 14 o versioni successive (Impostazioni › Informazioni sul telefono › Versione di Android).
       *[other] Il Suo telefono ha Android { $os_major }; serve Android 14 o versioni successive.
    } Se non ha un blocco schermo, ne imposti uno (PIN, sequenza o impronta digitale). Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-android-authenticator-install-app-title = Installare Microsoft Authenticator
flow-android-authenticator-install-app-body = Installi Microsoft Authenticator da Google Play oppure lo aggiorni, se è già installato: se le impostazioni delle passkey della Sua organizzazione includono Authenticator, Microsoft richiede la versione 6.2507.4749 o successiva. Apra l'app una volta e scorra le schermate sulla privacy. Se il telefono ha un profilo di lavoro, installi e usi l'app nel profilo in cui vuole usare la passkey.

flow-android-authenticator-create-in-app-title = Creare la passkey in Authenticator
# Unconfirmed label: "Secure Your Digital Life"
flow-android-authenticator-create-in-app-body =
    Apra Authenticator e parta da ciò che vede:

    Se mostra “Proteggi la tua vita digitale” (la prima volta che lo apre), tocchi “Aggiungi account aziendale o dell'istituto di istruzione”.

    Se non ha ancora nessun account, tocchi “Aggiungi account” o il pulsante +, scelga “Account aziendale o dell'istituto di istruzione” e tocchi Accedi.

    Se il Suo account aziendale è già nell'elenco, lo tocchi e poi tocchi “Crea una passkey”.

    Acceda con il Suo account aziendale, completi la verifica aggiuntiva e, se l'app lo chiede, imposti un blocco schermo. Authenticator Le chiede poi di consentirgli di salvare le passkey: è il passaggio successivo.

flow-android-authenticator-enable-provider-title = Consentire ad Authenticator di salvare le passkey
# Unconfirmed label: "Passkey added"
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Quando Authenticator lo chiede, tocchi Impostazioni. Apra Password e account e attivi Authenticator in Provider aggiuntivi. Se non riesce ad attivarlo, Microsoft consiglia di aggiornare il telefono ad Android 15.
        [unknown] Quando Authenticator lo chiede, tocchi Impostazioni. Apra Password, passkey e account (su Android 14: Password e account) e attivi Authenticator in Provider aggiuntivi. Se su Android 14 non riesce ad attivarlo, Microsoft consiglia di aggiornare ad Android 15.
       *[other] Quando Authenticator lo chiede, tocchi Impostazioni. Apra Password, passkey e account e attivi Authenticator in Provider aggiuntivi. I nomi possono cambiare in base al produttore del telefono: cerchi “passkey” nelle Impostazioni.
    }

    Torni ad Authenticator e tocchi Fine. Quando vede “Passkey aggiunta”, tocchi di nuovo Fine.

flow-android-authenticator-check-security-info-title = Controllare in Informazioni di sicurezza
flow-android-authenticator-check-security-info-body =
    Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. La nuova passkey compare nell'elenco dei metodi di accesso come “Passkey in Microsoft Authenticator”.

    { $browser ->
        [firefox] Se la creazione della passkey nell'app non ha funzionato, apra questa guida in Chrome o Edge (Firefox su Android non può creare passkey per gli account aziendali) e la aggiunga invece in Informazioni di sicurezza: tocchi “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e segua le istruzioni.
       *[other] Se la creazione della passkey nell'app non ha funzionato, la aggiunga invece qui: tocchi “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e segua le istruzioni.
    } Quando si apre Authenticator, crei lì la passkey, poi torni al browser, tocchi Avanti e, una volta creata la passkey, Fine.

    Se “Passkey in Microsoft Authenticator” non viene proposto: compare solo quando le impostazioni delle passkey della Sua organizzazione indicano Microsoft Authenticator. La creazione della passkey nell'app Authenticator (i passaggi precedenti) funziona anche senza. In Informazioni di sicurezza può anche scegliere Passkey e, quando il telefono chiede dove salvare la passkey, scegliere Authenticator.

flow-android-authenticator-test-sign-in-title = Provare la passkey
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-android-authenticator-test-sign-in-body = In Chrome o Edge si disconnetta dal Suo account aziendale oppure apra una finestra privata (in incognito o InPrivate) e vada su https://myaccount.microsoft.com. Tocchi “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”. Scelga in Authenticator la passkey per il Suo indirizzo email aziendale e confermi con l'impronta, il volto o il blocco schermo.

## Android phone with Google Password Manager (synced passkey)

flow-android-google-password-manager-title = Android: passkey nel Gestore delle password di Google
flow-android-google-password-manager-summary = Salvi una passkey per il Suo account aziendale nel Gestore delle password di Google. La passkey viene sincronizzata sugli altri dispositivi collegati allo stesso Account Google. Funziona solo se la Sua organizzazione consente le passkey sincronizzate. Su un telefono Samsung Galaxy sceglie prima Google come servizio che salva le passkey.

flow-android-google-password-manager-before-you-start-title = Prima di iniziare
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul telefono ci sia Android 9 o versioni successive (Impostazioni › Informazioni sul telefono).
       *[other] Il Suo telefono ha Android { $os_major }; serve Android 9 o versioni successive.
    } Servono un blocco schermo e un Account Google collegato al telefono. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-android-google-password-manager-check-provider-title = Controllare dove vengono salvate le passkey
flow-android-google-password-manager-check-provider-body =
    { $platform ->
        [samsung] Su Android 14 o versioni successive apra Impostazioni › Sicurezza e privacy › Altre impostazioni di sicurezza › Password, passkey e compilazione automatica. Tocchi “Servizio preferito” e scelga Google al posto di Samsung Pass. Se non trova la pagina, cerchi “passkey” nelle Impostazioni. Su Android 13 o versioni precedenti non deve cambiare nulla.
       *[other] { $os_major ->
            [14] Apra Impostazioni › Password e account e verifichi che Google sia impostato come servizio preferito per password e passkey.
            [unknown] Su Android 14 o versioni successive apra Impostazioni › Password, passkey e account (su Android 14: Password e account) e verifichi che Google sia il servizio preferito. Sulle versioni precedenti non deve cambiare nulla.
           *[other] Su Android 15 o versioni successive apra Impostazioni › Password, passkey e account e verifichi che Google sia il servizio preferito. Su Android 13 o versioni precedenti non deve cambiare nulla.
        }
    }

flow-android-google-password-manager-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga Passkey, poi tocchi Avanti e Continua.
        [firefox] Apra prima questa guida in Chrome: Firefox su Android non può creare passkey per gli account aziendali. Poi tocchi “Apri Informazioni di sicurezza”, acceda, tocchi “+ Aggiungi metodo di accesso” e scelga Passkey.
       *[other] Se può, apra questa guida in Chrome. Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga Passkey, poi tocchi Avanti e Continua.
    }

flow-android-google-password-manager-save-passkey-title = Salvare la passkey
flow-android-google-password-manager-save-passkey-body =
    { $platform ->
        [samsung] Quando il telefono chiede di creare una passkey, verifichi che siano indicati il Gestore delle password di Google e il Suo Account Google. Tocchi Continua e sblocchi con l'impronta, il volto o il blocco schermo. Se invece Samsung Pass propone di salvarla, può scegliere un altro servizio in quella finestra e selezionare il Gestore delle password di Google, oppure salvarla in Samsung Pass: la Sua organizzazione accetta anche questa.
       *[other] Quando il telefono chiede di creare una passkey, verifichi che siano indicati il Gestore delle password di Google e il Suo Account Google. Tocchi Continua e sblocchi con l'impronta, il volto o il blocco schermo.
    }

flow-android-google-password-manager-check-it-worked-title = Verificare che abbia funzionato
flow-android-google-password-manager-check-it-worked-body = Dia alla passkey un nome facile da riconoscere, tocchi Avanti e poi Fine. Ora la passkey compare in Informazioni di sicurezza e nel Gestore delle password di Google sul telefono.

flow-android-google-password-manager-test-sign-in-title = Provare la passkey
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-android-google-password-manager-test-sign-in-body = In Chrome si disconnetta dal Suo account aziendale oppure apra una scheda in incognito e vada su https://myaccount.microsoft.com. Tocchi “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”. Scelga nel Gestore delle password di Google la passkey per il Suo indirizzo email aziendale e confermi con l'impronta, il volto o il blocco schermo.

## Windows PC with Windows Hello

flow-windows-hello-title = Windows: passkey in Windows Hello
flow-windows-hello-summary = Salvi una passkey per il Suo account aziendale su questo PC. La sblocca con PIN, volto o impronta digitale di Windows Hello. Resta su questo PC e non viene sincronizzata.

flow-windows-hello-before-you-start-title = Prima di iniziare
flow-windows-hello-before-you-start-body = Servono Windows 10 o 11 ed Edge, Chrome o Firefox. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo. Il passaggio successivo chiede se questo è un PC aziendale, perché da questo dipende se questa guida fa al caso Suo.

flow-windows-hello-company-pc-title = Questo PC è gestito dall'azienda?
flow-windows-hello-company-pc-body =
    Ci indichi se questo PC è gestito dalla Sua organizzazione, cioè aggiunto a Microsoft Entra ID o registrato in Microsoft Entra ID. Per verificarlo, apra Impostazioni › Account › Accedi all'azienda o all'istituto di istruzione. Se lì compare un account aziendale o dell'istituto di istruzione connesso, è un PC gestito dall'azienda.

    È importante perché su un PC di questo tipo la configurazione di Windows Hello può creare anche un accesso con Windows Hello for Business per il Suo account aziendale. Microsoft spiega: “Se si tenta poi di registrare una passkey in Windows per lo stesso account, la registrazione non riesce perché la credenziale di Windows Hello for Business esiste già. Riprovando, viene visualizzato un errore che indica che la passkey è già registrata.”

flow-windows-hello-set-up-windows-hello-title = Configurare Windows Hello
flow-windows-hello-set-up-windows-hello-body = Se non usa ancora PIN, volto o impronta digitale per sbloccare questo PC, apra Impostazioni › Account › Opzioni di accesso e configuri prima PIN (Windows Hello). Lo faccia solo su un PC che la Sua organizzazione non gestisce.

flow-windows-hello-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-windows-hello-open-security-info-body = Faccia clic su “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale, completando la verifica aggiuntiva. Faccia clic su “+ Aggiungi metodo di accesso”, scelga Passkey e faccia clic su Avanti.

flow-windows-hello-save-in-windows-hello-title = Salvarla in Windows Hello
flow-windows-hello-save-in-windows-hello-body =
    { $browser ->
        [chrome] Se Chrome propone di salvare la passkey nel Gestore delle password di Google, scelga invece Windows Hello. Confermi con PIN, volto o impronta digitale di Windows Hello.
        [edge] Quando Windows chiede dove salvare la passkey, scelga questo dispositivo (Windows Hello), non un telefono né una chiave di sicurezza. Confermi con PIN, volto o impronta digitale di Windows Hello.
       *[other] Quando Windows chiede dove salvare la passkey, scelga questo dispositivo (Windows Hello), non un telefono né una chiave di sicurezza. Confermi con PIN, volto o impronta digitale di Windows Hello.
    }

flow-windows-hello-check-it-worked-title = Verificare che abbia funzionato
flow-windows-hello-check-it-worked-body = Dia alla passkey un nome facile da riconoscere e faccia clic su Fine. Ora compare nell'elenco dei Suoi metodi di accesso in Informazioni di sicurezza.

flow-windows-hello-test-sign-in-title = Provare ad accedere con la passkey
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-windows-hello-test-sign-in-body = Apra una finestra InPrivate o in incognito (Ctrl+Maiusc+N in Edge o Chrome), oppure si disconnetta dal Suo account aziendale, e vada su https://myaccount.microsoft.com. Nella pagina di accesso scelga “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”; se ha già digitato l'indirizzo email aziendale, scelga invece “Altri modi per accedere”. Scelga il Suo account aziendale e confermi con PIN, volto o impronta digitale di Windows Hello.

## Mac with iCloud Keychain (synced passkey)

flow-macos-title = Mac: passkey nel Portachiavi iCloud
flow-macos-summary = Salvi sul Mac una passkey per il Suo account aziendale nell'app Password di Apple (Portachiavi iCloud). La passkey viene sincronizzata sugli altri Suoi dispositivi Apple. Funziona solo se la Sua organizzazione consente le passkey sincronizzate.

flow-macos-before-you-start-title = Prima di iniziare
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul Mac ci sia macOS 13 Ventura o versioni successive (menu Apple › Informazioni su questo Mac).
       *[other] Il Suo Mac ha macOS { $os_major }; serve macOS 13 Ventura o versioni successive.
    } Deve aver effettuato l'accesso con il Suo Account Apple, con l'autenticazione a due fattori attiva. Usi Safari: Chrome può salvare le passkey nel Portachiavi iCloud solo da Chrome 118 su macOS 13.5 o versioni successive. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-macos-turn-on-icloud-keychain-title = Attivare il Portachiavi iCloud
# Unconfirmed label: "Apps Using iCloud", "Saved to iCloud"
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Apra Impostazioni di Sistema, faccia clic sul Suo nome, poi su iCloud. Su macOS 13.3 o versioni successive faccia clic su “Password e portachiavi” in “App che usano iCloud” e attivi “Sincronizza questo Mac”. Su macOS da 13.0 a 13.2 attivi “Password e portachiavi”.
        [14] Apra Impostazioni di Sistema, faccia clic sul Suo nome, poi su iCloud. In “App che usano iCloud” faccia clic su “Password e portachiavi” e attivi “Sincronizza questo Mac”.
        [unknown] Apra Impostazioni di Sistema, faccia clic sul Suo nome, poi su iCloud. Su macOS 15 Sequoia o versioni successive faccia clic su Password in “Salvati su iCloud” e attivi “Sincronizza questo Mac”. Su macOS da 13.3 a 14 faccia clic su “Password e portachiavi” in “App che usano iCloud” e attivi “Sincronizza questo Mac”; su macOS da 13.0 a 13.2 attivi “Password e portachiavi”.
       *[other] Apra Impostazioni di Sistema, faccia clic sul Suo nome, poi su iCloud. In “Salvati su iCloud” faccia clic su Password, attivi “Sincronizza questo Mac” e faccia clic su Fine.
    }

flow-macos-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-macos-open-security-info-body = Faccia clic su “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Faccia clic su “+ Aggiungi metodo di accesso”, scelga Passkey e faccia clic su Avanti. Se Passkey non è nell'elenco, forse la Sua organizzazione non consente questo tipo di passkey: chieda all'helpdesk.

flow-macos-save-passkey-title = Salvare la passkey
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari chiede se salvare una passkey. Faccia clic su Continua e confermi con Touch ID o con la password del Mac: la passkey viene salvata nel Portachiavi iCloud.
        [chrome] Chrome propone il Portachiavi iCloud solo da Chrome 118 su macOS 13.5 o versioni successive; con un macOS meno recente apra questa guida in Safari per questo passaggio. Nella finestra delle passkey di Chrome scelga Portachiavi iCloud, non il Gestore delle password di Google né un telefono. Se Chrome lo chiede, consenta a login.microsoft.com di usare la passkey e, quando macOS lo chiede, consenta a Chrome di usare le Sue passkey, poi confermi con Touch ID o con la password del Mac.
        [edge] Edge mostra una propria finestra per le passkey: scelga Portachiavi iCloud, se è tra le opzioni, altrimenti apra questa guida in Safari. Se richiesto, consenta a login.microsoft.com di usare la passkey, poi confermi con Touch ID o con la password del Mac.
       *[other] Segua la finestra delle passkey del browser e scelga Portachiavi iCloud. Se il browser non lo propone, apra invece questa guida in Safari.
    }

flow-macos-check-it-worked-title = Verificare che abbia funzionato
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Dia alla passkey un nome facile da riconoscere, faccia clic su Avanti e poi su Fine. Ora la passkey compare in Informazioni di sicurezza e, sul Mac, in Impostazioni di Sistema › Password.
        [14] Dia alla passkey un nome facile da riconoscere, faccia clic su Avanti e poi su Fine. Ora la passkey compare in Informazioni di sicurezza e, sul Mac, in Impostazioni di Sistema › Password.
       *[other] Dia alla passkey un nome facile da riconoscere, faccia clic su Avanti e poi su Fine. Ora la passkey compare in Informazioni di sicurezza e nell'app Password del Mac.
    }

flow-macos-test-sign-in-title = Provare ad accedere con la passkey
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-macos-test-sign-in-body = Apra una finestra privata (in Safari, Archivio › Nuova finestra privata), oppure si disconnetta dal Suo account aziendale, e vada su https://myaccount.microsoft.com. Nella pagina di accesso scelga “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”; se ha già digitato l'indirizzo email aziendale, scelga invece “Altri modi per accedere”. Scelga il Suo account aziendale e confermi con Touch ID o con la password del Mac.

## Security key (USB or NFC)

flow-security-key-title = Chiave di sicurezza (USB o NFC)
flow-security-key-summary = Salvi una passkey per il Suo account aziendale su una chiave di sicurezza fisica, da inserire nel dispositivo o da avvicinare. La passkey resta sulla chiave e funziona su qualsiasi computer con cui la usa.

flow-security-key-before-you-start-title = Prima di iniziare
flow-security-key-before-you-start-body = Serve una chiave di sicurezza FIDO2 accettata dalla Sua organizzazione; in caso di dubbi, chieda all'helpdesk quali modelli sono accettati. Sul computer usi Edge, Chrome o Firefox, su Windows, Mac o Linux. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-security-key-set-pin-title = Verificare che la chiave abbia un PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari su iPhone, iPad o Mac non può impostare un PIN su una chiave nuova. Se la chiave non ha ancora un PIN, lo imposti prima su un PC Windows (Impostazioni › Account › Opzioni di accesso › Chiave di sicurezza › Gestisci) o con l'app del produttore della chiave.
       *[other] La chiave deve avere un PIN. Su Windows può impostarlo in Impostazioni › Account › Opzioni di accesso › Chiave di sicurezza › Gestisci, oppure sarà il browser a chiederLe di crearne uno. Su iPhone, iPad o Mac imposti prima il PIN su un PC Windows o con l'app del produttore della chiave.
    }

flow-security-key-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-security-key-open-security-info-body = Selezioni “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale, completando la verifica aggiuntiva. Selezioni “+ Aggiungi metodo di accesso”, scelga Passkey e selezioni Avanti.

flow-security-key-use-key-title = Salvare la passkey sulla chiave
flow-security-key-use-key-body =
    { $platform ->
        [windows] Quando Windows chiede dove salvare la passkey, scelga Chiave di sicurezza. Windows 11 potrebbe proporre prima il telefono (“iPhone, iPad o dispositivo Android”): scelga invece Chiave di sicurezza, oppure la cerchi in “Altre opzioni” o “Usa un altro dispositivo”. Inserisca la chiave o la avvicini al dispositivo, digiti il PIN e tocchi la chiave quando lampeggia.
       *[other] Quando Le viene chiesto dove salvare la passkey, scelga Chiave di sicurezza. Se non vede questa opzione, la cerchi in “Altre opzioni” o “Usa un altro dispositivo”. Inserisca la chiave o la avvicini al dispositivo, digiti il PIN e tocchi la chiave quando lampeggia.
    }

flow-security-key-check-it-worked-title = Verificare che abbia funzionato
flow-security-key-check-it-worked-body = Dia alla passkey un nome facile da riconoscere, ad esempio il modello della chiave, e selezioni Fine. Ora compare nell'elenco dei Suoi metodi di accesso in Informazioni di sicurezza.

flow-security-key-test-sign-in-title = Provare ad accedere con la chiave
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-security-key-test-sign-in-body = Apra una finestra privata (InPrivate in Edge, in incognito in Chrome), oppure si disconnetta dal Suo account aziendale, e vada su https://myaccount.microsoft.com. Nella pagina di accesso scelga “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”; se ha già digitato l'indirizzo email aziendale, scelga invece “Altri modi per accedere”. Scelga Chiave di sicurezza, inserisca la chiave o la avvicini al dispositivo, digiti il PIN e tocchi la chiave.

## Phone passkey, started on a computer

flow-phone-from-desktop-title = Computer: passkey sul telefono
flow-phone-from-desktop-summary = Inizi su questo computer e crei la passkey in Microsoft Authenticator sul Suo iPhone o telefono Android. Poi, per accedere, basterà confermare sul telefono.

flow-phone-from-desktop-before-you-start-title = Prima di iniziare
flow-phone-from-desktop-before-you-start-body = Serve un iPhone con iOS 17 o versioni successive, oppure un telefono con Android 14 o versioni successive, con un blocco schermo. Verifichi che il computer e il telefono siano entrambi connessi a Internet. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-phone-from-desktop-open-security-info-title = Iniziare da Informazioni di sicurezza su questo computer
flow-phone-from-desktop-open-security-info-body = Faccia clic su “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Faccia clic su “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e, se richiesto, completi la verifica aggiuntiva.

flow-phone-from-desktop-get-app-title = Installare Authenticator sul telefono
flow-phone-from-desktop-get-app-body = Se la pagina mostra un codice QR per scaricare Authenticator, lo inquadri con la fotocamera del telefono (su iPhone, con l'app Fotocamera) e installi l'app. Poi faccia clic su Avanti sul computer.

flow-phone-from-desktop-create-on-phone-title = Creare la passkey sul telefono
flow-phone-from-desktop-create-on-phone-body = Sul telefono apra Authenticator e scorra le schermate sulla privacy. Tocchi “Aggiungi account aziendale o dell'istituto di istruzione”; se l'app ha già altri account, tocchi “Aggiungi account” o + e scelga “Account aziendale o dell'istituto di istruzione”, poi Accedi. Se il Suo account aziendale è già presente, lo tocchi e poi tocchi “Crea una passkey”. Acceda e, quando richiesto, consenta ad Authenticator di salvare le passkey nelle impostazioni del telefono; poi, in Authenticator, tocchi Fine e di nuovo Fine.

flow-phone-from-desktop-qr-fallback-title = Se non riesce ad accedere ad Authenticator
flow-phone-from-desktop-qr-fallback-body = Sul computer scelga l'opzione per chi ha problemi, poi quella per creare la passkey in un altro modo, e selezioni iPhone o iPad oppure Android. Questo metodo richiede il Bluetooth: lo attivi sia sul computer sia sul telefono e verifichi che entrambi siano connessi a Internet. Inquadri il codice QR con la fotocamera del telefono (su iPhone, con l'app Fotocamera, non con lo scanner di Authenticator) e tenga il telefono vicino al computer finché non risulta connesso. Questo metodo non funziona se la Sua organizzazione richiede passkey approvate (attestate).

flow-phone-from-desktop-check-it-worked-title = Verificare che abbia funzionato
flow-phone-from-desktop-check-it-worked-body = Sul computer faccia clic su Avanti e poi su Fine quando la passkey è confermata. Ora “Passkey in Microsoft Authenticator” compare nell'elenco dei Suoi metodi di accesso in Informazioni di sicurezza.

flow-phone-from-desktop-test-sign-in-title = Provare ad accedere con il telefono
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
flow-phone-from-desktop-test-sign-in-body = Sul computer apra una finestra privata (InPrivate in Edge, in incognito in Chrome), oppure si disconnetta dal Suo account aziendale, e vada su https://myaccount.microsoft.com. Nella pagina di accesso scelga “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”; se ha già digitato l'indirizzo email aziendale, scelga invece “Altri modi per accedere”. Scelga “iPhone, iPad o dispositivo Android”, inquadri il codice QR con la fotocamera del telefono e confermi in Authenticator. Serve il Bluetooth attivo sia sul computer sia sul telefono.

## Troubleshooting

ts-not-enabled-by-policy-title = Informazioni di sicurezza non propone l'opzione passkey
ts-not-enabled-by-policy-body = Se Informazioni di sicurezza non propone Passkey né “Passkey in Microsoft Authenticator”, la Sua organizzazione non ha ancora attivato le passkey per il Suo account, oppure non questo tipo di passkey. Chieda all'helpdesk di includere il Suo account nell'introduzione delle passkey.

ts-self-service-off-title = Informazioni di sicurezza dice che non posso aggiungere questo metodo
ts-self-service-off-body = La Sua organizzazione può disattivare l'aggiunta di passkey in Informazioni di sicurezza. Se un messaggio indica che non può aggiungere questo metodo, chieda all'helpdesk di configurare la passkey insieme a Lei o di consentire la configurazione in autonomia.

ts-no-bootstrap-method-title = Non ho modo di confermare la mia identità, oppure ho perso il telefono
ts-no-bootstrap-method-body = Per aggiungere una passkey deve prima accedere con un metodo di verifica che ha già, ad esempio un'approvazione in Authenticator o un codice via SMS. Se non ne ha o ha perso il telefono, chieda all'helpdesk un Pass di accesso temporaneo (Temporary Access Pass) e lo usi per accedere a Informazioni di sicurezza.

ts-mfa-too-old-title = Informazioni di sicurezza mi chiede di verificare di nuovo
ts-mfa-too-old-body = Per aggiungere una passkey serve una verifica recente, fatta negli ultimi minuti. Se Le viene chiesto di verificare di nuovo, lo faccia e poi aggiunga subito la passkey.

ts-os-too-old-title = Il mio telefono o computer è troppo vecchio per questo
ts-os-too-old-body = Le passkey in Microsoft Authenticator richiedono iOS 17 o Android 14 o versioni successive. Le passkey nel Portachiavi iCloud richiedono iOS 16 o macOS 13 o versioni successive, il Gestore delle password di Google richiede Android 9 o versioni successive. Aggiorni il dispositivo dalle impostazioni, oppure usi un altro dispositivo o una chiave di sicurezza.

ts-android-no-secure-hardware-title = Funziona su un telefono Android ma non sul mio
ts-android-no-secure-hardware-body =
    Authenticator conserva le passkey nell'hardware di sicurezza protetto del telefono. Se la Sua organizzazione accetta solo passkey approvate (attestate), Microsoft verifica con il servizio di attestazione di Google che la passkey sia davvero conservata in quell'hardware. I telefoni che non lo hanno non possono registrarla e la registrazione si interrompe senza un motivo chiaro.

    Lo stesso controllo non riesce quando il servizio di attestazione è sovraccarico o non disponibile: attenda un po' e riprovi più tardi. Se continua a non funzionare su questo telefono, provi con un altro telefono o chieda all'helpdesk una chiave di sicurezza.

ts-authenticator-not-provider-title = Il mio telefono non consente ad Authenticator di salvare la passkey
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Su Android 14: Impostazioni › Password e account, poi attivi Authenticator in Provider aggiuntivi. Se non riesce ad attivarlo, aggiorni ad Android 15. Su iPhone: Impostazioni › Generali › Riempimento automatico e password (iOS 17: Impostazioni › Password › Opzioni password) e selezioni Authenticator.
        [17] Su iPhone con iOS 17: Impostazioni › Password › Opzioni password, attivi “Riempimento automatico password e passkey” e selezioni Authenticator. Su Android: Impostazioni › Password, passkey e account (oppure Password e account), poi attivi Authenticator in Provider aggiuntivi.
       *[other] Su iPhone con iOS 18 o versioni successive: Impostazioni › Generali › Riempimento automatico e password, attivi “Riempimento automatico password e passkey” e selezioni Authenticator (iOS 17: Impostazioni › Password › Opzioni password). Su Android: Impostazioni › Password, passkey e account (su Android 14: Password e account), poi attivi Authenticator in Provider aggiuntivi.
    }

ts-screen-lock-missing-title = Mi viene chiesto prima di impostare un blocco schermo
ts-screen-lock-missing-body = Le passkey si sbloccano con il blocco schermo del dispositivo. Nelle impostazioni del dispositivo imposti un PIN, una sequenza, una password, l'impronta digitale o lo sblocco con il volto, poi ricominci.

ts-ios-qr-camera-app-title = Il codice QR non viene letto sul mio iPhone
ts-ios-qr-camera-app-body = Inquadri il codice QR della passkey con l'app Fotocamera dell'iPhone, non con lo scanner di Authenticator, che non legge questo tipo di codice. Su Android funziona anche lo scanner di Authenticator.

ts-cross-device-connecting-title = La procedura resta ferma su “Connessione in corso”
ts-cross-device-connecting-body = Attivi il Bluetooth sia sul computer sia sul telefono, li tenga vicini e verifichi che entrambi siano connessi a Internet. Se resta ancora ferma, la causa potrebbe essere la rete o il Bluetooth bloccato: veda “Il telefono non riesce a connettersi al computer (rete o Bluetooth bloccati)”. Può anche configurare la passkey direttamente sul telefono oppure usare una chiave di sicurezza.

ts-ca-bootstrap-loop-title = Informazioni di sicurezza continua a chiedermi di accedere, o mi fa girare in tondo
# Unconfirmed label: "Register security information"
ts-ca-bootstrap-loop-body =
    Alcune regole di accesso aziendali (accesso condizionale) chiedono una passkey prima ancora che possa creare la prima, e così si gira in tondo tra l'accesso e Informazioni di sicurezza.

    Se sta creando la passkey in Microsoft Authenticator, Microsoft documenta un modo per aggirare il problema: in Informazioni di sicurezza aggiunga “Passkey in Microsoft Authenticator”, scelga l'opzione per chi ha problemi, poi quella per creare la passkey in un altro modo, e segua i passaggi per il Suo telefono (da un computer si inquadra un codice QR, con il Bluetooth attivo su entrambi i dispositivi). Questo metodo non funziona se la Sua organizzazione accetta solo passkey approvate (attestate).

    Anche altre regole possono causare lo stesso giro: una che consente solo telefoni gestiti dall'azienda (conformi), una che consente solo app approvate, oppure una che consente “Registra le informazioni di sicurezza” solo dall'ufficio o dalla rete aziendale. Lei non può modificarle. Chieda all'helpdesk: nel log di accesso può vedere quale regola è intervenuta e può darLe un Pass di accesso temporaneo o un'eccezione temporanea.

ts-orphaned-passkey-title = Dice che la passkey esiste già, oppure propone una passkey vecchia che non funziona
ts-orphaned-passkey-body =
    Una passkey di un tentativo precedente può restare sul dispositivo o nel gestore di password anche quando per la Sua organizzazione non esiste più, ad esempio perché è stata rimossa da Informazioni di sicurezza o perché il tentativo non è stato completato. In quel caso vede che la passkey esiste già, oppure il dispositivo propone la vecchia passkey e l'accesso non riesce. Elimini la vecchia passkey dove è salvata, rimuova eventuali voci vecchie in Informazioni di sicurezza e poi ripeta la registrazione.

    Microsoft Authenticator: tocchi il Suo account aziendale, poi Impostazioni › Elimina passkey. Su Android di solito la passkey viene rimossa anche da Informazioni di sicurezza.

    Password di Apple (Portachiavi iCloud): apra l'app Password (iOS 18 e macOS 15 o versioni successive), oppure Impostazioni › Password sull'iPhone e Impostazioni di Sistema › Password sul Mac. Cerchi la passkey per login.microsoft.com e la elimini.

    Gestore delle password di Google: apra il Gestore delle password di Google in Chrome o nelle impostazioni del telefono, cerchi login.microsoft.com ed elimini la passkey.

    Samsung Pass: apra Samsung Pass, cerchi la passkey per login.microsoft.com e la elimini.

    Windows 11: Impostazioni › Account › Passkey, cerchi login.microsoft.com ed elimini la passkey.

    Chiave di sicurezza: su Windows, Impostazioni › Account › Opzioni di accesso › Chiave di sicurezza › Gestisci, oppure l'app del produttore della chiave. La reimpostazione cancella tutte le passkey sulla chiave: reimposti solo una chiave che non contiene nient'altro che Le serve.

    Informazioni di sicurezza: selezioni Elimina accanto alla vecchia passkey.

ts-android-work-profile-title = La passkey funziona in un profilo del mio telefono Android ma non nell'altro
ts-android-work-profile-body = Su Android una passkey funziona solo nel profilo in cui è stata creata. Se il telefono ha un profilo di lavoro e uno personale, crei la passkey in Authenticator nel profilo in cui la userà, oppure una volta in ciascun profilo.

ts-samsung-pass-picker-title = Samsung Pass propone di salvare la passkey, oppure l'ha già salvata
ts-samsung-pass-picker-body =
    I telefoni Galaxy spesso propongono prima Samsung Pass. Se segue la guida per Microsoft Authenticator, non salvi lì la passkey: usi l'opzione della finestra di Samsung Pass per scegliere un altro servizio e selezioni Authenticator. Se l'opzione non c'è, annulli, attivi Authenticator in Impostazioni › Sicurezza e privacy › Altre impostazioni di sicurezza › Password, passkey e compilazione automatica e riprovi.

    Se la passkey è già salvata in Samsung Pass, cosa fare dipende dalla Sua organizzazione. Se consente le passkey sincronizzate (in quel caso questa guida propone per il Suo telefono anche Samsung Pass o il Gestore delle password di Google), va bene così: la tenga e la usi per accedere. Solo se la Sua organizzazione accetta esclusivamente passkey legate al dispositivo, come Authenticator o una chiave di sicurezza, la elimini da Samsung Pass, la rimuova da Informazioni di sicurezza se è nell'elenco e ricominci, scegliendo Authenticator.

ts-windows-hello-already-registered-title = Windows dice che la passkey è già registrata
ts-windows-hello-already-registered-body = Se questo account aziendale usa già Windows Hello for Business per accedere a questo PC, Windows non può aggiungere una seconda passkey e segnala che è già registrata. Usi invece la guida per il telefono o per la chiave di sicurezza, oppure chieda all'helpdesk.

ts-unsupported-browser-title = Il mio browser non riesce a creare la passkey
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox non può creare passkey aziendali su Android e, su Linux, non può usare una passkey in Authenticator. Usi invece Chrome o Edge.
        [opera] Opera non è nell'elenco dei browser supportati da Microsoft per le passkey aziendali. Usi invece Chrome, Edge o Safari.
        [samsung-internet] Samsung Internet non è nell'elenco dei browser supportati da Microsoft per le passkey aziendali. Usi invece Chrome o Edge.
       *[other] Usi un browser supportato: Edge, Chrome o Firefox su Windows e Linux; Safari, Chrome, Edge o Firefox su Mac e iPhone; Chrome o Edge su Android.
    }

ts-in-app-browser-title = La guida si è aperta dentro la mia app di posta o di chat
ts-in-app-browser-body = I link aperti da un'app di posta o di chat spesso si caricano nel browser integrato di quell'app, dove le passkey non funzionano in modo affidabile: Microsoft consiglia di accedere dal browser del dispositivo. Dal menu dell'app apra il link in Safari, Chrome o Edge, poi ricominci.

ts-network-cross-device-title = Il telefono non riesce a connettersi al computer (rete o Bluetooth bloccati)
ts-network-cross-device-body =
    Quando il telefono crea o usa una passkey per un computer (inquadrando un codice QR), i due dispositivi si collegano tramite Bluetooth e tramite Internet. Attivi il Bluetooth su entrambi, li tenga vicini e verifichi che entrambi siano connessi a Internet.

    Reti aziendali, VPN, ad blocker e software di sicurezza possono bloccare questa connessione. Questi indirizzi devono essere raggiungibili senza proxy né ispezione del traffico: cable.ua5v.com (Android) e cable.auth.com, app-site-association.cdn-apple.com e app-site-association.networking.apple (iPhone e iPad). Riprovi con la VPN o l'ad blocker disattivati, oppure su un'altra rete; su un dispositivo aziendale chieda all'helpdesk di controllare questi indirizzi.

    Alcune organizzazioni disattivano il Bluetooth sui computer aziendali. L'IT può consentire il Bluetooth solo per le passkey, ad esempio con Intune. Le macchine virtuali e i desktop remoti di solito non hanno alcun Bluetooth: in questi casi crei la passkey direttamente sul telefono, oppure usi una chiave di sicurezza.

ts-security-key-not-allowed-title = Dice che questa chiave di sicurezza non è consentita
ts-security-key-not-allowed-body = La Sua organizzazione può limitare i modelli di chiave di sicurezza che accetta. Se Le viene detto che questa chiave di sicurezza non è consentita, o se la registrazione non riesce subito dopo che ha toccato la chiave, il modello della Sua chiave non è in quell'elenco. Chieda all'helpdesk quali chiavi sono accettate e ne usi una; l'helpdesk può anche chiedere all'IT di aggiungere il Suo modello.

ts-private-window-title = La passkey non viene salvata in una finestra privata o in incognito
ts-private-window-body =
    Le finestre private (Navigazione privata in Safari, InPrivate in Edge, in incognito in Chrome, finestre private in Firefox) possono impedire al browser di creare o salvare una passkey, a seconda del browser e del dispositivo. Chiuda la finestra privata e registri la passkey in una finestra normale.

    L'accesso di prova alla fine può usare una finestra privata. Se lì la passkey non viene proposta, si disconnetta dal Suo account aziendale in una finestra normale e faccia la prova lì.

ts-authenticator-privacy-prompt-title = Authenticator resta fermo sulle schermate sulla privacy quando lo apro la prima volta
ts-authenticator-privacy-prompt-body =
    La prima volta che apre Microsoft Authenticator, l'app mostra alcune schermate sulla privacy, tra cui una domanda sulla condivisione di dati di utilizzo facoltativi. La condivisione è facoltativa: accetti o rifiuti e prosegua.

    Se un pulsante non fa nulla o l'app resta su quella schermata, aggiorni Authenticator dall'App Store o da Google Play, riavvii il telefono e riapra l'app. Se ancora non va avanti, chieda all'helpdesk.

ts-sign-in-profile-changed-title = La mia passkey funzionava, ma ora viene rifiutata
ts-sign-in-profile-changed-body =
    La Sua organizzazione decide quali tipi di passkey accettare e può cambiare questa scelta. Ad esempio, quando disattiva le passkey sincronizzate (salvate nel Portachiavi iCloud, nel Gestore delle password di Google o in Samsung Pass), Microsoft precisa che gli utenti “non possono accedere con una passkey sincronizzata anche se ne hanno già registrata una”. Lo stesso può succedere quando cambia le app o i modelli di chiave di sicurezza che accetta.

    Chieda all'helpdesk quale tipo di passkey è accettato ora e registri di nuovo una passkey di quel tipo con questa guida. Poi elimini la vecchia passkey dal dispositivo, così che non venga più proposta.

ts-guest-account-title = Sono ospite in questa organizzazione e non posso aggiungere una passkey
ts-guest-account-body = Se accede a questa organizzazione come ospite, con un account di un'altra organizzazione o con un account personale, non può aggiungere una passkey per questo accesso: Microsoft precisa che “il supporto delle passkey per gli utenti guest non è attualmente disponibile”. Contatti l'helpdesk dell'organizzazione da cui ha ricevuto l'invito: potrà dirLe come accedere in alternativa.

ts-sign-in-failed-title = L'accesso di prova non ha proposto o non ha accettato la mia passkey
# Unconfirmed label: "Face, fingerprint, PIN or security key", "Other ways to sign in"
ts-sign-in-failed-body =
    Nella pagina di accesso Microsoft scelga “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”. Se ha digitato prima l'indirizzo email, scelga “Altri modi per accedere” e poi “Volto, impronta digitale, PIN o chiave di sicurezza”. Si assicuri di scegliere l'account aziendale a cui ha aggiunto la passkey.

    Controlli in Informazioni di sicurezza che la passkey sia nell'elenco. Se c'è, attenda un minuto e riprovi; se non c'è, la registri di nuovo.

    Se ancora non funziona, consulti le altre cause elencate qui o chieda all'helpdesk.

ts-sign-in-too-many-passkeys-title = L'accesso su iPhone, iPad o Mac non riesce dopo che ho inserito l'indirizzo email
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ts-sign-in-too-many-passkeys-body = Microsoft segnala che nei browser su iPhone, iPad e Mac l'accesso con una chiave di sicurezza potrebbe non funzionare correttamente quando al Suo account sono registrate tre o più passkey. Ricominci l'accesso senza digitare l'indirizzo email: scelga “Opzioni di accesso”, poi “Volto, impronta digitale, PIN o chiave di sicurezza”.

ts-sign-in-native-app-broker-title = La passkey funziona nel browser ma non in Outlook o Teams
ts-sign-in-native-app-broker-body =
    Le app Microsoft come Outlook e Teams accedono con una passkey tramite un'app di supporto (un broker) sul dispositivo.

    { $platform ->
        [iphone] Su iPhone l'app di supporto è Microsoft Authenticator: la installi e aggiunga il Suo account aziendale.
        [ipad] Su iPad l'app di supporto è Microsoft Authenticator: la installi e aggiunga il Suo account aziendale.
        [macos] Su Mac l'app di supporto è Portale aziendale, con il plug-in Single Sign-On della Sua organizzazione (macOS 14 o versioni successive). Sui Mac aziendali lo configura la Sua organizzazione.
        [android] Su Android l'app di supporto è Microsoft Authenticator, Portale aziendale o Collegamento a Windows. Una passkey in Authenticator funziona nelle app a partire da Android 14.
        [samsung] Su Android l'app di supporto è Microsoft Authenticator, Portale aziendale o Collegamento a Windows. Una passkey in Authenticator funziona nelle app a partire da Android 14.
        [windows] Su Windows una passkey in Microsoft Authenticator funziona nelle app a partire da Windows 11 versione 22H2; una chiave di sicurezza a partire da Windows 10 versione 1903.
       *[other] L'app di supporto è Microsoft Authenticator su iPhone e iPad, Portale aziendale con il plug-in Single Sign-On della Sua organizzazione su Mac (macOS 14 o versioni successive) e Authenticator, Portale aziendale o Collegamento a Windows su Android (Android 14 o versioni successive per una passkey in Authenticator).
    }

    Installi l'app di supporto e aggiorni l'app a cui sta accedendo. Nel frattempo usi l'app nel browser (ad esempio Outlook sul web). L'helpdesk sa quale app di supporto usa la Sua organizzazione.

ts-microsoft-passkey-prompt-title = Microsoft mi chiede di aggiungere una passkey quando accedo
# Unconfirmed label: "Skip for now"
ts-microsoft-passkey-prompt-body =
    Da settembre 2026 Microsoft può chiederLe di configurare una passkey subito dopo l'accesso al Suo account aziendale. È la campagna di registrazione di Microsoft stessa, attiva a meno che la Sua organizzazione non l'abbia disattivata, e crea lo stesso tipo di passkey di questa guida.

    Può seguirla: selezioni Avanti e, quando il dispositivo chiede dove salvare la passkey, scelga lo stesso posto usato da questa guida; da lì valgono ancora i passaggi della guida. Dia un nome alla passkey, poi selezioni Avanti e Fine. Se preferisce completare prima questa guida, selezioni “Ignora per ora”.

ts-security-key-pin-title = La chiave di sicurezza chiede un PIN che non ho mai impostato
ts-security-key-pin-body = I browser di iPhone, iPad e Mac non possono impostare un PIN su una chiave di sicurezza nuova. Imposti il PIN su un PC Windows (Impostazioni › Account › Opzioni di accesso › Chiave di sicurezza) o con l'app del produttore della chiave, poi registri di nuovo la chiave.

ts-synced-not-allowed-title = Il salvataggio della passkey nel mio gestore di password non riesce
ts-synced-not-allowed-body = La Sua organizzazione potrebbe accettare solo passkey che restano su un unico dispositivo, ad esempio in Microsoft Authenticator o su una chiave di sicurezza, e non passkey salvate nel Portachiavi iCloud, nel Gestore delle password di Google o in Samsung Pass. Se in Informazioni di sicurezza manca Passkey o il salvataggio non riesce, usi invece la guida per Authenticator.

ts-icloud-keychain-off-title = Il mio iPhone o Mac non propone di salvare la passkey nel Portachiavi iCloud
ts-icloud-keychain-off-body = Le passkey nell'app Password di Apple richiedono il Portachiavi iCloud e l'autenticazione a due fattori per l'Account Apple. Attivi la sincronizzazione delle password nelle impostazioni di iCloud, poi riprovi.

ts-authenticator-option-missing-title = Informazioni di sicurezza non propone “Passkey in Microsoft Authenticator”
ts-authenticator-option-missing-body =
    Informazioni di sicurezza propone “Passkey in Microsoft Authenticator” solo quando le impostazioni delle passkey della Sua organizzazione indicano Microsoft Authenticator. Di solito può comunque mettere una passkey in Authenticator anche senza questa opzione.

    La crei nell'app Authenticator: tocchi il Suo account aziendale e poi “Crea una passkey”, oppure aggiunga l'account con “Aggiungi account” o il pulsante +, poi “Account aziendale o dell'istituto di istruzione”. Oppure, in Informazioni di sicurezza, scelga Passkey e, quando Le viene chiesto dove salvare la passkey, scelga Authenticator. Se nessuno dei due modi funziona, chieda all'helpdesk di consentire Microsoft Authenticator per le passkey.

ts-authenticator-app-version-title = La mia app Authenticator potrebbe essere troppo vecchia
ts-authenticator-app-version-body =
    { $platform ->
        [iphone] Aggiorni Microsoft Authenticator dall'App Store. Se le impostazioni delle passkey della Sua organizzazione includono Authenticator, Microsoft richiede la versione 6.8.37 o successiva su iPhone e iPad.
        [ipad] Aggiorni Microsoft Authenticator dall'App Store. Se le impostazioni delle passkey della Sua organizzazione includono Authenticator, Microsoft richiede la versione 6.8.37 o successiva su iPhone e iPad.
        [android] Aggiorni Microsoft Authenticator da Google Play. Se le impostazioni delle passkey della Sua organizzazione includono Authenticator, Microsoft richiede la versione 6.2507.4749 o successiva su Android.
        [samsung] Aggiorni Microsoft Authenticator da Google Play. Se le impostazioni delle passkey della Sua organizzazione includono Authenticator, Microsoft richiede la versione 6.2507.4749 o successiva su Android.
       *[other] Aggiorni Microsoft Authenticator sul telefono dall'App Store o da Google Play. Se le impostazioni delle passkey della Sua organizzazione includono Authenticator, Microsoft richiede la versione 6.8.37 o successiva su iPhone e iPad e la 6.2507.4749 o successiva su Android.
    } Poi apra l'app e riprovi.
