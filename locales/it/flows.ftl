## Flow content: titles, summaries and steps of each registration flow, and the
## troubleshooting entries. Variables: $os_major (a number, or "unknown") and
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown).

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
flow-iphone-authenticator-install-app-body = Installi Microsoft Authenticator dall'App Store oppure lo aggiorni, se è già installato. Lo apra una volta e scorra le schermate di benvenuto e sulla privacy.

flow-iphone-authenticator-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-iphone-authenticator-open-security-info-body = Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e segua le istruzioni. Quando la pagina Le chiede di completare la procedura nell'app Authenticator, la lasci aperta e passi ad Authenticator.

flow-iphone-authenticator-create-in-app-title = Creare la passkey in Authenticator
flow-iphone-authenticator-create-in-app-body = In Authenticator tocchi “Aggiungi account aziendale o dell'istituto di istruzione” se è il Suo primo account. Se il Suo account aziendale è già nell'elenco, lo tocchi e poi tocchi “Crea una passkey”. Acceda e completi la verifica aggiuntiva quando richiesto.

flow-iphone-authenticator-enable-provider-title = Consentire ad Authenticator di salvare le passkey
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Quando Authenticator lo chiede, tocchi Impostazioni. Vada in Impostazioni › Password › Opzioni password, attivi “Riempimento automatico password e passkey” e selezioni Authenticator in “Usa password e passkey da”. Torni ad Authenticator e tocchi Fine.
        [unknown] Quando Authenticator lo chiede, tocchi Impostazioni. Con iOS 18 o versioni successive vada in Impostazioni › Generali › Riempimento automatico e password; con iOS 17 vada in Impostazioni › Password › Opzioni password. Attivi “Riempimento automatico password e passkey” e selezioni Authenticator, poi torni ad Authenticator e tocchi Fine.
       *[other] Quando Authenticator lo chiede, tocchi Impostazioni. Vada in Impostazioni › Generali › Riempimento automatico e password, attivi “Riempimento automatico password e passkey” e selezioni Authenticator in “Riempimento automatico da”. Torni ad Authenticator e tocchi Fine.
    }

flow-iphone-authenticator-check-it-worked-title = Verificare che abbia funzionato
flow-iphone-authenticator-check-it-worked-body = Torni al browser con Informazioni di sicurezza e tocchi Avanti, poi Fine quando la passkey è confermata. Ora “Passkey in Microsoft Authenticator” compare nell'elenco dei Suoi metodi di accesso.

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
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Apra Impostazioni › il Suo nome › iCloud › Password e portachiavi e verifichi che la sincronizzazione per questo iPhone sia attiva.
        [17] Apra Impostazioni › il Suo nome › iCloud › Password e portachiavi e verifichi che la sincronizzazione per questo iPhone sia attiva.
        [unknown] Apra Impostazioni › il Suo nome › iCloud › Password (su iOS 16 e 17 si chiama Password e portachiavi) e verifichi che la sincronizzazione per questo iPhone sia attiva.
       *[other] Apra Impostazioni › il Suo nome › iCloud › Password e verifichi che la sincronizzazione per questo iPhone sia attiva.
    }

flow-iphone-icloud-keychain-check-autofill-title = Consentire all'app Password di salvare le passkey
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Apra Impostazioni › Password › Opzioni password. Attivi “Riempimento automatico password” e verifichi che sia selezionato Portachiavi iCloud.
        [17] Apra Impostazioni › Password › Opzioni password. Attivi “Riempimento automatico password e passkey” e verifichi che sia selezionato “Password e portachiavi iCloud”.
        [unknown] Con iOS 18 o versioni successive apra Impostazioni › Generali › Riempimento automatico e password; con iOS 16 o 17 apra Impostazioni › Password › Opzioni password. Attivi il riempimento automatico e verifichi che sia selezionato Password (Portachiavi iCloud).
       *[other] Apra Impostazioni › Generali › Riempimento automatico e password. Attivi “Riempimento automatico password e passkey” e verifichi che in “Riempimento automatico da” sia selezionato Password.
    }

