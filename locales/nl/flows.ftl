## Inhoud van de gidsen: titels, samenvattingen en stappen van elke registratie, en de
## hulp bij problemen. Variabelen: $os_major (een getal, of "unknown"),
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown) en
## $platform (iphone, ipad, android, samsung, windows, macos, linux, chromeos, unknown).

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
flow-iphone-authenticator-install-app-body = Installeer Microsoft Authenticator via de App Store, of werk de app bij als u die al hebt: als de instellingen voor toegangssleutels van uw organisatie Authenticator bevatten, vraagt Microsoft om versie 6.8.37 of nieuwer. Open de app één keer en doorloop de privacyschermen.

flow-iphone-authenticator-create-in-app-title = Toegangssleutel maken in Authenticator
# Unconfirmed label: "Secure Your Digital Life", "Add account"
flow-iphone-authenticator-create-in-app-body =
    Open Authenticator en begin bij wat u ziet:

    Ziet u “Beveilig uw digitale leven” (de eerste keer dat u de app opent)? Tik dan op Werk- of schoolaccount toevoegen.

    Staat er nog geen account in de app? Tik dan op Account toevoegen of op de knop +, kies Werk- of schoolaccount en tik op Aanmelden.

    Staat uw werkaccount er al? Tik erop en tik daarna op Toegangssleutel maken.

    Meld u aan met uw werkaccount en voer de extra verificatie uit als daarom wordt gevraagd. Authenticator vraagt u daarna om de app toegangssleutels te laten opslaan: dat is de volgende stap.

flow-iphone-authenticator-enable-provider-title = Authenticator toegangssleutels laten opslaan
# Unconfirmed label: "Passkey added"
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Tik op Instellingen als Authenticator daarom vraagt. Ga naar Instellingen › Wachtwoorden › Wachtwoordopties, zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator onder “Gebruik wachtwoorden en toegangssleutels van”.
        [unknown] Tik op Instellingen als Authenticator daarom vraagt. Ga op iOS 18 of nieuwer naar Instellingen › Algemeen › Automatisch invullen en wachtwoorden, op iOS 17 naar Instellingen › Wachtwoorden › Wachtwoordopties. Zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator.
       *[other] Tik op Instellingen als Authenticator daarom vraagt. Ga naar Instellingen › Algemeen › Automatisch invullen en wachtwoorden, zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator onder “Vul automatisch in vanuit”.
    }

    Ga terug naar Authenticator en tik op Gereed. Ziet u Toegangssleutel toegevoegd? Tik dan nogmaals op Gereed.

flow-iphone-authenticator-check-security-info-title = Controleren in Beveiligingsgegevens
flow-iphone-authenticator-check-security-info-body =
    Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Uw nieuwe toegangssleutel staat in de lijst met aanmeldingsmethoden als Toegangssleutel in Microsoft Authenticator.

    Is het maken van de toegangssleutel in de app niet gelukt? Voeg die dan hier toe: tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en volg de aanwijzingen. Wordt u naar Authenticator gestuurd? Maak de toegangssleutel daar, ga terug naar de browser en tik op Volgende en, zodra de toegangssleutel is gemaakt, op Gereed.

    Wordt Toegangssleutel in Microsoft Authenticator niet aangeboden? Die optie verschijnt alleen als de instellingen voor toegangssleutels van uw organisatie Microsoft Authenticator noemen. De toegangssleutel maken in de Authenticator-app (de vorige stappen) werkt ook zonder die optie. U kunt in Beveiligingsgegevens ook Toegangssleutel kiezen en Authenticator kiezen als uw { $platform ->
        [ipad] iPad
       *[other] iPhone
    } vraagt waar u de toegangssleutel wilt opslaan.

flow-iphone-authenticator-test-sign-in-title = Uw toegangssleutel testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-iphone-authenticator-test-sign-in-body = Meld u in de browser af bij uw werkaccount, of open een privévenster, en ga naar https://myaccount.microsoft.com. Tik op Aanmeldingsopties en daarna op “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Kies de toegangssleutel voor uw werk-e-mailadres in Authenticator en bevestig met Face ID, Touch ID of uw toegangscode.

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
# Unconfirmed label: "Saved to iCloud", "See All"
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Open Instellingen, tik op uw naam en daarna op iCloud. Tik op Wachtwoorden en sleutelhanger en zet Synchroniseer deze iPhone aan (Synchroniseer deze iPad op een iPad).
        [17] Open Instellingen, tik op uw naam en daarna op iCloud. Tik op Wachtwoorden en sleutelhanger en zet Synchroniseer deze iPhone aan (Synchroniseer deze iPad op een iPad).
        [unknown] Open Instellingen, tik op uw naam en daarna op iCloud. Tik onder Bewaard in iCloud op Wachtwoorden. Staat dat er niet bij? Tik dan eerst op Toon alles. Tik op iOS 17 of ouder in plaats daarvan op Wachtwoorden en sleutelhanger. Zet Synchroniseer deze iPhone aan (Synchroniseer deze iPad op een iPad).
       *[other] Open Instellingen, tik op uw naam en daarna op iCloud. Tik onder Bewaard in iCloud op Wachtwoorden. Staat dat er niet bij? Tik dan eerst op Toon alles. Zet Synchroniseer deze iPhone aan (Synchroniseer deze iPad op een iPad).
    }

flow-iphone-icloud-keychain-check-autofill-title = Toegangssleutels laten opslaan in Wachtwoorden
# Unconfirmed label: "Set Up Codes In"
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Open Instellingen › Wachtwoorden › Wachtwoordopties. Zet “Vul wachtwoorden automatisch in” aan en controleer of iCloud-sleutelhanger is geselecteerd.
        [17] Open Instellingen › Wachtwoorden › Wachtwoordopties. Zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en controleer of iCloud-wachtwoorden en -sleutelhanger is geselecteerd.
        [unknown] Open op iOS 18 of nieuwer Instellingen › Algemeen › Automatisch invullen en wachtwoorden: zet “Vul wachtwoorden en toegangssleutels automatisch in” aan, controleer of Wachtwoorden is geselecteerd onder “Vul automatisch in vanuit” en stel “Stel codes in met” in op Wachtwoorden. Open op iOS 16 of 17 Instellingen › Wachtwoorden › Wachtwoordopties, zet automatisch invullen aan en controleer of iCloud-sleutelhanger is geselecteerd.
       *[other] Open Instellingen › Algemeen › Automatisch invullen en wachtwoorden. Zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en controleer of Wachtwoorden is geselecteerd onder “Vul automatisch in vanuit”. Microsoft vraagt u ook om “Stel codes in met” in te stellen op Wachtwoorden.
    } Staat Authenticator of een andere wachtwoordapp ook aan? Dan mag die aan blijven: u kiest Wachtwoorden als u de toegangssleutel opslaat.

flow-iphone-icloud-keychain-open-security-info-title = Beginnen in Beveiligingsgegevens
# Unconfirmed label: "Setting up your passkey"
flow-iphone-icloud-keychain-open-security-info-body = Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en tik op Volgende. Tik op de pagina Uw toegangssleutel instellen nogmaals op Volgende. Staat Toegangssleutel niet in de lijst? Dan staat uw organisatie dit soort toegangssleutel misschien niet toe. Vraag het uw helpdesk.

flow-iphone-icloud-keychain-save-passkey-title = Toegangssleutel opslaan
# Unconfirmed label: "Save another way"
flow-iphone-icloud-keychain-save-passkey-body = Biedt uw iPhone of iPad aan om een toegangssleutel op te slaan? Controleer dan of die wordt opgeslagen in Wachtwoorden (iCloud-sleutelhanger) en tik op Ga door. Biedt uw apparaat aan om de toegangssleutel in een andere app op te slaan, zoals Authenticator? Tik dan op Bewaar op andere manier (of Andere opties) en kies Wachtwoorden. Bevestig met Face ID, Touch ID of uw toegangscode.

flow-iphone-icloud-keychain-check-it-worked-title = Controleren of het gelukt is
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Geef de toegangssleutel een naam die u herkent, en tik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw iPhone in Instellingen › Wachtwoorden.
        [17] Geef de toegangssleutel een naam die u herkent, en tik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw iPhone in Instellingen › Wachtwoorden.
       *[other] Geef de toegangssleutel een naam die u herkent, en tik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw iPhone in de app Wachtwoorden.
    }

flow-iphone-icloud-keychain-test-sign-in-title = Aanmelden met uw toegangssleutel testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-iphone-icloud-keychain-test-sign-in-body = Open een privétabblad in Safari, of meld u af bij uw werkaccount, en ga naar https://myaccount.microsoft.com. Kies op de aanmeldingspagina Aanmeldingsopties en daarna “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Hebt u uw werk-e-mailadres al ingevuld? Kies dan in plaats daarvan Andere manieren om u aan te melden. Kies uw werkaccount en bevestig met Face ID, Touch ID of uw toegangscode.

