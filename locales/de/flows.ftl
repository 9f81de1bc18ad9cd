## Inhalte der Anleitungen: Titel, Zusammenfassungen und Schritte jeder Registrierung sowie
## die Hilfe bei Problemen. Variablen: $os_major (Zahl oder "unknown") und
## $browser (safari, chrome, edge, firefox, samsung-internet, opera, webview, other, unknown).

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
flow-iphone-authenticator-install-app-body = Installieren Sie Microsoft Authenticator aus dem App Store oder aktualisieren Sie die App, falls Sie sie schon haben. Öffnen Sie sie einmal und gehen Sie durch die Begrüßungs- und Datenschutzhinweise.

flow-iphone-authenticator-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-iphone-authenticator-open-security-info-body = Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“ genannt) und folgen Sie den Hinweisen. Wenn die Seite Sie zur Authenticator-App schickt, lassen Sie sie geöffnet und wechseln Sie in die App.

flow-iphone-authenticator-create-in-app-title = Passkey in Authenticator erstellen
flow-iphone-authenticator-create-in-app-body = Tippen Sie in Authenticator auf Geschäfts-, Schul- oder Unikonto hinzufügen, wenn dies Ihr erstes Konto ist. Ist Ihr Arbeitskonto schon aufgeführt, tippen Sie darauf und dann auf Passkey erstellen. Melden Sie sich an und bestätigen Sie die zusätzliche Überprüfung.

flow-iphone-authenticator-enable-provider-title = Authenticator Passkeys speichern lassen
flow-iphone-authenticator-enable-provider-body =
    { $os_major ->
        [17] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Einstellungen › Passwörter › Passwortoptionen, aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und wählen Sie darunter Authenticator aus. Kehren Sie zu Authenticator zurück und tippen Sie auf Fertig.
        [unknown] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Ab iOS 18 öffnen Sie Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter, unter iOS 17 Einstellungen › Passwörter › Passwortoptionen. Aktivieren Sie das automatische Ausfüllen von Passwörtern und Passkeys, wählen Sie Authenticator aus und tippen Sie in Authenticator auf Fertig.
       *[other] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter, aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und wählen Sie Authenticator aus. Kehren Sie zu Authenticator zurück und tippen Sie auf Fertig.
    }

flow-iphone-authenticator-check-it-worked-title = Prüfen, ob es geklappt hat
flow-iphone-authenticator-check-it-worked-body = Wechseln Sie zurück in den Browser mit den Sicherheitsinformationen und tippen Sie auf Weiter und, sobald der Passkey bestätigt ist, auf Fertig. Passkey in Microsoft Authenticator steht jetzt in der Liste Ihrer Anmeldemethoden.

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
flow-iphone-icloud-keychain-turn-on-icloud-keychain-body =
    { $os_major ->
        [16] Öffnen Sie Einstellungen › Ihr Name › iCloud › Passwörter & Schlüsselbund und prüfen Sie, ob die Synchronisierung für dieses iPhone eingeschaltet ist.
        [17] Öffnen Sie Einstellungen › Ihr Name › iCloud › Passwörter & Schlüsselbund und prüfen Sie, ob die Synchronisierung für dieses iPhone eingeschaltet ist.
        [unknown] Öffnen Sie Einstellungen › Ihr Name › iCloud › Passwörter (unter iOS 16 und 17: Passwörter & Schlüsselbund) und prüfen Sie, ob die Synchronisierung für dieses iPhone eingeschaltet ist.
       *[other] Öffnen Sie Einstellungen › Ihr Name › iCloud › Passwörter und prüfen Sie, ob die Synchronisierung für dieses iPhone eingeschaltet ist.
    }

flow-iphone-icloud-keychain-check-autofill-title = Passkeys in Passwörter speichern lassen
flow-iphone-icloud-keychain-check-autofill-body =
    { $os_major ->
        [16] Öffnen Sie Einstellungen › Passwörter › Passwortoptionen. Aktivieren Sie das automatische Ausfüllen und prüfen Sie, ob iCloud-Schlüsselbund ausgewählt ist.
        [17] Öffnen Sie Einstellungen › Passwörter › Passwortoptionen. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und prüfen Sie, ob iCloud-Passwörter & -Schlüsselbund ausgewählt ist.
        [unknown] Ab iOS 18 öffnen Sie Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter, unter iOS 16 und 17 Einstellungen › Passwörter › Passwortoptionen. Aktivieren Sie das automatische Ausfüllen und prüfen Sie, ob Passwörter (iCloud-Schlüsselbund) ausgewählt ist.
       *[other] Öffnen Sie Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter. Aktivieren Sie „Passwörter und Passkeys automatisch ausfüllen“ und prüfen Sie, ob Passwörter ausgewählt ist.
    }

flow-iphone-icloud-keychain-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-iphone-icloud-keychain-open-security-info-body = Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey (je nach Sprache auch „Hauptschlüssel“) und tippen Sie auf Weiter. Fehlt Passkey in der Liste, lässt Ihre Organisation diese Art von Passkey vielleicht nicht zu: Fragen Sie Ihren Helpdesk.

