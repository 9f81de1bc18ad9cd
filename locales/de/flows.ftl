## Inhalte der Anleitungen: Titel, Zusammenfassungen und Schritte jeder Registrierung sowie
## die Hilfe bei Problemen. Variablen: $os_major (Zahl oder "unknown"),
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown) und
## $platform (iphone, ipad, android, samsung, windows, macos, linux, chromeos, unknown).

## iPhone oder iPad mit Microsoft Authenticator

flow-iphone-authenticator-title = iPhone oder iPad: Passkey in Microsoft Authenticator
flow-iphone-authenticator-summary = Erstellen Sie in der App Microsoft Authenticator einen Passkey für Ihr Arbeitskonto. Er bleibt auf diesem iPhone oder iPad und funktioniert auch dann, wenn Ihre Organisation nur geprüfte Authentifikatoren zulässt.

flow-iphone-authenticator-before-you-start-title = Bevor Sie beginnen
flow-iphone-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr iPhone oder iPad iOS 17 oder neuer hat (Einstellungen › Allgemein › Info) und ein Code oder Face ID eingerichtet ist.
       *[other] Prüfen Sie, ob auf Ihrem iPhone oder iPad ein Code oder Face ID eingerichtet ist. Es läuft mit iOS { $os_major }, nötig ist iOS 17 oder neuer.
    } Halten Sie Ihre bisherige Anmeldemethode bereit oder, falls Sie keine haben, einen befristeten Zugriffspass (Temporary Access Pass) vom Helpdesk. Öffnen Sie diese Anleitung in Safari oder einem anderen Browser, nicht in Ihrer Mail-App.

flow-iphone-authenticator-install-app-title = Microsoft Authenticator installieren
flow-iphone-authenticator-install-app-body = Installieren Sie Microsoft Authenticator aus dem App Store oder aktualisieren Sie die App, falls Sie sie schon haben: Wenn die Passkey-Einstellungen Ihrer Organisation Authenticator einschließen, verlangt Microsoft Version 6.8.37 oder neuer. Öffnen Sie die App einmal und gehen Sie durch die Datenschutzhinweise.

flow-iphone-authenticator-create-in-app-title = Passkey in Authenticator erstellen
# Unconfirmed label: "Secure Your Digital Life", "Work or school account"
flow-iphone-authenticator-create-in-app-body =
    Öffnen Sie Authenticator und gehen Sie von dem aus, was Sie sehen:

    Zeigt die App „Schützen Sie Ihr digitales Leben“ (beim ersten Öffnen), tippen Sie auf Geschäfts-, Schul- oder Unikonto hinzufügen.

    Hat sie noch kein Konto, tippen Sie auf Konto hinzufügen oder auf +, wählen Sie Geschäfts-, Schul- oder Unikonto und tippen Sie auf Anmelden.

    Ist Ihr Arbeitskonto schon aufgeführt, tippen Sie darauf und dann auf Passkey erstellen.

    Melden Sie sich mit Ihrem Arbeitskonto an und bestätigen Sie bei Nachfrage die zusätzliche Überprüfung. Danach bittet Authenticator Sie, ihm das Speichern von Passkeys zu erlauben: Das ist der nächste Schritt.

flow-iphone-authenticator-enable-provider-title = Authenticator Passkeys speichern lassen
# Unconfirmed label: "Passkey added"
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Einstellungen › Passwörter › Passwortoptionen, aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und wählen Sie darunter Authenticator aus.
        [unknown] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Ab iOS 18 öffnen Sie Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter, unter iOS 17 Einstellungen › Passwörter › Passwortoptionen. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und wählen Sie Authenticator aus.
       *[other] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter, aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und wählen Sie unter „Automatisch ausfüllen von“ Authenticator aus.
    }

    Kehren Sie zu Authenticator zurück und tippen Sie auf Fertig. Wenn Sie „Passkey hinzugefügt“ sehen, tippen Sie erneut auf Fertig.

flow-iphone-authenticator-check-security-info-title = In den Sicherheitsinformationen prüfen
flow-iphone-authenticator-check-security-info-body =
    Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Ihr neuer Passkey steht in der Liste der Anmeldemethoden als Passkey in Microsoft Authenticator.

    Hat das Erstellen in der App nicht geklappt, fügen Sie den Passkey stattdessen hier hinzu: Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“) und folgen Sie den Hinweisen. Wenn Sie zu Authenticator geschickt werden, erstellen Sie den Passkey dort, kehren Sie dann in den Browser zurück und tippen Sie auf Weiter und, sobald der Passkey erstellt ist, auf Fertig.

    Wird Passkey in Microsoft Authenticator nicht angeboten: Diese Option erscheint nur, wenn die Passkey-Einstellungen Ihrer Organisation Microsoft Authenticator nennen. Das Erstellen in der Authenticator-App (die Schritte davor) funktioniert auch ohne sie. In den Sicherheitsinformationen können Sie auch Passkey wählen und, wenn Ihr { $platform ->
        [ipad] iPad
       *[other] iPhone
    } fragt, wo der Passkey gespeichert werden soll, Authenticator auswählen.

flow-iphone-authenticator-test-sign-in-title = Passkey testen
flow-iphone-authenticator-test-sign-in-body = Melden Sie sich im Browser von Ihrem Arbeitskonto ab oder öffnen Sie ein privates Fenster und rufen Sie https://myaccount.microsoft.com auf. Tippen Sie auf Anmeldeoptionen und dann auf Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel. Wählen Sie in Authenticator den Passkey für Ihre geschäftliche E-Mail-Adresse aus und bestätigen Sie mit Face ID, Touch ID oder Ihrem Code.

## iPhone oder iPad mit iCloud-Schlüsselbund (synchronisierter Passkey)

flow-iphone-icloud-keychain-title = iPhone oder iPad: Passkey im iCloud-Schlüsselbund
flow-iphone-icloud-keychain-summary = Speichern Sie einen Passkey für Ihr Arbeitskonto in Apple Passwörter (iCloud-Schlüsselbund). Er wird mit Ihren anderen Apple-Geräten synchronisiert. Das funktioniert nur, wenn Ihre Organisation synchronisierte Passkeys zulässt.

flow-iphone-icloud-keychain-before-you-start-title = Bevor Sie beginnen
flow-iphone-icloud-keychain-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr iPhone oder iPad iOS 16 oder neuer hat (Einstellungen › Allgemein › Info).
       *[other] Ihr Gerät läuft mit iOS { $os_major }, nötig ist iOS 16 oder neuer.
    } Sie brauchen einen Code oder Face ID und einen Apple Account mit Zwei-Faktor-Authentifizierung. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit und öffnen Sie diese Anleitung in Safari, nicht in Ihrer Mail-App.

flow-iphone-icloud-keychain-turn-on-icloud-keychain-title = iCloud-Schlüsselbund einschalten
# Unconfirmed label: "Saved to iCloud"
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Öffnen Sie die Einstellungen, tippen Sie auf Ihren Namen und dann auf iCloud. Tippen Sie auf Passwörter & Schlüsselbund und schalten Sie „Dieses iPhone synchronisieren“ ein (auf dem iPad „Dieses iPad synchronisieren“).
        [17] Öffnen Sie die Einstellungen, tippen Sie auf Ihren Namen und dann auf iCloud. Tippen Sie auf Passwörter & Schlüsselbund und schalten Sie „Dieses iPhone synchronisieren“ ein (auf dem iPad „Dieses iPad synchronisieren“).
        [unknown] Öffnen Sie die Einstellungen, tippen Sie auf Ihren Namen und dann auf iCloud. Tippen Sie unter „In iCloud gesichert“ auf Passwörter; steht es nicht in der Liste, tippen Sie zuerst auf Alle anzeigen. Unter iOS 17 oder älter tippen Sie stattdessen auf Passwörter & Schlüsselbund. Schalten Sie „Dieses iPhone synchronisieren“ ein (auf dem iPad „Dieses iPad synchronisieren“).
       *[other] Öffnen Sie die Einstellungen, tippen Sie auf Ihren Namen und dann auf iCloud. Tippen Sie unter „In iCloud gesichert“ auf Passwörter; steht es nicht in der Liste, tippen Sie zuerst auf Alle anzeigen. Schalten Sie „Dieses iPhone synchronisieren“ ein (auf dem iPad „Dieses iPad synchronisieren“).
    }

flow-iphone-icloud-keychain-check-autofill-title = Passkeys in Passwörter speichern lassen
# Unconfirmed label: "Set Up Codes In"
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Öffnen Sie Einstellungen › Passwörter › Passwortoptionen. Aktivieren Sie das automatische Ausfüllen und prüfen Sie, ob iCloud-Schlüsselbund ausgewählt ist.
        [17] Öffnen Sie Einstellungen › Passwörter › Passwortoptionen. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und prüfen Sie, ob iCloud-Passwörter & -Schlüsselbund ausgewählt ist.
        [unknown] Ab iOS 18 öffnen Sie Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter: Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“, prüfen Sie, ob unter „Automatisch ausfüllen von“ Passwörter ausgewählt ist, und stellen Sie „Codes einrichten in“ auf Passwörter. Unter iOS 16 oder 17 öffnen Sie Einstellungen › Passwörter › Passwortoptionen, aktivieren das automatische Ausfüllen und prüfen, ob iCloud-Schlüsselbund ausgewählt ist.
       *[other] Öffnen Sie Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und prüfen Sie, ob unter „Automatisch ausfüllen von“ Passwörter ausgewählt ist. Microsoft bittet außerdem darum, „Codes einrichten in“ auf Passwörter zu stellen.
    } Ist Authenticator oder eine andere Passwort-App ebenfalls eingeschaltet, können Sie sie eingeschaltet lassen: Beim Sichern des Passkeys wählen Sie Passwörter.

flow-iphone-icloud-keychain-open-security-info-title = In den Sicherheitsinformationen beginnen
# Unconfirmed label: "Setting up your passkey"
flow-iphone-icloud-keychain-open-security-info-body = Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey (je nach Sprache auch „Hauptschlüssel“) und tippen Sie auf Weiter. Tippen Sie auf der Seite „Passkey wird eingerichtet“ erneut auf Weiter. Fehlt Passkey in der Liste, lässt Ihre Organisation diese Art von Passkey vielleicht nicht zu: Fragen Sie Ihren Helpdesk.