## Samsung Galaxy met Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: toegangssleutel in Microsoft Authenticator
flow-samsung-summary = Maak op uw Galaxy-telefoon een toegangssleutel voor uw werkaccount in Microsoft Authenticator. Die blijft op deze telefoon en werkt ook als uw organisatie alleen goedgekeurde authenticators accepteert. Samsung Pass biedt misschien eerst aan om die op te slaan. Deze gids laat zien hoe u ervoor zorgt dat de toegangssleutel in Authenticator terechtkomt.

flow-samsung-before-you-start-title = Voordat u begint
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw telefoon Android 14 of nieuwer heeft (Instellingen › Telefoninfo › Software-informatie).
       *[other] Uw telefoon heeft Android { $os_major }. U hebt Android 14 of nieuwer nodig.
    } Stel een schermvergrendeling in (pincode, patroon of vingerafdruk) als u die nog niet hebt. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-samsung-install-app-title = Microsoft Authenticator installeren
flow-samsung-install-app-body = Installeer Microsoft Authenticator via Google Play, of werk de app bij als u die al hebt: als de instellingen voor toegangssleutels van uw organisatie Authenticator bevatten, vraagt Microsoft om versie 6.2507.4749 of nieuwer. Open de app één keer en doorloop de privacyschermen.

flow-samsung-set-provider-title = Authenticator aanzetten in plaats van Samsung Pass
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Open Instellingen › Algemeen beheer › Wachtwoorden, toegangssleutels en automatisch invullen. Zet Authenticator aan in de lijst met aanvullende providers. U kunt de app ook kiezen als voorkeursservice in plaats van Samsung Pass. Lukt het aanzetten niet? Dan raadt Microsoft aan uw telefoon bij te werken naar Android 15.
        [unknown] Open Instellingen en zoek op "toegangssleutel" om Wachtwoorden, toegangssleutels en automatisch invullen te vinden (onder Beveiliging en privacy › Meer beveiligingsinstellingen, of op oudere telefoons onder Algemeen beheer). Zet Authenticator aan. U kunt de app ook kiezen als voorkeursservice in plaats van Samsung Pass. Lukt het aanzetten niet op Android 14? Dan raadt Microsoft aan bij te werken naar Android 15.
       *[other] Open Instellingen › Beveiliging en privacy › Meer beveiligingsinstellingen › Wachtwoorden, toegangssleutels en automatisch invullen. Zet Authenticator aan in de lijst met aanvullende providers. U kunt de app ook kiezen als voorkeursservice in plaats van Samsung Pass.
    }

flow-samsung-create-in-app-title = Toegangssleutel maken in Authenticator
# Unconfirmed label: "Secure Your Digital Life", "Add account"
flow-samsung-create-in-app-body =
    Open Authenticator en begin bij wat u ziet:

    Ziet u “Beveilig uw digitale leven” (de eerste keer dat u de app opent)? Tik dan op Werk- of schoolaccount toevoegen.

    Staat er nog geen account in de app? Tik dan op Account toevoegen of op de knop +, kies Werk- of schoolaccount en tik op Aanmelden.

    Staat uw werkaccount er al? Tik erop en tik daarna op Toegangssleutel maken.

    Meld u aan met uw werkaccount, voer de extra verificatie uit en stel een schermvergrendeling in als de app daarom vraagt. Vraagt Authenticator u om de app aan te zetten als provider voor toegangssleutels? Doe dat zoals in de vorige stap, ga daarna terug naar Authenticator en tik op Gereed.

flow-samsung-pick-authenticator-title = Als Samsung Pass aanbiedt om de toegangssleutel op te slaan
# Unconfirmed label: "Passkey added"
flow-samsung-pick-authenticator-body =
    Vraagt uw telefoon waar u de toegangssleutel wilt opslaan? Kies dan Authenticator. Biedt een venster van Samsung Pass aan om de toegangssleutel op te slaan? Sla die daar dan niet op, want deze gids zet de toegangssleutel in Authenticator: kies in dat venster de optie om een andere service te kiezen, en kies Authenticator. Is die optie er niet? Annuleer dan, controleer de eerdere stap in Instellingen (Authenticator aangezet) en probeer het opnieuw.

    Toont Authenticator Toegangssleutel toegevoegd? Tik dan op Gereed om af te ronden.

flow-samsung-check-security-info-title = Controleren in Beveiligingsgegevens
flow-samsung-check-security-info-body =
    Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Uw nieuwe toegangssleutel staat in de lijst met aanmeldingsmethoden als Toegangssleutel in Microsoft Authenticator.

    { $browser ->
        [firefox] Is het maken van de toegangssleutel in de app niet gelukt? Open deze gids dan in Chrome of Edge (Firefox op Android kan geen toegangssleutels maken voor werkaccounts) en voeg de toegangssleutel toe in Beveiligingsgegevens: tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en volg de aanwijzingen.
       *[other] Is het maken van de toegangssleutel in de app niet gelukt? Voeg die dan hier toe: tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en volg de aanwijzingen.
    } Wordt u naar Authenticator gestuurd? Maak de toegangssleutel daar, ga terug naar de browser en tik op Volgende en, zodra de toegangssleutel is gemaakt, op Gereed.

    Wordt Toegangssleutel in Microsoft Authenticator niet aangeboden? Die optie verschijnt alleen als de instellingen voor toegangssleutels van uw organisatie Microsoft Authenticator noemen. De toegangssleutel maken in de Authenticator-app (de vorige stappen) werkt ook zonder die optie. U kunt in Beveiligingsgegevens ook Toegangssleutel kiezen en, als uw telefoon vraagt waar u de toegangssleutel wilt opslaan, Authenticator kiezen, niet Samsung Pass.

flow-samsung-test-sign-in-title = Uw toegangssleutel testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-samsung-test-sign-in-body = Meld u in Chrome of Edge af bij uw werkaccount, of open een privévenster (incognito of InPrivate), en ga naar https://myaccount.microsoft.com. Tik op Aanmeldingsopties en daarna op “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Kies de toegangssleutel voor uw werk-e-mailadres in Authenticator en bevestig met uw vingerafdruk, gezicht of schermvergrendeling.

## Samsung Galaxy met Samsung Pass (gesynchroniseerde toegangssleutel)

flow-samsung-pass-title = Samsung Galaxy: toegangssleutel in Samsung Pass
flow-samsung-pass-summary = Sla een toegangssleutel voor uw werkaccount op in Samsung Pass, de wachtwoordmanager die in uw Galaxy-telefoon is ingebouwd. Dit werkt alleen als uw organisatie gesynchroniseerde toegangssleutels toestaat.

flow-samsung-pass-before-you-start-title = Voordat u begint
flow-samsung-pass-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw telefoon One UI 6 of nieuwer heeft (Instellingen › Telefoninfo › Software-informatie): Samsung Pass slaat toegangssleutels op vanaf One UI 6.
       *[other] Uw telefoon heeft Android { $os_major }. Samsung Pass slaat toegangssleutels op vanaf One UI 6, dat met Android 14 is uitgebracht. Uw One UI-versie staat onder Instellingen › Telefoninfo › Software-informatie.
    } U moet op de telefoon zijn aangemeld bij uw Samsung-account, en een schermvergrendeling en uw vingerafdruk, gezicht of pincode hebben ingesteld. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

    Uw organisatie moet gesynchroniseerde toegangssleutels toestaan: het soort dat in een wachtwoordmanager wordt bewaard. Deze gids biedt Samsung Pass alleen aan als de instellingen van uw organisatie die toestaan. Microsoft noemt Samsung Pass bij de toegangssleutels die het op Android accepteert voor werkaccounts.

flow-samsung-pass-check-samsung-pass-title = Controleren of Samsung Pass toegangssleutels opslaat
flow-samsung-pass-check-samsung-pass-body = Open Instellingen › Beveiliging en privacy › Meer beveiligingsinstellingen › Wachtwoorden, toegangssleutels en automatisch invullen. Controleer onder Voorkeursservice of Samsung Pass is geselecteerd. Is een andere service geselecteerd? Tik dan op Voorkeursservice en kies Samsung Pass. Kunt u de pagina niet vinden? Zoek dan in Instellingen op "toegangssleutel".

flow-samsung-pass-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-samsung-pass-open-security-info-body =
    { $browser ->
        [firefox] Open deze gids eerst in Chrome of Edge: Firefox op Android kan geen toegangssleutels maken voor werkaccounts. Tik daarna op Beveiligingsgegevens openen, meld u aan, tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en tik daarna op Volgende en op Doorgaan.
       *[other] Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en tik daarna op Volgende en op Doorgaan.
    } Staat Toegangssleutel niet in de lijst? Dan staat uw organisatie dit soort toegangssleutel misschien niet toe. Gebruik dan de gids voor Microsoft Authenticator.

