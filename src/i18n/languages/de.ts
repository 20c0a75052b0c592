// Deutsch (de). Every key of ../en.ts; product names, property names, role names and {n} stay as they are.
import type { LanguagePack } from '../pack'

export default {
    messages: {
        'pin.client.no_answer':
            'Die Instanz hat auf die Anforderung der Rescue-PIN nicht geantwortet (vielleicht fehlt Ihnen die Rolle x_rescue_connect.user, oder Ihre Sitzung ist abgelaufen). Laden Sie das Formular neu und versuchen Sie es noch einmal; wenn das weiterhin passiert, wenden Sie sich an Ihren ServiceNow-Administrator.',
        'pin.client.unreadable':
            'Die Instanz hat eine Antwort gesendet, die die Schaltfläche „Rescue-PIN erzeugen“ nicht lesen kann. Laden Sie das Formular neu und versuchen Sie es noch einmal; wenn das weiterhin passiert, wenden Sie sich an Ihren ServiceNow-Administrator.',
        'page.test.no_answer':
            'Die Instanz hat nicht geantwortet. Laden Sie die Seite neu und versuchen Sie es erneut (Verbindung testen erfordert die Rolle x_rescue_connect.admin).',
        'page.token.no_answer':
            'Die Instanz hat nicht geantwortet. Laden Sie die Seite neu und versuchen Sie es erneut (die Token-Einrichtung erfordert die Rolle x_rescue_connect.admin).',

        'pin.rescue.error':
            'LogMeIn Rescue hat einen nicht näher bezeichneten Fehler gemeldet. Warten Sie eine Minute und versuchen Sie es erneut; wenn das weiterhin passiert, bitten Sie Ihren ServiceNow-Administrator, den Status von LogMeIn Rescue zu prüfen.',
        'pin.rescue.invalid':
            'LogMeIn Rescue hat die Single-Sign-on-Anmeldung für {0} abgelehnt. Bitten Sie Ihren ServiceNow-Administrator, die Unternehmens-ID und das SSO-Passwort unter LogMeIn Rescue > Einstellungen zu prüfen, und Ihren Rescue-Administrator, zu prüfen, ob Ihre Techniker-SSO-ID {0} lautet.',
        'pin.rescue.invalid_company':
            'LogMeIn Rescue akzeptiert die konfigurierte Unternehmens-ID nicht. Bitten Sie Ihren ServiceNow-Administrator, die Unternehmens-ID und das SSO-Passwort unter LogMeIn Rescue > Einstellungen zu prüfen (die Unternehmens-ID besteht nur aus Ziffern).',
        'pin.rescue.invalid_sso_id':
            'LogMeIn Rescue kennt keinen Techniker mit der SSO-ID {0}. Bitten Sie Ihren Rescue-Administrator, die SSO-ID Ihres Technikerkontos auf Ihre ServiceNow-E-Mail-Adresse {0} zu setzen.',
        'pin.rescue.not_logged_in':
            'LogMeIn Rescue hat die Anmeldung für {0} nicht akzeptiert, auch nicht mit einer neuen. Versuchen Sie es in einer Minute erneut; wenn das weiterhin passiert, bitten Sie Ihren ServiceNow-Administrator, unter LogMeIn Rescue > Einstellungen „Verbindung testen“ auszuführen.',
        'pin.rescue.not_technician':
            'Ihr LogMeIn Rescue-Konto ({0}) ist kein Technikerkonto. Bitten Sie Ihren Rescue-Administrator, es einer Technikergruppe hinzuzufügen.',
        'pin.rescue.console_not_running':
            'LogMeIn Rescue erwartet, dass Ihre Technician Console läuft. Öffnen Sie die Rescue Technician Console, melden Sie sich an und versuchen Sie es erneut.',
        'pin.rescue.out_of_pins':
            'LogMeIn Rescue hat für Ihr Konto keine PINs mehr. Bitten Sie Ihren Rescue-Administrator, die PIN-Kontingente zu prüfen, oder verwenden Sie eine PIN, die Sie vorher erzeugt haben.',
        'pin.rescue.poll_rate':
            'LogMeIn Rescue erlaubt eine PIN pro Sekunde und Konto. Warten Sie ein paar Sekunden und versuchen Sie es erneut.',
        'pin.rescue.user_disabled':
            'Ihr LogMeIn Rescue-Technikerkonto ({0}) ist gelöscht oder deaktiviert. Bitten Sie Ihren Rescue-Administrator, es wieder zu aktivieren.',
        'pin.rescue.invalid_node':
            'LogMeIn Rescue konnte die Sitzung für {0} keiner Technikergruppe zuordnen. Bitten Sie Ihren Rescue-Administrator, Ihre Technikergruppe zu prüfen.',
        'pin.rescue.invalid_pin_format':
            'LogMeIn Rescue hat die PIN-Anforderung abgelehnt (INVALIDPINFORMAT). Versuchen Sie es erneut; wenn das weiterhin passiert, bitten Sie Ihren ServiceNow-Administrator, die API-Protokollierung einzuschalten und das Systemprotokoll zu prüfen.',
        'pin.rescue.unknown_answer':
            'LogMeIn Rescue hat „{0}“ geantwortet; diese Antwort kennt diese App nicht. Versuchen Sie es erneut; wenn das weiterhin passiert, geben Sie die Antwort an Ihren ServiceNow-Administrator weiter.',
        'pin.rescue.unreadable_answer':
            'LogMeIn Rescue hat eine Antwort gesendet, die diese App nicht lesen kann. Versuchen Sie es erneut; wenn das weiterhin passiert, bitten Sie Ihren ServiceNow-Administrator, die API-Protokollierung einzuschalten und das Systemprotokoll zu prüfen.',
        'pin.rescue.http_error':
            'LogMeIn Rescue funktioniert gerade nicht (HTTP {0}). Warten Sie ein paar Minuten und versuchen Sie es erneut.',
        'pin.rescue.timeout':
            'LogMeIn Rescue hat nicht innerhalb von {0} Sekunden geantwortet. Versuchen Sie es erneut; wenn das weiterhin passiert, bitten Sie Ihren ServiceNow-Administrator, die Verbindung zu {1} zu prüfen.',
        'pin.rescue.unreachable':
            'Die Instanz konnte LogMeIn Rescue unter {0} nicht erreichen. Bitten Sie Ihren ServiceNow-Administrator, die ausgehende Verbindung der Instanz und die Regionseinstellungen zu prüfen.',

        'pin.error.no_role':
            'Sie benötigen die Rolle x_rescue_connect.user, um LogMeIn Rescue-PINs zu erzeugen. Bitten Sie Ihren ServiceNow-Administrator, sie Ihnen zuzuweisen.',
        'pin.error.disabled':
            'Die LogMeIn Rescue-Integration ist ausgeschaltet. Bitten Sie Ihren ServiceNow-Administrator, sie unter LogMeIn Rescue > Einstellungen einzuschalten.',
        'pin.error.bad_request':
            'Die Anforderung hat keinen Datensatz genannt. Laden Sie das Formular neu und versuchen Sie es noch einmal.',
        'pin.error.table_not_supported':
            'Aus dieser Art von Datensatz lassen sich hier keine Rescue-PINs erzeugen. Bitten Sie Ihren ServiceNow-Administrator, die Tabelle in {0} aufzunehmen, wenn Sie das brauchen.',
        'pin.error.table_not_installed':
            'Fälle setzen das Plug-in Customer Service Management voraus, das auf dieser Instanz nicht installiert ist. Erzeugen Sie die PIN aus einem Incident, oder bitten Sie Ihren ServiceNow-Administrator, das Plug-in zu installieren.',
        'pin.error.record_not_found':
            'Der Datensatz wurde nicht gefunden, oder Sie dürfen ihn nicht lesen. Speichern Sie den Datensatz, laden Sie ihn neu und versuchen Sie es noch einmal.',
        'pin.error.record_inactive':
            'Dieser Datensatz ist geschlossen. Öffnen Sie ihn wieder, oder erzeugen Sie die PIN aus einem aktiven Datensatz.',
        'pin.error.record_read_only':
            'Sie können diesen Datensatz lesen, aber weder ändern noch Arbeitsnotizen hinzufügen, und eine PIN schreibt darauf. Bitten Sie Ihren ServiceNow-Administrator oder die Zuweisungsgruppe um Schreibzugriff.',
        'pin.error.email_not_unique':
            'Ihre E-Mail-Adresse {0} gehört zu mehr als einem aktiven ServiceNow-Benutzer, daher kann LogMeIn Rescue nicht erkennen, welcher Techniker Sie sind. Bitten Sie Ihren ServiceNow-Administrator, jedem Benutzer eine eigene E-Mail-Adresse zu geben, und versuchen Sie es dann erneut.',
        'pin.error.no_email':
            'Ihr ServiceNow-Benutzer hat keine E-Mail-Adresse, und Ihre E-Mail-Adresse ist Ihre LogMeIn Rescue-SSO-ID. Tragen Sie Ihre E-Mail-Adresse in Ihr Benutzerprofil ein (oder bitten Sie Ihren ServiceNow-Administrator darum) und versuchen Sie es erneut.',
        'pin.error.save_failed':
            'LogMeIn Rescue hat eine PIN ausgegeben, aber die Instanz konnte sie nicht speichern. Versuchen Sie es erneut; wenn das weiterhin passiert, bitten Sie Ihren ServiceNow-Administrator, das Systemprotokoll zu prüfen.',
        'pin.error.internal':
            'Beim Erzeugen der PIN ist etwas schiefgegangen. Versuchen Sie es erneut; wenn das weiterhin passiert, bitten Sie Ihren ServiceNow-Administrator, das Systemprotokoll zu prüfen (Quelle x_rescue_connect).',
        'pin.error.button_off_incidents':
            'Das Erzeugen von Rescue-PINs aus Incidents ist ausgeschaltet ({0}). Wenden Sie sich an Ihren ServiceNow-Administrator, wenn Sie es brauchen.',
        'pin.error.button_off_cases':
            'Das Erzeugen von Rescue-PINs aus Fällen ist ausgeschaltet ({0}). Wenden Sie sich an Ihren ServiceNow-Administrator, wenn Sie es brauchen.',
        'pin.error.settings_incomplete':
            'LogMeIn Rescue ist noch nicht eingerichtet. Bitten Sie Ihren ServiceNow-Administrator, {0} unter LogMeIn Rescue > Einstellungen auszufüllen.',
        'pin.error.settings_invalid': 'Bitten Sie Ihren ServiceNow-Administrator, LogMeIn Rescue > Einstellungen zu korrigieren: {0}',
        'pin.error.no_caller':
            'Dieser Incident hat keinen Anrufer, daher wüsste Rescue nicht, für wen die PIN ist. Tragen Sie den Anrufer ein, speichern Sie und versuchen Sie es erneut.',
        'pin.error.no_contact':
            'Dieser Fall hat keinen Kontakt, daher wüsste Rescue nicht, für wen die PIN ist. Tragen Sie den Kontakt ein, speichern Sie und versuchen Sie es erneut.',
        'pin.error.no_customer_incident':
            'Dieser Incident hat keinen Kunden (Feld {0}), daher wüsste Rescue nicht, für wen die PIN ist. Tragen Sie den Kunden ein (Feld {0}), speichern Sie und versuchen Sie es erneut.',
        'pin.error.no_customer_case':
            'Dieser Fall hat keinen Kunden (Feld {0}), daher wüsste Rescue nicht, für wen die PIN ist. Tragen Sie den Kunden ein (Feld {0}), speichern Sie und versuchen Sie es erneut.',
        'pin.error.technician_email_not_unique':
            'Die E-Mail-Adresse des Technikers, {0}, gehört mehr als einem aktiven ServiceNow-Benutzer, daher kann LogMeIn Rescue nicht erkennen, welcher Techniker gemeint ist. Bitten Sie Ihren ServiceNow-Administrator, jedem Benutzer eine eigene E-Mail-Adresse zu geben.',
        'pin.error.technician_no_email':
            'Der Techniker {0} hat keine E-Mail-Adresse, und die E-Mail-Adresse eines Technikers ist seine LogMeIn Rescue-SSO-ID. Tragen Sie sie in sein Benutzerprofil ein und versuchen Sie es erneut.',
        'pin.error.technician_no_role':
            'Der Techniker {0} hat die Rolle x_rescue_connect.user nicht, daher lässt sich für ihn keine PIN erzeugen. Bitten Sie Ihren ServiceNow-Administrator, sie zu vergeben.',
        'pin.error.technician_unknown':
            'Der Techniker ist kein aktiver ServiceNow-Benutzer. Geben Sie einen aktiven Benutzer als Techniker an.',
        'pin.error.runner_cannot_write':
            'Der Benutzer, unter dem diese Anfrage läuft, darf diesen Datensatz nicht bearbeiten, und eine PIN fügt ihm eine Arbeitsnotiz hinzu. Bitten Sie Ihren ServiceNow-Administrator, den Flow oder das Skript als einen Benutzer laufen zu lassen, der den Datensatz bearbeiten darf.',
        'pin.error.no_customer_record':
            'Dieser Datensatz hat keinen Kunden (Feld {0}), daher wüsste Rescue nicht, für wen die PIN ist. Tragen Sie den Kunden ein (Feld {0}), speichern Sie und versuchen Sie es erneut.',
        'pin.error.table_not_task':
            'Die Tabelle {0} (genannt in {1}) ist auf dieser Instanz nicht installiert oder keine Aufgabentabelle, daher lässt sich daraus keine PIN erzeugen. Bitten Sie Ihren ServiceNow-Administrator, {1} zu korrigieren.',

        'pin.success.tell_customer':
            'Sagen Sie dem Kunden: Gehen Sie auf www.LogMeIn123.com und geben Sie die PIN {0} ein (oder öffnen Sie den Teilnahmelink), bestätigen Sie dann den Download und warten Sie auf den Techniker.',
        'pin.success.reused':
            'Sie haben diese PIN um {0} für diesen Datensatz erhalten und sie wurde noch nicht verwendet. Sie wird daher erneut angezeigt: keine neue PIN, keine neue Arbeitsnotiz.',
        'pin.success.customer_emailed': 'Der Kunde hat den Link und die PIN außerdem per E-Mail erhalten.',
        'pin.success.customer_email_missing': 'Der Kunde hat keine E-Mail-Adresse, daher wurde ihm nichts gesendet.',
        'pin.success.work_note_missing':
            'Die Arbeitsnotiz konnte nicht zum Datensatz hinzugefügt werden; notieren Sie die PIN dort bei Bedarf selbst.',
        'pin.work_note': 'Rescue-PIN {0} von {1} für {2} erzeugt.',
        'pin.work_note_no_customer': 'Rescue-PIN {0} von {1} erzeugt.',
        'pin.modal.title': 'LogMeIn Rescue-PIN',
        'pin.modal.pin_for_customer': 'Rescue-PIN für den Kunden:',
        'pin.modal.pin_aria': 'PIN',
        'pin.modal.copy': 'PIN kopieren',
        'pin.modal.copied': 'Kopiert.',
        'pin.modal.copy_failed': 'Markieren Sie die PIN und drücken Sie Strg+C, um sie zu kopieren.',
        'pin.modal.join_link': 'Teilnahmelink für den Kunden: {0}',
        'pin.modal.info_fallback': 'Rescue-PIN {0}. {1}',

        'config.must_be_boolean': 'Die Eigenschaft {0} muss true oder false sein.',
        'config.must_be_choice': 'Die Eigenschaft {0} muss einer der Werte {1} sein.',
        'config.must_be_field': 'Die Eigenschaft {0} muss ein Feldname wie {1} sein.',
        'config.must_be_digits': 'Die Eigenschaft {0} darf nur Ziffern enthalten (die Rescue-Unternehmens-ID).',
        'config.must_be_timeout': 'Die Eigenschaft {0} muss eine ganze Zahl von Millisekunden zwischen {1} und {2} sein.',
        'config.must_be_minutes': 'Die Eigenschaft {0} muss eine ganze Zahl von Minuten zwischen {1} und {2} sein.',
        'config.must_be_path': 'Die Eigenschaft {0} muss ein Pfad auf dem Rescue-Host wie {1} sein.',
        'config.must_be_language': 'Die Eigenschaft {0} muss ein Sprachcode wie nl oder de sein (oder leer für die Sprache der Instanz).',
        'config.not_a_field': 'Die Eigenschaft {0} muss ein Feld von {1} nennen.',
        'config.must_be_customer_fields':
            'Die Eigenschaft {0} muss eine durch Kommas getrennte Liste von Paaren Tabelle=Feld sein, etwa problem=opened_by, eines pro Tabelle.',
        'config.must_be_tables':
            'Die Eigenschaft {0} muss eine durch Kommas getrennte Liste von Tabellennamen sein, etwa incident,problem.',
        'list.two': '{0} und {1}',
        'list.sentences': '{0} {1}',

        'page.test.title': 'LogMeIn Rescue: Verbindung testen',
        'page.test.intro':
            'Prüft die Unternehmens-ID und das SSO-Passwort aus LogMeIn Rescue > Einstellungen durch eine Anmeldung bei Rescue mit Ihrer eigenen SSO-ID (Ihrer ServiceNow-E-Mail-Adresse).',
        'page.test.run': 'Verbindung testen',
        'page.test.asking': 'LogMeIn Rescue wird gefragt…',
        'page.token.title': 'LogMeIn Rescue: Token-Einrichtung',
        'page.token.intro':
            'Die Token-Einrichtung meldet das Dienstkonto aus LogMeIn Rescue > Einstellungen mit dem ausgewählten Eintrag der OAuth-Anwendungsregistrierung bei dieser Instanz an und sendet das Aktualisierungstoken, den Namen der Instanz, die Unternehmens-ID sowie Client-ID und Client-Secret des Eintrags über HTTPS an den gehosteten Connector von Rescue für Ihre Region. Angeboten werden nur Einträge, die im Anwendungsbereich {0} angelegt wurden. Jeder Lauf wird als Rescue-Token-Anforderung festgehalten; darauf wird kein Geheimnis gespeichert.',
        'page.token.application': 'OAuth-Anwendung',
        'page.token.run': 'Token-Einrichtung ausführen',
        'page.token.running': 'Token-Einrichtung läuft: Das Dienstkonto wird angemeldet und das Token an Rescue gesendet…',
        'page.token.open_request': 'Token-Anforderung öffnen (sie listet jeden Schritt auf)',
        'connection.ok': 'Verbunden: LogMeIn Rescue unter {0} hat die Unternehmens-ID und das SSO-Passwort für {1} akzeptiert.',
        'connection.not_admin': 'Nur LogMeIn Rescue-Administratoren (Rolle x_rescue_connect.admin) können die Verbindung testen.',
        'connection.table_ignored': 'Ignoriert: {0} steht in {1}, ist hier aber nicht installiert oder keine Aufgabentabelle.',
        // Test Connection's outcomes, for the admin on that page: what happened, then the next step.
        'connection.failed_disabled': 'Nicht getestet: Die Integration ist ausgeschaltet ({0}).',
        'connection.failed_settings': 'Nicht getestet: Diese Einstellungen haben Werte, die die App nicht verwenden kann.',
        'connection.setting_problem': '{0}: {1}',
        'connection.failed_missing': 'Nicht getestet: Diese Einstellungen sind leer.',
        'connection.setting_missing': '{0} ({1})',
        'connection.next.not_admin':
            'Nächster Schritt: Wenn Sie diese Integration konfigurieren, bitten Sie einen ServiceNow-Administrator, Ihnen die Rolle x_rescue_connect.admin zuzuweisen.',
        'connection.failed_no_email':
            'Nicht getestet: Ihr Benutzer hat keine E-Mail-Adresse, und „Verbindung testen“ meldet sich mit ihr als Ihrer SSO-ID bei LogMeIn Rescue an.',
        'connection.failed_email_shared':
            'Nicht getestet: Ihre E-Mail-Adresse {0} gehört zu mehr als einem aktiven Benutzer, daher kann LogMeIn Rescue nicht erkennen, welcher Techniker Sie sind.',
        'connection.failed_internal': 'Nicht getestet: In der App ist etwas schiefgegangen.',
        'connection.failed_login': 'Nicht verbunden: LogMeIn Rescue unter {0} hat die Unternehmens-ID und das SSO-Passwort abgelehnt.',
        'connection.failed_technician':
            'Nicht verbunden: LogMeIn Rescue unter {0} hat das Unternehmen akzeptiert, aber nicht {1} als Techniker ({2}).',
        'connection.failed_network': 'Nicht verbunden: Die Instanz hat von LogMeIn Rescue unter {0} keine Antwort erhalten ({1}).',
        'connection.failed_other': 'Nicht verbunden: LogMeIn Rescue unter {0} hat „{1}“ geantwortet, was die App nicht erwartet hat.',
        'connection.next.ok':
            'Nächster Schritt: Agenten können jetzt PINs erzeugen. Damit Sitzungsdetails diese Instanz erreichen, tragen Sie bei jeder Technikergruppe unter „Post to URL“ deren Sitzungsendpunkt ein (oder führen Sie die Token-Einrichtung aus, wenn Sie den gehosteten Connector verwenden).',
        'connection.next.disabled':
            'Nächster Schritt: Schalten Sie die Integration unter LogMeIn Rescue > Einstellungen ein, speichern Sie und führen Sie „Verbindung testen“ erneut aus.',
        'connection.next.settings':
            'Nächster Schritt: Korrigieren Sie diese Einstellungen unter LogMeIn Rescue > Einstellungen, speichern Sie und führen Sie „Verbindung testen“ erneut aus.',
        'connection.next.missing':
            'Nächster Schritt: Füllen Sie diese Einstellungen unter LogMeIn Rescue > Einstellungen aus, speichern Sie und führen Sie „Verbindung testen“ erneut aus.',
        'connection.next.no_email':
            'Nächster Schritt: Tragen Sie Ihre E-Mail-Adresse in Ihr Benutzerprofil ein und führen Sie „Verbindung testen“ erneut aus.',
        'connection.next.email_shared':
            'Nächster Schritt: Geben Sie jedem Benutzer eine eigene E-Mail-Adresse und führen Sie „Verbindung testen“ erneut aus.',
        'connection.next.login':
            'Nächster Schritt: Übernehmen Sie die Unternehmens-ID und das SSO-Passwort aus dem Rescue Admin Center (Globale Einstellungen > Single Sign-On) in LogMeIn Rescue > Einstellungen, speichern Sie und führen Sie „Verbindung testen“ erneut aus.',
        'connection.next.technician':
            'Nächster Schritt: Setzen Sie im Rescue Admin Center die Single-Sign-on-ID eines aktiven Technikers auf {0} (Ihre E-Mail-Adresse), oder führen Sie „Verbindung testen“ als Administrator aus, dessen E-Mail-Adresse die SSO-ID eines Technikers ist.',
        'connection.next.network':
            'Nächster Schritt: Prüfen Sie die ausgehende HTTPS-Verbindung der Instanz zu {0} (Firewall, Proxy) und die Regionseinstellungen (EU, Enterprise) unter LogMeIn Rescue > Einstellungen, und führen Sie „Verbindung testen“ erneut aus.',
        'connection.next.system_log':
            'Nächster Schritt: Schalten Sie unter LogMeIn Rescue > Einstellungen die API-Protokollierung ein, führen Sie „Verbindung testen“ erneut aus und lesen Sie das Systemprotokoll (Quelle x_rescue_connect).',

        'note.started': 'LogMeIn Rescue-Sitzung {0} gestartet, Techniker: {1}.',
        'note.started_with_customer': 'LogMeIn Rescue-Sitzung {0} mit {2} gestartet, Techniker: {1}.',
        'note.ended': 'LogMeIn Rescue-Sitzung {0} beendet, Techniker: {1}.',
        'note.ended_at': 'LogMeIn Rescue-Sitzung {0} beendet am {1}, Techniker: {2}.',
        'note.ended_work_time': 'LogMeIn Rescue-Sitzung {0} beendet, Arbeitszeit {1}, Techniker: {2}.',
        'note.ended_at_work_time': 'LogMeIn Rescue-Sitzung {0} beendet am {1}, Arbeitszeit {2}, Techniker: {3}.',
        'note.unknown_technician': 'unbekannt',
        'note.technician_unknown': 'unbekannt',
        'note.line': '{0}: {1}',
        'note.line_multiline': '{0}:\n{1}',
        'note.unnamed_field': '(ohne Namen)',
        'note.minutes': '{0} Min.',
        'note.seconds': '{0} s',
        'note.minutes_seconds': '{0} Min. {1} s',
        'note.hours': '{0} Std.',
        'note.hours_minutes': '{0} Std. {1} Min.',
        'note.size_bytes': '{0} Byte',
        'note.size_kb': '{0},{1} KB',
        'note.size_mb': '{0},{1} MB',
        'note.size_gb': '{0},{1} GB',
        'note.variable.SessionID': 'Sitzungs-ID',
        'note.variable.TechName': 'Techniker',
        'note.variable.TechEmail': 'E-Mail-Adresse des Technikers',
        'note.variable.TechSSOID': 'SSO-ID des Technikers',
        'note.variable.TechID': 'Techniker-ID',
        'note.variable.TechDescr': 'Beschreibung des Technikers',
        'note.variable.CField0': 'Name des Kunden',
        'note.variable.CField1': 'Benutzerdefiniertes Feld 1',
        'note.variable.CField2': 'Benutzerdefiniertes Feld 2',
        'note.variable.CField3': 'Benutzerdefiniertes Feld 3',
        'note.variable.CField4': 'Benutzerdefiniertes Feld 4',
        'note.variable.CField5': 'Benutzerdefiniertes Feld 5',
        'note.variable.Tracking0': 'Tracking',
        'note.variable.Platform': 'Plattform',
        'note.variable.WaitingTime': 'Wartezeit',
        'note.variable.PickupTime': 'Angenommen',
        'note.variable.WorkTime': 'Arbeitszeit',
        'note.variable.ClosingTime': 'Geschlossen',
        'note.variable.LastActionTime': 'Letzte Aktion',
        'note.variable.Transmitted': 'Übertragen',
        'note.variable.Notes': 'Notizen des Technikers',
        'note.variable.ChatLog': 'Chatprotokoll',
        'note.chat_log_attachment_one_line': '{0}: 1 Zeile, im Anhang {1} des Rescue-Sitzungsdatensatzes.',
        'note.chat_log_attachment': '{0}: {1} Zeilen, im Anhang {2} des Rescue-Sitzungsdatensatzes.',

        'time_worked.comment': 'LogMeIn Rescue-Sitzung {0}, Techniker {1}.',
        'time_worked.technician_with_address': '{0} ({1})',
        'time_worked.no_address':
            'Rescue hat für den Techniker weder SSO-ID noch E-Mail-Adresse gesendet, daher nennt dieser Eintrag keinen ServiceNow-Benutzer.',
        'time_worked.several_users':
            'Mehr als ein aktiver ServiceNow-Benutzer hat die E-Mail-Adresse {0}, daher nennt dieser Eintrag keinen von ihnen.',
        'time_worked.no_user': 'Kein aktiver ServiceNow-Benutzer hat die E-Mail-Adresse {0}, daher nennt dieser Eintrag keinen Benutzer.',

        'console.short_description': 'LogMeIn Rescue-Sitzung {0} (Technician Console)',
        'console.description':
            'Von der LogMeIn Rescue-Integration für die Sitzung {0} angelegt, die {1} aus der Rescue Technician Console gestartet hat (ohne PIN aus ServiceNow). Die Sitzungsdetails stehen in den Arbeitsnotizen.',
        'console.a_technician': 'ein Techniker',
        'console.given_by_customer': 'Vom Kunden in LogMeIn Rescue angegeben (nicht geprüft):',
        'console.not_shown': '{0}: ({1} Zeichen, hier nicht angezeigt; der Rescue-Sitzungsdatensatz enthält sie)',

        'email.technician.subject': 'LogMeIn Rescue-PIN {0}',
        'email.technician.generated': 'Sie haben die LogMeIn Rescue-PIN {0} für {1} erzeugt ({2}: {3}).',
        'email.technician.join':
            'Der Kunde nimmt über {0} teil oder indem er die PIN auf www.LogMeIn123.com eingibt. Die Sitzung wartet dann in der Rescue Technician Console auf Sie.',
        'email.customer.subject': 'Ihre Fernwartungssitzung',
        'email.customer.greeting': 'Hallo {0},',
        'email.customer.intro': '{0} möchte eine Verbindung zu Ihrem Computer herstellen, um Ihnen zu helfen.',
        'email.customer.open_link':
            'Öffnen Sie {0} und folgen Sie den Anweisungen, oder gehen Sie auf www.LogMeIn123.com und geben Sie diese PIN ein:',
        'email.customer.ignore': 'Wenn Sie keine Unterstützung angefordert haben, ignorieren Sie diese E-Mail bitte.',

        'token.inactive_entry': '{0} (inaktiv)',
        'token.no_external_clients':
            'Im Anwendungsbereich {0} ({1}) gibt es keinen OAuth-API-Endpunkt für externe Clients. Stellen Sie die Anwendungsauswahl auf {0}, legen Sie einen unter System-OAuth > Anwendungsregistrierung > Neu > „OAuth-API-Endpunkt für externe Clients erstellen“ an und laden Sie diese Seite dann neu.',
        'token.configured_entry_missing':
            'Kein OAuth-API-Endpunkt für externe Clients hat den Namen aus der Einstellung {0}; wählen Sie unten einen aus oder korrigieren Sie die Einstellung.',
        'token.missing_company_id':
            'Tragen Sie die Rescue-Unternehmens-ID ({0}) unter LogMeIn Rescue > Einstellungen ein; der Connector legt das Token unter dieser ID ab.',
        'token.missing_username':
            'Tragen Sie die Benutzer-ID des Dienstkontos ({0}) unter LogMeIn Rescue > Einstellungen ein; das Token wird für dieses Konto ausgestellt.',
        'token.missing_password':
            'Tragen Sie das Passwort des Dienstkontos ({0}) unter LogMeIn Rescue > Einstellungen ein; die Token-Einrichtung meldet sich damit einmal an.',
        'token.entry_gone':
            'Der ausgewählte Eintrag in der OAuth-Anwendungsregistrierung existiert im Anwendungsbereich {0} nicht. Stellen Sie die Anwendungsauswahl auf {0}, legen Sie einen unter System-OAuth > Anwendungsregistrierung > Neu > „OAuth-API-Endpunkt für externe Clients erstellen“ an und wählen Sie ihn im Formular der Token-Einrichtung aus.',
        'token.entry_not_named':
            'Kein Eintrag in der OAuth-Anwendungsregistrierung hat den Namen aus der Einstellung {0}. Stellen Sie die Anwendungsauswahl auf {1} und legen Sie einen unter System-OAuth > Anwendungsregistrierung > Neu > „OAuth-API-Endpunkt für externe Clients erstellen“ an, oder korrigieren Sie den Namen unter LogMeIn Rescue > Einstellungen.',
        'token.entry_wrong_type':
            'Der Eintrag „{0}“ in der OAuth-Anwendungsregistrierung hat den Typ „{1}“ und ist kein OAuth-API-Endpunkt für externe Clients, daher stellt die Instanz dafür keine Tokens aus. Stellen Sie die Anwendungsauswahl auf {2}, legen Sie einen unter System-OAuth > Anwendungsregistrierung > Neu > „OAuth-API-Endpunkt für externe Clients erstellen“ an und wählen Sie ihn aus.',
        'token.entry_type_none': 'keiner',
        'token.entry_inactive':
            'Der Eintrag „{0}“ in der OAuth-Anwendungsregistrierung ist inaktiv. Öffnen Sie ihn unter System-OAuth > Anwendungsregistrierung, setzen Sie den Haken bei Aktiv und führen Sie die Token-Einrichtung erneut aus.',
        'token.entry_no_client':
            'Der Eintrag „{0}“ in der OAuth-Anwendungsregistrierung hat keine Client-ID oder kein Client-Secret. Öffnen Sie ihn unter System-OAuth > Anwendungsregistrierung, speichern Sie ihn, damit die Plattform beides erzeugt, und führen Sie die Token-Einrichtung erneut aus.',
        'token.grant_timeout':
            'Der OAuth-Token-Endpunkt der Instanz, {0}, hat nicht innerhalb von {1} ms geantwortet. Versuchen Sie es erneut; wenn das weiterhin passiert, erhöhen Sie {2}.',
        'token.grant_unreachable':
            'Der OAuth-Token-Endpunkt der Instanz, {0}, war nicht erreichbar ({1}). Prüfen Sie, ob das Plug-in OAuth 2.0 aktiv ist und ob die Instanz ihre eigene URL aufrufen darf.',
        'token.grant_not_oauth':
            'Der OAuth-Token-Endpunkt der Instanz, {0}, hat mit etwas geantwortet, das keine OAuth-Token-Antwort ist. Prüfen Sie, ob das Plug-in OAuth 2.0 aktiv ist.',
        'token.grant_no_refresh_token':
            'Die Instanz hat für „{0}“ kein Aktualisierungstoken ausgestellt. Geben Sie dem Eintrag eine Lebensdauer für Aktualisierungstokens größer als 0 und führen Sie die Token-Einrichtung erneut aus.',
        'token.grant_invalid_client':
            'Die Instanz hat die Client-ID und das Client-Secret des Eintrags „{0}“ in der OAuth-Anwendungsregistrierung abgelehnt. Öffnen Sie den Eintrag, speichern Sie ihn bei Bedarf mit einem neuen Client-Secret und führen Sie die Token-Einrichtung erneut aus.',
        'token.grant_refused':
            'Die Instanz hat die Anmeldung des Dienstkontos „{0}“ abgelehnt (HTTP {1}). Korrigieren Sie das Passwort in {2} und prüfen Sie, ob das Konto aktiv und nicht gesperrt ist und Webdienste nutzen darf.',
        'token.grant_refused_with_error':
            'Die Instanz hat die Anmeldung des Dienstkontos „{0}“ abgelehnt (HTTP {1}, {2}). Korrigieren Sie das Passwort in {3} und prüfen Sie, ob das Konto aktiv und nicht gesperrt ist und Webdienste nutzen darf.',
        'token.grant_http_error':
            'Der OAuth-Token-Endpunkt der Instanz, {0}, hat mit HTTP {1} geantwortet. Prüfen Sie, ob das Plug-in OAuth 2.0 aktiv ist, und versuchen Sie es dann erneut.',
        'token.connector_timeout':
            'Der Rescue-Connector unter {0} hat nicht innerhalb von {1} ms geantwortet. Versuchen Sie es später erneut; wenn das weiterhin passiert, erhöhen Sie {2}.',
        'token.connector_unreachable':
            'Der Rescue-Connector unter {0} war nicht erreichbar ({1}). Prüfen Sie, ob die Instanz https://{0} aufrufen darf (Firewall, Proxy, Regeln für den MID Server).',
        'token.region_redirect':
            'Region passt nicht: Ihre Rescue-Firma wird vom Rechenzentrum {0} ({1}) bedient, in den Einstellungen ist aber {2} ({3}) gewählt. Setzen Sie {4} passend zu Ihrem Rescue-Konto und führen Sie die Token-Einrichtung erneut aus.',
        'token.region_unknown_company':
            'Region passt nicht: Der Rescue-Connector unter {0} (Rechenzentrum {1}) kennt die Firma {2} nicht (HTTP {3}). Liegt Ihr Rescue-Konto in einem anderen Rechenzentrum, setzen Sie {4} entsprechend; hat LogMeIn Ihnen einen anderen Connector-Pfad genannt, setzen Sie {5}.',
        'token.region_unknown_company_said':
            'Region passt nicht: Der Rescue-Connector unter {0} (Rechenzentrum {1}) kennt die Firma {2} nicht (HTTP {3}: {4}). Liegt Ihr Rescue-Konto in einem anderen Rechenzentrum, setzen Sie {5} entsprechend; hat LogMeIn Ihnen einen anderen Connector-Pfad genannt, setzen Sie {6}.',
        'token.connector_rejected':
            'Der Rescue-Connector unter {0} hat das Token abgelehnt (HTTP {1}). Prüfen Sie die Rescue-Unternehmens-ID in {2} und ob LogMeIn den ServiceNow-Connector für Ihre Firma freigeschaltet hat, und führen Sie die Token-Einrichtung erneut aus.',
        'token.connector_rejected_said':
            'Der Rescue-Connector unter {0} hat das Token abgelehnt (HTTP {1}: {2}). Prüfen Sie die Rescue-Unternehmens-ID in {3} und ob LogMeIn den ServiceNow-Connector für Ihre Firma freigeschaltet hat, und führen Sie die Token-Einrichtung erneut aus.',
        'token.connector_http_error':
            'Der Rescue-Connector unter {0} hat mit HTTP {1} geantwortet. Versuchen Sie es später erneut; wenn das weiterhin passiert, wenden Sie sich an den LogMeIn-Support und nennen Sie das Protokoll dieser Token-Anforderung.',
        'token.connector_http_error_said':
            'Der Rescue-Connector unter {0} hat mit HTTP {1} geantwortet: {2}. Versuchen Sie es später erneut; wenn das weiterhin passiert, wenden Sie sich an den LogMeIn-Support und nennen Sie das Protokoll dieser Token-Anforderung.',
        'token.region.global': 'Global',
        'token.region.eu': 'EU',
        'token.region.enterprise': 'Enterprise',
        'token.nothing_picked':
            'Es wurde kein Eintrag in der OAuth-Anwendungsregistrierung ausgewählt, und {0} ist leer. Wählen Sie einen im Formular der Token-Einrichtung aus, oder tragen Sie den Namen unter LogMeIn Rescue > Einstellungen ein.',
        'token.step_read_entry':
            'Eintrag „{0}“ der OAuth-Anwendungsregistrierung gelesen (ein OAuth-API-Endpunkt für externe Clients; seine Aktualisierungstokens gelten {1} Tage).',
        'token.step_read_entry_default':
            'Eintrag „{0}“ der OAuth-Anwendungsregistrierung gelesen (ein OAuth-API-Endpunkt für externe Clients; seine Aktualisierungstokens gelten die Standarddauer der Plattform von {1} Tagen, da der Eintrag keine Lebensdauer angibt).',
        'token.step_token_issued':
            'Der OAuth-Token-Endpunkt der Instanz hat ein Aktualisierungstoken für das Dienstkonto „{0}“ ausgestellt.',
        'token.step_sent':
            'Das Aktualisierungstoken, der Instanzname „{0}“, die Unternehmens-ID sowie Client-ID und Client-Secret des Eintrags wurden an den Rescue-Connector unter {1} gesendet; er hat sie angenommen (HTTP {2}).',
        'token.succeeded':
            'Token-Einrichtung erfolgreich: Der Rescue-Connector erreicht diese Instanz jetzt als „{0}“. Das Aktualisierungstoken läuft am {1} ab; Administratoren erhalten ab {2} Tagen vorher täglich eine E-Mail, bis die Token-Einrichtung erneut ausgeführt wurde.',
        'token.settings_invalid': 'Die Token-Einrichtung kann erst laufen, wenn die Einstellungen korrigiert sind: {0}',
        'token.not_admin': 'Nur LogMeIn Rescue-Administratoren (Rolle x_rescue_connect.admin) können die Token-Einrichtung ausführen.',
        'token.last_success': 'Die letzte erfolgreiche Token-Einrichtung hat ein Aktualisierungstoken gesendet, das am {0} abläuft.',
        'token.never_succeeded': 'Die Token-Einrichtung war auf dieser Instanz noch nicht erfolgreich.',
        'token.expiry_no_admin_expires':
            'Das Aktualisierungstoken läuft am {0} ab, aber kein aktiver Benutzer hat die Rolle x_rescue_connect.admin, daher wurde niemand per E-Mail benachrichtigt.',
        'token.expiry_no_admin_expired':
            'Das Aktualisierungstoken ist am {0} abgelaufen, aber kein aktiver Benutzer hat die Rolle x_rescue_connect.admin, daher wurde niemand per E-Mail benachrichtigt.',
        'token.expiry_one_admin_expired':
            '1 Administrator per E-Mail benachrichtigt: Das Aktualisierungstoken ist am {0} abgelaufen; der Rescue-Connector kann nichts mehr senden, bis die Token-Einrichtung erneut ausgeführt wurde.',
        'token.expiry_admins_expired':
            '{0} Administratoren per E-Mail benachrichtigt: Das Aktualisierungstoken ist am {1} abgelaufen; der Rescue-Connector kann nichts mehr senden, bis die Token-Einrichtung erneut ausgeführt wurde.',
        'token.expiry_one_admin_one_day': '1 Administrator per E-Mail benachrichtigt: Das Aktualisierungstoken läuft am {0} ab, in 1 Tag.',
        'token.expiry_one_admin_days': '1 Administrator per E-Mail benachrichtigt: Das Aktualisierungstoken läuft am {0} ab, in {1} Tagen.',
        'token.expiry_admins_one_day': '{0} Administratoren per E-Mail benachrichtigt: Das Aktualisierungstoken läuft am {1} ab, in 1 Tag.',
        'token.expiry_admins_days':
            '{0} Administratoren per E-Mail benachrichtigt: Das Aktualisierungstoken läuft am {1} ab, in {2} Tagen.',

        'email.token.subject': 'LogMeIn Rescue: Führen Sie die Token-Einrichtung erneut aus, das Connector-Token läuft am {0} ab',
        'email.token.expires':
            'Das OAuth-Aktualisierungstoken, mit dem der gehostete Connector von LogMeIn Rescue diese Instanz erreicht, läuft am {0} ab (verbleibende Tage: {1}).',
        'email.token.after': 'Danach kann Rescue über den Connector keine Sitzungsdetails mehr an ServiceNow senden.',
        'email.token.action':
            'Öffnen Sie {0} und führen Sie sie erneut aus. Sie erhalten diese Erinnerung einmal täglich, bis eine neue Token-Einrichtung erfolgreich war.',
        'email.token.menu_path': 'LogMeIn Rescue > Token-Einrichtung',

        'note.from_report':
            'Die Daten dieser Sitzung stammen aus dem Sitzungsbericht von LogMeIn Rescue, weil die Übermittlung der Sitzung nicht angekommen ist.',
        'recovery.settings.no_token': 'Die Sitzungswiederherstellung braucht ein Rescue-API-Token in {0}.',
        'recovery.settings.bad_nodes':
            'Die Sitzungswiederherstellung braucht eine oder mehrere Rescue-Knoten-IDs (Ziffern, durch Kommas getrennt) in {0}.',
        'recovery.token.ok': 'Das API-Token funktioniert: LogMeIn Rescue unter {0} hat es für Sitzungsberichte angenommen.',
        'recovery.token.no_settings':
            'Das API-Token wurde nicht getestet: Die Sitzungswiederherstellung ist an, aber {0} oder {1} ist leer oder ungültig.',
        'recovery.token.refused':
            'Das API-Token funktioniert nicht: LogMeIn Rescue unter {0} hat es abgelehnt ({1}). Erzeugen Sie im Rescue Admin Center ein neues API-Token (das kann ein Master Administrator) und speichern Sie es unter LogMeIn Rescue > Einstellungen.',
        'recovery.token.unreachable': 'Das API-Token konnte nicht getestet werden: LogMeIn Rescue unter {0} hat nicht geantwortet ({1}).',
        'recovery.token.unreadable':
            'Das API-Token konnte nicht getestet werden: LogMeIn Rescue unter {0} hat {1} geantwortet, was diese App nicht kennt.',
        'recovery.run.never': 'Die Sitzungswiederherstellung ist noch nicht gelaufen.',
        'recovery.run.failed':
            'Letzter Wiederherstellungslauf: {0}, Knoten {1}, fehlgeschlagen ({2}); keine Sitzung wurde wiederhergestellt.',
        'recovery.run.done':
            'Letzter Wiederherstellungslauf: {0}, Knoten {1}. Gelesene Berichtszeilen: {2}; wiederhergestellte Sitzungen: {3}; Fehler: {4}.',
        'email.missing.subject': 'LogMeIn Rescue: Sitzungsübermittlungen sind nicht angekommen ({0})',
        'email.missing.count':
            'Sitzungen von in ServiceNow erzeugten PINs sind vor mehr als einer Stunde beendet worden, aber LogMeIn Rescue hat ihre Daten nie übermittelt: {0}. Die App hat sie aus dem Sitzungsbericht wiederhergestellt.',
        'email.missing.check_post_url':
            'Prüfen Sie im Rescue Admin Center die Post-to-URL-Einstellungen jeder Technikergruppe: die URL für Sitzungsbeginn und -ende sowie den ServiceNow-Benutzer und das Kennwort, mit denen übermittelt wird.',
        'email.missing.check_token':
            'Wenn Rescue über den gehosteten Connector übermittelt, prüfen Sie, ob das Token des Connectors noch gültig ist (LogMeIn Rescue > Token-Einrichtung).',
    },
    labels: {
        tables: {
            x_rescue_connect_session: {
                label: 'Rescue-Sitzung',
                plural: 'Rescue-Sitzungen',
                columns: {
                    task: 'Aufgabe',
                    pin: 'PIN',
                    tracking_id: 'Tracking-Wert',
                    rescue_session_id: 'Rescue-Sitzungs-ID',
                    technician: 'Techniker',
                    tech_id: 'Rescue-Techniker-ID',
                    tech_sso_id: 'SSO-ID des Technikers',
                    tech_name: 'Name des Technikers',
                    tech_email: 'E-Mail-Adresse des Technikers',
                    customer_name: 'Name des Kunden',
                    state: 'Status',
                    source: 'Quelle',
                    waiting_time: 'Wartezeit (s)',
                    work_time: 'Arbeitszeit (s)',
                    waiting_duration: 'Wartezeit',
                    work_duration: 'Arbeitszeit',
                    pickup_time: 'Angenommen',
                    closing_time: 'Geschlossen',
                    last_action_time: 'Letzte Aktion',
                    transmitted_bytes: 'Übertragene Bytes',
                    platform: 'Plattform',
                    last_post_received: 'Letzte Übermittlung empfangen',
                    recovery: 'Aus Bericht wiederhergestellt',
                    recovered_at: 'Wiederhergestellt am',
                    time_worked_entry: 'Zeiterfassungseintrag',
                    chat_log_attachment: 'Chatprotokoll-Anhang',
                    chat_log_chars: 'Länge des Chatprotokolls (Zeichen)',
                    chat_log_lines: 'Zeilen des Chatprotokolls',
                    post_hashes: 'Fingerabdrücke verarbeiteter Übermittlungen',
                    posts: 'Empfangene Übermittlungen (JSON)',
                },
                choices: {
                    state: {
                        pin_issued: 'PIN ausgegeben',
                        started: 'Gestartet',
                        ended: 'Beendet',
                        failed: 'Fehlgeschlagen',
                        expired: 'Abgelaufen',
                    },
                    source: { servicenow: 'ServiceNow', console: 'Technician Console' },
                    recovery: {
                        recovered: 'Aus dem Sitzungsbericht wiederhergestellt',
                        posted_late: 'Wiederhergestellt, danach verspätet übermittelt',
                    },
                },
            },
            x_rescue_connect_token_request: {
                label: 'Rescue-Token-Anforderung',
                plural: 'Rescue-Token-Anforderungen',
                columns: {
                    state: 'Status',
                    oauth_application: 'OAuth-Anwendung',
                    region: 'Region',
                    connector_host: 'Connector-Host',
                    expires_on: 'Aktualisierungstoken läuft ab am',
                    last_warning_sent: 'Letzte Ablaufwarnung gesendet',
                    message: 'Meldung',
                    steps: 'Schritte',
                },
                choices: {
                    state: { new: 'Neu', running: 'Läuft', succeeded: 'Erfolgreich', failed: 'Fehlgeschlagen' },
                    region: { global: 'Global', eu: 'EU', enterprise: 'Enterprise' },
                },
            },
            x_rescue_connect_recovery_run: {
                label: 'Rescue-Wiederherstellungslauf',
                plural: 'Rescue-Wiederherstellungsläufe',
                columns: {
                    node: 'Rescue-Knoten',
                    state: 'Status',
                    window_start: 'Zeitraum von',
                    window_end: 'Zeitraum bis',
                    report_called_at: 'Bericht angefordert',
                    finished: 'Beendet',
                    rows_read: 'Gelesene Berichtszeilen',
                    sessions_recovered: 'Wiederhergestellte Sitzungen',
                    errors: 'Fehler',
                    failure: 'Fehlerursache',
                    missing_email_sent: 'E-Mail zu fehlenden Übermittlungen gesendet',
                },
                choices: {
                    state: { running: 'Läuft', succeeded: 'Erfolgreich', failed: 'Fehlgeschlagen' },
                },
            },
        },
        fields: {
            menu_title: 'LogMeIn Rescue',
            menu_hint: 'Integration von LogMeIn Rescue für die Fernwartung',
            module_settings: 'Einstellungen',
            module_settings_hint: 'Unternehmens-ID, SSO-Passwort, Schaltflächen, Arbeitsnotizen und E-Mail-Einstellungen',
            module_sessions: 'Sitzungen',
            module_sessions_hint: 'Ausgegebene PINs und von LogMeIn Rescue gemeldete Sitzungen',
            module_test_connection: 'Verbindung testen',
            module_test_connection_hint: 'Unternehmens-ID und SSO-Passwort bei LogMeIn Rescue prüfen',
            module_reports: 'Berichte',
            module_reports_hint: 'Sitzungen pro Woche, Arbeitszeit pro Techniker, Wartezeit bis zur Annahme, Sitzungen nach Plattform',
            module_token_setup: 'Token-Einrichtung',
            module_token_setup_hint: 'Die Instanz mit dem gehosteten Connector von Rescue verbinden (OAuth-Aktualisierungstoken)',
            ui_action_name: 'Rescue-PIN erzeugen',
            ui_action_hint: 'Eine LogMeIn Rescue-PIN für den Kunden dieses Datensatzes erzeugen',
            settings_title: 'Einstellungen für LogMeIn Rescue',
        },
    },
} satisfies LanguagePack