flow-iphone-icloud-keychain-save-passkey-title = Passkey sichern
# Unconfirmed label: "Save another way"
flow-iphone-icloud-keychain-save-passkey-body = Wenn Ihr iPhone oder iPad anbietet, einen Passkey zu sichern, prüfen Sie, ob er in Passwörter (iCloud-Schlüsselbund) gespeichert wird, und tippen Sie auf Fortfahren. Bietet es an, ihn in einer anderen App wie Authenticator zu sichern, tippen Sie auf „Auf andere Weise sichern“ (oder Andere Optionen) und wählen Sie Passwörter. Bestätigen Sie mit Face ID, Touch ID oder Ihrem Code.

flow-iphone-icloud-keychain-check-it-worked-title = Prüfen, ob es geklappt hat
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und tippen Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem iPhone unter Einstellungen › Passwörter.
        [17] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und tippen Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem iPhone unter Einstellungen › Passwörter.
       *[other] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und tippen Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem iPhone in der App Passwörter.
    }

flow-iphone-icloud-keychain-test-sign-in-title = Anmeldung mit dem Passkey testen
# Unconfirmed label: "Other ways to sign in"
flow-iphone-icloud-keychain-test-sign-in-body = Öffnen Sie in Safari einen privaten Tab oder melden Sie sich von Ihrem Arbeitskonto ab und rufen Sie https://myaccount.microsoft.com auf. Wählen Sie auf der Anmeldeseite Anmeldeoptionen und dann Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel; haben Sie Ihre geschäftliche E-Mail-Adresse schon eingegeben, wählen Sie stattdessen „Andere Möglichkeiten zum Anmelden“. Wählen Sie Ihr Arbeitskonto aus und bestätigen Sie mit Face ID, Touch ID oder Ihrem Code.

## Samsung Galaxy mit Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: Passkey in Microsoft Authenticator
flow-samsung-summary = Erstellen Sie auf Ihrem Galaxy-Smartphone einen Passkey für Ihr Arbeitskonto in Microsoft Authenticator. Er bleibt auf diesem Smartphone und funktioniert auch dann, wenn Ihre Organisation nur geprüfte Authentifikatoren zulässt. Samsung Pass bietet eventuell zuerst an, ihn zu speichern: Diese Anleitung zeigt, wie er sicher in Authenticator landet.

flow-samsung-before-you-start-title = Bevor Sie beginnen
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr Smartphone Android 14 oder neuer hat (Einstellungen › Telefoninfo › Softwareinformationen).
       *[other] Ihr Smartphone läuft mit Android { $os_major }, nötig ist Android 14 oder neuer.
    } Richten Sie eine Displaysperre (PIN, Muster oder Fingerabdruck) ein, falls noch keine aktiv ist. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-samsung-install-app-title = Microsoft Authenticator installieren
flow-samsung-install-app-body = Installieren Sie Microsoft Authenticator aus Google Play oder aktualisieren Sie die App, falls Sie sie schon haben: Wenn die Passkey-Einstellungen Ihrer Organisation Authenticator einschließen, verlangt Microsoft Version 6.2507.4749 oder neuer. Öffnen Sie die App einmal und gehen Sie durch die Datenschutzhinweise.

flow-samsung-set-provider-title = Authenticator statt Samsung Pass einschalten
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Öffnen Sie Einstellungen › Allgemeine Verwaltung › Passwörter, Passkeys und Autofill. Schalten Sie Authenticator bei den zusätzlichen Anbietern ein; Sie können die App auch statt Samsung Pass als bevorzugten Dienst wählen. Lässt sich die App nicht einschalten, empfiehlt Microsoft, Ihr Smartphone auf Android 15 zu aktualisieren.
        [unknown] Öffnen Sie die Einstellungen und suchen Sie nach „Passkey“, um Passwörter, Passkeys und Autofill zu finden (unter Sicherheit und Datenschutz › Weitere Sicherheitseinstellungen, auf älteren Geräten unter Allgemeine Verwaltung). Schalten Sie Authenticator ein; Sie können die App auch statt Samsung Pass als bevorzugten Dienst wählen. Lässt sie sich unter Android 14 nicht einschalten, empfiehlt Microsoft, auf Android 15 zu aktualisieren.
       *[other] Öffnen Sie Einstellungen › Sicherheit und Datenschutz › Weitere Sicherheitseinstellungen › Passwörter, Passkeys und Autofill. Schalten Sie Authenticator bei den zusätzlichen Anbietern ein; Sie können die App auch statt Samsung Pass als bevorzugten Dienst wählen.
    }

flow-samsung-create-in-app-title = Passkey in Authenticator erstellen
# Unconfirmed label: "Secure Your Digital Life", "Work or school account"
flow-samsung-create-in-app-body =
    Öffnen Sie Authenticator und gehen Sie von dem aus, was Sie sehen:

    Zeigt die App „Schützen Sie Ihr digitales Leben“ (beim ersten Öffnen), tippen Sie auf Geschäfts-, Schul- oder Unikonto hinzufügen.

    Hat sie noch kein Konto, tippen Sie auf Konto hinzufügen oder auf +, wählen Sie Geschäfts-, Schul- oder Unikonto und tippen Sie auf Anmelden.

    Ist Ihr Arbeitskonto schon aufgeführt, tippen Sie darauf und dann auf Passkey erstellen.

    Melden Sie sich mit Ihrem Arbeitskonto an, bestätigen Sie die zusätzliche Überprüfung und richten Sie eine Displaysperre ein, falls die App danach fragt. Bittet Authenticator Sie, die App als Passkey-Anbieter einzuschalten, tun Sie das wie im vorherigen Schritt, kehren Sie dann zu Authenticator zurück und tippen Sie auf Fertig.

flow-samsung-pick-authenticator-title = Wenn Samsung Pass das Speichern anbietet
# Unconfirmed label: "Passkey added"
flow-samsung-pick-authenticator-body =
    Wenn Ihr Smartphone fragt, wo der Passkey gespeichert werden soll, wählen Sie Authenticator. Bietet ein Fenster von Samsung Pass an, ihn zu speichern, speichern Sie ihn nicht dort, denn diese Anleitung legt den Passkey in Authenticator ab: Wählen Sie in diesem Fenster die Möglichkeit, einen anderen Dienst zu nutzen, und dann Authenticator. Gibt es diese Möglichkeit nicht, brechen Sie ab, prüfen Sie den Einstellungsschritt davor (Authenticator eingeschaltet) und versuchen Sie es erneut.

    Wenn Authenticator „Passkey hinzugefügt“ zeigt, tippen Sie zum Abschluss auf Fertig.

flow-samsung-check-security-info-title = In den Sicherheitsinformationen prüfen
flow-samsung-check-security-info-body =
    Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Ihr neuer Passkey steht in der Liste der Anmeldemethoden als Passkey in Microsoft Authenticator.

    { $browser ->
        [firefox] Hat das Erstellen in der App nicht geklappt, öffnen Sie diese Anleitung in Chrome oder Edge (mit Firefox unter Android lassen sich keine Passkeys für Arbeitskonten erstellen) und fügen Sie den Passkey stattdessen in den Sicherheitsinformationen hinzu: Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“) und folgen Sie den Hinweisen.
       *[other] Hat das Erstellen in der App nicht geklappt, fügen Sie den Passkey stattdessen hier hinzu: Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“) und folgen Sie den Hinweisen.
    } Wenn Sie zu Authenticator geschickt werden, erstellen Sie den Passkey dort, kehren Sie dann in den Browser zurück und tippen Sie auf Weiter und, sobald der Passkey erstellt ist, auf Fertig.

    Wird Passkey in Microsoft Authenticator nicht angeboten: Diese Option erscheint nur, wenn die Passkey-Einstellungen Ihrer Organisation Microsoft Authenticator nennen. Das Erstellen in der Authenticator-App (die Schritte davor) funktioniert auch ohne sie. In den Sicherheitsinformationen können Sie auch Passkey wählen und, wenn Ihr Smartphone fragt, wo der Passkey gespeichert werden soll, Authenticator auswählen, nicht Samsung Pass.

flow-samsung-test-sign-in-title = Passkey testen
flow-samsung-test-sign-in-body = Melden Sie sich in Chrome oder Edge von Ihrem Arbeitskonto ab oder öffnen Sie ein privates Fenster (Inkognito oder InPrivate) und rufen Sie https://myaccount.microsoft.com auf. Tippen Sie auf Anmeldeoptionen und dann auf Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel. Wählen Sie in Authenticator den Passkey für Ihre geschäftliche E-Mail-Adresse aus und bestätigen Sie mit Fingerabdruck, Gesicht oder Displaysperre.

## Samsung Galaxy mit Samsung Pass (synchronisierter Passkey)

flow-samsung-pass-title = Samsung Galaxy: Passkey in Samsung Pass
flow-samsung-pass-summary = Speichern Sie einen Passkey für Ihr Arbeitskonto in Samsung Pass, dem Passwortmanager, der in Ihr Galaxy-Smartphone eingebaut ist. Das funktioniert nur, wenn Ihre Organisation synchronisierte Passkeys zulässt.

flow-samsung-pass-before-you-start-title = Bevor Sie beginnen
flow-samsung-pass-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr Smartphone One UI 6 oder neuer hat (Einstellungen › Telefoninfo › Softwareinformationen): Samsung Pass speichert Passkeys ab One UI 6.
       *[other] Ihr Smartphone läuft mit Android { $os_major }. Samsung Pass speichert Passkeys ab One UI 6, das mit Android 14 kam; unter Einstellungen › Telefoninfo › Softwareinformationen sehen Sie Ihre One UI-Version.
    } Sie müssen auf dem Smartphone mit Ihrem Samsung Account angemeldet sein und eine Displaysperre sowie Fingerabdruck, Gesicht oder PIN eingerichtet haben. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

    Ihre Organisation muss synchronisierte Passkeys zulassen, also solche, die in einem Passwortmanager liegen; diese Anleitung bietet Samsung Pass nur an, wo die Einstellungen Ihrer Organisation sie erlauben. Microsoft führt Samsung Pass unter den Passkeys auf, die es unter Android für Arbeitskonten akzeptiert.