flow-samsung-pass-save-in-samsung-pass-title = Opslaan in Samsung Pass
flow-samsung-pass-save-in-samsung-pass-body = Vraagt uw telefoon waar u de toegangssleutel wilt opslaan? Controleer dan of Samsung Pass wordt getoond en bevestig. Verifieer met uw vingerafdruk, gezicht of pincode. Biedt een andere service, zoals Google Wachtwoordmanager, aan om de toegangssleutel op te slaan? Zoek in dat venster dan naar een manier om een andere service te kiezen en kies Samsung Pass, of ga terug naar de stap in Instellingen.

flow-samsung-pass-check-it-worked-title = Controleren of het gelukt is
flow-samsung-pass-check-it-worked-body = Terug in Beveiligingsgegevens geeft u de toegangssleutel een naam die u herkent. Tik op Volgende en daarna op Gereed. De toegangssleutel staat nu in uw lijst met aanmeldingsmethoden, en in Samsung Pass op uw telefoon.

flow-samsung-pass-test-sign-in-title = Uw toegangssleutel testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-samsung-pass-test-sign-in-body = Meld u in Chrome of Edge af bij uw werkaccount, of open een privévenster (incognito of InPrivate), en ga naar https://myaccount.microsoft.com. Tik op Aanmeldingsopties en daarna op “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Kies de toegangssleutel voor uw werk-e-mailadres in Samsung Pass en verifieer met uw vingerafdruk, gezicht of pincode.

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
flow-android-authenticator-install-app-body = Installeer Microsoft Authenticator via Google Play, of werk de app bij als u die al hebt: als de instellingen voor toegangssleutels van uw organisatie Authenticator bevatten, vraagt Microsoft om versie 6.2507.4749 of nieuwer. Open de app één keer en doorloop de privacyschermen. Heeft uw telefoon een werkprofiel? Installeer en gebruik de app dan in het profiel waarin u de toegangssleutel wilt gebruiken.

flow-android-authenticator-create-in-app-title = Toegangssleutel maken in Authenticator
# Unconfirmed label: "Secure Your Digital Life", "Add account"
flow-android-authenticator-create-in-app-body =
    Open Authenticator en begin bij wat u ziet:

    Ziet u “Beveilig uw digitale leven” (de eerste keer dat u de app opent)? Tik dan op Werk- of schoolaccount toevoegen.

    Staat er nog geen account in de app? Tik dan op Account toevoegen of op de knop +, kies Werk- of schoolaccount en tik op Aanmelden.

    Staat uw werkaccount er al? Tik erop en tik daarna op Toegangssleutel maken.

    Meld u aan met uw werkaccount, voer de extra verificatie uit en stel een schermvergrendeling in als de app daarom vraagt. Authenticator vraagt u daarna om de app toegangssleutels te laten opslaan: dat is de volgende stap.

flow-android-authenticator-enable-provider-title = Authenticator toegangssleutels laten opslaan
# Unconfirmed label: "Passkey added"
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Tik op Instellingen als Authenticator daarom vraagt. Open Wachtwoorden en accounts en zet Authenticator aan onder Aanvullende providers. Lukt het aanzetten niet? Dan raadt Microsoft aan uw telefoon bij te werken naar Android 15.
        [unknown] Tik op Instellingen als Authenticator daarom vraagt. Open Wachtwoorden, toegangssleutels en accounts (op Android 14: Wachtwoorden en accounts) en zet Authenticator aan onder Aanvullende providers. Lukt het aanzetten niet op Android 14? Dan raadt Microsoft aan bij te werken naar Android 15.
       *[other] Tik op Instellingen als Authenticator daarom vraagt. Open Wachtwoorden, toegangssleutels en accounts en zet Authenticator aan onder Aanvullende providers. De namen kunnen per merk telefoon verschillen: zoek in Instellingen op "toegangssleutel".
    }

    Ga terug naar Authenticator en tik op Gereed. Ziet u Toegangssleutel toegevoegd? Tik dan nogmaals op Gereed.

flow-android-authenticator-check-security-info-title = Controleren in Beveiligingsgegevens
flow-android-authenticator-check-security-info-body =
    Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Uw nieuwe toegangssleutel staat in de lijst met aanmeldingsmethoden als Toegangssleutel in Microsoft Authenticator.

    { $browser ->
        [firefox] Is het maken van de toegangssleutel in de app niet gelukt? Open deze gids dan in Chrome of Edge (Firefox op Android kan geen toegangssleutels maken voor werkaccounts) en voeg de toegangssleutel toe in Beveiligingsgegevens: tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en volg de aanwijzingen.
       *[other] Is het maken van de toegangssleutel in de app niet gelukt? Voeg die dan hier toe: tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en volg de aanwijzingen.
    } Wordt u naar Authenticator gestuurd? Maak de toegangssleutel daar, ga terug naar de browser en tik op Volgende en, zodra de toegangssleutel is gemaakt, op Gereed.

    Wordt Toegangssleutel in Microsoft Authenticator niet aangeboden? Die optie verschijnt alleen als de instellingen voor toegangssleutels van uw organisatie Microsoft Authenticator noemen. De toegangssleutel maken in de Authenticator-app (de vorige stappen) werkt ook zonder die optie. U kunt in Beveiligingsgegevens ook Toegangssleutel kiezen en Authenticator kiezen als uw telefoon vraagt waar u de toegangssleutel wilt opslaan.

flow-android-authenticator-test-sign-in-title = Uw toegangssleutel testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-android-authenticator-test-sign-in-body = Meld u in Chrome of Edge af bij uw werkaccount, of open een privévenster (incognito of InPrivate), en ga naar https://myaccount.microsoft.com. Tik op Aanmeldingsopties en daarna op “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Kies de toegangssleutel voor uw werk-e-mailadres in Authenticator en bevestig met uw vingerafdruk, gezicht of schermvergrendeling.

## Android-telefoon met Google Wachtwoordmanager (gesynchroniseerde toegangssleutel)

flow-android-google-password-manager-title = Android: toegangssleutel in Google Wachtwoordmanager
flow-android-google-password-manager-summary = Sla een toegangssleutel voor uw werkaccount op in Google Wachtwoordmanager. Die wordt gesynchroniseerd met uw andere apparaten waarop u met hetzelfde Google-account bent aangemeld. Dit werkt alleen als uw organisatie gesynchroniseerde toegangssleutels toestaat. Op een Samsung Galaxy-telefoon kiest u eerst Google als de service die toegangssleutels opslaat.

flow-android-google-password-manager-before-you-start-title = Voordat u begint
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw telefoon Android 9 of nieuwer heeft (Instellingen › Over de telefoon).
       *[other] Uw telefoon heeft Android { $os_major }. U hebt Android 9 of nieuwer nodig.
    } U hebt een schermvergrendeling nodig, en een Google-account waarmee u op de telefoon bent aangemeld. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-android-google-password-manager-check-provider-title = Controleren waar toegangssleutels worden opgeslagen
flow-android-google-password-manager-check-provider-body =
    { $platform ->
        [samsung] Open op Android 14 of nieuwer Instellingen › Beveiliging en privacy › Meer beveiligingsinstellingen › Wachtwoorden, toegangssleutels en automatisch invullen. Tik op Voorkeursservice en kies Google in plaats van Samsung Pass. Kunt u de pagina niet vinden? Zoek dan in Instellingen op "toegangssleutel". Op Android 13 of ouder hoeft u niets te wijzigen.
       *[other] { $os_major ->
            [14] Open Instellingen › Wachtwoorden en accounts en controleer of Google is ingesteld als voorkeursservice voor wachtwoorden en toegangssleutels.
            [unknown] Open op Android 14 of nieuwer Instellingen › Wachtwoorden, toegangssleutels en accounts (op Android 14: Wachtwoorden en accounts) en controleer of Google de voorkeursservice is. Op oudere versies hoeft u niets te wijzigen.
           *[other] Open op Android 15 of nieuwer Instellingen › Wachtwoorden, toegangssleutels en accounts en controleer of Google de voorkeursservice is. Op Android 13 of ouder hoeft u niets te wijzigen.
        }
    }

flow-android-google-password-manager-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en tik daarna op Volgende en op Doorgaan.
        [firefox] Open deze gids eerst in Chrome: Firefox op Android kan geen toegangssleutels maken voor werkaccounts. Tik daarna op Beveiligingsgegevens openen, meld u aan, tik op + Aanmeldingsmethode toevoegen en kies Toegangssleutel.
       *[other] Open deze gids zo mogelijk in Chrome. Tik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Tik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en tik daarna op Volgende en op Doorgaan.
    }