flow-iphone-icloud-keychain-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-iphone-icloud-keychain-open-security-info-body = Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga Passkey e tocchi Avanti. Se Passkey non è nell'elenco, forse la Sua organizzazione non consente questo tipo di passkey: chieda all'helpdesk.

flow-iphone-icloud-keychain-save-passkey-title = Salvare la passkey
flow-iphone-icloud-keychain-save-passkey-body = Quando l'iPhone propone di salvare una passkey, verifichi che venga salvata in Password (Portachiavi iCloud) e tocchi Continua. Confermi con Face ID, Touch ID o il codice.

flow-iphone-icloud-keychain-check-it-worked-title = Verificare che abbia funzionato
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Dia alla passkey un nome facile da riconoscere, tocchi Avanti e poi Fine. Ora la passkey compare in Informazioni di sicurezza e, sull'iPhone, in Impostazioni › Password.
        [17] Dia alla passkey un nome facile da riconoscere, tocchi Avanti e poi Fine. Ora la passkey compare in Informazioni di sicurezza e, sull'iPhone, in Impostazioni › Password.
       *[other] Dia alla passkey un nome facile da riconoscere, tocchi Avanti e poi Fine. Ora la passkey compare in Informazioni di sicurezza e nell'app Password dell'iPhone.
    }

## Samsung Galaxy with Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: passkey in Microsoft Authenticator
flow-samsung-summary = Crei una passkey per il Suo account aziendale in Microsoft Authenticator sul Suo telefono Galaxy. Spesso Samsung Pass propone prima di salvarla al suo posto: questa guida spiega come fare in modo che finisca in Authenticator.

flow-samsung-before-you-start-title = Prima di iniziare
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul telefono ci sia Android 14 o versioni successive (Impostazioni › Info sul telefono › Informazioni sul software).
       *[other] Il Suo telefono ha Android { $os_major }; serve Android 14 o versioni successive.
    } Se non ha un blocco schermo, ne imposti uno (PIN, sequenza o impronta digitale). Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-samsung-install-app-title = Installare Microsoft Authenticator
flow-samsung-install-app-body = Installi Microsoft Authenticator da Google Play oppure lo aggiorni, se è già installato. Lo apra una volta e scorra le schermate di benvenuto e sulla privacy.

flow-samsung-set-provider-title = Attivare Authenticator al posto di Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Apra Impostazioni › Gestione generale › Password, passkey e compilazione automatica. Attivi Authenticator nell'elenco dei provider aggiuntivi. Può anche sceglierlo come servizio preferito al posto di Samsung Pass.
        [unknown] Apra Impostazioni e cerchi “passkey” per trovare Password, passkey e compilazione automatica (in Sicurezza e privacy › Altre impostazioni di sicurezza oppure, sui telefoni meno recenti, in Gestione generale). Attivi Authenticator. Può anche sceglierlo come servizio preferito al posto di Samsung Pass.
       *[other] Apra Impostazioni › Sicurezza e privacy › Altre impostazioni di sicurezza › Password, passkey e compilazione automatica. Attivi Authenticator nell'elenco dei provider aggiuntivi. Può anche sceglierlo come servizio preferito al posto di Samsung Pass.
    }

flow-samsung-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-samsung-open-security-info-body =
    { $browser ->
        [firefox] Apra prima questa guida in Chrome o Edge: Firefox su Android non può creare passkey per gli account aziendali. Poi tocchi “Apri Informazioni di sicurezza”, acceda, tocchi “+ Aggiungi metodo di accesso” e scelga “Passkey in Microsoft Authenticator”.
       *[other] Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e segua le istruzioni. Quando la pagina Le chiede di completare la procedura nell'app Authenticator, la lasci aperta e passi ad Authenticator.
    }

flow-samsung-create-in-app-title = Creare la passkey in Authenticator
flow-samsung-create-in-app-body = In Authenticator tocchi “Aggiungi account aziendale o dell'istituto di istruzione” se è il Suo primo account. Se il Suo account aziendale è già nell'elenco, lo tocchi e poi tocchi “Crea una passkey”. Acceda, completi la verifica aggiuntiva e, se l'app lo chiede, imposti un blocco schermo.

