## Inhoud van de gidsen: titels, samenvattingen en stappen van elke registratie, en de
## hulp bij problemen. Variabelen: $os_major (een getal, of "unknown") en
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown).

## iPhone of iPad met Microsoft Authenticator

flow-iphone-authenticator-title = iPhone of iPad: toegangssleutel in Microsoft Authenticator
flow-iphone-authenticator-summary = Maak in de app Microsoft Authenticator een toegangssleutel voor uw werkaccount. Die blijft op deze iPhone of iPad en werkt ook als uw organisatie alleen goedgekeurde authenticators accepteert.

flow-iphone-authenticator-before-you-start-title = Voordat u begint
flow-iphone-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw iPhone of iPad iOS 17 of nieuwer heeft (Instellingen › Algemeen › Info) en of er een toegangscode of Face ID is ingesteld.
       *[other] Controleer of er op uw iPhone of iPad een toegangscode of Face ID is ingesteld. Uw apparaat heeft iOS { $os_major }, en u hebt iOS 17 of nieuwer nodig.
    } Houd uw huidige aanmeldingsmethode bij de hand. Hebt u die niet, vraag de helpdesk dan om een tijdelijke toegangspas (Temporary Access Pass). Open deze gids in Safari of een andere browser, niet in uw mail-app.

flow-iphone-authenticator-install-app-title = Microsoft Authenticator installeren
flow-iphone-authenticator-install-app-body = Installeer Microsoft Authenticator via de App Store, of werk de app bij als u die al hebt. Open de app één keer en doorloop de welkomst- en privacyschermen.

flow-iphone-authenticator-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-iphone-authenticator-open-security-info-body = Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en volg de aanwijzingen. Staat er op de pagina dat u moet afronden in de Authenticator-app? Laat de pagina dan open en ga naar Authenticator.

flow-iphone-authenticator-create-in-app-title = Toegangssleutel maken in Authenticator
flow-iphone-authenticator-create-in-app-body = Tik in Authenticator op Werk- of schoolaccount toevoegen als dit uw eerste account is. Staat uw werkaccount er al? Tik erop en tik daarna op Toegangssleutel maken. Meld u aan en voer de extra verificatie uit als daarom wordt gevraagd.

flow-iphone-authenticator-enable-provider-title = Authenticator toegangssleutels laten opslaan
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Tik op Instellingen als Authenticator daarom vraagt. Ga naar Instellingen › Wachtwoorden › Wachtwoordopties, zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator onder “Gebruik wachtwoorden en toegangssleutels van”. Ga terug naar Authenticator en tik op Gereed.
        [unknown] Tik op Instellingen als Authenticator daarom vraagt. Ga op iOS 18 of nieuwer naar Instellingen › Algemeen › Automatisch invullen en wachtwoorden, op iOS 17 naar Instellingen › Wachtwoorden › Wachtwoordopties. Zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator. Ga daarna terug naar Authenticator en tik op Gereed.
       *[other] Tik op Instellingen als Authenticator daarom vraagt. Ga naar Instellingen › Algemeen › Automatisch invullen en wachtwoorden, zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator onder “Vul automatisch in vanuit”. Ga terug naar Authenticator en tik op Gereed.
    }

flow-iphone-authenticator-check-it-worked-title = Controleren of het gelukt is
flow-iphone-authenticator-check-it-worked-body = Ga terug naar de browser met Beveiligingsgegevens en tik op Volgende. Tik op Gereed zodra de toegangssleutel is bevestigd. Toegangssleutel in Microsoft Authenticator staat nu in uw lijst met aanmeldingsmethoden.

## iPhone of iPad met iCloud-sleutelhanger (gesynchroniseerde toegangssleutel)

flow-iphone-icloud-keychain-title = iPhone of iPad: toegangssleutel in iCloud-sleutelhanger
flow-iphone-icloud-keychain-summary = Sla een toegangssleutel voor uw werkaccount op in de app Wachtwoorden van Apple (iCloud-sleutelhanger). Die wordt gesynchroniseerd met uw andere Apple-apparaten. Dit werkt alleen als uw organisatie gesynchroniseerde toegangssleutels toestaat.

flow-iphone-icloud-keychain-before-you-start-title = Voordat u begint
flow-iphone-icloud-keychain-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw iPhone of iPad iOS 16 of nieuwer heeft (Instellingen › Algemeen › Info).
       *[other] Uw apparaat heeft iOS { $os_major }. U hebt iOS 16 of nieuwer nodig.
    } U hebt een toegangscode of Face ID nodig, en een Apple Account met twee-factor-authenticatie. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand, en open deze gids in Safari, niet in uw mail-app.