flow-android-google-password-manager-save-passkey-title = Toegangssleutel opslaan
flow-android-google-password-manager-save-passkey-body =
    { $platform ->
        [samsung] Vraagt uw telefoon of u een toegangssleutel wilt maken? Controleer dan of Google Wachtwoordmanager en uw eigen Google-account worden getoond. Tik op Doorgaan en ontgrendel met uw vingerafdruk, gezicht of schermvergrendeling. Biedt Samsung Pass in plaats daarvan aan om de toegangssleutel op te slaan? Dan kunt u in dat venster een andere service kiezen en Google Wachtwoordmanager kiezen, of de toegangssleutel opslaan in Samsung Pass: ook dat accepteert uw organisatie.
       *[other] Vraagt uw telefoon of u een toegangssleutel wilt maken? Controleer dan of Google Wachtwoordmanager en uw eigen Google-account worden getoond. Tik op Doorgaan en ontgrendel met uw vingerafdruk, gezicht of schermvergrendeling.
    }

flow-android-google-password-manager-check-it-worked-title = Controleren of het gelukt is
flow-android-google-password-manager-check-it-worked-body = Geef de toegangssleutel een naam die u herkent, en tik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en in Google Wachtwoordmanager op uw telefoon.

flow-android-google-password-manager-test-sign-in-title = Uw toegangssleutel testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-android-google-password-manager-test-sign-in-body = Meld u in Chrome af bij uw werkaccount, of open een incognitotabblad, en ga naar https://myaccount.microsoft.com. Tik op Aanmeldingsopties en daarna op “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Kies de toegangssleutel voor uw werk-e-mailadres in Google Wachtwoordmanager en bevestig met uw vingerafdruk, gezicht of schermvergrendeling.

## Windows-pc met Windows Hello

flow-windows-hello-title = Windows: toegangssleutel in Windows Hello
flow-windows-hello-summary = Sla een toegangssleutel voor uw werkaccount op deze pc op. U ontgrendelt die met uw Windows Hello-pincode, gezicht of vingerafdruk. De toegangssleutel blijft op deze pc en wordt niet gesynchroniseerd.

flow-windows-hello-before-you-start-title = Voordat u begint
flow-windows-hello-before-you-start-body = U hebt Windows 10 of 11 nodig, en Edge, Chrome of Firefox. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand. In de volgende stap wordt gevraagd of dit een pc van uw werk is, want daarvan hangt af of deze gids geschikt is.

flow-windows-hello-company-pc-title = Is dit een pc die uw organisatie beheert?
flow-windows-hello-company-pc-body =
    Geef aan of deze pc wordt beheerd door uw organisatie, dat wil zeggen: gekoppeld aan of geregistreerd bij Microsoft Entra ID. Open Instellingen › Accounts › Toegang tot werk of school om dat te controleren. Staat daar een werk- of schoolaccount als verbonden? Dan is het een pc die door uw organisatie wordt beheerd.

    Dit is belangrijk, omdat het instellen van Windows Hello op zo'n pc ook een aanmelding via Windows Hello voor Bedrijven voor uw werkaccount kan maken. Microsoft: “Als u daarna voor hetzelfde account een toegangssleutel op Windows probeert te registreren, mislukt de registratie omdat de referentie voor Windows Hello voor Bedrijven al bestaat. Als u het opnieuw probeert, ziet u een foutmelding dat de toegangssleutel al is geregistreerd.”

flow-windows-hello-set-up-windows-hello-title = Windows Hello instellen
flow-windows-hello-set-up-windows-hello-body = Ontgrendelt u deze pc nog niet met een pincode, gezicht of vingerafdruk? Open dan Instellingen › Accounts › Aanmeldingsopties en stel eerst Pincode (Windows Hello) in. Doe dit alleen op een pc die uw organisatie niet beheert.

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

flow-windows-hello-test-sign-in-title = Aanmelden met uw toegangssleutel testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-windows-hello-test-sign-in-body = Open een InPrivate- of incognitovenster (Ctrl+Shift+N in Edge of Chrome), of meld u af bij uw werkaccount, en ga naar https://myaccount.microsoft.com. Kies op de aanmeldingspagina Aanmeldingsopties en daarna “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Hebt u uw werk-e-mailadres al ingevuld? Kies dan in plaats daarvan Andere manieren om u aan te melden. Kies uw werkaccount en bevestig met uw Windows Hello-pincode, gezicht of vingerafdruk.

## Mac met iCloud-sleutelhanger (gesynchroniseerde toegangssleutel)

flow-macos-title = Mac: toegangssleutel in iCloud-sleutelhanger
flow-macos-summary = Sla op uw Mac een toegangssleutel voor uw werkaccount op in de app Wachtwoorden van Apple (iCloud-sleutelhanger). Die wordt gesynchroniseerd met uw andere Apple-apparaten. Dit werkt alleen als uw organisatie gesynchroniseerde toegangssleutels toestaat.

flow-macos-before-you-start-title = Voordat u begint
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Controleer of uw Mac macOS 13 Ventura of nieuwer heeft (Apple-menu › Over deze Mac).
       *[other] Uw Mac heeft macOS { $os_major }. U hebt macOS 13 Ventura of nieuwer nodig.
    } U moet zijn aangemeld met uw Apple Account, met twee-factor-authenticatie. Gebruik Safari: Chrome kan toegangssleutels pas in iCloud-sleutelhanger opslaan vanaf Chrome 118 op macOS 13.5 of nieuwer. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-macos-turn-on-icloud-keychain-title = iCloud-sleutelhanger aanzetten
# Unconfirmed label: "Apps Using iCloud", "Saved to iCloud"
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Open Systeeminstellingen, klik op uw naam en daarna op iCloud. Klik op macOS 13.3 of nieuwer onder Apps die iCloud gebruiken op Wachtwoorden en sleutelhanger en zet Synchroniseer deze Mac aan. Zet op macOS 13.0 tot en met 13.2 Wachtwoorden en sleutelhanger aan.
        [14] Open Systeeminstellingen, klik op uw naam en daarna op iCloud. Klik onder Apps die iCloud gebruiken op Wachtwoorden en sleutelhanger en zet Synchroniseer deze Mac aan.
        [unknown] Open Systeeminstellingen, klik op uw naam en daarna op iCloud. Klik op macOS 15 Sequoia of nieuwer onder Bewaard in iCloud op Wachtwoorden en zet Synchroniseer deze Mac aan. Klik op macOS 13.3 tot en met 14 onder Apps die iCloud gebruiken op Wachtwoorden en sleutelhanger en zet Synchroniseer deze Mac aan; zet op macOS 13.0 tot en met 13.2 Wachtwoorden en sleutelhanger aan.
       *[other] Open Systeeminstellingen, klik op uw naam en daarna op iCloud. Klik onder Bewaard in iCloud op Wachtwoorden, zet Synchroniseer deze Mac aan en klik op Gereed.
    }

flow-macos-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-macos-open-security-info-body = Klik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Klik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel en klik op Volgende. Staat Toegangssleutel niet in de lijst? Dan staat uw organisatie dit soort toegangssleutel misschien niet toe. Vraag het uw helpdesk.

flow-macos-save-passkey-title = Toegangssleutel opslaan
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari vraagt of u een toegangssleutel wilt opslaan. Klik op Ga door en bevestig met Touch ID of het wachtwoord van uw Mac. De toegangssleutel wordt opgeslagen in iCloud-sleutelhanger.
        [chrome] Chrome biedt iCloud-sleutelhanger pas aan vanaf Chrome 118 op macOS 13.5 of nieuwer. Open deze gids op een oudere macOS voor deze stap in Safari. Kies in het venster voor toegangssleutels van Chrome iCloud-sleutelhanger, niet Google Wachtwoordmanager of een telefoon. Vraagt Chrome erom, sta login.microsoft.com dan toe om uw toegangssleutel te gebruiken, en sta Chrome toe uw toegangssleutels te gebruiken als macOS daarom vraagt. Bevestig daarna met Touch ID of het wachtwoord van uw Mac.
        [edge] Edge toont een eigen venster voor toegangssleutels: kies iCloud-sleutelhanger als die optie er is, of open deze gids in Safari als die er niet is. Wordt het gevraagd, sta login.microsoft.com dan toe om uw toegangssleutel te gebruiken. Bevestig daarna met Touch ID of het wachtwoord van uw Mac.
       *[other] Volg het venster voor toegangssleutels van uw browser en kies iCloud-sleutelhanger. Biedt uw browser die optie niet? Open deze gids dan in Safari.
    }

