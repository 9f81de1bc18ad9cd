## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = Dashboard
admin-nav-audit = Registro delle modifiche

dashboard-title = Dashboard del rollout
dashboard-no-data = Per ora non c'è nulla da mostrare con questo filtro.
dashboard-export-csv = Scarica questa tabella (CSV)
dashboard-show-table = Mostra i numeri come tabella
dashboard-percent = { $n }%
dashboard-not-known = Non noto

dashboard-filter-department = Reparto
dashboard-filter-all-departments = Tutti i reparti
dashboard-filter-from = Dal
dashboard-filter-to = Al
dashboard-filter-apply = Applica
dashboard-range-all = I numeri si riferiscono all'intero periodo. Il grafico mostra le ultime sei settimane (giorni nel fuso orario { $zone }).
dashboard-range-filtered = Numeri e grafico si riferiscono al periodo dal { $first } al { $last } (giorni nel fuso orario { $zone }).
dashboard-error-from = “Dal” deve essere una data come 2026-11-01. Viene mostrato invece l'intero periodo.
dashboard-error-to = “Al” deve essere una data come 2026-11-30. Viene mostrato invece l'intero periodo.
dashboard-error-reversed = La data “Al” è precedente alla data “Dal”. Viene mostrato invece l'intero periodo.
dashboard-error-too-long = Scelga un periodo di al massimo { $days } giorni. Viene mostrato invece l'intero periodo.
dashboard-status-as-of = Stato di registrazione di Entra ID al { $at }.
dashboard-status-never = Ancora nessuno stato di registrazione da Entra ID: importi il file CSV esportato dal portale o configuri la sincronizzazione con Microsoft Graph. Fino ad allora nessuno risulta registrato.
dashboard-status-error = L'ultima sincronizzazione con Microsoft Graph non è riuscita: { $error }

dashboard-funnel-title = Imbuto
dashboard-funnel-desc = Quanti dei { $roster } dipendenti nell'elenco hanno raggiunto ciascuna fase.
dashboard-funnel-roster = Nell'elenco
dashboard-funnel-announced = Link inviato
dashboard-funnel-opened = Link aperto
dashboard-funnel-flow-started = Passaggi iniziati
dashboard-funnel-handed-off = Ha aperto Informazioni di sicurezza
dashboard-funnel-signed-in = Accesso di prova effettuato
dashboard-funnel-registered = Registrati (secondo Entra ID)

dashboard-col-stage = Fase
dashboard-col-employees = Dipendenti
dashboard-col-of-roster = Quota dell'elenco
dashboard-col-of-previous = Quota della fase precedente
dashboard-col-platform = Dispositivo
dashboard-col-stuck = Bloccati ora
dashboard-col-stuck-rate = Quota di bloccati
dashboard-col-below-minimum = Sistema troppo vecchio
dashboard-col-registered = Registrati
dashboard-col-os-version = Versione del sistema
dashboard-col-browser = Browser
dashboard-col-in-app = Browser integrato
dashboard-col-step = Passaggio
dashboard-col-symptom = Problema
dashboard-col-date = Data
dashboard-col-announced = Link inviati
dashboard-col-reminders = Promemoria inviati
dashboard-col-reason = Motivo

dashboard-platforms-title = Dispositivi
dashboard-platforms-desc = Dipendenti che hanno aperto il proprio link, suddivisi per dispositivo dell'ultima visita, con il numero di quelli bloccati ora.
dashboard-platform-bar = { $n } ({ $stuck } bloccati)
dashboard-below-minimum-title = Versioni del sistema inferiori al minimo richiesto da un metodo
dashboard-browsers-title = Browser
dashboard-in-app-title = Browser integrati
dashboard-stuck-title = Dove ci si blocca

dashboard-days-title = Registrazioni al giorno
dashboard-days-desc = { $total } passkey registrate dal { $first } al { $last }. I promemoria sono stati inviati in { $reminderDays } di questi giorni, contrassegnati da un triangolo.
dashboard-legend-reminders = Promemoria inviati quel giorno
dashboard-legend-announced = Link inviati quel giorno

dashboard-stragglers-title = Chi manca
dashboard-stragglers-intro = Dipendenti senza passkey secondo Entra ID, suddivisi per il motivo più significativo. Apra un gruppo per vedere le persone ed esportarle.
dashboard-stragglers-counts = Chi manca, per motivo
dashboard-straggler-stuck = Bloccato
dashboard-straggler-below-minimum = Sistema troppo vecchio
dashboard-straggler-handed-off = Ha aperto Informazioni di sicurezza, non registrato
dashboard-straggler-never-opened = Non ha mai aperto il link
dashboard-straggler-in-progress = Iniziato, non completato

stragglers-title = Dipendenti senza passkey
stragglers-back = Torna alla dashboard
stragglers-all-reasons = Tutti i motivi
stragglers-count =
    { $n ->
        [one] Un dipendente.
       *[other] { $n } dipendenti.
    }
stragglers-export = Scarica tutti (CSV)
stragglers-col-name = Nome
stragglers-col-email = Email
stragglers-col-department = Reparto
stragglers-col-manager = Responsabile
stragglers-col-detail = Dettagli
stragglers-col-last-seen = Ultima attività
stragglers-previous = Pagina precedente
stragglers-next = Pagina successiva
stragglers-pages = Pagine
stragglers-page-of = Pagina { $page } di { $pages }

audit-title = Registro delle modifiche
audit-intro = Tutte le modifiche apportate a questa organizzazione dalla console o dalla riga di comando, a partire dalle più recenti.
audit-col-when = Quando
audit-col-who = Chi
audit-col-what = Cosa
audit-col-changes = Modifiche
audit-action-branding-saved = Bozza della personalizzazione del marchio salvata
audit-action-logo-uploaded = Logo caricato
audit-action-branding-published = Personalizzazione del marchio pubblicata
audit-action-policy-saved = Criteri modificati
audit-action-roster-imported = Elenco dei dipendenti importato
audit-action-links-exported = Link personali esportati
audit-action-reminders-saved = Impostazioni dei promemoria modificate
audit-action-tenant-created = Organizzazione creata
audit-action-admin-granted = Ruolo assegnato a un account
audit-action-registration-imported = Stato di registrazione importato
audit-action-reminders-announced = Annuncio inviato
