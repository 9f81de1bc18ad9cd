## Console d’administration (administrateurs informatiques et support) et parties du guide des employés propres à chaque organisation.

admin-console = Administration du guide des clés d’accès
admin-nav-label = Sections de l’organisation
admin-nav-overview = Vue d’ensemble
admin-nav-branding = Personnalisation de la marque
admin-nav-policy = Stratégie de clés d’accès
admin-nav-roster = Employés
admin-sign-out = Se déconnecter
admin-form-has-errors = Certains champs sont à vérifier. Rien n’a été enregistré ; vos saisies sont conservées ci-dessous.

role-owner = Propriétaire
role-admin = Administrateur
role-helpdesk = Support informatique

## Connexion

admin-login-title = Se connecter
admin-login-email = E-mail
admin-login-password = Mot de passe
admin-login-submit = Se connecter
admin-login-failed = L’adresse e-mail ou le mot de passe est incorrect.
admin-login-rate-limited = Trop de tentatives de connexion. Patientez une minute, puis réessayez.

## Organisations et vue d’ensemble

admin-tenants-title = Vos organisations
admin-tenants-none = Votre compte n’a encore de rôle dans aucune organisation. Demandez à un propriétaire de vous ajouter.
admin-overview-title = Vue d’ensemble
admin-overview-employees = { $count ->
    [one] { $count } employé dans la liste du personnel.
   *[other] { $count } employés dans la liste du personnel.
}
admin-overview-unpublished = La personnalisation de la marque comporte des modifications qui ne sont pas encore publiées.
admin-overview-guide-url = Guide pour tous (sans lien personnel) :
admin-links-heading = Liens personnels
admin-links-lead = Téléchargez le lien personnel de chaque employé dans un fichier CSV pour votre publipostage. Chaque lien est signé et expire : téléchargez un nouveau fichier pour chaque envoi.
admin-links-export = Télécharger les liens (CSV)

## Personnalisation de la marque