flow-macos-check-it-worked-title = Controleren of het gelukt is
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Geef de toegangssleutel een naam die u herkent, en klik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw Mac in Systeeminstellingen › Wachtwoorden.
        [14] Geef de toegangssleutel een naam die u herkent, en klik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw Mac in Systeeminstellingen › Wachtwoorden.
       *[other] Geef de toegangssleutel een naam die u herkent, en klik op Volgende en daarna op Gereed. De toegangssleutel staat nu in Beveiligingsgegevens, en op uw Mac in de app Wachtwoorden.
    }

flow-macos-test-sign-in-title = Aanmelden met uw toegangssleutel testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-macos-test-sign-in-body = Open een privévenster (in Safari: Archief › Nieuw privévenster), of meld u af bij uw werkaccount, en ga naar https://myaccount.microsoft.com. Kies op de aanmeldingspagina Aanmeldingsopties en daarna “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Hebt u uw werk-e-mailadres al ingevuld? Kies dan in plaats daarvan Andere manieren om u aan te melden. Kies uw werkaccount en bevestig met Touch ID of het wachtwoord van uw Mac.

## Beveiligingssleutel (USB of NFC)

flow-security-key-title = Beveiligingssleutel (USB of NFC)
flow-security-key-summary = Sla een toegangssleutel voor uw werkaccount op een fysieke beveiligingssleutel op, die u aansluit of tegen het apparaat houdt. De toegangssleutel blijft op de beveiligingssleutel en werkt op elke computer waarop u die gebruikt.

flow-security-key-before-you-start-title = Voordat u begint
flow-security-key-before-you-start-body = U hebt een FIDO2-beveiligingssleutel nodig die uw organisatie accepteert. Twijfelt u? Vraag uw helpdesk welke modellen worden geaccepteerd. Gebruik op een computer Edge, Chrome of Firefox, op Windows, Mac of Linux. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-security-key-set-pin-title = Zorgen dat de sleutel een pincode heeft
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari op iPhone, iPad of Mac kan geen pincode instellen op een nieuwe sleutel. Heeft uw sleutel nog geen pincode? Stel die dan eerst in op een Windows-pc (Instellingen › Accounts › Aanmeldingsopties › Beveiligingssleutel › Beheren) of met de app van de fabrikant van de sleutel.
       *[other] Uw sleutel heeft een pincode nodig. Op Windows stelt u die in via Instellingen › Accounts › Aanmeldingsopties › Beveiligingssleutel › Beheren, of de browser vraagt u er een te maken. Op iPhone, iPad of Mac stelt u de pincode eerst in op een Windows-pc of met de app van de fabrikant van de sleutel.
    }

flow-security-key-open-security-info-title = Beginnen in Beveiligingsgegevens
flow-security-key-open-security-info-body = Selecteer Beveiligingsgegevens openen, meld u aan met uw werkaccount en voer de extra verificatie uit. Selecteer + Aanmeldingsmethode toevoegen, kies Toegangssleutel en selecteer Volgende.

flow-security-key-use-key-title = Toegangssleutel opslaan op uw beveiligingssleutel
flow-security-key-use-key-body =
    { $platform ->
        [windows] Vraagt Windows waar u de toegangssleutel wilt opslaan? Kies dan Beveiligingssleutel. Windows 11 stelt misschien eerst uw telefoon voor (iPhone, iPad of Android-apparaat): kies dan toch Beveiligingssleutel, of zoek die optie onder Meer opties of Een ander apparaat gebruiken. Sluit uw sleutel aan of houd hem tegen het apparaat, voer de pincode in en raak de sleutel aan als die knippert.
       *[other] Wordt u gevraagd waar u de toegangssleutel wilt opslaan? Kies dan Beveiligingssleutel. Ziet u die optie niet? Kijk dan onder Meer opties of Een ander apparaat gebruiken. Sluit uw sleutel aan of houd hem tegen het apparaat, voer de pincode in en raak de sleutel aan als die knippert.
    }

flow-security-key-check-it-worked-title = Controleren of het gelukt is
flow-security-key-check-it-worked-body = Geef de toegangssleutel een naam die u herkent, bijvoorbeeld het model van de sleutel, en selecteer Gereed. De toegangssleutel staat nu in uw lijst met aanmeldingsmethoden in Beveiligingsgegevens.

flow-security-key-test-sign-in-title = Aanmelden met uw sleutel testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-security-key-test-sign-in-body = Open een privévenster (InPrivate in Edge, incognito in Chrome), of meld u af bij uw werkaccount, en ga naar https://myaccount.microsoft.com. Kies op de aanmeldingspagina Aanmeldingsopties en daarna “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Hebt u uw werk-e-mailadres al ingevuld? Kies dan in plaats daarvan Andere manieren om u aan te melden. Kies Beveiligingssleutel, sluit uw sleutel aan of houd hem tegen het apparaat, voer de pincode in en raak de sleutel aan.

## Toegangssleutel op de telefoon, gestart op een computer

flow-phone-from-desktop-title = Computer: toegangssleutel op uw telefoon
flow-phone-from-desktop-summary = Begin op deze computer en maak de toegangssleutel in Microsoft Authenticator op uw iPhone of Android-telefoon. Daarna meldt u zich aan door te bevestigen op uw telefoon.

flow-phone-from-desktop-before-you-start-title = Voordat u begint
flow-phone-from-desktop-before-you-start-body = U hebt een iPhone met iOS 17 of nieuwer nodig, of een Android-telefoon met Android 14 of nieuwer, met een schermvergrendeling. Zorg dat de computer en de telefoon allebei verbonden zijn met internet. Houd uw huidige aanmeldingsmethode of een tijdelijke toegangspas bij de hand.

flow-phone-from-desktop-open-security-info-title = Beginnen in Beveiligingsgegevens op deze computer
flow-phone-from-desktop-open-security-info-body = Klik op Beveiligingsgegevens openen en meld u aan met uw werkaccount. Klik op + Aanmeldingsmethode toevoegen, kies Toegangssleutel in Microsoft Authenticator en voer de extra verificatie uit als daarom wordt gevraagd.

flow-phone-from-desktop-get-app-title = Authenticator op uw telefoon zetten
flow-phone-from-desktop-get-app-body = Toont de pagina een QR-code om Authenticator te downloaden? Scan die met de camera van uw telefoon (op de iPhone met de Camera-app) en installeer de app. Klik daarna op de computer op Volgende.

flow-phone-from-desktop-create-on-phone-title = Toegangssleutel maken op uw telefoon
# Unconfirmed label: "Add account"
flow-phone-from-desktop-create-on-phone-body = Open Authenticator op uw telefoon en doorloop de privacyschermen. Tik op Werk- of schoolaccount toevoegen. Staan er al andere accounts in de app? Tik dan op Account toevoegen of + en kies Werk- of schoolaccount, en daarna Aanmelden. Staat uw werkaccount er al? Tik erop en daarna op Toegangssleutel maken. Meld u aan. Wordt u gevraagd Authenticator toe te staan om toegangssleutels op te slaan? Doe dat in de instellingen van uw telefoon. Tik terug in Authenticator op Gereed, en daarna nogmaals op Gereed.

flow-phone-from-desktop-qr-fallback-title = Als aanmelden in Authenticator niet lukt
flow-phone-from-desktop-qr-fallback-body = Kies op de computer de optie voor hulp bij problemen, daarna de optie om uw toegangssleutel op een andere manier te maken, en kies dan iPhone of iPad, of Android. Voor deze manier is Bluetooth nodig: zet Bluetooth aan op de computer én op de telefoon, en zorg dat beide verbonden zijn met internet. Scan de QR-code met de camera van de telefoon (op de iPhone met de Camera-app, niet met de scanner in Authenticator). Houd de telefoon bij de computer tot er staat dat de verbinding er is. Deze manier werkt niet als uw organisatie goedgekeurde (geattesteerde) toegangssleutels vereist.

flow-phone-from-desktop-check-it-worked-title = Controleren of het gelukt is
flow-phone-from-desktop-check-it-worked-body = Klik op de computer op Volgende, en op Gereed zodra de toegangssleutel is bevestigd. Toegangssleutel in Microsoft Authenticator staat nu in uw lijst met aanmeldingsmethoden in Beveiligingsgegevens.

flow-phone-from-desktop-test-sign-in-title = Aanmelden met uw telefoon testen
# Unconfirmed label: "Face, fingerprint, PIN or security key"
flow-phone-from-desktop-test-sign-in-body = Open op de computer een privévenster (InPrivate in Edge, incognito in Chrome), of meld u af bij uw werkaccount, en ga naar https://myaccount.microsoft.com. Kies op de aanmeldingspagina Aanmeldingsopties en daarna “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Hebt u uw werk-e-mailadres al ingevuld? Kies dan in plaats daarvan Andere manieren om u aan te melden. Kies iPhone, iPad of Android-apparaat, scan de QR-code met de camera van uw telefoon en bevestig in Authenticator. Hiervoor moet Bluetooth aanstaan op de computer én op de telefoon.