flow-iphone-icloud-keychain-turn-on-icloud-keychain-title = iCloud-sleutelhanger aanzetten
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Open Instellingen › uw naam › iCloud › Wachtwoorden en sleutelhanger en controleer of synchronisatie voor deze iPhone aanstaat.
        [17] Open Instellingen › uw naam › iCloud › Wachtwoorden en sleutelhanger en controleer of synchronisatie voor deze iPhone aanstaat.
        [unknown] Open Instellingen › uw naam › iCloud › Wachtwoorden (op iOS 16 en 17 heet dit Wachtwoorden en sleutelhanger) en controleer of synchronisatie voor deze iPhone aanstaat.
       *[other] Open Instellingen › uw naam › iCloud › Wachtwoorden en controleer of synchronisatie voor deze iPhone aanstaat.
    }

flow-iphone-icloud-keychain-check-autofill-title = Toegangssleutels laten opslaan in Wachtwoorden
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Open Instellingen › Wachtwoorden › Wachtwoordopties. Zet “Vul wachtwoorden automatisch in” aan en controleer of iCloud-sleutelhanger is geselecteerd.
        [17] Open Instellingen › Wachtwoorden › Wachtwoordopties. Zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en controleer of iCloud-wachtwoorden en -sleutelhanger is geselecteerd.
        [unknown] Open op iOS 18 of nieuwer Instellingen › Algemeen › Automatisch invullen en wachtwoorden, op iOS 16 of 17 Instellingen › Wachtwoorden › Wachtwoordopties. Zet automatisch invullen aan en controleer of Wachtwoorden (iCloud-sleutelhanger) is geselecteerd.
       *[other] Open Instellingen › Algemeen › Automatisch invullen en wachtwoorden. Zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en controleer of Wachtwoorden is geselecteerd onder “Vul automatisch in vanuit”.
    }

flow-iphone-icloud-keychain-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-iphone-icloud-keychain-open-security-info-body = Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en tik op Volgende. Staat Toegangssleutel niet in de lijst? Dan staat uw organisatie dit soort toegangssleutel misschien niet toe. Vraag het uw helpdesk.

flow-iphone-icloud-keychain-save-passkey-title = Toegangssleutel opslaan
flow-iphone-icloud-keychain-save-passkey-body = Biedt uw iPhone aan om een toegangssleutel op te slaan? Controleer dan of die wordt opgeslagen in Wachtwoorden (iCloud-sleutelhanger) en tik op Ga door. Bevestig met Face ID, Touch ID of uw toegangscode.

flow-iphone-icloud-keychain-check-it-worked-title = Controleren of het gelukt is
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Geef de toegangssleutel een naam die u herkent, en tik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw iPhone in Instellingen › Wachtwoorden.
        [17] Geef de toegangssleutel een naam die u herkent, en tik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw iPhone in Instellingen › Wachtwoorden.
       *[other] Geef de toegangssleutel een naam die u herkent, en tik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw iPhone in de app Wachtwoorden.
    }

## Samsung Galaxy met Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: toegangssleutel in Microsoft Authenticator
flow-samsung-summary = Maak op uw Galaxy-telefoon een toegangssleutel voor uw werkaccount in Microsoft Authenticator. Samsung Pass biedt vaak eerst aan om die op te slaan. Deze gids laat zien hoe u ervoor zorgt dat de toegangssleutel in Authenticator terechtkomt.

flow-samsung-before-you-start-title = Voordat u begint
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw telefoon Android 14 of nieuwer heeft (Instellingen › Telefoninfo › Software-informatie).
       *[other] Uw telefoon heeft Android { $os_major }. U hebt Android 14 of nieuwer nodig.
    } Stel een schermvergrendeling in (pincode, patroon of vingerafdruk) als u die nog niet hebt. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-samsung-install-app-title = Microsoft Authenticator installeren
flow-samsung-install-app-body = Installeer Microsoft Authenticator via Google Play, of werk de app bij als u die al hebt. Open de app één keer en doorloop de welkomst- en privacyschermen.

flow-samsung-set-provider-title = Authenticator aanzetten in plaats van Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Open Instellingen › Algemeen beheer › Wachtwoorden, toegangssleutels en automatisch invullen. Zet Authenticator aan in de lijst met aanvullende providers. U kunt de app ook kiezen als voorkeursservice in plaats van Samsung Pass.
        [unknown] Open Instellingen en zoek op "toegangssleutel" om Wachtwoorden, toegangssleutels en automatisch invullen te vinden (onder Beveiliging en privacy › Meer beveiligingsinstellingen, of op oudere telefoons onder Algemeen beheer). Zet Authenticator aan. U kunt de app ook kiezen als voorkeursservice in plaats van Samsung Pass.
       *[other] Open Instellingen › Beveiliging en privacy › Meer beveiligingsinstellingen › Wachtwoorden, toegangssleutels en automatisch invullen. Zet Authenticator aan in de lijst met aanvullende providers. U kunt de app ook kiezen als voorkeursservice in plaats van Samsung Pass.
    }

