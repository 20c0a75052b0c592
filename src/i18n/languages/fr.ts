// Français (fr). Every key of ../en.ts; product names, property names, role names and {n} stay as they are.
// French typography: a no-break space (\u00a0) before : ; ? ! and inside « ».
import type { LanguagePack } from '../pack'

export default {
    messages: {
        'pin.client.no_answer':
            'L’instance n’a pas répondu à la demande de code PIN Rescue (il vous manque peut-être le rôle x_rescue_connect.user, ou votre session a expiré). Rechargez le formulaire et réessayez\u00a0; si le problème persiste, contactez votre administrateur ServiceNow.',
        'pin.client.unreadable':
            'L’instance a envoyé une réponse que le bouton «\u00a0Générer un code PIN Rescue\u00a0» ne sait pas lire. Rechargez le formulaire et réessayez\u00a0; si le problème persiste, contactez votre administrateur ServiceNow.',
        'page.test.no_answer':
            'L’instance n’a pas répondu. Rechargez la page et réessayez (Tester la connexion nécessite le rôle x_rescue_connect.admin).',
        'page.token.no_answer':
            'L’instance n’a pas répondu. Rechargez la page et réessayez (la configuration du jeton nécessite le rôle x_rescue_connect.admin).',

        'pin.rescue.error':
            'LogMeIn Rescue a signalé une erreur non précisée. Patientez une minute et réessayez\u00a0; si le problème persiste, demandez à votre administrateur ServiceNow de vérifier l’état du service LogMeIn Rescue.',
        'pin.rescue.invalid':
            'LogMeIn Rescue a refusé la connexion par authentification unique pour {0}. Demandez à votre administrateur ServiceNow de vérifier l’identifiant d’entreprise et le mot de passe SSO dans LogMeIn Rescue > Paramètres, et à votre administrateur Rescue de confirmer que votre ID SSO de technicien est {0}.',
        'pin.rescue.invalid_company':
            'LogMeIn Rescue n’accepte pas l’identifiant d’entreprise configuré. Demandez à votre administrateur ServiceNow de vérifier l’identifiant d’entreprise et le mot de passe SSO dans LogMeIn Rescue > Paramètres (l’identifiant d’entreprise ne contient que des chiffres).',
        'pin.rescue.invalid_sso_id':
            'LogMeIn Rescue ne connaît aucun technicien avec l’ID SSO {0}. Demandez à votre administrateur Rescue de définir l’ID SSO de votre compte technicien sur votre adresse e-mail ServiceNow, {0}.',
        'pin.rescue.not_logged_in':
            'LogMeIn Rescue n’a pas accepté la connexion pour {0}, même avec une nouvelle. Réessayez dans une minute\u00a0; si le problème persiste, demandez à votre administrateur ServiceNow d’exécuter «\u00a0Tester la connexion\u00a0» dans LogMeIn Rescue > Paramètres.',
        'pin.rescue.not_technician':
            'Votre compte LogMeIn Rescue ({0}) n’est pas un compte technicien. Demandez à votre administrateur Rescue de l’ajouter à un groupe de techniciens.',
        'pin.rescue.console_not_running':
            'LogMeIn Rescue attend que votre Technician Console soit ouverte. Ouvrez la Rescue Technician Console, connectez-vous et réessayez.',
        'pin.rescue.out_of_pins':
            'LogMeIn Rescue n’a plus de codes PIN pour votre compte. Demandez à votre administrateur Rescue de vérifier les limites de codes PIN, ou réutilisez un code PIN généré plus tôt.',
        'pin.rescue.poll_rate': 'LogMeIn Rescue autorise un code PIN par seconde et par compte. Patientez quelques secondes et réessayez.',
        'pin.rescue.user_disabled':
            'Votre compte technicien LogMeIn Rescue ({0}) est supprimé ou désactivé. Demandez à votre administrateur Rescue de le réactiver.',
        'pin.rescue.invalid_node':
            'LogMeIn Rescue n’a pas pu placer la session de {0} dans un groupe de techniciens. Demandez à votre administrateur Rescue de vérifier votre groupe de techniciens.',
        'pin.rescue.invalid_pin_format':
            'LogMeIn Rescue a rejeté la demande de code PIN (INVALIDPINFORMAT). Réessayez\u00a0; si le problème persiste, demandez à votre administrateur ServiceNow d’activer la journalisation de l’API et de consulter le journal système.',
        'pin.rescue.unknown_answer':
            'LogMeIn Rescue a répondu «\u00a0{0}\u00a0», une réponse que cette application ne connaît pas. Réessayez\u00a0; si le problème persiste, transmettez cette réponse à votre administrateur ServiceNow.',
        'pin.rescue.unreadable_answer':
            'LogMeIn Rescue a envoyé une réponse que cette application ne sait pas lire. Réessayez\u00a0; si le problème persiste, demandez à votre administrateur ServiceNow d’activer la journalisation de l’API et de consulter le journal système.',
        'pin.rescue.http_error': 'LogMeIn Rescue ne fonctionne pas pour le moment (HTTP {0}). Patientez quelques minutes et réessayez.',
        'pin.rescue.timeout':
            'LogMeIn Rescue n’a pas répondu en {0} secondes. Réessayez\u00a0; si le problème persiste, demandez à votre administrateur ServiceNow de vérifier la connexion à {1}.',
        'pin.rescue.unreachable':
            'L’instance n’a pas pu joindre LogMeIn Rescue à l’adresse {0}. Demandez à votre administrateur ServiceNow de vérifier la connexion sortante de l’instance et les paramètres de région.',

        'pin.error.no_role':
            'Il vous faut le rôle x_rescue_connect.user pour générer des codes PIN LogMeIn Rescue. Demandez à votre administrateur ServiceNow de vous l’attribuer.',
        'pin.error.disabled':
            'L’intégration LogMeIn Rescue est désactivée. Demandez à votre administrateur ServiceNow de l’activer dans LogMeIn Rescue > Paramètres.',
        'pin.error.bad_request': 'La demande ne désignait aucun enregistrement. Rechargez le formulaire et réessayez.',
        'pin.error.table_not_supported':
            'Les codes PIN Rescue ne peuvent pas être générés depuis ce type d’enregistrement ici. Demandez à votre administrateur ServiceNow d’ajouter sa table à {0} si vous en avez besoin.',
        'pin.error.table_not_installed':
            'Les dossiers nécessitent le plug-in Customer Service Management, qui n’est pas installé sur cette instance. Générez le code PIN depuis un incident, ou demandez à votre administrateur ServiceNow d’installer le plug-in.',
        'pin.error.record_not_found':
            'L’enregistrement est introuvable ou vous n’avez pas le droit de le lire. Enregistrez-le, rechargez-le et réessayez.',
        'pin.error.record_inactive': 'Cet enregistrement est fermé. Rouvrez-le, ou générez le code PIN depuis un enregistrement actif.',
        'pin.error.record_read_only':
            'Vous pouvez lire cet enregistrement mais pas le modifier ni y ajouter de notes de travail, et un code PIN y écrit. Demandez l’accès en écriture à votre administrateur ServiceNow ou au groupe d’affectation.',
        'pin.error.email_not_unique':
            'Votre adresse e-mail, {0}, appartient à plusieurs utilisateurs ServiceNow actifs\u00a0: LogMeIn Rescue ne peut donc pas savoir quel technicien vous êtes. Demandez à votre administrateur ServiceNow d’attribuer à chaque utilisateur sa propre adresse e-mail, puis réessayez.',
        'pin.error.no_email':
            'Votre utilisateur ServiceNow n’a pas d’adresse e-mail, or votre adresse e-mail est votre ID SSO LogMeIn Rescue. Ajoutez votre adresse e-mail à votre profil utilisateur (ou demandez-le à votre administrateur ServiceNow), puis réessayez.',
        'pin.error.save_failed':
            'LogMeIn Rescue a délivré un code PIN, mais l’instance n’a pas pu l’enregistrer. Réessayez\u00a0; si le problème persiste, demandez à votre administrateur ServiceNow de consulter le journal système.',
        'pin.error.internal':
            'Un problème est survenu lors de la génération du code PIN. Réessayez\u00a0; si le problème persiste, demandez à votre administrateur ServiceNow de consulter le journal système (source x_rescue_connect).',
        'pin.error.button_off_incidents':
            'La génération de codes PIN Rescue depuis les incidents est désactivée ({0}). Adressez-vous à votre administrateur ServiceNow si vous en avez besoin.',
        'pin.error.button_off_cases':
            'La génération de codes PIN Rescue depuis les dossiers est désactivée ({0}). Adressez-vous à votre administrateur ServiceNow si vous en avez besoin.',
        'pin.error.settings_incomplete':
            'LogMeIn Rescue n’est pas encore configuré. Demandez à votre administrateur ServiceNow de renseigner {0} dans LogMeIn Rescue > Paramètres.',
        'pin.error.settings_invalid': 'Demandez à votre administrateur ServiceNow de corriger LogMeIn Rescue > Paramètres\u00a0: {0}',
        'pin.error.no_caller':
            'Cet incident n’a pas d’appelant\u00a0: Rescue ne saurait pas à qui est destiné le code PIN. Renseignez l’appelant, enregistrez et réessayez.',
        'pin.error.no_contact':
            'Ce dossier n’a pas de contact\u00a0: Rescue ne saurait pas à qui est destiné le code PIN. Renseignez le contact, enregistrez et réessayez.',
        'pin.error.no_customer_incident':
            'Cet incident n’a pas de client (champ {0})\u00a0: Rescue ne saurait pas à qui est destiné le code PIN. Renseignez le client (champ {0}), enregistrez et réessayez.',
        'pin.error.no_customer_case':
            'Ce dossier n’a pas de client (champ {0})\u00a0: Rescue ne saurait pas à qui est destiné le code PIN. Renseignez le client (champ {0}), enregistrez et réessayez.',
        'pin.error.technician_email_not_unique':
            'L’adresse e-mail du technicien, {0}, appartient à plusieurs utilisateurs ServiceNow actifs : LogMeIn Rescue ne peut pas savoir de quel technicien il s’agit. Demandez à votre administrateur ServiceNow de donner à chaque utilisateur sa propre adresse e-mail.',
        'pin.error.technician_no_email':
            'Le technicien {0} n’a pas d’adresse e-mail, et l’adresse e-mail d’un technicien est son ID SSO LogMeIn Rescue. Ajoutez-la à son profil utilisateur, puis réessayez.',
        'pin.error.technician_no_role':
            'Le technicien {0} n’a pas le rôle x_rescue_connect.user ; aucun code PIN ne peut donc être généré pour lui. Demandez à votre administrateur ServiceNow de le lui attribuer.',
        'pin.error.technician_unknown':
            'Le technicien n’est pas un utilisateur ServiceNow actif. Indiquez un utilisateur actif comme technicien.',
        'pin.error.runner_cannot_write':
            'L’utilisateur sous lequel s’exécute cette demande ne peut pas modifier cet enregistrement, et un code PIN y ajoute une note de travail. Demandez à votre administrateur ServiceNow d’exécuter le flux ou le script en tant qu’utilisateur autorisé à modifier l’enregistrement.',
        'pin.error.no_customer_record':
            'Cet enregistrement n’a pas de client (champ {0}) : Rescue ne saurait pas à qui le code PIN est destiné. Renseignez le client (champ {0}), enregistrez et réessayez.',
        'pin.error.table_not_task':
            'La table {0} (indiquée dans {1}) n’est pas installée sur cette instance ou n’est pas une table de tâches ; aucun code PIN ne peut donc être généré depuis celle-ci. Demandez à votre administrateur ServiceNow de corriger {1}.',

        'pin.success.tell_customer':
            'Dites au client\u00a0: allez sur www.LogMeIn123.com et saisissez le code PIN {0} (ou ouvrez le lien de connexion), puis acceptez le téléchargement et attendez le technicien.',
        'pin.success.reused':
            "Vous avez reçu ce code PIN pour cet enregistrement à {0} et il n'a pas encore été utilisé : il est donc affiché à nouveau, sans nouveau code PIN ni nouvelle note de travail.",
        'pin.success.customer_emailed': 'Le client a aussi reçu le lien et le code PIN par e-mail.',
        'pin.success.customer_email_missing': 'Le client n’a pas d’adresse e-mail, rien ne lui a donc été envoyé.',
        'pin.success.work_note_missing':
            'La note de travail n’a pas pu être ajoutée à l’enregistrement\u00a0; notez-y le code PIN vous-même si vous en avez besoin.',
        'pin.work_note': 'Code PIN Rescue {0} généré par {1} pour {2}.',
        'pin.work_note_no_customer': 'Code PIN Rescue {0} généré par {1}.',
        'pin.modal.title': 'Code PIN LogMeIn Rescue',
        'pin.modal.pin_for_customer': 'Code PIN Rescue pour le client\u00a0:',
        'pin.modal.pin_aria': 'Code PIN',
        'pin.modal.copy': 'Copier le code PIN',
        'pin.modal.copied': 'Copié.',
        'pin.modal.copy_failed': 'Sélectionnez le code PIN et appuyez sur Ctrl+C pour le copier.',
        'pin.modal.join_link': 'Lien de connexion pour le client\u00a0: {0}',
        'pin.modal.info_fallback': 'Code PIN Rescue {0}. {1}',

        'config.must_be_boolean': 'La propriété {0} doit valoir true ou false.',
        'config.must_be_choice': 'La propriété {0} doit être l’une des valeurs {1}.',
        'config.must_be_field': 'La propriété {0} doit être un nom de champ comme {1}.',
        'config.must_be_digits': 'La propriété {0} ne doit contenir que des chiffres (l’identifiant d’entreprise Rescue).',
        'config.must_be_timeout': 'La propriété {0} doit être un nombre entier de millisecondes entre {1} et {2}.',
        'config.must_be_minutes': 'La propriété {0} doit être un nombre entier de minutes entre {1} et {2}.',
        'config.must_be_path': 'La propriété {0} doit être un chemin sur l’hôte Rescue comme {1}.',
        'config.must_be_language': 'La propriété {0} doit être un code de langue comme nl ou de (ou vide pour la langue de l’instance).',
        'config.not_a_field': 'La propriété {0} doit désigner un champ de {1}.',
        'config.must_be_customer_fields':
            'La propriété {0} doit être une liste de paires table=champ séparées par des virgules, par exemple problem=opened_by, une par table.',
        'config.must_be_tables':
            'La propriété {0} doit être une liste de noms de tables séparés par des virgules, par exemple incident,problem.',
        'list.two': '{0} et {1}',
        'list.sentences': '{0} {1}',

        'page.test.title': 'LogMeIn Rescue\u00a0: tester la connexion',
        'page.test.intro':
            'Vérifie l’identifiant d’entreprise et le mot de passe SSO de LogMeIn Rescue > Paramètres en se connectant à Rescue avec votre propre ID SSO (votre adresse e-mail ServiceNow).',
        'page.test.run': 'Tester la connexion',
        'page.test.asking': 'Interrogation de LogMeIn Rescue…',
        'page.token.title': 'LogMeIn Rescue\u00a0: configuration du jeton',
        'page.token.intro':
            'La configuration du jeton connecte le compte de service de LogMeIn Rescue > Paramètres à cette instance avec l’entrée du registre des applications OAuth que vous choisissez, puis envoie en HTTPS le jeton d’actualisation, le nom de l’instance, l’identifiant d’entreprise ainsi que l’ID client et le secret client de l’entrée au connecteur hébergé de Rescue pour votre région. Seules les entrées créées dans le portée d’application {0} sont proposées. Chaque exécution est enregistrée comme demande de jeton Rescue\u00a0; aucun secret n’y est conservé.',
        'page.token.application': 'Application OAuth',
        'page.token.run': 'Lancer la configuration du jeton',
        'page.token.running': 'Configuration du jeton en cours\u00a0: connexion du compte de service et envoi du jeton à Rescue…',
        'page.token.open_request': 'Ouvrir la demande de jeton, qui liste chaque étape',
        'connection.ok':
            'Connecté\u00a0: LogMeIn Rescue à l’adresse {0} a accepté l’identifiant d’entreprise et le mot de passe SSO pour {1}.',
        'connection.not_admin': 'Seuls les administrateurs LogMeIn Rescue (rôle x_rescue_connect.admin) peuvent tester la connexion.',
        'connection.table_ignored': 'Ignorée : {0} figure dans {1} mais n’est pas installée ici ou n’est pas une table de tâches.',
        // Test Connection's outcomes, for the admin on that page: what happened, then the next step.
        'connection.failed_disabled': 'Non testé\u00a0: l’intégration est désactivée ({0}).',
        'connection.failed_settings': 'Non testé\u00a0: ces paramètres ont des valeurs que l’application ne peut pas utiliser.',
        'connection.setting_problem': '{0}\u00a0: {1}',
        'connection.failed_missing': 'Non testé\u00a0: ces paramètres sont vides.',
        'connection.setting_missing': '{0} ({1})',
        'connection.next.not_admin':
            'Étape suivante\\u00a0: si vous configurez cette intégration, demandez à un administrateur ServiceNow de vous attribuer le rôle x_rescue_connect.admin.',
        'connection.failed_no_email':
            'Non testé\u00a0: votre utilisateur n’a pas d’adresse e-mail, et Tester la connexion se connecte à LogMeIn Rescue avec elle comme ID d’authentification unique.',
        'connection.failed_email_shared':
            'Non testé\u00a0: votre adresse e-mail {0} appartient à plusieurs utilisateurs actifs, LogMeIn Rescue ne peut donc pas savoir quel technicien vous êtes.',
        'connection.failed_internal': 'Non testé\u00a0: un problème est survenu dans l’application.',
        'connection.failed_login': 'Non connecté\u00a0: LogMeIn Rescue sur {0} a refusé l’identifiant d’entreprise et le mot de passe SSO.',
        'connection.failed_technician':
            'Non connecté\u00a0: LogMeIn Rescue sur {0} a accepté l’entreprise, mais pas {1} comme technicien ({2}).',
        'connection.failed_network': 'Non connecté\u00a0: l’instance n’a reçu aucune réponse de LogMeIn Rescue sur {0} ({1}).',
        'connection.failed_other':
            'Non connecté\u00a0: LogMeIn Rescue sur {0} a répondu «\u00a0{1}\u00a0», ce que l’application n’attendait pas.',
        'connection.next.ok':
            'Étape suivante\u00a0: les agents peuvent maintenant générer des codes PIN. Pour que les détails des sessions parviennent à cette instance, indiquez son point de terminaison de session dans «\u00a0Post to URL\u00a0» de chaque groupe de techniciens (ou lancez la configuration du jeton si vous utilisez le connecteur hébergé).',
        'connection.next.disabled':
            'Étape suivante\u00a0: activez l’intégration dans LogMeIn Rescue > Paramètres, enregistrez et relancez Tester la connexion.',
        'connection.next.settings':
            'Étape suivante\u00a0: corrigez ces paramètres dans LogMeIn Rescue > Paramètres, enregistrez et relancez Tester la connexion.',
        'connection.next.missing':
            'Étape suivante\u00a0: renseignez ces paramètres dans LogMeIn Rescue > Paramètres, enregistrez et relancez Tester la connexion.',
        'connection.next.no_email':
            'Étape suivante\u00a0: ajoutez votre adresse e-mail à votre profil utilisateur, puis relancez Tester la connexion.',
        'connection.next.email_shared':
            'Étape suivante\u00a0: donnez à chaque utilisateur sa propre adresse e-mail, puis relancez Tester la connexion.',
        'connection.next.login':
            'Étape suivante\u00a0: reprenez l’identifiant d’entreprise et le mot de passe SSO du centre d’administration Rescue (Paramètres globaux > Authentification unique) dans LogMeIn Rescue > Paramètres, enregistrez et relancez Tester la connexion.',
        'connection.next.technician':
            'Étape suivante\u00a0: dans le centre d’administration Rescue, donnez à un technicien actif l’ID d’authentification unique {0} (votre adresse e-mail), ou lancez Tester la connexion en tant qu’administrateur dont l’adresse e-mail est l’ID SSO d’un technicien.',
        'connection.next.network':
            'Étape suivante\u00a0: vérifiez la connexion HTTPS sortante de l’instance vers {0} (pare-feu, proxy) et les paramètres de région (EU, Enterprise) dans LogMeIn Rescue > Paramètres, puis relancez Tester la connexion.',
        'connection.next.system_log':
            'Étape suivante\u00a0: activez la journalisation de l’API dans LogMeIn Rescue > Paramètres, relancez Tester la connexion et consultez le journal système (source x_rescue_connect).',

        'note.started': 'Session LogMeIn Rescue {0} démarrée par {1}.',
        'note.started_with_customer': 'Session LogMeIn Rescue {0} démarrée par {1} avec {2}.',
        'note.ended': 'Session LogMeIn Rescue {0} terminée (technicien\u00a0: {1}).',
        'note.ended_at': 'Session LogMeIn Rescue {0} terminée le {1} (technicien\u00a0: {2}).',
        'note.ended_work_time': 'Session LogMeIn Rescue {0} terminée, temps de travail {1} (technicien\u00a0: {2}).',
        'note.ended_at_work_time': 'Session LogMeIn Rescue {0} terminée le {1}, temps de travail {2} (technicien\u00a0: {3}).',
        'note.unknown_technician': 'un technicien inconnu',
        'note.technician_unknown': 'inconnu',
        'note.line': '{0}\u00a0: {1}',
        'note.line_multiline': '{0}\u00a0:\n{1}',
        'note.unnamed_field': '(sans nom)',
        'note.minutes': '{0}\u00a0min',
        'note.seconds': '{0}\u00a0s',
        'note.minutes_seconds': '{0}\u00a0min {1}\u00a0s',
        'note.hours': '{0}\u00a0h',
        'note.hours_minutes': '{0}\u00a0h {1}\u00a0min',
        'note.size_bytes': '{0}\u00a0o',
        'note.size_kb': '{0},{1}\u00a0Ko',
        'note.size_mb': '{0},{1}\u00a0Mo',
        'note.size_gb': '{0},{1}\u00a0Go',
        'note.variable.SessionID': 'ID de session',
        'note.variable.TechName': 'Technicien',
        'note.variable.TechEmail': 'E-mail du technicien',
        'note.variable.TechSSOID': 'ID SSO du technicien',
        'note.variable.TechID': 'ID du technicien',
        'note.variable.TechDescr': 'Description du technicien',
        'note.variable.CField0': 'Nom du client',
        'note.variable.CField1': 'Champ personnalisé 1',
        'note.variable.CField2': 'Champ personnalisé 2',
        'note.variable.CField3': 'Champ personnalisé 3',
        'note.variable.CField4': 'Champ personnalisé 4',
        'note.variable.CField5': 'Champ personnalisé 5',
        'note.variable.Tracking0': 'Suivi',
        'note.variable.Platform': 'Plateforme',
        'note.variable.WaitingTime': 'Temps d’attente',
        'note.variable.PickupTime': 'Prise en charge',
        'note.variable.WorkTime': 'Temps de travail',
        'note.variable.ClosingTime': 'Fermeture',
        'note.variable.LastActionTime': 'Dernière action',
        'note.variable.Transmitted': 'Données transférées',
        'note.variable.Notes': 'Notes du technicien',
        'note.variable.ChatLog': 'Historique du chat',
        'note.chat_log_attachment_one_line': '{0}\u00a0: 1\u00a0ligne, dans la pièce jointe {1} de l’enregistrement de session Rescue.',
        'note.chat_log_attachment': '{0}\u00a0: {1}\u00a0lignes, dans la pièce jointe {2} de l’enregistrement de session Rescue.',

        'time_worked.comment': 'Session LogMeIn Rescue {0}, technicien {1}.',
        'time_worked.technician_with_address': '{0} ({1})',
        'time_worked.no_address':
            'Rescue n’a envoyé ni ID SSO ni adresse e-mail pour le technicien\u00a0: cette entrée ne désigne donc aucun utilisateur ServiceNow.',
        'time_worked.several_users':
            'Plusieurs utilisateurs ServiceNow actifs ont l’adresse e-mail {0}\u00a0: cette entrée ne désigne donc aucun d’entre eux.',
        'time_worked.no_user':
            'Aucun utilisateur ServiceNow actif n’a l’adresse e-mail {0}\u00a0: cette entrée ne désigne donc aucun utilisateur.',

        'console.short_description': 'Session LogMeIn Rescue {0} (Technician Console)',
        'console.description':
            'Créé par l’intégration LogMeIn Rescue pour la session {0}, démarrée par {1} depuis la Rescue Technician Console (sans code PIN de ServiceNow). Le détail de la session figure dans les notes de travail.',
        'console.a_technician': 'un technicien',
        'console.given_by_customer': 'Indiqué par le client dans LogMeIn Rescue (non vérifié)\u00a0:',
        'console.not_shown': '{0}\u00a0: ({1}\u00a0caractères, non affichés ici\u00a0; l’enregistrement de session Rescue les conserve)',

        'email.technician.subject': 'Code PIN LogMeIn Rescue {0}',
        'email.technician.generated': 'Vous avez généré le code PIN LogMeIn Rescue {0} pour {1} ({2}\u00a0: {3}).',
        'email.technician.join':
            'Le client se connecte via {0} ou en saisissant le code PIN sur www.LogMeIn123.com. La session vous attend ensuite dans la Rescue Technician Console.',
        'email.customer.subject': 'Votre session d’assistance à distance',
        'email.customer.greeting': 'Bonjour {0},',
        'email.customer.intro': '{0} souhaite se connecter à votre ordinateur pour vous aider.',
        'email.customer.open_link':
            'Ouvrez {0} et suivez les instructions, ou allez sur www.LogMeIn123.com et saisissez ce code PIN\u00a0:',
        'email.customer.ignore': 'Si vous n’avez pas demandé d’assistance, ignorez cet e-mail.',

        'token.inactive_entry': '{0} (inactif)',
        'token.no_external_clients':
            'Aucun point de terminaison d’API OAuth pour les clients externes n’existe dans le portée d’application {0} ({1}). Avec le sélecteur d’application réglé sur {0}, créez-en un dans OAuth système > Registre des applications > Nouveau > «\u00a0Créer un point de terminaison d’API OAuth pour les clients externes\u00a0», puis rechargez cette page.',
        'token.configured_entry_missing':
            'Aucun point de terminaison d’API OAuth pour les clients externes ne porte le nom indiqué dans le paramètre {0}\u00a0; choisissez-en un ci-dessous ou corrigez le paramètre.',
        'token.missing_company_id':
            'Saisissez l’identifiant d’entreprise Rescue ({0}) dans LogMeIn Rescue > Paramètres\u00a0; le connecteur range le jeton sous cet ID.',
        'token.missing_username':
            'Saisissez l’ID utilisateur du compte de service ({0}) dans LogMeIn Rescue > Paramètres\u00a0; le jeton est émis pour ce compte.',
        'token.missing_password':
            'Saisissez le mot de passe du compte de service ({0}) dans LogMeIn Rescue > Paramètres\u00a0; la configuration du jeton s’en sert une fois pour se connecter.',
        'token.entry_gone':
            'L’entrée du registre des applications OAuth que vous avez choisie n’existe pas dans le portée d’application {0}. Avec le sélecteur d’application réglé sur {0}, créez-en une dans OAuth système > Registre des applications > Nouveau > «\u00a0Créer un point de terminaison d’API OAuth pour les clients externes\u00a0», puis choisissez-la dans le formulaire de configuration du jeton.',
        'token.entry_not_named':
            'Aucune entrée du registre des applications OAuth ne porte le nom indiqué dans le paramètre {0}. Avec le sélecteur d’application réglé sur {1}, créez-en une dans OAuth système > Registre des applications > Nouveau > «\u00a0Créer un point de terminaison d’API OAuth pour les clients externes\u00a0», ou corrigez le nom dans LogMeIn Rescue > Paramètres.',
        'token.entry_wrong_type':
            'L’entrée «\u00a0{0}\u00a0» du registre des applications OAuth est de type «\u00a0{1}\u00a0» et n’est pas un point de terminaison d’API OAuth pour les clients externes\u00a0: l’instance n’émettra pas de jetons pour elle. Avec le sélecteur d’application réglé sur {2}, créez-en une dans OAuth système > Registre des applications > Nouveau > «\u00a0Créer un point de terminaison d’API OAuth pour les clients externes\u00a0», puis choisissez-la.',
        'token.entry_type_none': 'aucun',
        'token.entry_inactive':
            'L’entrée «\u00a0{0}\u00a0» du registre des applications OAuth est inactive. Ouvrez-la dans OAuth système > Registre des applications, cochez Actif et relancez la configuration du jeton.',
        'token.entry_no_client':
            'L’entrée «\u00a0{0}\u00a0» du registre des applications OAuth n’a ni ID client ni secret client. Ouvrez-la dans OAuth système > Registre des applications, enregistrez-la pour que la plateforme génère les deux, et relancez la configuration du jeton.',
        'token.grant_timeout':
            'Le point de terminaison des jetons OAuth de l’instance, {0}, n’a pas répondu en {1}\u00a0ms. Réessayez\u00a0; si le problème persiste, augmentez {2}.',
        'token.grant_unreachable':
            'Le point de terminaison des jetons OAuth de l’instance, {0}, est injoignable ({1}). Vérifiez que le plug-in OAuth 2.0 est actif et que l’instance peut appeler sa propre URL.',
        'token.grant_not_oauth':
            'Le point de terminaison des jetons OAuth de l’instance, {0}, a renvoyé autre chose qu’une réponse de jeton OAuth. Vérifiez que le plug-in OAuth 2.0 est actif.',
        'token.grant_no_refresh_token':
            'L’instance n’a émis aucun jeton d’actualisation pour «\u00a0{0}\u00a0». Donnez à l’entrée une durée de vie des jetons d’actualisation supérieure à 0 et relancez la configuration du jeton.',
        'token.grant_invalid_client':
            'L’instance a refusé l’ID client et le secret client de l’entrée «\u00a0{0}\u00a0» du registre des applications OAuth. Ouvrez l’entrée, enregistrez-la avec un nouveau secret client si nécessaire, et relancez la configuration du jeton.',
        'token.grant_refused':
            'L’instance a refusé de connecter le compte de service «\u00a0{0}\u00a0» (HTTP {1}). Corrigez le mot de passe dans {2} et vérifiez que le compte est actif, non verrouillé et autorisé à utiliser les services web.',
        'token.grant_refused_with_error':
            'L’instance a refusé de connecter le compte de service «\u00a0{0}\u00a0» (HTTP {1}, {2}). Corrigez le mot de passe dans {3} et vérifiez que le compte est actif, non verrouillé et autorisé à utiliser les services web.',
        'token.grant_http_error':
            'Le point de terminaison des jetons OAuth de l’instance, {0}, a répondu HTTP {1}. Vérifiez que le plug-in OAuth 2.0 est actif, puis réessayez.',
        'token.connector_timeout':
            'Le connecteur Rescue à l’adresse {0} n’a pas répondu en {1}\u00a0ms. Réessayez plus tard\u00a0; si le problème persiste, augmentez {2}.',
        'token.connector_unreachable':
            'Le connecteur Rescue à l’adresse {0} est injoignable ({1}). Vérifiez que l’instance peut appeler https://{0} (pare-feu, proxy, règles du MID Server).',
        'token.region_redirect':
            'Région incorrecte\u00a0: votre société Rescue est servie par le centre de données {0} ({1}), mais les paramètres indiquent {2} ({3}). Réglez {4} selon votre compte Rescue et relancez la configuration du jeton.',
        'token.region_unknown_company':
            'Région incorrecte\u00a0: le connecteur Rescue à l’adresse {0} (centre de données {1}) ne connaît pas la société {2} (HTTP {3}). Si votre compte Rescue est dans un autre centre de données, réglez {4} en conséquence\u00a0; si LogMeIn vous a donné un autre chemin de connecteur, renseignez {5}.',
        'token.region_unknown_company_said':
            'Région incorrecte\u00a0: le connecteur Rescue à l’adresse {0} (centre de données {1}) ne connaît pas la société {2} (HTTP {3}\u00a0: {4}). Si votre compte Rescue est dans un autre centre de données, réglez {5} en conséquence\u00a0; si LogMeIn vous a donné un autre chemin de connecteur, renseignez {6}.',
        'token.connector_rejected':
            'Le connecteur Rescue à l’adresse {0} a refusé le jeton (HTTP {1}). Vérifiez l’identifiant d’entreprise Rescue dans {2} et que LogMeIn a activé le connecteur ServiceNow pour votre société, puis relancez la configuration du jeton.',
        'token.connector_rejected_said':
            'Le connecteur Rescue à l’adresse {0} a refusé le jeton (HTTP {1}\u00a0: {2}). Vérifiez l’identifiant d’entreprise Rescue dans {3} et que LogMeIn a activé le connecteur ServiceNow pour votre société, puis relancez la configuration du jeton.',
        'token.connector_http_error':
            'Le connecteur Rescue à l’adresse {0} a répondu HTTP {1}. Réessayez plus tard\u00a0; si le problème persiste, contactez le support LogMeIn en citant le journal de cette demande de jeton.',
        'token.connector_http_error_said':
            'Le connecteur Rescue à l’adresse {0} a répondu HTTP {1}\u00a0: {2}. Réessayez plus tard\u00a0; si le problème persiste, contactez le support LogMeIn en citant le journal de cette demande de jeton.',
        'token.region.global': 'mondial',
        'token.region.eu': 'UE',
        'token.region.enterprise': 'Enterprise',
        'token.nothing_picked':
            'Aucune entrée du registre des applications OAuth n’a été choisie et {0} est vide. Choisissez-en une dans le formulaire de configuration du jeton, ou indiquez son nom dans LogMeIn Rescue > Paramètres.',
        'token.step_read_entry':
            'Entrée «\u00a0{0}\u00a0» du registre des applications OAuth lue (un point de terminaison d’API OAuth pour les clients externes\u00a0; ses jetons d’actualisation durent {1}\u00a0jours).',
        'token.step_read_entry_default':
            'Entrée «\u00a0{0}\u00a0» du registre des applications OAuth lue (un point de terminaison d’API OAuth pour les clients externes\u00a0; ses jetons d’actualisation durent les {1}\u00a0jours par défaut de la plateforme, faute de durée indiquée dans l’entrée).',
        'token.step_token_issued':
            'Le point de terminaison des jetons OAuth de l’instance a émis un jeton d’actualisation pour le compte de service «\u00a0{0}\u00a0».',
        'token.step_sent':
            'Jeton d’actualisation, nom d’instance «\u00a0{0}\u00a0», identifiant d’entreprise ainsi qu’ID client et secret client de l’entrée envoyés au connecteur Rescue à l’adresse {1}\u00a0; il les a acceptés (HTTP {2}).',
        'token.succeeded':
            'Configuration du jeton réussie\u00a0: le connecteur Rescue atteint désormais cette instance en tant que «\u00a0{0}\u00a0». Le jeton d’actualisation expire le {1}\u00a0; les administrateurs reçoivent un e-mail chaque jour à partir de {2}\u00a0jours avant, jusqu’à ce que la configuration du jeton soit relancée.',
        'token.settings_invalid':
            'La configuration du jeton ne peut pas s’exécuter tant que les paramètres ne sont pas corrigés\u00a0: {0}',
        'token.not_admin':
            'Seuls les administrateurs LogMeIn Rescue (rôle x_rescue_connect.admin) peuvent lancer la configuration du jeton.',
        'token.last_success': 'La dernière configuration du jeton réussie a envoyé un jeton d’actualisation qui expire le {0}.',
        'token.never_succeeded': 'La configuration du jeton n’a encore jamais réussi sur cette instance.',
        'token.expiry_no_admin_expires':
            'Le jeton d’actualisation expire le {0}, mais aucun utilisateur actif n’a le rôle x_rescue_connect.admin\u00a0: personne n’a reçu d’e-mail.',
        'token.expiry_no_admin_expired':
            'Le jeton d’actualisation a expiré le {0}, mais aucun utilisateur actif n’a le rôle x_rescue_connect.admin\u00a0: personne n’a reçu d’e-mail.',
        'token.expiry_one_admin_expired':
            'E-mail envoyé à 1\u00a0administrateur\u00a0: le jeton d’actualisation a expiré le {0}\u00a0; le connecteur Rescue ne peut plus rien publier tant que la configuration du jeton n’est pas relancée.',
        'token.expiry_admins_expired':
            'E-mail envoyé à {0}\u00a0administrateurs\u00a0: le jeton d’actualisation a expiré le {1}\u00a0; le connecteur Rescue ne peut plus rien publier tant que la configuration du jeton n’est pas relancée.',
        'token.expiry_one_admin_one_day':
            'E-mail envoyé à 1\u00a0administrateur\u00a0: le jeton d’actualisation expire le {0}, dans 1\u00a0jour.',
        'token.expiry_one_admin_days':
            'E-mail envoyé à 1\u00a0administrateur\u00a0: le jeton d’actualisation expire le {0}, dans {1}\u00a0jours.',
        'token.expiry_admins_one_day':
            'E-mail envoyé à {0}\u00a0administrateurs\u00a0: le jeton d’actualisation expire le {1}, dans 1\u00a0jour.',
        'token.expiry_admins_days':
            'E-mail envoyé à {0}\u00a0administrateurs\u00a0: le jeton d’actualisation expire le {1}, dans {2}\u00a0jours.',

        'email.token.subject': 'LogMeIn Rescue\u00a0: relancez la configuration du jeton, le jeton du connecteur expire le {0}',
        'email.token.expires':
            'Le jeton d’actualisation OAuth que le connecteur hébergé de LogMeIn Rescue utilise pour joindre cette instance expire le {0} (jours restants\u00a0: {1}).',
        'email.token.after':
            'Une fois ce jeton expiré, Rescue ne pourra plus publier les détails des sessions dans ServiceNow via le connecteur.',
        'email.token.action':
            'Ouvrez {0} et relancez-la. Vous recevrez ce rappel une fois par jour jusqu’à ce qu’une nouvelle configuration du jeton réussisse.',
        'email.token.menu_path': 'LogMeIn Rescue > Configuration du jeton',

        'note.from_report':
            "Les données de cette session proviennent du rapport de sessions de LogMeIn Rescue, car l'envoi de la session n'est pas arrivé.",
        'recovery.settings.no_token': "La récupération des sessions nécessite un jeton d'API Rescue dans {0}.",
        'recovery.settings.bad_nodes':
            'La récupération des sessions nécessite un ou plusieurs ID de nœud Rescue (des chiffres, séparés par des virgules) dans {0}.',
        'recovery.token.ok': "Le jeton d'API fonctionne : LogMeIn Rescue sur {0} l'a accepté pour les rapports de sessions.",
        'recovery.token.no_settings':
            "Le jeton d'API n'a pas été testé : la récupération des sessions est activée, mais {0} ou {1} est vide ou non valide.",
        'recovery.token.refused':
            "Le jeton d'API ne fonctionne pas : LogMeIn Rescue sur {0} l'a refusé ({1}). Générez un nouveau jeton d'API dans le Rescue Admin Center (un Master Administrator peut le faire) et enregistrez-le dans LogMeIn Rescue > Paramètres.",
        'recovery.token.unreachable': "Le jeton d'API n'a pas pu être testé : LogMeIn Rescue sur {0} n'a pas répondu ({1}).",
        'recovery.token.unreadable':
            "Le jeton d'API n'a pas pu être testé : LogMeIn Rescue sur {0} a répondu {1}, que cette application ne connaît pas.",
        'recovery.run.never': "La récupération des sessions n'a pas encore été exécutée.",
        'recovery.run.failed': "Dernière exécution de récupération : {0}, nœud {1}, échouée ({2}) ; aucune session n'a été récupérée.",
        'recovery.run.done':
            'Dernière exécution de récupération : {0}, nœud {1}. Lignes de rapport lues : {2} ; sessions récupérées : {3} ; erreurs : {4}.',
        'email.missing.subject': 'LogMeIn Rescue : des envois de sessions ne sont pas arrivés ({0})',
        'email.missing.count':
            "Des sessions de codes PIN générés dans ServiceNow se sont terminées il y a plus d'une heure, mais LogMeIn Rescue n'a jamais envoyé leurs données : {0}. L'application les a récupérées depuis le rapport de sessions.",
        'email.missing.check_post_url':
            "Vérifiez dans le Rescue Admin Center les paramètres Post-to-URL de chaque groupe de techniciens : l'URL de début et de fin de session, ainsi que l'utilisateur ServiceNow et le mot de passe utilisés pour l'envoi.",
        'email.missing.check_token':
            'Si Rescue envoie par son connecteur hébergé, vérifiez que le jeton du connecteur est toujours valide (LogMeIn Rescue > Configuration du jeton).',
    },
    labels: {
        tables: {
            x_rescue_connect_session: {
                label: 'Session Rescue',
                plural: 'Sessions Rescue',
                columns: {
                    task: 'Tâche',
                    pin: 'Code PIN',
                    tracking_id: 'Valeur de suivi',
                    rescue_session_id: 'ID de session Rescue',
                    technician: 'Technicien',
                    tech_id: 'ID du technicien Rescue',
                    tech_sso_id: 'ID SSO du technicien',
                    tech_name: 'Nom du technicien',
                    tech_email: 'E-mail du technicien',
                    customer_name: 'Nom du client',
                    state: 'État',
                    source: 'Source',
                    waiting_time: 'Temps d’attente (s)',
                    work_time: 'Temps de travail (s)',
                    waiting_duration: 'Temps d’attente',
                    work_duration: 'Temps de travail',
                    pickup_time: 'Prise en charge',
                    closing_time: 'Fermeture',
                    last_action_time: 'Dernière action',
                    transmitted_bytes: 'Octets transférés',
                    platform: 'Plateforme',
                    last_post_received: 'Dernier envoi reçu',
                    recovery: 'Récupérée du rapport',
                    recovered_at: 'Récupérée le',
                    time_worked_entry: 'Entrée de temps passé',
                    chat_log_attachment: 'Pièce jointe de l’historique du chat',
                    chat_log_chars: 'Longueur de l’historique du chat (caractères)',
                    chat_log_lines: 'Lignes de l’historique du chat',
                    post_hashes: 'Empreintes des envois traités',
                    posts: 'Envois reçus (JSON)',
                },
                choices: {
                    state: { pin_issued: 'Code PIN délivré', started: 'Démarrée', ended: 'Terminée', failed: 'Échec', expired: 'Expiré' },
                    source: { servicenow: 'ServiceNow', console: 'Technician Console' },
                    recovery: { recovered: 'Récupérée du rapport de sessions', posted_late: 'Récupérée, puis envoyée en retard' },
                },
            },
            x_rescue_connect_token_request: {
                label: 'Demande de jeton Rescue',
                plural: 'Demandes de jeton Rescue',
                columns: {
                    state: 'État',
                    oauth_application: 'Application OAuth',
                    region: 'Région',
                    connector_host: 'Hôte du connecteur',
                    expires_on: 'Expiration du jeton d’actualisation',
                    last_warning_sent: 'Dernier avertissement d’expiration envoyé',
                    message: 'Message',
                    steps: 'Étapes',
                },
                choices: {
                    state: { new: 'Nouvelle', running: 'En cours', succeeded: 'Réussie', failed: 'Échec' },
                    region: { global: 'Mondial', eu: 'UE', enterprise: 'Enterprise' },
                },
            },
            x_rescue_connect_recovery_run: {
                label: 'Exécution de récupération Rescue',
                plural: 'Exécutions de récupération Rescue',
                columns: {
                    node: 'Nœud Rescue',
                    state: 'État',
                    window_start: 'Début de la période',
                    window_end: 'Fin de la période',
                    report_called_at: 'Rapport demandé',
                    finished: 'Terminée',
                    rows_read: 'Lignes de rapport lues',
                    sessions_recovered: 'Sessions récupérées',
                    errors: 'Erreurs',
                    failure: 'Échec',
                    missing_email_sent: 'E-mail des envois manquants envoyé',
                },
                choices: {
                    state: { running: 'En cours', succeeded: 'Réussie', failed: 'Échouée' },
                },
            },
        },
        fields: {
            menu_title: 'LogMeIn Rescue',
            menu_hint: 'Intégration de LogMeIn Rescue pour l’assistance à distance',
            module_settings: 'Paramètres',
            module_settings_hint: 'identifiant d’entreprise, mot de passe SSO, boutons, notes de travail et paramètres des e-mails',
            module_sessions: 'Sessions',
            module_sessions_hint: 'Codes PIN délivrés et sessions signalées par LogMeIn Rescue',
            module_test_connection: 'Tester la connexion',
            module_test_connection_hint: 'Vérifier l’identifiant d’entreprise et le mot de passe SSO auprès de LogMeIn Rescue',
            module_reports: 'Rapports',
            module_reports_hint:
                'Sessions par semaine, temps de travail par technicien, temps d’attente avant prise en charge, sessions par plateforme',
            module_token_setup: 'Configuration du jeton',
            module_token_setup_hint: 'Relier l’instance au connecteur hébergé de Rescue (jeton d’actualisation OAuth)',
            ui_action_name: 'Générer un code PIN Rescue',
            ui_action_hint: 'Obtenir un code PIN LogMeIn Rescue pour le client de cet enregistrement',
            settings_title: 'Paramètres LogMeIn Rescue',
        },
    },
} satisfies LanguagePack