flow-samsung-pass-check-samsung-pass-title = Prüfen, ob Samsung Pass Passkeys speichert
flow-samsung-pass-check-samsung-pass-body = Öffnen Sie Einstellungen › Sicherheit und Datenschutz › Weitere Sicherheitseinstellungen › Passwörter, Passkeys und Autofill. Prüfen Sie, ob unter Bevorzugter Dienst Samsung Pass ausgewählt ist; ist es ein anderer Dienst, tippen Sie auf Bevorzugter Dienst und wählen Sie Samsung Pass. Finden Sie die Seite nicht, suchen Sie in den Einstellungen nach „Passkey“.

flow-samsung-pass-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-samsung-pass-open-security-info-body =
    { $browser ->
        [firefox] Öffnen Sie diese Anleitung zuerst in Chrome oder Edge: Mit Firefox unter Android lassen sich keine Passkeys für Arbeitskonten erstellen. Tippen Sie dann auf „Sicherheitsinformationen öffnen“, melden Sie sich an, tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey und tippen Sie auf Weiter und Fortfahren.
       *[other] Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey (je nach Sprache auch „Hauptschlüssel“) und tippen Sie auf Weiter und Fortfahren.
    } Fehlt Passkey in der Liste, lässt Ihre Organisation diese Art von Passkey vielleicht nicht zu: Nutzen Sie stattdessen die Anleitung für Microsoft Authenticator.

flow-samsung-pass-save-in-samsung-pass-title = In Samsung Pass speichern
flow-samsung-pass-save-in-samsung-pass-body = Wenn Ihr Smartphone fragt, wo der Passkey gespeichert werden soll, prüfen Sie, ob Samsung Pass angezeigt wird, und bestätigen Sie. Weisen Sie sich mit Fingerabdruck, Gesicht oder PIN aus. Bietet stattdessen ein anderer Dienst wie der Google Passwortmanager an, ihn zu speichern, suchen Sie in diesem Fenster nach der Möglichkeit, einen anderen Dienst zu wählen, und wählen Sie Samsung Pass, oder gehen Sie zurück zum Einstellungsschritt.

flow-samsung-pass-check-it-worked-title = Prüfen, ob es geklappt hat
flow-samsung-pass-check-it-worked-body = Zurück in den Sicherheitsinformationen geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und tippen auf Weiter und dann auf Fertig. Er steht jetzt in der Liste Ihrer Anmeldemethoden und in Samsung Pass auf Ihrem Smartphone.

flow-samsung-pass-test-sign-in-title = Passkey testen
flow-samsung-pass-test-sign-in-body = Melden Sie sich in Chrome oder Edge von Ihrem Arbeitskonto ab oder öffnen Sie ein privates Fenster (Inkognito oder InPrivate) und rufen Sie https://myaccount.microsoft.com auf. Tippen Sie auf Anmeldeoptionen und dann auf Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel. Wählen Sie in Samsung Pass den Passkey für Ihre geschäftliche E-Mail-Adresse aus und weisen Sie sich mit Fingerabdruck, Gesicht oder PIN aus.

## Android-Smartphone mit Microsoft Authenticator

flow-android-authenticator-title = Android: Passkey in Microsoft Authenticator
flow-android-authenticator-summary = Erstellen Sie in der App Microsoft Authenticator einen Passkey für Ihr Arbeitskonto. Er bleibt auf diesem Smartphone und funktioniert auch dann, wenn Ihre Organisation nur geprüfte Authentifikatoren zulässt.

flow-android-authenticator-before-you-start-title = Bevor Sie beginnen
flow-android-authenticator-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr Smartphone Android 14 oder neuer hat (Einstellungen › Über das Telefon › Android-Version).
       *[other] Ihr Smartphone läuft mit Android { $os_major }, nötig ist Android 14 oder neuer.
    } Richten Sie eine Displaysperre (PIN, Muster oder Fingerabdruck) ein, falls noch keine aktiv ist. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-android-authenticator-install-app-title = Microsoft Authenticator installieren
flow-android-authenticator-install-app-body = Installieren Sie Microsoft Authenticator aus Google Play oder aktualisieren Sie die App, falls Sie sie schon haben: Wenn die Passkey-Einstellungen Ihrer Organisation Authenticator einschließen, verlangt Microsoft Version 6.2507.4749 oder neuer. Öffnen Sie die App einmal und gehen Sie durch die Datenschutzhinweise. Hat Ihr Smartphone ein Arbeitsprofil, installieren und nutzen Sie die App in dem Profil, in dem Sie den Passkey verwenden wollen.

flow-android-authenticator-create-in-app-title = Passkey in Authenticator erstellen
# Unconfirmed label: "Secure Your Digital Life", "Work or school account"
flow-android-authenticator-create-in-app-body =
    Öffnen Sie Authenticator und gehen Sie von dem aus, was Sie sehen:

    Zeigt die App „Schützen Sie Ihr digitales Leben“ (beim ersten Öffnen), tippen Sie auf Geschäfts-, Schul- oder Unikonto hinzufügen.

    Hat sie noch kein Konto, tippen Sie auf Konto hinzufügen oder auf +, wählen Sie Geschäfts-, Schul- oder Unikonto und tippen Sie auf Anmelden.

    Ist Ihr Arbeitskonto schon aufgeführt, tippen Sie darauf und dann auf Passkey erstellen.

    Melden Sie sich mit Ihrem Arbeitskonto an, bestätigen Sie die zusätzliche Überprüfung und richten Sie eine Displaysperre ein, falls die App danach fragt. Danach bittet Authenticator Sie, ihm das Speichern von Passkeys zu erlauben: Das ist der nächste Schritt.

flow-android-authenticator-enable-provider-title = Authenticator Passkeys speichern lassen
# Unconfirmed label: "Passkey added"
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Passwörter und Konten und schalten Sie Authenticator unter Zusätzliche Anbieter ein. Lässt sich die App nicht einschalten, empfiehlt Microsoft, Ihr Smartphone auf Android 15 zu aktualisieren.
        [unknown] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Passwörter, Passkeys & Konten (unter Android 14: Passwörter und Konten) und schalten Sie Authenticator unter Zusätzliche Anbieter ein. Lässt sich die App unter Android 14 nicht einschalten, empfiehlt Microsoft, auf Android 15 zu aktualisieren.
       *[other] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Passwörter, Passkeys & Konten und schalten Sie Authenticator unter Zusätzliche Anbieter ein. Die Bezeichnungen können je nach Hersteller abweichen: Suchen Sie in den Einstellungen nach „Passkey“.
    }

    Kehren Sie zu Authenticator zurück und tippen Sie auf Fertig. Wenn Sie „Passkey hinzugefügt“ sehen, tippen Sie erneut auf Fertig.

flow-android-authenticator-check-security-info-title = In den Sicherheitsinformationen prüfen
flow-android-authenticator-check-security-info-body =
    Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Ihr neuer Passkey steht in der Liste der Anmeldemethoden als Passkey in Microsoft Authenticator.

    { $browser ->
        [firefox] Hat das Erstellen in der App nicht geklappt, öffnen Sie diese Anleitung in Chrome oder Edge (mit Firefox unter Android lassen sich keine Passkeys für Arbeitskonten erstellen) und fügen Sie den Passkey stattdessen in den Sicherheitsinformationen hinzu: Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“) und folgen Sie den Hinweisen.
       *[other] Hat das Erstellen in der App nicht geklappt, fügen Sie den Passkey stattdessen hier hinzu: Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“) und folgen Sie den Hinweisen.
    } Wenn Sie zu Authenticator geschickt werden, erstellen Sie den Passkey dort, kehren Sie dann in den Browser zurück und tippen Sie auf Weiter und, sobald der Passkey erstellt ist, auf Fertig.

    Wird Passkey in Microsoft Authenticator nicht angeboten: Diese Option erscheint nur, wenn die Passkey-Einstellungen Ihrer Organisation Microsoft Authenticator nennen. Das Erstellen in der Authenticator-App (die Schritte davor) funktioniert auch ohne sie. In den Sicherheitsinformationen können Sie auch Passkey wählen und, wenn Ihr Smartphone fragt, wo der Passkey gespeichert werden soll, Authenticator auswählen.

flow-android-authenticator-test-sign-in-title = Passkey testen
flow-android-authenticator-test-sign-in-body = Melden Sie sich in Chrome oder Edge von Ihrem Arbeitskonto ab oder öffnen Sie ein privates Fenster (Inkognito oder InPrivate) und rufen Sie https://myaccount.microsoft.com auf. Tippen Sie auf Anmeldeoptionen und dann auf Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel. Wählen Sie in Authenticator den Passkey für Ihre geschäftliche E-Mail-Adresse aus und bestätigen Sie mit Fingerabdruck, Gesicht oder Displaysperre.

## Android-Smartphone mit Google Passwortmanager (synchronisierter Passkey)

flow-android-google-password-manager-title = Android: Passkey im Google Passwortmanager
flow-android-google-password-manager-summary = Speichern Sie einen Passkey für Ihr Arbeitskonto im Google Passwortmanager. Er wird mit Ihren anderen Geräten synchronisiert, die mit demselben Google-Konto angemeldet sind. Das funktioniert nur, wenn Ihre Organisation synchronisierte Passkeys zulässt. Auf einem Samsung Galaxy wählen Sie zuerst Google als den Dienst, der Passkeys speichert.

flow-android-google-password-manager-before-you-start-title = Bevor Sie beginnen
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr Smartphone Android 9 oder neuer hat (Einstellungen › Über das Telefon).
       *[other] Ihr Smartphone läuft mit Android { $os_major }, nötig ist Android 9 oder neuer.
    } Sie brauchen eine Displaysperre und ein Google-Konto, das auf dem Smartphone angemeldet ist. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-android-google-password-manager-check-provider-title = Prüfen, wo Passkeys gespeichert werden
