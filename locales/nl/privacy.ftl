# Persoonsgegevens: de privacypagina voor medewerkers, en in de console bewaren, exporteren en wissen.

## De privacypagina voor medewerkers (/privacy)

footer-privacy-link = Hoe uw gegevens worden gebruikt
privacy-title = Hoe uw gegevens worden gebruikt
privacy-lead = Deze gids helpt u een toegangssleutel voor uw werkaccount te registreren. Hier leest u wat de gids vastlegt, waarom, hoelang, en bij wie u terechtkunt.
privacy-your-organisation = uw organisatie
privacy-what-title = Wat er wordt vastgelegd
privacy-what-anonymous = Zonder persoonlijke link: welke pagina's van de gids worden bekeken, met het soort apparaat, het systeem en de browser, en de taal. Niet wie u bent.
privacy-what-personal = Met de persoonlijke link die { $organisation } u heeft gestuurd: uw naam, zakelijke e-mailadres en afdeling uit de lijst die uw IT-afdeling heeft aangeleverd; welke stappen u hebt bereikt en wanneer; uw antwoorden, zoals “het is gelukt” of “ik kom er niet uit”, en waarom; het apparaat, de systeemversie en de browser die u hebt gebruikt; elke melding die u naar de helpdesk hebt gestuurd; de berichten die naar u zijn verstuurd; en of Microsoft Entra ID een toegangssleutel voor uw account vermeldt.
privacy-what-cookies = De gids plaatst een cookie dat uw persoonlijke link onthoudt terwijl u de stappen doorloopt, en een cookie voor uw taal als u er een kiest. Er zijn geen advertentie- of trackingcookies.
privacy-what-never = Nooit vastgelegd: uw wachtwoord, uw toegangssleutel, wat u typt op de pagina's van Microsoft, of waar u bent.
privacy-why-title = Waarom
privacy-why = Zodat de gids de stappen voor uw apparaat laat zien, uw IT-afdeling u kan helpen als u er niet uitkomt, en herinneringen alleen naar mensen gaan die nog geen toegangssleutel hebben geregistreerd.
privacy-how-long-title = Hoelang
privacy-how-long = Uw stap-voor-stapgegevens worden door { $organisation } { $days } dagen bewaard nadat u een toegangssleutel hebt geregistreerd of uit de uitrol bent gegaan; daarna worden ze verwijderd. De datums waarop u elke fase hebt bereikt, blijven in de cijfers van de uitrol staan totdat u uit de uitrol gaat.
privacy-who-title = Bij wie u terechtkunt
privacy-who = Vraag de IT-afdeling van { $organisation } als u uw gegevens wilt inzien of wilt laten wissen: zij kunnen u alles wat over u is vastgelegd als bestand geven, of het definitief wissen.
privacy-who-contact = De contactgegevens van de IT-afdeling staan onderaan deze pagina.

## De console: bewaren, exporteren en wissen

privacy-retention-title = Persoonsgegevens
privacy-retention-now = Verloopgegevens worden { $days } dagen bewaard nadat een medewerker een toegangssleutel heeft geregistreerd of uit de uitrol is gegaan.
privacy-retention-days = Bewaartermijn (dagen)
privacy-retention-save = Opslaan
privacy-retention-hint = Wordt elke dag toegepast. Na de termijn worden de stap-voor-stapgegevens van een medewerker die een toegangssleutel heeft geregistreerd (apparaten, stappen, antwoorden, meldingen, berichten) verwijderd, terwijl de vermelding in de medewerkerslijst en de datums van de fasen blijven staan; iemand die uit de uitrol is gegaan, wordt helemaal gewist. Medewerkers lezen dit op de privacypagina van de gids.
privacy-error-not-a-number = De bewaartermijn moet een geheel aantal dagen zijn.
privacy-error-out-of-range = De bewaartermijn moet tussen 1 en 3650 dagen liggen.
privacy-done-erased = De medewerker is gewist, samen met alle gegevens waarin die werd genoemd.
privacy-done-retention-saved = Bewaartermijn opgeslagen.
privacy-employee-title = Persoonsgegevens
privacy-export-submit = Gegevens van deze medewerker exporteren (JSON)
privacy-export-hint = Alles wat over deze medewerker wordt bewaard, voor een inzageverzoek. De export wordt vastgelegd in het wijzigingslogboek.
privacy-erase-hint = Wissen verwijdert deze medewerker en alle gegevens waarin die wordt genoemd: verloop, apparaten, meldingen, berichten en registratiestatus. Dit kan niet ongedaan worden gemaakt. Zit de medewerker nog in een uitrolgroep in Entra, dan voegt de volgende synchronisatie hem of haar opnieuw toe als nieuwe medewerker.
privacy-erase-confirm = Typ { $email } om te bevestigen
privacy-erase-submit = Deze medewerker wissen
privacy-erase-mismatch = Het getypte adres komt niet overeen: er is niets gewist.
audit-action-retention-saved = Bewaartermijn van verloopgegevens gewijzigd
audit-action-employee-erased = Medewerker gewist
audit-action-employee-exported = Gegevens van een medewerker geëxporteerd
