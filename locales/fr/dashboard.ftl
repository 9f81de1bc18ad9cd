## Rollout dashboard, stragglers and audit log (admin console)

admin-nav-dashboard = Tableau de bord
admin-nav-audit = Journal des modifications

dashboard-title = Tableau de bord du déploiement
dashboard-no-data = Rien à afficher pour ce filtre pour l’instant.
dashboard-export-csv = Télécharger ce tableau (CSV)
dashboard-show-table = Afficher les chiffres sous forme de tableau
dashboard-percent = { $n } %
dashboard-not-known = Inconnu

dashboard-filter-department = Service
dashboard-filter-all-departments = Tous les services
dashboard-filter-from = Du
dashboard-filter-to = Au
dashboard-filter-apply = Appliquer
dashboard-range-all = Les chiffres couvrent toute la période. Le graphique montre les six dernières semaines (jours selon le fuseau { $zone }).
dashboard-range-filtered = Les chiffres et le graphique couvrent la période du { $first } au { $last } (jours selon le fuseau { $zone }).
dashboard-error-from = « Du » doit être une date, par exemple 2026-11-01. Toute la période est affichée à la place.
dashboard-error-to = « Au » doit être une date, par exemple 2026-11-30. Toute la période est affichée à la place.
dashboard-error-reversed = La date « Au » est antérieure à la date « Du ». Toute la période est affichée à la place.
dashboard-error-too-long = Choisissez une période de { $days } jours au maximum. Toute la période est affichée à la place.
dashboard-status-as-of = Statut d’inscription d’Entra ID au { $at }.
dashboard-status-never = Pas encore de statut d’inscription d’Entra ID : importez le fichier CSV exporté depuis le portail ou configurez la synchronisation Microsoft Graph. D’ici là, personne n’est compté comme inscrit.
dashboard-status-error = La dernière synchronisation Microsoft Graph a échoué : { $error }

dashboard-funnel-title = Entonnoir
dashboard-funnel-desc = Combien des { $roster } employés de la liste du personnel ont atteint chaque étape.
dashboard-funnel-roster = Dans la liste du personnel
dashboard-funnel-announced = Lien envoyé
dashboard-funnel-opened = Lien ouvert
dashboard-funnel-flow-started = Étapes commencées
dashboard-funnel-handed-off = A ouvert Informations de sécurité
dashboard-funnel-signed-in = Connexion testée
dashboard-funnel-registered = Inscrits (selon Entra ID)

dashboard-col-stage = Étape
dashboard-col-employees = Employés
dashboard-col-of-roster = Part de la liste du personnel
dashboard-col-of-previous = Part de l’étape précédente
dashboard-col-platform = Appareil
dashboard-col-stuck = Bloqués actuellement
dashboard-col-stuck-rate = Taux de blocage
dashboard-col-below-minimum = Système trop ancien
dashboard-col-registered = Inscrits
dashboard-col-os-version = Version du système
dashboard-col-browser = Navigateur
dashboard-col-in-app = Navigateur intégré
dashboard-col-step = Étape
dashboard-col-symptom = Problème
dashboard-col-date = Date
dashboard-col-announced = Liens envoyés
dashboard-col-reminders = Rappels envoyés
dashboard-col-reason = Raison

dashboard-platforms-title = Appareils
dashboard-platforms-desc = Employés ayant ouvert leur lien, par appareil utilisé lors de leur dernière visite, avec le nombre de personnes actuellement bloquées.
dashboard-platform-bar = { $n } ({ $stuck } bloqués)
dashboard-below-minimum-title = Versions du système inférieures au minimum d’un parcours
dashboard-browsers-title = Navigateurs
dashboard-in-app-title = Navigateurs intégrés
dashboard-stuck-title = Où les employés bloquent

dashboard-days-title = Inscriptions par jour
dashboard-days-desc = { $total } clés d’accès enregistrées du { $first } au { $last }. Des rappels sont partis { $reminderDays } de ces jours, signalés par un triangle.
dashboard-legend-reminders = Rappels envoyés ce jour-là
dashboard-legend-announced = Liens envoyés ce jour-là

dashboard-stragglers-title = Qui manque encore
dashboard-stragglers-intro = Employés sans clé d’accès selon Entra ID, classés selon la raison la plus révélatrice. Ouvrez un groupe pour voir les personnes concernées et les exporter.
dashboard-stragglers-counts = Qui manque encore, par raison
dashboard-straggler-stuck = Bloqué
dashboard-straggler-below-minimum = Système trop ancien
dashboard-straggler-handed-off = A ouvert Informations de sécurité, non inscrit
dashboard-straggler-never-opened = N’a jamais ouvert son lien
dashboard-straggler-in-progress = Commencé, pas terminé

stragglers-title = Employés sans clé d’accès
stragglers-back = Revenir au tableau de bord
stragglers-all-reasons = Toutes les raisons
stragglers-count =
    { $n ->
        [one] Un employé.
       *[other] { $n } employés.
    }
stragglers-export = Tout télécharger (CSV)
stragglers-col-name = Nom
stragglers-col-email = E-mail
stragglers-col-department = Service
stragglers-col-manager = Responsable
stragglers-col-detail = Détails
stragglers-col-last-seen = Dernière activité
stragglers-previous = Page précédente
stragglers-next = Page suivante
stragglers-pages = Pages
stragglers-page-of = Page { $page } sur { $pages }

audit-title = Journal des modifications
audit-intro = Toutes les modifications apportées à cette organisation dans la console ou en ligne de commande, des plus récentes aux plus anciennes.
audit-col-when = Quand
audit-col-who = Qui
audit-col-what = Quoi
audit-col-changes = Modifications
audit-action-branding-saved = Brouillon de la personnalisation de la marque enregistré
audit-action-logo-uploaded = Logo chargé
audit-action-branding-published = Personnalisation de la marque publiée
audit-action-policy-saved = Stratégie modifiée
audit-action-roster-imported = Liste du personnel importée
audit-action-links-exported = Liens personnels exportés
audit-action-reminders-saved = Paramètres des rappels modifiés
audit-action-tenant-created = Organisation créée
audit-action-admin-granted = Rôle attribué à un compte
audit-action-registration-imported = Statut d’inscription importé
audit-action-reminders-announced = Annonce envoyée