## Problemen oplossen

ts-not-enabled-by-policy-title = Beveiligingsgegevens biedt de optie voor een toegangssleutel niet aan
ts-not-enabled-by-policy-body = Biedt de pagina Beveiligingsgegevens geen Toegangssleutel of Toegangssleutel in Microsoft Authenticator aan? Dan heeft uw organisatie toegangssleutels nog niet aangezet voor uw account, of dit soort toegangssleutel niet. Vraag uw helpdesk om u toe te voegen aan de invoering van toegangssleutels.

ts-self-service-off-title = Beveiligingsgegevens meldt dat ik deze methode niet kan toevoegen
ts-self-service-off-body = Uw organisatie kan het toevoegen van toegangssleutels in Beveiligingsgegevens uitzetten. Krijgt u de melding dat u deze methode niet kunt toevoegen? Vraag uw helpdesk dan om de toegangssleutel samen met u in te stellen, of om toe te staan dat u die zelf instelt.

ts-no-bootstrap-method-title = Ik kan niet bevestigen dat ik het ben, of ik ben mijn telefoon kwijt
ts-no-bootstrap-method-body = Om een toegangssleutel toe te voegen, moet u zich eerst aanmelden met een bestaande verificatiemethode, zoals een goedkeuring in Authenticator of een code per sms. Hebt u die niet, of bent u uw telefoon kwijt? Vraag uw helpdesk dan om een tijdelijke toegangspas (Temporary Access Pass) en meld u daarmee aan bij Beveiligingsgegevens.

ts-mfa-too-old-title = Beveiligingsgegevens vraagt me opnieuw te verifiëren
ts-mfa-too-old-body = Voor het toevoegen van een toegangssleutel is een recente verificatie nodig, van de afgelopen paar minuten. Wordt u gevraagd om opnieuw te verifiëren? Doe dat en voeg de toegangssleutel daarna meteen toe.

ts-os-too-old-title = Mijn telefoon of computer is hier te oud voor
ts-os-too-old-body = Toegangssleutels in Microsoft Authenticator vereisen iOS 17 of Android 14 of nieuwer. Toegangssleutels in iCloud-sleutelhanger vereisen iOS 16 of macOS 13 of nieuwer, en Google Wachtwoordmanager vereist Android 9 of nieuwer. Werk uw apparaat bij via de instellingen, of gebruik een ander apparaat of een beveiligingssleutel.

ts-android-no-secure-hardware-title = Het werkt op een andere Android-telefoon, maar op de mijne mislukt het
ts-android-no-secure-hardware-body =
    Authenticator bewaart toegangssleutels in de beveiligde hardware van de telefoon. Accepteert uw organisatie alleen goedgekeurde (geattesteerde) toegangssleutels? Dan controleert Microsoft via de attestatieservice van Google of de toegangssleutel echt in die hardware wordt bewaard. Telefoons zonder die hardware kunnen niet registreren, en de registratie stopt dan zonder duidelijke reden.

    Dezelfde controle mislukt ook als de attestatieservice het druk heeft of niet werkt: wacht even en probeer het later opnieuw. Blijft het mislukken op deze telefoon? Probeer dan een andere telefoon, of vraag uw helpdesk naar een beveiligingssleutel.

ts-authenticator-not-provider-title = Mijn telefoon laat Authenticator de toegangssleutel niet opslaan
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Op Android 14: open Instellingen › Wachtwoorden en accounts en zet Authenticator aan onder Aanvullende providers. Lukt dat niet? Werk uw telefoon dan bij naar Android 15. Op de iPhone: open Instellingen › Algemeen › Automatisch invullen en wachtwoorden (iOS 17: Instellingen › Wachtwoorden › Wachtwoordopties) en kies Authenticator.
        [17] Op een iPhone met iOS 17: open Instellingen › Wachtwoorden › Wachtwoordopties, zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator. Op Android: open Instellingen › Wachtwoorden, toegangssleutels en accounts (of Wachtwoorden en accounts) en zet Authenticator aan onder Aanvullende providers.
       *[other] Op een iPhone met iOS 18 of nieuwer: open Instellingen › Algemeen › Automatisch invullen en wachtwoorden, zet “Vul wachtwoorden en toegangssleutels automatisch in” aan en kies Authenticator (iOS 17: Instellingen › Wachtwoorden › Wachtwoordopties). Op Android: open Instellingen › Wachtwoorden, toegangssleutels en accounts (op Android 14: Wachtwoorden en accounts) en zet Authenticator aan onder Aanvullende providers.
    }

ts-screen-lock-missing-title = Ik moet eerst een schermvergrendeling instellen
ts-screen-lock-missing-body = Toegangssleutels worden ontgrendeld met de schermvergrendeling van uw apparaat. Stel in de instellingen van uw apparaat een pincode, patroon, wachtwoord, vingerafdruk of gezichtsontgrendeling in, en begin daarna opnieuw.

ts-ios-qr-camera-app-title = De QR-code wordt niet gescand op mijn iPhone
ts-ios-qr-camera-app-body = Scan de QR-code voor de toegangssleutel met de Camera-app van de iPhone, niet met de scanner in Authenticator. Die kan dit soort code niet lezen. Op Android werkt ook de scanner in Authenticator.

ts-cross-device-connecting-title = Het blijft hangen op "Verbinding maken"
ts-cross-device-connecting-body = Zet Bluetooth aan op de computer én op de telefoon, houd ze dicht bij elkaar en zorg dat beide verbonden zijn met internet. Blijft het hangen? Dan ligt het misschien aan het netwerk of aan geblokkeerde Bluetooth: zie "De telefoon kan geen verbinding maken met de computer (netwerk of Bluetooth geblokkeerd)". U kunt de toegangssleutel ook direct op de telefoon instellen, of een beveiligingssleutel gebruiken.

ts-ca-bootstrap-loop-title = Beveiligingsgegevens vraagt me steeds opnieuw om me aan te melden, of laat me rondjes draaien
# Unconfirmed label: "Register security information"
ts-ca-bootstrap-loop-body =
    Sommige aanmeldregels van uw bedrijf (voorwaardelijke toegang) vragen al om een toegangssleutel voordat u uw eerste kunt maken. Zo blijft u rondjes draaien tussen het aanmelden en Beveiligingsgegevens.

    Maakt u de toegangssleutel in Microsoft Authenticator? Dan beschrijft Microsoft een manier om dit te omzeilen: voeg in Beveiligingsgegevens Toegangssleutel in Microsoft Authenticator toe, tik op de optie voor hulp bij problemen, daarna op de optie om uw toegangssleutel op een andere manier te maken, en volg de stappen voor uw telefoon (vanaf een computer scant u een QR-code, met Bluetooth aan op beide apparaten). Deze manier werkt niet als uw organisatie alleen goedgekeurde (geattesteerde) toegangssleutels accepteert.

    Andere regels kunnen dezelfde kringloop veroorzaken: een regel die alleen telefoons toestaat die door het bedrijf worden beheerd (conforme telefoons), een regel die alleen goedgekeurde apps toestaat, of een regel die "Beveiligingsgegevens registreren" alleen toestaat vanaf kantoor of het bedrijfsnetwerk. Die regels kunt u niet zelf wijzigen. Vraag het uw helpdesk: die kan in het aanmeldingslogboek zien welke regel u heeft tegengehouden, en kan u een tijdelijke toegangspas of een tijdelijke uitzondering geven.

ts-orphaned-passkey-title = Er staat dat de toegangssleutel al bestaat, of er wordt een oude aangeboden die niet werkt
# Unconfirmed label: "Passkeys", "Reset"
ts-orphaned-passkey-body =
    Een toegangssleutel van een eerdere poging kan op uw apparaat of in uw wachtwoordmanager blijven staan terwijl uw organisatie die niet meer kent, bijvoorbeeld als die uit Beveiligingsgegevens is verwijderd of als de poging niet is afgerond. U ziet dan dat de toegangssleutel al bestaat, of uw apparaat biedt de oude toegangssleutel aan en het aanmelden mislukt. Verwijder de oude toegangssleutel waar die is opgeslagen, verwijder een eventuele oude vermelding in Beveiligingsgegevens, en registreer daarna opnieuw.

    Microsoft Authenticator: tik op uw werkaccount en daarna op Instellingen › Toegangssleutel verwijderen. Op Android wordt de toegangssleutel zo meestal ook uit Beveiligingsgegevens verwijderd.

    Wachtwoorden van Apple (iCloud-sleutelhanger): open de app Wachtwoorden (iOS 18 en macOS 15 of nieuwer), of Instellingen › Wachtwoorden op de iPhone en Systeeminstellingen › Wachtwoorden op een Mac. Zoek de toegangssleutel voor login.microsoft.com en verwijder die.

    Google Wachtwoordmanager: open Google Wachtwoordmanager in Chrome of in de instellingen van uw telefoon, zoek login.microsoft.com en verwijder de toegangssleutel.

    Samsung Pass: open Samsung Pass, zoek de toegangssleutel voor login.microsoft.com en verwijder die.

    Windows 11: open Instellingen › Accounts › Toegangssleutels, zoek login.microsoft.com en verwijder de toegangssleutel.

    Beveiligingssleutel: op Windows via Instellingen › Accounts › Aanmeldingsopties › Beveiligingssleutel › Beheren, of met de app van de fabrikant van de sleutel. Opnieuw instellen wist alle toegangssleutels op de sleutel. Stel een sleutel dus alleen opnieuw in als er niets anders op staat dat u nodig hebt.

    Beveiligingsgegevens: selecteer Verwijderen naast de oude toegangssleutel.