flow-samsung-pick-authenticator-title = Se Samsung Pass propone di salvarla
flow-samsung-pick-authenticator-body = Se una finestra di Samsung Pass propone di salvare la passkey, non accetti. Usi l'opzione della finestra per scegliere un altro servizio e selezioni Authenticator. Se l'opzione non c'è, annulli e ripeta il passaggio precedente nelle Impostazioni, così che Authenticator sia attivo. Poi riprovi.

flow-samsung-check-it-worked-title = Verificare che abbia funzionato
flow-samsung-check-it-worked-body = In Authenticator tocchi Fine: ora il Suo account mostra Passkey come metodo di accesso. Nel browser con Informazioni di sicurezza tocchi Avanti e poi Fine. Ora “Passkey in Microsoft Authenticator” compare nell'elenco dei Suoi metodi di accesso.

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
flow-android-authenticator-install-app-body = Installi Microsoft Authenticator da Google Play oppure lo aggiorni, se è già installato. Se il telefono ha un profilo di lavoro, installi e usi l'app nel profilo in cui vuole usare la passkey.

flow-android-authenticator-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-android-authenticator-open-security-info-body =
    { $browser ->
        [firefox] Apra prima questa guida in Chrome o Edge: Firefox su Android non può creare passkey per gli account aziendali. Poi tocchi “Apri Informazioni di sicurezza”, acceda, tocchi “+ Aggiungi metodo di accesso” e scelga “Passkey in Microsoft Authenticator”.
       *[other] Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e segua le istruzioni. Quando la pagina Le chiede di completare la procedura nell'app Authenticator, la lasci aperta e passi ad Authenticator.
    }

flow-android-authenticator-create-in-app-title = Creare la passkey in Authenticator
flow-android-authenticator-create-in-app-body = In Authenticator tocchi “Aggiungi account aziendale o dell'istituto di istruzione” se è il Suo primo account. Se il Suo account aziendale è già nell'elenco, lo tocchi e poi tocchi “Crea una passkey”. Acceda, completi la verifica aggiuntiva e, se l'app lo chiede, imposti un blocco schermo.

flow-android-authenticator-enable-provider-title = Consentire ad Authenticator di salvare le passkey
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Quando Authenticator lo chiede, tocchi Impostazioni. Apra Password e account e attivi Authenticator in Provider aggiuntivi. Se non riesce ad attivarlo, aggiorni il telefono ad Android 15. Torni ad Authenticator e tocchi Fine.
        [unknown] Quando Authenticator lo chiede, tocchi Impostazioni. Apra Password, passkey e account (su Android 14: Password e account) e attivi Authenticator in Provider aggiuntivi. Torni ad Authenticator e tocchi Fine.
       *[other] Quando Authenticator lo chiede, tocchi Impostazioni. Apra Password, passkey e account e attivi Authenticator in Provider aggiuntivi. I nomi possono cambiare in base al produttore del telefono: cerchi “passkey” nelle Impostazioni. Torni ad Authenticator e tocchi Fine.
    }

flow-android-authenticator-check-it-worked-title = Verificare che abbia funzionato
flow-android-authenticator-check-it-worked-body = Torni al browser con Informazioni di sicurezza e tocchi Avanti, poi Fine quando la passkey è confermata. Ora “Passkey in Microsoft Authenticator” compare nell'elenco dei Suoi metodi di accesso.

## Android phone with Google Password Manager (synced passkey)

flow-android-google-password-manager-title = Android: passkey nel Gestore delle password di Google
flow-android-google-password-manager-summary = Salvi una passkey per il Suo account aziendale nel Gestore delle password di Google. La passkey viene sincronizzata sugli altri dispositivi collegati allo stesso Account Google. Funziona solo se la Sua organizzazione consente le passkey sincronizzate, e non sui telefoni Samsung.

flow-android-google-password-manager-before-you-start-title = Prima di iniziare
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul telefono ci sia Android 9 o versioni successive e che non sia un telefono Samsung (per i telefoni Samsung c'è una guida apposita).
       *[other] Il Suo telefono ha Android { $os_major }; serve Android 9 o versioni successive. Questa guida non è per i telefoni Samsung, che hanno una guida apposita.
    } Servono un blocco schermo e un Account Google collegato al telefono. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-android-google-password-manager-check-provider-title = Controllare dove vengono salvate le passkey