flow-samsung-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-samsung-open-security-info-body =
    { $browser ->
        [firefox] Open deze gids eerst in Chrome of Edge: Firefox op Android kan geen toegangssleutels maken voor werkaccounts. Tik daarna op Beveiligingsgegevens openen, meld u aan, tik op + Aanmeldingsmethode toevoegen en kies Toegangssleutel in Microsoft Authenticator.
       *[other] Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en volg de aanwijzingen. Staat er op de pagina dat u moet afronden in de Authenticator-app? Laat de pagina dan open en ga naar Authenticator.
    }

flow-samsung-create-in-app-title = Toegangssleutel maken in Authenticator
flow-samsung-create-in-app-body = Tik in Authenticator op Werk- of schoolaccount toevoegen als dit uw eerste account is. Staat uw werkaccount er al? Tik erop en tik daarna op Toegangssleutel maken. Meld u aan, voer de extra verificatie uit en stel een schermvergrendeling in als de app daarom vraagt.

flow-samsung-pick-authenticator-title = Als Samsung Pass aanbiedt om de toegangssleutel op te slaan
flow-samsung-pick-authenticator-body = Biedt een venster van Samsung Pass aan om de toegangssleutel op te slaan? Accepteer dat dan niet. Kies in dat venster de optie om een andere service te gebruiken, en kies Authenticator. Is die optie er niet? Annuleer dan, herhaal de eerdere stap in Instellingen zodat Authenticator aanstaat, en probeer het opnieuw.

flow-samsung-check-it-worked-title = Controleren of het gelukt is
flow-samsung-check-it-worked-body = Tik in Authenticator op Gereed: bij uw account staat nu Toegangssleutel als aanmeldingsmethode. Tik in de browser met Beveiligingsgegevens op Volgende en daarna op Gereed. Toegangssleutel in Microsoft Authenticator staat nu in uw lijst met aanmeldingsmethoden.

## Android-telefoon met Microsoft Authenticator

flow-android-authenticator-title = Android: toegangssleutel in Microsoft Authenticator
flow-android-authenticator-summary = Maak in de app Microsoft Authenticator een toegangssleutel voor uw werkaccount. Die blijft op deze telefoon en werkt ook als uw organisatie alleen goedgekeurde authenticators accepteert.

flow-android-authenticator-before-you-start-title = Voordat u begint
flow-android-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw telefoon Android 14 of nieuwer heeft (Instellingen › Over de telefoon › Android-versie).
       *[other] Uw telefoon heeft Android { $os_major }. U hebt Android 14 of nieuwer nodig.
    } Stel een schermvergrendeling in (pincode, patroon of vingerafdruk) als u die nog niet hebt. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-android-authenticator-install-app-title = Microsoft Authenticator installeren
flow-android-authenticator-install-app-body = Installeer Microsoft Authenticator via Google Play, of werk de app bij als u die al hebt. Heeft uw telefoon een werkprofiel? Installeer en gebruik de app dan in het profiel waarin u de toegangssleutel wilt gebruiken.

flow-android-authenticator-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-android-authenticator-open-security-info-body =
    { $browser ->
        [firefox] Open deze gids eerst in Chrome of Edge: Firefox op Android kan geen toegangssleutels maken voor werkaccounts. Tik daarna op Beveiligingsgegevens openen, meld u aan, tik op + Aanmeldingsmethode toevoegen en kies Toegangssleutel in Microsoft Authenticator.
       *[other] Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en volg de aanwijzingen. Staat er op de pagina dat u moet afronden in de Authenticator-app? Laat de pagina dan open en ga naar Authenticator.
    }

flow-android-authenticator-create-in-app-title = Toegangssleutel maken in Authenticator
flow-android-authenticator-create-in-app-body = Tik in Authenticator op Werk- of schoolaccount toevoegen als dit uw eerste account is. Staat uw werkaccount er al? Tik erop en tik daarna op Toegangssleutel maken. Meld u aan, voer de extra verificatie uit en stel een schermvergrendeling in als de app daarom vraagt.

flow-android-authenticator-enable-provider-title = Authenticator toegangssleutels laten opslaan
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Tik op Instellingen als Authenticator daarom vraagt. Open Wachtwoorden en accounts en zet Authenticator aan onder Aanvullende providers. Lukt dat niet? Werk uw telefoon dan bij naar Android 15. Ga terug naar Authenticator en tik op Gereed.
        [unknown] Tik op Instellingen als Authenticator daarom vraagt. Open Wachtwoorden, toegangssleutels en accounts (op Android 14: Wachtwoorden en accounts) en zet Authenticator aan onder Aanvullende providers. Ga terug naar Authenticator en tik op Gereed.
       *[other] Tik op Instellingen als Authenticator daarom vraagt. Open Wachtwoorden, toegangssleutels en accounts en zet Authenticator aan onder Aanvullende providers. De namen kunnen per merk telefoon verschillen: zoek in Instellingen op "toegangssleutel". Ga terug naar Authenticator en tik op Gereed.
    }