flow-android-google-password-manager-check-provider-body =
    { $platform ->
        [samsung] Ab Android 14 öffnen Sie Einstellungen › Sicherheit und Datenschutz › Weitere Sicherheitseinstellungen › Passwörter, Passkeys und Autofill. Tippen Sie auf Bevorzugter Dienst und wählen Sie Google statt Samsung Pass. Finden Sie die Seite nicht, suchen Sie in den Einstellungen nach „Passkey“. Unter Android 13 oder älter müssen Sie nichts ändern.
       *[other] { $os_major ->
            [14] Öffnen Sie Einstellungen › Passwörter und Konten und prüfen Sie, ob Google als bevorzugter Dienst für Passwörter und Passkeys eingestellt ist.
            [unknown] Ab Android 14 öffnen Sie Einstellungen › Passwörter, Passkeys & Konten (unter Android 14: Passwörter und Konten) und prüfen Sie, ob Google der bevorzugte Dienst ist. Bei älteren Versionen müssen Sie nichts ändern.
           *[other] Ab Android 15 öffnen Sie Einstellungen › Passwörter, Passkeys & Konten und prüfen Sie, ob Google der bevorzugte Dienst ist. Unter Android 13 oder älter müssen Sie nichts ändern.
        }
    }

flow-android-google-password-manager-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey und tippen Sie auf Weiter und Fortfahren.
        [firefox] Öffnen Sie diese Anleitung zuerst in Chrome: Mit Firefox unter Android lassen sich keine Passkeys für Arbeitskonten erstellen. Tippen Sie dann auf „Sicherheitsinformationen öffnen“, melden Sie sich an, tippen Sie auf + Anmeldemethode hinzufügen und wählen Sie Passkey.
       *[other] Öffnen Sie diese Anleitung möglichst in Chrome. Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey und tippen Sie auf Weiter und Fortfahren.
    }

flow-android-google-password-manager-save-passkey-title = Passkey speichern
flow-android-google-password-manager-save-passkey-body =
    { $platform ->
        [samsung] Wenn Ihr Smartphone anbietet, einen Passkey zu erstellen, prüfen Sie, ob Google Passwortmanager und Ihr eigenes Google-Konto angezeigt werden. Tippen Sie auf Weiter und entsperren Sie mit Fingerabdruck, Gesicht oder Displaysperre. Bietet stattdessen Samsung Pass an, ihn zu speichern, können Sie in diesem Fenster einen anderen Dienst und dann Google Passwortmanager wählen oder ihn in Samsung Pass speichern: Auch das akzeptiert Ihre Organisation.
       *[other] Wenn Ihr Smartphone anbietet, einen Passkey zu erstellen, prüfen Sie, ob Google Passwortmanager und Ihr eigenes Google-Konto angezeigt werden. Tippen Sie auf Weiter und entsperren Sie mit Fingerabdruck, Gesicht oder Displaysperre.
    }

flow-android-google-password-manager-check-it-worked-title = Prüfen, ob es geklappt hat
flow-android-google-password-manager-check-it-worked-body = Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und tippen Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und im Google Passwortmanager auf Ihrem Smartphone.

flow-android-google-password-manager-test-sign-in-title = Passkey testen
flow-android-google-password-manager-test-sign-in-body = Melden Sie sich in Chrome von Ihrem Arbeitskonto ab oder öffnen Sie einen Inkognito-Tab und rufen Sie https://myaccount.microsoft.com auf. Tippen Sie auf Anmeldeoptionen und dann auf Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel. Wählen Sie im Google Passwortmanager den Passkey für Ihre geschäftliche E-Mail-Adresse aus und bestätigen Sie mit Fingerabdruck, Gesicht oder Displaysperre.

## Windows-PC mit Windows Hello

flow-windows-hello-title = Windows: Passkey in Windows Hello
flow-windows-hello-summary = Speichern Sie einen Passkey für Ihr Arbeitskonto auf diesem PC, entsperrt mit Ihrer Windows-Hello-PIN, Ihrem Gesicht oder Fingerabdruck. Er bleibt auf diesem PC und wird nicht synchronisiert.

flow-windows-hello-before-you-start-title = Bevor Sie beginnen
flow-windows-hello-before-you-start-body = Sie brauchen Windows 10 oder 11 und Edge, Chrome oder Firefox. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit. Im nächsten Schritt werden Sie gefragt, ob dies ein Firmen-PC ist, denn davon hängt ab, ob diese Anleitung passt.

flow-windows-hello-company-pc-title = Ist das ein von Ihrer Organisation verwalteter PC?
flow-windows-hello-company-pc-body =
    Geben Sie an, ob dieser PC von Ihrer Organisation verwaltet wird, also in Microsoft Entra ID eingebunden oder dort registriert ist. Zum Prüfen öffnen Sie Einstellungen › Konten › Auf Arbeits- oder Schulkonto zugreifen. Ist dort ein Geschäfts-, Schul- oder Unikonto als verbunden aufgeführt, ist es ein von Ihrer Organisation verwalteter PC.

    Das ist wichtig, weil auf einem solchen PC beim Einrichten von Windows Hello auch eine Anmeldung über Windows Hello for Business für Ihr Arbeitskonto entstehen kann. Microsoft schreibt dazu: „Wenn Sie dann versuchen, unter Windows einen Passkey für dasselbe Konto zu registrieren, schlägt die Registrierung fehl, weil die Anmeldeinformationen für Windows Hello for Business bereits vorhanden sind. Bei einem erneuten Versuch wird ein Fehler angezeigt, dass der Passkey bereits registriert ist.“

flow-windows-hello-set-up-windows-hello-title = Windows Hello einrichten
flow-windows-hello-set-up-windows-hello-body = Wenn Sie diesen PC noch nicht mit PIN, Gesicht oder Fingerabdruck entsperren, öffnen Sie Einstellungen › Konten › Anmeldeoptionen und richten Sie zuerst PIN (Windows Hello) ein. Tun Sie das nur auf einem PC, den Ihre Organisation nicht verwaltet.

flow-windows-hello-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-windows-hello-open-security-info-body = Klicken Sie auf „Sicherheitsinformationen öffnen“, melden Sie sich mit Ihrem Arbeitskonto an und bestätigen Sie die zusätzliche Überprüfung. Klicken Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey (je nach Sprache auch „Hauptschlüssel“) und klicken Sie auf Weiter.

flow-windows-hello-save-in-windows-hello-title = In Windows Hello speichern
flow-windows-hello-save-in-windows-hello-body =
    { $browser ->
        [chrome] Bietet Chrome an, den Passkey im Google Passwortmanager zu speichern, wählen Sie stattdessen Windows Hello. Bestätigen Sie mit Ihrer Windows-Hello-PIN, Ihrem Gesicht oder Fingerabdruck.
        [edge] Wenn Windows fragt, wo der Passkey gespeichert werden soll, wählen Sie dieses Gerät (Windows Hello), kein Smartphone und keinen Sicherheitsschlüssel. Bestätigen Sie mit Ihrer Windows-Hello-PIN, Ihrem Gesicht oder Fingerabdruck.
       *[other] Wenn Windows fragt, wo der Passkey gespeichert werden soll, wählen Sie dieses Gerät (Windows Hello), kein Smartphone und keinen Sicherheitsschlüssel. Bestätigen Sie mit Ihrer Windows-Hello-PIN, Ihrem Gesicht oder Fingerabdruck.
    }

flow-windows-hello-check-it-worked-title = Prüfen, ob es geklappt hat
flow-windows-hello-check-it-worked-body = Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und klicken Sie auf Fertig. Er steht jetzt in den Sicherheitsinformationen in der Liste Ihrer Anmeldemethoden.

flow-windows-hello-test-sign-in-title = Anmeldung mit dem Passkey testen
# Unconfirmed label: "Other ways to sign in"
flow-windows-hello-test-sign-in-body = Öffnen Sie ein InPrivate- oder Inkognitofenster (Strg+Umschalt+N in Edge oder Chrome) oder melden Sie sich von Ihrem Arbeitskonto ab und rufen Sie https://myaccount.microsoft.com auf. Wählen Sie auf der Anmeldeseite Anmeldeoptionen und dann Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel; haben Sie Ihre geschäftliche E-Mail-Adresse schon eingegeben, wählen Sie stattdessen „Andere Möglichkeiten zum Anmelden“. Wählen Sie Ihr Arbeitskonto aus und bestätigen Sie mit Ihrer Windows-Hello-PIN, Ihrem Gesicht oder Fingerabdruck.

## Mac mit iCloud-Schlüsselbund (synchronisierter Passkey)

flow-macos-title = Mac: Passkey im iCloud-Schlüsselbund
flow-macos-summary = Speichern Sie auf Ihrem Mac einen Passkey für Ihr Arbeitskonto in Apple Passwörter (iCloud-Schlüsselbund). Er wird mit Ihren anderen Apple-Geräten synchronisiert. Das funktioniert nur, wenn Ihre Organisation synchronisierte Passkeys zulässt.

flow-macos-before-you-start-title = Bevor Sie beginnen
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr Mac macOS 13 Ventura oder neuer hat (Apple-Menü › Über diesen Mac).
       *[other] Ihr Mac läuft mit macOS { $os_major }, nötig ist macOS 13 Ventura oder neuer.
    } Sie müssen mit Ihrem Apple Account mit Zwei-Faktor-Authentifizierung angemeldet sein. Nutzen Sie Safari; Chrome kann Passkeys erst ab Chrome 118 unter macOS 13.5 oder neuer im iCloud-Schlüsselbund speichern. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-macos-turn-on-icloud-keychain-title = iCloud-Schlüsselbund einschalten