flow-iphone-icloud-keychain-save-passkey-title = Passkey sichern
flow-iphone-icloud-keychain-save-passkey-body = Wenn Ihr iPhone anbietet, einen Passkey zu sichern, prüfen Sie, ob er in Passwörter (iCloud-Schlüsselbund) gespeichert wird, und tippen Sie auf Fortfahren. Bestätigen Sie mit Face ID, Touch ID oder Ihrem Code.

flow-iphone-icloud-keychain-check-it-worked-title = Prüfen, ob es geklappt hat
flow-iphone-icloud-keychain-check-it-worked-body =
    { $os_major ->
        [16] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und tippen Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem iPhone unter Einstellungen › Passwörter.
        [17] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und tippen Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem iPhone unter Einstellungen › Passwörter.
       *[other] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und tippen Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem iPhone in der App Passwörter.
    }

## Samsung Galaxy mit Microsoft Authenticator

flow-samsung-title = Samsung Galaxy: Passkey in Microsoft Authenticator
flow-samsung-summary = Erstellen Sie auf Ihrem Galaxy-Smartphone einen Passkey für Ihr Arbeitskonto in Microsoft Authenticator. Samsung Pass bietet oft zuerst an, ihn zu speichern: Diese Anleitung zeigt, wie er sicher in Authenticator landet.

flow-samsung-before-you-start-title = Bevor Sie beginnen
flow-samsung-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr Smartphone Android 14 oder neuer hat (Einstellungen › Telefoninfo › Softwareinformationen).
       *[other] Ihr Smartphone läuft mit Android { $os_major }, nötig ist Android 14 oder neuer.
    } Richten Sie eine Displaysperre (PIN, Muster oder Fingerabdruck) ein, falls noch keine aktiv ist. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-samsung-install-app-title = Microsoft Authenticator installieren
flow-samsung-install-app-body = Installieren Sie Microsoft Authenticator aus Google Play oder aktualisieren Sie die App, falls Sie sie schon haben. Öffnen Sie sie einmal und gehen Sie durch die Begrüßungs- und Datenschutzhinweise.

flow-samsung-set-provider-title = Authenticator statt Samsung Pass einschalten
flow-samsung-set-provider-body =
    { $os_major ->
        [14] Öffnen Sie Einstellungen › Allgemeine Verwaltung › Passwörter, Passkeys und Autofill. Schalten Sie Authenticator bei den zusätzlichen Anbietern ein; Sie können die App auch statt Samsung Pass als bevorzugten Dienst wählen.
        [unknown] Öffnen Sie die Einstellungen und suchen Sie nach „Passkey“, um Passwörter, Passkeys und Autofill zu finden (unter Sicherheit und Datenschutz › Weitere Sicherheitseinstellungen, auf älteren Geräten unter Allgemeine Verwaltung). Schalten Sie Authenticator ein; Sie können die App auch statt Samsung Pass als bevorzugten Dienst wählen.
       *[other] Öffnen Sie Einstellungen › Sicherheit und Datenschutz › Weitere Sicherheitseinstellungen › Passwörter, Passkeys und Autofill. Schalten Sie Authenticator bei den zusätzlichen Anbietern ein; Sie können die App auch statt Samsung Pass als bevorzugten Dienst wählen.
    }

flow-samsung-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-samsung-open-security-info-body =
    { $browser ->
        [firefox] Öffnen Sie diese Anleitung zuerst in Chrome oder Edge: Mit Firefox unter Android lassen sich keine Passkeys für Arbeitskonten erstellen. Tippen Sie dann auf „Sicherheitsinformationen öffnen“, melden Sie sich an, tippen Sie auf + Anmeldemethode hinzufügen und wählen Sie Passkey in Microsoft Authenticator.
       *[other] Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“) und folgen Sie den Hinweisen. Wenn die Seite Sie zur Authenticator-App schickt, lassen Sie sie geöffnet und wechseln Sie in die App.
    }

flow-samsung-create-in-app-title = Passkey in Authenticator erstellen
flow-samsung-create-in-app-body = Tippen Sie in Authenticator auf Geschäfts-, Schul- oder Unikonto hinzufügen, wenn dies Ihr erstes Konto ist. Ist Ihr Arbeitskonto schon aufgeführt, tippen Sie darauf und dann auf Passkey erstellen. Melden Sie sich an, bestätigen Sie die zusätzliche Überprüfung und richten Sie eine Displaysperre ein, falls die App danach fragt.

flow-samsung-pick-authenticator-title = Wenn Samsung Pass das Speichern anbietet
flow-samsung-pick-authenticator-body = Bietet ein Fenster von Samsung Pass an, den Passkey zu speichern, stimmen Sie nicht zu. Wählen Sie in diesem Fenster die Möglichkeit, einen anderen Dienst zu nutzen, und dann Authenticator. Gibt es diese Möglichkeit nicht, brechen Sie ab, schalten Sie Authenticator wie im Einstellungsschritt oben ein und versuchen Sie es erneut.