flow-android-authenticator-check-it-worked-title = Controleren of het gelukt is
flow-android-authenticator-check-it-worked-body = Ga terug naar de browser met Beveiligingsgegevens en tik op Volgende. Tik op Gereed zodra de toegangssleutel is bevestigd. Toegangssleutel in Microsoft Authenticator staat nu in uw lijst met aanmeldingsmethoden.

## Android-telefoon met Google Wachtwoordmanager (gesynchroniseerde toegangssleutel)

flow-android-google-password-manager-title = Android: toegangssleutel in Google Wachtwoordmanager
flow-android-google-password-manager-summary = Sla een toegangssleutel voor uw werkaccount op in Google Wachtwoordmanager. Die wordt gesynchroniseerd met uw andere apparaten waarop u met hetzelfde Google-account bent aangemeld. Dit werkt alleen als uw organisatie gesynchroniseerde toegangssleutels toestaat, en niet op Samsung-telefoons.

flow-android-google-password-manager-before-you-start-title = Voordat u begint
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw telefoon Android 9 of nieuwer heeft en geen Samsung-telefoon is (voor Samsung-telefoons is er een aparte gids).
       *[other] Uw telefoon heeft Android { $os_major }. U hebt Android 9 of nieuwer nodig. Deze gids is niet voor Samsung-telefoons: daarvoor is er een aparte gids.
    } U hebt een schermvergrendeling nodig, en een Google-account waarmee u op de telefoon bent aangemeld. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-android-google-password-manager-check-provider-title = Controleren waar toegangssleutels worden opgeslagen
flow-android-google-password-manager-check-provider-body =
    { $os_major ->
        [14] Open Instellingen › Wachtwoorden en accounts en controleer of Google is ingesteld als voorkeursservice voor wachtwoorden en toegangssleutels.
        [unknown] Open op Android 14 of nieuwer Instellingen › Wachtwoorden, toegangssleutels en accounts (op Android 14: Wachtwoorden en accounts) en controleer of Google de voorkeursservice is. Op oudere versies hoeft u niets te wijzigen.
       *[other] Open op Android 15 of nieuwer Instellingen › Wachtwoorden, toegangssleutels en accounts en controleer of Google de voorkeursservice is. Op Android 13 of ouder hoeft u niets te wijzigen.
    }

flow-android-google-password-manager-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en tik daarna op Volgende en op Doorgaan.
        [firefox] Open deze gids eerst in Chrome: Firefox op Android kan geen toegangssleutels maken voor werkaccounts. Tik daarna op Beveiligingsgegevens openen, meld u aan, tik op + Aanmeldingsmethode toevoegen en kies Toegangssleutel.
       *[other] Open deze gids zo mogelijk in Chrome. Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en tik daarna op Volgende en op Doorgaan.
    }

flow-android-google-password-manager-save-passkey-title = Toegangssleutel opslaan
flow-android-google-password-manager-save-passkey-body = Vraagt uw telefoon of u een toegangssleutel wilt maken? Controleer dan of Google Wachtwoordmanager en uw eigen Google-account worden getoond. Tik op Doorgaan en ontgrendel met uw vingerafdruk, gezicht of schermvergrendeling.

flow-android-google-password-manager-check-it-worked-title = Controleren of het gelukt is
flow-android-google-password-manager-check-it-worked-body = Geef de toegangssleutel een naam die u herkent, en tik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en in Google Wachtwoordmanager op uw telefoon.

## Windows-pc met Windows Hello

flow-windows-hello-title = Windows: toegangssleutel in Windows Hello
flow-windows-hello-summary = Sla een toegangssleutel voor uw werkaccount op deze pc op. U ontgrendelt die met uw Windows Hello-pincode, gezicht of vingerafdruk. De toegangssleutel blijft op deze pc en wordt niet gesynchroniseerd.

flow-windows-hello-before-you-start-title = Voordat u begint
flow-windows-hello-before-you-start-body = U hebt Windows 10 of 11 nodig, en Edge, Chrome of Firefox. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand. Is dit een pc van uw werk waarop u zich met dit werkaccount al via Windows Hello aanmeldt bij Windows? Dan is deze optie misschien niet beschikbaar. Vraag uw helpdesk welke gids u moet gebruiken.

flow-windows-hello-set-up-windows-hello-title = Windows Hello instellen
flow-windows-hello-set-up-windows-hello-body = Ontgrendelt u deze pc nog niet met een pincode, gezicht of vingerafdruk? Open dan Instellingen › Accounts › Aanmeldingsopties en stel eerst Pincode (Windows Hello) in.

flow-windows-hello-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-windows-hello-open-security-info-body = Klik op Beveiligingsgegevens openen, meld u aan met uw werkaccount en voer de extra verificatie uit. Klik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en klik op Volgende.