ts-android-work-profile-title = De toegangssleutel werkt in het ene profiel van mijn Android-telefoon, maar niet in het andere
ts-android-work-profile-body = Op Android werkt een toegangssleutel alleen in het profiel waarin die is gemaakt. Heeft uw telefoon een werkprofiel en een persoonlijk profiel? Maak de toegangssleutel dan in Authenticator in het profiel waarin u die gaat gebruiken, of maak er in elk profiel één.

ts-samsung-pass-picker-title = Samsung Pass biedt aan de toegangssleutel op te slaan, of heeft die al opgeslagen
ts-samsung-pass-picker-body =
    Galaxy-telefoons bieden vaak eerst Samsung Pass aan. Volgt u de gids voor Microsoft Authenticator? Sla de toegangssleutel daar dan niet op: kies in het venster van Samsung Pass de optie om een andere service te kiezen, en kies Authenticator. Is die optie er niet? Annuleer dan, zet Authenticator aan in Instellingen › Beveiliging en privacy › Meer beveiligingsinstellingen › Wachtwoorden, toegangssleutels en automatisch invullen, en probeer het opnieuw.

    Is de toegangssleutel al opgeslagen in Samsung Pass? Wat u dan doet, hangt af van uw organisatie. Staat die gesynchroniseerde toegangssleutels toe (deze gids biedt dan voor uw telefoon ook Samsung Pass of Google Wachtwoordmanager aan)? Dan is dat in orde: houd de toegangssleutel en meld u ermee aan. Alleen als uw organisatie uitsluitend apparaatgebonden toegangssleutels accepteert, zoals in Authenticator of op een beveiligingssleutel, verwijdert u de toegangssleutel in Samsung Pass, verwijdert u die ook in Beveiligingsgegevens als die daar staat, en begint u opnieuw, waarbij u Authenticator kiest.

ts-windows-hello-already-registered-title = Windows meldt dat de toegangssleutel al is geregistreerd
ts-windows-hello-already-registered-body = Meldt u zich op deze pc met dit werkaccount al aan via Windows Hello voor Bedrijven? Dan kan Windows er geen tweede toegangssleutel voor toevoegen, en meldt Windows dat de sleutel al is geregistreerd. Gebruik dan de gids voor de telefoon of de beveiligingssleutel, of vraag uw helpdesk om hulp.

ts-unsupported-browser-title = Mijn browser kan de toegangssleutel niet maken
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox kan op Android geen toegangssleutels voor werkaccounts maken, en op Linux kan Firefox geen toegangssleutel in Authenticator gebruiken. Gebruik Chrome of Edge.
        [opera] Opera staat niet op de lijst van browsers die Microsoft ondersteunt voor toegangssleutels voor werkaccounts. Gebruik Chrome, Edge of Safari.
        [samsung-internet] Samsung Internet staat niet op de lijst van browsers die Microsoft ondersteunt voor toegangssleutels voor werkaccounts. Gebruik Chrome of Edge.
       *[other] Gebruik een ondersteunde browser: Edge, Chrome of Firefox op Windows en Linux; Safari, Chrome, Edge of Firefox op Mac en iPhone; Chrome of Edge op Android.
    }

ts-in-app-browser-title = De gids is geopend in mijn mail- of chatapp
ts-in-app-browser-body = Links die u opent vanuit een mail- of chatapp, worden vaak geladen in de ingebouwde browser van die app. Daar werken toegangssleutels niet betrouwbaar: Microsoft raadt aan u aan te melden via de eigen browser van het apparaat. Open de link via het menu van de app in Safari, Chrome of Edge, en begin opnieuw.

ts-network-cross-device-title = De telefoon kan geen verbinding maken met de computer (netwerk of Bluetooth geblokkeerd)
ts-network-cross-device-body =
    Als uw telefoon een toegangssleutel voor een computer maakt of gebruikt (u scant een QR-code), maken de twee apparaten verbinding via Bluetooth en via internet. Zet Bluetooth aan op beide apparaten, houd ze dicht bij elkaar en zorg dat beide verbonden zijn met internet.

    Bedrijfsnetwerken, vpn's, adblockers en beveiligingssoftware kunnen deze verbinding blokkeren. Deze adressen moeten bereikbaar zijn zonder proxy of inspectie: cable.ua5v.com (Android), en cable.auth.com, app-site-association.cdn-apple.com en app-site-association.networking.apple (iPhone en iPad). Probeer het opnieuw met de vpn of adblocker uitgezet, of op een ander netwerk. Gebruikt u een apparaat van uw werk? Vraag uw helpdesk dan deze adressen te controleren.

    Sommige organisaties zetten Bluetooth uit op computers van het bedrijf. IT kan Bluetooth alleen voor toegangssleutels toestaan, bijvoorbeeld met Intune. Virtuele machines en externe bureaubladen hebben meestal helemaal geen Bluetooth: maak de toegangssleutel dan direct op uw telefoon, of gebruik een beveiligingssleutel.

ts-security-key-not-allowed-title = Er staat dat deze beveiligingssleutel niet is toegestaan
ts-security-key-not-allowed-body = Uw organisatie kan beperken welke modellen beveiligingssleutels ze accepteert. Krijgt u de melding dat deze beveiligingssleutel niet is toegestaan, of mislukt de registratie direct nadat u de sleutel hebt aangeraakt? Dan staat het model van uw sleutel niet op die lijst. Vraag uw helpdesk welke sleutels worden geaccepteerd en gebruik er een daarvan. Uw helpdesk kan IT ook vragen uw model toe te voegen.

ts-private-window-title = De toegangssleutel wordt niet opgeslagen in een privé- of incognitovenster
ts-private-window-body =
    Privévensters (privénavigatie in Safari, InPrivate in Edge, incognito in Chrome, privévensters in Firefox) kunnen verhinderen dat de browser een toegangssleutel maakt of opslaat, afhankelijk van de browser en het apparaat. Sluit het privévenster en registreer de toegangssleutel in een normaal venster.

    Voor de testaanmelding aan het eind kunt u wel een privévenster gebruiken. Wordt de toegangssleutel daar niet aangeboden? Meld u dan in een normaal venster af bij uw werkaccount en test het daar.

ts-authenticator-privacy-prompt-title = Authenticator blijft hangen op de privacyschermen als ik de app voor het eerst open
ts-authenticator-privacy-prompt-body =
    De eerste keer dat u Microsoft Authenticator opent, toont de app een paar privacyschermen, met onder andere een vraag over het delen van optionele gebruiksgegevens. Delen is optioneel: accepteer of weiger het, en ga verder.

    Doet een knop niets, of blijft de app op dat scherm staan? Werk Authenticator dan bij via de App Store of Google Play, start uw telefoon opnieuw op en open de app opnieuw. Lukt het dan nog steeds niet? Vraag het uw helpdesk.

ts-sign-in-profile-changed-title = Mijn toegangssleutel werkte eerst wel, maar wordt nu geweigerd
ts-sign-in-profile-changed-body =
    Uw organisatie bepaalt welke soorten toegangssleutels ze accepteert, en kan dat wijzigen. Zet ze bijvoorbeeld gesynchroniseerde toegangssleutels uit (opgeslagen in iCloud-sleutelhanger, Google Wachtwoordmanager of Samsung Pass)? Dan kunnen mensen zich volgens Microsoft “niet aanmelden met een gesynchroniseerde toegangssleutel, ook niet als ze er al een hebben geregistreerd”. Hetzelfde kan gebeuren als ze wijzigt welke apps of modellen beveiligingssleutels ze accepteert.

    Vraag uw helpdesk welk soort toegangssleutel nu wordt geaccepteerd, en registreer dat soort opnieuw met deze gids. Verwijder daarna de oude toegangssleutel van uw apparaat, zodat die niet meer wordt aangeboden.

