## Beheerconsole (IT-beheerders en helpdesk) en de tenantspecifieke onderdelen van de gids voor medewerkers.

admin-console = Beheer van de toegangssleutelgids
admin-nav-label = Onderdelen van de tenant
admin-nav-overview = Overzicht
admin-nav-branding = Huisstijl
admin-nav-policy = Beleid voor toegangssleutels
admin-nav-roster = Medewerkers
admin-sign-out = Afmelden
admin-form-has-errors = Sommige velden moeten worden aangepast. Er is niets opgeslagen; wat u hebt ingevoerd, staat hieronder nog ingevuld.

role-owner = Eigenaar
role-admin = Beheerder
role-helpdesk = Helpdesk

## Aanmelden

admin-login-title = Aanmelden
admin-login-email = E-mail
admin-login-password = Wachtwoord
admin-login-submit = Aanmelden
admin-login-failed = Het e-mailadres of wachtwoord is onjuist.
admin-login-rate-limited = Te veel aanmeldpogingen. Wacht een minuut en probeer het daarna opnieuw.

## Tenants en overzicht

admin-tenants-title = Uw organisaties
admin-tenants-none = Uw account heeft nog geen rol in een organisatie. Vraag een eigenaar om u toe te voegen.
admin-overview-title = Overzicht
admin-overview-employees = { $count ->
    [one] Eén medewerker in de medewerkerslijst.
   *[other] { $count } medewerkers in de medewerkerslijst.
}
admin-overview-unpublished = De huisstijl heeft wijzigingen die nog niet zijn gepubliceerd.
admin-overview-guide-url = Gids voor iedereen (zonder persoonlijke link):
admin-links-heading = Persoonlijke links
admin-links-lead = Download de persoonlijke link van elke medewerker als CSV-bestand voor uw samenvoegmailing (mail merge). Elke link is ondertekend en verloopt; download voor elke mailing een nieuw bestand.
admin-links-export = Links downloaden (CSV)

## Huisstijl

