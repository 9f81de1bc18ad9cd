# Comms: mail transport, programme (deadline, mandatory, manager digests), announcement waves,
# message templates, and the messages themselves.

admin-nav-comms = Communications
admin-links-announce = Ces liens partent maintenant : les rappels de chacun sont comptés à partir d’aujourd’hui
admin-reminders-skip-past-deadline = Date limite dépassée : les rappels sont arrêtés

audit-action-mail-transport-saved = Mode d’envoi des e-mails modifié
audit-action-template-saved = Texte d’un message enregistré
audit-action-template-reset = Texte par défaut d’un message rétabli
audit-action-programme-saved = Date limite ou règles du programme modifiées
audit-action-wave-scheduled = Vague d’annonces planifiée
audit-action-wave-cancelled = Vague d’annonces annulée

## Messages to employees and managers
final-notice-subject = { $org } : dernier rappel, configurez votre clé d’accès d’ici le { $deadline }
final-notice-body = Ceci est le dernier rappel : merci de configurer votre clé d’accès d’ici le { $deadline }. Cela prend environ cinq minutes, et votre guide personnel vous indique les étapes exactes.
reminder-deadline = Merci de configurer votre clé d’accès d’ici le { $deadline }.
digest-subject = { $org } : les personnes de votre équipe qui doivent encore configurer une clé d’accès
digest-body = Ces personnes qui dépendent de vous n’ont pas encore configuré leur clé d’accès. Un rappel de votre part les aidera ; chacune a reçu son guide personnel par e-mail.
digest-reason-stuck = n’arrive pas à avancer et a demandé de l’aide
digest-reason-device-too-old = son appareil est trop ancien pour les clés d’accès
digest-reason-in-progress = a commencé, mais n’a pas terminé
digest-reason-never-opened = n’a pas encore ouvert son guide
digest-at-step = étape { $step } : { $title }
template-sample-name = Camille Martin
template-sample-deadline = 2027-01-31
template-sample-step = Vous vous êtes arrêté à l’étape 3, « Ajouter une clé d’accès », de Configuration sur iPhone. Votre lien personnel vous ramène directement à cette étape.
template-test-tag = Test

## Employee pages
mandatory-note = La configuration d’une clé d’accès est obligatoire pour tout le monde dans votre organisation : ces e-mails ne peuvent donc pas être désactivés.
mandatory-note-contact = La configuration d’une clé d’accès est obligatoire pour tout le monde dans votre organisation : ces e-mails ne peuvent donc pas être désactivés. Des questions ? Contactez { $support }.
unsubscribe-title = E-mails de rappel
unsubscribe-lead = Ne plus recevoir les e-mails de rappel pour configurer votre clé d’accès ?
unsubscribe-invalid = Cette adresse ne fonctionne plus. Pour ne plus recevoir de rappels, ouvrez le lien personnel de votre dernier e-mail.