admin-branding-title = Personnalisation de la marque
admin-branding-name = Nom d’affichage
admin-branding-colour = Couleur principale
admin-branding-colour-hint = Une couleur hexadécimale, par exemple #0b5cad. Le texte s’y affiche en blanc : elle doit donc atteindre un contraste de 4,5:1.
admin-branding-intro = Introduction affichée sur la page d’accueil (texte brut)
admin-branding-support = Contact du support
admin-branding-support-email = E-mail
admin-branding-support-url = Page d’aide (https://…)
admin-branding-support-phone = Téléphone
admin-branding-support-hours = Horaires
admin-branding-save = Enregistrer le brouillon
admin-branding-saved = Brouillon enregistré. Vérifiez l’aperçu, puis publiez.
admin-branding-logo = Logo
admin-branding-logo-hint = PNG, JPEG ou WebP, jusqu’à { $max } Ko et { $side } pixels de côté. Les fichiers SVG ne sont pas acceptés.
admin-branding-logo-file = Fichier du logo
admin-branding-logo-upload = Charger le logo
admin-branding-logo-saved = Logo ajouté au brouillon.
admin-branding-logo-alt = Aperçu du logo
admin-branding-preview = Aperçu
admin-branding-unpublished = Les employés voient toujours la personnalisation publiée. Publiez pour leur montrer ce brouillon.
admin-branding-published = Les employés voient cette personnalisation.
admin-branding-publish = Publier
admin-branding-published-notice = Publié. Les employés voient désormais la nouvelle personnalisation.

branding-error-required = Saisissez un nom d’affichage.
branding-error-too-long = Utilisez au maximum { $max } caractères, sans caractères de contrôle.
branding-error-colour = Saisissez une couleur sous la forme # suivi de 6 chiffres hexadécimaux, par exemple #0b5cad.
branding-error-contrast = Le texte blanc sur cette couleur a un contraste de { $ratio }:1 ; il faut au moins { $min }:1. La nuance la plus proche qui convient est { $suggestion }.
branding-error-email = Saisissez une adresse e-mail, par exemple help@example.com.
branding-error-url = Saisissez une adresse web qui commence par https:// ou http://.
branding-error-phone = Saisissez un numéro de téléphone composé de chiffres, d’espaces et des caractères + - ( ).

logo-error-empty = Choisissez un fichier à charger.
logo-error-too-large = Le fichier fait { $kib } Ko ; la limite est de { $max } Ko.
logo-error-svg = Les logos SVG ne sont pas acceptés, car ils peuvent contenir des scripts. Chargez un fichier PNG, JPEG ou WebP.
logo-error-format = Ce fichier n’est pas une image PNG, JPEG ou WebP.
logo-error-dimensions = L’image mesure { $width } × { $height } pixels ; chaque côté doit mesurer entre { $min } et { $max } pixels.

## Stratégie

admin-policy-title = Stratégie de clés d’accès
admin-policy-passkeys = Clés d’accès autorisées par votre organisation
admin-policy-synced-allowed = Clés d’accès synchronisées et liées à l’appareil (Trousseau iCloud, Gestionnaire de mots de passe de Google, Microsoft Authenticator, Windows Hello, clés de sécurité)
admin-policy-device-bound-only = Clés d’accès liées à l’appareil uniquement
admin-policy-attestation = L’attestation est appliquée (masque toutes les options qui ne peuvent pas prouver leur marque et leur modèle)
admin-policy-authenticators = Authentificateurs liés à l’appareil pris en charge par votre organisation
admin-policy-authenticator = Microsoft Authenticator
admin-policy-windows-hello = Windows Hello
admin-policy-windows-hello-hint = Désactivé, sauf si votre organisation l’a activé dans Entra : un profil de clé d’accès doit inclure ces AAGUID Windows Hello dans ses restrictions de clé, et ne doit pas appliquer l’attestation. Sur les PC joints à Entra ou inscrits auprès d’Entra, Windows Hello Entreprise reste la méthode de connexion ; le guide pose d’abord la question aux employés et, sur un PC d’entreprise, les oriente vers le téléphone ou une clé de sécurité.
admin-policy-authenticator-hint = La page Informations de sécurité ne propose « Clé d’accès dans Microsoft Authenticator » que si les restrictions de clé du profil de clé d’accès incluent ces AAGUID. Sans eux, le parcours du guide depuis l’application elle-même fonctionne toujours.
admin-policy-security-keys = Clés de sécurité FIDO2
admin-policy-security-info-url = Adresse de la page Informations de sécurité
admin-policy-security-info-url-hint = La page où les employés enregistrent leur clé d’accès. Seules les adresses https sur des hôtes de connexion Microsoft sont acceptées.
admin-policy-language = Langue par défaut
admin-policy-language-none = Langue du navigateur
admin-policy-host = Nom d’hôte personnalisé (facultatif)
admin-policy-host-hint = Un nom d’hôte, par exemple passkeys.example.com, qui sert ce guide à sa racine.
admin-policy-save = Enregistrer la stratégie
admin-policy-saved = Stratégie enregistrée. Le guide l’applique dès maintenant.
admin-policy-error-url = L’adresse de la page Informations de sécurité doit être en https sur un hôte de connexion Microsoft.
admin-policy-error-host = Saisissez un nom d’hôte, par exemple passkeys.example.com, ou laissez le champ vide.
admin-policy-error-host-taken = Une autre organisation utilise déjà ce nom d’hôte.

## Liste du personnel

admin-roster-title = Employés
admin-roster-import = Importer une liste du personnel
admin-roster-import-hint = Un fichier CSV avec une ligne d’en-tête. Colonnes obligatoires : adresse e-mail (email ou UPN) et nom d’affichage (display name). Colonnes facultatives : langue préférée (preferred language), service (department), responsable (manager). Le séparateur peut être la virgule ou le point-virgule. Un nouvel import met à jour les lignes modifiées et ne touche pas aux autres.
admin-roster-file = Fichier CSV
admin-roster-import-submit = Importer
admin-roster-report = Rapport d’importation
admin-roster-summary = Ajoutés : { $inserted } ; mis à jour : { $updated } ; inchangés : { $unchanged } ; non importés : { $bad }.
admin-roster-line = Ligne { $line }
admin-roster-lookup = Rechercher un employé
admin-roster-search = Nom ou adresse e-mail
admin-roster-search-submit = Rechercher
admin-roster-caption = Employés (50 premiers résultats)
admin-roster-name = Nom
admin-roster-email = E-mail
admin-roster-language = Langue
admin-roster-department = Service
admin-roster-link = Lien personnel

roster-error-empty = Le fichier est vide.
roster-error-encoding = Le fichier n’est pas un texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et réessayez.
roster-error-no-email-column = Aucune colonne d’adresse e-mail trouvée. Donnez à l’une des colonnes l’un de ces noms : { $expected }.
roster-error-no-name-column = Aucune colonne de nom d’affichage trouvée. Donnez à l’une des colonnes l’un de ces noms : { $expected }.
roster-error-too-large = Le fichier dépasse { $max } Mo.
roster-error-read = Impossible de lire le fichier : { $detail }
roster-row-missing-email = L’adresse e-mail est manquante.
roster-row-invalid-email = « { $value } » n’est pas une adresse e-mail.
roster-row-missing-name = Le nom d’affichage est manquant.
roster-row-too-long = La valeur de la colonne « { $column } » dépasse { $max } caractères.
roster-row-duplicate = La même adresse e-mail figure déjà à la ligne { $line } ; cette ligne a été ignorée.
roster-row-malformed = Impossible de lire la ligne ({ $detail }).
roster-row-language-ignored = La langue « { $value } » n’est pas disponible ; la langue du navigateur de l’employé sera utilisée.

## Erreurs

admin-error-title = Impossible d’afficher cette page
admin-error-not-found = Cette page n’existe pas, ou votre compte n’y a pas accès.
admin-error-forbidden = Votre rôle dans cette organisation permet de consulter les informations, mais pas de les modifier.
admin-error-csrf = Le formulaire a expiré. Revenez en arrière, rechargez la page et réessayez.
admin-error-internal = Une erreur s’est produite de notre côté. Réessayez dans un instant ; si le problème persiste, prévenez les personnes qui gèrent ce service.
admin-error-back = Revenir à la console d’administration

## Le guide des employés : contact du support de l’organisation et liens personnels

support-heading = Besoin d’aide ?
support-email = E-mail :
support-phone = Téléphone :
support-website = Page d’aide informatique
support-hours = Horaires :
footer-privacy-personal = Vous avez ouvert votre lien personnel : votre service informatique peut donc voir quelles étapes de ce guide vous avez atteintes. Il ne voit jamais ce que vous saisissez.
link-problem-title = Ce lien ne peut pas être utilisé
link-invalid = Ce lien personnel n’est pas valide. Il a peut-être été tronqué ou modifié lors de la copie.
link-expired = Ce lien personnel a expiré.
link-unknown = Ce lien personnel n’est plus actif.
link-problem-generic = Vous pouvez quand même configurer votre clé d’accès avec le guide général, et demander un nouveau lien à votre service informatique si nécessaire.
link-problem-open-guide = Ouvrir le guide

## Support informatique : le parcours d’un employé

admin-employee-title = Employé
admin-employee-back = Revenir à la liste du personnel
admin-journey-stage = Progression
admin-journey-stage-not-opened = N’a pas ouvert son lien
admin-journey-stage-opened = A ouvert son lien
admin-journey-stage-flow-started = Suit les étapes
admin-journey-stage-handed-off = A ouvert Informations de sécurité
admin-journey-stage-confirmed = A confirmé que sa clé d’accès est enregistrée
admin-journey-stage-signed-in = A réussi la connexion de test avec sa clé d’accès
admin-journey-position = Dernière étape atteinte
admin-journey-at-done = Terminé : { $flow }
admin-journey-answer = « Tout a fonctionné ? » après Informations de sécurité
admin-journey-answer-worked = Oui, ça a fonctionné
admin-journey-answer-failed = Non, ça n’a pas fonctionné
admin-journey-devices = Appareils utilisés
admin-journey-last-seen = Dernière activité
admin-journey-registration = Enregistrement dans Entra ID
admin-journey-registration-unknown = Pas encore connu
admin-journey-registration-yes = Oui (au { $at })
admin-journey-registration-no = Non (au { $at })
admin-journey-stuck = Blocage à { $step } : { $symptom }
admin-journey-stuck-help = Que faire
admin-journey-help-page = Tous les problèmes connus et leur solution, tels que les employés les voient
admin-journey-reading-causes = A consulté les causes
admin-journey-timeline = Historique
admin-journey-timeline-caption = Tout ce que cet employé a fait dans le guide, du plus ancien au plus récent. Les répétitions sont comptées, pas listées.
admin-journey-when = Quand
admin-journey-what = Quoi
admin-journey-where = Où
admin-journey-detail = Détail
admin-journey-device = Appareil
admin-journey-repeats = Répétitions
admin-journey-times = { $count ->
    [one] une fois
   *[other] { $count } fois, dernière : { $last }
}
admin-journey-not-opened = Cet employé n’a pas encore ouvert son lien personnel.
admin-journey-kind-page-viewed = A ouvert la page d’accueil
admin-journey-kind-flow-chosen = A choisi une méthode
admin-journey-kind-step-viewed = A atteint une étape
admin-journey-kind-handoff-clicked = A ouvert Informations de sécurité
admin-journey-kind-done = A atteint le dernier écran
admin-journey-kind-link-opened = A ouvert son lien
admin-journey-kind-returned = De retour d’Informations de sécurité
admin-journey-kind-confirmed = A confirmé que la clé d’accès est enregistrée
admin-journey-kind-stuck = A rencontré un blocage
admin-journey-kind-diagnostic-sent = A envoyé un signalement
admin-journey-kind-restarted = A recommencé depuis le début
admin-journey-kind-sign-in-tested = A testé la connexion avec la clé d’accès
admin-journey-sign-in-worked = La connexion a fonctionné
admin-journey-sign-in-failed = La connexion n’a pas fonctionné
admin-diagnostics-title = Signalements de l’employé
admin-diagnostics-none = Aucun signalement.
admin-diagnostic-heading = Signalement { $reference }, { $at }
admin-diagnostic-where = Étape
admin-diagnostic-symptom = Problème
admin-diagnostic-note = Son commentaire
admin-diagnostic-device = Appareil
admin-diagnostic-probe = Vérifications du navigateur
admin-diagnostic-no-probe = Non disponible (JavaScript était désactivé)
admin-diagnostic-user-agent = Agent utilisateur

## Rappels

admin-nav-reminders = Rappels
admin-reminders-title = Rappels
admin-reminders-lead = Les rappels sont envoyés aux employés qui ont reçu leur lien personnel et qui, selon Entra ID, n’ont pas encore de clé d’accès. Chaque rappel n’est envoyé qu’une fois, en dehors des heures calmes, dans la langue de l’employé.
admin-reminders-saved = Paramètres des rappels enregistrés.
admin-reminders-enabled = Envoyer les rappels automatiquement
admin-reminders-offsets = Jours après l’envoi du lien (séparés par des virgules, par exemple 7, 14)
admin-reminders-time-zone = Fuseau horaire (nom IANA, par exemple Europe/Paris)
admin-reminders-quiet-from = Heures calmes à partir de (heure, 0–23)
admin-reminders-quiet-until = Heures calmes jusqu’à (heure, 0–23)
admin-reminders-weekends = Pas de rappels le samedi ni le dimanche
admin-reminders-per-hour = Au maximum ce nombre d’e-mails par heure
admin-reminders-save = Enregistrer les paramètres
admin-reminders-preview-title = Si les rappels partaient maintenant
admin-reminders-preview-lead = { $count ->
    [one] Un employé recevrait un rappel maintenant. Rien n’est envoyé depuis cette page.
   *[other] { $count } employés recevraient un rappel maintenant. Rien n’est envoyé depuis cette page.
}
admin-reminders-preview-caption = Chaque employé et ce que ferait le prochain envoi, avec la raison
admin-reminders-col-reminder = Rappel
admin-reminders-col-why = Contenu ou raison
admin-reminders-col-state = État
admin-reminders-col-error = Erreur
admin-reminders-days = Rappel à { $days } jours
admin-reminders-none = Aucun
admin-reminders-content-start-here = Pour commencer (lien jamais ouvert)
admin-reminders-content-pick-up = Reprendre à l’étape atteinte
admin-reminders-content-stuck = Bloqué : la cause et sa solution
admin-reminders-content-did-not-finish = Configuration non aboutie
admin-reminders-skip-not-announced = Lien pas encore envoyé
admin-reminders-skip-registered = A une clé d’accès
admin-reminders-skip-status-unknown = Absent du statut d’inscription d’Entra ID
admin-reminders-skip-opted-out = A demandé à ne plus recevoir de rappels
admin-reminders-skip-not-due = Pas encore à échéance
admin-reminders-skip-all-sent = Tous les rappels envoyés
admin-reminders-history-title = Rappels envoyés
admin-reminders-history-none = Aucun rappel pour l’instant.
admin-reminders-history-caption = Rappels décidés jusqu’ici, les plus récents en premier
admin-reminders-state-queued = En attente d’envoi
admin-reminders-state-sent = Envoyé
admin-reminders-state-failed = Échec
admin-reminders-state-superseded = Remplacé par un rappel ultérieur
admin-reminders-error-offsets = Indiquez de un à cinq nombres de jours entre 1 et 90, séparés par des virgules.
admin-reminders-error-time-zone = Utilisez un nom de fuseau horaire IANA, comme Europe/Paris ou America/New_York.
admin-reminders-error-hour = Indiquez une heure de 0 à 23.
admin-reminders-error-per-hour = Indiquez un nombre de 1 à 100000.