flow-windows-hello-save-in-windows-hello-title = Opslaan in Windows Hello
flow-windows-hello-save-in-windows-hello-body =
    { $browser ->
        [chrome] Biedt Chrome aan om de toegangssleutel op te slaan in Google Wachtwoordmanager? Kies dan Windows Hello. Bevestig met uw Windows Hello-pincode, gezicht of vingerafdruk.
        [edge] Als Windows vraagt waar u de toegangssleutel wilt opslaan, kiest u dit apparaat (Windows Hello), geen telefoon of beveiligingssleutel. Bevestig met uw Windows Hello-pincode, gezicht of vingerafdruk.
       *[other] Als Windows vraagt waar u de toegangssleutel wilt opslaan, kiest u dit apparaat (Windows Hello), geen telefoon of beveiligingssleutel. Bevestig met uw Windows Hello-pincode, gezicht of vingerafdruk.
    }

flow-windows-hello-check-it-worked-title = Controleren of het gelukt is
flow-windows-hello-check-it-worked-body = Geef de toegangssleutel een naam die u herkent, en klik op Gereed. De toegangssleutel staat nu in uw lijst met aanmeldingsmethoden in Beveiligingsgegevens.

## Mac met iCloud-sleutelhanger (gesynchroniseerde toegangssleutel)

flow-macos-title = Mac: toegangssleutel in iCloud-sleutelhanger
flow-macos-summary = Sla op uw Mac een toegangssleutel voor uw werkaccount op in de app Wachtwoorden van Apple (iCloud-sleutelhanger). Die wordt gesynchroniseerd met uw andere Apple-apparaten. Dit werkt alleen als uw organisatie gesynchroniseerde toegangssleutels toestaat.

flow-macos-before-you-start-title = Voordat u begint
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw Mac macOS 13 Ventura of nieuwer heeft (Apple-menu › Over deze Mac).
       *[other] Uw Mac heeft macOS { $os_major }. U hebt macOS 13 Ventura of nieuwer nodig.
    } U moet zijn aangemeld met uw Apple Account, met twee-factor-authenticatie. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-macos-turn-on-icloud-keychain-title = iCloud-sleutelhanger aanzetten
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Open Systeeminstellingen › uw naam › iCloud › Wachtwoorden en sleutelhanger en controleer of synchronisatie voor deze Mac aanstaat.
        [14] Open Systeeminstellingen › uw naam › iCloud › Wachtwoorden en sleutelhanger en controleer of synchronisatie voor deze Mac aanstaat.
        [unknown] Open Systeeminstellingen › uw naam › iCloud › Wachtwoorden (op macOS 13 en 14 heet dit Wachtwoorden en sleutelhanger) en controleer of synchronisatie voor deze Mac aanstaat.
       *[other] Open Systeeminstellingen › uw naam › iCloud › Wachtwoorden en controleer of synchronisatie voor deze Mac aanstaat.
    }

flow-macos-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-macos-open-security-info-body = Klik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Klik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en klik op Volgende. Staat Toegangssleutel niet in de lijst? Dan staat uw organisatie dit soort toegangssleutel misschien niet toe. Vraag het uw helpdesk.

flow-macos-save-passkey-title = Toegangssleutel opslaan
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari vraagt of u een toegangssleutel wilt opslaan. Klik op Ga door en bevestig met Touch ID of het wachtwoord van uw Mac. De toegangssleutel wordt opgeslagen in iCloud-sleutelhanger.
        [chrome] Chrome toont een eigen venster voor toegangssleutels: kies iCloud-sleutelhanger, niet Google Wachtwoordmanager of een telefoon. Wordt het gevraagd, sta login.microsoft.com dan toe om uw toegangssleutel te gebruiken. Bevestig daarna met Touch ID of het wachtwoord van uw Mac.
        [edge] Edge toont een eigen venster voor toegangssleutels: kies iCloud-sleutelhanger als die optie er is. Wordt het gevraagd, sta login.microsoft.com dan toe om uw toegangssleutel te gebruiken. Bevestig daarna met Touch ID of het wachtwoord van uw Mac.
       *[other] Volg het venster voor toegangssleutels van uw browser en kies iCloud-sleutelhanger. Biedt uw browser die optie niet? Open deze gids dan in Safari.
    }

flow-macos-check-it-worked-title = Controleren of het gelukt is
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Geef de toegangssleutel een naam die u herkent, en klik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw Mac in Systeeminstellingen › Wachtwoorden.
        [14] Geef de toegangssleutel een naam die u herkent, en klik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw Mac in Systeeminstellingen › Wachtwoorden.
       *[other] Geef de toegangssleutel een naam die u herkent, en klik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw Mac in de app Wachtwoorden.
    }

## Beveiligingssleutel (USB of NFC)

flow-security-key-title = Beveiligingssleutel (USB of NFC)
flow-security-key-summary = Sla een toegangssleutel voor uw werkaccount op een fysieke beveiligingssleutel op, die u aansluit of tegen het apparaat houdt. De toegangssleutel blijft op de beveiligingssleutel en werkt op elke computer waarop u die gebruikt.