## Console: the comms page
comms-title = Communications
comms-lead = Le mode d’envoi de vos messages, la date limite, les vagues d’annonces et le texte de chaque message.
comms-saved-transport = Paramètres d’envoi enregistrés.
comms-saved-programme = Programme enregistré.
comms-saved-wave = Vague enregistrée. Une vague immédiate part tout de suite ; une vague planifiée, dans les cinq minutes qui suivent son heure.
comms-saved-wave-cancelled = Vague annulée.
comms-saved-test = Message de test mis en file d’attente pour votre adresse.
comms-save = Enregistrer
comms-send-test = M’envoyer un test
comms-transport-title = Mode d’envoi des e-mails
comms-transport-now-graph = Envoi avec Microsoft Graph depuis { $from }.
comms-transport-now-smtp = Envoi par votre serveur SMTP depuis { $from }.
comms-transport-now-server = Envoi avec les paramètres de messagerie de ce serveur.
comms-transport-legend = Envoyer avec
comms-transport-graph = Microsoft Graph, depuis l’une de vos boîtes aux lettres
comms-transport-smtp = Votre propre serveur SMTP
comms-transport-needs-entra = Microsoft Graph nécessite d’abord la connexion à Entra.
comms-transport-graph-hint = Graph nécessite l’autorisation d’application Mail.Send. Limitez-la à la boîte aux lettres d’envoi dans Exchange Online, comme l’indique la documentation, puis envoyez-vous un test.
comms-from = Adresse de l’expéditeur
comms-reply-to = Adresse Reply-To, pour les réponses (facultatif)
comms-smtp-url = URL du serveur SMTP
comms-smtp-url-hint = Par exemple smtp://user:password@smtp.example.com:587?tls=required. Stockée chiffrée et jamais réaffichée ; laissez vide pour conserver celle qui est enregistrée.
comms-programme-title = Programme
comms-deadline = Date limite (facultatif)
comms-deadline-hint = Le dernier avis part 3 jours avant ; les rappels s’arrêtent après la date limite. Les dates sont exprimées dans le fuseau { $zone }.
comms-mandatory = L’enregistrement d’une clé d’accès est obligatoire : les employés ne peuvent pas désactiver les e-mails
comms-manager-digest = Envoyer chaque semaine à chaque responsable la liste des membres de son équipe qui ne sont pas encore inscrits
comms-waves-title = Vagues d’annonces
comms-waves-lead = Annoncez d’abord à un groupe (un pilote), puis au reste. Seules les personnes qui n’ont pas encore reçu l’annonce la reçoivent, et les rappels de chaque personne sont comptés à partir de sa propre annonce.
comms-cohort = Qui
comms-cohort-everyone = Toutes les personnes qui n’ont pas encore reçu l’annonce
comms-cohort-department = Service
comms-cohort-group = Groupe Entra
comms-cohort-list = Liste d’adresses
comms-cohort-value = Nom du service ou ID d’objet du groupe Entra
comms-cohort-addresses = Adresses (CSV avec une colonne d’adresses e-mail, ou une adresse par ligne)
comms-wave-at = Quand (laissez vide pour maintenant)
comms-wave-at-hint = Heure dans le fuseau { $zone }.
comms-wave-schedule = Annoncer
comms-waves-caption = Vagues, les plus récentes en premier
comms-wave-col-at = Quand
comms-wave-col-state = État
comms-wave-col-announced = Annoncés
comms-wave-cancel = Annuler
comms-wave-state-scheduled = Planifiée
comms-wave-state-sending = Envoi en cours
comms-wave-state-sent = Envoyée
comms-wave-state-failed = Échec
comms-templates-title = Textes des messages
comms-templates-lead = Chaque message, dans chaque langue, utilise le texte par défaut jusqu’à ce que vous le modifiiez.
comms-templates-caption = Messages et langues
comms-template-col-message = Message
comms-template-col-language = Langue
comms-template-col-state = Texte
comms-template-edit = Modifier
comms-template-custom = Votre texte
comms-template-built-in = Texte par défaut
comms-kind-announcement = Annonce
comms-kind-reminder = Rappel
comms-kind-final-notice = Dernier avis
comms-kind-manager-digest = Récapitulatif pour les responsables

## Console: editing one message
comms-back = Retour aux communications
comms-template-problems = Le texte n’a pas été enregistré :
comms-subject = Objet
comms-body = Message
comms-placeholders = Espaces réservés utilisables, à écrire avec leurs accolades :
comms-preview = Aperçu
comms-preview-title = Aperçu avec un employé fictif
comms-template-reset = Revenir au texte par défaut
comms-template-saved = Texte du message enregistré.
comms-template-was-reset = Le texte par défaut est de nouveau utilisé.
comms-field-subject = L’objet
comms-field-body = Le message
comms-problem-unknown-placeholder = { $field } utilise { $placeholder }, qui n’est pas un espace réservé.
comms-problem-not-allowed = { $field } utilise { $placeholder }, que ce message ne peut pas remplir.
comms-problem-missing = Le message doit contenir { $placeholder }.
comms-problem-unclosed = { $field } contient une accolade qui n’est pas fermée sur sa ligne. Écrivez {"{{"} pour une accolade à vous.
comms-problem-line-break = L’objet doit tenir sur une seule ligne.
comms-problem-empty = { $field } est vide.
comms-problem-too-long = { $field } dépasse { $max } caractères.

## Dashboard
dashboard-col-waves = Vagues
dashboard-wave = { $cohort } { $value } ({ $count } annoncés)
