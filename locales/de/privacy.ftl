# Personenbezogene Daten: die Datenschutzseite für Mitarbeitende sowie Aufbewahrung, Export und Löschung in der Konsole.

## Die Datenschutzseite für Mitarbeitende (/privacy)

footer-privacy-link = So werden Ihre Daten verwendet
privacy-title = So werden Ihre Daten verwendet
privacy-lead = Diese Anleitung hilft Ihnen, einen Passkey für Ihr Arbeitskonto zu registrieren. Hier erfahren Sie, was sie dabei erfasst, warum, wie lange und an wen Sie sich wenden können.
privacy-your-organisation = Ihre Organisation
privacy-what-title = Was erfasst wird
privacy-what-anonymous = Ohne persönlichen Link: welche Seiten der Anleitung angesehen werden, zusammen mit der Art des Geräts, seinem System und Browser sowie der Sprache. Nicht, wer Sie sind.
privacy-what-personal = Mit dem persönlichen Link, den { $organisation } Ihnen geschickt hat: Ihr Name, Ihre geschäftliche E-Mail-Adresse und Ihre Abteilung aus der Liste, die Ihr IT-Team bereitgestellt hat; welche Schritte Sie wann erreicht haben; Ihre Antworten, etwa „Hat geklappt“ oder „Ich komme nicht weiter“, und warum; das Gerät, die Systemversion und der Browser, die Sie verwendet haben; jede Meldung, die Sie an den Helpdesk gesendet haben; die Nachrichten, die Ihnen gesendet wurden; und ob Microsoft Entra ID für Ihr Konto einen Passkey aufführt.
privacy-what-cookies = Die Anleitung setzt ein Cookie, das sich Ihren persönlichen Link merkt, während Sie die Schritte durchgehen, und eines für Ihre Sprache, falls Sie eine auswählen. Es gibt keine Werbe- oder Tracking-Cookies.
privacy-what-never = Nie erfasst werden: Ihr Kennwort, Ihr Passkey, alles, was Sie auf den Seiten von Microsoft eingeben, und wo Sie sich befinden.
privacy-why-title = Warum
privacy-why = Damit die Anleitung die Schritte für Ihr Gerät zeigt, Ihr IT-Team Ihnen helfen kann, wenn Sie nicht weiterkommen, und Erinnerungen nur an Personen gehen, die sich noch nicht registriert haben.
privacy-how-long-title = Wie lange
privacy-how-long = { $organisation } bewahrt Ihre Daten zu den einzelnen Schritten { $days } Tage lang auf, nachdem Sie einen Passkey registriert haben oder aus dem Rollout ausgeschieden sind; danach werden sie entfernt. Wann Sie die einzelnen Stufen erreicht haben, bleibt in den Zahlen des Rollouts erhalten, bis Sie aus dem Rollout ausscheiden.
privacy-who-title = An wen Sie sich wenden können
privacy-who = Wenden Sie sich an das IT-Team für { $organisation }, wenn Sie Ihre Daten einsehen oder löschen lassen möchten: Es kann Ihnen alles, was über Sie erfasst wurde, als Datei geben oder es endgültig löschen.
privacy-who-contact = Die Kontaktdaten des IT-Teams finden Sie unten auf dieser Seite.

## Die Konsole: Aufbewahrung, Export und Löschung

privacy-retention-title = Personenbezogene Daten
privacy-retention-now = Verlaufsdaten werden { $days } Tage lang aufbewahrt, nachdem eine Person einen Passkey registriert hat oder aus dem Rollout ausgeschieden ist.
privacy-retention-days = Aufbewahrungsdauer (Tage)
privacy-retention-save = Speichern
privacy-retention-hint = Wird täglich angewendet. Nach Ablauf der Frist werden bei einer Person, die einen Passkey registriert hat, die Daten zu den einzelnen Schritten (Geräte, Schritte, Antworten, Meldungen, Nachrichten) entfernt, während ihr Eintrag in der Mitarbeiterliste und die Zeitpunkte der erreichten Stufen erhalten bleiben; wer aus dem Rollout ausgeschieden ist, wird vollständig gelöscht. Mitarbeitende können das auf der Datenschutzseite der Anleitung nachlesen.
privacy-error-not-a-number = Die Aufbewahrungsfrist muss eine ganze Zahl von Tagen sein.
privacy-error-out-of-range = Die Aufbewahrungsfrist muss zwischen 1 und 3650 Tagen liegen.
privacy-done-erased = Die Person wurde gelöscht, zusammen mit allen Einträgen, in denen sie genannt war.
privacy-done-retention-saved = Aufbewahrungsfrist gespeichert.
privacy-employee-title = Personenbezogene Daten
privacy-export-submit = Daten dieser Person exportieren (JSON)
privacy-export-hint = Alles, was über diese Person gespeichert ist, für ein Auskunftsersuchen der betroffenen Person. Der Export wird im Änderungsprotokoll festgehalten.
privacy-erase-hint = Beim Löschen werden diese Person und alle Einträge entfernt, in denen sie genannt ist: Verlauf, Geräte, Meldungen, Nachrichten und Registrierungsstatus. Das lässt sich nicht rückgängig machen. Ist die Person noch Mitglied einer Rollout-Gruppe in Entra, fügt die nächste Synchronisierung sie erneut hinzu – als neue Person.
privacy-erase-confirm = Geben Sie zur Bestätigung { $email } ein
privacy-erase-submit = Diese Person löschen
privacy-erase-mismatch = Die eingegebene Adresse stimmt nicht überein: Es wurde nichts gelöscht.
audit-action-retention-saved = Aufbewahrungsdauer der Verlaufsdaten geändert
audit-action-employee-erased = Mitarbeitende Person gelöscht
audit-action-employee-exported = Daten einer mitarbeitenden Person exportiert