flow-samsung-check-it-worked-title = Prüfen, ob es geklappt hat
flow-samsung-check-it-worked-body = Tippen Sie in Authenticator auf Fertig: Bei Ihrem Konto steht jetzt Passkey als Anmeldemethode. Tippen Sie im Browser mit den Sicherheitsinformationen auf Weiter und dann auf Fertig. Passkey in Microsoft Authenticator steht jetzt in der Liste Ihrer Anmeldemethoden.

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
flow-android-authenticator-install-app-body = Installieren Sie Microsoft Authenticator aus Google Play oder aktualisieren Sie die App, falls Sie sie schon haben. Hat Ihr Smartphone ein Arbeitsprofil, installieren und nutzen Sie die App in dem Profil, in dem Sie den Passkey verwenden wollen.

flow-android-authenticator-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-android-authenticator-open-security-info-body =
    { $browser ->
        [firefox] Öffnen Sie diese Anleitung zuerst in Chrome oder Edge: Mit Firefox unter Android lassen sich keine Passkeys für Arbeitskonten erstellen. Tippen Sie dann auf „Sicherheitsinformationen öffnen“, melden Sie sich an, tippen Sie auf + Anmeldemethode hinzufügen und wählen Sie Passkey in Microsoft Authenticator.
       *[other] Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“) und folgen Sie den Hinweisen. Wenn die Seite Sie zur Authenticator-App schickt, lassen Sie sie geöffnet und wechseln Sie in die App.
    }

flow-android-authenticator-create-in-app-title = Passkey in Authenticator erstellen
flow-android-authenticator-create-in-app-body = Tippen Sie in Authenticator auf Geschäfts-, Schul- oder Unikonto hinzufügen, wenn dies Ihr erstes Konto ist. Ist Ihr Arbeitskonto schon aufgeführt, tippen Sie darauf und dann auf Passkey erstellen. Melden Sie sich an, bestätigen Sie die zusätzliche Überprüfung und richten Sie eine Displaysperre ein, falls die App danach fragt.

flow-android-authenticator-enable-provider-title = Authenticator Passkeys speichern lassen
flow-android-authenticator-enable-provider-body =
    { $os_major ->
        [14] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Passwörter und Konten und schalten Sie Authenticator unter Zusätzliche Anbieter ein. Klappt das nicht, aktualisieren Sie Ihr Smartphone auf Android 15. Kehren Sie zu Authenticator zurück und tippen Sie auf Fertig.
        [unknown] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Passwörter, Passkeys & Konten (unter Android 14: Passwörter und Konten) und schalten Sie Authenticator unter Zusätzliche Anbieter ein. Kehren Sie zu Authenticator zurück und tippen Sie auf Fertig.
       *[other] Wenn Authenticator danach fragt, tippen Sie auf Einstellungen. Öffnen Sie Passwörter, Passkeys & Konten und schalten Sie Authenticator unter Zusätzliche Anbieter ein. Die Bezeichnungen können je nach Hersteller abweichen: Suchen Sie in den Einstellungen nach „Passkey“. Kehren Sie zu Authenticator zurück und tippen Sie auf Fertig.
    }

flow-android-authenticator-check-it-worked-title = Prüfen, ob es geklappt hat
flow-android-authenticator-check-it-worked-body = Wechseln Sie zurück in den Browser mit den Sicherheitsinformationen und tippen Sie auf Weiter und, sobald der Passkey bestätigt ist, auf Fertig. Passkey in Microsoft Authenticator steht jetzt in der Liste Ihrer Anmeldemethoden.

## Android-Smartphone mit Google Passwortmanager (synchronisierter Passkey)

flow-android-google-password-manager-title = Android: Passkey im Google Passwortmanager
flow-android-google-password-manager-summary = Speichern Sie einen Passkey für Ihr Arbeitskonto im Google Passwortmanager. Er wird mit Ihren anderen Geräten synchronisiert, die mit demselben Google-Konto angemeldet sind. Das funktioniert nur, wenn Ihre Organisation synchronisierte Passkeys zulässt, und nicht auf Samsung-Smartphones.

flow-android-google-password-manager-before-you-start-title = Bevor Sie beginnen
flow-android-google-password-manager-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr Smartphone Android 9 oder neuer hat und kein Samsung-Gerät ist (für Samsung gibt es eine eigene Anleitung).
       *[other] Ihr Smartphone läuft mit Android { $os_major }, nötig ist Android 9 oder neuer. Diese Anleitung gilt nicht für Samsung-Smartphones, dafür gibt es eine eigene.
    } Sie brauchen eine Displaysperre und ein Google-Konto, das auf dem Smartphone angemeldet ist. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-android-google-password-manager-check-provider-title = Prüfen, wo Passkeys gespeichert werden