flow-android-google-password-manager-check-provider-body =
    { $os_major ->
        [14] Apra Impostazioni › Password e account e verifichi che Google sia impostato come servizio preferito per password e passkey.
        [unknown] Su Android 14 o versioni successive apra Impostazioni › Password, passkey e account (su Android 14: Password e account) e verifichi che Google sia il servizio preferito. Sulle versioni precedenti non deve cambiare nulla.
       *[other] Su Android 15 o versioni successive apra Impostazioni › Password, passkey e account e verifichi che Google sia il servizio preferito. Su Android 13 o versioni precedenti non deve cambiare nulla.
    }

flow-android-google-password-manager-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga Passkey, poi tocchi Avanti e Continua.
        [firefox] Apra prima questa guida in Chrome: Firefox su Android non può creare passkey per gli account aziendali. Poi tocchi “Apri Informazioni di sicurezza”, acceda, tocchi “+ Aggiungi metodo di accesso” e scelga Passkey.
       *[other] Se può, apra questa guida in Chrome. Tocchi “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Tocchi “+ Aggiungi metodo di accesso”, scelga Passkey, poi tocchi Avanti e Continua.
    }

flow-android-google-password-manager-save-passkey-title = Salvare la passkey
flow-android-google-password-manager-save-passkey-body = Quando il telefono chiede di creare una passkey, verifichi che siano indicati il Gestore delle password di Google e il Suo Account Google. Tocchi Continua e sblocchi con l'impronta, il volto o il blocco schermo.

flow-android-google-password-manager-check-it-worked-title = Verificare che abbia funzionato
flow-android-google-password-manager-check-it-worked-body = Dia alla passkey un nome facile da riconoscere, tocchi Avanti e poi Fine. Ora la passkey compare in Informazioni di sicurezza e nel Gestore delle password di Google sul telefono.

## Windows PC with Windows Hello

flow-windows-hello-title = Windows: passkey in Windows Hello
flow-windows-hello-summary = Salvi una passkey per il Suo account aziendale su questo PC. La sblocca con PIN, volto o impronta digitale di Windows Hello. Resta su questo PC e non viene sincronizzata.

flow-windows-hello-before-you-start-title = Prima di iniziare
flow-windows-hello-before-you-start-body = Servono Windows 10 o 11 ed Edge, Chrome o Firefox. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo. Se è un PC aziendale su cui accede già a Windows con Windows Hello per questo account aziendale, questa opzione potrebbe non essere disponibile: chieda all'helpdesk quale guida seguire.

flow-windows-hello-set-up-windows-hello-title = Configurare Windows Hello
flow-windows-hello-set-up-windows-hello-body = Se non usa ancora PIN, volto o impronta digitale per sbloccare questo PC, apra Impostazioni › Account › Opzioni di accesso e configuri prima PIN (Windows Hello).

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

## Mac with iCloud Keychain (synced passkey)

flow-macos-title = Mac: passkey nel Portachiavi iCloud
flow-macos-summary = Salvi sul Mac una passkey per il Suo account aziendale nell'app Password di Apple (Portachiavi iCloud). La passkey viene sincronizzata sugli altri Suoi dispositivi Apple. Funziona solo se la Sua organizzazione consente le passkey sincronizzate.

flow-macos-before-you-start-title = Prima di iniziare
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Verifichi che sul Mac ci sia macOS 13 Ventura o versioni successive (menu Apple › Informazioni su questo Mac).
       *[other] Il Suo Mac ha macOS { $os_major }; serve macOS 13 Ventura o versioni successive.
    } Deve aver effettuato l'accesso con il Suo Account Apple, con l'autenticazione a due fattori attiva. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-macos-turn-on-icloud-keychain-title = Attivare il Portachiavi iCloud
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Apra Impostazioni di Sistema › il Suo nome › iCloud › Password e portachiavi e verifichi che la sincronizzazione per questo Mac sia attiva.
        [14] Apra Impostazioni di Sistema › il Suo nome › iCloud › Password e portachiavi e verifichi che la sincronizzazione per questo Mac sia attiva.
        [unknown] Apra Impostazioni di Sistema › il Suo nome › iCloud › Password (su macOS 13 e 14 si chiama Password e portachiavi) e verifichi che la sincronizzazione per questo Mac sia attiva.
       *[other] Apra Impostazioni di Sistema › il Suo nome › iCloud › Password e verifichi che la sincronizzazione per questo Mac sia attiva.
    }