flow-security-key-before-you-start-title = Voordat u begint
flow-security-key-before-you-start-body = U hebt een FIDO2-beveiligingssleutel nodig die uw organisatie accepteert. Twijfelt u? Vraag het uw helpdesk. Gebruik op een computer Edge, Chrome of Firefox (op Linux: Chrome). Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-security-key-set-pin-title = Zorgen dat de sleutel een pincode heeft
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari op iPhone, iPad of Mac kan geen pincode instellen op een nieuwe sleutel. Heeft uw sleutel nog geen pincode? Stel die dan eerst in op een Windows-pc (Instellingen › Accounts › Aanmeldingsopties › Beveiligingssleutel › Beheren) of met de app van de fabrikant van de sleutel.
       *[other] Uw sleutel heeft een pincode nodig. Op Windows stelt u die in via Instellingen › Accounts › Aanmeldingsopties › Beveiligingssleutel › Beheren, of de browser vraagt u er een te maken. Op iPhone, iPad of Mac stelt u de pincode eerst in op een Windows-pc of met de app van de fabrikant van de sleutel.
    }

flow-security-key-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-security-key-open-security-info-body = Selecteer Beveiligingsgegevens openen, meld u aan met uw werkaccount en voer de extra verificatie uit. Selecteer + Aanmeldingsmethode toevoegen, kies Toegangssleutel en selecteer Volgende.

flow-security-key-use-key-title = Toegangssleutel opslaan op uw beveiligingssleutel
flow-security-key-use-key-body = Wordt u gevraagd waar u de toegangssleutel wilt opslaan? Kies dan Beveiligingssleutel. Ziet u die optie niet? Kijk dan onder Meer opties of Een ander apparaat gebruiken. Sluit uw sleutel aan of houd hem tegen het apparaat, voer de pincode in en raak de sleutel aan als die knippert.

flow-security-key-check-it-worked-title = Controleren of het gelukt is
flow-security-key-check-it-worked-body = Geef de toegangssleutel een naam die u herkent, bijvoorbeeld het model van de sleutel, en selecteer Gereed. De toegangssleutel staat nu in uw lijst met aanmeldingsmethoden in Beveiligingsgegevens.

## Toegangssleutel op de telefoon, gestart op een computer

flow-phone-from-desktop-title = Computer: toegangssleutel op uw telefoon
flow-phone-from-desktop-summary = Begin op deze computer en maak de toegangssleutel in Microsoft Authenticator op uw iPhone of Android-telefoon. Daarna meldt u zich aan door te bevestigen op uw telefoon.

flow-phone-from-desktop-before-you-start-title = Voordat u begint
flow-phone-from-desktop-before-you-start-body = U hebt een iPhone met iOS 17 of nieuwer nodig, of een Android-telefoon met Android 14 of nieuwer, met een schermvergrendeling. Zet Bluetooth aan op de computer én op de telefoon, en zorg dat beide verbonden zijn met internet. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-phone-from-desktop-open-security-info-title = Beginnen in Beveiligingsgegevens op deze computer
flow-phone-from-desktop-open-security-info-body = Klik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Klik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en voer de extra verificatie uit als daarom wordt gevraagd.

flow-phone-from-desktop-get-app-title = Authenticator op uw telefoon zetten
flow-phone-from-desktop-get-app-body = Toont de pagina een QR-code om Authenticator te downloaden? Scan die met de camera van uw telefoon (op de iPhone met de Camera-app) en installeer de app. Klik daarna op de computer op Volgende.

flow-phone-from-desktop-create-on-phone-title = Toegangssleutel maken op uw telefoon
flow-phone-from-desktop-create-on-phone-body = Open Authenticator op uw telefoon. Tik op Werk- of schoolaccount toevoegen, of tik op uw bestaande werkaccount en daarna op Toegangssleutel maken. Meld u aan. Wordt u gevraagd Authenticator toe te staan om toegangssleutels op te slaan? Doe dat in de instellingen van uw telefoon en tik daarna op Gereed.

flow-phone-from-desktop-qr-fallback-title = Als aanmelden in Authenticator niet lukt
flow-phone-from-desktop-qr-fallback-body = Kies op de computer de optie voor hulp bij problemen, daarna de optie om uw toegangssleutel op een andere manier te maken, en kies dan iPhone of iPad, of Android. Scan de QR-code met de camera van de telefoon (op de iPhone met de Camera-app, niet met de scanner in Authenticator). Houd de telefoon bij de computer tot er staat dat de verbinding er is. Deze manier werkt niet als uw organisatie goedgekeurde (geattesteerde) toegangssleutels vereist.

flow-phone-from-desktop-check-it-worked-title = Controleren of het gelukt is
flow-phone-from-desktop-check-it-worked-body = Klik op de computer op Volgende, en op Gereed zodra de toegangssleutel is bevestigd. Toegangssleutel in Microsoft Authenticator staat nu in uw lijst met aanmeldingsmethoden in Beveiligingsgegevens.