flow-android-google-password-manager-check-provider-body =
    { $os_major ->
        [14] Öffnen Sie Einstellungen › Passwörter und Konten und prüfen Sie, ob Google als bevorzugter Dienst für Passwörter und Passkeys eingestellt ist.
        [unknown] Ab Android 14 öffnen Sie Einstellungen › Passwörter, Passkeys & Konten (unter Android 14: Passwörter und Konten) und prüfen Sie, ob Google der bevorzugte Dienst ist. Bei älteren Versionen müssen Sie nichts ändern.
       *[other] Ab Android 15 öffnen Sie Einstellungen › Passwörter, Passkeys & Konten und prüfen Sie, ob Google der bevorzugte Dienst ist. Unter Android 13 oder älter müssen Sie nichts ändern.
    }

flow-android-google-password-manager-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-android-google-password-manager-open-security-info-body =
    { $browser ->
        [chrome] Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey und tippen Sie auf Weiter und Fortfahren.
        [firefox] Öffnen Sie diese Anleitung zuerst in Chrome: Mit Firefox unter Android lassen sich keine Passkeys für Arbeitskonten erstellen. Tippen Sie dann auf „Sicherheitsinformationen öffnen“, melden Sie sich an, tippen Sie auf + Anmeldemethode hinzufügen und wählen Sie Passkey.
       *[other] Öffnen Sie diese Anleitung möglichst in Chrome. Tippen Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Tippen Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey und tippen Sie auf Weiter und Fortfahren.
    }

flow-android-google-password-manager-save-passkey-title = Passkey speichern
flow-android-google-password-manager-save-passkey-body = Wenn Ihr Smartphone anbietet, einen Passkey zu erstellen, prüfen Sie, ob Google Passwortmanager und Ihr eigenes Google-Konto angezeigt werden. Tippen Sie auf Weiter und entsperren Sie mit Fingerabdruck, Gesicht oder Displaysperre.

flow-android-google-password-manager-check-it-worked-title = Prüfen, ob es geklappt hat
flow-android-google-password-manager-check-it-worked-body = Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und tippen Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und im Google Passwortmanager auf Ihrem Smartphone.

## Windows-PC mit Windows Hello

flow-windows-hello-title = Windows: Passkey in Windows Hello
flow-windows-hello-summary = Speichern Sie einen Passkey für Ihr Arbeitskonto auf diesem PC, entsperrt mit Ihrer Windows-Hello-PIN, Ihrem Gesicht oder Fingerabdruck. Er bleibt auf diesem PC und wird nicht synchronisiert.

flow-windows-hello-before-you-start-title = Bevor Sie beginnen
flow-windows-hello-before-you-start-body = Sie brauchen Windows 10 oder 11 und Edge, Chrome oder Firefox. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit. Melden Sie sich an diesem Firmen-PC bereits mit Windows Hello für dieses Arbeitskonto an, steht diese Möglichkeit eventuell nicht zur Verfügung; fragen Sie Ihren Helpdesk, welche Anleitung Sie nutzen sollen.

flow-windows-hello-set-up-windows-hello-title = Windows Hello einrichten
flow-windows-hello-set-up-windows-hello-body = Wenn Sie diesen PC noch nicht mit PIN, Gesicht oder Fingerabdruck entsperren, öffnen Sie Einstellungen › Konten › Anmeldeoptionen und richten Sie zuerst PIN (Windows Hello) ein.

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

## Mac mit iCloud-Schlüsselbund (synchronisierter Passkey)

flow-macos-title = Mac: Passkey im iCloud-Schlüsselbund
flow-macos-summary = Speichern Sie auf Ihrem Mac einen Passkey für Ihr Arbeitskonto in Apple Passwörter (iCloud-Schlüsselbund). Er wird mit Ihren anderen Apple-Geräten synchronisiert. Das funktioniert nur, wenn Ihre Organisation synchronisierte Passkeys zulässt.

flow-macos-before-you-start-title = Bevor Sie beginnen
flow-macos-before-you-start-body =
    { $os_major ->
        [unknown] Prüfen Sie, ob Ihr Mac macOS 13 Ventura oder neuer hat (Apple-Menü › Über diesen Mac).
       *[other] Ihr Mac läuft mit macOS { $os_major }, nötig ist macOS 13 Ventura oder neuer.
    } Sie müssen mit Ihrem Apple Account mit Zwei-Faktor-Authentifizierung angemeldet sein. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-macos-turn-on-icloud-keychain-title = iCloud-Schlüsselbund einschalten