flow-macos-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-macos-open-security-info-body = Faccia clic su “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Faccia clic su “+ Aggiungi metodo di accesso”, scelga Passkey e faccia clic su Avanti. Se Passkey non è nell'elenco, forse la Sua organizzazione non consente questo tipo di passkey: chieda all'helpdesk.

flow-macos-save-passkey-title = Salvare la passkey
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari chiede se salvare una passkey. Faccia clic su Continua e confermi con Touch ID o con la password del Mac: la passkey viene salvata nel Portachiavi iCloud.
        [chrome] Chrome mostra una propria finestra per le passkey: scelga Portachiavi iCloud, non il Gestore delle password di Google né un telefono. Se richiesto, consenta a login.microsoft.com di usare la passkey, poi confermi con Touch ID o con la password del Mac.
        [edge] Edge mostra una propria finestra per le passkey: scelga Portachiavi iCloud, se è tra le opzioni. Se richiesto, consenta a login.microsoft.com di usare la passkey, poi confermi con Touch ID o con la password del Mac.
       *[other] Segua la finestra delle passkey del browser e scelga Portachiavi iCloud. Se il browser non lo propone, apra invece questa guida in Safari.
    }

flow-macos-check-it-worked-title = Verificare che abbia funzionato
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Dia alla passkey un nome facile da riconoscere, faccia clic su Avanti e poi su Fine. Ora la passkey compare in Informazioni di sicurezza e, sul Mac, in Impostazioni di Sistema › Password.
        [14] Dia alla passkey un nome facile da riconoscere, faccia clic su Avanti e poi su Fine. Ora la passkey compare in Informazioni di sicurezza e, sul Mac, in Impostazioni di Sistema › Password.
       *[other] Dia alla passkey un nome facile da riconoscere, faccia clic su Avanti e poi su Fine. Ora la passkey compare in Informazioni di sicurezza e nell'app Password del Mac.
    }

## Security key (USB or NFC)

flow-security-key-title = Chiave di sicurezza (USB o NFC)
flow-security-key-summary = Salvi una passkey per il Suo account aziendale su una chiave di sicurezza fisica, da inserire nel dispositivo o da avvicinare. La passkey resta sulla chiave e funziona su qualsiasi computer con cui la usa.

flow-security-key-before-you-start-title = Prima di iniziare
flow-security-key-before-you-start-body = Serve una chiave di sicurezza FIDO2 accettata dalla Sua organizzazione; in caso di dubbi, chieda all'helpdesk. Sul computer usi Edge, Chrome o Firefox (su Linux, Chrome). Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-security-key-set-pin-title = Verificare che la chiave abbia un PIN
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari su iPhone, iPad o Mac non può impostare un PIN su una chiave nuova. Se la chiave non ha ancora un PIN, lo imposti prima su un PC Windows (Impostazioni › Account › Opzioni di accesso › Chiave di sicurezza › Gestisci) o con l'app del produttore della chiave.
       *[other] La chiave deve avere un PIN. Su Windows può impostarlo in Impostazioni › Account › Opzioni di accesso › Chiave di sicurezza › Gestisci, oppure sarà il browser a chiederLe di crearne uno. Su iPhone, iPad o Mac imposti prima il PIN su un PC Windows o con l'app del produttore della chiave.
    }

flow-security-key-open-security-info-title = Iniziare da Informazioni di sicurezza
flow-security-key-open-security-info-body = Selezioni “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale, completando la verifica aggiuntiva. Selezioni “+ Aggiungi metodo di accesso”, scelga Passkey e selezioni Avanti.