## Problemen oplossen

ts-not-enabled-by-policy-title = De optie voor een toegangssleutel ontbreekt
ts-not-enabled-by-policy-body = Biedt de pagina Beveiligingsgegevens geen Toegangssleutel of Toegangssleutel in Microsoft Authenticator aan? Dan heeft uw organisatie toegangssleutels nog niet aangezet voor uw account, of dit soort toegangssleutel niet. Vraag uw helpdesk om u toe te voegen aan de invoering van toegangssleutels.

ts-self-service-off-title = U kunt zelf geen methoden toevoegen
ts-self-service-off-body = Uw organisatie kan het toevoegen van toegangssleutels in Beveiligingsgegevens uitzetten. Krijgt u de melding dat u deze methode niet kunt toevoegen? Vraag uw helpdesk dan om de toegangssleutel samen met u in te stellen, of om toe te staan dat u die zelf instelt.

ts-no-bootstrap-method-title = Geen manier om te bevestigen dat u het bent
ts-no-bootstrap-method-body = Om een toegangssleutel toe te voegen, moet u zich eerst aanmelden met een bestaande verificatiemethode, zoals een goedkeuring in Authenticator of een code per sms. Hebt u die niet, of bent u uw telefoon kwijt? Vraag uw helpdesk dan om een tijdelijke toegangspas (Temporary Access Pass) en meld u daarmee aan bij Beveiligingsgegevens.

ts-mfa-too-old-title = Gevraagd om opnieuw te verifiëren
ts-mfa-too-old-body = Voor het toevoegen van een toegangssleutel is een recente verificatie nodig, van de afgelopen paar minuten. Wordt u gevraagd om opnieuw te verifiëren? Doe dat en voeg de toegangssleutel daarna meteen toe.

ts-os-too-old-title = Uw apparaat moet worden bijgewerkt
ts-os-too-old-body = Toegangssleutels in Microsoft Authenticator vereisen iOS 17 of Android 14 of nieuwer. Toegangssleutels in iCloud-sleutelhanger vereisen iOS 16 of macOS 13 of nieuwer, en Google Wachtwoordmanager vereist Android 9 of nieuwer. Werk uw apparaat bij via de instellingen, of gebruik een ander apparaat of een beveiligingssleutel.

ts-android-no-secure-hardware-title = Werkt op de ene Android-telefoon wel, op de andere niet
ts-android-no-secure-hardware-body = Authenticator bewaart toegangssleutels in de beveiligde hardware van de telefoon. Sommige Android-telefoons hebben niet de hardware die daarvoor nodig is. De registratie stopt dan zonder duidelijke reden. Probeer een andere telefoon, of vraag uw helpdesk naar een beveiligingssleutel.

ts-authenticator-not-provider-title = Authenticator mag geen toegangssleutels opslaan
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Op Android 14: open Instellingen › Wachtwoorden en accounts en zet Authenticator aan onder Aanvullende providers. Lukt dat niet? Werk uw telefoon dan bij naar Android 15. Op de iPhone: open Instellingen › Algemeen › Automatisch invullen en wachtwoorden (iOS 17: Instellingen › Wachtwoorden › Wachtwoordopties) en kies Authenticator.
        [17] Op een iPhone met iOS 17: open Instellingen › Wachtwoorden › Wachtwoordopties, zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator. Op Android: open Instellingen › Wachtwoorden, toegangssleutels en accounts (of Wachtwoorden en accounts) en zet Authenticator aan onder Aanvullende providers.
       *[other] Op een iPhone met iOS 18 of nieuwer: open Instellingen › Algemeen › Automatisch invullen en wachtwoorden, zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator (iOS 17: Instellingen › Wachtwoorden › Wachtwoordopties). Op Android: open Instellingen › Wachtwoorden, toegangssleutels en accounts (op Android 14: Wachtwoorden en accounts) en zet Authenticator aan onder Aanvullende providers.
    }

ts-screen-lock-missing-title = Een schermvergrendeling is nodig
ts-screen-lock-missing-body = Toegangssleutels worden ontgrendeld met de schermvergrendeling van uw apparaat. Stel in de instellingen van uw apparaat een pincode, patroon, wachtwoord, vingerafdruk of gezichtsontgrendeling in, en begin daarna opnieuw.

ts-ios-qr-camera-app-title = De QR-code wordt niet gescand op de iPhone
ts-ios-qr-camera-app-body = Scan de QR-code voor de toegangssleutel met de Camera-app van de iPhone, niet met de scanner in Authenticator. Die kan dit soort code niet lezen. Op Android werkt ook de scanner in Authenticator.

ts-cross-device-connecting-title = Blijft hangen op "Verbinding maken"
ts-cross-device-connecting-body = Zet Bluetooth aan op de computer én op de telefoon, houd ze dicht bij elkaar en zorg dat beide verbonden zijn met internet. Bedrijfsnetwerken of vpn's kunnen de verbinding blokkeren. Blijft het hangen? Stel de toegangssleutel dan direct op de telefoon in, of gebruik een beveiligingssleutel.