flow-macos-turn-on-icloud-keychain-body =
    { $os_major ->
        [13] Öffnen Sie Systemeinstellungen › Ihr Name › iCloud › Passwörter & Schlüsselbund und prüfen Sie, ob die Synchronisierung für diesen Mac eingeschaltet ist.
        [14] Öffnen Sie Systemeinstellungen › Ihr Name › iCloud › Passwörter & Schlüsselbund und prüfen Sie, ob die Synchronisierung für diesen Mac eingeschaltet ist.
        [unknown] Öffnen Sie Systemeinstellungen › Ihr Name › iCloud › Passwörter (unter macOS 13 und 14: Passwörter & Schlüsselbund) und prüfen Sie, ob die Synchronisierung für diesen Mac eingeschaltet ist.
       *[other] Öffnen Sie Systemeinstellungen › Ihr Name › iCloud › Passwörter und prüfen Sie, ob die Synchronisierung für diesen Mac eingeschaltet ist.
    }

flow-macos-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-macos-open-security-info-body = Klicken Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Klicken Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey (je nach Sprache auch „Hauptschlüssel“) und klicken Sie auf Weiter. Fehlt Passkey in der Liste, lässt Ihre Organisation diese Art von Passkey vielleicht nicht zu: Fragen Sie Ihren Helpdesk.

flow-macos-save-passkey-title = Passkey sichern
flow-macos-save-passkey-body =
    { $browser ->
        [safari] Safari fragt, ob ein Passkey gesichert werden soll. Klicken Sie auf Fortfahren und bestätigen Sie mit Touch ID oder Ihrem Mac-Passwort; der Passkey landet im iCloud-Schlüsselbund.
        [chrome] Chrome zeigt ein eigenes Passkey-Fenster: Wählen Sie iCloud-Schlüsselbund, nicht Google Passwortmanager oder ein Smartphone. Erlauben Sie login.microsoft.com bei Nachfrage den Zugriff auf Ihren Passkey und bestätigen Sie mit Touch ID oder Ihrem Mac-Passwort.
        [edge] Edge zeigt ein eigenes Passkey-Fenster: Wählen Sie iCloud-Schlüsselbund, wenn es angeboten wird. Erlauben Sie login.microsoft.com bei Nachfrage den Zugriff auf Ihren Passkey und bestätigen Sie mit Touch ID oder Ihrem Mac-Passwort.
       *[other] Folgen Sie dem Passkey-Fenster Ihres Browsers und wählen Sie iCloud-Schlüsselbund. Bietet Ihr Browser das nicht an, öffnen Sie diese Anleitung stattdessen in Safari.
    }

flow-macos-check-it-worked-title = Prüfen, ob es geklappt hat
flow-macos-check-it-worked-body =
    { $os_major ->
        [13] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und klicken Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem Mac unter Systemeinstellungen › Passwörter.
        [14] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und klicken Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem Mac unter Systemeinstellungen › Passwörter.
       *[other] Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, und klicken Sie auf Weiter und dann auf Fertig. Er steht jetzt in den Sicherheitsinformationen und auf Ihrem Mac in der App Passwörter.
    }

## Sicherheitsschlüssel (USB oder NFC)

flow-security-key-title = Sicherheitsschlüssel (USB oder NFC)
flow-security-key-summary = Speichern Sie einen Passkey für Ihr Arbeitskonto auf einem Sicherheitsschlüssel, den Sie einstecken oder an das Gerät halten. Er bleibt auf dem Schlüssel und funktioniert an jedem Computer, an dem Sie ihn verwenden.

flow-security-key-before-you-start-title = Bevor Sie beginnen
flow-security-key-before-you-start-body = Sie brauchen einen FIDO2-Sicherheitsschlüssel, den Ihre Organisation zulässt; fragen Sie im Zweifel Ihren Helpdesk. Nutzen Sie am Computer Edge, Chrome oder Firefox (unter Linux Chrome). Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-security-key-set-pin-title = Dafür sorgen, dass der Schlüssel eine PIN hat
flow-security-key-set-pin-body =
    { $browser ->
        [safari] Safari auf iPhone, iPad oder Mac kann für einen neuen Schlüssel keine PIN einrichten. Hat Ihr Schlüssel noch keine PIN, legen Sie zuerst an einem Windows-PC eine fest (Einstellungen › Konten › Anmeldeoptionen › Sicherheitsschlüssel › Verwalten) oder mit der App des Herstellers.
       *[other] Ihr Schlüssel braucht eine PIN. Unter Windows legen Sie sie unter Einstellungen › Konten › Anmeldeoptionen › Sicherheitsschlüssel › Verwalten fest, oder der Browser fordert Sie dazu auf. Auf iPhone, iPad oder Mac legen Sie die PIN zuerst an einem Windows-PC oder mit der App des Herstellers fest.
    }

flow-security-key-open-security-info-title = In den Sicherheitsinformationen beginnen
flow-security-key-open-security-info-body = Wählen Sie „Sicherheitsinformationen öffnen“, melden Sie sich mit Ihrem Arbeitskonto an und bestätigen Sie die zusätzliche Überprüfung. Wählen Sie + Anmeldemethode hinzufügen, dann Passkey (je nach Sprache auch „Hauptschlüssel“) und Weiter.