flow-security-key-use-key-title = Salvare la passkey sulla chiave
flow-security-key-use-key-body = Quando Le viene chiesto dove salvare la passkey, scelga Chiave di sicurezza. Se non vede questa opzione, la cerchi in “Altre opzioni” o “Usa un altro dispositivo”. Inserisca la chiave o la avvicini al dispositivo, digiti il PIN e tocchi la chiave quando lampeggia.

flow-security-key-check-it-worked-title = Verificare che abbia funzionato
flow-security-key-check-it-worked-body = Dia alla passkey un nome facile da riconoscere, ad esempio il modello della chiave, e selezioni Fine. Ora compare nell'elenco dei Suoi metodi di accesso in Informazioni di sicurezza.

## Phone passkey, started on a computer

flow-phone-from-desktop-title = Computer: passkey sul telefono
flow-phone-from-desktop-summary = Inizi su questo computer e crei la passkey in Microsoft Authenticator sul Suo iPhone o telefono Android. Poi, per accedere, basterà confermare sul telefono.

flow-phone-from-desktop-before-you-start-title = Prima di iniziare
flow-phone-from-desktop-before-you-start-body = Serve un iPhone con iOS 17 o versioni successive, oppure un telefono con Android 14 o versioni successive, con un blocco schermo. Attivi il Bluetooth sia sul computer sia sul telefono e verifichi che entrambi siano connessi a Internet. Tenga a portata di mano il metodo di accesso che usa ora o un Pass di accesso temporaneo.

flow-phone-from-desktop-open-security-info-title = Iniziare da Informazioni di sicurezza su questo computer
flow-phone-from-desktop-open-security-info-body = Faccia clic su “Apri Informazioni di sicurezza” e acceda con il Suo account aziendale. Faccia clic su “+ Aggiungi metodo di accesso”, scelga “Passkey in Microsoft Authenticator” e, se richiesto, completi la verifica aggiuntiva.

flow-phone-from-desktop-get-app-title = Installare Authenticator sul telefono
flow-phone-from-desktop-get-app-body = Se la pagina mostra un codice QR per scaricare Authenticator, lo inquadri con la fotocamera del telefono (su iPhone, con l'app Fotocamera) e installi l'app. Poi faccia clic su Avanti sul computer.

flow-phone-from-desktop-create-on-phone-title = Creare la passkey sul telefono
flow-phone-from-desktop-create-on-phone-body = Sul telefono apra Authenticator. Tocchi “Aggiungi account aziendale o dell'istituto di istruzione”, oppure tocchi il Suo account aziendale già presente e poi “Crea una passkey”. Acceda e, quando richiesto, consenta ad Authenticator di salvare le passkey nelle impostazioni del telefono. Poi tocchi Fine.

flow-phone-from-desktop-qr-fallback-title = Se non riesce ad accedere ad Authenticator
flow-phone-from-desktop-qr-fallback-body = Sul computer scelga l'opzione per chi ha problemi, poi quella per creare la passkey in un altro modo, e selezioni iPhone o iPad oppure Android. Inquadri il codice QR con la fotocamera del telefono (su iPhone, con l'app Fotocamera, non con lo scanner di Authenticator) e tenga il telefono vicino al computer finché non risulta connesso. Questo metodo non funziona se la Sua organizzazione richiede passkey approvate (attestate).

flow-phone-from-desktop-check-it-worked-title = Verificare che abbia funzionato
flow-phone-from-desktop-check-it-worked-body = Sul computer faccia clic su Avanti e poi su Fine quando la passkey è confermata. Ora “Passkey in Microsoft Authenticator” compare nell'elenco dei Suoi metodi di accesso in Informazioni di sicurezza.

## Troubleshooting

ts-not-enabled-by-policy-title = Manca l'opzione passkey
ts-not-enabled-by-policy-body = Se Informazioni di sicurezza non propone Passkey né “Passkey in Microsoft Authenticator”, la Sua organizzazione non ha ancora attivato le passkey per il Suo account, oppure non questo tipo di passkey. Chieda all'helpdesk di includere il Suo account nell'introduzione delle passkey.