ts-ca-bootstrap-loop-title = Heen en weer gestuurd tussen de app en Beveiligingsgegevens
ts-ca-bootstrap-loop-body = Sommige aanmeldregels van uw bedrijf vragen al om een toegangssleutel voordat u uw eerste kunt maken. Zo blijft u rondjes draaien. Vraag uw helpdesk om een tijdelijke toegangspas of een tijdelijke uitzondering, en probeer het opnieuw.

ts-orphaned-passkey-title = "Toegangssleutel bestaat al"
ts-orphaned-passkey-body = Er kan nog een toegangssleutel van een eerdere poging op uw apparaat staan, ook al kent uw organisatie die niet meer. Verwijder die van uw apparaat (in Authenticator: tik op het account en daarna op Instellingen › Toegangssleutel verwijderen) en verwijder een eventuele oude vermelding in Beveiligingsgegevens. Registreer daarna opnieuw.

ts-android-work-profile-title = Telefoon met een werkprofiel
ts-android-work-profile-body = Op Android werkt een toegangssleutel alleen in het profiel waarin die is gemaakt. Heeft uw telefoon een werkprofiel en een persoonlijk profiel? Maak de toegangssleutel dan in Authenticator in het profiel waarin u die gaat gebruiken, of maak er in elk profiel één.

ts-samsung-pass-picker-title = Samsung Pass heeft de toegangssleutel opgeslagen
ts-samsung-pass-picker-body = Galaxy-telefoons stellen vaak eerst Samsung Pass voor. Is de toegangssleutel daar terechtgekomen? Verwijder die dan in Samsung Pass, zet Authenticator aan in Instellingen onder Wachtwoorden, toegangssleutels en automatisch invullen, en begin opnieuw. Kies Authenticator als wordt gevraagd waar u de toegangssleutel wilt opslaan.

ts-windows-hello-already-registered-title = "Al geregistreerd" op Windows
ts-windows-hello-already-registered-body = Meldt u zich op deze pc met dit werkaccount al aan via Windows Hello voor Bedrijven? Dan kan Windows er geen tweede toegangssleutel voor toevoegen, en meldt Windows dat de sleutel al is geregistreerd. Gebruik dan de gids voor de telefoon of de beveiligingssleutel, of vraag uw helpdesk om hulp.

ts-unsupported-browser-title = Browser wordt niet ondersteund
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox kan op Android geen toegangssleutels voor werkaccounts maken, en op Linux kan Firefox geen toegangssleutel in Authenticator gebruiken. Gebruik Chrome of Edge.
        [opera] Opera staat niet op de lijst van browsers die Microsoft ondersteunt voor toegangssleutels voor werkaccounts. Gebruik Chrome, Edge of Safari.
        [samsung-internet] Samsung Internet staat niet op de lijst van browsers die Microsoft ondersteunt voor toegangssleutels voor werkaccounts. Gebruik Chrome of Edge.
       *[other] Gebruik een ondersteunde browser: Edge, Chrome of Firefox op Windows; Safari, Chrome, Edge of Firefox op Mac en iPhone; Chrome of Edge op Android.
    }

ts-in-app-browser-title = Geopend in een andere app
ts-in-app-browser-body = Links die u opent vanuit een mail- of chatapp, worden vaak geladen in de ingebouwde browser van die app. Daar werken toegangssleutels niet betrouwbaar. Open de link via het menu van de app in Safari of Chrome, en begin opnieuw.

ts-security-key-pin-title = De sleutel vraagt om een pincode die u nooit hebt ingesteld
ts-security-key-pin-body = Browsers op iPhone, iPad en Mac kunnen geen pincode instellen op een nieuwe beveiligingssleutel. Stel de pincode in op een Windows-pc (Instellingen › Accounts › Aanmeldingsopties › Beveiligingssleutel) of met de app van de fabrikant van de sleutel, en registreer de sleutel daarna opnieuw.

ts-synced-not-allowed-title = Dit soort toegangssleutel is niet toegestaan
ts-synced-not-allowed-body = Uw organisatie accepteert misschien alleen toegangssleutels die op één apparaat blijven, zoals in Microsoft Authenticator of op een beveiligingssleutel. Ontbreekt Toegangssleutel in Beveiligingsgegevens, of mislukt het opslaan? Gebruik dan de gids voor Authenticator.

ts-icloud-keychain-off-title = iCloud-sleutelhanger staat uit
ts-icloud-keychain-off-body = Voor toegangssleutels in de app Wachtwoorden van Apple zijn iCloud-sleutelhanger en twee-factor-authenticatie voor uw Apple Account nodig. Zet in uw iCloud-instellingen synchronisatie voor Wachtwoorden aan, en probeer het opnieuw.
