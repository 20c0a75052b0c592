// Nederlands (nl). Every key of ../en.ts; product names, property names, role names and {n} stay as they are.
import type { LanguagePack } from '../pack'

export default {
    messages: {
        'pin.client.no_answer':
            'De instantie gaf geen antwoord op de aanvraag van de Rescue-pincode (misschien heeft u de rol x_rescue_connect.user niet, of is uw sessie verlopen). Laad het formulier opnieuw en probeer het nog eens; blijft dit gebeuren, neem dan contact op met uw ServiceNow-beheerder.',
        'pin.client.unreadable':
            'De instantie stuurde een antwoord dat de knop Rescue-pincode genereren niet kan lezen. Laad het formulier opnieuw en probeer het nog eens; blijft dit gebeuren, neem dan contact op met uw ServiceNow-beheerder.',
        'page.test.no_answer':
            'De instantie gaf geen antwoord. Laad de pagina opnieuw en probeer het nog eens (Verbinding testen vereist de rol x_rescue_connect.admin).',
        'page.token.no_answer':
            'De instantie gaf geen antwoord. Laad de pagina opnieuw en probeer het nog eens (de tokenconfiguratie vereist de rol x_rescue_connect.admin).',

        'pin.rescue.error':
            'LogMeIn Rescue meldde een onbekende fout. Wacht een minuut en probeer het opnieuw; blijft dit gebeuren, vraag dan uw ServiceNow-beheerder de status van LogMeIn Rescue te controleren.',
        'pin.rescue.invalid':
            'LogMeIn Rescue weigerde de single sign-on voor {0}. Vraag uw ServiceNow-beheerder de bedrijfs-ID en het SSO-wachtwoord in LogMeIn Rescue > Instellingen te controleren, en uw Rescue-beheerder of uw SSO-ID als technicus {0} is.',
        'pin.rescue.invalid_company':
            'LogMeIn Rescue accepteert de ingestelde bedrijfs-ID niet. Vraag uw ServiceNow-beheerder de bedrijfs-ID en het SSO-wachtwoord in LogMeIn Rescue > Instellingen te controleren (de bedrijfs-ID bestaat alleen uit cijfers).',
        'pin.rescue.invalid_sso_id':
            'LogMeIn Rescue kent geen technicus met de SSO-ID {0}. Vraag uw Rescue-beheerder de SSO-ID van uw technicusaccount in te stellen op uw ServiceNow-e-mailadres, {0}.',
        'pin.rescue.not_logged_in':
            'LogMeIn Rescue accepteerde de aanmelding voor {0} niet, ook niet met een nieuwe. Probeer het over een minuut opnieuw; blijft dit gebeuren, vraag dan uw ServiceNow-beheerder Verbinding testen uit te voeren in LogMeIn Rescue > Instellingen.',
        'pin.rescue.not_technician':
            'Uw LogMeIn Rescue-account ({0}) is geen technicus. Vraag uw Rescue-beheerder het account aan een technicusgroep toe te voegen.',
        'pin.rescue.console_not_running':
            'LogMeIn Rescue verwacht dat uw Technician Console draait. Open de Rescue Technician Console, meld u aan en probeer het opnieuw.',
        'pin.rescue.out_of_pins':
            'LogMeIn Rescue heeft geen pincodes meer voor uw account. Vraag uw Rescue-beheerder de pincodelimieten te controleren, of gebruik een pincode die u eerder hebt gegenereerd.',
        'pin.rescue.poll_rate':
            'LogMeIn Rescue staat één pincode per seconde per account toe. Wacht een paar seconden en probeer het opnieuw.',
        'pin.rescue.user_disabled':
            'Uw LogMeIn Rescue-technicusaccount ({0}) is verwijderd of uitgeschakeld. Vraag uw Rescue-beheerder het weer in te schakelen.',
        'pin.rescue.invalid_node':
            'LogMeIn Rescue kon de sessie voor {0} niet in een technicusgroep plaatsen. Vraag uw Rescue-beheerder uw technicusgroep te controleren.',
        'pin.rescue.invalid_pin_format':
            'LogMeIn Rescue wees de aanvraag van de pincode af (INVALIDPINFORMAT). Probeer het opnieuw; blijft dit gebeuren, vraag dan uw ServiceNow-beheerder API-logging aan te zetten en het systeemlogboek te bekijken.',
        'pin.rescue.unknown_answer':
            'LogMeIn Rescue antwoordde "{0}", en dat antwoord kent deze app niet. Probeer het opnieuw; blijft dit gebeuren, geef dat antwoord dan door aan uw ServiceNow-beheerder.',
        'pin.rescue.unreadable_answer':
            'LogMeIn Rescue stuurde een antwoord dat deze app niet kan lezen. Probeer het opnieuw; blijft dit gebeuren, vraag dan uw ServiceNow-beheerder API-logging aan te zetten en het systeemlogboek te bekijken.',
        'pin.rescue.http_error': 'LogMeIn Rescue werkt op dit moment niet (HTTP {0}). Wacht een paar minuten en probeer het opnieuw.',
        'pin.rescue.timeout':
            'LogMeIn Rescue antwoordde niet binnen {0} seconden. Probeer het opnieuw; blijft dit gebeuren, vraag dan uw ServiceNow-beheerder de verbinding met {1} te controleren.',
        'pin.rescue.unreachable':
            'De instantie kon LogMeIn Rescue op {0} niet bereiken. Vraag uw ServiceNow-beheerder de uitgaande verbinding van de instantie en de regio-instellingen te controleren.',

        'pin.error.no_role':
            'U hebt de rol x_rescue_connect.user nodig om LogMeIn Rescue-pincodes aan te maken. Vraag uw ServiceNow-beheerder u die rol te geven.',
        'pin.error.disabled':
            'De LogMeIn Rescue-integratie staat uit. Vraag uw ServiceNow-beheerder haar aan te zetten in LogMeIn Rescue > Instellingen.',
        'pin.error.bad_request': 'De aanvraag noemde geen record. Laad het formulier opnieuw en probeer het nog eens.',
        'pin.error.table_not_supported':
            'Vanuit dit soort record kunnen hier geen Rescue-pincodes worden gegenereerd. Vraag uw ServiceNow-beheerder de tabel toe te voegen aan {0} als u dat nodig hebt.',
        'pin.error.table_not_installed':
            'Cases vereisen de plug-in Customer Service Management, en die is op deze instantie niet geïnstalleerd. Genereer de pincode vanuit een incident, of vraag uw ServiceNow-beheerder de plug-in te installeren.',
        'pin.error.record_not_found':
            'Het record is niet gevonden of u mag het niet lezen. Sla het record op, laad het opnieuw en probeer het nog eens.',
        'pin.error.record_inactive': 'Dit record is gesloten. Heropen het, of genereer de pincode vanuit een actief record.',
        'pin.error.record_read_only':
            'U kunt dit record lezen, maar niet wijzigen of er werknotities aan toevoegen, en een pincode schrijft erop. Vraag uw ServiceNow-beheerder of de toewijzingsgroep om schrijfrechten.',
        'pin.error.email_not_unique':
            'Uw e-mailadres, {0}, hoort bij meer dan één actieve ServiceNow-gebruiker, dus LogMeIn Rescue kan niet bepalen welke technicus u bent. Vraag uw ServiceNow-beheerder om elke gebruiker een eigen e-mailadres te geven en probeer het daarna opnieuw.',
        'pin.error.no_email':
            'Uw ServiceNow-gebruiker heeft geen e-mailadres, en uw e-mailadres is uw SSO-ID voor LogMeIn Rescue. Vul uw e-mailadres in uw gebruikersprofiel in (of vraag uw ServiceNow-beheerder dat te doen) en probeer het opnieuw.',
        'pin.error.save_failed':
            'LogMeIn Rescue gaf een pincode uit, maar de instantie kon die niet vastleggen. Probeer het opnieuw; blijft dit gebeuren, vraag dan uw ServiceNow-beheerder het systeemlogboek te bekijken.',
        'pin.error.internal':
            'Er ging iets mis bij het genereren van de pincode. Probeer het opnieuw; blijft dit gebeuren, vraag dan uw ServiceNow-beheerder het systeemlogboek te bekijken (bron x_rescue_connect).',
        'pin.error.button_off_incidents':
            'Rescue-pincodes genereren vanuit incidenten staat uit ({0}). Vraag uw ServiceNow-beheerder ernaar als u het nodig hebt.',
        'pin.error.button_off_cases':
            'Rescue-pincodes genereren vanuit cases staat uit ({0}). Vraag uw ServiceNow-beheerder ernaar als u het nodig hebt.',
        'pin.error.settings_incomplete':
            'LogMeIn Rescue is nog niet ingesteld. Vraag uw ServiceNow-beheerder {0} in te vullen in LogMeIn Rescue > Instellingen.',
        'pin.error.settings_invalid': 'Vraag uw ServiceNow-beheerder LogMeIn Rescue > Instellingen te corrigeren: {0}',
        'pin.error.no_caller':
            'Dit incident heeft geen beller, dus Rescue zou niet weten voor wie de pincode is. Vul de beller in, sla op en probeer het opnieuw.',
        'pin.error.no_contact':
            'Deze case heeft geen contactpersoon, dus Rescue zou niet weten voor wie de pincode is. Vul de contactpersoon in, sla op en probeer het opnieuw.',
        'pin.error.no_customer_incident':
            'Dit incident heeft geen klant (veld {0}), dus Rescue zou niet weten voor wie de pincode is. Vul de klant in (veld {0}), sla op en probeer het opnieuw.',
        'pin.error.no_customer_case':
            'Deze case heeft geen klant (veld {0}), dus Rescue zou niet weten voor wie de pincode is. Vul de klant in (veld {0}), sla op en probeer het opnieuw.',
        'pin.error.technician_email_not_unique':
            'Het e-mailadres van de technicus, {0}, hoort bij meer dan één actieve ServiceNow-gebruiker, dus LogMeIn Rescue kan niet zien welke technicus het is. Vraag uw ServiceNow-beheerder elke gebruiker een eigen e-mailadres te geven.',
        'pin.error.technician_no_email':
            'De technicus {0} heeft geen e-mailadres, en het e-mailadres van een technicus is zijn of haar LogMeIn Rescue SSO-ID. Voeg het toe aan het gebruikersprofiel en probeer het opnieuw.',
        'pin.error.technician_no_role':
            'De technicus {0} heeft de rol x_rescue_connect.user niet, dus er kan geen pincode voor hem of haar worden gegenereerd. Vraag uw ServiceNow-beheerder de rol toe te kennen.',
        'pin.error.technician_unknown': 'De technicus is geen actieve ServiceNow-gebruiker. Geef een actieve gebruiker op als technicus.',
        'pin.error.runner_cannot_write':
            'De gebruiker waaronder deze aanvraag draait, mag dit record niet bewerken, en een pincode voegt er een werknotitie aan toe. Vraag uw ServiceNow-beheerder de flow of het script te laten draaien als een gebruiker die het record mag bewerken.',
        'pin.error.no_customer_record':
            'Dit record heeft geen klant (veld {0}), dus Rescue zou niet weten voor wie de pincode is. Vul de klant in (veld {0}), sla op en probeer het opnieuw.',
        'pin.error.table_not_task':
            'De tabel {0} (genoemd in {1}) is op deze instantie niet geïnstalleerd of is geen taaktabel, dus er kan geen pincode vanuit worden gegenereerd. Vraag uw ServiceNow-beheerder {1} te corrigeren.',

        'pin.success.tell_customer':
            'Zeg tegen de klant: ga naar www.LogMeIn123.com en voer pincode {0} in (of open de deelnamelink), accepteer daarna de download en wacht op de technicus.',
        'pin.success.reused':
            'U hebt deze pincode om {0} voor deze registratie gekregen en hij is nog niet gebruikt, dus hij wordt opnieuw getoond: geen nieuwe pincode, geen nieuwe werknotitie.',
        'pin.success.customer_emailed': 'De klant heeft de link en de pincode ook per e-mail ontvangen.',
        'pin.success.customer_email_missing': 'De klant heeft geen e-mailadres, dus er is niets naar de klant gemaild.',
        'pin.success.work_note_missing':
            'De werknotitie kon niet aan het record worden toegevoegd; noteer de pincode daar zelf als u die nodig hebt.',
        'pin.work_note': 'Rescue-pincode {0} gegenereerd door {1} voor {2}.',
        'pin.work_note_no_customer': 'Rescue-pincode {0} gegenereerd door {1}.',
        'pin.modal.title': 'LogMeIn Rescue-pincode',
        'pin.modal.pin_for_customer': 'Rescue-pincode voor de klant:',
        'pin.modal.pin_aria': 'Pincode',
        'pin.modal.copy': 'Pincode kopiëren',
        'pin.modal.copied': 'Gekopieerd.',
        'pin.modal.copy_failed': 'Selecteer de pincode en druk op Ctrl+C om hem te kopiëren.',
        'pin.modal.join_link': 'Deelnamelink voor de klant: {0}',
        'pin.modal.info_fallback': 'Rescue-pincode {0}. {1}',

        'config.must_be_boolean': 'Eigenschap {0} moet true of false zijn.',
        'config.must_be_choice': 'Eigenschap {0} moet een van {1} zijn.',
        'config.must_be_field': 'Eigenschap {0} moet een veldnaam zijn, zoals {1}.',
        'config.must_be_digits': 'Eigenschap {0} mag alleen cijfers bevatten (de bedrijfs-ID van Rescue).',
        'config.must_be_timeout': 'Eigenschap {0} moet een geheel aantal milliseconden van {1} tot {2} zijn.',
        'config.must_be_minutes': 'Eigenschap {0} moet een geheel aantal minuten van {1} tot {2} zijn.',
        'config.must_be_path': 'Eigenschap {0} moet een pad op de Rescue-host zijn, zoals {1}.',
        'config.must_be_language': 'Eigenschap {0} moet een taalcode zijn, zoals nl of de (of leeg voor de taal van de instantie).',
        'config.not_a_field': 'Eigenschap {0} moet een veld van {1} noemen.',
        'config.must_be_customer_fields':
            "Eigenschap {0} moet een door komma's gescheiden lijst van paren tabel=veld zijn, zoals problem=opened_by, één per tabel.",
        'config.must_be_tables': "Eigenschap {0} moet een door komma's gescheiden lijst van tabelnamen zijn, zoals incident,problem.",
        'list.two': '{0} en {1}',
        'list.sentences': '{0} {1}',

        'page.test.title': 'LogMeIn Rescue: verbinding testen',
        'page.test.intro':
            'Controleert de bedrijfs-ID en het SSO-wachtwoord uit LogMeIn Rescue > Instellingen door bij Rescue aan te melden met uw eigen SSO-ID (uw ServiceNow-e-mailadres).',
        'page.test.run': 'Verbinding testen',
        'page.test.asking': 'LogMeIn Rescue wordt gevraagd…',
        'page.token.title': 'LogMeIn Rescue: tokenconfiguratie',
        'page.token.intro':
            'Tokenconfiguratie meldt het serviceaccount uit LogMeIn Rescue > Instellingen bij deze instantie aan met de registratie uit het OAuth-toepassingsregister die u kiest, en stuurt het vernieuwingstoken, de naam van de instantie, de bedrijfs-ID en de client-ID en het clientgeheim van de registratie via HTTPS naar de gehoste connector van Rescue voor uw regio. Alleen registraties die in het toepassingsbereik {0} zijn gemaakt, worden aangeboden. Elke uitvoering wordt vastgelegd als Rescue-tokenaanvraag; er wordt geen geheim op opgeslagen.',
        'page.token.application': 'OAuth-toepassing',
        'page.token.run': 'Tokenconfiguratie uitvoeren',
        'page.token.running': 'De tokenconfiguratie loopt: het serviceaccount wordt aangemeld en het token naar Rescue gestuurd…',
        'page.token.open_request': 'Open de tokenaanvraag; daarin staat elke stap',
        'connection.ok': 'Verbonden: LogMeIn Rescue op {0} accepteerde de bedrijfs-ID en het SSO-wachtwoord voor {1}.',
        'connection.not_admin': 'Alleen LogMeIn Rescue-beheerders (rol x_rescue_connect.admin) kunnen de verbinding testen.',
        'connection.table_ignored': 'Genegeerd: {0} staat in {1}, maar is hier niet geïnstalleerd of is geen taaktabel.',
        // Test Connection's outcomes, for the admin on that page: what happened, then the next step.
        'connection.failed_disabled': 'Niet getest: de integratie staat uit ({0}).',
        'connection.failed_settings': 'Niet getest: deze instellingen hebben waarden die de app niet kan gebruiken.',
        'connection.setting_problem': '{0}: {1}',
        'connection.failed_missing': 'Niet getest: deze instellingen zijn leeg.',
        'connection.setting_missing': '{0} ({1})',
        'connection.next.not_admin':
            'Volgende stap: als u deze integratie configureert, vraag dan een ServiceNow-beheerder u de rol x_rescue_connect.admin te geven.',
        'connection.failed_no_email':
            'Niet getest: uw gebruiker heeft geen e-mailadres, en Verbinding testen meldt zich met dat adres als uw SSO-ID aan bij LogMeIn Rescue.',
        'connection.failed_email_shared':
            'Niet getest: uw e-mailadres {0} hoort bij meer dan één actieve gebruiker, dus LogMeIn Rescue kan niet bepalen welke technicus u bent.',
        'connection.failed_internal': 'Niet getest: er ging iets mis in de app.',
        'connection.failed_login': 'Geen verbinding: LogMeIn Rescue op {0} weigerde de bedrijfs-ID en het SSO-wachtwoord.',
        'connection.failed_technician':
            'Geen verbinding: LogMeIn Rescue op {0} accepteerde het bedrijf, maar niet {1} als technicus ({2}).',
        'connection.failed_network': 'Geen verbinding: de instantie kreeg geen antwoord van LogMeIn Rescue op {0} ({1}).',
        'connection.failed_other': 'Geen verbinding: LogMeIn Rescue op {0} antwoordde "{1}", wat de app niet verwachtte.',
        'connection.next.ok':
            'Volgende stap: agenten kunnen nu pincodes genereren. Stel bij elke technicusgroep onder Post to URL het sessie-eindpunt van deze instantie in, zodat sessiegegevens hier aankomen (of voer de tokenconfiguratie uit als u de gehoste connector gebruikt).',
        'connection.next.disabled':
            'Volgende stap: zet de integratie aan in LogMeIn Rescue > Instellingen, sla op en voer Verbinding testen opnieuw uit.',
        'connection.next.settings':
            'Volgende stap: corrigeer deze instellingen in LogMeIn Rescue > Instellingen, sla op en voer Verbinding testen opnieuw uit.',
        'connection.next.missing':
            'Volgende stap: vul deze instellingen in bij LogMeIn Rescue > Instellingen, sla op en voer Verbinding testen opnieuw uit.',
        'connection.next.no_email':
            'Volgende stap: voeg uw e-mailadres toe aan uw gebruikersprofiel en voer Verbinding testen opnieuw uit.',
        'connection.next.email_shared': 'Volgende stap: geef elke gebruiker een eigen e-mailadres en voer Verbinding testen opnieuw uit.',
        'connection.next.login':
            'Volgende stap: neem de bedrijfs-ID en het SSO-wachtwoord uit het Rescue-beheercentrum (Algemene Instellingen > Single sign-on) over in LogMeIn Rescue > Instellingen, sla op en voer Verbinding testen opnieuw uit.',
        'connection.next.technician':
            'Volgende stap: stel in het Rescue-beheercentrum de single sign-on-ID van een actieve technicus in op {0} (uw e-mailadres), of voer Verbinding testen uit als een beheerder wiens e-mailadres de SSO-ID van een technicus is.',
        'connection.next.network':
            'Volgende stap: controleer de uitgaande HTTPS-verbinding van de instantie met {0} (firewall, proxy) en de regio-instellingen (EU, Enterprise) in LogMeIn Rescue > Instellingen, en voer Verbinding testen opnieuw uit.',
        'connection.next.system_log':
            'Volgende stap: zet API-logboekregistratie aan in LogMeIn Rescue > Instellingen, voer Verbinding testen opnieuw uit en bekijk het systeemlogboek (bron x_rescue_connect).',

        'note.started': 'LogMeIn Rescue-sessie {0} gestart door {1}.',
        'note.started_with_customer': 'LogMeIn Rescue-sessie {0} gestart door {1} met {2}.',
        'note.ended': 'LogMeIn Rescue-sessie {0} beëindigd (technicus {1}).',
        'note.ended_at': 'LogMeIn Rescue-sessie {0} beëindigd op {1} (technicus {2}).',
        'note.ended_work_time': 'LogMeIn Rescue-sessie {0} beëindigd, werktijd {1} (technicus {2}).',
        'note.ended_at_work_time': 'LogMeIn Rescue-sessie {0} beëindigd op {1}, werktijd {2} (technicus {3}).',
        'note.unknown_technician': 'een onbekende technicus',
        'note.technician_unknown': 'onbekend',
        'note.line': '{0}: {1}',
        'note.line_multiline': '{0}:\n{1}',
        'note.unnamed_field': '(zonder naam)',
        'note.minutes': '{0} min',
        'note.seconds': '{0} s',
        'note.minutes_seconds': '{0} min {1} s',
        'note.hours': '{0} u',
        'note.hours_minutes': '{0} u {1} min',
        'note.size_bytes': '{0} B',
        'note.size_kb': '{0},{1} kB',
        'note.size_mb': '{0},{1} MB',
        'note.size_gb': '{0},{1} GB',
        'note.variable.SessionID': 'Sessie-ID',
        'note.variable.TechName': 'Technicus',
        'note.variable.TechEmail': 'E-mailadres technicus',
        'note.variable.TechSSOID': 'SSO-ID technicus',
        'note.variable.TechID': 'Technicus-ID',
        'note.variable.TechDescr': 'Omschrijving technicus',
        'note.variable.CField0': 'Naam klant',
        'note.variable.CField1': 'Aangepast veld 1',
        'note.variable.CField2': 'Aangepast veld 2',
        'note.variable.CField3': 'Aangepast veld 3',
        'note.variable.CField4': 'Aangepast veld 4',
        'note.variable.CField5': 'Aangepast veld 5',
        'note.variable.Tracking0': 'Tracking',
        'note.variable.Platform': 'Platform',
        'note.variable.WaitingTime': 'Wachttijd',
        'note.variable.PickupTime': 'Opgepakt',
        'note.variable.WorkTime': 'Werktijd',
        'note.variable.ClosingTime': 'Gesloten',
        'note.variable.LastActionTime': 'Laatste actie',
        'note.variable.Transmitted': 'Overgedragen',
        'note.variable.Notes': 'Notities technicus',
        'note.variable.ChatLog': 'Chatlog',
        'note.chat_log_attachment_one_line': '{0}: 1 regel, in de bijlage {1} van het Rescue-sessierecord.',
        'note.chat_log_attachment': '{0}: {1} regels, in de bijlage {2} van het Rescue-sessierecord.',

        'time_worked.comment': 'LogMeIn Rescue-sessie {0}, technicus {1}.',
        'time_worked.technician_with_address': '{0} ({1})',
        'time_worked.no_address':
            'Rescue stuurde geen SSO-ID of e-mailadres voor de technicus, dus deze registratie noemt geen ServiceNow-gebruiker.',
        'time_worked.several_users':
            'Meer dan één actieve ServiceNow-gebruiker heeft het e-mailadres {0}, dus deze registratie noemt geen van hen.',
        'time_worked.no_user': 'Geen actieve ServiceNow-gebruiker heeft het e-mailadres {0}, dus deze registratie noemt geen gebruiker.',

        'console.short_description': 'LogMeIn Rescue-sessie {0} (Technician Console)',
        'console.description':
            'Aangemaakt door de LogMeIn Rescue-integratie voor sessie {0}, die {1} startte vanuit de Rescue Technician Console (zonder pincode uit ServiceNow). De sessiegegevens staan in de werknotities.',
        'console.a_technician': 'een technicus',
        'console.given_by_customer': 'Door de klant opgegeven in LogMeIn Rescue (niet gecontroleerd):',
        'console.not_shown': '{0}: ({1} tekens, hier niet getoond; het Rescue-sessierecord bewaart ze)',

        'email.technician.subject': 'LogMeIn Rescue-pincode {0}',
        'email.technician.generated': 'U hebt LogMeIn Rescue-pincode {0} gegenereerd voor {1} ({2}: {3}).',
        'email.technician.join':
            'De klant neemt deel via {0} of door de pincode in te voeren op www.LogMeIn123.com. De sessie wacht daarna op u in de Rescue Technician Console.',
        'email.customer.subject': 'Uw sessie voor hulp op afstand',
        'email.customer.greeting': 'Beste {0},',
        'email.customer.intro': '{0} wil verbinding maken met uw computer om u te helpen.',
        'email.customer.open_link': 'Open {0} en volg de instructies, of ga naar www.LogMeIn123.com en voer deze pincode in:',
        'email.customer.ignore': 'Hebt u niet om hulp gevraagd? Dan kunt u deze e-mail negeren.',

        'token.inactive_entry': '{0} (inactief)',
        'token.no_external_clients':
            'Er bestaat geen OAuth API-eindpunt voor externe clients in het toepassingsbereik {0} ({1}). Zet de toepassingskiezer op {0}, maak er een aan onder Systeem OAuth > Toepassingsregister > Nieuw > "Een OAuth API-eindpunt maken voor externe clients" en laad deze pagina daarna opnieuw.',
        'token.configured_entry_missing':
            'Er is geen OAuth API-eindpunt voor externe clients met de naam uit instelling {0}; kies er hieronder een of corrigeer de instelling.',
        'token.missing_company_id':
            'Vul de bedrijfs-ID van Rescue ({0}) in bij LogMeIn Rescue > Instellingen; de connector legt het token onder die ID vast.',
        'token.missing_username':
            'Vul de gebruikers-ID van het serviceaccount ({0}) in bij LogMeIn Rescue > Instellingen; het token wordt voor dat account uitgegeven.',
        'token.missing_password':
            'Vul het wachtwoord van het serviceaccount ({0}) in bij LogMeIn Rescue > Instellingen; de tokenconfiguratie meldt zich daar één keer mee aan.',
        'token.entry_gone':
            'De registratie in het OAuth-toepassingsregister die u koos, bestaat niet in het toepassingsbereik {0}. Zet de toepassingskiezer op {0}, maak er een aan onder Systeem OAuth > Toepassingsregister > Nieuw > "Een OAuth API-eindpunt maken voor externe clients" en kies die op het formulier Tokenconfiguratie.',
        'token.entry_not_named':
            'Er is geen registratie in het OAuth-toepassingsregister met de naam uit instelling {0}. Zet de toepassingskiezer op {1} en maak er een aan onder Systeem OAuth > Toepassingsregister > Nieuw > "Een OAuth API-eindpunt maken voor externe clients", of corrigeer de naam in LogMeIn Rescue > Instellingen.',
        'token.entry_wrong_type':
            'De registratie "{0}" in het OAuth-toepassingsregister is van het type "{1}" en geen OAuth API-eindpunt voor externe clients, dus de instantie geeft er geen tokens voor uit. Zet de toepassingskiezer op {2}, maak er een aan onder Systeem OAuth > Toepassingsregister > Nieuw > "Een OAuth API-eindpunt maken voor externe clients" en kies die.',
        'token.entry_type_none': 'geen',
        'token.entry_inactive':
            'De registratie "{0}" in het OAuth-toepassingsregister is inactief. Open haar onder Systeem OAuth > Toepassingsregister, vink Actief aan en voer de tokenconfiguratie opnieuw uit.',
        'token.entry_no_client':
            'De registratie "{0}" in het OAuth-toepassingsregister heeft geen client-ID of clientgeheim. Open haar onder Systeem OAuth > Toepassingsregister, sla haar op zodat het platform beide aanmaakt, en voer de tokenconfiguratie opnieuw uit.',
        'token.grant_timeout':
            'Het OAuth-tokenendpoint van de instantie, {0}, antwoordde niet binnen {1} ms. Probeer het opnieuw; blijft dit gebeuren, verhoog dan {2}.',
        'token.grant_unreachable':
            'Het OAuth-tokenendpoint van de instantie, {0}, was niet bereikbaar ({1}). Controleer of de plug-in OAuth 2.0 actief is en of de instantie haar eigen URL mag aanroepen.',
        'token.grant_not_oauth':
            'Het OAuth-tokenendpoint van de instantie, {0}, antwoordde met iets wat geen OAuth-tokenantwoord is. Controleer of de plug-in OAuth 2.0 actief is.',
        'token.grant_no_refresh_token':
            'De instantie gaf geen vernieuwingstoken uit voor "{0}". Geef de registratie een levensduur voor vernieuwingstokens groter dan 0 en voer de tokenconfiguratie opnieuw uit.',
        'token.grant_invalid_client':
            'De instantie weigerde de client-ID en het clientgeheim van de registratie "{0}" in het OAuth-toepassingsregister. Open de registratie, sla haar zo nodig op met een nieuw clientgeheim, en voer de tokenconfiguratie opnieuw uit.',
        'token.grant_refused':
            'De instantie weigerde het serviceaccount "{0}" aan te melden (HTTP {1}). Corrigeer het wachtwoord in {2} en controleer of het account actief is, niet is geblokkeerd en webservices mag gebruiken.',
        'token.grant_refused_with_error':
            'De instantie weigerde het serviceaccount "{0}" aan te melden (HTTP {1}, {2}). Corrigeer het wachtwoord in {3} en controleer of het account actief is, niet is geblokkeerd en webservices mag gebruiken.',
        'token.grant_http_error':
            'Het OAuth-tokenendpoint van de instantie, {0}, antwoordde met HTTP {1}. Controleer of de plug-in OAuth 2.0 actief is en probeer het opnieuw.',
        'token.connector_timeout':
            'De connector van Rescue op {0} antwoordde niet binnen {1} ms. Probeer het later opnieuw; blijft dit gebeuren, verhoog dan {2}.',
        'token.connector_unreachable':
            'De connector van Rescue op {0} was niet bereikbaar ({1}). Controleer of de instantie https://{0} mag aanroepen (firewall, proxy, regels voor de MID Server).',
        'token.region_redirect':
            'Regio komt niet overeen: uw Rescue-bedrijf draait in het datacenter {0} ({1}), maar in de instellingen is {2} ({3}) gekozen. Stel {4} in volgens uw Rescue-account en voer de tokenconfiguratie opnieuw uit.',
        'token.region_unknown_company':
            'Regio komt niet overeen: de connector van Rescue op {0} (datacenter {1}) kent bedrijf {2} niet (HTTP {3}). Staat uw Rescue-account in een ander datacenter, stel dan {4} daarop in; gaf LogMeIn u een ander connectorpad, stel dan {5} in.',
        'token.region_unknown_company_said':
            'Regio komt niet overeen: de connector van Rescue op {0} (datacenter {1}) kent bedrijf {2} niet (HTTP {3}: {4}). Staat uw Rescue-account in een ander datacenter, stel dan {5} daarop in; gaf LogMeIn u een ander connectorpad, stel dan {6} in.',
        'token.connector_rejected':
            'De connector van Rescue op {0} weigerde het token (HTTP {1}). Controleer de bedrijfs-ID van Rescue in {2} en of LogMeIn de ServiceNow-connector voor uw bedrijf heeft ingeschakeld, en voer de tokenconfiguratie opnieuw uit.',
        'token.connector_rejected_said':
            'De connector van Rescue op {0} weigerde het token (HTTP {1}: {2}). Controleer de bedrijfs-ID van Rescue in {3} en of LogMeIn de ServiceNow-connector voor uw bedrijf heeft ingeschakeld, en voer de tokenconfiguratie opnieuw uit.',
        'token.connector_http_error':
            'De connector van Rescue op {0} antwoordde met HTTP {1}. Probeer het later opnieuw; blijft dit gebeuren, neem dan contact op met de support van LogMeIn en vermeld het logboek van deze tokenaanvraag.',
        'token.connector_http_error_said':
            'De connector van Rescue op {0} antwoordde met HTTP {1}: {2}. Probeer het later opnieuw; blijft dit gebeuren, neem dan contact op met de support van LogMeIn en vermeld het logboek van deze tokenaanvraag.',
        'token.region.global': 'wereldwijd',
        'token.region.eu': 'EU',
        'token.region.enterprise': 'Enterprise',
        'token.nothing_picked':
            'Er is geen registratie in het OAuth-toepassingsregister gekozen en {0} is leeg. Kies er een op het formulier Tokenconfiguratie, of vul de naam in bij LogMeIn Rescue > Instellingen.',
        'token.step_read_entry':
            'Registratie "{0}" in het OAuth-toepassingsregister gelezen (een OAuth API-eindpunt voor externe clients; de vernieuwingstokens zijn {1} dagen geldig).',
        'token.step_read_entry_default':
            'Registratie "{0}" in het OAuth-toepassingsregister gelezen (een OAuth API-eindpunt voor externe clients; de vernieuwingstokens zijn de standaard {1} dagen van het platform geldig, omdat de registratie geen levensduur opgeeft).',
        'token.step_token_issued': 'Het OAuth-tokenendpoint van de instantie gaf een vernieuwingstoken uit voor het serviceaccount "{0}".',
        'token.step_sent':
            'Het vernieuwingstoken, de instancenaam "{0}", de bedrijfs-ID en de client-ID en het clientgeheim van de registratie zijn naar de connector van Rescue op {1} gestuurd; die heeft ze geaccepteerd (HTTP {2}).',
        'token.succeeded':
            'Tokenconfiguratie is gelukt: de connector van Rescue bereikt deze instantie nu als "{0}". Het vernieuwingstoken verloopt op {1}; beheerders krijgen vanaf {2} dagen daarvoor dagelijks een e-mail, tot de tokenconfiguratie opnieuw is uitgevoerd.',
        'token.settings_invalid': 'De tokenconfiguratie kan pas worden uitgevoerd als de instellingen zijn gecorrigeerd: {0}',
        'token.not_admin': 'Alleen LogMeIn Rescue-beheerders (rol x_rescue_connect.admin) kunnen Tokenconfiguratie uitvoeren.',
        'token.last_success': 'De laatste geslaagde tokenconfiguratie stuurde een vernieuwingstoken dat verloopt op {0}.',
        'token.never_succeeded': 'De tokenconfiguratie is op deze instantie nog niet gelukt.',
        'token.expiry_no_admin_expires':
            'Het vernieuwingstoken verloopt op {0}, maar geen actieve gebruiker heeft de rol x_rescue_connect.admin, dus er is niemand gemaild.',
        'token.expiry_no_admin_expired':
            'Het vernieuwingstoken is verlopen op {0}, maar geen actieve gebruiker heeft de rol x_rescue_connect.admin, dus er is niemand gemaild.',
        'token.expiry_one_admin_expired':
            '1 beheerder gemaild: het vernieuwingstoken is verlopen op {0}; de connector van Rescue kan niets meer versturen tot de tokenconfiguratie opnieuw is uitgevoerd.',
        'token.expiry_admins_expired':
            '{0} beheerders gemaild: het vernieuwingstoken is verlopen op {1}; de connector van Rescue kan niets meer versturen tot de tokenconfiguratie opnieuw is uitgevoerd.',
        'token.expiry_one_admin_one_day': '1 beheerder gemaild: het vernieuwingstoken verloopt op {0}, over 1 dag.',
        'token.expiry_one_admin_days': '1 beheerder gemaild: het vernieuwingstoken verloopt op {0}, over {1} dagen.',
        'token.expiry_admins_one_day': '{0} beheerders gemaild: het vernieuwingstoken verloopt op {1}, over 1 dag.',
        'token.expiry_admins_days': '{0} beheerders gemaild: het vernieuwingstoken verloopt op {1}, over {2} dagen.',

        'email.token.subject': 'LogMeIn Rescue: voer de tokenconfiguratie opnieuw uit, het connectortoken verloopt op {0}',
        'email.token.expires':
            'Het OAuth-vernieuwingstoken waarmee de gehoste connector van LogMeIn Rescue deze instantie bereikt, verloopt op {0} (resterende dagen: {1}).',
        'email.token.after': 'Zodra het is verlopen, kan Rescue via de connector geen sessiegegevens meer naar ServiceNow versturen.',
        'email.token.action':
            'Open {0} en voer het opnieuw uit. U krijgt deze herinnering één keer per dag, totdat de tokenconfiguratie opnieuw is gelukt.',
        'email.token.menu_path': 'LogMeIn Rescue > Tokenconfiguratie',

        'note.from_report':
            'De gegevens van deze sessie komen uit het sessierapport van LogMeIn Rescue, omdat de verzending van de sessie niet is aangekomen.',
        'recovery.settings.no_token': 'Sessieherstel heeft een Rescue-API-token nodig in {0}.',
        'recovery.settings.bad_nodes':
            "Sessieherstel heeft een of meer Rescue-knooppunt-ID's nodig (cijfers, gescheiden door komma's) in {0}.",
        'recovery.token.ok': 'Het API-token werkt: LogMeIn Rescue op {0} accepteerde het voor sessierapporten.',
        'recovery.token.no_settings': 'Het API-token is niet getest: sessieherstel staat aan, maar {0} of {1} is leeg of ongeldig.',
        'recovery.token.refused':
            'Het API-token werkt niet: LogMeIn Rescue op {0} weigerde het ({1}). Genereer een nieuw API-token in het Rescue Admin Center (een Master Administrator kan dat) en sla het op in LogMeIn Rescue > Instellingen.',
        'recovery.token.unreachable': 'Het API-token kon niet worden getest: LogMeIn Rescue op {0} gaf geen antwoord ({1}).',
        'recovery.token.unreadable': 'Het API-token kon niet worden getest: LogMeIn Rescue op {0} antwoordde {1}, wat deze app niet kent.',
        'recovery.run.never': 'Sessieherstel is nog niet uitgevoerd.',
        'recovery.run.failed': 'Laatste herstelrun: {0}, knooppunt {1}, mislukt ({2}); er is geen sessie hersteld.',
        'recovery.run.done': 'Laatste herstelrun: {0}, knooppunt {1}. Gelezen rapportregels: {2}; herstelde sessies: {3}; fouten: {4}.',
        'email.missing.subject': 'LogMeIn Rescue: sessiegegevens zijn niet aangekomen ({0})',
        'email.missing.count':
            'Sessies van in ServiceNow gegenereerde pincodes zijn meer dan een uur geleden beëindigd, maar LogMeIn Rescue heeft hun gegevens nooit verzonden: {0}. De app heeft ze hersteld uit het sessierapport.',
        'email.missing.check_post_url':
            'Controleer in het Rescue Admin Center de Post-to-URL-instellingen van elke techniciansgroep: de URL voor het begin en einde van de sessie, en de ServiceNow-gebruiker en het wachtwoord waarmee wordt verzonden.',
        'email.missing.check_token':
            'Als Rescue via de gehoste connector verzendt, controleer dan of het token van de connector nog geldig is (LogMeIn Rescue > Tokenconfiguratie).',
    },
    labels: {
        tables: {
            x_rescue_connect_session: {
                label: 'Rescue-sessie',
                plural: 'Rescue-sessies',
                columns: {
                    task: 'Taak',
                    pin: 'Pincode',
                    tracking_id: 'Trackingwaarde',
                    rescue_session_id: 'Rescue-sessie-ID',
                    technician: 'Technicus',
                    tech_id: 'Rescue-technicus-ID',
                    tech_sso_id: 'SSO-ID technicus',
                    tech_name: 'Naam technicus',
                    tech_email: 'E-mailadres technicus',
                    customer_name: 'Naam klant',
                    state: 'Status',
                    source: 'Bron',
                    waiting_time: 'Wachttijd (s)',
                    work_time: 'Werktijd (s)',
                    waiting_duration: 'Wachttijd',
                    work_duration: 'Werktijd',
                    pickup_time: 'Opgepakt',
                    closing_time: 'Gesloten',
                    last_action_time: 'Laatste actie',
                    transmitted_bytes: 'Overgedragen bytes',
                    platform: 'Platform',
                    last_post_received: 'Laatste post ontvangen',
                    recovery: 'Hersteld uit rapport',
                    recovered_at: 'Hersteld op',
                    time_worked_entry: 'Tijdregistratie (gewerkte tijd)',
                    chat_log_attachment: 'Bijlage met chatlog',
                    chat_log_chars: 'Lengte chatlog (tekens)',
                    chat_log_lines: 'Regels chatlog',
                    post_hashes: 'Vingerafdrukken verwerkte posts',
                    posts: 'Ontvangen posts (JSON)',
                },
                choices: {
                    state: {
                        pin_issued: 'Pincode uitgegeven',
                        started: 'Gestart',
                        ended: 'Beëindigd',
                        failed: 'Mislukt',
                        expired: 'Verlopen',
                    },
                    source: { servicenow: 'ServiceNow', console: 'Technician Console' },
                    recovery: { recovered: 'Hersteld uit het sessierapport', posted_late: 'Hersteld, daarna laat verzonden' },
                },
            },
            x_rescue_connect_token_request: {
                label: 'Rescue-tokenaanvraag',
                plural: 'Rescue-tokenaanvragen',
                columns: {
                    state: 'Status',
                    oauth_application: 'OAuth-toepassing',
                    region: 'Regio',
                    connector_host: 'Connectorhost',
                    expires_on: 'Vernieuwingstoken verloopt op',
                    last_warning_sent: 'Laatste verloopwaarschuwing verstuurd',
                    message: 'Bericht',
                    steps: 'Stappen',
                },
                choices: {
                    state: { new: 'Nieuw', running: 'Bezig', succeeded: 'Gelukt', failed: 'Mislukt' },
                    region: { global: 'Wereldwijd', eu: 'EU', enterprise: 'Enterprise' },
                },
            },
            x_rescue_connect_recovery_run: {
                label: 'Rescue-herstelrun',
                plural: 'Rescue-herstelruns',
                columns: {
                    node: 'Rescue-knooppunt',
                    state: 'Status',
                    window_start: 'Begin van het venster',
                    window_end: 'Einde van het venster',
                    report_called_at: 'Rapport opgevraagd',
                    finished: 'Klaar',
                    rows_read: 'Gelezen rapportregels',
                    sessions_recovered: 'Herstelde sessies',
                    errors: 'Fouten',
                    failure: 'Fout',
                    missing_email_sent: 'E-mail over ontbrekende gegevens verstuurd',
                },
                choices: {
                    state: { running: 'Bezig', succeeded: 'Gelukt', failed: 'Mislukt' },
                },
            },
        },
        fields: {
            menu_title: 'LogMeIn Rescue',
            menu_hint: 'Integratie met LogMeIn Rescue voor hulp op afstand',
            module_settings: 'Instellingen',
            module_settings_hint: 'Bedrijfs-ID, SSO-wachtwoord, knoppen, werknotities en e-mailinstellingen',
            module_sessions: 'Sessies',
            module_sessions_hint: 'Uitgegeven pincodes en sessies gemeld door LogMeIn Rescue',
            module_test_connection: 'Verbinding testen',
            module_test_connection_hint: 'De bedrijfs-ID en het SSO-wachtwoord controleren bij LogMeIn Rescue',
            module_reports: 'Rapporten',
            module_reports_hint: 'Sessies per week, werktijd per technicus, wachttijd tot het oppakken, sessies per platform',
            module_token_setup: 'Tokenconfiguratie',
            module_token_setup_hint: 'De instantie koppelen aan de gehoste connector van Rescue (OAuth-vernieuwingstoken)',
            ui_action_name: 'Rescue-pincode genereren',
            ui_action_hint: 'Een LogMeIn Rescue-pincode genereren voor de klant van dit record',
            settings_title: 'Instellingen LogMeIn Rescue',
        },
    },
} satisfies LanguagePack