ts-guest-account-title = Ik ben gast in deze organisatie en kan geen toegangssleutel toevoegen
ts-guest-account-body = Meldt u zich bij deze organisatie aan als gast, met een account van een andere organisatie of een persoonlijk account? Dan kunt u er geen toegangssleutel voor toevoegen: volgens Microsoft is “ondersteuning van toegangssleutels voor gastgebruikers momenteel niet beschikbaar”. Neem contact op met de helpdesk van de organisatie die u heeft uitgenodigd. Die kan u vertellen hoe u zich in plaats daarvan aanmeldt.

ts-sign-in-failed-title = De testaanmelding bood mijn toegangssleutel niet aan, of accepteerde die niet
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ts-sign-in-failed-body =
    Kies op de aanmeldingspagina van Microsoft Aanmeldingsopties en daarna “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Hebt u eerst uw e-mailadres ingevuld? Kies dan Andere manieren om u aan te melden en daarna “Gezicht, vingerafdruk, pincode of beveiligingssleutel”. Kies het werkaccount waaraan u de toegangssleutel hebt toegevoegd.

    Controleer in Beveiligingsgegevens of de toegangssleutel in de lijst staat. Staat die erin? Wacht dan een minuut en probeer het opnieuw. Staat die er niet in? Registreer de toegangssleutel dan opnieuw.

    Lukt het nog steeds niet? Bekijk dan de andere oorzaken die hier staan, of vraag het uw helpdesk.

ts-sign-in-too-many-passkeys-title = Aanmelden op een iPhone, iPad of Mac mislukt nadat ik mijn e-mailadres heb ingevuld
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ts-sign-in-too-many-passkeys-body = Microsoft meldt dat aanmelden met een beveiligingssleutel in browsers op iPhone, iPad en Mac misschien niet goed werkt als er drie of meer toegangssleutels voor uw account zijn geregistreerd. Begin opnieuw met aanmelden zonder uw e-mailadres in te vullen: kies Aanmeldingsopties en daarna “Gezicht, vingerafdruk, pincode of beveiligingssleutel”.

ts-sign-in-native-app-broker-title = De toegangssleutel werkt in de browser, maar niet in Outlook of Teams
ts-sign-in-native-app-broker-body =
    Microsoft-apps zoals Outlook en Teams melden zich met een toegangssleutel aan via een hulpapp (een broker) op uw apparaat.

    { $platform ->
        [iphone] Op de iPhone is de hulpapp Microsoft Authenticator: installeer die en voeg uw werkaccount toe.
        [ipad] Op de iPad is de hulpapp Microsoft Authenticator: installeer die en voeg uw werkaccount toe.
        [macos] Op een Mac is de hulpapp Company Portal, met de plug-in voor eenmalige aanmelding van uw organisatie (macOS 14 of nieuwer). Uw organisatie stelt dit in op Macs van het bedrijf.
        [android] Op Android is de hulpapp Microsoft Authenticator, Company Portal of Link to Windows. Een toegangssleutel in Authenticator werkt in apps vanaf Android 14.
        [samsung] Op Android is de hulpapp Microsoft Authenticator, Company Portal of Link to Windows. Een toegangssleutel in Authenticator werkt in apps vanaf Android 14.
        [windows] Op Windows werkt een toegangssleutel in Microsoft Authenticator in apps vanaf Windows 11 versie 22H2, en een beveiligingssleutel vanaf Windows 10 versie 1903.
       *[other] De hulpapp is Microsoft Authenticator op iPhone en iPad, Company Portal met de plug-in voor eenmalige aanmelding van uw organisatie op een Mac (macOS 14 of nieuwer), en Authenticator, Company Portal of Link to Windows op Android (Android 14 of nieuwer voor een toegangssleutel in Authenticator).
    }

    Installeer de hulpapp en werk de app bij waarmee u zich aanmeldt. Gebruik tot die tijd de app in uw browser (bijvoorbeeld Outlook op het web). Uw helpdesk weet welke hulpapp uw organisatie gebruikt.

ts-microsoft-passkey-prompt-title = Microsoft vraagt me een toegangssleutel toe te voegen als ik me aanmeld
# Unconfirmed label: "Skip for now"
ts-microsoft-passkey-prompt-body =
    Sinds september 2026 kan Microsoft u direct na het aanmelden bij uw werkaccount vragen een toegangssleutel in te stellen. Dit is de eigen registratiecampagne van Microsoft. Die staat aan, tenzij uw organisatie die heeft uitgezet, en maakt hetzelfde soort toegangssleutel als deze gids.

    U kunt die volgen: selecteer Volgende, en kies dezelfde plek die deze gids gebruikt als uw apparaat vraagt waar u de toegangssleutel wilt opslaan. Vanaf daar gelden de stappen van de gids nog steeds. Geef de toegangssleutel een naam en selecteer daarna Volgende en Gereed. Wilt u liever eerst deze gids afronden? Selecteer dan Voorlopig overslaan.

ts-security-key-pin-title = De beveiligingssleutel vraagt om een pincode die ik nooit heb ingesteld
ts-security-key-pin-body = Browsers op iPhone, iPad en Mac kunnen geen pincode instellen op een nieuwe beveiligingssleutel. Stel de pincode in op een Windows-pc (Instellingen › Accounts › Aanmeldingsopties › Beveiligingssleutel) of met de app van de fabrikant van de sleutel, en registreer de sleutel daarna opnieuw.

ts-synced-not-allowed-title = Het opslaan van de toegangssleutel in mijn wachtwoordmanager mislukt
ts-synced-not-allowed-body = Uw organisatie accepteert misschien alleen toegangssleutels die op één apparaat blijven, zoals in Microsoft Authenticator of op een beveiligingssleutel, en geen toegangssleutels die zijn opgeslagen in iCloud-sleutelhanger, Google Wachtwoordmanager of Samsung Pass. Ontbreekt Toegangssleutel in Beveiligingsgegevens, of mislukt het opslaan? Gebruik dan de gids voor Authenticator.

ts-icloud-keychain-off-title = Mijn iPhone of Mac biedt niet aan de toegangssleutel op te slaan in iCloud-sleutelhanger
ts-icloud-keychain-off-body = Voor toegangssleutels in de app Wachtwoorden van Apple zijn iCloud-sleutelhanger en twee-factor-authenticatie voor uw Apple Account nodig. Zet in uw iCloud-instellingen synchronisatie voor Wachtwoorden aan, en probeer het opnieuw.

ts-authenticator-option-missing-title = Beveiligingsgegevens biedt Toegangssleutel in Microsoft Authenticator niet aan
# Unconfirmed label: "Add account"
ts-authenticator-option-missing-body =
    Beveiligingsgegevens biedt Toegangssleutel in Microsoft Authenticator alleen aan als de instellingen voor toegangssleutels van uw organisatie Microsoft Authenticator noemen. Meestal kunt u zonder die optie toch een toegangssleutel in Authenticator zetten.

    Maak de toegangssleutel in de Authenticator-app: tik op uw werkaccount en daarna op Toegangssleutel maken, of voeg het account toe met Account toevoegen of de knop +, en daarna Werk- of schoolaccount. U kunt ook in Beveiligingsgegevens Toegangssleutel kiezen en Authenticator kiezen als u wordt gevraagd waar u de toegangssleutel wilt opslaan. Werkt geen van beide? Vraag uw helpdesk dan om Microsoft Authenticator toe te staan voor toegangssleutels.

ts-authenticator-app-version-title = Mijn Authenticator-app is misschien te oud
ts-authenticator-app-version-body =
    { $platform ->
        [iphone] Werk Microsoft Authenticator bij via de App Store. Als de instellingen voor toegangssleutels van uw organisatie Authenticator bevatten, vraagt Microsoft om versie 6.8.37 of nieuwer op iPhone en iPad.
        [ipad] Werk Microsoft Authenticator bij via de App Store. Als de instellingen voor toegangssleutels van uw organisatie Authenticator bevatten, vraagt Microsoft om versie 6.8.37 of nieuwer op iPhone en iPad.
        [android] Werk Microsoft Authenticator bij via Google Play. Als de instellingen voor toegangssleutels van uw organisatie Authenticator bevatten, vraagt Microsoft om versie 6.2507.4749 of nieuwer op Android.
        [samsung] Werk Microsoft Authenticator bij via Google Play. Als de instellingen voor toegangssleutels van uw organisatie Authenticator bevatten, vraagt Microsoft om versie 6.2507.4749 of nieuwer op Android.
       *[other] Werk Microsoft Authenticator op uw telefoon bij via de App Store of Google Play. Als de instellingen voor toegangssleutels van uw organisatie Authenticator bevatten, vraagt Microsoft om versie 6.8.37 of nieuwer op iPhone en iPad, en 6.2507.4749 of nieuwer op Android.
    } Open de app daarna en probeer het opnieuw.