# Unconfirmed label: "Apps Using iCloud", "Saved to iCloud"
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Öffnen Sie die Systemeinstellungen, klicken Sie auf Ihren Namen und dann auf iCloud. Ab macOS 13.3 klicken Sie unter „Apps, die iCloud verwenden“ auf Passwörter & Schlüsselbund und schalten „Diesen Mac synchronisieren“ ein. Unter macOS 13.0 bis 13.2 schalten Sie Passwörter & Schlüsselbund ein.
        [14] Öffnen Sie die Systemeinstellungen, klicken Sie auf Ihren Namen und dann auf iCloud. Klicken Sie unter „Apps, die iCloud verwenden“ auf Passwörter & Schlüsselbund und schalten Sie „Diesen Mac synchronisieren“ ein.
        [unknown] Öffnen Sie die Systemeinstellungen, klicken Sie auf Ihren Namen und dann auf iCloud. Ab macOS 15 Sequoia klicken Sie unter „In iCloud gesichert“ auf Passwörter und schalten „Diesen Mac synchronisieren“ ein. Unter macOS 13.3 bis 14 klicken Sie unter „Apps, die iCloud verwenden“ auf Passwörter & Schlüsselbund und schalten „Diesen Mac synchronisieren“ ein; unter macOS 13.0 bis 13.2 schalten Sie Passwörter & Schlüsselbund ein.
       *[other] Öffnen Sie die Systemeinstellungen, klicken Sie auf Ihren Namen und dann auf iCloud. Klicken Sie unter „In iCloud gesichert“ auf Passwörter, schalten Sie „Diesen Mac synchronisieren“ ein und klicken Sie auf Fertig.
    }

flow-macos-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-macos-open-security-info-body = Klicken Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Klicken Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey (je nach Sprache auch „Hauptschlüssel“) und klicken Sie auf Weiter. Fehlt Passkey in der Liste, lässt Ihre Organisation diese Art von Passkey vielleicht nicht zu: Fragen Sie Ihren Helpdesk.

flow-macos-save-passkey-title = Passkey sichern
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari fragt, ob ein Passkey gesichert werden soll. Klicken Sie auf Fortfahren und bestätigen Sie mit Touch ID oder Ihrem Mac-Passwort; der Passkey landet im iCloud-Schlüsselbund.
        [chrome] Chrome bietet den iCloud-Schlüsselbund erst ab Chrome 118 unter macOS 13.5 oder neuer an; mit einem älteren macOS öffnen Sie diese Anleitung für diesen Schritt in Safari. Wählen Sie im Passkey-Fenster von Chrome iCloud-Schlüsselbund, nicht Google Passwortmanager oder ein Smartphone. Erlauben Sie login.microsoft.com bei Nachfrage von Chrome den Zugriff auf Ihren Passkey und erlauben Sie Chrome, Ihre Passkeys zu verwenden, wenn macOS danach fragt; bestätigen Sie dann mit Touch ID oder Ihrem Mac-Passwort.
        [edge] Edge zeigt ein eigenes Passkey-Fenster: Wählen Sie iCloud-Schlüsselbund, wenn es angeboten wird, oder öffnen Sie andernfalls diese Anleitung in Safari. Erlauben Sie login.microsoft.com bei Nachfrage den Zugriff auf Ihren Passkey und bestätigen Sie mit Touch ID oder Ihrem Mac-Passwort.
       *[other] Folgen Sie dem Passkey-Fenster Ihres Browsers und wählen Sie iCloud-Schlüsselbund. Bietet Ihr Browser das nicht an, öffnen Sie diese Anleitung stattdessen in Safari.
    }

flow-macos-check-it-worked-title = Prüfen, ob es geklappt hat
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und klicken Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem Mac unter Systemeinstellungen › Passwörter.
        [14] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und klicken Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem Mac unter Systemeinstellungen › Passwörter.
       *[other] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und klicken Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem Mac in der App Passwörter.
    }

flow-macos-test-sign-in-title = Anmeldung mit dem Passkey testen
# Unconfirmed label: "Other ways to sign in"
flow-macos-test-sign-in-body = Öffnen Sie ein privates Fenster (in Safari Ablage › Neues privates Fenster) oder melden Sie sich von Ihrem Arbeitskonto ab und rufen Sie https://myaccount.microsoft.com auf. Wählen Sie auf der Anmeldeseite Anmeldeoptionen und dann Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel; haben Sie Ihre geschäftliche E-Mail-Adresse schon eingegeben, wählen Sie stattdessen „Andere Möglichkeiten zum Anmelden“. Wählen Sie Ihr Arbeitskonto aus und bestätigen Sie mit Touch ID oder Ihrem Mac-Passwort.

## Sicherheitsschlüssel (USB oder NFC)

flow-security-key-title = Sicherheitsschlüssel (USB oder NFC)
flow-security-key-summary = Speichern Sie einen Passkey für Ihr Arbeitskonto auf einem Sicherheitsschlüssel, den Sie einstecken oder an das Gerät halten. Er bleibt auf dem Schlüssel und funktioniert an jedem Computer, an dem Sie ihn verwenden.

flow-security-key-before-you-start-title = Bevor Sie beginnen
flow-security-key-before-you-start-body = Sie brauchen einen FIDO2-Sicherheitsschlüssel, den Ihre Organisation zulässt; fragen Sie im Zweifel Ihren Helpdesk, welche Modelle zugelassen sind. Nutzen Sie am Computer Edge, Chrome oder Firefox, unter Windows, macOS oder Linux. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-security-key-set-pin-title = Dafür sorgen, dass der Schlüssel eine PIN hat
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari auf iPhone, iPad oder Mac kann für einen neuen Schlüssel keine PIN einrichten. Hat Ihr Schlüssel noch keine PIN, legen Sie zuerst an einem Windows-PC eine fest (Einstellungen › Konten › Anmeldeoptionen › Sicherheitsschlüssel › Verwalten) oder mit der App des Herstellers.
       *[other] Ihr Schlüssel braucht eine PIN. Unter Windows legen Sie sie unter Einstellungen › Konten › Anmeldeoptionen › Sicherheitsschlüssel › Verwalten fest, oder der Browser fordert Sie dazu auf. Auf iPhone, iPad oder Mac legen Sie die PIN zuerst an einem Windows-PC oder mit der App des Herstellers fest.
    }

flow-security-key-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-security-key-open-security-info-body = Wählen Sie „Sicherheitsinformationen öffnen“, melden Sie sich mit Ihrem Arbeitskonto an und bestätigen Sie die zusätzliche Überprüfung. Wählen Sie + Anmeldemethode hinzufügen, dann Passkey (je nach Sprache auch „Hauptschlüssel“) und Weiter.

flow-security-key-use-key-title = Passkey auf dem Schlüssel speichern
flow-security-key-use-key-body =
    { $platform ->
        [windows] Wenn Windows fragt, wo der Passkey gespeichert werden soll, wählen Sie Sicherheitsschlüssel. Windows 11 schlägt eventuell zuerst Ihr Smartphone vor (iPhone, iPad oder Android-Gerät): Wählen Sie stattdessen Sicherheitsschlüssel oder suchen Sie die Option unter Weitere Optionen oder Anderes Gerät verwenden. Stecken Sie den Schlüssel ein oder halten Sie ihn an das Gerät, geben Sie seine PIN ein und berühren Sie ihn, wenn er blinkt.
       *[other] Wenn gefragt wird, wo der Passkey gespeichert werden soll, wählen Sie Sicherheitsschlüssel. Sehen Sie diese Option nicht, schauen Sie unter Weitere Optionen oder Anderes Gerät verwenden. Stecken Sie den Schlüssel ein oder halten Sie ihn an das Gerät, geben Sie seine PIN ein und berühren Sie ihn, wenn er blinkt.
    }

flow-security-key-check-it-worked-title = Prüfen, ob es geklappt hat
flow-security-key-check-it-worked-body = Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, etwa das Modell des Schlüssels, und wählen Sie Fertig. Er steht jetzt in den Sicherheitsinformationen in der Liste Ihrer Anmeldemethoden.

flow-security-key-test-sign-in-title = Anmeldung mit dem Schlüssel testen
# Unconfirmed label: "Other ways to sign in"
flow-security-key-test-sign-in-body = Öffnen Sie ein privates Fenster (InPrivate in Edge, Inkognito in Chrome) oder melden Sie sich von Ihrem Arbeitskonto ab und rufen Sie https://myaccount.microsoft.com auf. Wählen Sie auf der Anmeldeseite Anmeldeoptionen und dann Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel; haben Sie Ihre geschäftliche E-Mail-Adresse schon eingegeben, wählen Sie stattdessen „Andere Möglichkeiten zum Anmelden“. Wählen Sie Sicherheitsschlüssel, stecken Sie den Schlüssel ein oder halten Sie ihn an das Gerät, geben Sie seine PIN ein und berühren Sie ihn.

## Passkey auf dem Smartphone, am Computer begonnen

flow-phone-from-desktop-title = Computer: Passkey auf Ihrem Smartphone
flow-phone-from-desktop-summary = Beginnen Sie an diesem Computer und erstellen Sie den Passkey in Microsoft Authenticator auf Ihrem iPhone oder Android-Smartphone. Zum Anmelden bestätigen Sie dann auf dem Smartphone.

flow-phone-from-desktop-before-you-start-title = Bevor Sie beginnen
flow-phone-from-desktop-before-you-start-body = Sie brauchen ein iPhone mit iOS 17 oder neuer oder ein Android-Smartphone mit Android 14 oder neuer, jeweils mit Displaysperre. Sorgen Sie dafür, dass Computer und Smartphone beide online sind. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-phone-from-desktop-open-security-info-title = An diesem Computer in den Sicherheitsinformationen beginnen
flow-phone-from-desktop-open-security-info-body = Klicken Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Klicken Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“) und bestätigen Sie bei Nachfrage die zusätzliche Überprüfung.

flow-phone-from-desktop-get-app-title = Authenticator aufs Smartphone holen
flow-phone-from-desktop-get-app-body = Zeigt die Seite einen QR-Code zum Herunterladen von Authenticator, scannen Sie ihn mit der Kamera Ihres Smartphones (auf dem iPhone mit der App Kamera) und installieren Sie die App. Klicken Sie dann am Computer auf Weiter.

flow-phone-from-desktop-create-on-phone-title = Passkey auf dem Smartphone erstellen
# Unconfirmed label: "Work or school account"
flow-phone-from-desktop-create-on-phone-body = Öffnen Sie auf dem Smartphone Authenticator und gehen Sie durch die Datenschutzhinweise. Tippen Sie auf Geschäfts-, Schul- oder Unikonto hinzufügen; hat die App schon andere Konten, tippen Sie auf Konto hinzufügen oder +, wählen Sie Geschäfts-, Schul- oder Unikonto und dann Anmelden. Ist Ihr Arbeitskonto schon vorhanden, tippen Sie darauf und dann auf Passkey erstellen. Melden Sie sich an, erlauben Sie Authenticator bei Nachfrage in den Einstellungen des Smartphones, Passkeys zu speichern, und tippen Sie zurück in Authenticator auf Fertig und dann erneut auf Fertig.

