## Afbeeldingen: de woorden in de afbeelding bij elke stap (app/flows/<flow>/illustrations.toml) en
## één zin per afbeelding voor schermlezers. De labels zijn de woorden die het apparaat zelf in
## deze taal toont; houd ze kort, ze staan op een klein scherm.

## Woorden op de schermen

ill-general = Algemeen
ill-ios-about = Info
ill-ios-version = iOS-versie
ill-ios-autofill-passwords = Automatisch invullen en wachtwoorden
ill-ios-autofill-passwords-passkeys = Vul wachtwoorden en toegangssleutels automatisch in
ill-ios-autofill-from = Vul automatisch in vanuit
ill-apple-passwords = Wachtwoorden
ill-icloud = iCloud
ill-sync-this-iphone = Synchroniseer deze iPhone
ill-sync-this-mac = Synchroniseer deze Mac
ill-save-passkey-question = Toegangssleutel bewaren?
ill-apple-saved-in-passwords = Hij wordt bewaard in Wachtwoorden (iCloud-sleutelhanger) en is beschikbaar op je Apple-apparaten.
ill-apple-continue = Ga door
ill-android-continue = Doorgaan
ill-other-options = Andere opties
ill-about-this-mac = Over deze Mac
ill-macos = macOS
ill-android-about-phone = Over de telefoon
ill-android-version = Android-versie
ill-samsung-software-information = Software-informatie
ill-android-passwords-passkeys-accounts = Wachtwoorden, toegangssleutels en accounts
ill-samsung-passwords-passkeys-autofill = Wachtwoorden, toegangssleutels en automatisch invullen
ill-preferred-service = Voorkeursservice
ill-additional-providers = Aanvullende providers
ill-samsung-pass = Samsung Pass
ill-google = Google
ill-google-password-manager = Google Wachtwoordmanager
ill-create-passkey-question = Toegangssleutel maken?
ill-save = Opslaan
ill-choose-another-service = Andere service kiezen
ill-app-store-get = Download
ill-play-install = Installeren
ill-microsoft-authenticator = Microsoft Authenticator
ill-authenticator = Authenticator
ill-create-passkey = Toegangssleutel maken
ill-security-info = Beveiligingsgegevens
ill-add-sign-in-method = + Aanmeldingsmethode toevoegen
ill-add-method-title = Een aanmeldingsmethode toevoegen
ill-passkey-in-authenticator = Toegangssleutel in Microsoft Authenticator
ill-passkey = Toegangssleutel
ill-get-app-on-phone = Scan de QR-code met uw telefoon om de app te downloaden.
ill-scan-qr = Scan de QR-code met de camera van uw telefoon.
ill-next = Volgende
ill-done = Gereed
ill-cancel = Annuleren
ill-windows-about = Info
ill-windows-specifications = Windows-specificaties
ill-windows-version = Versie
ill-sign-in-options = Aanmeldingsopties
ill-facial-recognition = Gezichtsherkenning (Windows Hello)
ill-fingerprint-recognition = Vingerafdrukherkenning (Windows Hello)
ill-pin-windows-hello = Pincode (Windows Hello)
ill-security-key = Beveiligingssleutel
ill-manage = Beheren
ill-choose-where-to-save = Kies waar u deze toegangssleutel wilt opslaan
ill-phone-or-tablet = iPhone, iPad of Android-apparaat
ill-this-device-windows-hello = Dit apparaat (Windows Hello)
ill-fido2-security-key = FIDO2-beveiligingssleutel
ill-sign-in-options-link = Aanmeldingsopties
# Unconfirmed label: "Face, fingerprint, PIN or security key"
ill-face-fingerprint-pin-key = Gezicht, vingerafdruk, pincode of beveiligingssleutel
ill-ms-sign-in = Aanmelden
ill-access-work-or-school = Toegang tot werk of school
# Unconfirmed label: "Connected to your organization's Microsoft Entra ID"
ill-work-account-connected = Verbonden met Microsoft Entra ID van uw organisatie
# Unconfirmed label: "Add a work or school account"
ill-add-work-or-school-account = Een werk- of schoolaccount toevoegen
# Unconfirmed label: "Connect"
ill-connect = Verbinden
# Unconfirmed label: "One UI version"
ill-samsung-one-ui-version = One UI-versie

