# Données personnelles : la page de confidentialité des employés et, dans la console, la conservation, l’exportation et l’effacement.

## La page de confidentialité des employés (/privacy)

footer-privacy-link = Comment vos données sont utilisées
privacy-title = Comment vos données sont utilisées
privacy-lead = Ce guide vous aide à enregistrer une clé d’accès pour votre compte professionnel. Voici les informations qu’il recueille, pourquoi, pendant combien de temps, et à qui vous adresser.
privacy-your-organisation = votre organisation
privacy-what-title = Ce qui est enregistré
privacy-what-anonymous = Sans lien personnel : les pages du guide qui sont consultées, avec le type d’appareil, son système et son navigateur, ainsi que la langue. Pas qui vous êtes.
privacy-what-personal = Avec le lien personnel envoyé par { $organisation } : votre nom, votre adresse e-mail professionnelle et votre service, tirés de la liste fournie par votre service informatique ; les étapes que vous avez atteintes et quand ; vos réponses, comme « ça a fonctionné » ou « je n’y arrive pas », et pourquoi ; l’appareil, la version du système et le navigateur que vous avez utilisés ; tout signalement que vous avez envoyé au support informatique ; les messages qui vous ont été envoyés ; et si Microsoft Entra ID indique une clé d’accès pour votre compte.
privacy-what-cookies = Le guide dépose un cookie qui conserve votre lien personnel pendant que vous suivez les étapes, et un autre pour votre langue si vous en choisissez une. Il n’y a aucun cookie publicitaire ni de suivi.
privacy-what-never = Ne sont jamais enregistrés : votre mot de passe, votre clé d’accès, ce que vous saisissez sur les pages de Microsoft et l’endroit où vous vous trouvez.
privacy-why-title = Pourquoi
privacy-why = Pour que le guide affiche les étapes adaptées à votre appareil, que votre service informatique puisse vous aider si vous n’y arrivez pas, et que les rappels ne soient envoyés qu’aux personnes qui n’ont pas encore enregistré de clé d’accès.
privacy-how-long-title = Pendant combien de temps
privacy-how-long = Vos données détaillées, étape par étape, sont conservées par { $organisation } pendant { $days } jours après que vous avez enregistré une clé d’accès ou quitté le déploiement ; elles sont ensuite supprimées. Les dates auxquelles vous avez franchi chaque phase du parcours restent dans les chiffres du déploiement jusqu’à ce que vous le quittiez.
privacy-who-title = À qui vous adresser
privacy-who = Pour consulter vos données ou les faire effacer, adressez-vous au service informatique de { $organisation } : il peut vous remettre sous forme de fichier tout ce qui a été enregistré à votre sujet, ou l’effacer définitivement.
privacy-who-contact = Ses coordonnées figurent en bas de cette page.

## La console : conservation, exportation et effacement

privacy-retention-title = Données personnelles
privacy-retention-now = Les données de parcours sont conservées { $days } jours après qu’un employé a enregistré une clé d’accès ou a quitté le déploiement.
privacy-retention-days = Durée de conservation (jours)
privacy-retention-save = Enregistrer
privacy-retention-hint = S’applique chaque jour. À l’issue de cette durée, les données détaillées, étape par étape, d’un employé qui a enregistré sa clé d’accès (appareils, étapes, réponses, signalements, messages) sont supprimées, tandis que son entrée dans la liste du personnel et les dates de chaque étape de l’entonnoir sont conservées ; une personne qui a quitté le déploiement est entièrement effacée. Les employés peuvent lire ces informations sur la page de confidentialité du guide.
privacy-error-not-a-number = La durée de conservation doit être un nombre entier de jours.
privacy-error-out-of-range = La durée de conservation doit être comprise entre 1 et 3650 jours.
privacy-done-erased = L’employé a été effacé, ainsi que tous les enregistrements qui le mentionnaient.
privacy-done-retention-saved = Durée de conservation enregistrée.
privacy-employee-title = Données personnelles
privacy-export-submit = Exporter ses données (JSON)
privacy-export-hint = Tout ce qui est conservé sur cet employé, pour une demande d’exercice du droit d’accès. L’exportation est consignée dans le journal des modifications.
privacy-erase-hint = L’effacement supprime cet employé et tous les enregistrements qui le mentionnent : parcours, appareils, signalements, messages et statut d’inscription. Cette action est irréversible. S’il fait encore partie d’un groupe de déploiement Entra, la prochaine synchronisation l’ajoutera de nouveau, comme un nouvel employé.
privacy-erase-confirm = Saisissez { $email } pour confirmer
privacy-erase-submit = Effacer cet employé
privacy-erase-mismatch = L’adresse saisie ne correspond pas : rien n’a été effacé.
audit-action-retention-saved = Durée de conservation des données de parcours modifiée
audit-action-employee-erased = Employé effacé
audit-action-employee-exported = Données d’un employé exportées