flow-phone-from-desktop-qr-fallback-title = Wenn die Anmeldung in Authenticator nicht klappt
flow-phone-from-desktop-qr-fallback-body = Wählen Sie am Computer die Hilfe bei Problemen und dann die Möglichkeit, den Passkey auf andere Weise zu erstellen, und anschließend iPhone oder iPad bzw. Android. Dieser Weg braucht Bluetooth: Schalten Sie es am Computer und am Smartphone ein und sorgen Sie dafür, dass beide online sind. Scannen Sie den QR-Code mit der Kamera des Smartphones (auf dem iPhone mit der App Kamera, nicht mit dem Scanner in Authenticator) und halten Sie das Smartphone in der Nähe des Computers, bis die Verbindung steht. Dieser Weg funktioniert nicht, wenn Ihre Organisation nur geprüfte (attestierte) Passkeys zulässt.

flow-phone-from-desktop-check-it-worked-title = Prüfen, ob es geklappt hat
flow-phone-from-desktop-check-it-worked-body = Klicken Sie am Computer auf Weiter und, sobald der Passkey bestätigt ist, auf Fertig. Passkey in Microsoft Authenticator steht jetzt in den Sicherheitsinformationen in der Liste Ihrer Anmeldemethoden.

flow-phone-from-desktop-test-sign-in-title = Anmeldung mit dem Smartphone testen
# Unconfirmed label: "Other ways to sign in"
flow-phone-from-desktop-test-sign-in-body = Öffnen Sie am Computer ein privates Fenster (InPrivate in Edge, Inkognito in Chrome) oder melden Sie sich von Ihrem Arbeitskonto ab und rufen Sie https://myaccount.microsoft.com auf. Wählen Sie auf der Anmeldeseite Anmeldeoptionen und dann Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel; haben Sie Ihre geschäftliche E-Mail-Adresse schon eingegeben, wählen Sie stattdessen „Andere Möglichkeiten zum Anmelden“. Wählen Sie iPhone, iPad oder Android-Gerät, scannen Sie den QR-Code mit der Kamera Ihres Smartphones und bestätigen Sie in Authenticator. Dafür muss Bluetooth am Computer und am Smartphone eingeschaltet sein.

## Hilfe bei Problemen

ts-not-enabled-by-policy-title = Die Sicherheitsinformationen bieten keine Passkey-Option an
ts-not-enabled-by-policy-body = Bieten die Sicherheitsinformationen weder Passkey noch Passkey in Microsoft Authenticator an, hat Ihre Organisation Passkeys für Ihr Konto noch nicht freigeschaltet, oder nicht diese Art von Passkey. Bitten Sie Ihren Helpdesk, Sie in die Passkey-Einführung aufzunehmen.

ts-self-service-off-title = Laut den Sicherheitsinformationen kann ich diese Methode nicht hinzufügen
ts-self-service-off-body = Ihre Organisation kann das Hinzufügen von Passkeys in den Sicherheitsinformationen abschalten. Wird Ihnen gemeldet, dass Sie diese Methode nicht hinzufügen können, bitten Sie Ihren Helpdesk, den Passkey mit Ihnen einzurichten oder die Selbstregistrierung zu erlauben.

ts-no-bootstrap-method-title = Ich kann mich nicht ausweisen oder habe mein Smartphone verloren
ts-no-bootstrap-method-body = Bevor Sie einen Passkey hinzufügen, müssen Sie sich mit einer vorhandenen Überprüfungsmethode anmelden, etwa einer Bestätigung in Authenticator oder einem SMS-Code. Haben Sie keine oder Ihr Smartphone verloren, bitten Sie Ihren Helpdesk um einen befristeten Zugriffspass (Temporary Access Pass) und melden Sie sich damit bei den Sicherheitsinformationen an.

ts-mfa-too-old-title = Die Sicherheitsinformationen verlangen eine erneute Überprüfung
ts-mfa-too-old-body = Zum Hinzufügen eines Passkeys ist eine Überprüfung aus den letzten Minuten nötig. Werden Sie erneut zur Überprüfung aufgefordert, bestätigen Sie und fügen Sie den Passkey direkt danach hinzu.

ts-os-too-old-title = Mein Smartphone oder Computer ist dafür zu alt
ts-os-too-old-body = Passkeys in Microsoft Authenticator brauchen iOS 17 oder Android 14 oder neuer. Passkeys im iCloud-Schlüsselbund brauchen iOS 16 oder macOS 13 oder neuer, der Google Passwortmanager Android 9 oder neuer. Aktualisieren Sie Ihr Gerät in den Einstellungen oder nutzen Sie ein anderes Gerät oder einen Sicherheitsschlüssel.

ts-android-no-secure-hardware-title = Auf einem Android-Smartphone klappt es, auf meinem nicht
ts-android-no-secure-hardware-body =
    Authenticator speichert Passkeys in der geschützten Sicherheitshardware des Smartphones. Lässt Ihre Organisation nur geprüfte (attestierte) Passkeys zu, prüft Microsoft über den Attestierungsdienst von Google, ob der Passkey wirklich in dieser Hardware liegt. Auf Smartphones ohne diese Hardware ist keine Registrierung möglich, und sie bricht ohne klaren Grund ab.

    Dieselbe Prüfung schlägt auch fehl, solange der Attestierungsdienst überlastet oder gestört ist: Warten Sie eine Weile und versuchen Sie es später erneut. Schlägt es auf diesem Smartphone weiterhin fehl, versuchen Sie es mit einem anderen Smartphone oder fragen Sie Ihren Helpdesk nach einem Sicherheitsschlüssel.

ts-authenticator-not-provider-title = Mein Smartphone lässt Authenticator den Passkey nicht speichern
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Unter Android 14: Einstellungen › Passwörter und Konten, dann Authenticator unter Zusätzliche Anbieter einschalten. Klappt das nicht, aktualisieren Sie auf Android 15. Auf dem iPhone: Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter (iOS 17: Einstellungen › Passwörter › Passwortoptionen) und Authenticator auswählen.
        [17] Auf dem iPhone mit iOS 17: Einstellungen › Passwörter › Passwortoptionen, „Passwörter und Passkeys automatisch ausfüllen“ einschalten und Authenticator auswählen. Unter Android: Einstellungen › Passwörter, Passkeys & Konten (oder Passwörter und Konten), dann Authenticator unter Zusätzliche Anbieter einschalten.
       *[other] Auf dem iPhone ab iOS 18: Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter, „Passwörter und Passkeys automatisch ausfüllen“ einschalten und Authenticator auswählen (iOS 17: Einstellungen › Passwörter › Passwortoptionen). Unter Android: Einstellungen › Passwörter, Passkeys & Konten (unter Android 14: Passwörter und Konten), dann Authenticator unter Zusätzliche Anbieter einschalten.
    }

ts-screen-lock-missing-title = Ich soll zuerst eine Displaysperre einrichten
ts-screen-lock-missing-body = Passkeys werden mit der Displaysperre Ihres Geräts entsperrt. Richten Sie in den Einstellungen eine PIN, ein Muster, ein Passwort, einen Fingerabdruck oder die Gesichtserkennung ein und beginnen Sie dann erneut.

ts-ios-qr-camera-app-title = Der QR-Code lässt sich auf meinem iPhone nicht scannen
ts-ios-qr-camera-app-body = Scannen Sie den Passkey-QR-Code mit der App Kamera des iPhones, nicht mit dem Scanner in Authenticator, der diese Art von Code nicht lesen kann. Unter Android funktioniert auch der Scanner in Authenticator.

ts-cross-device-connecting-title = Es hängt bei „Verbindung wird hergestellt“
ts-cross-device-connecting-body = Schalten Sie Bluetooth am Computer und am Smartphone ein, halten Sie beide nah beieinander und sorgen Sie dafür, dass beide online sind. Hängt es weiterhin, können das Netzwerk oder ein blockiertes Bluetooth die Ursache sein: Siehe „Das Smartphone kann keine Verbindung zum Computer herstellen (Netzwerk oder Bluetooth blockiert)“. Sie können den Passkey auch direkt auf dem Smartphone einrichten oder einen Sicherheitsschlüssel nutzen.

ts-ca-bootstrap-loop-title = Die Sicherheitsinformationen verlangen immer wieder eine Anmeldung oder schicken mich im Kreis
# Unconfirmed label: "Register security information"
ts-ca-bootstrap-loop-body =
    Manche Anmelderegeln Ihrer Firma (bedingter Zugriff) verlangen schon einen Passkey, bevor Sie Ihren ersten erstellen können, sodass Sie zwischen Anmeldung und Sicherheitsinformationen im Kreis geschickt werden.

    Erstellen Sie den Passkey in Microsoft Authenticator, beschreibt Microsoft einen Ausweg: Fügen Sie in den Sicherheitsinformationen Passkey in Microsoft Authenticator hinzu, wählen Sie die Hilfe bei Problemen und dann die Möglichkeit, den Passkey auf andere Weise zu erstellen, und folgen Sie den Schritten für Ihr Smartphone (Sie scannen einen QR-Code auf dem Computer, und Bluetooth muss auf beiden Geräten eingeschaltet sein). Dieser Weg funktioniert nicht, wenn Ihre Organisation nur geprüfte (attestierte) Passkeys zulässt.

    Andere Regeln können dieselbe Schleife auslösen: eine, die nur von der Firma verwaltete (konforme) Smartphones zulässt, eine, die nur zugelassene Apps erlaubt, oder eine, die „Sicherheitsinformationen registrieren“ nur im Büro oder im Firmennetz erlaubt. Diese Regeln können Sie nicht selbst ändern. Fragen Sie Ihren Helpdesk: Dort ist im Anmeldeprotokoll zu sehen, welche Regel Sie aufgehalten hat, und man kann Ihnen einen befristeten Zugriffspass oder eine vorübergehende Ausnahme geben.