## Wat elke afbeelding toont, voor schermlezers

ill-iphone-authenticator-before-you-start-alt = Een iPhone toont Instellingen › Algemeen › Info, met de regel iOS-versie gemarkeerd.
ill-iphone-authenticator-install-app-alt = Een iPhone toont Microsoft Authenticator in de App Store, met de knop Download gemarkeerd.
ill-iphone-authenticator-create-in-app-alt = Een iPhone toont uw werkaccount in de Authenticator-app, met Toegangssleutel maken gemarkeerd.
ill-iphone-authenticator-enable-provider-alt = Een iPhone toont Instellingen › Algemeen › Automatisch invullen en wachtwoorden: “Vul wachtwoorden en toegangssleutels automatisch in” staat aan, en Authenticator is gekozen en gemarkeerd onder “Vul automatisch in vanuit”.
ill-iphone-authenticator-check-security-info-alt = Een iPhone toont de pagina Beveiligingsgegevens, met Toegangssleutel in Microsoft Authenticator gemarkeerd in de lijst met aanmeldingsmethoden.
ill-iphone-authenticator-test-sign-in-alt = Een iPhone toont de aanmeldingspagina van Microsoft met de aanmeldingsopties, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
ill-iphone-icloud-keychain-before-you-start-alt = Een iPhone toont Instellingen › Algemeen › Info, met de regel iOS-versie gemarkeerd.
ill-iphone-icloud-keychain-turn-on-icloud-keychain-alt = Een iPhone toont het scherm Wachtwoorden in de iCloud-instellingen, met Synchroniseer deze iPhone aan en gemarkeerd.
ill-iphone-icloud-keychain-check-autofill-alt = Een iPhone toont Instellingen › Algemeen › Automatisch invullen en wachtwoorden: “Vul wachtwoorden en toegangssleutels automatisch in” staat aan, en Wachtwoorden is gekozen en gemarkeerd onder “Vul automatisch in vanuit”.
ill-iphone-icloud-keychain-open-security-info-alt = Een iPhone toont de pagina Beveiligingsgegevens in de browser met het venster “Een aanmeldingsmethode toevoegen” open, en Toegangssleutel gemarkeerd.
ill-iphone-icloud-keychain-save-passkey-alt = Een iPhone toont een venster dat aanbiedt een toegangssleutel te bewaren in Wachtwoorden (iCloud-sleutelhanger), met de knop Ga door gemarkeerd.
ill-iphone-icloud-keychain-check-it-worked-alt = Een iPhone toont de pagina Beveiligingsgegevens, met Toegangssleutel gemarkeerd in de lijst met aanmeldingsmethoden.
ill-iphone-icloud-keychain-test-sign-in-alt = Een iPhone toont de aanmeldingspagina van Microsoft met het venster Aanmeldingsopties open, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
ill-samsung-before-you-start-alt = Een Galaxy-telefoon toont Instellingen › Telefoninfo › Software-informatie, met de regel Android-versie gemarkeerd.
ill-samsung-install-app-alt = Een Galaxy-telefoon toont Microsoft Authenticator in Google Play, met de knop Installeren gemarkeerd.
ill-samsung-set-provider-alt = Een Galaxy-telefoon toont Wachtwoorden, toegangssleutels en automatisch invullen: Samsung Pass is de voorkeursservice, en Authenticator staat aan en is gemarkeerd onder Aanvullende providers.
ill-samsung-create-in-app-alt = Een Galaxy-telefoon toont uw werkaccount in de Authenticator-app, met Toegangssleutel maken gemarkeerd.
ill-samsung-pick-authenticator-alt = Een Galaxy-telefoon toont een venster van Samsung Pass dat aanbiedt de toegangssleutel op te slaan, met de optie om een andere service te kiezen gemarkeerd.
ill-samsung-check-security-info-alt = Een Galaxy-telefoon toont de pagina Beveiligingsgegevens, met Toegangssleutel in Microsoft Authenticator gemarkeerd in de lijst met aanmeldingsmethoden.
ill-samsung-test-sign-in-alt = Een Galaxy-telefoon toont de aanmeldingspagina van Microsoft met de aanmeldingsopties, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
ill-samsung-pass-before-you-start-alt = Een Galaxy-telefoon toont Instellingen › Telefoninfo › Software-informatie, met de regel One UI-versie gemarkeerd.
ill-samsung-pass-check-samsung-pass-alt = Een Galaxy-telefoon toont Wachtwoorden, toegangssleutels en automatisch invullen, met Samsung Pass gemarkeerd als voorkeursservice.
ill-samsung-pass-open-security-info-alt = Een Galaxy-telefoon toont de pagina Beveiligingsgegevens in de browser met het venster “Een aanmeldingsmethode toevoegen” open, en Toegangssleutel gemarkeerd.
ill-samsung-pass-save-in-samsung-pass-alt = Een Galaxy-telefoon toont een venster van Samsung Pass dat de toegangssleutel opslaat, met de vraag om uw vingerafdruk gemarkeerd.
ill-samsung-pass-check-it-worked-alt = Een Galaxy-telefoon toont de pagina Beveiligingsgegevens, met Toegangssleutel gemarkeerd in de lijst met aanmeldingsmethoden.
ill-samsung-pass-test-sign-in-alt = Een Galaxy-telefoon toont de aanmeldingspagina van Microsoft met de aanmeldingsopties, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
ill-android-google-password-manager-before-you-start-alt = Een Android-telefoon toont Instellingen › Over de telefoon, met de regel Android-versie gemarkeerd.
ill-android-google-password-manager-check-provider-alt = Een Android-telefoon toont Instellingen › Wachtwoorden, toegangssleutels en accounts, met Google gemarkeerd als voorkeursservice.
ill-android-google-password-manager-open-security-info-alt = Een Android-telefoon toont de pagina Beveiligingsgegevens in de browser met het venster “Een aanmeldingsmethode toevoegen” open, en Toegangssleutel gemarkeerd.
ill-android-google-password-manager-save-passkey-alt = Een Android-telefoon toont een venster dat aanbiedt een toegangssleutel te maken in Google Wachtwoordmanager voor uw Google-account, met de knop Doorgaan gemarkeerd.
ill-android-google-password-manager-check-it-worked-alt = Een Android-telefoon toont de pagina Beveiligingsgegevens, met Toegangssleutel gemarkeerd in de lijst met aanmeldingsmethoden.
ill-android-google-password-manager-test-sign-in-alt = Een Android-telefoon toont de aanmeldingspagina van Microsoft met de aanmeldingsopties, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
ill-android-authenticator-before-you-start-alt = Een Android-telefoon toont Instellingen › Over de telefoon, met de regel Android-versie gemarkeerd.
ill-android-authenticator-install-app-alt = Een Android-telefoon toont Microsoft Authenticator in Google Play, met de knop Installeren gemarkeerd.
ill-android-authenticator-create-in-app-alt = Een Android-telefoon toont uw werkaccount in de Authenticator-app, met Toegangssleutel maken gemarkeerd.
ill-android-authenticator-enable-provider-alt = Een Android-telefoon toont Instellingen › Wachtwoorden, toegangssleutels en accounts, met Authenticator aan en gemarkeerd onder Aanvullende providers.
ill-android-authenticator-check-security-info-alt = Een Android-telefoon toont de pagina Beveiligingsgegevens, met Toegangssleutel in Microsoft Authenticator gemarkeerd in de lijst met aanmeldingsmethoden.
ill-android-authenticator-test-sign-in-alt = Een Android-telefoon toont de aanmeldingspagina van Microsoft met de aanmeldingsopties, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
ill-windows-hello-before-you-start-alt = Een Windows-laptop toont Instellingen › Systeem › Info, met de regel Versie onder Windows-specificaties gemarkeerd.
ill-windows-hello-company-pc-alt = Een Windows-laptop toont Instellingen › Accounts › Toegang tot werk of school, met een verbonden werkaccount gemarkeerd.
ill-windows-hello-set-up-windows-hello-alt = Een Windows-laptop toont Instellingen › Accounts › Aanmeldingsopties, met Pincode (Windows Hello) gemarkeerd.
ill-windows-hello-open-security-info-alt = Een Windows-laptop toont de pagina Beveiligingsgegevens in de browser met het venster “Een aanmeldingsmethode toevoegen” open, en Toegangssleutel gemarkeerd.
ill-windows-hello-save-in-windows-hello-alt = Een Windows-laptop toont het venster dat vraagt waar de toegangssleutel moet worden opgeslagen, met Dit apparaat (Windows Hello) gemarkeerd.
ill-windows-hello-check-it-worked-alt = Een Windows-laptop toont de pagina Beveiligingsgegevens, met Toegangssleutel gemarkeerd in de lijst met aanmeldingsmethoden.
ill-windows-hello-test-sign-in-alt = Een Windows-laptop toont de aanmeldingspagina van Microsoft met het venster Aanmeldingsopties open, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
ill-macos-before-you-start-alt = Een Mac toont het venster Over deze Mac, met de regel met de macOS-versie gemarkeerd.
ill-macos-turn-on-icloud-keychain-alt = Een Mac toont Systeeminstellingen › iCloud met het venster Wachtwoorden open, en Synchroniseer deze Mac aan en gemarkeerd.
ill-macos-open-security-info-alt = Een Mac toont de pagina Beveiligingsgegevens in de browser met het venster “Een aanmeldingsmethode toevoegen” open, en Toegangssleutel gemarkeerd.
ill-macos-save-passkey-alt = Een Mac toont een venster dat aanbiedt een toegangssleutel te bewaren in Wachtwoorden (iCloud-sleutelhanger), met de knop Ga door gemarkeerd.
ill-macos-check-it-worked-alt = Een Mac toont de pagina Beveiligingsgegevens, met Toegangssleutel gemarkeerd in de lijst met aanmeldingsmethoden.
ill-macos-test-sign-in-alt = Een Mac toont de aanmeldingspagina van Microsoft met het venster Aanmeldingsopties open, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
ill-security-key-before-you-start-alt = Een USB-beveiligingssleutel met een ronde aanraaksensor aan de bovenkant.
ill-security-key-set-pin-alt = Een Windows-laptop toont Instellingen › Accounts › Aanmeldingsopties, met de knop Beheren onder Beveiligingssleutel gemarkeerd.
ill-security-key-open-security-info-alt = Een Windows-laptop toont de pagina Beveiligingsgegevens in de browser met het venster “Een aanmeldingsmethode toevoegen” open, en Toegangssleutel gemarkeerd.
ill-security-key-use-key-alt = Een Windows-laptop toont het venster dat vraagt waar de toegangssleutel moet worden opgeslagen, met Beveiligingssleutel gemarkeerd.
ill-security-key-check-it-worked-alt = Een Windows-laptop toont de pagina Beveiligingsgegevens, met Toegangssleutel gemarkeerd in de lijst met aanmeldingsmethoden.
ill-security-key-test-sign-in-alt = Een Windows-laptop toont de aanmeldingspagina van Microsoft met het venster Aanmeldingsopties open, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
ill-phone-from-desktop-before-you-start-alt = Een iPhone toont Instellingen › Algemeen › Info, met de regel iOS-versie gemarkeerd.
ill-phone-from-desktop-open-security-info-alt = Een laptop toont de pagina Beveiligingsgegevens in de browser met het venster “Een aanmeldingsmethode toevoegen” open, en Toegangssleutel in Microsoft Authenticator gemarkeerd.
ill-phone-from-desktop-get-app-alt = Een laptop toont het venster Microsoft Authenticator van Beveiligingsgegevens, met de QR-code om de app te downloaden gemarkeerd.
ill-phone-from-desktop-create-on-phone-alt = Een telefoon toont uw werkaccount in de Authenticator-app, met Toegangssleutel maken gemarkeerd.
ill-phone-from-desktop-qr-fallback-alt = Een laptop toont een QR-code om met de camera van de telefoon te scannen, met de QR-code gemarkeerd.
ill-phone-from-desktop-check-it-worked-alt = Een laptop toont de pagina Beveiligingsgegevens, met Toegangssleutel in Microsoft Authenticator gemarkeerd in de lijst met aanmeldingsmethoden.
ill-phone-from-desktop-test-sign-in-alt = Een laptop toont de aanmeldingspagina van Microsoft met het venster Aanmeldingsopties open, en “Gezicht, vingerafdruk, pincode of beveiligingssleutel” gemarkeerd.
