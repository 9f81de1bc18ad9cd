## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = Dashboard
admin-nav-audit = Wijzigingslogboek

dashboard-title = Dashboard van de uitrol
dashboard-no-data = Voor dit filter is er nog niets te tonen.
dashboard-export-csv = Deze tabel downloaden (CSV)
dashboard-show-table = De cijfers als tabel tonen
dashboard-percent = { $n }%
dashboard-not-known = Onbekend

dashboard-filter-department = Afdeling
dashboard-filter-all-departments = Alle afdelingen
dashboard-filter-from = Van
dashboard-filter-to = Tot en met
dashboard-filter-apply = Toepassen
dashboard-range-all = De aantallen gaan over de hele periode. De grafiek toont de laatste zes weken (dagen in tijdzone { $zone }).
dashboard-range-filtered = Aantallen en grafiek gaan over { $first } tot en met { $last } (dagen in tijdzone { $zone }).
dashboard-error-from = “Van” moet een datum zijn, zoals 2026-11-01. In plaats daarvan wordt de hele periode getoond.
dashboard-error-to = “Tot en met” moet een datum zijn, zoals 2026-11-30. In plaats daarvan wordt de hele periode getoond.
dashboard-error-reversed = “Tot en met” ligt vóór “Van”. In plaats daarvan wordt de hele periode getoond.
dashboard-error-too-long = Kies een periode van hoogstens { $days } dagen. In plaats daarvan wordt de hele periode getoond.
dashboard-status-as-of = Registratiestatus uit Entra ID per { $at }.
dashboard-status-never = Nog geen registratiestatus uit Entra ID: importeer het CSV-bestand uit de portal of stel de synchronisatie met Microsoft Graph in. Tot die tijd telt niemand als geregistreerd.
dashboard-status-error = De laatste synchronisatie met Microsoft Graph is mislukt: { $error }

dashboard-funnel-title = Trechter
dashboard-funnel-desc = Hoeveel van de { $roster } medewerkers in de medewerkerslijst elke fase hebben bereikt.
dashboard-funnel-roster = In de medewerkerslijst
dashboard-funnel-announced = Link verstuurd
dashboard-funnel-opened = Link geopend
dashboard-funnel-flow-started = Aan de stappen begonnen
dashboard-funnel-handed-off = Naar Beveiligingsgegevens gegaan
dashboard-funnel-signed-in = Aanmelden getest
dashboard-funnel-registered = Geregistreerd (volgens Entra ID)

dashboard-col-stage = Fase
dashboard-col-employees = Medewerkers
dashboard-col-of-roster = Van de medewerkerslijst
dashboard-col-of-previous = Van de vorige fase
dashboard-col-platform = Apparaat
dashboard-col-stuck = Nu vastgelopen
dashboard-col-stuck-rate = Aandeel vastgelopen
dashboard-col-below-minimum = Besturingssysteem te oud
dashboard-col-registered = Geregistreerd
dashboard-col-os-version = Versie besturingssysteem
dashboard-col-browser = Browser
dashboard-col-in-app = In-app-browser
dashboard-col-step = Stap
dashboard-col-symptom = Probleem
dashboard-col-date = Datum
dashboard-col-announced = Links verstuurd
dashboard-col-reminders = Herinneringen verstuurd
dashboard-col-reason = Reden

dashboard-platforms-title = Apparaten
dashboard-platforms-desc = Medewerkers die hun link hebben geopend, ingedeeld naar het apparaat van hun laatste bezoek, met hoeveel van hen nu vastgelopen zijn.
dashboard-platform-bar = { $n } ({ $stuck } vastgelopen)
dashboard-below-minimum-title = Versies van het besturingssysteem onder het minimum van een gids
dashboard-browsers-title = Browsers
dashboard-in-app-title = In-app-browsers
dashboard-stuck-title = Waar mensen vastlopen

dashboard-days-title = Registraties per dag
dashboard-days-desc = { $total } toegangssleutels geregistreerd van { $first } tot en met { $last }. Op { $reminderDays } van deze dagen zijn herinneringen verstuurd; die dagen zijn gemarkeerd met een driehoek.
dashboard-legend-reminders = Herinneringen verstuurd op die dag
dashboard-legend-announced = Links verstuurd op die dag

dashboard-stragglers-title = Wie er nog ontbreekt
dashboard-stragglers-intro = Medewerkers die volgens Entra ID geen toegangssleutel hebben, ingedeeld naar de meest veelzeggende reden. Open een groep om de mensen te zien en te exporteren.
dashboard-stragglers-counts = Wie er nog ontbreekt, per reden
dashboard-straggler-stuck = Vastgelopen
dashboard-straggler-below-minimum = Besturingssysteem te oud
dashboard-straggler-handed-off = Naar Beveiligingsgegevens gegaan, niet geregistreerd
dashboard-straggler-never-opened = Link nooit geopend
dashboard-straggler-in-progress = Begonnen, niet afgerond

stragglers-title = Medewerkers zonder toegangssleutel
stragglers-back = Terug naar het dashboard
stragglers-all-reasons = Alle redenen
stragglers-count =
    { $n ->
        [one] Eén medewerker.
       *[other] { $n } medewerkers.
    }
stragglers-export = Allemaal downloaden (CSV)
stragglers-col-name = Naam
stragglers-col-email = E-mail
stragglers-col-department = Afdeling
stragglers-col-manager = Leidinggevende
stragglers-col-detail = Details
stragglers-col-last-seen = Laatst actief
stragglers-previous = Vorige pagina
stragglers-next = Volgende pagina
stragglers-pages = Pagina's
stragglers-page-of = Pagina { $page } van { $pages }

audit-title = Wijzigingslogboek
audit-intro = Elke wijziging aan deze organisatie in de console of via de opdrachtregel, nieuwste eerst.
audit-col-when = Wanneer
audit-col-who = Wie
audit-col-what = Wat
audit-col-changes = Wijzigingen
audit-action-branding-saved = Concept van de huisstijl opgeslagen
audit-action-logo-uploaded = Logo geüpload
audit-action-branding-published = Huisstijl gepubliceerd
audit-action-policy-saved = Beleid gewijzigd
audit-action-roster-imported = Medewerkerslijst geïmporteerd
audit-action-links-exported = Persoonlijke links geëxporteerd
audit-action-reminders-saved = Instellingen voor herinneringen gewijzigd
audit-action-tenant-created = Organisatie aangemaakt
audit-action-admin-granted = Een account een rol gegeven
audit-action-registration-imported = Registratiestatus geïmporteerd
audit-action-reminders-announced = Aankondiging verstuurd