ts-orphaned-passkey-title = Es heißt, der Passkey sei bereits vorhanden, oder ein alter Passkey wird angeboten, der nicht funktioniert
# Unconfirmed label: "Passkeys"
ts-orphaned-passkey-body =
    Ein Passkey aus einem früheren Versuch kann auf Ihrem Gerät oder in Ihrem Passwortmanager bleiben, obwohl Ihre Organisation ihn nicht mehr kennt, etwa weil er aus den Sicherheitsinformationen entfernt wurde oder der Versuch nicht abgeschlossen wurde. Dann wird Ihnen gemeldet, dass der Passkey bereits vorhanden ist, oder Ihr Gerät bietet den alten Passkey an und die Anmeldung schlägt fehl. Löschen Sie den alten Passkey dort, wo er gespeichert ist, entfernen Sie einen alten Eintrag in den Sicherheitsinformationen und registrieren Sie neu.

    Microsoft Authenticator: Tippen Sie auf Ihr Arbeitskonto und dann auf Einstellungen › Passkey löschen. Unter Android wird er damit meist auch aus den Sicherheitsinformationen entfernt.

    Apple Passwörter (iCloud-Schlüsselbund): Öffnen Sie die App Passwörter (ab iOS 18 und macOS 15) oder Einstellungen › Passwörter auf dem iPhone bzw. Systemeinstellungen › Passwörter auf dem Mac. Suchen Sie den Passkey für login.microsoft.com und löschen Sie ihn.

    Google Passwortmanager: Öffnen Sie den Google Passwortmanager in Chrome oder in den Einstellungen Ihres Smartphones, suchen Sie login.microsoft.com und löschen Sie den Passkey.

    Samsung Pass: Öffnen Sie Samsung Pass, suchen Sie den Passkey für login.microsoft.com und löschen Sie ihn.

    Windows 11: Öffnen Sie Einstellungen › Konten › Passkeys, suchen Sie login.microsoft.com und löschen Sie den Passkey.

    Sicherheitsschlüssel: unter Windows Einstellungen › Konten › Anmeldeoptionen › Sicherheitsschlüssel › Verwalten, oder die App des Herstellers. Zurücksetzen löscht alle Passkeys auf dem Schlüssel; setzen Sie also nur einen Schlüssel zurück, auf dem nichts anderes liegt, das Sie brauchen.

    Sicherheitsinformationen: Wählen Sie neben dem alten Passkey Löschen.

ts-android-work-profile-title = Der Passkey funktioniert in einem Profil meines Android-Smartphones, im anderen nicht
ts-android-work-profile-body = Unter Android funktioniert ein Passkey nur in dem Profil, in dem er erstellt wurde. Hat Ihr Smartphone ein Arbeits- und ein privates Profil, erstellen Sie den Passkey in Authenticator in dem Profil, in dem Sie ihn nutzen, oder in beiden je einmal.

ts-samsung-pass-picker-title = Samsung Pass bietet an, den Passkey zu speichern, oder hat ihn schon gespeichert
ts-samsung-pass-picker-body =
    Galaxy-Smartphones schlagen oft zuerst Samsung Pass vor. Folgen Sie der Anleitung für Microsoft Authenticator, speichern Sie den Passkey nicht dort: Wählen Sie im Fenster von Samsung Pass die Möglichkeit, einen anderen Dienst zu nutzen, und dann Authenticator. Gibt es diese Möglichkeit nicht, brechen Sie ab, schalten Sie Authenticator unter Einstellungen › Sicherheit und Datenschutz › Weitere Sicherheitseinstellungen › Passwörter, Passkeys und Autofill ein und versuchen Sie es erneut.

    Ist der Passkey schon in Samsung Pass gespeichert, hängt das Vorgehen von Ihrer Organisation ab. Lässt sie synchronisierte Passkeys zu (dann bietet Ihnen diese Anleitung für Ihr Smartphone auch Samsung Pass oder den Google Passwortmanager an), ist das in Ordnung: Behalten Sie ihn und melden Sie sich damit an. Nur wenn Ihre Organisation ausschließlich gerätegebundene Passkeys zulässt, etwa in Authenticator oder auf einem Sicherheitsschlüssel, löschen Sie ihn in Samsung Pass, entfernen ihn in den Sicherheitsinformationen, falls er dort aufgeführt ist, und beginnen neu; wählen Sie dabei Authenticator.

ts-windows-hello-already-registered-title = Windows meldet, der Passkey sei bereits registriert
ts-windows-hello-already-registered-body = Melden Sie sich an diesem PC mit diesem Arbeitskonto bereits über Windows Hello for Business an, kann Windows keinen zusätzlichen Passkey dafür anlegen und meldet, er sei bereits registriert. Nutzen Sie stattdessen die Anleitung für das Smartphone oder den Sicherheitsschlüssel, oder fragen Sie Ihren Helpdesk.

ts-unsupported-browser-title = Mein Browser kann den Passkey nicht erstellen
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox kann unter Android keine Passkeys für Arbeitskonten erstellen und unter Linux keinen Passkey in Authenticator verwenden. Nutzen Sie stattdessen Chrome oder Edge.
        [opera] Opera steht nicht auf der Liste der Browser, die Microsoft für Passkeys in Arbeitskonten unterstützt. Nutzen Sie stattdessen Chrome, Edge oder Safari.
        [samsung-internet] Samsung Internet steht nicht auf der Liste der Browser, die Microsoft für Passkeys in Arbeitskonten unterstützt. Nutzen Sie stattdessen Chrome oder Edge.
       *[other] Nutzen Sie einen unterstützten Browser: Edge, Chrome oder Firefox unter Windows und Linux; Safari, Chrome, Edge oder Firefox auf Mac und iPhone; Chrome oder Edge unter Android.
    }

ts-in-app-browser-title = Die Anleitung hat sich in meiner Mail- oder Chat-App geöffnet
ts-in-app-browser-body = Links aus einer Mail- oder Chat-App öffnen sich oft im eingebauten Browser dieser App, in dem Passkeys nicht zuverlässig funktionieren: Microsoft empfiehlt, sich über den Browser des Geräts selbst anzumelden. Öffnen Sie den Link über das Menü der App in Safari, Chrome oder Edge und beginnen Sie neu.

ts-network-cross-device-title = Das Smartphone kann keine Verbindung zum Computer herstellen (Netzwerk oder Bluetooth blockiert)
ts-network-cross-device-body =
    Wenn Ihr Smartphone einen Passkey für einen Computer erstellt oder verwendet (Sie scannen einen QR-Code), verbinden sich die beiden Geräte über Bluetooth und über das Internet. Schalten Sie Bluetooth auf beiden Geräten ein, halten Sie sie nah beieinander und sorgen Sie dafür, dass beide online sind.

    Firmennetze, VPNs, Werbeblocker und Sicherheitssoftware können diese Verbindung blockieren. Diese Adressen müssen ohne Proxy und ohne Prüfung des Datenverkehrs erreichbar sein: cable.ua5v.com (Android) sowie cable.auth.com, app-site-association.cdn-apple.com und app-site-association.networking.apple (iPhone und iPad). Versuchen Sie es mit ausgeschaltetem VPN oder Werbeblocker oder in einem anderen Netzwerk erneut; auf einem Firmengerät bitten Sie Ihren Helpdesk, diese Adressen zu prüfen.

    Manche Organisationen schalten Bluetooth auf Firmencomputern ab. Die IT kann Bluetooth nur für Passkeys erlauben, etwa mit Intune. Virtuelle Maschinen und Remotedesktops haben meist gar kein Bluetooth: Erstellen Sie den Passkey stattdessen direkt auf Ihrem Smartphone oder nutzen Sie einen Sicherheitsschlüssel.

ts-security-key-not-allowed-title = Es heißt, dieser Sicherheitsschlüssel sei nicht zugelassen
ts-security-key-not-allowed-body = Ihre Organisation kann festlegen, welche Modelle von Sicherheitsschlüsseln sie akzeptiert. Wird Ihnen gemeldet, dass dieser Sicherheitsschlüssel nicht zugelassen ist, oder schlägt die Registrierung direkt nach dem Berühren des Schlüssels fehl, steht das Modell Ihres Schlüssels nicht auf dieser Liste. Fragen Sie Ihren Helpdesk, welche Schlüssel zugelassen sind, und nutzen Sie einen davon; Ihr Helpdesk kann die IT auch bitten, Ihr Modell aufzunehmen.

ts-private-window-title = Im privaten oder Inkognitofenster wird der Passkey nicht gespeichert
ts-private-window-body =
    Private Fenster (Privates Surfen in Safari, InPrivate in Edge, Inkognito in Chrome, private Fenster in Firefox) können je nach Browser und Gerät verhindern, dass der Browser einen Passkey erstellt oder speichert. Schließen Sie das private Fenster und registrieren Sie den Passkey in einem normalen Fenster.

    Für die Testanmeldung am Ende kann ein privates Fenster genutzt werden. Wird der Passkey dort nicht angeboten, melden Sie sich stattdessen in einem normalen Fenster von Ihrem Arbeitskonto ab und testen Sie dort.

ts-authenticator-privacy-prompt-title = Authenticator bleibt beim ersten Öffnen bei den Datenschutzhinweisen hängen
ts-authenticator-privacy-prompt-body =
    Beim ersten Öffnen zeigt Microsoft Authenticator einige Datenschutzhinweise, darunter die Frage, ob Sie optionale Nutzungsdaten teilen möchten. Das Teilen ist freiwillig: Stimmen Sie zu oder lehnen Sie ab und machen Sie weiter.

    Reagiert eine Taste nicht oder bleibt die App bei diesem Bildschirm stehen, aktualisieren Sie Authenticator im App Store oder in Google Play, starten Sie Ihr Smartphone neu und öffnen Sie die App erneut. Geht es dann immer noch nicht weiter, fragen Sie Ihren Helpdesk.