flow-security-key-use-key-title = Passkey auf dem Schlüssel speichern
flow-security-key-use-key-body = Wenn gefragt wird, wo der Passkey gespeichert werden soll, wählen Sie Sicherheitsschlüssel. Sehen Sie diese Option nicht, schauen Sie unter Weitere Optionen oder Anderes Gerät verwenden. Stecken Sie den Schlüssel ein oder halten Sie ihn an das Gerät, geben Sie seine PIN ein und berühren Sie ihn, wenn er blinkt.

flow-security-key-check-it-worked-title = Prüfen, ob es geklappt hat
flow-security-key-check-it-worked-body = Geben Sie dem Passkey einen Namen, den Sie wiedererkennen, etwa das Modell des Schlüssels, und wählen Sie Fertig. Er steht jetzt in den Sicherheitsinformationen in der Liste Ihrer Anmeldemethoden.

## Passkey auf dem Smartphone, am Computer begonnen

flow-phone-from-desktop-title = Computer: Passkey auf Ihrem Smartphone
flow-phone-from-desktop-summary = Beginnen Sie an diesem Computer und erstellen Sie den Passkey in Microsoft Authenticator auf Ihrem iPhone oder Android-Smartphone. Zum Anmelden bestätigen Sie dann auf dem Smartphone.

flow-phone-from-desktop-before-you-start-title = Bevor Sie beginnen
flow-phone-from-desktop-before-you-start-body = Sie brauchen ein iPhone mit iOS 17 oder neuer oder ein Android-Smartphone mit Android 14 oder neuer, jeweils mit Displaysperre. Schalten Sie Bluetooth am Computer und am Smartphone ein und sorgen Sie dafür, dass beide online sind. Halten Sie Ihre bisherige Anmeldemethode oder einen befristeten Zugriffspass bereit.

flow-phone-from-desktop-open-security-info-title = An diesem Computer in den Sicherheitsinformationen beginnen
flow-phone-from-desktop-open-security-info-body = Klicken Sie auf „Sicherheitsinformationen öffnen“ und melden Sie sich mit Ihrem Arbeitskonto an. Klicken Sie auf + Anmeldemethode hinzufügen, wählen Sie Passkey in Microsoft Authenticator (je nach Sprache auch „Hauptschlüssel“) und bestätigen Sie bei Nachfrage die zusätzliche Überprüfung.

flow-phone-from-desktop-get-app-title = Authenticator aufs Smartphone holen
flow-phone-from-desktop-get-app-body = Zeigt die Seite einen QR-Code zum Herunterladen von Authenticator, scannen Sie ihn mit der Kamera Ihres Smartphones (auf dem iPhone mit der App Kamera) und installieren Sie die App. Klicken Sie dann am Computer auf Weiter.

flow-phone-from-desktop-create-on-phone-title = Passkey auf dem Smartphone erstellen
flow-phone-from-desktop-create-on-phone-body = Öffnen Sie auf dem Smartphone Authenticator. Tippen Sie auf Geschäfts-, Schul- oder Unikonto hinzufügen oder auf Ihr vorhandenes Arbeitskonto und dann auf Passkey erstellen. Melden Sie sich an, erlauben Sie Authenticator bei Nachfrage in den Einstellungen des Smartphones, Passkeys zu speichern, und tippen Sie auf Fertig.

flow-phone-from-desktop-qr-fallback-title = Wenn die Anmeldung in Authenticator nicht klappt
flow-phone-from-desktop-qr-fallback-body = Wählen Sie am Computer die Hilfe bei Problemen und dann die Möglichkeit, den Passkey auf andere Weise zu erstellen, und anschließend iPhone oder iPad bzw. Android. Scannen Sie den QR-Code mit der Kamera des Smartphones (auf dem iPhone mit der App Kamera, nicht mit dem Scanner in Authenticator) und halten Sie das Smartphone in der Nähe des Computers, bis die Verbindung steht. Dieser Weg funktioniert nicht, wenn Ihre Organisation nur geprüfte (attestierte) Passkeys zulässt.

flow-phone-from-desktop-check-it-worked-title = Prüfen, ob es geklappt hat
flow-phone-from-desktop-check-it-worked-body = Klicken Sie am Computer auf Weiter und, sobald der Passkey bestätigt ist, auf Fertig. Passkey in Microsoft Authenticator steht jetzt in den Sicherheitsinformationen in der Liste Ihrer Anmeldemethoden.

## Hilfe bei Problemen

ts-not-enabled-by-policy-title = Die Passkey-Option fehlt
ts-not-enabled-by-policy-body = Bieten die Sicherheitsinformationen weder Passkey noch Passkey in Microsoft Authenticator an, hat Ihre Organisation Passkeys für Ihr Konto noch nicht freigeschaltet, oder nicht diese Art von Passkey. Bitten Sie Ihren Helpdesk, Sie in die Passkey-Einführung aufzunehmen.

