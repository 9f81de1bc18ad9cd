# Dati personali: la pagina sulla privacy per i dipendenti e, nella console, conservazione, esportazione e cancellazione.

## La pagina sulla privacy per i dipendenti (/privacy)

footer-privacy-link = Come vengono usati i Suoi dati
privacy-title = Come vengono usati i Suoi dati
privacy-lead = Questa guida La aiuta a registrare una passkey per il Suo account di lavoro. Qui trova che cosa raccoglie, perché, per quanto tempo e a chi rivolgersi.
privacy-your-organisation = la Sua organizzazione
privacy-what-title = Che cosa viene registrato
privacy-what-anonymous = Senza link personale: quali pagine della guida vengono visualizzate, con il tipo di dispositivo, il relativo sistema e browser, e la lingua. Non chi è Lei.
privacy-what-personal = Con il link personale che Le ha inviato { $organisation }: il Suo nome, l'indirizzo email di lavoro e il reparto, presi dall'elenco fornito dal Suo team IT; quali passaggi ha raggiunto e quando; le Sue risposte, come “ha funzionato” o “non riesco ad andare avanti”, e il motivo; il dispositivo, la versione del sistema e il browser che ha usato; le segnalazioni che ha inviato all'helpdesk; i messaggi che Le sono stati inviati; e se Microsoft Entra ID elenca una passkey per il Suo account.
privacy-what-cookies = La guida imposta un cookie che conserva il Suo link personale mentre segue i passaggi, e uno per la lingua, se ne sceglie una. Non ci sono cookie pubblicitari o di tracciamento.
privacy-what-never = Non vengono mai registrati: la Sua password, la Sua passkey, nulla di ciò che digita nelle pagine di Microsoft, né dove si trova.
privacy-why-title = Perché
privacy-why = Perché la guida mostri i passaggi per il Suo dispositivo, il Suo team IT possa aiutarLa quando non riesce ad andare avanti e i promemoria arrivino solo a chi non ha ancora registrato una passkey.
privacy-how-long-title = Per quanto tempo
privacy-how-long = I Suoi dati passo per passo li conserva { $organisation } per { $days } giorni dopo la registrazione di una passkey o la Sua uscita dal rollout; poi vengono rimossi. Le date in cui ha raggiunto ciascuna fase restano nelle statistiche del rollout finché non ne esce.
privacy-who-title = A chi rivolgersi
privacy-who = Per vedere i Suoi dati o farli cancellare, si rivolga al team IT presso { $organisation }: può fornirLe in un file tutto ciò che è stato registrato su di Lei, oppure cancellarlo definitivamente.
privacy-who-contact = I recapiti del team IT si trovano in fondo a questa pagina.

## La console: conservazione, esportazione e cancellazione

privacy-retention-title = Dati personali
privacy-retention-now = I dati del percorso vengono conservati per { $days } giorni dopo che un dipendente ha registrato una passkey o è uscito dal rollout.
privacy-retention-days = Giorni di conservazione
privacy-retention-save = Salva
privacy-retention-hint = Viene applicato ogni giorno. Al termine del periodo, i dati passo per passo di un dipendente che ha registrato una passkey (dispositivi, passaggi, risposte, segnalazioni, messaggi) vengono rimossi, mentre la sua voce nell'elenco dei dipendenti e le date delle fasi restano; chi è uscito dal rollout viene cancellato completamente. I dipendenti possono leggerlo nella pagina sulla privacy della guida.
privacy-error-not-a-number = Il periodo di conservazione deve essere un numero intero di giorni.
privacy-error-out-of-range = Il periodo di conservazione deve essere compreso tra 1 e 3650 giorni.
privacy-done-erased = Il dipendente è stato cancellato, insieme a tutti i record che lo nominavano.
privacy-done-retention-saved = Periodo di conservazione salvato.
privacy-employee-title = Dati personali
privacy-export-submit = Esporta i dati del dipendente (JSON)
privacy-export-hint = Tutto ciò che viene conservato su questo dipendente, per una richiesta di accesso dell'interessato. L'esportazione viene annotata nel registro delle modifiche.
privacy-erase-hint = La cancellazione rimuove questo dipendente e tutti i record che lo nominano: percorso, dispositivi, segnalazioni, messaggi e stato di registrazione. Non si può annullare. Se fa ancora parte di un gruppo del rollout in Entra, la prossima sincronizzazione lo aggiungerà di nuovo come nuovo dipendente.
privacy-erase-confirm = Digiti { $email } per confermare
privacy-erase-submit = Cancella questo dipendente
privacy-erase-mismatch = L'indirizzo digitato non corrisponde: non è stato cancellato nulla.
audit-action-retention-saved = Durata di conservazione dei dati del percorso modificata
audit-action-employee-erased = Dipendente cancellato
audit-action-employee-exported = Dati di un dipendente esportati