ts-self-service-off-title = Non può aggiungere metodi in autonomia
ts-self-service-off-body = La Sua organizzazione può disattivare l'aggiunta di passkey in Informazioni di sicurezza. Se un messaggio indica che non può aggiungere questo metodo, chieda all'helpdesk di configurare la passkey insieme a Lei o di consentire la configurazione in autonomia.

ts-no-bootstrap-method-title = Nessun modo per confermare la Sua identità
ts-no-bootstrap-method-body = Per aggiungere una passkey deve prima accedere con un metodo di verifica che ha già, ad esempio un'approvazione in Authenticator o un codice via SMS. Se non ne ha o ha perso il telefono, chieda all'helpdesk un Pass di accesso temporaneo (Temporary Access Pass) e lo usi per accedere a Informazioni di sicurezza.

ts-mfa-too-old-title = Le viene chiesta una nuova verifica
ts-mfa-too-old-body = Per aggiungere una passkey serve una verifica recente, fatta negli ultimi minuti. Se Le viene chiesto di verificare di nuovo, lo faccia e poi aggiunga subito la passkey.

ts-os-too-old-title = Il dispositivo deve essere aggiornato
ts-os-too-old-body = Le passkey in Microsoft Authenticator richiedono iOS 17 o Android 14 o versioni successive. Le passkey nel Portachiavi iCloud richiedono iOS 16 o macOS 13 o versioni successive, il Gestore delle password di Google richiede Android 9 o versioni successive. Aggiorni il dispositivo dalle impostazioni, oppure usi un altro dispositivo o una chiave di sicurezza.

ts-android-no-secure-hardware-title = Funziona su un telefono Android ma non su un altro
ts-android-no-secure-hardware-body = Authenticator conserva le passkey nell'hardware di sicurezza protetto del telefono. Alcuni telefoni Android non hanno l'hardware necessario e la registrazione si interrompe senza un motivo chiaro. Provi con un altro telefono o chieda all'helpdesk una chiave di sicurezza.

ts-authenticator-not-provider-title = Authenticator non può salvare le passkey
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Su Android 14: Impostazioni › Password e account, poi attivi Authenticator in Provider aggiuntivi. Se non riesce ad attivarlo, aggiorni ad Android 15. Su iPhone: Impostazioni › Generali › Riempimento automatico e password (iOS 17: Impostazioni › Password › Opzioni password) e selezioni Authenticator.
        [17] Su iPhone con iOS 17: Impostazioni › Password › Opzioni password, attivi “Riempimento automatico password e passkey” e selezioni Authenticator. Su Android: Impostazioni › Password, passkey e account (oppure Password e account), poi attivi Authenticator in Provider aggiuntivi.
       *[other] Su iPhone con iOS 18 o versioni successive: Impostazioni › Generali › Riempimento automatico e password, attivi “Riempimento automatico password e passkey” e selezioni Authenticator (iOS 17: Impostazioni › Password › Opzioni password). Su Android: Impostazioni › Password, passkey e account (su Android 14: Password e account), poi attivi Authenticator in Provider aggiuntivi.
    }

ts-screen-lock-missing-title = Serve un blocco schermo
ts-screen-lock-missing-body = Le passkey si sbloccano con il blocco schermo del dispositivo. Nelle impostazioni del dispositivo imposti un PIN, una sequenza, una password, l'impronta digitale o lo sblocco con il volto, poi ricominci.

ts-ios-qr-camera-app-title = Su iPhone il codice QR non viene letto
ts-ios-qr-camera-app-body = Inquadri il codice QR della passkey con l'app Fotocamera dell'iPhone, non con lo scanner di Authenticator, che non legge questo tipo di codice. Su Android funziona anche lo scanner di Authenticator.

ts-cross-device-connecting-title = La procedura resta ferma su “Connessione in corso”
ts-cross-device-connecting-body = Attivi il Bluetooth sia sul computer sia sul telefono, li tenga vicini e verifichi che entrambi siano connessi a Internet. Le reti aziendali o le VPN possono bloccare la connessione. Se resta ancora ferma, provi a configurare la passkey direttamente sul telefono oppure usi una chiave di sicurezza.