ts-sign-in-profile-changed-title = Mein Passkey hat funktioniert, wird jetzt aber abgelehnt
ts-sign-in-profile-changed-body =
    Ihre Organisation legt fest, welche Arten von Passkeys sie akzeptiert, und kann das ändern. Schaltet sie zum Beispiel synchronisierte Passkeys ab (im iCloud-Schlüsselbund, im Google Passwortmanager oder in Samsung Pass gespeichert), können sich Benutzer laut Microsoft „nicht mit einem synchronisierten Passkey anmelden, selbst wenn sie bereits einen registriert haben“. Dasselbe kann passieren, wenn sie ändert, welche Apps oder Modelle von Sicherheitsschlüsseln sie akzeptiert.

    Fragen Sie Ihren Helpdesk, welche Art von Passkey jetzt akzeptiert wird, und registrieren Sie diese Art mit dieser Anleitung neu. Löschen Sie dann den alten Passkey von Ihrem Gerät, damit er nicht mehr angeboten wird.

ts-guest-account-title = Ich bin Gast in dieser Organisation und kann keinen Passkey hinzufügen
ts-guest-account-body = Melden Sie sich bei dieser Organisation als Gast an, mit einem Konto einer anderen Organisation oder einem privaten Konto, können Sie dafür keinen Passkey hinzufügen: Laut Microsoft ist „die Passkey-Unterstützung für Gastbenutzer derzeit nicht verfügbar“. Wenden Sie sich an den Helpdesk der Organisation, die Sie eingeladen hat; dort erfahren Sie, wie Sie sich stattdessen anmelden.

ts-sign-in-failed-title = Bei der Testanmeldung wurde mein Passkey nicht angeboten oder nicht akzeptiert
# Unconfirmed label: "Other ways to sign in"
ts-sign-in-failed-body =
    Wählen Sie auf der Microsoft-Anmeldeseite Anmeldeoptionen und dann Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel. Haben Sie zuerst Ihre E-Mail-Adresse eingegeben, wählen Sie „Andere Möglichkeiten zum Anmelden“ und dann Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel. Achten Sie darauf, das Arbeitskonto zu wählen, für das Sie den Passkey hinzugefügt haben.

    Prüfen Sie in den Sicherheitsinformationen, ob der Passkey aufgeführt ist. Wenn ja, warten Sie eine Minute und versuchen Sie es erneut; wenn nicht, registrieren Sie ihn neu.

    Klappt es immer noch nicht, sehen Sie sich die anderen hier aufgeführten Ursachen an oder fragen Sie Ihren Helpdesk.

ts-sign-in-too-many-passkeys-title = Die Anmeldung auf iPhone, iPad oder Mac scheitert, nachdem ich meine E-Mail-Adresse eingegeben habe
ts-sign-in-too-many-passkeys-body = Microsoft weist darauf hin, dass die Anmeldung mit einem Sicherheitsschlüssel in Browsern auf iPhone, iPad und Mac eventuell nicht richtig funktioniert, wenn für Ihr Konto drei oder mehr Passkeys registriert sind. Beginnen Sie die Anmeldung neu, ohne Ihre E-Mail-Adresse einzugeben: Wählen Sie Anmeldeoptionen und dann Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel.

ts-sign-in-native-app-broker-title = Der Passkey funktioniert im Browser, aber nicht in Outlook oder Teams
ts-sign-in-native-app-broker-body =
    Microsoft-Apps wie Outlook und Teams melden sich mit einem Passkey über eine Hilfs-App (einen Broker) auf Ihrem Gerät an.

    { $platform ->
        [iphone] Auf dem iPhone ist die Hilfs-App Microsoft Authenticator: Installieren Sie sie und fügen Sie Ihr Arbeitskonto hinzu.
        [ipad] Auf dem iPad ist die Hilfs-App Microsoft Authenticator: Installieren Sie sie und fügen Sie Ihr Arbeitskonto hinzu.
        [macos] Auf dem Mac ist die Hilfs-App das Unternehmensportal mit dem Single-Sign-On-Plug-in Ihrer Organisation (macOS 14 oder neuer). Auf Firmen-Macs richtet Ihre Organisation das ein.
        [android] Unter Android ist die Hilfs-App Microsoft Authenticator, das Unternehmensportal oder Link zu Windows. Ein Passkey in Authenticator funktioniert in Apps ab Android 14.
        [samsung] Unter Android ist die Hilfs-App Microsoft Authenticator, das Unternehmensportal oder Link zu Windows. Ein Passkey in Authenticator funktioniert in Apps ab Android 14.
        [windows] Unter Windows funktioniert ein Passkey in Microsoft Authenticator in Apps ab Windows 11 Version 22H2, ein Sicherheitsschlüssel ab Windows 10 Version 1903.
       *[other] Die Hilfs-App ist Microsoft Authenticator auf iPhone und iPad, das Unternehmensportal mit dem Single-Sign-On-Plug-in Ihrer Organisation auf dem Mac (macOS 14 oder neuer) und Authenticator, das Unternehmensportal oder Link zu Windows unter Android (Android 14 oder neuer für einen Passkey in Authenticator).
    }

    Installieren Sie die Hilfs-App und aktualisieren Sie die App, bei der Sie sich anmelden. Nutzen Sie die App bis dahin im Browser (zum Beispiel Outlook im Web). Ihr Helpdesk weiß, welche Hilfs-App Ihre Organisation verwendet.

ts-microsoft-passkey-prompt-title = Microsoft fordert mich bei der Anmeldung auf, einen Passkey hinzuzufügen
# Unconfirmed label: "Skip for now"
ts-microsoft-passkey-prompt-body =
    Seit September 2026 kann Microsoft Sie direkt nach der Anmeldung bei Ihrem Arbeitskonto auffordern, einen Passkey einzurichten. Das ist Microsofts eigene Registrierungskampagne, die aktiv ist, sofern Ihre Organisation sie nicht abgeschaltet hat, und sie erstellt dieselbe Art von Passkey wie diese Anleitung.

    Sie können der Aufforderung folgen: Wählen Sie Weiter, und wenn Ihr Gerät fragt, wo der Passkey gespeichert werden soll, wählen Sie denselben Ort wie in dieser Anleitung; ab dort gelten die Schritte der Anleitung weiter. Geben Sie dem Passkey einen Namen und wählen Sie dann Weiter und Fertig. Möchten Sie lieber zuerst diese Anleitung abschließen, wählen Sie „Vorerst überspringen“.

ts-security-key-pin-title = Der Sicherheitsschlüssel verlangt eine PIN, die ich nie festgelegt habe
ts-security-key-pin-body = Browser auf iPhone, iPad und Mac können für einen neuen Sicherheitsschlüssel keine PIN einrichten. Legen Sie die PIN an einem Windows-PC fest (Einstellungen › Konten › Anmeldeoptionen › Sicherheitsschlüssel) oder mit der App des Herstellers und registrieren Sie den Schlüssel dann erneut.

ts-synced-not-allowed-title = Das Speichern des Passkeys in meinem Passwortmanager schlägt fehl
ts-synced-not-allowed-body = Ihre Organisation lässt eventuell nur Passkeys zu, die auf einem Gerät bleiben, etwa in Microsoft Authenticator oder auf einem Sicherheitsschlüssel, und keine Passkeys, die im iCloud-Schlüsselbund, im Google Passwortmanager oder in Samsung Pass gespeichert sind. Fehlt Passkey in den Sicherheitsinformationen oder schlägt das Speichern fehl, nutzen Sie stattdessen die Anleitung für Authenticator.

ts-icloud-keychain-off-title = Mein iPhone oder Mac bietet nicht an, den Passkey im iCloud-Schlüsselbund zu sichern
ts-icloud-keychain-off-body = Passkeys in Apple Passwörter brauchen den iCloud-Schlüsselbund und die Zwei-Faktor-Authentifizierung für Ihren Apple Account. Schalten Sie in den iCloud-Einstellungen die Synchronisierung für Passwörter ein und versuchen Sie es erneut.

ts-authenticator-option-missing-title = Die Sicherheitsinformationen bieten Passkey in Microsoft Authenticator nicht an
# Unconfirmed label: "Work or school account"
ts-authenticator-option-missing-body =
    Die Sicherheitsinformationen bieten Passkey in Microsoft Authenticator nur an, wenn die Passkey-Einstellungen Ihrer Organisation Microsoft Authenticator nennen. Meist können Sie trotzdem einen Passkey in Authenticator anlegen.

    Erstellen Sie ihn in der Authenticator-App: Tippen Sie auf Ihr Arbeitskonto und dann auf Passkey erstellen, oder fügen Sie das Konto über Konto hinzufügen bzw. + und dann Geschäfts-, Schul- oder Unikonto hinzu. Oder wählen Sie in den Sicherheitsinformationen Passkey und, wenn Sie gefragt werden, wo der Passkey gespeichert werden soll, Authenticator. Klappt beides nicht, bitten Sie Ihren Helpdesk, Microsoft Authenticator für Passkeys zuzulassen.

ts-authenticator-app-version-title = Meine Authenticator-App ist vielleicht zu alt
ts-authenticator-app-version-body =
    { $platform ->
        [iphone] Aktualisieren Sie Microsoft Authenticator im App Store. Wenn die Passkey-Einstellungen Ihrer Organisation Authenticator einschließen, verlangt Microsoft auf iPhone und iPad Version 6.8.37 oder neuer.
        [ipad] Aktualisieren Sie Microsoft Authenticator im App Store. Wenn die Passkey-Einstellungen Ihrer Organisation Authenticator einschließen, verlangt Microsoft auf iPhone und iPad Version 6.8.37 oder neuer.
        [android] Aktualisieren Sie Microsoft Authenticator in Google Play. Wenn die Passkey-Einstellungen Ihrer Organisation Authenticator einschließen, verlangt Microsoft unter Android Version 6.2507.4749 oder neuer.
        [samsung] Aktualisieren Sie Microsoft Authenticator in Google Play. Wenn die Passkey-Einstellungen Ihrer Organisation Authenticator einschließen, verlangt Microsoft unter Android Version 6.2507.4749 oder neuer.
       *[other] Aktualisieren Sie Microsoft Authenticator auf Ihrem Smartphone im App Store oder in Google Play. Wenn die Passkey-Einstellungen Ihrer Organisation Authenticator einschließen, verlangt Microsoft auf iPhone und iPad Version 6.8.37 oder neuer und unter Android 6.2507.4749 oder neuer.
    } Öffnen Sie dann die App und versuchen Sie es erneut.