admin-branding-title = Huisstijl
admin-branding-name = Weergavenaam
admin-branding-colour = Primaire kleur
admin-branding-colour-hint = Een hexadecimale kleurcode zoals #0b5cad. Hierop wordt witte tekst weergegeven, dus het contrast moet minstens 4,5:1 zijn.
admin-branding-intro = Introductie op de startpagina (platte tekst)
admin-branding-support = Contactgegevens voor ondersteuning
admin-branding-support-email = E-mail
admin-branding-support-url = Hulppagina (https://…)
admin-branding-support-phone = Telefoon
admin-branding-support-hours = Bereikbaarheid
admin-branding-save = Concept opslaan
admin-branding-saved = Concept opgeslagen. Controleer het voorbeeld en publiceer daarna.
admin-branding-logo = Logo
admin-branding-logo-hint = PNG, JPEG of WebP, maximaal { $max } KB en maximaal { $side } pixels per zijde. SVG-bestanden worden niet geaccepteerd.
admin-branding-logo-file = Logobestand
admin-branding-logo-upload = Logo uploaden
admin-branding-logo-saved = Logo toegevoegd aan het concept.
admin-branding-logo-alt = Voorbeeld van het logo
admin-branding-preview = Voorbeeld
admin-branding-unpublished = Medewerkers zien nog de gepubliceerde huisstijl. Publiceer dit concept om het aan hen te tonen.
admin-branding-published = Medewerkers zien deze huisstijl.
admin-branding-publish = Publiceren
admin-branding-published-notice = Gepubliceerd. Medewerkers zien nu de nieuwe huisstijl.

branding-error-required = Voer een weergavenaam in.
branding-error-too-long = Gebruik maximaal { $max } tekens, zonder besturingstekens.
branding-error-colour = Voer een kleur in als # gevolgd door 6 hexadecimale cijfers, zoals #0b5cad.
branding-error-contrast = Witte tekst op deze kleur heeft een contrast van { $ratio }:1; minstens { $min }:1 is nodig. De dichtstbijzijnde tint die wel voldoet, is { $suggestion }.
branding-error-email = Voer een e-mailadres in, zoals help@example.com.
branding-error-url = Voer een webadres in dat begint met https:// of http://.
branding-error-phone = Voer een telefoonnummer in met cijfers, spaties en + - ( ).

logo-error-empty = Kies een bestand om te uploaden.
logo-error-too-large = Het bestand is { $kib } KB; de limiet is { $max } KB.
logo-error-svg = SVG-logo's worden niet geaccepteerd, omdat ze scripts kunnen bevatten. Upload een PNG-, JPEG- of WebP-bestand.
logo-error-format = Dit bestand is geen PNG-, JPEG- of WebP-afbeelding.
logo-error-dimensions = De afbeelding is { $width } × { $height } pixels; elke zijde moet tussen { $min } en { $max } pixels zijn.

## Beleid

admin-policy-title = Beleid voor toegangssleutels
admin-policy-passkeys = Welke toegangssleutels uw organisatie toestaat
admin-policy-synced-allowed = Gesynchroniseerde en apparaatgebonden toegangssleutels (iCloud-sleutelhanger, Google Wachtwoordmanager, Microsoft Authenticator, Windows Hello, beveiligingssleutels)
admin-policy-device-bound-only = Alleen apparaatgebonden toegangssleutels
admin-policy-attestation = Attestatie wordt afgedwongen (verbergt elke optie die merk en model niet kan aantonen)
admin-policy-authenticators = Apparaatgebonden authenticators die uw organisatie ondersteunt
admin-policy-authenticator = Microsoft Authenticator
admin-policy-windows-hello = Windows Hello
admin-policy-windows-hello-hint = Uit, tenzij uw organisatie dit in Entra heeft ingeschakeld: een toegangssleutelprofiel moet deze AAGUID's van Windows Hello in de sleutelbeperkingen opnemen en mag geen attestatie afdwingen. Op pc's die aan Entra zijn gekoppeld of bij Entra zijn geregistreerd, blijft Windows Hello voor Bedrijven de manier om aan te melden. De gids vraagt medewerkers hier eerst naar en stuurt ze op een pc van het werk door naar de telefoon of een beveiligingssleutel.
admin-policy-authenticator-hint = Beveiligingsgegevens biedt “Toegangssleutel in Microsoft Authenticator” alleen aan als de sleutelbeperkingen van het toegangssleutelprofiel deze AAGUID's bevatten. Zonder die AAGUID's werkt de route van de gids vanuit de app zelf nog steeds.
admin-policy-security-keys = FIDO2-beveiligingssleutels
admin-policy-security-info-url = Adres van Beveiligingsgegevens
admin-policy-security-info-url-hint = Waar medewerkers hun toegangssleutel registreren. Alleen https-adressen op aanmeldhosts van Microsoft worden geaccepteerd.
admin-policy-language = Standaardtaal
admin-policy-language-none = Browsertaal
admin-policy-host = Aangepaste hostnaam (optioneel)
admin-policy-host-hint = Een hostnaam zoals passkeys.example.com, waarop deze gids in de root wordt aangeboden.
admin-policy-save = Beleid opslaan
admin-policy-saved = Beleid opgeslagen. De gids gebruikt het vanaf nu.
admin-policy-error-url = Het adres van Beveiligingsgegevens moet een https-adres op een aanmeldhost van Microsoft zijn.
admin-policy-error-host = Voer een hostnaam in zoals passkeys.example.com, of laat het veld leeg.
admin-policy-error-host-taken = Een andere organisatie gebruikt deze hostnaam al.

## Medewerkerslijst

admin-roster-title = Medewerkers
admin-roster-import = Medewerkerslijst importeren
admin-roster-import-hint = Een CSV-bestand met een kopregel, met de Engelse kolomnamen. Verplichte kolommen: email (of UPN) voor het e-mailadres en display name voor de weergavenaam. Optioneel: preferred language (voorkeurstaal), department (afdeling) en manager (leidinggevende). Komma's en puntkomma's werken allebei als scheidingsteken. Als u opnieuw importeert, worden gewijzigde rijen bijgewerkt en blijft de rest ongewijzigd.
admin-roster-file = CSV-bestand
admin-roster-import-submit = Importeren
admin-roster-report = Importrapport
admin-roster-summary = { $inserted } toegevoegd, { $updated } bijgewerkt, { $unchanged } ongewijzigd, { $bad } niet geïmporteerd.
admin-roster-line = Regel { $line }
admin-roster-lookup = Een medewerker opzoeken
admin-roster-search = Naam of e-mailadres
admin-roster-search-submit = Zoeken
admin-roster-caption = Medewerkers (eerste 50 resultaten)
admin-roster-name = Naam
admin-roster-email = E-mail
admin-roster-language = Taal
admin-roster-department = Afdeling
admin-roster-link = Persoonlijke link

roster-error-empty = Het bestand is leeg.
roster-error-encoding = Het bestand is geen UTF-8-tekst. Sla het op als “CSV UTF-8” en probeer het opnieuw.
roster-error-no-email-column = Geen kolom met e-mailadressen gevonden. Geef een van de kolommen een van deze namen: { $expected }.
roster-error-no-name-column = Geen kolom met weergavenamen gevonden. Geef een van de kolommen een van deze namen: { $expected }.
roster-error-too-large = Het bestand is groter dan { $max } MB.
roster-error-read = Het bestand kan niet worden gelezen: { $detail }
roster-row-missing-email = Het e-mailadres ontbreekt.
roster-row-invalid-email = “{ $value }” is geen e-mailadres.
roster-row-missing-name = De weergavenaam ontbreekt.
roster-row-too-long = De waarde in de kolom { $column } is langer dan { $max } tekens.
roster-row-duplicate = Hetzelfde e-mailadres staat al op regel { $line }; deze rij is overgeslagen.
roster-row-malformed = De rij kan niet worden gelezen ({ $detail }).
roster-row-language-ignored = De taal “{ $value }” is niet beschikbaar; de browsertaal van de medewerker wordt gebruikt.

## Fouten

admin-error-title = Deze pagina kan niet worden weergegeven
admin-error-not-found = Deze pagina bestaat niet, of uw account heeft er geen toegang toe.
admin-error-forbidden = Met uw rol in deze organisatie kunt u gegevens opzoeken, maar niet wijzigen.
admin-error-csrf = Het formulier was verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
admin-error-internal = Er ging iets mis aan onze kant. Probeer het zo opnieuw; blijft het gebeuren, meld het dan aan de beheerders van deze dienst.
admin-error-back = Terug naar de beheerconsole

## De gids voor medewerkers: het ondersteuningscontact van de tenant en persoonlijke links

support-heading = Hulp nodig?
support-email = E-mail:
support-phone = Telefoon:
support-website = Hulppagina van IT
support-hours = Bereikbaar:
footer-privacy-personal = U hebt uw persoonlijke link geopend. Daardoor kan uw IT-afdeling zien tot welke stap van deze gids u bent gekomen. Wat u typt, ziet de IT-afdeling nooit.
link-problem-title = Deze link kan niet worden gebruikt
link-invalid = Deze persoonlijke link is niet geldig. Misschien is hij bij het kopiëren ingekort of gewijzigd.
link-expired = Deze persoonlijke link is verlopen.
link-unknown = Deze persoonlijke link is niet meer actief.
link-problem-generic = U kunt uw toegangssleutel nog steeds instellen met de algemene gids. Hebt u een nieuwe link nodig? Vraag die dan aan uw IT-afdeling.
link-problem-open-guide = Gids openen

## Helpdesk: het verloop van één medewerker

admin-employee-title = Medewerker
admin-employee-back = Terug naar de medewerkerslijst
admin-journey-stage = Voortgang
admin-journey-stage-not-opened = Heeft de link nog niet geopend
admin-journey-stage-opened = Heeft de link geopend
admin-journey-stage-flow-started = Volgt de stappen
admin-journey-stage-handed-off = Is naar Beveiligingsgegevens gegaan
admin-journey-stage-confirmed = Heeft bevestigd dat de toegangssleutel is geregistreerd
admin-journey-stage-signed-in = Heeft zich in de test aangemeld met de toegangssleutel
admin-journey-position = Laatst bereikte stap
admin-journey-at-done = Afgerond: { $flow }
admin-journey-answer = “Is het gelukt?” na Beveiligingsgegevens
admin-journey-answer-worked = Ja, het is gelukt
admin-journey-answer-failed = Nee, het is niet gelukt
admin-journey-devices = Gebruikte apparaten
admin-journey-last-seen = Laatst actief
admin-journey-registration = Geregistreerd in Entra ID
admin-journey-registration-unknown = Nog niet bekend
admin-journey-registration-yes = Ja (per { $at })
admin-journey-registration-no = Nee (per { $at })
admin-journey-stuck = Vastgelopen bij { $step }: { $symptom }
admin-journey-stuck-help = Wat eraan te doen is
admin-journey-help-page = Alle bekende problemen en hun oplossing, zoals medewerkers ze zien
admin-journey-reading-causes = Heeft de oorzaken bekeken
admin-journey-timeline = Tijdlijn
admin-journey-timeline-caption = Alles wat deze medewerker in de gids heeft gedaan, oudste eerst. Herhalingen worden geteld, niet apart vermeld.
admin-journey-when = Wanneer
admin-journey-what = Wat
admin-journey-where = Waar
admin-journey-detail = Details
admin-journey-device = Apparaat
admin-journey-repeats = Herhalingen
admin-journey-times = { $count ->
    [one] één keer
   *[other] { $count } keer, laatst op { $last }
}
admin-journey-not-opened = Deze medewerker heeft de persoonlijke link nog niet geopend.
admin-journey-kind-page-viewed = Startpagina geopend
admin-journey-kind-flow-chosen = Gids gekozen
admin-journey-kind-step-viewed = Stap bereikt
admin-journey-kind-handoff-clicked = Naar Beveiligingsgegevens gegaan
admin-journey-kind-done = Laatste scherm bereikt
admin-journey-kind-link-opened = Link geopend
admin-journey-kind-returned = Teruggekomen van Beveiligingsgegevens
admin-journey-kind-confirmed = Bevestigd dat de toegangssleutel is geregistreerd
admin-journey-kind-stuck = Liep vast
admin-journey-kind-diagnostic-sent = Melding gestuurd
admin-journey-kind-restarted = Opnieuw begonnen
admin-journey-kind-sign-in-tested = Aanmelden met de toegangssleutel getest
admin-journey-sign-in-worked = Het aanmelden is gelukt
admin-journey-sign-in-failed = Het aanmelden is niet gelukt
admin-diagnostics-title = Meldingen van de medewerker
admin-diagnostics-none = Geen meldingen.
admin-diagnostic-heading = Melding { $reference }, { $at }
admin-diagnostic-where = Stap
admin-diagnostic-symptom = Probleem
admin-diagnostic-note = Opmerking van de medewerker
admin-diagnostic-device = Apparaat
admin-diagnostic-probe = Browsercontroles
admin-diagnostic-no-probe = Niet beschikbaar (JavaScript stond uit)
admin-diagnostic-user-agent = User-agent

## Herinneringen

admin-nav-reminders = Herinneringen
admin-reminders-title = Herinneringen
admin-reminders-lead = Herinneringen gaan naar medewerkers die hun persoonlijke link hebben ontvangen en volgens Entra ID nog geen toegangssleutel hebben. Elke herinnering wordt één keer verstuurd, buiten de rusturen en in de taal van de medewerker.
admin-reminders-saved = Instellingen voor herinneringen opgeslagen.
admin-reminders-enabled = Herinneringen automatisch versturen
admin-reminders-offsets = Dagen na het versturen van de link (gescheiden door komma's, bijvoorbeeld 7, 14)
admin-reminders-time-zone = Tijdzone (IANA-naam, bijvoorbeeld Europe/Amsterdam)
admin-reminders-quiet-from = Rusturen vanaf (uur, 0–23)
admin-reminders-quiet-until = Rusturen tot (uur, 0–23)
admin-reminders-weekends = Geen herinneringen op zaterdag en zondag
admin-reminders-per-hour = Hoogstens zoveel e-mails per uur
admin-reminders-save = Instellingen opslaan
admin-reminders-preview-title = Als de herinneringen nu werden verstuurd
admin-reminders-preview-lead = { $count ->
    [one] Eén medewerker zou nu een herinnering krijgen. Vanaf deze pagina wordt niets verstuurd.
   *[other] { $count } medewerkers zouden nu een herinnering krijgen. Vanaf deze pagina wordt niets verstuurd.
}
admin-reminders-preview-caption = Elke medewerker en wat de volgende ronde zou doen, met de reden
admin-reminders-col-reminder = Herinnering
admin-reminders-col-why = Inhoud of reden
admin-reminders-col-state = Status
admin-reminders-col-error = Fout
admin-reminders-days = Herinnering na { $days } dagen
admin-reminders-none = Geen
admin-reminders-content-start-here = Hier beginnen (link nooit geopend)
admin-reminders-content-pick-up = Verder bij de bereikte stap
admin-reminders-content-stuck = Vastgelopen: de oorzaak en de oplossing
admin-reminders-content-did-not-finish = Niet afgerond
admin-reminders-skip-not-announced = Link nog niet verstuurd
admin-reminders-skip-registered = Heeft een toegangssleutel
admin-reminders-skip-status-unknown = Staat niet in de registratiestatus uit Entra ID
admin-reminders-skip-opted-out = Heeft herinneringen uitgezet
admin-reminders-skip-not-due = Nog niet aan de beurt
admin-reminders-skip-all-sent = Alle herinneringen verstuurd
admin-reminders-history-title = Verstuurde herinneringen
admin-reminders-history-none = Nog geen herinneringen.
admin-reminders-history-caption = Herinneringen die tot nu toe zijn bepaald, nieuwste eerst
admin-reminders-state-queued = Wacht op verzending
admin-reminders-state-sent = Verstuurd
admin-reminders-state-failed = Mislukt
admin-reminders-state-superseded = Vervangen door een latere herinnering
admin-reminders-error-offsets = Geef één tot vijf aantallen dagen tussen 1 en 90 op, gescheiden door komma's.
admin-reminders-error-time-zone = Gebruik een IANA-tijdzonenaam zoals Europe/Amsterdam of America/New_York.
admin-reminders-error-hour = Gebruik een uur van 0 tot en met 23.
admin-reminders-error-per-hour = Gebruik een getal van 1 tot en met 100000.