ts-self-service-off-title = Sie können selbst keine Methoden hinzufügen
ts-self-service-off-body = Ihre Organisation kann das Hinzufügen von Passkeys in den Sicherheitsinformationen abschalten. Wird Ihnen gemeldet, dass Sie diese Methode nicht hinzufügen können, bitten Sie Ihren Helpdesk, den Passkey mit Ihnen einzurichten oder die Selbstregistrierung zu erlauben.

ts-no-bootstrap-method-title = Keine Möglichkeit, sich auszuweisen
ts-no-bootstrap-method-body = Bevor Sie einen Passkey hinzufügen, müssen Sie sich mit einer vorhandenen Überprüfungsmethode anmelden, etwa einer Bestätigung in Authenticator oder einem SMS-Code. Haben Sie keine oder Ihr Smartphone verloren, bitten Sie Ihren Helpdesk um einen befristeten Zugriffspass (Temporary Access Pass) und melden Sie sich damit bei den Sicherheitsinformationen an.

ts-mfa-too-old-title = Erneute Überprüfung verlangt
ts-mfa-too-old-body = Zum Hinzufügen eines Passkeys ist eine Überprüfung aus den letzten Minuten nötig. Werden Sie erneut zur Überprüfung aufgefordert, bestätigen Sie und fügen Sie den Passkey direkt danach hinzu.

ts-os-too-old-title = Ihr Gerät braucht ein Update
ts-os-too-old-body = Passkeys in Microsoft Authenticator brauchen iOS 17 oder Android 14 oder neuer. Passkeys im iCloud-Schlüsselbund brauchen iOS 16 oder macOS 13 oder neuer, der Google Passwortmanager Android 9 oder neuer. Aktualisieren Sie Ihr Gerät in den Einstellungen oder nutzen Sie ein anderes Gerät oder einen Sicherheitsschlüssel.

ts-android-no-secure-hardware-title = Klappt auf einem Android-Smartphone, auf einem anderen nicht
ts-android-no-secure-hardware-body = Authenticator speichert Passkeys in der geschützten Sicherheitshardware des Smartphones. Manchen Android-Geräten fehlt diese Hardware, und die Registrierung bricht ohne klaren Grund ab. Versuchen Sie es mit einem anderen Smartphone oder fragen Sie Ihren Helpdesk nach einem Sicherheitsschlüssel.

ts-authenticator-not-provider-title = Authenticator darf keine Passkeys speichern
ts-authenticator-not-provider-body =
    { $os_major ->
        [14] Unter Android 14: Einstellungen › Passwörter und Konten, dann Authenticator unter Zusätzliche Anbieter einschalten. Klappt das nicht, aktualisieren Sie auf Android 15. Auf dem iPhone: Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter (iOS 17: Einstellungen › Passwörter › Passwortoptionen) und Authenticator auswählen.
        [17] Auf dem iPhone mit iOS 17: Einstellungen › Passwörter › Passwortoptionen, „Passwörter und Passkeys automatisch ausfüllen“ einschalten und Authenticator auswählen. Unter Android: Einstellungen › Passwörter, Passkeys & Konten (oder Passwörter und Konten), dann Authenticator unter Zusätzliche Anbieter einschalten.
       *[other] Auf dem iPhone ab iOS 18: Einstellungen › Allgemein › Automatisch ausfüllen & Passwörter, „Passwörter und Passkeys automatisch ausfüllen“ einschalten und Authenticator auswählen (iOS 17: Einstellungen › Passwörter › Passwortoptionen). Unter Android: Einstellungen › Passwörter, Passkeys & Konten (unter Android 14: Passwörter und Konten), dann Authenticator unter Zusätzliche Anbieter einschalten.
    }

ts-screen-lock-missing-title = Eine Displaysperre ist nötig
ts-screen-lock-missing-body = Passkeys werden mit der Displaysperre Ihres Geräts entsperrt. Richten Sie in den Einstellungen eine PIN, ein Muster, ein Passwort, einen Fingerabdruck oder die Gesichtserkennung ein und beginnen Sie dann erneut.

ts-ios-qr-camera-app-title = Der QR-Code lässt sich auf dem iPhone nicht scannen
ts-ios-qr-camera-app-body = Scannen Sie den Passkey-QR-Code mit der App Kamera des iPhones, nicht mit dem Scanner in Authenticator, der diese Art von Code nicht lesen kann. Unter Android funktioniert auch der Scanner in Authenticator.

ts-cross-device-connecting-title = Hängt bei „Verbindung wird hergestellt“
ts-cross-device-connecting-body = Schalten Sie Bluetooth am Computer und am Smartphone ein, halten Sie beide nah beieinander und sorgen Sie dafür, dass beide online sind. Firmennetze oder VPNs können die Verbindung blockieren; hängt es weiterhin, richten Sie den Passkey direkt auf dem Smartphone ein oder nutzen Sie einen Sicherheitsschlüssel.