ts-ca-bootstrap-loop-title = Rimbalzo continuo tra l'app e Informazioni di sicurezza
ts-ca-bootstrap-loop-body = Alcune regole di accesso aziendali chiedono una passkey prima ancora che possa creare la prima, e così si gira in tondo. Chieda all'helpdesk un Pass di accesso temporaneo o un'eccezione temporanea, poi riprovi.

ts-orphaned-passkey-title = “La passkey esiste già”
ts-orphaned-passkey-body = Una passkey di un tentativo precedente potrebbe essere ancora sul dispositivo, anche se per la Sua organizzazione non esiste più. La elimini dal dispositivo (in Authenticator: tocchi l'account, poi Impostazioni › Elimina passkey), rimuova eventuali voci vecchie in Informazioni di sicurezza e poi ripeta la registrazione.

ts-android-work-profile-title = Telefono con profilo di lavoro
ts-android-work-profile-body = Su Android una passkey funziona solo nel profilo in cui è stata creata. Se il telefono ha un profilo di lavoro e uno personale, crei la passkey in Authenticator nel profilo in cui la userà, oppure una volta in ciascun profilo.

ts-samsung-pass-picker-title = L'ha salvata Samsung Pass
ts-samsung-pass-picker-body = I telefoni Galaxy spesso propongono prima Samsung Pass. Se la passkey è finita lì, la elimini da Samsung Pass, attivi Authenticator nelle Impostazioni in Password, passkey e compilazione automatica e ricominci. Quando Le viene chiesto dove salvarla, scelga Authenticator.

ts-windows-hello-already-registered-title = “Già registrata” su Windows
ts-windows-hello-already-registered-body = Se questo account aziendale usa già Windows Hello for Business per accedere a questo PC, Windows non può aggiungere una seconda passkey e segnala che è già registrata. Usi invece la guida per il telefono o per la chiave di sicurezza, oppure chieda all'helpdesk.

ts-unsupported-browser-title = Browser non supportato
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox non può creare passkey aziendali su Android e, su Linux, non può usare una passkey in Authenticator. Usi invece Chrome o Edge.
        [opera] Opera non è nell'elenco dei browser supportati da Microsoft per le passkey aziendali. Usi invece Chrome, Edge o Safari.
        [samsung-internet] Samsung Internet non è nell'elenco dei browser supportati da Microsoft per le passkey aziendali. Usi invece Chrome o Edge.
       *[other] Usi un browser supportato: Edge, Chrome o Firefox su Windows; Safari, Chrome, Edge o Firefox su Mac e iPhone; Chrome o Edge su Android.
    }

ts-in-app-browser-title = Link aperto dentro un'altra app
ts-in-app-browser-body = I link aperti da un'app di posta o di chat spesso si caricano nel browser integrato di quell'app, dove le passkey non funzionano in modo affidabile. Dal menu dell'app apra il link in Safari o Chrome, poi ricominci.

ts-security-key-pin-title = La chiave chiede un PIN che non ha mai impostato
ts-security-key-pin-body = I browser di iPhone, iPad e Mac non possono impostare un PIN su una chiave di sicurezza nuova. Imposti il PIN su un PC Windows (Impostazioni › Account › Opzioni di accesso › Chiave di sicurezza) o con l'app del produttore della chiave, poi registri di nuovo la chiave.

ts-synced-not-allowed-title = Questo tipo di passkey non è consentito
ts-synced-not-allowed-body = La Sua organizzazione potrebbe accettare solo passkey che restano su un unico dispositivo, ad esempio in Microsoft Authenticator o su una chiave di sicurezza. Se in Informazioni di sicurezza manca Passkey o il salvataggio non riesce, usi invece la guida per Authenticator.

ts-icloud-keychain-off-title = Il Portachiavi iCloud è disattivato
ts-icloud-keychain-off-body = Le passkey nell'app Password di Apple richiedono il Portachiavi iCloud e l'autenticazione a due fattori per l'Account Apple. Attivi la sincronizzazione delle password nelle impostazioni di iCloud, poi riprovi.