ts-ca-bootstrap-loop-title = Endlos zwischen App und Sicherheitsinformationen hin und her
ts-ca-bootstrap-loop-body = Manche Anmelderegeln Ihrer Firma verlangen schon einen Passkey, bevor Sie Ihren ersten erstellen können, und schicken Sie so im Kreis. Bitten Sie Ihren Helpdesk um einen befristeten Zugriffspass oder eine vorübergehende Ausnahme und versuchen Sie es erneut.

ts-orphaned-passkey-title = „Passkey ist bereits vorhanden“
ts-orphaned-passkey-body = Ein Passkey aus einem früheren Versuch kann noch auf Ihrem Gerät liegen, obwohl Ihre Organisation ihn nicht mehr kennt. Löschen Sie ihn auf dem Gerät (in Authenticator: auf das Konto tippen, dann Einstellungen › Passkey löschen), entfernen Sie einen alten Eintrag in den Sicherheitsinformationen und registrieren Sie neu.

ts-android-work-profile-title = Smartphone mit Arbeitsprofil
ts-android-work-profile-body = Unter Android funktioniert ein Passkey nur in dem Profil, in dem er erstellt wurde. Hat Ihr Smartphone ein Arbeits- und ein privates Profil, erstellen Sie den Passkey in Authenticator in dem Profil, in dem Sie ihn nutzen, oder in beiden je einmal.

ts-samsung-pass-picker-title = Samsung Pass hat ihn stattdessen gespeichert
ts-samsung-pass-picker-body = Galaxy-Smartphones schlagen oft zuerst Samsung Pass vor. Ist der Passkey dort gelandet, löschen Sie ihn in Samsung Pass, schalten Sie Authenticator in den Einstellungen unter Passwörter, Passkeys und Autofill ein und beginnen Sie neu; wählen Sie Authenticator, wenn nach dem Speicherort gefragt wird.

ts-windows-hello-already-registered-title = „Bereits registriert“ unter Windows
ts-windows-hello-already-registered-body = Melden Sie sich an diesem PC mit diesem Arbeitskonto bereits über Windows Hello for Business an, kann Windows keinen zusätzlichen Passkey dafür anlegen und meldet, er sei bereits registriert. Nutzen Sie stattdessen die Anleitung für das Smartphone oder den Sicherheitsschlüssel, oder fragen Sie Ihren Helpdesk.

ts-unsupported-browser-title = Browser wird nicht unterstützt
ts-unsupported-browser-body =
    { $browser ->
        [firefox] Firefox kann unter Android keine Passkeys für Arbeitskonten erstellen und unter Linux keinen Passkey in Authenticator verwenden. Nutzen Sie stattdessen Chrome oder Edge.
        [opera] Opera steht nicht auf der Liste der Browser, die Microsoft für Passkeys in Arbeitskonten unterstützt. Nutzen Sie stattdessen Chrome, Edge oder Safari.
        [samsung-internet] Samsung Internet steht nicht auf der Liste der Browser, die Microsoft für Passkeys in Arbeitskonten unterstützt. Nutzen Sie stattdessen Chrome oder Edge.
       *[other] Nutzen Sie einen unterstützten Browser: Edge, Chrome oder Firefox unter Windows; Safari, Chrome, Edge oder Firefox auf Mac und iPhone; Chrome oder Edge unter Android.
    }

ts-in-app-browser-title = In einer anderen App geöffnet
ts-in-app-browser-body = Links aus einer Mail- oder Chat-App öffnen sich oft im eingebauten Browser dieser App, in dem Passkeys nicht zuverlässig funktionieren. Öffnen Sie den Link über das Menü der App in Safari oder Chrome und beginnen Sie neu.

ts-security-key-pin-title = Der Schlüssel verlangt eine PIN, die Sie nie festgelegt haben
ts-security-key-pin-body = Browser auf iPhone, iPad und Mac können für einen neuen Sicherheitsschlüssel keine PIN einrichten. Legen Sie die PIN an einem Windows-PC fest (Einstellungen › Konten › Anmeldeoptionen › Sicherheitsschlüssel) oder mit der App des Herstellers und registrieren Sie den Schlüssel dann erneut.

ts-synced-not-allowed-title = Diese Art von Passkey ist nicht erlaubt
ts-synced-not-allowed-body = Ihre Organisation lässt eventuell nur Passkeys zu, die auf einem Gerät bleiben, etwa in Microsoft Authenticator oder auf einem Sicherheitsschlüssel. Fehlt Passkey in den Sicherheitsinformationen oder schlägt das Speichern fehl, nutzen Sie stattdessen die Anleitung für Authenticator.

ts-icloud-keychain-off-title = iCloud-Schlüsselbund ist ausgeschaltet
ts-icloud-keychain-off-body = Passkeys in Apple Passwörter brauchen den iCloud-Schlüsselbund und die Zwei-Faktor-Authentifizierung für Ihren Apple Account. Schalten Sie in den iCloud-Einstellungen die Synchronisierung für Passwörter ein und versuchen Sie es erneut.
