import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'acl-auth-code-create': {
                        table: 'sys_security_acl'
                        id: '80224b8a721f485793b08207cddbd1da'
                    }
                    'acl-auth-code-delete': {
                        table: 'sys_security_acl'
                        id: '2ab6818d1213449481eed84da75d5073'
                    }
                    'acl-auth-code-read': {
                        table: 'sys_security_acl'
                        id: '2275f25f767e44bbb1d63185c55481b1'
                    }
                    'acl-auth-code-write': {
                        table: 'sys_security_acl'
                        id: 'f0335496f96a412f9b6bbaaf2873fe5e'
                    }
                    'acl-rescue-admin-ajax': {
                        table: 'sys_security_acl'
                        id: '7b0fda9ccadf4ef2a05735c6e699a458'
                    }
                    'acl-rescue-pin-ajax': {
                        table: 'sys_security_acl'
                        id: '5e40da49798940d9b9d8bcaee1be8e7f'
                    }
                    'acl-rest-session-details': {
                        table: 'sys_security_acl'
                        id: '3185c512e0144da68f5cfa1b6361837c'
                    }
                    'acl-session-create': {
                        table: 'sys_security_acl'
                        id: '91f6715c7380480197ad304ddc884149'
                    }
                    'acl-session-delete': {
                        table: 'sys_security_acl'
                        id: 'ddd98e46a1cf4149a88a087d51327f6a'
                    }
                    'acl-session-read': {
                        table: 'sys_security_acl'
                        id: '5de3497056974c799d9df7c4264736d9'
                    }
                    'acl-session-write': {
                        table: 'sys_security_acl'
                        id: 'd345b9bbbe1541a68a140f2eb3dc103f'
                    }
                    'acl-test-connection-page': {
                        table: 'sys_security_acl'
                        id: '910f5c2cf98c432cb00bc29bb599322a'
                    }
                    'acl-token-request-create': {
                        table: 'sys_security_acl'
                        id: '63f0ef7d25f7402f8e51f050267d061d'
                    }
                    'acl-token-request-delete': {
                        table: 'sys_security_acl'
                        id: '32c90ef867b64d5d8487b3b66fc874c1'
                    }
                    'acl-token-request-read': {
                        table: 'sys_security_acl'
                        id: '920283ff6dd343ce89db1de89dcef8cf'
                    }
                    'acl-token-request-write': {
                        table: 'sys_security_acl'
                        id: 'a0ed2d119dac4d089bb9cbf350f19c24'
                    }
                    'acl-token-setup-page': {
                        table: 'sys_security_acl'
                        id: '7ff043f046d94b1aa436bef0b56d94df'
                    }
                    'atf-auth-integration': {
                        table: 'sys_auth_profile_basic'
                        id: '581e9356419740c1989706144e187510'
                    }
                    'atf-auth-no-role': {
                        table: 'sys_auth_profile_basic'
                        id: 'b09af36e87c0426c8fd79cb66c9ea6e0'
                    }
                    'atf-pin-ajax-empty-settings': {
                        table: 'sys_atf_test'
                        id: 'bf009d68b44449e0a65e8a4e849c9692'
                    }
                    'atf-pin-ajax-empty-settings-agent': {
                        table: 'sys_atf_step'
                        id: '302e5ef7a2ad4085981c710b00680f30'
                    }
                    'atf-pin-ajax-empty-settings-call': {
                        table: 'sys_atf_step'
                        id: '2052d8d54c4d46bcb136381243be59f9'
                    }
                    'atf-pin-ajax-empty-settings-clear': {
                        table: 'sys_atf_step'
                        id: 'accd3cc92ca24de7bae867b18c307fbc'
                    }
                    'atf-pin-ajax-empty-settings-incident': {
                        table: 'sys_atf_step'
                        id: '57a4c14631f44258ad688d5590c68dfa'
                        deleted: true
                    }
                    'atf-pin-button-visible': {
                        table: 'sys_atf_test'
                        id: 'edc0086a54be4a65a881690b576adae9'
                    }
                    'atf-pin-button-visible-agent': {
                        table: 'sys_atf_step'
                        id: '54a95164f8dd4c01b256b01589228db4'
                    }
                    'atf-pin-button-visible-check': {
                        table: 'sys_atf_step'
                        id: 'd06671d055454568bbe6e8361b7c588e'
                    }
                    'atf-pin-button-visible-incident': {
                        table: 'sys_atf_step'
                        id: '674f5a0ce18143a2b6773851d7ed0777'
                    }
                    'atf-pin-button-visible-open': {
                        table: 'sys_atf_step'
                        id: 'd6dc93c2cda64e81b370f13fa656c18f'
                    }
                    'atf-pin-button-visible-settings': {
                        table: 'sys_atf_step'
                        id: '733b67c11aee4819a6e9e69d451ed425'
                    }
                    'atf-session-401': {
                        table: 'sys_atf_test'
                        id: '79c5cc01b73b4dbc9d241650c20fb95c'
                    }
                    'atf-session-401-send': {
                        table: 'sys_atf_step'
                        id: 'ad927978113c4024a4d8bc30f9a28352'
                    }
                    'atf-session-401-status': {
                        table: 'sys_atf_step'
                        id: 'ae5daaa7f5e94f62a723e80283e16b3e'
                    }
                    'atf-session-403': {
                        table: 'sys_atf_test'
                        id: '8125c83a9095432c93f99520f44dee17'
                    }
                    'atf-session-403-none-stored': {
                        table: 'sys_atf_step'
                        id: '048a5c73e3a0453e8895b73faab94b75'
                    }
                    'atf-session-403-send': {
                        table: 'sys_atf_step'
                        id: 'bb89a921afd0435a88e331fbb2ea52f1'
                    }
                    'atf-session-403-status': {
                        table: 'sys_atf_step'
                        id: 'a0161e49548647b9b42df5c97bb2e683'
                    }
                    'atf-session-stores': {
                        table: 'sys_atf_test'
                        id: '64a29d3679b044418e5e5a5ce34cbf73'
                    }
                    'atf-session-stores-cleanup': {
                        table: 'sys_atf_step'
                        id: '68d8c3a51e284b2098d76dbd0fff92fb'
                    }
                    'atf-session-stores-query': {
                        table: 'sys_atf_step'
                        id: '4c39cc6b3dcb458c94f259f44a024d00'
                    }
                    'atf-session-stores-send': {
                        table: 'sys_atf_step'
                        id: 'd03907300f594834b187d4cd3b82c0bf'
                    }
                    'atf-session-stores-status': {
                        table: 'sys_atf_step'
                        id: '0fc72606b65843b59ba82475fd20cca5'
                    }
                    'atf-token-setup-form': {
                        table: 'sys_atf_test'
                        id: '5b60b85c9e6a464fbd40881c949155e2'
                    }
                    'atf-token-setup-form-default': {
                        table: 'sys_atf_step'
                        id: '6e34a337bac04f0f9b05f54e1623b636'
                    }
                    'atf-token-setup-form-entry': {
                        table: 'sys_atf_step'
                        id: '604759000a944b83a20af9e4463580be'
                    }
                    'atf-token-setup-form-request': {
                        table: 'sys_atf_step'
                        id: 'e968a294c8c046ed92d4b0a447de593e'
                    }
                    'atf-token-setup-form-submit': {
                        table: 'sys_atf_step'
                        id: 'e7743af41810490a8ee43cc791503e00'
                    }
                    'atf-user-integration': {
                        table: 'sys_user'
                        id: '3844189864f34454bd215bc82d1af337'
                    }
                    'atf-user-integration-role': {
                        table: 'sys_user_has_role'
                        id: '34766bcbc1924f89a493f6b4428e29f9'
                    }
                    'atf-user-no-role': {
                        table: 'sys_user'
                        id: 'ad595bd6e5284f16a5b40776a1b30217'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '46daed8a89f041da9b05f081d381f8d0'
                    }
                    'cross-scope-read-oauth-entity': {
                        table: 'sys_scope_privilege'
                        id: '6d12c7ef2ee646d087df3fea4aeadad5'
                    }
                    'cross-scope-read-sys-user': {
                        table: 'sys_scope_privilege'
                        id: '37c610c956e94717952b90d1e5c91c00'
                    }
                    'cross-scope-read-sys-user-has-role': {
                        table: 'sys_scope_privilege'
                        id: '320d28ac503d41e98a667baf83830582'
                    }
                    'cross-scope-read-sys-user-role': {
                        table: 'sys_scope_privilege'
                        id: '8efbfeed2f534dd2951bdffbe6b57944'
                    }
                    'event-pin-email-customer': {
                        table: 'sysevent_register'
                        id: '706713c49dc444279d98aee514a25f16'
                    }
                    'event-pin-email-technician': {
                        table: 'sysevent_register'
                        id: '705ad068c4bd41d79d491ee6283dfbfc'
                    }
                    'event-token-expiring': {
                        table: 'sysevent_register'
                        id: '8666a0c7f9b64dc98ee6348e9046e12f'
                    }
                    'i18n-field-de-menu_hint': {
                        table: 'sys_translated'
                        id: '0a6828a1a2b24047b3b9587d467180c1'
                    }
                    'i18n-field-de-menu_title': {
                        table: 'sys_translated'
                        id: '97023520dbdb42fe986bef0d689ec209'
                    }
                    'i18n-field-de-module_sessions': {
                        table: 'sys_translated'
                        id: '480717dbde80417b9a00dec7aba3c671'
                    }
                    'i18n-field-de-module_sessions_hint': {
                        table: 'sys_translated'
                        id: '08e749fd959142919996d12c33d3cafd'
                    }
                    'i18n-field-de-module_settings': {
                        table: 'sys_translated'
                        id: 'fa3fc7a74eb843d485658c70d967fc57'
                    }
                    'i18n-field-de-module_settings_hint': {
                        table: 'sys_translated'
                        id: 'b5917c5949a74daf89e5dcfb700b901d'
                    }
                    'i18n-field-de-module_test_connection': {
                        table: 'sys_translated'
                        id: '2a17fcaa23f7444dbe3b1fef723840ca'
                    }
                    'i18n-field-de-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: '98fff82e0bef43b9acc9ef6ce6d7731c'
                    }
                    'i18n-field-de-module_token_setup': {
                        table: 'sys_translated'
                        id: 'ba28f8f2fa544bdf94748e6c22b6ef16'
                    }
                    'i18n-field-de-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '0a4fa416516c4a5fb80eadfa7af148d5'
                    }
                    'i18n-field-de-settings_title': {
                        table: 'sys_translated'
                        id: '756ff3fce04c421ca67af308d7fb44e7'
                    }
                    'i18n-field-de-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '23906344a5c947ecb505aa84c19dbd08'
                    }
                    'i18n-field-de-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: 'b4fa128fc8874f3e965725794c1d7ea7'
                    }
                    'i18n-field-de-ui_action_name': {
                        table: 'sys_translated'
                        id: 'd1036e1e882c49d0ac383cdb6b79e8e9'
                    }
                    'i18n-field-fr-menu_hint': {
                        table: 'sys_translated'
                        id: '781b3812011244dfa5730188997e6f81'
                    }
                    'i18n-field-fr-menu_title': {
                        table: 'sys_translated'
                        id: 'b15be2621ccd4aec809737a6ccc0b971'
                    }
                    'i18n-field-fr-module_sessions': {
                        table: 'sys_translated'
                        id: '7adadbe778424796b43c6bbe6f2cbfc4'
                    }
                    'i18n-field-fr-module_sessions_hint': {
                        table: 'sys_translated'
                        id: '079efab3d3994c03b741ec24d9f875bf'
                    }
                    'i18n-field-fr-module_settings': {
                        table: 'sys_translated'
                        id: 'd5dc105c6b7c42c8ae5b370c46d25b0b'
                    }
                    'i18n-field-fr-module_settings_hint': {
                        table: 'sys_translated'
                        id: '1e14607abb0549238d5e2cb04f2246c4'
                    }
                    'i18n-field-fr-module_test_connection': {
                        table: 'sys_translated'
                        id: 'fe6e4662ec2c4af4be6845ffaa503dd8'
                    }
                    'i18n-field-fr-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: '5b6b9805b5f044daa91a47a4916518cf'
                    }
                    'i18n-field-fr-module_token_setup': {
                        table: 'sys_translated'
                        id: 'b55cace52e36485d86b4904f0cad7512'
                    }
                    'i18n-field-fr-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '67363ec286a0442ebdedc6d3d1f44d44'
                    }
                    'i18n-field-fr-settings_title': {
                        table: 'sys_translated'
                        id: 'a0a22829f3c549deaacac8c7956917a3'
                    }
                    'i18n-field-fr-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '367bbf3e5d724b5e8fcc56c6ef89e99e'
                    }
                    'i18n-field-fr-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: '0dde7bec2b924a9cbd4ec70f1cf59f8d'
                    }
                    'i18n-field-fr-ui_action_name': {
                        table: 'sys_translated'
                        id: '4266b45c8d84425185194c59387f0a97'
                    }
                    'i18n-field-nl-menu_hint': {
                        table: 'sys_translated'
                        id: '75949826d883401e9fd24b7220de1203'
                    }
                    'i18n-field-nl-menu_title': {
                        table: 'sys_translated'
                        id: 'b746ef738acc48249a08edc557fd9cfc'
                    }
                    'i18n-field-nl-module_sessions': {
                        table: 'sys_translated'
                        id: 'bd6a7a69794e4030b224873aa4c307e0'
                    }
                    'i18n-field-nl-module_sessions_hint': {
                        table: 'sys_translated'
                        id: '2a7ed51d68184835b60b8fca7b40b4c2'
                    }
                    'i18n-field-nl-module_settings': {
                        table: 'sys_translated'
                        id: 'b4740a3b6c6549d09d245f983528e8ef'
                    }
                    'i18n-field-nl-module_settings_hint': {
                        table: 'sys_translated'
                        id: '61826c08cd8e4786976c88ae80197fb0'
                    }
                    'i18n-field-nl-module_test_connection': {
                        table: 'sys_translated'
                        id: '0f1be2e9198343b19d59f24d1784bd6e'
                    }
                    'i18n-field-nl-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: '8c49a59f669144709248c02ee3bc1294'
                    }
                    'i18n-field-nl-module_token_setup': {
                        table: 'sys_translated'
                        id: '57b24ac7b36d483094533cfaf31e6708'
                    }
                    'i18n-field-nl-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '2e672ad748eb4cbba1bcc26def220aab'
                    }
                    'i18n-field-nl-settings_title': {
                        table: 'sys_translated'
                        id: '103e8a8be9ce403f8b635c573589a486'
                    }
                    'i18n-field-nl-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '1410a148d6864a958fcbca2db8d5c016'
                    }
                    'i18n-field-nl-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: 'bda7d27917e24fa39d6d7075fdb9746d'
                    }
                    'i18n-field-nl-ui_action_name': {
                        table: 'sys_translated'
                        id: 'fbac43989e294e5f8257e071290d8414'
                    }
                    'i18n-message-de-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: '2be69740c07c48969b050faa36ca7e9c'
                    }
                    'i18n-message-de-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '5a8b878a06354561bfc9a49947e092aa'
                    }
                    'i18n-message-de-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '76dcaa8dca214dcda9a1d309fc16db09'
                    }
                    'i18n-message-de-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '5c0331420ea948f091b0f1e69342e1db'
                    }
                    'i18n-message-de-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: 'be6e571488704f6a9cf6bed819eb07bb'
                    }
                    'i18n-message-de-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '7799ede4db64478587e4dd5984b6d338'
                    }
                    'i18n-message-de-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'f46b1f40779649d6a43d1a6e50c398c3'
                    }
                    'i18n-message-de-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: '1ba6ef5cd33045dc98d677821b45cdb2'
                    }
                    'i18n-message-de-connection.failed': {
                        table: 'sys_ui_message'
                        id: 'a4872678bbb14decb70f4783f185c547'
                    }
                    'i18n-message-de-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: 'b436eae19d1f428384680ebb20f62500'
                    }
                    'i18n-message-de-connection.ok': {
                        table: 'sys_ui_message'
                        id: '55889e4231f448128c2139401c9471f9'
                    }
                    'i18n-message-de-console.a_technician': {
                        table: 'sys_ui_message'
                        id: 'c96f6c4079774e98bd134364253e99ba'
                    }
                    'i18n-message-de-console.description': {
                        table: 'sys_ui_message'
                        id: '0c5e2695e23c41c5b6ed0cacd01c877a'
                    }
                    'i18n-message-de-console.short_description': {
                        table: 'sys_ui_message'
                        id: 'b85f446c22f243cc97d959eec3ceef9d'
                    }
                    'i18n-message-de-console.short_description_with_customer': {
                        table: 'sys_ui_message'
                        id: 'b33d0b4efd1f4307ba42a1e53a9ab7e4'
                    }
                    'i18n-message-de-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '5271f1001b52404aa278b289bef42c05'
                    }
                    'i18n-message-de-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '5b31fb060d32485bb957d96a1b671c57'
                    }
                    'i18n-message-de-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '991b127d5b024dca83ae99303bd7e106'
                    }
                    'i18n-message-de-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: '4ba8080264f14dd4b78dfc663dbaf32b'
                    }
                    'i18n-message-de-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '8ce7b3b20538446c82ef367f7c1c0198'
                    }
                    'i18n-message-de-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '92493f4f33134080846442dbd5e478d2'
                    }
                    'i18n-message-de-email.technician.join': {
                        table: 'sys_ui_message'
                        id: 'fc707a7b4b624b3fb48494cc4d281716'
                    }
                    'i18n-message-de-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: 'f19ad0e3878f4c779de962ce17cf6912'
                    }
                    'i18n-message-de-email.token.action': {
                        table: 'sys_ui_message'
                        id: 'bf732e786a744cd9858d183eee56624e'
                    }
                    'i18n-message-de-email.token.after': {
                        table: 'sys_ui_message'
                        id: 'aa48535e81944651878c949d9f3baef4'
                    }
                    'i18n-message-de-email.token.expires': {
                        table: 'sys_ui_message'
                        id: 'c7ddb3fdebe241ed98bcb3f3a88d4376'
                    }
                    'i18n-message-de-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: '361f8b1b06e2452291ce9a8b6b702aff'
                    }
                    'i18n-message-de-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '1a0a1710d7ca4a6ebf539f3e137f065b'
                    }
                    'i18n-message-de-list.sentences': {
                        table: 'sys_ui_message'
                        id: '1d2bfe3206a34431a553bf3f93ea4c5e'
                    }
                    'i18n-message-de-list.two': {
                        table: 'sys_ui_message'
                        id: '39ee998703cf47a9893410e6b7289f87'
                    }
                    'i18n-message-de-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: '55e7bbd7e7064a8888dc3f93568c882e'
                    }
                    'i18n-message-de-note.ended': {
                        table: 'sys_ui_message'
                        id: '9a4cfff6b57442c0907084ca6599f5e1'
                    }
                    'i18n-message-de-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '55224352191d4034a712a664fb8722e4'
                    }
                    'i18n-message-de-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: '5054190879dd492997432ab8e86625c1'
                    }
                    'i18n-message-de-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: 'dd18638d125f4c89ac7ee70d68368518'
                    }
                    'i18n-message-de-note.line': {
                        table: 'sys_ui_message'
                        id: 'e8b6565b15e54bfeaaea458bc0037ad1'
                    }
                    'i18n-message-de-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: 'a7c7edf35cb443df95c1bbedad2846f0'
                    }
                    'i18n-message-de-note.minutes': {
                        table: 'sys_ui_message'
                        id: '189343fecb9846d187c92d6b4bdf4c19'
                    }
                    'i18n-message-de-note.seconds': {
                        table: 'sys_ui_message'
                        id: '537cbffad7cc48debbc6f51920ba3efc'
                    }
                    'i18n-message-de-note.started': {
                        table: 'sys_ui_message'
                        id: '57de1523029747fca928e64c31f468c4'
                    }
                    'i18n-message-de-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '84e5f40f710c45b0a4f60fd8492c917e'
                    }
                    'i18n-message-de-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: '6368f62aaf9d4c3e874269b5bd24f1f1'
                    }
                    'i18n-message-de-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: '30253f128f28461d9043d8198318f126'
                    }
                    'i18n-message-de-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '4be24c9c85094adaa10bf0022cbc4c7d'
                    }
                    'i18n-message-de-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: 'd8b1689a559a46cc8474dee58ef52569'
                    }
                    'i18n-message-de-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: '32976c300a08444391a4b096c31f861f'
                    }
                    'i18n-message-de-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: 'de29507d5d414b82a210da4607644f3d'
                    }
                    'i18n-message-de-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: 'e0e2a49603ae4e57a3bc32463b3bfa1c'
                    }
                    'i18n-message-de-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '989b092bd2b546fb98221aa7e1af508a'
                    }
                    'i18n-message-de-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '4c8811b3f5da4c32aea67ba16575475e'
                    }
                    'i18n-message-de-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '52d1c34e313d4e7faac5f4c8f27da765'
                    }
                    'i18n-message-de-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '092280fbed0b4244bcf3eef9d4e0362c'
                    }
                    'i18n-message-de-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '2c49ecf7a87b43a88739e7fb4d499b03'
                    }
                    'i18n-message-de-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: 'e434bbae64184b628fcfef667dab1956'
                    }
                    'i18n-message-de-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: 'c94207a79c6d4ea3b66a93bb9f611b59'
                    }
                    'i18n-message-de-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: 'ea9c968e4efd4cf3a23ed6cdda5d493a'
                    }
                    'i18n-message-de-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: 'ae02de4436eb4b50a14a0eb3fe919662'
                    }
                    'i18n-message-de-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: 'b3b6c55deecf48f19be1885e36d99c5e'
                    }
                    'i18n-message-de-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '5e8383362c34418ea6ef1ce800d1bd70'
                    }
                    'i18n-message-de-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: 'b6cb468789e3485eb7532e6d71581059'
                    }
                    'i18n-message-de-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: 'dfeb093a9b1b4af0b4cd925ef81fb77c'
                    }
                    'i18n-message-de-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '5dc928db55cc46ceb4673ed4a8b84b49'
                    }
                    'i18n-message-de-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: '06f9a2d206ed45f8850e8a24d1ce5726'
                    }
                    'i18n-message-de-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '13c75632000745f6b439c4bd2b1de69d'
                    }
                    'i18n-message-de-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: 'c9a8542221cf4adebc51d3cca1a37cd9'
                    }
                    'i18n-message-de-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '511d4bbb94974202b3376e0ae935eca6'
                    }
                    'i18n-message-de-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: 'c4e9c9fe36a44d07b1e81751145d3b14'
                    }
                    'i18n-message-de-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '6114ca2ae531414eb9eb5c7a00aca12a'
                    }
                    'i18n-message-de-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '44ce64eaf9b043c3b522beedc54bde1d'
                    }
                    'i18n-message-de-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: 'e08db12bf2ad42349c3d52924a4528f5'
                    }
                    'i18n-message-de-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '906b2e55bdd847e094317a93e4023ecc'
                    }
                    'i18n-message-de-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: '470843cf1b8243e1b98a5fba780800e2'
                    }
                    'i18n-message-de-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '8aae9169f55d4660b5d183962c0a2b09'
                    }
                    'i18n-message-de-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: 'bea7e2ab0fb24028adc04bd745ec9337'
                    }
                    'i18n-message-de-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: '37d7cb5d64ee4d8394ddd61d5455b6c4'
                    }
                    'i18n-message-de-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: '5213527eabab4b9bbea395bde2487f83'
                    }
                    'i18n-message-de-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '6888f90b0b28433192bb2dab1f1292d6'
                    }
                    'i18n-message-de-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: 'f83f35cefe4a4f12b3cd3d8da6778ffe'
                    }
                    'i18n-message-de-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '9ed37a22c89f467faab51cbf7a7e97bf'
                    }
                    'i18n-message-de-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: 'e83b8c7d962142e2a3eff136748eedce'
                    }
                    'i18n-message-de-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: 'a2492575d59342e1b7a79f4b94275a1b'
                    }
                    'i18n-message-de-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '339210927ea64dbd87cf81261c61e9a8'
                    }
                    'i18n-message-de-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '369d5c3b975745b0aa7c757145e93dc2'
                    }
                    'i18n-message-de-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: '3131ae4e3ccc406a8c7c077549399eb6'
                    }
                    'i18n-message-de-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '577d7966ba8e45a9a6c6f98355f33799'
                    }
                    'i18n-message-de-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: 'fbceed0a3a7946efa459fe1ead115513'
                    }
                    'i18n-message-de-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '5d97f54c60304f12a96d503a31d5d287'
                    }
                    'i18n-message-de-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: 'bcb7adea405249dca6c8886833155187'
                    }
                    'i18n-message-de-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: 'ab204257bb8544febe3e858dec94f51f'
                    }
                    'i18n-message-de-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '89d3b6823b9942df9992634d69643b1c'
                    }
                    'i18n-message-de-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '59f66db502ec4aff82413443e2ed6c02'
                    }
                    'i18n-message-de-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '9971be176ed542acb97e6fdc0f725060'
                    }
                    'i18n-message-de-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: '756ede727c774f87a07fbeb495fe5cf7'
                    }
                    'i18n-message-de-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: 'bc5d7c43c6c14d33a5b04810ecd04541'
                    }
                    'i18n-message-de-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: 'bb71b215907d474292c1a0e988a946b3'
                    }
                    'i18n-message-de-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: 'a4b592bdba7c4d0d8dafe52c82818ced'
                    }
                    'i18n-message-de-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '92a5151bf66741969bbc28bd256c908a'
                    }
                    'i18n-message-de-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '34be586b14404ddf9f0db232ede8fe21'
                    }
                    'i18n-message-de-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: 'ea24acc5f1fa4b9296612a9879d01baf'
                    }
                    'i18n-message-de-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '6bdc7f370d814bc8abce883f8ba8c2a6'
                    }
                    'i18n-message-de-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '5200d2322bfd403291fa9434656f4b03'
                    }
                    'i18n-message-de-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: 'b75b0e6574ca4479836885c89e66dc81'
                    }
                    'i18n-message-de-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '9976314a7006436c985367c1ad572006'
                    }
                    'i18n-message-de-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '986edcc22b0c4814a4f232bd3856f31b'
                    }
                    'i18n-message-de-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: '5e0a311d3b5f4d7f95dc926efc106b38'
                    }
                    'i18n-message-de-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '9a8f85550f45474e8a756bb9eb2c2dad'
                    }
                    'i18n-message-de-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: 'ef49e1b76c5549d48ecc2d61d89d7d67'
                    }
                    'i18n-message-de-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '0b46cf3edf7645038f23ebf435f6d590'
                    }
                    'i18n-message-de-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: '4215b6c1939f405cb94f96be87a620b8'
                    }
                    'i18n-message-de-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: 'b79f432f18f54b4393729fff7ab9cfc1'
                    }
                    'i18n-message-de-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: 'e12f93f0394d497b86010631f7269583'
                    }
                    'i18n-message-de-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: '653e9de306f44008b217e61d93d8f409'
                    }
                    'i18n-message-de-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '515a363dcdea4e21837cf8a2ba477155'
                    }
                    'i18n-message-de-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '9ec9bec9d47f4c1a9506e7a71cc6eec9'
                    }
                    'i18n-message-de-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '70262ec0d72d426f863bbc4569b4a93a'
                    }
                    'i18n-message-de-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: '894e28ac647845d8884c194939500245'
                    }
                    'i18n-message-de-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: 'a12e356c10694ca9a381d91e31ee82c8'
                    }
                    'i18n-message-de-pin.work_note': {
                        table: 'sys_ui_message'
                        id: 'c3591bc5059543e4b1b18d3d7e96678a'
                    }
                    'i18n-message-de-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: 'b12d5f10ea2c4876b28082bdf22e6981'
                    }
                    'i18n-message-de-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: '2fbc78a9e8e941b3aa71a2f464dff116'
                    }
                    'i18n-message-de-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '45046f535ec64397a27c235b882c5db0'
                    }
                    'i18n-message-de-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '6148715f827546c989be17097b8a11d9'
                    }
                    'i18n-message-de-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '94ba89d8572641139c05b4a425729e76'
                    }
                    'i18n-message-de-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: 'b3568bd32f094c6eb5df16394b1666ac'
                    }
                    'i18n-message-de-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: '42cff419a83f4b17aa67b4cf70630169'
                    }
                    'i18n-message-de-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '7b4f6f740fbb401c875a95dc6db13ecb'
                    }
                    'i18n-message-de-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '5680c2d8fd6745d9bb23e174797ec9b9'
                    }
                    'i18n-message-de-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: 'd8f805b351eb468cbb302afb78108baa'
                    }
                    'i18n-message-de-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '12ed049eaebe495cbe69a72d7ff5b489'
                    }
                    'i18n-message-de-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: 'd94b92009c404d8c9094608750a407af'
                    }
                    'i18n-message-de-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: 'a2d5119c61da446d999a4b99978e20a9'
                    }
                    'i18n-message-de-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: '00ef459b59f24d7cb1000abda188245c'
                    }
                    'i18n-message-de-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '52872a7972f14315be865e6e094a45c9'
                    }
                    'i18n-message-de-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: 'e021e8745c944e2a84d632a00d21e8e8'
                    }
                    'i18n-message-de-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '963b147a41704d4eae788c5595210eb2'
                    }
                    'i18n-message-de-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: 'b055be0d6d164554a60ad67490dc411d'
                    }
                    'i18n-message-de-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '0a1b85d25b9740f0a5502d75e68f76ef'
                    }
                    'i18n-message-de-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '4f09e46984334ea68d6b367598e279d9'
                    }
                    'i18n-message-de-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'dab932901b8b4c87b49d61ffcf6502fa'
                    }
                    'i18n-message-de-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '3553d010fae0410f9036213c5f33e3ea'
                    }
                    'i18n-message-de-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: 'd317cbe6959c46149329165d316c080e'
                    }
                    'i18n-message-de-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: 'ab7f3e17ddb54b8c954239bf154aa185'
                    }
                    'i18n-message-de-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: 'd88c9fd78edd4a18bf7a1290d5255218'
                    }
                    'i18n-message-de-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '66308448595343ea97b0690133c106f3'
                    }
                    'i18n-message-de-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '4677f5dbc4e141ec8054e6ae9a9a3c58'
                    }
                    'i18n-message-de-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: 'c8f270855f774a0fa59305d1855944bc'
                    }
                    'i18n-message-de-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: '9fcf8037bd694b729ab0df0124f2cb81'
                    }
                    'i18n-message-de-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: '7ea496f3e2fa4ca293686ffd1e06994d'
                    }
                    'i18n-message-de-token.last_success': {
                        table: 'sys_ui_message'
                        id: 'ee80e7f5e1234fefadafce9c0d1e6db7'
                    }
                    'i18n-message-de-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: '654f959ae8cc488b9187e3a7e785e54f'
                    }
                    'i18n-message-de-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '5e54bd24c47e40a98f96f623b34895fb'
                    }
                    'i18n-message-de-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '222b35a530bd421f95f624e915aa6864'
                    }
                    'i18n-message-de-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '626de1e76f534e32bc10143d5395815a'
                    }
                    'i18n-message-de-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '4dc2f58705b44d609ecc54e38579a786'
                    }
                    'i18n-message-de-token.not_admin': {
                        table: 'sys_ui_message'
                        id: 'b1ac8bba7a494f4189a34e6f53d216ac'
                    }
                    'i18n-message-de-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: '62ec6ac3754148b78c9cdac0a70f6615'
                    }
                    'i18n-message-de-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: '9b3c695f9d484f6c97757f6cbf87cdfd'
                    }
                    'i18n-message-de-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: 'f1f7399c059d4104bb40183a28506515'
                    }
                    'i18n-message-de-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: 'f911c5c7000945d68486edac78b599bb'
                    }
                    'i18n-message-de-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: '02b43ce5420e4101a68c2b8bcde8b6e5'
                    }
                    'i18n-message-de-token.region.eu': {
                        table: 'sys_ui_message'
                        id: '097a7cdbd9e24054b8997129d025ce87'
                    }
                    'i18n-message-de-token.region.global': {
                        table: 'sys_ui_message'
                        id: '537ed6d2a38e4df69aba1a31d3d7ee0a'
                    }
                    'i18n-message-de-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '9a6f25cdddc0408f9f1d39608778b852'
                    }
                    'i18n-message-de-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: 'b5721432c9c84066836fca94987e931e'
                    }
                    'i18n-message-de-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '6cc3360ae929412aa0598353afe5242e'
                    }
                    'i18n-message-de-token.step_sent': {
                        table: 'sys_ui_message'
                        id: 'e1426c3aa72549dfa56dd58f23fbd6fb'
                    }
                    'i18n-message-de-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: 'd0b901a1de3d456a8694aed87e876f10'
                    }
                    'i18n-message-de-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '0d2dfb2ee3b648759badbc5509e15e37'
                    }
                    'i18n-message-en-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: 'b298902b6aad4d53b3deb4358528134c'
                    }
                    'i18n-message-en-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '81e8cac3693148e1b73a0db11a4bbaf2'
                    }
                    'i18n-message-en-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '563416897d464f988101849dee66a58e'
                    }
                    'i18n-message-en-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: 'd7136317091a4a3aab5e5f4d845e3c9c'
                    }
                    'i18n-message-en-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '32d3eab8252f4ff38c785e1382ebc6e9'
                    }
                    'i18n-message-en-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '6c4db6bf70604bb986dd51bad549552b'
                    }
                    'i18n-message-en-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'a25fd92ad53e4f0eb2b3e26a97d70e9b'
                    }
                    'i18n-message-en-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: 'efcec5fd3b1e48d1bf076d7cbf6dccf7'
                    }
                    'i18n-message-en-connection.failed': {
                        table: 'sys_ui_message'
                        id: '305c3aa7c3644bb7a13595b67e0d79e6'
                    }
                    'i18n-message-en-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '1e46b6c048b442f3860a617783dd420b'
                    }
                    'i18n-message-en-connection.ok': {
                        table: 'sys_ui_message'
                        id: '4d5a190358164e42989f71c36d5cd98a'
                    }
                    'i18n-message-en-console.a_technician': {
                        table: 'sys_ui_message'
                        id: '28b6590d88b8470da1cffacf8a2fd3a4'
                    }
                    'i18n-message-en-console.description': {
                        table: 'sys_ui_message'
                        id: 'c9deec2ef1f249d98bdb835acbf15f0b'
                    }
                    'i18n-message-en-console.short_description': {
                        table: 'sys_ui_message'
                        id: 'c4b1849009964caf84d28fcf785ee96c'
                    }
                    'i18n-message-en-console.short_description_with_customer': {
                        table: 'sys_ui_message'
                        id: '4353a0845064470b92875b3b4d310466'
                    }
                    'i18n-message-en-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '440dd4fa3f044bf6ab3d200ea7c7af0c'
                    }
                    'i18n-message-en-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '4beb56e356b14a9482d9e8bd6786de38'
                    }
                    'i18n-message-en-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '2f1321e47f18488ea0810527b39158b6'
                    }
                    'i18n-message-en-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: '5ad21979321e41638929968971ce408d'
                    }
                    'i18n-message-en-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: 'cbe70e8a1aed4e7c8fda35ac02f29f23'
                    }
                    'i18n-message-en-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '1d7355fb88ed4cd49ad2eb1d34ed9811'
                    }
                    'i18n-message-en-email.technician.join': {
                        table: 'sys_ui_message'
                        id: 'c720f7df97da4120964dbe83d29c2e76'
                    }
                    'i18n-message-en-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '0c61ac667e8a45aab467c05eaead2f42'
                    }
                    'i18n-message-en-email.token.action': {
                        table: 'sys_ui_message'
                        id: '63bd0c1bd3c74d34897a4c7dcc5a66f8'
                    }
                    'i18n-message-en-email.token.after': {
                        table: 'sys_ui_message'
                        id: 'da35b7b6ecde4dde98c37d67cf33fa26'
                    }
                    'i18n-message-en-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '6b6d53016e1c4233ad8584c4a402aea1'
                    }
                    'i18n-message-en-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: '44ee9cbfb4ab4948b5ec32050b6de88a'
                    }
                    'i18n-message-en-email.token.subject': {
                        table: 'sys_ui_message'
                        id: 'ae55ff6e79f643a28f425d8509abda86'
                    }
                    'i18n-message-en-list.sentences': {
                        table: 'sys_ui_message'
                        id: '5bff5e2cef7a4a5a99eea880f73ba376'
                    }
                    'i18n-message-en-list.two': {
                        table: 'sys_ui_message'
                        id: '0893334369544c59bce52b126656d678'
                    }
                    'i18n-message-en-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: '1718005accc9440da9bb3e284e78adc8'
                    }
                    'i18n-message-en-note.ended': {
                        table: 'sys_ui_message'
                        id: '072959a6f1c247d49101cb0d8ff59e43'
                    }
                    'i18n-message-en-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '27131310f050416ca48db1227c4fb06c'
                    }
                    'i18n-message-en-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: 'eed21254da4e4a698454e74d22d2646f'
                    }
                    'i18n-message-en-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: 'afede3554309496fa48336d22234742b'
                    }
                    'i18n-message-en-note.line': {
                        table: 'sys_ui_message'
                        id: '9637b978a39a4aacbc471ce933474721'
                    }
                    'i18n-message-en-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: 'b1907733e0ab4fdf91f011710ec481f5'
                    }
                    'i18n-message-en-note.minutes': {
                        table: 'sys_ui_message'
                        id: '6b7d0079dcab4d4fa2e24e0733e4968e'
                    }
                    'i18n-message-en-note.seconds': {
                        table: 'sys_ui_message'
                        id: '53fb236dd6f049e58e2ab652484c77a6'
                    }
                    'i18n-message-en-note.started': {
                        table: 'sys_ui_message'
                        id: '385bb3d8111544c8ae04103488ea2a0e'
                    }
                    'i18n-message-en-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: 'ea15840c279241dfb56fded6da00a05c'
                    }
                    'i18n-message-en-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: 'd6052e5123044889b9de717c5c2b96b6'
                    }
                    'i18n-message-en-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: 'cb5e3597148a4e3c89e558622d5b8fd3'
                    }
                    'i18n-message-en-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '82e8fa3d89c3428a98251d4c8380bb37'
                    }
                    'i18n-message-en-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: '073febe5bda44a83a3a6d691e079feb4'
                    }
                    'i18n-message-en-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: '28a835b9f49c4e7fb3cfe8f89418adc9'
                    }
                    'i18n-message-en-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: '1b0b7eca23f549bf862251ab159c12e7'
                    }
                    'i18n-message-en-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: '20c2405c6be74a6eafbaf6f6da219e66'
                    }
                    'i18n-message-en-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '6ec57e86f73c449c9149d0d375492362'
                    }
                    'i18n-message-en-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '2b71a03c0dd944a7a81f549967a578d8'
                    }
                    'i18n-message-en-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: 'b41bdce5f914462db93ba0a77b2662bf'
                    }
                    'i18n-message-en-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '1204f0cb653e486983e15043cde0bda0'
                    }
                    'i18n-message-en-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '3fe08da665814f3f82b49b6d1f469b6f'
                    }
                    'i18n-message-en-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '9b7ca3c8c94d4fa1bdf9e2c482a4f2e5'
                    }
                    'i18n-message-en-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: '29d887d6ce684dee96ad59428e227852'
                    }
                    'i18n-message-en-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '74b591e70d8443598363af682eb1b005'
                    }
                    'i18n-message-en-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '9fe2ef89ea4a4412983b63acca9b736b'
                    }
                    'i18n-message-en-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '470b949d77b742e38a778a81de36b177'
                    }
                    'i18n-message-en-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '02dab34b7b8a42d0a8049c9907487c9c'
                    }
                    'i18n-message-en-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: '55e0e57631564dd4a12c6ba29e8ba4ee'
                    }
                    'i18n-message-en-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: '21037efe031b47c3a34a9ca2c72faa07'
                    }
                    'i18n-message-en-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '5539fe61874d447ea62acc94bb336685'
                    }
                    'i18n-message-en-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: '8fc011cc02fd44b283b09edaa74cd436'
                    }
                    'i18n-message-en-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '0eb250ec3f8d4af784dd83b3bd69f732'
                    }
                    'i18n-message-en-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: '8d7dce65cb7e4016b384947054b6679b'
                    }
                    'i18n-message-en-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '007a1b53ad61452b918ced99840f4bdf'
                    }
                    'i18n-message-en-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: '29f1bde392e94cbbae843fc71f41ba37'
                    }
                    'i18n-message-en-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '720830fdcab443ff97262385682efa61'
                    }
                    'i18n-message-en-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '9ae99f7ac3cd4dfe8d631749b5325e2b'
                    }
                    'i18n-message-en-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: '8aca9d2f2ef04be6a09f8b600a2b99d8'
                    }
                    'i18n-message-en-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: 'fd56306ac8234716bfcb8c9013c01811'
                    }
                    'i18n-message-en-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: 'fa905ac1c5ff4930be11b02671a4cc27'
                    }
                    'i18n-message-en-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: 'cc0276a5effb4ba5a5e5111256ef82e2'
                    }
                    'i18n-message-en-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: '1c66b46278854e7b848663ec32146478'
                    }
                    'i18n-message-en-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: 'ebd30792b44b47cca8f4688818b83995'
                    }
                    'i18n-message-en-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: 'a1050810105e4d55964dc80286433166'
                    }
                    'i18n-message-en-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '935c65fc54304d39b5eb40b6ac4061a9'
                    }
                    'i18n-message-en-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: 'eb4ed675d5644dde847caf33217afd8e'
                    }
                    'i18n-message-en-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '022a741f811344869f4d7efc634aa64c'
                    }
                    'i18n-message-en-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: 'ea5be74054784ad7bce4248d172143e2'
                    }
                    'i18n-message-en-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: 'db4b854c8af2413aa984e8a8f92a1427'
                    }
                    'i18n-message-en-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: 'b4820c01a83742deb0a47be84c806543'
                    }
                    'i18n-message-en-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: 'edf774d17fe94544ac6ca1d2b6b65b20'
                    }
                    'i18n-message-en-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: '8da17a3f9b8143179c23fe02a801cb0d'
                    }
                    'i18n-message-en-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '95aebb843fde4bbca64710db02fe2fc1'
                    }
                    'i18n-message-en-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: 'faf1514848204345bb412f4be9bbf827'
                    }
                    'i18n-message-en-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: 'a842f6ece6644d5c9011006762355dea'
                    }
                    'i18n-message-en-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: '0b6db303e10c4f09badd789577f24bbc'
                    }
                    'i18n-message-en-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: '2bc94aef207c4d89a2e53d490bfa87bc'
                    }
                    'i18n-message-en-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '93bc4c0d96da4c4396bb935683085780'
                    }
                    'i18n-message-en-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: 'b1a613665c3a43d79790b72d7a8854f8'
                    }
                    'i18n-message-en-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '76d140435a4d41579c12806e5a325df5'
                    }
                    'i18n-message-en-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: '5a9b9e4db2ec4f529525344b4413fab5'
                    }
                    'i18n-message-en-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: '7d7358313fb54381a5d12fd3cf84388a'
                    }
                    'i18n-message-en-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: 'f07e73833d3443f3a8d3fe259ee20866'
                    }
                    'i18n-message-en-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: '088a10b590f245cda28ba121dd726066'
                    }
                    'i18n-message-en-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '669f3ef5aa234b788ebb8d3d28f007af'
                    }
                    'i18n-message-en-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '4f5d5b931f3c45778feaa9bfbb86734d'
                    }
                    'i18n-message-en-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: 'e1f9a77a5df64b45b5fb1700540f1460'
                    }
                    'i18n-message-en-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '8ff25021c94e4ae38d6df903d7593ce2'
                    }
                    'i18n-message-en-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '31da3b0633d84e229775da9f25b46099'
                    }
                    'i18n-message-en-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: 'b0dc5f82cfbd477b96344e4458bab162'
                    }
                    'i18n-message-en-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: 'baede33c39a249208697a4afc5142bc0'
                    }
                    'i18n-message-en-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: 'c0f29c6232f34f0b836771e0c56856d3'
                    }
                    'i18n-message-en-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: 'fff72c95e7e14359a2d287aeb63edf66'
                    }
                    'i18n-message-en-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '0863a0537ba84ac08b98f245d198ab76'
                    }
                    'i18n-message-en-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: 'b920dad749e34c4eaf190c2742db1e63'
                    }
                    'i18n-message-en-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '7bdad3e89fe64900ba8ab5cc75840f40'
                    }
                    'i18n-message-en-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: '2f889817e12345aa82265c71f0785c39'
                    }
                    'i18n-message-en-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '75430b57533442d5873f9173b8222f58'
                    }
                    'i18n-message-en-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '669d8850a0144b979df22104cb1dfdbb'
                    }
                    'i18n-message-en-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: 'f7835fa82d47478b8af47582cc0a9054'
                    }
                    'i18n-message-en-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: 'db1f615b7a534f0d8040ee9f51a73f90'
                    }
                    'i18n-message-en-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '04d1b065c6434ff28302462ba3e437b4'
                    }
                    'i18n-message-en-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: 'a7ca939ff56a4f73811bfa87e39bf19b'
                    }
                    'i18n-message-en-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: 'cf9411d5bb5f4024a85d9ae6784d2f2d'
                    }
                    'i18n-message-en-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: '2d1e4257280142c691b6d1e9f9da47dd'
                    }
                    'i18n-message-en-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '13a64d15065e4996b0d26eafb7491023'
                    }
                    'i18n-message-en-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: 'f5257e0044a2494dae0e9b5f628826e6'
                    }
                    'i18n-message-en-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: '14e608795b0545c69c28a73dc90ce499'
                    }
                    'i18n-message-en-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: 'f54ad1be9cf1414096045250148b3084'
                    }
                    'i18n-message-en-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: 'ab9b2a492ade4f5caf67484c1ac10b89'
                    }
                    'i18n-message-en-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '7faee27b8a2943db98af67b1646f0d0d'
                    }
                    'i18n-message-en-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: '9b71912c02d8445398d8c3db722d7884'
                    }
                    'i18n-message-en-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: '9c9537f3b6e141daa524e237a7812e1e'
                    }
                    'i18n-message-en-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '31bd8b2e61ef456390917fb5befaf384'
                    }
                    'i18n-message-en-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '5f5d99538b8746e49ffc6214814b80e9'
                    }
                    'i18n-message-en-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: 'e53761e0aab34a03b953ab328df774e6'
                    }
                    'i18n-message-en-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '67348403c2274d469e13013912f5e03d'
                    }
                    'i18n-message-en-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: '8baae086c2bc4a259b75fabb3c0e4b6c'
                    }
                    'i18n-message-en-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: '4deccff0c438418b98d5165c4ab3865f'
                    }
                    'i18n-message-en-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: '82ab8df49a824f1b8a3275c810f37491'
                    }
                    'i18n-message-en-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '7322f8a16e1b415d98695cbebf5e6528'
                    }
                    'i18n-message-en-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: '516b3fc4e0214aeab1522c72c4493641'
                    }
                    'i18n-message-en-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'fb2a9aaa9a934569a58bf3a0ed41ec3f'
                    }
                    'i18n-message-en-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '739ab4e67c3b46cd8e35b2dbae7fd1d1'
                    }
                    'i18n-message-en-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '3a3db20b8624457f99723f504c89da03'
                    }
                    'i18n-message-en-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '3918e6ba74954168960e61eccfd6bdfb'
                    }
                    'i18n-message-en-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'a0723470f3f045bface6b8f7e3c05096'
                    }
                    'i18n-message-en-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '13d70f58ff8148c3a67c77532cc31b37'
                    }
                    'i18n-message-en-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: 'dd24897ae45a4a5796557860d72cabdf'
                    }
                    'i18n-message-en-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '9ebdde4420ba44f2ad8925befb0e2a39'
                    }
                    'i18n-message-en-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '43560a4abafb4f3791c429e630bb03e4'
                    }
                    'i18n-message-en-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '68577c277dcb4a1b8065bad0d008e2f2'
                    }
                    'i18n-message-en-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '29c8b59da7514741840653fc91d448a1'
                    }
                    'i18n-message-en-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: '19f5160b15224745a8096ec7f5241514'
                    }
                    'i18n-message-en-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: '5e44f8b080a94cde9afb6d3af57c518b'
                    }
                    'i18n-message-en-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: '380a393e758645e8971df0658bc9cec7'
                    }
                    'i18n-message-en-token.last_success': {
                        table: 'sys_ui_message'
                        id: '2205bd0970f44017a7c334c749ce9a9c'
                    }
                    'i18n-message-en-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: 'f0fb26d016ea484e98a11ef3636803ec'
                    }
                    'i18n-message-en-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '86ba3ed66f5a429da669acf86d3435e0'
                    }
                    'i18n-message-en-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '09af94364d9740dbb117719524968219'
                    }
                    'i18n-message-en-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '5983d5c600a4419e869cab7000d4943e'
                    }
                    'i18n-message-en-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: 'de669718de7041cbad274e847994e6ae'
                    }
                    'i18n-message-en-token.not_admin': {
                        table: 'sys_ui_message'
                        id: '0ca75f2f84e34c07a5a7c756975ec948'
                    }
                    'i18n-message-en-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: 'de847768ba7841fb905e0bb986a93d1f'
                    }
                    'i18n-message-en-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: '30a975999e3f44ff9a1d9caf14b3ee80'
                    }
                    'i18n-message-en-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '969e80cc918a41868cff710c7f85279e'
                    }
                    'i18n-message-en-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: '5e4e8bc6d276418a8b6922f50ac32b48'
                    }
                    'i18n-message-en-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: '9c59046efd2041dea851b0db0f87c064'
                    }
                    'i18n-message-en-token.region.eu': {
                        table: 'sys_ui_message'
                        id: 'ad9967e6fb29454cb7f2024010be2627'
                    }
                    'i18n-message-en-token.region.global': {
                        table: 'sys_ui_message'
                        id: '4bbde5ef366f4d3b93c2f0542fc602ad'
                    }
                    'i18n-message-en-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '30c9284e877842119770080dc9257442'
                    }
                    'i18n-message-en-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '1381619d6f2049cc94ba89f31baeee94'
                    }
                    'i18n-message-en-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '3711dd9755294dc2a8c433053b75b585'
                    }
                    'i18n-message-en-token.step_sent': {
                        table: 'sys_ui_message'
                        id: '22c787a1968047c7b87693ab445c3ac2'
                    }
                    'i18n-message-en-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: '407e7a2663974053abbbe468f45257d6'
                    }
                    'i18n-message-en-token.succeeded': {
                        table: 'sys_ui_message'
                        id: 'ef5f22351ef84a648e4e7e6d086ca2ce'
                    }
                    'i18n-message-fr-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: '1449b93ce64441e7bb715095f9488339'
                    }
                    'i18n-message-fr-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '383a080e07d94f839d3c8ed8aee654f4'
                    }
                    'i18n-message-fr-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '1928e6144daa416fbb0937569f6e7b8c'
                    }
                    'i18n-message-fr-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '7c1880eeeb7042398ce86dcaa4876608'
                    }
                    'i18n-message-fr-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: 'e74a90c2905c4a049ad7fcb21132acfa'
                    }
                    'i18n-message-fr-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '10d823a9f63f4ddb9afe35a5b8b16aeb'
                    }
                    'i18n-message-fr-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: '0fa867d42cfc456598d182b165256b77'
                    }
                    'i18n-message-fr-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: 'dada90f7cce44d8dbf97e03e47e0756a'
                    }
                    'i18n-message-fr-connection.failed': {
                        table: 'sys_ui_message'
                        id: 'a167af3a7298484e955255ed0a2d78cd'
                    }
                    'i18n-message-fr-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: 'd599c5c6052a4205862540676cade15f'
                    }
                    'i18n-message-fr-connection.ok': {
                        table: 'sys_ui_message'
                        id: '487fda588d1e4147b03b03bf2f2a217b'
                    }
                    'i18n-message-fr-console.a_technician': {
                        table: 'sys_ui_message'
                        id: '6980d9053e2b475896fc24a8a7e6e341'
                    }
                    'i18n-message-fr-console.description': {
                        table: 'sys_ui_message'
                        id: '0202d5df7fa74176ac1a1f8599972f13'
                    }
                    'i18n-message-fr-console.short_description': {
                        table: 'sys_ui_message'
                        id: '27e8b886d06d4e6e9f3b8f37bbf0bf1f'
                    }
                    'i18n-message-fr-console.short_description_with_customer': {
                        table: 'sys_ui_message'
                        id: '9ae85cd5ae8b43c087590c7d706339c7'
                    }
                    'i18n-message-fr-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '3444f03347194a1f979480885c3f0bf8'
                    }
                    'i18n-message-fr-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: 'd2b15f879cd04296bf9bc1f9ec76bc40'
                    }
                    'i18n-message-fr-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '50708f4acc474e278173ce9186d0f4f6'
                    }
                    'i18n-message-fr-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: 'a73123d9ffac4423a1a0c40a2fcc40bf'
                    }
                    'i18n-message-fr-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '8ecb4d62e5554dda8528939226f9f052'
                    }
                    'i18n-message-fr-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '5559597bf09a4958a801f8b6a2e50666'
                    }
                    'i18n-message-fr-email.technician.join': {
                        table: 'sys_ui_message'
                        id: 'c8ab58eacf024e4c907b9363eb470f10'
                    }
                    'i18n-message-fr-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '08f63d45bcee46d3b502f3434a86d559'
                    }
                    'i18n-message-fr-email.token.action': {
                        table: 'sys_ui_message'
                        id: '042ded0f4a1440929ce39c8ee87b9af8'
                    }
                    'i18n-message-fr-email.token.after': {
                        table: 'sys_ui_message'
                        id: '82f9d58049db46d38c516eca35a87faa'
                    }
                    'i18n-message-fr-email.token.expires': {
                        table: 'sys_ui_message'
                        id: 'e360853311784830b4e456ac1730ab9d'
                    }
                    'i18n-message-fr-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: 'f9f5ec82aaf64e68928f22e00d95192b'
                    }
                    'i18n-message-fr-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '73ccc50df945468eb1af33309389b5c0'
                    }
                    'i18n-message-fr-list.sentences': {
                        table: 'sys_ui_message'
                        id: '61d05b2c5ffb40d297cca11fd7e2cad0'
                    }
                    'i18n-message-fr-list.two': {
                        table: 'sys_ui_message'
                        id: '39e77a194555409e8ddd3f6b5a59ffab'
                    }
                    'i18n-message-fr-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: 'd36422e520db4b53a6bdb6541ecfd273'
                    }
                    'i18n-message-fr-note.ended': {
                        table: 'sys_ui_message'
                        id: 'c76a25c33f17401599b9e8724af7f000'
                    }
                    'i18n-message-fr-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '9d97df572a89413f8c521d0272495a1c'
                    }
                    'i18n-message-fr-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: 'd35527604a16470780b487b9e699cedf'
                    }
                    'i18n-message-fr-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: 'f9cc654ac9e24dac9832dce795355d28'
                    }
                    'i18n-message-fr-note.line': {
                        table: 'sys_ui_message'
                        id: 'a67eb64e3f1c4aba84634a6f8818b407'
                    }
                    'i18n-message-fr-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: '498508cd3999461db0a3e30e08b9896c'
                    }
                    'i18n-message-fr-note.minutes': {
                        table: 'sys_ui_message'
                        id: '2f06e21c0c434a128ccd0cf26a6e5377'
                    }
                    'i18n-message-fr-note.seconds': {
                        table: 'sys_ui_message'
                        id: '98f22aa7669a49c085b442804df1ec8c'
                    }
                    'i18n-message-fr-note.started': {
                        table: 'sys_ui_message'
                        id: '9a69f38d25b24c9ab23711029e76392e'
                    }
                    'i18n-message-fr-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '7bc024a2152c41f8b1814942019f98af'
                    }
                    'i18n-message-fr-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: '1e277fa118574dffa3aadd67831dee19'
                    }
                    'i18n-message-fr-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: 'ed69bfb36d2247ddb5e804dab221d667'
                    }
                    'i18n-message-fr-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '86ba73fd149248a2bb7fd9a585ccb4d1'
                    }
                    'i18n-message-fr-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: 'c6ee3a62c2fb4047ad50cb0ce50fbcc1'
                    }
                    'i18n-message-fr-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: 'fe2b192e3f5b4631aea782a8cc15a9c7'
                    }
                    'i18n-message-fr-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: '73f85a18df694003a168453127dd1a01'
                    }
                    'i18n-message-fr-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: '7a48ee6816984e1f80e7c7d071a370a5'
                    }
                    'i18n-message-fr-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '9161ec8a0ffe40c9af254123fd933185'
                    }
                    'i18n-message-fr-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '4ab7f2b8299d42cab78733a9e218a90e'
                    }
                    'i18n-message-fr-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '56ba6f03d20e439eb141e731576e7a1f'
                    }
                    'i18n-message-fr-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '655329c91a79430f8d38e1e88f23cb92'
                    }
                    'i18n-message-fr-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '1af386657cd94f1e8cea6e8e3f6c6453'
                    }
                    'i18n-message-fr-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '5fd2a3e951ec4bf9867c8b83e6484a11'
                    }
                    'i18n-message-fr-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: '3824fe81216142ed940af261f06aac4f'
                    }
                    'i18n-message-fr-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '1228c949dbb04d84aa132848373c59c8'
                    }
                    'i18n-message-fr-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '9ca52cda5ce6494f85647f1857bc9afc'
                    }
                    'i18n-message-fr-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: 'aa116e7d594a498b832702e5cf9663fe'
                    }
                    'i18n-message-fr-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '5a3c92fe014a48d088c98cb8bb9d0554'
                    }
                    'i18n-message-fr-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: 'ded198001f714aaa88f610c70ac21f3b'
                    }
                    'i18n-message-fr-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: '97261ae107ff4e13861e68a58e397352'
                    }
                    'i18n-message-fr-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '8b2fa6e91c2a4b2a8dcacf7e04d74608'
                    }
                    'i18n-message-fr-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: 'a070b02e31a2477db02bab5f1857b8cd'
                    }
                    'i18n-message-fr-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: 'eeb4f0d2f8934a83a6edbe374427560c'
                    }
                    'i18n-message-fr-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: 'c301d2671d7a4f3e847c63273e5bda3c'
                    }
                    'i18n-message-fr-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '4ec579a303624d4b8b3511f8b70afc22'
                    }
                    'i18n-message-fr-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: '082e4865806f4047a1454dd6f64f8aa6'
                    }
                    'i18n-message-fr-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: 'c24e5be95b72416abfee8ac54718357f'
                    }
                    'i18n-message-fr-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '3b4a2e61c28e4aa18c2a761ce4a24a85'
                    }
                    'i18n-message-fr-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: '9f69fdfd82fb411088339707559ed66d'
                    }
                    'i18n-message-fr-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '1125685593f24495a5bbff301436716f'
                    }
                    'i18n-message-fr-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: 'd3ce29f6505341efa0f0dbf0a7d95cc7'
                    }
                    'i18n-message-fr-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '6ad5a38f25c545fb8d4e7d170b5b07b5'
                    }
                    'i18n-message-fr-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: '59144bc11719402ba995924e45919a62'
                    }
                    'i18n-message-fr-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: '03fee8830a0344478f48a4b1073e9a0c'
                    }
                    'i18n-message-fr-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: 'f7724f1e727847678a0be584a0ed9017'
                    }
                    'i18n-message-fr-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '8b93bf011af94c0c8d1863f4b0ccb398'
                    }
                    'i18n-message-fr-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: 'c3f4112d1f594f4da1a8a4ca2cea29a5'
                    }
                    'i18n-message-fr-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '4b1d0713b84f40c1b76278426f4a19e1'
                    }
                    'i18n-message-fr-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: 'fed328106027480e9ec37635d6be1222'
                    }
                    'i18n-message-fr-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '015fe338e6c94836a2461ab1853b20ad'
                    }
                    'i18n-message-fr-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '4ae727658eb84b2eaebcf21dae6068c7'
                    }
                    'i18n-message-fr-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: 'b3089806b8c64304ae5fb687237da365'
                    }
                    'i18n-message-fr-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: 'e39646cb00f24c44a5c1750650b65571'
                    }
                    'i18n-message-fr-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '36cca3e2734949d7bb517a6aa5679e83'
                    }
                    'i18n-message-fr-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: '701aba130c7c414c98e951d24fa86198'
                    }
                    'i18n-message-fr-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: 'e273b184f4e34816ba61c249c7d5774d'
                    }
                    'i18n-message-fr-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: '426b0f2df30f4c25aacb9e6a27da0c1f'
                    }
                    'i18n-message-fr-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: '84debeb6ab5545209e34dee167b4e6ab'
                    }
                    'i18n-message-fr-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '6556045290dc42168b9d81d337ea2075'
                    }
                    'i18n-message-fr-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '2d091d5bcf854d739ad86e70935a161c'
                    }
                    'i18n-message-fr-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: 'ce6fb5e737454347a0ff2004ffa04093'
                    }
                    'i18n-message-fr-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: '41281432e4be4a7192f30e2af1f0c325'
                    }
                    'i18n-message-fr-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: '801fa3bb2c67446884092e06a39de007'
                    }
                    'i18n-message-fr-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: '157133747e254a5ba400dc128482301f'
                    }
                    'i18n-message-fr-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: 'd9961ccd073a4cfa96503f42a261078e'
                    }
                    'i18n-message-fr-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: 'b04dac3a84f6445a80f723e13c7a9dd2'
                    }
                    'i18n-message-fr-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: 'd7c5a832236b4c7a8fe9d695c6af232a'
                    }
                    'i18n-message-fr-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '491716c2649b49ada0ba442a7b532551'
                    }
                    'i18n-message-fr-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '27807ec527094510a76cd7cfdfad9351'
                    }
                    'i18n-message-fr-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '2e04da8f11fe43c4b835754f8a24c02e'
                    }
                    'i18n-message-fr-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '55e2f4137e8d4fed8136b00017258f77'
                    }
                    'i18n-message-fr-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '8393881bf2a4477ca577bab8cdaabb1a'
                    }
                    'i18n-message-fr-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '8f791aac8417419988f5fda1c3177447'
                    }
                    'i18n-message-fr-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: '848ad0256b2d4f0b8d8a70326abc6fb7'
                    }
                    'i18n-message-fr-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '98771df9945c498c8bdbb9c074ebfff1'
                    }
                    'i18n-message-fr-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: '648127795089487aa6f183dcaf439741'
                    }
                    'i18n-message-fr-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '40f9e71d509c4299a54ec5698f25a891'
                    }
                    'i18n-message-fr-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: 'bb20621d879e4edfa7ee6353c09330ec'
                    }
                    'i18n-message-fr-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '456a707e3ed04929a23001ff08ad3144'
                    }
                    'i18n-message-fr-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: 'a40537fe29b242b1bb97c26d03177fc6'
                    }
                    'i18n-message-fr-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: '9b219db4c5a649adbacdd8c4889edc73'
                    }
                    'i18n-message-fr-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '2b10c52a8e374a9a86f6a2102bbfe9d6'
                    }
                    'i18n-message-fr-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '92980d8eaaf446e385f6b9a85909b15a'
                    }
                    'i18n-message-fr-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '35ee4df8e3524ae49f7577f1855999ab'
                    }
                    'i18n-message-fr-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: '9d4d22c8565a4dba9c721bf4a6c8d134'
                    }
                    'i18n-message-fr-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: '4feb4e98c3b54ed5a311dd9b540279ad'
                    }
                    'i18n-message-fr-pin.work_note': {
                        table: 'sys_ui_message'
                        id: 'bef023b561b64bf387f3f4a467a0299a'
                    }
                    'i18n-message-fr-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: '3ed678859e9e4d9b870b279e195334f0'
                    }
                    'i18n-message-fr-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: 'bf14d775525449bca74caecd24be0b74'
                    }
                    'i18n-message-fr-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '1cba50944274416da93fb6e687302162'
                    }
                    'i18n-message-fr-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '94603c9a1e5d4f8aa1113ed2cd057ed9'
                    }
                    'i18n-message-fr-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: 'f40b20992fcb4da69c04b3de1f84dd67'
                    }
                    'i18n-message-fr-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: '8bfa5b2cd9f6449aa563b0c8d4da2f89'
                    }
                    'i18n-message-fr-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: 'c9e33971caae4ac0a0349e4c93e293ce'
                    }
                    'i18n-message-fr-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: 'bb4adede15d84e8ebb4931e3af48df6d'
                    }
                    'i18n-message-fr-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '37b2fce4be264bf3b31ca2ff33e5afa9'
                    }
                    'i18n-message-fr-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: 'dbb17587538e47c0ba03d025d2e95474'
                    }
                    'i18n-message-fr-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: 'a522ae111e294decbab8d06eb703a259'
                    }
                    'i18n-message-fr-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: 'cadaf3226238457ab0b3deb0fd81d46a'
                    }
                    'i18n-message-fr-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: '401b8fd8580845c187fe299ec90d9bfb'
                    }
                    'i18n-message-fr-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: 'fdb9bde53a4c4e869c5c7c2d5d6cc741'
                    }
                    'i18n-message-fr-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: 'fa9358db11cf4537b55b82edcd1dcdae'
                    }
                    'i18n-message-fr-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: 'd2d5e9021d4b4a54b8ef0cdc365579fc'
                    }
                    'i18n-message-fr-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '7667968ceffc48ae860cbf39327dd8f4'
                    }
                    'i18n-message-fr-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: 'a8da06eff3be474daa6aabbe326afdce'
                    }
                    'i18n-message-fr-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: 'e4e309e4beac4a2fada9489fee399b71'
                    }
                    'i18n-message-fr-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'c4da52cedf764673a72503c9fbd94783'
                    }
                    'i18n-message-fr-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: '33d51cb418c44bc0b3b70a5f9ce519b1'
                    }
                    'i18n-message-fr-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: 'dcc45340f5614272943d8a1edbd204b7'
                    }
                    'i18n-message-fr-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: '385b74b80ebd4718814b5aed0b974f00'
                    }
                    'i18n-message-fr-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '4c3d5a8f8be546e28d1206f8ede9d20d'
                    }
                    'i18n-message-fr-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '085182215a2848cb900d301e543d9bfa'
                    }
                    'i18n-message-fr-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '97e4326ab8e74fafa57cc0e9a6353e36'
                    }
                    'i18n-message-fr-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: 'bf1960873e774004b4f12f03eb245a36'
                    }
                    'i18n-message-fr-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: '08c36188b0a24d6b8eb1ec0315a6dd9e'
                    }
                    'i18n-message-fr-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: '6c260e0bbf9945f6901ece20077bed09'
                    }
                    'i18n-message-fr-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: '821faf827c234071ba426a504294eefc'
                    }
                    'i18n-message-fr-token.last_success': {
                        table: 'sys_ui_message'
                        id: '7a9934b3dee9415d93ebc475e139fa2d'
                    }
                    'i18n-message-fr-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: 'b9896ba384314515a72d9091c5005ee5'
                    }
                    'i18n-message-fr-token.missing_password': {
                        table: 'sys_ui_message'
                        id: 'b9f5b1f7b6284a118444202db2ef8874'
                    }
                    'i18n-message-fr-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '0027bd47af6a4cf9ad9b0907af062d55'
                    }
                    'i18n-message-fr-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: 'c33722c3b42a4d589d1320234ca21f14'
                    }
                    'i18n-message-fr-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '26e224d7b9af4fd18799d4c20a369bf7'
                    }
                    'i18n-message-fr-token.not_admin': {
                        table: 'sys_ui_message'
                        id: '27045334e69e4aba8d2a26ec6cce0641'
                    }
                    'i18n-message-fr-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: 'ed4e3eb7beae4c26bdc4ca7bffe97a03'
                    }
                    'i18n-message-fr-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: '9636040ddcd64089b0d238cd028b089c'
                    }
                    'i18n-message-fr-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '201b8c4396554eed8ec6efab6db0d900'
                    }
                    'i18n-message-fr-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: 'f7579d87742e459292a21b91e79df9b8'
                    }
                    'i18n-message-fr-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: '1bc86bb810734795b8302ffff1a6f8d3'
                    }
                    'i18n-message-fr-token.region.eu': {
                        table: 'sys_ui_message'
                        id: 'c93b83f20a79473eb147a4e92495dd57'
                    }
                    'i18n-message-fr-token.region.global': {
                        table: 'sys_ui_message'
                        id: 'b64ae2c90ab94a329162e7e44abc3a71'
                    }
                    'i18n-message-fr-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '8e09fb09a4694eea841748eaf3e30149'
                    }
                    'i18n-message-fr-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '128d7afdcf7443f0b78e1ae8f897b4ec'
                    }
                    'i18n-message-fr-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: 'f60fe50b05b6473baa3ab1ff47c72e59'
                    }
                    'i18n-message-fr-token.step_sent': {
                        table: 'sys_ui_message'
                        id: '13368347861b4763a4949c5b5b86113b'
                    }
                    'i18n-message-fr-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: '87db396befea4ec38c8d8c1271656bd9'
                    }
                    'i18n-message-fr-token.succeeded': {
                        table: 'sys_ui_message'
                        id: 'ac3d3105457444afba3dbce6b8b3cb50'
                    }
                    'i18n-message-nl-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: 'a39b6aac699241cdab170b5cd30aac1e'
                    }
                    'i18n-message-nl-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '99532a71a3f741f89f42d2404edc787e'
                    }
                    'i18n-message-nl-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: 'c8640a56b3914e199ee7c240deb5eef8'
                    }
                    'i18n-message-nl-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: 'c82be55500ec42c39109b8958785a6c8'
                    }
                    'i18n-message-nl-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '6243c4a700c04020b38b89ac381ef91f'
                    }
                    'i18n-message-nl-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: 'd3a51484526c4e318a7afed6a4c2e238'
                    }
                    'i18n-message-nl-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: '115734be1a7c4fd6822b0ff2d1539c32'
                    }
                    'i18n-message-nl-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: '4342a045de7447e08fca95e86d2c0ea7'
                    }
                    'i18n-message-nl-connection.failed': {
                        table: 'sys_ui_message'
                        id: '5201f52fa7fc4bcbb8c66bfa885001d0'
                    }
                    'i18n-message-nl-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '7244c947aab54b01a9cf6559ea938ae3'
                    }
                    'i18n-message-nl-connection.ok': {
                        table: 'sys_ui_message'
                        id: 'fce263e7bfd346278118494a5564e74c'
                    }
                    'i18n-message-nl-console.a_technician': {
                        table: 'sys_ui_message'
                        id: 'a3e1eb84fa1b44bd9aa479d2de43e46c'
                    }
                    'i18n-message-nl-console.description': {
                        table: 'sys_ui_message'
                        id: '1ae34cb3daf2439c9cb66c0d30d00c53'
                    }
                    'i18n-message-nl-console.short_description': {
                        table: 'sys_ui_message'
                        id: '770e07e44acb4edb92920cea0530d36b'
                    }
                    'i18n-message-nl-console.short_description_with_customer': {
                        table: 'sys_ui_message'
                        id: 'aa7a40e957d84c23b5b06218550317da'
                    }
                    'i18n-message-nl-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '941a56ded5f14abfba4e3b4a2a0149da'
                    }
                    'i18n-message-nl-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '2a1dec4ed075481cb39a8fa461cc24ef'
                    }
                    'i18n-message-nl-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '0be5318e5c964dbcaea7be2893147f4a'
                    }
                    'i18n-message-nl-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: '8a68320f702347db88ee40e7dc8abd38'
                    }
                    'i18n-message-nl-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: 'bd5bdcfa965146d99fad3887b3db7a8a'
                    }
                    'i18n-message-nl-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: 'cf6053e228bd437981e184e73ff5d208'
                    }
                    'i18n-message-nl-email.technician.join': {
                        table: 'sys_ui_message'
                        id: '79dbc4329ece43289c7f95aa86af0e11'
                    }
                    'i18n-message-nl-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: 'bd48d2031ec146f887350579b7645962'
                    }
                    'i18n-message-nl-email.token.action': {
                        table: 'sys_ui_message'
                        id: '576c7f05fd8e4177b82240dca946f1fd'
                    }
                    'i18n-message-nl-email.token.after': {
                        table: 'sys_ui_message'
                        id: '08c5d744a0a346cba116a8de810e258b'
                    }
                    'i18n-message-nl-email.token.expires': {
                        table: 'sys_ui_message'
                        id: 'ef7dabfd3e204636bd83739003714e4d'
                    }
                    'i18n-message-nl-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: 'e56f1e2e8f3e4e9cbc6418fe765f0f12'
                    }
                    'i18n-message-nl-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '94578dcedd764794b884f2ea22aaf188'
                    }
                    'i18n-message-nl-list.sentences': {
                        table: 'sys_ui_message'
                        id: 'c47aca1536064a7681aebbeb4764e9d6'
                    }
                    'i18n-message-nl-list.two': {
                        table: 'sys_ui_message'
                        id: '52b072d2d3524ac2873da7c94c24edc6'
                    }
                    'i18n-message-nl-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: '7686c2af514f4ed7b9e490413d2677f5'
                    }
                    'i18n-message-nl-note.ended': {
                        table: 'sys_ui_message'
                        id: '7b0885ab84634fddbdb6db93f9cb5080'
                    }
                    'i18n-message-nl-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '2c73a29aa1f14fe8b41956757942eeb9'
                    }
                    'i18n-message-nl-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: 'b196859d1ff74cc6af6707069e691dab'
                    }
                    'i18n-message-nl-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: 'f61698676abc4166b39bfccd6db1a558'
                    }
                    'i18n-message-nl-note.line': {
                        table: 'sys_ui_message'
                        id: 'c1e2760400cd483584c007f5bce36163'
                    }
                    'i18n-message-nl-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: 'b0b4e9dec4c04267a9168a460d3444ef'
                    }
                    'i18n-message-nl-note.minutes': {
                        table: 'sys_ui_message'
                        id: '2731a59fef7d4e9f9372dddd39940085'
                    }
                    'i18n-message-nl-note.seconds': {
                        table: 'sys_ui_message'
                        id: '3d32c89ae07145278dfa9a6911886ae8'
                    }
                    'i18n-message-nl-note.started': {
                        table: 'sys_ui_message'
                        id: 'ee23855483f0445e9c5a586b04c095e9'
                    }
                    'i18n-message-nl-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: 'c41a0f0b0c754b95a97821990b5b9eeb'
                    }
                    'i18n-message-nl-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: 'c4674bdb4ea4453e988bec227270aa85'
                    }
                    'i18n-message-nl-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: '5b74f7acc8f940d490ae3e1ef54b78eb'
                    }
                    'i18n-message-nl-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '63f6a0e099b1403ba81715b8273b775a'
                    }
                    'i18n-message-nl-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: '34b41a3068ec40eba65599809b1e34a1'
                    }
                    'i18n-message-nl-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: '89ab0d489e9849a4b606af2d4bb2c890'
                    }
                    'i18n-message-nl-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: 'f947f3f7ee62482f949cf6fd901a0728'
                    }
                    'i18n-message-nl-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: 'ff6f1791727041b6baabd6075bd7963f'
                    }
                    'i18n-message-nl-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: 'cf928ab640fd4c809cdccd22c416a808'
                    }
                    'i18n-message-nl-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '437b60994ca34bee8b2b8e9916d28a9b'
                    }
                    'i18n-message-nl-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: 'a673bc8717214eaf82d1aa944669607f'
                    }
                    'i18n-message-nl-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '69357b4d7fd340c4bf60f7a1ccb05849'
                    }
                    'i18n-message-nl-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '252fee881d49460ebff7f8501d194f18'
                    }
                    'i18n-message-nl-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '21781d1c82df4928b2d21d4ee4c05ec5'
                    }
                    'i18n-message-nl-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: '185e42d66bb54e968d852e4293e2465b'
                    }
                    'i18n-message-nl-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '407b5ce5bbf34445be67040c6f538f56'
                    }
                    'i18n-message-nl-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '4d42270d4a2d43098aa07edd3c75861f'
                    }
                    'i18n-message-nl-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: 'ada8c8be048d4515bc71e77fa939ee85'
                    }
                    'i18n-message-nl-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '72f951e67bfe432aa5b5d2a368cb40be'
                    }
                    'i18n-message-nl-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: 'b2e5b982a9074a299c84ce1819ab8a09'
                    }
                    'i18n-message-nl-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: '7537ba37b6f84061b9dd0e576d5d1d15'
                    }
                    'i18n-message-nl-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '102c74a8a35b434cb0d29a539baa6d84'
                    }
                    'i18n-message-nl-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: '9da59fc350ec4f7f8cd0150e34ec6508'
                    }
                    'i18n-message-nl-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '895380cea35942cbb046b42fb92a2e6c'
                    }
                    'i18n-message-nl-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: '6f0827dafd4d4f169fbd32888e3415c7'
                    }
                    'i18n-message-nl-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: 'fd788dab48774141b87d227af13ac985'
                    }
                    'i18n-message-nl-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: 'c592bd74b57c4c99976d9b20b11ae2e3'
                    }
                    'i18n-message-nl-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: 'd01b6d5483164091b899e34f8e280e5c'
                    }
                    'i18n-message-nl-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '1da6b627872e4b59a12f2dc3d22ff4d5'
                    }
                    'i18n-message-nl-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: 'f113f0ee8a41447eb17dce59847c9a14'
                    }
                    'i18n-message-nl-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '7c298567883e457ebaddb16da14a4fb9'
                    }
                    'i18n-message-nl-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: '273be206126b4dcdab77064b0dd79afb'
                    }
                    'i18n-message-nl-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: 'fe7d53b793094da69d7b2ee945d866e4'
                    }
                    'i18n-message-nl-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: 'f1e89d98bc6e47e1adedaadc5d0a719f'
                    }
                    'i18n-message-nl-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: '5f9c931e780547ba8793170ce281f3d4'
                    }
                    'i18n-message-nl-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: 'a2112e077c894dfba05d60a5d96a7946'
                    }
                    'i18n-message-nl-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '5c27fb5bcaae4022977dae32d1c648b8'
                    }
                    'i18n-message-nl-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '7209a030060a42f4a55255caeeb31121'
                    }
                    'i18n-message-nl-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '8f11edaa3ae749699ce682db512a79e8'
                    }
                    'i18n-message-nl-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: 'a2698c26f7a0479f937351f70892383d'
                    }
                    'i18n-message-nl-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '2a357308568842a3a9897bc091168d7a'
                    }
                    'i18n-message-nl-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '06d48a228a284ddea11d881f5ce5c108'
                    }
                    'i18n-message-nl-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '09bca7c07fa842a9adbb546279045855'
                    }
                    'i18n-message-nl-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: 'f98d8f22f6be4c95974e21803941866e'
                    }
                    'i18n-message-nl-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '31d3eb2153924f12876655b79bc83e3c'
                    }
                    'i18n-message-nl-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: 'c4d7b46845024be6aed85ec3676c8cb9'
                    }
                    'i18n-message-nl-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '39c9c7e71dbe44febe08f9dc68b03cb4'
                    }
                    'i18n-message-nl-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: '729b771faac441d89448b04bc04b9530'
                    }
                    'i18n-message-nl-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: 'f9e6cb813631456ba48b05365aa3c728'
                    }
                    'i18n-message-nl-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: 'fb8dd54a4430452babdb466ab3f0017d'
                    }
                    'i18n-message-nl-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '2c260226601e425da45bfea648dd336d'
                    }
                    'i18n-message-nl-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: 'ef874afc0e534c0ba12421288e28aff2'
                    }
                    'i18n-message-nl-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: '15349c1dc124487e8772fc2ed37df67a'
                    }
                    'i18n-message-nl-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: 'c5304b3a752241b79b41dbcbdece7a99'
                    }
                    'i18n-message-nl-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: '1ab24f7726a94891a1d0b403bc9bdbc0'
                    }
                    'i18n-message-nl-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: '07381d69266c43cd9c808054fb82db31'
                    }
                    'i18n-message-nl-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '80e59f7e2f004832b71352504deaa277'
                    }
                    'i18n-message-nl-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: 'e7da0b19fff1450ba3beddd843e73233'
                    }
                    'i18n-message-nl-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '58ef264e99464f4593621e60f677aec4'
                    }
                    'i18n-message-nl-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: 'd00bd865e4a04c958201def565587b07'
                    }
                    'i18n-message-nl-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '6c78a92799c64ffbb64b049621293826'
                    }
                    'i18n-message-nl-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '685cc08365b44fddab54787379e97760'
                    }
                    'i18n-message-nl-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '43c295d4736e4f61a5c38ba1fa3e82b8'
                    }
                    'i18n-message-nl-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '0c0ee4c43918411c9d4130cbb93ba87f'
                    }
                    'i18n-message-nl-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: 'a2583108891e470ab479073d2ab961a2'
                    }
                    'i18n-message-nl-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '4d4c22e9528c421784d550bb811385f1'
                    }
                    'i18n-message-nl-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: 'fcdbed3f8cb14dcaa3a9c3405627b24c'
                    }
                    'i18n-message-nl-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: 'b84c1c38d4c54b0eb1102f0fab14a3d9'
                    }
                    'i18n-message-nl-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: '3be1c694ab6f4f21a056afd87c53c138'
                    }
                    'i18n-message-nl-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: 'fdf8cd8254c24a7181588d4d3468897c'
                    }
                    'i18n-message-nl-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: 'f8122cf3b8f3491a977ffad7210c8f91'
                    }
                    'i18n-message-nl-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: '0567364d768446549cb32b316d71af7e'
                    }
                    'i18n-message-nl-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '1723c0ba1b054b42ac462b3e8119f720'
                    }
                    'i18n-message-nl-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '53dbe4bcfb2c494795f7d53899572041'
                    }
                    'i18n-message-nl-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '6e3c7a1bdd0645df9df12b2486448ab6'
                    }
                    'i18n-message-nl-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: 'b3385eaa0831487fb48b1aa7a8455601'
                    }
                    'i18n-message-nl-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: 'c957fc856f534d6e984dd693654ebe29'
                    }
                    'i18n-message-nl-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '95e41fccc71c40fe86f12ad59a229495'
                    }
                    'i18n-message-nl-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: '6414aee08d784c5d858e7da0757ec657'
                    }
                    'i18n-message-nl-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: 'c966e72b04e1450f99f1b8f0bc9347a1'
                    }
                    'i18n-message-nl-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: 'ca9356614c834367832a66e33f39d3c7'
                    }
                    'i18n-message-nl-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: 'd955e1b95165444eaf5eb6e0d99601b1'
                    }
                    'i18n-message-nl-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '971cc83607bd417d9405fd6c6b400cd8'
                    }
                    'i18n-message-nl-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: 'a5a52e9c1fd64d06a82d8f1e558b27ac'
                    }
                    'i18n-message-nl-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: 'be02a037b4e948359a7a10b4ce9b82b5'
                    }
                    'i18n-message-nl-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '73a9393c29b54d5cab3cb2b030a4ebde'
                    }
                    'i18n-message-nl-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '0ae022f80c56436cad13084b5e326279'
                    }
                    'i18n-message-nl-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: '7709ba2607b349ebbec160c7b687de22'
                    }
                    'i18n-message-nl-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '23e28e79d2c44bd29190849454b49dde'
                    }
                    'i18n-message-nl-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: '3e26b41097834008915e811749c04536'
                    }
                    'i18n-message-nl-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: '3bf10687fa274eaba3b258bf00bb8d9c'
                    }
                    'i18n-message-nl-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: '2104234265844187b343deb0d2a88d4b'
                    }
                    'i18n-message-nl-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '48ebcdfbfdda4230a71353efbed7e48b'
                    }
                    'i18n-message-nl-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: '22d4102ade234cdcbaf4b638095dcd50'
                    }
                    'i18n-message-nl-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '0cc782a22bbb4f1c8243217d857c78b5'
                    }
                    'i18n-message-nl-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '4e6f8aa3432f452ba62d82f67c719fdd'
                    }
                    'i18n-message-nl-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '39eab7006829435f91153ad1ec5e0545'
                    }
                    'i18n-message-nl-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '2d483e652ca243be9d0b506eecf45ea2'
                    }
                    'i18n-message-nl-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: '268e7dea2bd4425ab073e82e7422c21f'
                    }
                    'i18n-message-nl-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '4f950fd511c24403aa507b010eeb65f3'
                    }
                    'i18n-message-nl-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: '1b79087ed72149ae9fb67108a8e81a80'
                    }
                    'i18n-message-nl-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '1087c4515e1346f2a6bf00d34e098370'
                    }
                    'i18n-message-nl-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: 'a3cbf81e238641e58a6976dafcd0db8d'
                    }
                    'i18n-message-nl-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: 'b6ae222346b14543ab8d0fdfc8a4c993'
                    }
                    'i18n-message-nl-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '09b0c73e470744c0845095d1d76f22f3'
                    }
                    'i18n-message-nl-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: '2369c9fa807b45d4a367dd0ff0755b2a'
                    }
                    'i18n-message-nl-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: '4cf503bc1be2449abe6d8c12b7eab6fc'
                    }
                    'i18n-message-nl-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: 'f3fc16e48f8d4d169d53cfe677530a44'
                    }
                    'i18n-message-nl-token.last_success': {
                        table: 'sys_ui_message'
                        id: '7727a014e3fa4a5abb5f9a84531b9ea1'
                    }
                    'i18n-message-nl-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: '2f2ab2b2a8c84116820098e122edb18f'
                    }
                    'i18n-message-nl-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '49d9f9d38bb24940b9be0b92c211146d'
                    }
                    'i18n-message-nl-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '1b2a7440b9224cb5acd27e1d49dc67f6'
                    }
                    'i18n-message-nl-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '407f9f09baa5493685a356bf0e302db1'
                    }
                    'i18n-message-nl-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: 'bca1769bb881491baa8e32af6c5926e7'
                    }
                    'i18n-message-nl-token.not_admin': {
                        table: 'sys_ui_message'
                        id: '0ccaada2d4e8432a8a199b5da41a86a7'
                    }
                    'i18n-message-nl-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: 'c3801f2d344d4cf7b25a3e1fc2da99f9'
                    }
                    'i18n-message-nl-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: 'f57e8c3aca5f4d70bc06cb7812c537fa'
                    }
                    'i18n-message-nl-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: 'a39ded53a3b446158b453a4c946877ec'
                    }
                    'i18n-message-nl-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: '0f51775d3e354911b230356031772672'
                    }
                    'i18n-message-nl-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: 'b5cbc2ddc675418f9cab164836effd70'
                    }
                    'i18n-message-nl-token.region.eu': {
                        table: 'sys_ui_message'
                        id: 'f22ad8b3ffc54b269b743df92d7de9dc'
                    }
                    'i18n-message-nl-token.region.global': {
                        table: 'sys_ui_message'
                        id: '934e7e572e8942dc9a65fa21ad6c24db'
                    }
                    'i18n-message-nl-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '5c5b6b0168ee49a185a2f0b83e586767'
                    }
                    'i18n-message-nl-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '71f797101f0f4b7dbb75dcce47fe47a1'
                    }
                    'i18n-message-nl-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '308ca546df974826844c13bf4781acfc'
                    }
                    'i18n-message-nl-token.step_sent': {
                        table: 'sys_ui_message'
                        id: 'eae369cd0610443ca5f7f7490c43ce08'
                    }
                    'i18n-message-nl-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: '89bd1bd541184278ad31752a0aa528a9'
                    }
                    'i18n-message-nl-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '9746112325cd47aa8965821cd364e9e8'
                    }
                    'job-token-expiry-check': {
                        table: 'sysauto_script'
                        id: 'ba84e812c4824ffaa9aa97cf17c2b750'
                    }
                    'mail-script-pin-email-customer': {
                        table: 'sys_script_email'
                        id: '5e9fce22f0a4494cba5fcf2dfaf13da1'
                    }
                    'mail-script-pin-email-technician': {
                        table: 'sys_script_email'
                        id: '102c070de1e044f8acf2aa3e57b91725'
                    }
                    'mail-script-token-expiry': {
                        table: 'sys_script_email'
                        id: '2f099e580b5743259f433bf77105413e'
                    }
                    menu: {
                        table: 'sys_app_application'
                        id: '0b47e1002ac24c2f8c7eb3d80608ca12'
                    }
                    'module-sessions': {
                        table: 'sys_app_module'
                        id: 'b95088b847e24f1d9fcdb47af28414de'
                    }
                    'module-settings': {
                        table: 'sys_app_module'
                        id: '8621e540bb834531bc2abf41c6a04f6d'
                    }
                    'module-test-connection': {
                        table: 'sys_app_module'
                        id: 'b194158fcf5e4676aedf0df9bbc32263'
                    }
                    'module-token-setup': {
                        table: 'sys_app_module'
                        id: 'f5d8a66fdf784c62b8293dee4cfca7bd'
                    }
                    'notification-pin-email-customer': {
                        table: 'sysevent_email_action'
                        id: 'f356088b87f34e1b94470980bd6a1887'
                    }
                    'notification-pin-email-technician': {
                        table: 'sysevent_email_action'
                        id: '590b961a1f1d4eae90a83893d929b9be'
                    }
                    'notification-token-expiring': {
                        table: 'sysevent_email_action'
                        id: '5a5e46f3e5ce4327be42513cd9300254'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '411b71d56c274ea19fe9c015e41da5b1'
                    }
                    'privilege-pin-case-read': {
                        table: 'sys_scope_privilege'
                        id: '7cb869b33f774881b037dc0353e715c9'
                    }
                    'privilege-pin-case-write': {
                        table: 'sys_scope_privilege'
                        id: 'a4c8a0704bb3452c8ce6f8d3f567ae3e'
                    }
                    'privilege-pin-incident-read': {
                        table: 'sys_scope_privilege'
                        id: 'a14068d6900c456aab7dfda912a11eab'
                    }
                    'privilege-pin-incident-write': {
                        table: 'sys_scope_privilege'
                        id: '1aaad21557d342939e46d046d4824f28'
                    }
                    'privilege-session-case-create': {
                        table: 'sys_scope_privilege'
                        id: 'd7ccd98515ca4b1d94d5b0ddc338d5cf'
                    }
                    'privilege-session-contact-read': {
                        table: 'sys_scope_privilege'
                        id: 'a58c3156a0b04621a63919b2ad9f939c'
                    }
                    'privilege-session-incident-create': {
                        table: 'sys_scope_privilege'
                        id: '8b82eca5734744fb8948619ba486bf6c'
                    }
                    'privilege-session-task-read': {
                        table: 'sys_scope_privilege'
                        id: '99ec316ffd6d435ea7b5693013fb639f'
                    }
                    'privilege-session-task-write': {
                        table: 'sys_scope_privilege'
                        id: 'c2b471ced72e4139a197628bad457dac'
                    }
                    'property-case-contact-field': {
                        table: 'sys_properties'
                        id: 'bfbeddbba52e40a0b481884a62537381'
                    }
                    'property-case-show-pin-button': {
                        table: 'sys_properties'
                        id: 'bbaaa6e6ecb947ebb622063f9b03934e'
                    }
                    'property-company-id': {
                        table: 'sys_properties'
                        id: '8c53bc1cb0384dcdb55608047bae608a'
                    }
                    'property-console-session-create-record': {
                        table: 'sys_properties'
                        id: '7e34b7c1b57e469388fe306205ac8737'
                    }
                    'property-console-session-record-type': {
                        table: 'sys_properties'
                        id: '9e21967f548641e9828384cc1fe13c78'
                    }
                    'property-debug-api-logging': {
                        table: 'sys_properties'
                        id: '89c7a5f79ab94a1da6b971f08bcf6766'
                    }
                    'property-debug-logging': {
                        table: 'sys_properties'
                        id: 'a3c6b299edfc47cd8b53ef42fb2aa5a6'
                    }
                    'property-email-customer': {
                        table: 'sys_properties'
                        id: '880a1bf137894eab8ef99f63a340360c'
                    }
                    'property-email-technician': {
                        table: 'sys_properties'
                        id: '1f7c9e52ada04d82bb98990a07ede11d'
                    }
                    'property-enabled': {
                        table: 'sys_properties'
                        id: 'cdb946ee05c341e79e1915cc2ca1444d'
                    }
                    'property-enterprise': {
                        table: 'sys_properties'
                        id: 'e7e8b67beb1044b98caa6c86b7698e48'
                    }
                    'property-http-timeout-ms': {
                        table: 'sys_properties'
                        id: '0d8908b67b3142c1a3fc8d059852be7d'
                    }
                    'property-incident-caller-field': {
                        table: 'sys_properties'
                        id: '161f3f5aa3274289b170522eb4e53cea'
                    }
                    'property-incident-show-pin-button': {
                        table: 'sys_properties'
                        id: 'e7ed902182ec419ea61de24bcddc5047'
                    }
                    'property-oauth-application': {
                        table: 'sys_properties'
                        id: '3043f376f09345af97178c28d3497aed'
                    }
                    'property-region-eu': {
                        table: 'sys_properties'
                        id: '1afc4cda615c4bc0828f3b3bc1799d77'
                    }
                    'property-service-account-password': {
                        table: 'sys_properties'
                        id: '0700a761b1d8435a8a963959a810a2fe'
                    }
                    'property-service-account-username': {
                        table: 'sys_properties'
                        id: '517d3ea8450647b8bc358f63b1b4eaf5'
                    }
                    'property-sso-password': {
                        table: 'sys_properties'
                        id: '6af2f0a8d8b1430dbc19f29f28fd6eca'
                    }
                    'property-token-connector-path': {
                        table: 'sys_properties'
                        id: '8354700331744c8b901a5f31567a502c'
                    }
                    'property-work-notes-chat-log': {
                        table: 'sys_properties'
                        id: '4a7f4f7c4dcf4a96bf1b70eac6609296'
                    }
                    'property-work-notes-fields': {
                        table: 'sys_properties'
                        id: 'cecdb93fb6ad4ad0b3b0dc0751feeb83'
                    }
                    'property-work-notes-language': {
                        table: 'sys_properties'
                        id: 'dfbb5144e76d441ca0d2459fe296ac84'
                    }
                    'property-work-notes-mode': {
                        table: 'sys_properties'
                        id: '22f13dc5b7784f97afbce7fd61fad95e'
                    }
                    'rest-rescue': {
                        table: 'sys_ws_definition'
                        id: '3f82c8357a804e97b061a317eff3862d'
                    }
                    'rest-rescue-session-details': {
                        table: 'sys_ws_operation'
                        id: 'a101c40741884112a26b87c500388776'
                    }
                    'rest-rescue-v1': {
                        table: 'sys_ws_version'
                        id: '678a0af8cf1c4a688905d3e98d3b155d'
                    }
                    'script-include-rescue-admin-ajax': {
                        table: 'sys_script_include'
                        id: '70b3948b074b43bb9866e21e7ec9be66'
                    }
                    'script-include-rescue-core': {
                        table: 'sys_script_include'
                        id: 'd55778b3848d41658082a01529d405ad'
                    }
                    'script-include-rescue-pin-ajax': {
                        table: 'sys_script_include'
                        id: 'dc7730ef6ffe411682f720139e3cfb05'
                    }
                    'settings-category': {
                        table: 'sys_properties_category'
                        id: '8947039f945f431cb896b49f8cf017fd'
                    }
                    'settings-page-case-contact-field': {
                        table: 'sys_properties_category_m2m'
                        id: '9db25668a48e41ecb64caab13e7dd5f2'
                    }
                    'settings-page-case-show-pin-button': {
                        table: 'sys_properties_category_m2m'
                        id: '12a817effb444c4583907dfa1404cf8f'
                    }
                    'settings-page-company-id': {
                        table: 'sys_properties_category_m2m'
                        id: '7a28ea598c7344498092bb9556014dfc'
                    }
                    'settings-page-console-create-record': {
                        table: 'sys_properties_category_m2m'
                        id: 'd1bbadfd79944ba1b75c6d4695df8caf'
                    }
                    'settings-page-console-record-type': {
                        table: 'sys_properties_category_m2m'
                        id: 'ae99e4eaa9024935a915233bd066d7ea'
                    }
                    'settings-page-debug-api-logging': {
                        table: 'sys_properties_category_m2m'
                        id: '97687d030f42426597a68a3e5f088d33'
                    }
                    'settings-page-debug-logging': {
                        table: 'sys_properties_category_m2m'
                        id: 'e40b06f541d942c0a772a24082d03f73'
                    }
                    'settings-page-email-customer': {
                        table: 'sys_properties_category_m2m'
                        id: '4bf4d78cea7e4761ab00a599eb1538c3'
                    }
                    'settings-page-email-technician': {
                        table: 'sys_properties_category_m2m'
                        id: '1e1c359fee8c4f4a811c841d517a4dfc'
                    }
                    'settings-page-enabled': {
                        table: 'sys_properties_category_m2m'
                        id: '7969d37af805442593953e0f819b9139'
                    }
                    'settings-page-enterprise': {
                        table: 'sys_properties_category_m2m'
                        id: 'b440f78cd9ea4ee3a3cc51acf4a3e525'
                    }
                    'settings-page-http-timeout-ms': {
                        table: 'sys_properties_category_m2m'
                        id: 'e3a314eef973447394a40da45ad9ef92'
                    }
                    'settings-page-incident-caller-field': {
                        table: 'sys_properties_category_m2m'
                        id: '85866283710d47f9bd75c17666f63c87'
                    }
                    'settings-page-incident-show-pin-button': {
                        table: 'sys_properties_category_m2m'
                        id: '7f1f28785860494dba10f42ad71aa65f'
                    }
                    'settings-page-oauth-application': {
                        table: 'sys_properties_category_m2m'
                        id: 'ccfc8099316743a0a8f65002b336f607'
                    }
                    'settings-page-region-eu': {
                        table: 'sys_properties_category_m2m'
                        id: 'd24af8b2a5e1438682d47f875cd6d6ed'
                    }
                    'settings-page-service-account-password': {
                        table: 'sys_properties_category_m2m'
                        id: 'ce8d822bdeca47ac93648ebf6d974aee'
                    }
                    'settings-page-service-account-username': {
                        table: 'sys_properties_category_m2m'
                        id: '05fc73eaec3d431da62cba50aad42291'
                    }
                    'settings-page-sso-password': {
                        table: 'sys_properties_category_m2m'
                        id: 'a1ae91ca237c4b5195b6a0083ab77e9f'
                    }
                    'settings-page-token-connector-path': {
                        table: 'sys_properties_category_m2m'
                        id: 'b83fb6d6d5c540a9b62214350ef8fc1f'
                    }
                    'settings-page-work-notes-chat-log': {
                        table: 'sys_properties_category_m2m'
                        id: 'aa5a4c1628314af1bf8ba1b39ac28b27'
                    }
                    'settings-page-work-notes-fields': {
                        table: 'sys_properties_category_m2m'
                        id: '7c257cc6479f49509e7c9a829d58e96a'
                    }
                    'settings-page-work-notes-language': {
                        table: 'sys_properties_category_m2m'
                        id: 'fc64d649ed004f929494207ac7572b28'
                    }
                    'settings-page-work-notes-mode': {
                        table: 'sys_properties_category_m2m'
                        id: 'd390e02346ac4d26bcbf963bb1f18211'
                    }
                    'ui-action-generate-pin-case': {
                        table: 'sys_ui_action'
                        id: '1c90abf3902543868877b85432a58f9f'
                    }
                    'ui-action-generate-pin-incident': {
                        table: 'sys_ui_action'
                        id: 'ced0204251144458bacf01fa19d8e8c2'
                    }
                }
                composite: [
                    {
                        table: 'sys_choice'
                        id: '00266f34847e4e31aabe6a9deb6b0460'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'failed'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0032a31ba3264652a9c2962b9304d7f7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '003741f047ca47f29b4f02cc8ff891c3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '006b84f123d84c70a42538e2df3f4509'
                        key: {
                            document_key: '68d8c3a51e284b2098d76dbd0fff92fb'
                            variable: '3d6d8b935320220002c6435723dc349c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '02764f0ad45e48ae94a5478b934c92a3'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02e0dd6a8bca4cf291dc9529c1b51d9e'
                        key: {
                            document_key: '68d8c3a51e284b2098d76dbd0fff92fb'
                            variable: '8f7d0f935320220002c6435723dc3471'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '037409dfd4dc4b60ab919b3a51c73ed4'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '03debeda71f24ecdae7520f795e5ff58'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '03ed804191754e4eaa441af286d8d84a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '04814cc9aff042fdac80d1fb821e9b16'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'failed'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '04cf39827ff24865aed212ca847da3de'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '04f088cfc7de4b6a87fd371c3ff8f477'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '05251dba33c74e1d8cbff47218454b24'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '06610effba1e4208a110de4586fefbe2'
                        key: {
                            sys_security_acl: '5de3497056974c799d9df7c4264736d9'
                            sys_user_role: {
                                id: 'b9c031be392a483598bfabec0e339b62'
                                key: {
                                    name: 'x_rescue_connect.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '083cdacc97244496b1ee66ecb271fd92'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08bda8a2035f44338e551390719bebfc'
                        key: {
                            document_key: '604759000a944b83a20af9e4463580be'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '08c99c326a8447748a643563e4d42be7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '08e7f482f3b04ba2a648395d63da1388'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'accd3cc92ca24de7bae867b18c307fbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0978d251f8224c4aa44a944178277567'
                        key: {
                            document_key: 'a0161e49548647b9b42df5c97bb2e683'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0a159fbc7d3b4712b90649cf11144c9e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0da10e575c3e422c84c145fa1745de48'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0eb7ac131afe4ee1ba0d50f61ebae0cf'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'failed'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0f46f1b15ffc4a339e33bedc22d9ea0a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0fa107fbc2d0450e95b1a652b9170800'
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0fb43c85e57249caadb0720c9578d161'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'started'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0fd46eae6b2d4f69a7eb0e7749595c49'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'failed'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '10d2134669244f6ea0128b08bff15b03'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1185234923224293a8de50901afe48ad'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '123dc00c9d674e1cb2c3b866a8857a9d'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '12b0a64ee0364e3daa2106da77bb32b7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '13b1c0fb5fe740ec89171ac4344a80aa'
                        key: {
                            sys_security_acl: '80224b8a721f485793b08207cddbd1da'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '13bcba6f8a644af0ac01808d18b6f132'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '148aaa59c2c74859a89b9bb0d3b7966d'
                        key: {
                            document_key: 'd6dc93c2cda64e81b370f13fa656c18f'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15af11d9e94d429dbf0cbe153fbced08'
                        key: {
                            document_key: 'ae5daaa7f5e94f62a723e80283e16b3e'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '15d895d4f7604aa9aac3cdd35d5a7740'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'technician'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '165c1e301f734eb592235d215f42bf76'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c01b0c2c62d4752b55453520f67ada2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c05ab899d57480393eb6ebc09bcaad8'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c3ad01567ea487390aa9e959b98fea7'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1c618295acf54d88ae9373d0bad2bf20'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'failed'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d708bb600124642893f5a6a1cb50ae6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e84ed4392b24a2cbf6239509f63a1ca'
                        key: {
                            document_key: 'a0161e49548647b9b42df5c97bb2e683'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e9029194f84449d8c664b75201c838b'
                        key: {
                            document_key: 'bb89a921afd0435a88e331fbb2ea52f1'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1ebf70157b8043e4a06698793ea07c61'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1ec372963b3746dfaa6d3f9933e9ffda'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '20131dc800f54e0b9c6f02fea17a0d68'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '233a3c0731af4f7ea51dc701e90a5b51'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '25a59567a0da42b7bcaf2f39642269d9'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2680c1ca2f5a42a6b5f7a9dd32a3c4be'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2732e844bf28492ea316478d2eb97de4'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27cbad073c014b9aab592b3b338ded2c'
                        key: {
                            document_key: 'd06671d055454568bbe6e8361b7c588e'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '295296b9847c4c72af5df231e5098180'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29ac206aec7c4a2f83630e3226123f0c'
                        deleted: true
                        key: {
                            document_key: '57a4c14631f44258ad688d5590c68dfa'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ac386c7ebdf4c16a2cf3371b81a5263'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b0f645d42c04e1485ec73b5b7bb93f6'
                        key: {
                            document_key: 'bb89a921afd0435a88e331fbb2ea52f1'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bd327d169cf40e6b8d40b63b0b395c0'
                        key: {
                            document_key: '6e34a337bac04f0f9b05f54e1623b636'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e0382152a19470a840d95e8752c03c6'
                        key: {
                            document_key: 'd06671d055454568bbe6e8361b7c588e'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2e2df9fce7bb4b91bf273472b214ca63'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2e431d4d4f274039acca926a87f5de18'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2eaf315c1a72405ba28b42da0d438f83'
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2f294278c1894b39ae49481a9e8c629b'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'new'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2fc6d2e2fa6845ebbf7b9466aa4ed4e0'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30be9733cba84f79a1ee04208e442590'
                        key: {
                            document_key: '674f5a0ce18143a2b6773851d7ed0777'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3144b948d5ee44dfad9d6a24e9bf9f29'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '317534d2de0c4d97ba3615d9b99585f8'
                        key: {
                            document_key: '54a95164f8dd4c01b256b01589228db4'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '31b3b3dbc2d74946888c1b106ed923e8'
                        key: {
                            sys_security_acl: '7b0fda9ccadf4ef2a05735c6e699a458'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '323f87d0346842c7b39ecf3bff1179f1'
                        key: {
                            sys_security_acl: 'ddd98e46a1cf4149a88a087d51327f6a'
                            sys_user_role: {
                                id: '47a5eba604a34eb8b797e2b7a608588b'
                                key: {
                                    name: 'x_rescue_connect.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '32e27d9330a24fd6ae339eea2242f3fa'
                        deleted: true
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '57a4c14631f44258ad688d5590c68dfa'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '339334103334486f95dcfd940cdecba2'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33ca30d6b2054b16b25d62860aa0b77e'
                        key: {
                            document_key: 'bb89a921afd0435a88e331fbb2ea52f1'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '33e2b3b76cde4ac0a2aa997b13935229'
                        key: {
                            sys_security_acl: '3185c512e0144da68f5cfa1b6361837c'
                            sys_user_role: {
                                id: '47a5eba604a34eb8b797e2b7a608588b'
                                key: {
                                    name: 'x_rescue_connect.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '34329549b1284a9585691a44a8b94c63'
                        key: {
                            sys_security_acl: '63f0ef7d25f7402f8e51f050267d061d'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '344bbef89dfd445d9bccc012219385dd'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '344e7f7349c348798a173b82e0259f46'
                        key: {
                            document_key: 'e968a294c8c046ed92d4b0a447de593e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '34a55c6235dd4b97b29f881e9a1d63c4'
                        key: {
                            logical_table_name: 'x_rescue_connect_session'
                            col_name_string: 'task'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3641b8b26f8145b0a15912b2a5cb574f'
                        key: {
                            sys_security_acl: '5de3497056974c799d9df7c4264736d9'
                            sys_user_role: {
                                id: '47a5eba604a34eb8b797e2b7a608588b'
                                key: {
                                    name: 'x_rescue_connect.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '365a578ceaca48f9873b26a71a6bfbe6'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36c568865d5b460c9e9b97a7842fb662'
                        key: {
                            document_key: '4c39cc6b3dcb458c94f259f44a024d00'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '37b66a2101134c3cb978d4b4f2c86a4c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38302b5ac0724d258263712d3f617985'
                        key: {
                            document_key: '0fc72606b65843b59ba82475fd20cca5'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '38eab9c16003463d91919fe7acb4013f'
                        key: {
                            endpoint: 'x_rescue_connect_test_connection.do'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3dad66b697f143aaa5dfe0220c0c7c9e'
                        key: {
                            sys_security_acl: '2ab6818d1213449481eed84da75d5073'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3dbee06ede6c425380914b26ec74651e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3e610e5d94a846208ff73d595369ffb2'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '400e876838514cfbb3bab6f76ae2090c'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '424ee4a07ca347eba524608446705ab2'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '430ec99a73dd4a98b8b67e6757208733'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'new'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '43d76b97e282494aa60f8af277b1522d'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '44341c7ea1ac4cf99c90a406c18b1767'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4475f9d64b3749d3923b0bdee4d7c2c7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '44cf775674f44265aa5608971e9cbe2c'
                        key: {
                            sys_security_acl: '7ff043f046d94b1aa436bef0b56d94df'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4553f97967db41e1a0bd4b45692264bc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '46b5e37d3174425db7f01d137f91806d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '47a5eba604a34eb8b797e2b7a608588b'
                        key: {
                            name: 'x_rescue_connect.integration'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '47bcc33985ad4fca912424b0004a2ab4'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '47f776740a19494195203fca73bc5ed2'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '48e1c4c1bc0844319d8055be6ada0645'
                        key: {
                            endpoint: 'x_rescue_connect_token_setup.do'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4b13982eef0547cbb005678a176abc4b'
                        key: {
                            sys_security_acl: 'd345b9bbbe1541a68a140f2eb3dc103f'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b31e745fab9471da00fb12ec6c27b52'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c7a5e335912477a855e855a1bbd83d9'
                        key: {
                            document_key: '733b67c11aee4819a6e9e69d451ed425'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4d2961361b414e0abf6b578cf594277a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4d3a7633d8234b649ff893c7f627a574'
                        key: {
                            sys_security_acl: '32c90ef867b64d5d8487b3b66fc874c1'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4de00f4b51254050b80059b7495a02dd'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4dffc43536ae4a818c1d0e4e17ab1ca3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f91b6b113624f2599dceda84961d2ff'
                        key: {
                            document_key: 'bb89a921afd0435a88e331fbb2ea52f1'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '506eee882bd941448608b3377dfd9307'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51597509efe44c56a9371624883c5be6'
                        key: {
                            document_key: '54a95164f8dd4c01b256b01589228db4'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '534ff7ae28e848c7a7143d8a76548e14'
                        key: {
                            logical_table_name: 'x_rescue_connect_session'
                            col_name_string: 'tracking_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '53cac95641f0442e9dd888b9c72497e1'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '54a8e2e4d55f46d9af4ab154ce3643d2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '54b86aa202b54b3cad92ce230c18748a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '54cd86b4f1cf47dcb587274d3617b071'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '564c1ee4e7994af3a6e6fffc5c60fd73'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '567b8977ae2d423783ab437b6b2a6182'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '586290486bbd44c696612eff022899f3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '588484b5d9024957b6f92e2454453e97'
                        key: {
                            document_key: '674f5a0ce18143a2b6773851d7ed0777'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5957f7cd17454481a5de52efa2c2312e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'started'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5a9d6e9e99f04473974c87b80cc4d157'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '5a9d7713f5c445118f627d32b452ab52'
                        key: {
                            name: 'x_rescue_connect_session'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5b9cec8a0b3147d48dcfb0dfa0ed0ff4'
                        key: {
                            sys_security_acl: '910f5c2cf98c432cb00bc29bb599322a'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5c9698bd7a5346289639b60daeed43a2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5cff7bef26554a8ea163b907a662c38b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d8fd16a83ac43d98afd932c78f273ce'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5dd3b6bf24e643c6ab46d2ba853a8082'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e642af3da454fb7a5a60efce95e0bbb'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e8bff6d8b31479ea0d472f53832de26'
                        key: {
                            document_key: '2052d8d54c4d46bcb136381243be59f9'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '601ac00afa9349b4bac89779a799ae32'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '6147acc1d7d34b1aa675b236e2f783eb'
                        key: {
                            name: 'x_rescue_connect_token_request'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '617e913d73894008aca985e279627f7f'
                        key: {
                            document_key: '048a5c73e3a0453e8895b73faab94b75'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '619a04cc91f04e59acba67ce288798cf'
                        key: {
                            sys_security_acl: '91f6715c7380480197ad304ddc884149'
                            sys_user_role: {
                                id: '47a5eba604a34eb8b797e2b7a608588b'
                                key: {
                                    name: 'x_rescue_connect.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '62be0d1647f340c9a1669667273abe55'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6440a24792494ba69678ebe6ccd0c67c'
                        key: {
                            document_key: '54a95164f8dd4c01b256b01589228db4'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '658fd1c598dc4a76b373f095cc809706'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '65e98abfa0a743d5b2e0412d282c5e2c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67f1aa1f510b4b11b9756bbd80fc4f91'
                        key: {
                            document_key: '674f5a0ce18143a2b6773851d7ed0777'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68afc060cb7f4b9d9f739aa4e305e4fb'
                        key: {
                            document_key: '68d8c3a51e284b2098d76dbd0fff92fb'
                            variable: 'd13d0b935320220002c6435723dc34c8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a5eda173c4745cc9dba24cae60d4c1f'
                        key: {
                            document_key: '4c39cc6b3dcb458c94f259f44a024d00'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b7c0a1b886a4ae9916cdda49e370cda'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6bd11b57c9124be0af81dc35d7ff1548'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6e34a337bac04f0f9b05f54e1623b636'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6c0664ca15fb4b4097f8d3de984bbbe1'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6cbd303af0284f9fbe92a8d6e085c413'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6cfce3dd1bab482295eee73f8c6f320f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6db1d858a69b4219be67ca5472519746'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6db950bfee5d4e33a259a6f50c777a7e'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6eb83cbefa804b68aca9459306488b97'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'new'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6f3ebdfeccb94dfeb5e9f6cd54639961'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6fb238c479074376ad9b7d5fecdedb85'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6fcec970a09647c39e0822c6116e448a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6ff1a2266bd74c3aa90c6f49e40f7eb7'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '733b67c11aee4819a6e9e69d451ed425'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '702321c0828640f69016b3f42566cecc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '70369c05d37648bf8a01be3d03f1fe54'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '71a0f1954fc2490aa9fcb4bca381d4af'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71cde494fb61495f9e11cdf4d194f5c1'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '73cab97a201e498580d26a17648b3f21'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '744486e4d01d4de48cde3779e0fc410b'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '75f7a0d8cb9b45978e35f0252d27c0b4'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'technician'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7670a2533625493ba43895c847e52095'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'eu'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7690b68a3e9f4a20a28cc8875e3c09f1'
                        key: {
                            document_key: 'd6dc93c2cda64e81b370f13fa656c18f'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '76a07e9a37ae4161b0dc30c3688827a7'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '779c55d74bb04f5b9f5f56a4e40ccdb5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '78b476b1f7f54c7785dcd92fc8028afc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7b059720680140528735d83fec3691b5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7b33d0f3d9084c90aae0585c2e3789fe'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '7c35e497b5b8418497416f1b45bca1f4'
                        key: {
                            logical_table_name: 'x_rescue_connect_token_request'
                            col_name_string: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d419ed4743544229f8b7bebf94c15a9'
                        deleted: true
                        key: {
                            document_key: '57a4c14631f44258ad688d5590c68dfa'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7deeffe7db1a47b9aacce07a00a546a4'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f34e4c9dd3b47d989a1c410b2ee11ed'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f3ddd59f52b457f8f782d67afe7553a'
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '806bc0c3faf84e01a27d5b3e3b081eb6'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '807676d7d80e4cd58dec9631c600577f'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '80b0fe940055405e8a35c01639978d31'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '825011d2602d462b83d7281b7282273b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '82bf9d7803e045a1988f7f75aa829326'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '82d69459a5bc4fbfa22405619d923862'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'eu'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '841bad8d4c5c4229bd6144e729d24f6c'
                        key: {
                            document_key: '674f5a0ce18143a2b6773851d7ed0777'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '846017fd3fdb449f9efdad7ea441d7ea'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '849d3c1cc94e418cbddeb13bcf71f6ba'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8579dfa100bb4b359cecc98d2a05224e'
                        key: {
                            document_key: '048a5c73e3a0453e8895b73faab94b75'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '859296196e894693ad4052ad6e8a7121'
                        key: {
                            document_key: '54a95164f8dd4c01b256b01589228db4'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '85dbe6e8311348f8b5b7f426ca7ee2be'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85dc6375a6844c6da0e3d404daf3d7a9'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '865a221944784afe8cc77ef882f59dfd'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86a4543b8862464fb31be115c20c8d4c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '87b70e82dc5e47eb889d3127a863c055'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '881ce0037d364082aed7f03d951d9454'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8863f189afae491bbe5fb954a295a183'
                        key: {
                            document_key: 'bb89a921afd0435a88e331fbb2ea52f1'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '88a29d46c1154ac5aabc512b3d41b443'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88b3c001efbf411fa1d8136ed6e589c9'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '892d920372304714ae0483c56411aa5b'
                        key: {
                            document_key: '604759000a944b83a20af9e4463580be'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a566d8a35794c4d944b184aada0a3e7'
                        key: {
                            document_key: 'bb89a921afd0435a88e331fbb2ea52f1'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8b77a64e10114118abc9fcadb2ca637f'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c5c35e12c7d4bb2915f7ea8ecbe5918'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f6a1622d0624afe90a3ba3de4b62a98'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f83fc364d7b4db7b5cbda0fa0061c6d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f9ca368ae214303b740cd8ab0dc0bba'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '903c156031964f10860e139638a1c48b'
                        key: {
                            role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                            contains: {
                                id: 'b9c031be392a483598bfabec0e339b62'
                                key: {
                                    name: 'x_rescue_connect.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9351f94046ab4374b5078db4f1be5ed5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '936ae479791a415abbcdfea11a0427be'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '93ed4d244ee5437ebaf27e4217b195b8'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '94146c32fa994bfe8feaee50dbd17f1f'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'new'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '9488b89d253e4992aa7ee285de8e4bb4'
                        key: {
                            sys_ui_action: 'ced0204251144458bacf01fa19d8e8c2'
                            sys_user_role: {
                                id: 'b9c031be392a483598bfabec0e339b62'
                                key: {
                                    name: 'x_rescue_connect.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '94da4ede60f2456bb2781d72d2f0e565'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '94e7668906874c9fb0e4a9d03005cad0'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'enterprise'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '958dda5af6f64e1bbe7a8e392d5e8d3c'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '95c6abbfcc8c42ddb750181a302a7986'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '96919756872e40cd86572805f412f354'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'started'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9698e73f6d744040b8f0114c08394d52'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '97f11f9ceeb44fe7b51174301b91ccc6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '98251d029c4f47ada74c3b28d9484396'
                        key: {
                            document_key: 'd6dc93c2cda64e81b370f13fa656c18f'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99743f1520284b12bf4ea452e04ebee0'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '99b81dd64c7c41d4989b54d73992a8a6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9a1dd274853a45ea823062b9df299bbb'
                        key: {
                            sys_security_acl: '5e40da49798940d9b9d8bcaee1be8e7f'
                            sys_user_role: {
                                id: 'b9c031be392a483598bfabec0e339b62'
                                key: {
                                    name: 'x_rescue_connect.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9b7daa0780b24cff849c4674acbc565b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9da4282e5d944466bc839723525c3798'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e335e41e9bc475ea0654d6c5b83835e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e908b342ce14358983975e2d53a75c1'
                        key: {
                            document_key: 'd6dc93c2cda64e81b370f13fa656c18f'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e9f56303b8d42b1ad7052ea13ee5f01'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ee366b4f77645fba69aa2d8be132450'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a091ce17094e4fbea7f2bef756bfab11'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a2a6b84a7b5b446fb4d78c34c5f4a495'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a334c4a452ff4ac687ffcafd54d5db94'
                        key: {
                            document_key: '733b67c11aee4819a6e9e69d451ed425'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a48ce58e91104389abf9ee86b9fa24c6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a6345743687b4f85b98f8d6e9f99db02'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a6ec138e3d4b461385fa2c57297d76ba'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a759648a4c3541ed83c6a3ef963152d4'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'failed'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a88f6ffd30c34037afc8860b15ae8561'
                        key: {
                            document_key: '2052d8d54c4d46bcb136381243be59f9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'a8c7b89368de4c61a1ee1de4e67b4c8d'
                        key: {
                            sys_ui_action: '1c90abf3902543868877b85432a58f9f'
                            sys_user_role: {
                                id: 'b9c031be392a483598bfabec0e339b62'
                                key: {
                                    name: 'x_rescue_connect.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ab120911b1714fcba1878a88c02c4834'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_8df72288df60220062fe6c7a4df2636d'
                            id: '68d8c3a51e284b2098d76dbd0fff92fb'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ab91807f3733491f9ff20927e30cffd0'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'enterprise'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac013eb2c91e4c07b9e1239084c3716b'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ace8f83807d641b79fe456b199fdacea'
                        key: {
                            document_key: '54a95164f8dd4c01b256b01589228db4'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'adb7d7522dee4d95a651564e8bae5478'
                        key: {
                            document_key: '048a5c73e3a0453e8895b73faab94b75'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aedfa08788bb4035808330e970daee60'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af326b69653542e39cdeadd7607b6365'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0a5629b839042c4a866ac3cdf900cdb'
                        key: {
                            document_key: '4c39cc6b3dcb458c94f259f44a024d00'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b2604b56847143489c378ccb0c1332ef'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b270c1efc6474fb480b858662b09e677'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2786e0a93da4586884db4a45e99a296'
                        key: {
                            document_key: 'd6dc93c2cda64e81b370f13fa656c18f'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2a9c99d4790439189d4a3d1f2e6446a'
                        key: {
                            document_key: 'accd3cc92ca24de7bae867b18c307fbc'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b2fbe9995dd84f9e86329c047aff4f8b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b37e34f21bde4ee09e6dc54a9f771a94'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4617dcdbb5640c5b78e0e330c1036aa'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4f5e79c540444b6be96af9117cada7b'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b858281d64994e6ba45cbc1c45a8cc4e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '674f5a0ce18143a2b6773851d7ed0777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8e52851e252440abde57ea1195e5c5d'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b91382ada37f45b68e3d32a9d65ccb6d'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b95ec1ca6397435bba69c60a795c0ac9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'b9c031be392a483598bfabec0e339b62'
                        key: {
                            name: 'x_rescue_connect.user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b9c364229f0c46888ebcd83fc8b07e0a'
                        key: {
                            document_key: 'bb89a921afd0435a88e331fbb2ea52f1'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b9f2e42329b44573b0d5db72594a040e'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'baa8e8df14fc4e7d8d14195da2987904'
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bb9ce7ab3abb4db691cb579f1c5652b3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bcad6f9dc0dc4bc8b8eda2e4fd5175aa'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bcae07271f8e4f84be6e632faf0d2dc9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bd37abe710ff4fc9a4970bf6c470aa3d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'be4af669163f4bb1825790088eaa8277'
                        key: {
                            name: 'x_rescue_connect_session'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf6c6214a24b440e82940bd703bbaddd'
                        key: {
                            document_key: '54a95164f8dd4c01b256b01589228db4'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bfbef64f186340e0a9241495b0a001f7'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'c088754f90114aed8cb24fab71e14fae'
                        key: {
                            name: 'x_rescue_connect_token_request'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c106309ff2e340d0963c957bdd5f542c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c200d5abc3984f24a63ebeee122aad27'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c23194d4eb70465eae59a788235aa1dd'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c292946b18704f618cabc0d576b842ba'
                        key: {
                            sys_security_acl: '920283ff6dd343ce89db1de89dcef8cf'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c36b7f706f0b45a58098afb3e527f580'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c3926963bbb74ca3829b2f41e04a7d5d'
                        key: {
                            document_key: 'e7743af41810490a8ee43cc791503e00'
                            variable: 'e216835dffdf3210f972ffffffffff53'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'c3a17638ce474d66bf89df1a05030a38'
                        key: {
                            name: 'x_rescue_connect.admin'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c47711f78d7a4bb9880a818feae7721c'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5495d21dd5b43f8a0737f46ccb63f68'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c6313f554a80428d9dacc07dc08678d6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'started'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c67eec7ed6c54887aa13f48bfbda6386'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c857deccc3d84e87b6c3e2371e657334'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c94db56d3e3c43e191de36e122f75c6f'
                        key: {
                            document_key: '4c39cc6b3dcb458c94f259f44a024d00'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ca0d8d94f32642e08c272a101e05add3'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ca3376b1dcd54739aeacdcf007c226dd'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e968a294c8c046ed92d4b0a447de593e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ca3ee2e919e243bda78fb5e4e1a062ad'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cb0abfd13b1b42a7b40fef365aebaa95'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb49628ca1ed467d86f971e2672bcc9b'
                        key: {
                            document_key: '6e34a337bac04f0f9b05f54e1623b636'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cb58577375734bf490f8012c285985f0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cb835fbc0d5c489fbc69c1f8b138b641'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cbbe31f675004ff2ad3d2991257b8e37'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ccb0bc16ca974600832066d40d1e1191'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd594251d2754b168554962a4be6dd68'
                        key: {
                            document_key: 'accd3cc92ca24de7bae867b18c307fbc'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cdc43e9b32d943d38f11bfd78d8a295f'
                        key: {
                            document_key: 'd06671d055454568bbe6e8361b7c588e'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd0497d0ec80a4b98bd2b83dcfc67f647'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd061cd0b261b437da2115869b93ea4da'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd096749aa81546c4a93fa69f1dded260'
                        key: {
                            sys_security_acl: 'ddd98e46a1cf4149a88a087d51327f6a'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd2691d2ef4144837b493695142e7af63'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd27bfa2ea10f4bc888c965c64a1a76eb'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd3dcd9693a374ef7ae795ff66b34e335'
                        key: {
                            sys_security_acl: 'a0ed2d119dac4d089bb9cbf350f19c24'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4944d7a65e14cc5a7f5d2345f67f6f8'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd4f346c28020462db47091a45877e5f8'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd63d056ee0ff44f7a150cd2e98eb59b5'
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd7bafa291d374bf68a1a9f7bfabaf332'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd7bf6ff9a65148d6afdff148c05dd2ff'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd7c2276e0a59465d84fc7a2225ecb44d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd8bba175177e409abbb49f18ff1a2ab4'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'auth_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd90e8132c610431584850eb31cb074f9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd91323b69eb84d1eaad901dbf931288e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd92441c39fdc48aba7096ef439b8b644'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd97eec098c724415a3350aa6be8d461b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd9cba3ce75374ea38aad736caffe9cea'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'da6f86c34d1b4b2ba76f513114cbb22b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dad730036f9b4c8f91d2f9c60ff19acb'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'db3214ce7a1845cf9509ff411b1da938'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'db98a2c16a864cef91e12808c9cbd34e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dbc01291cce94582ba75c9c95ca3ccf7'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dc6cc8120c674d23a57abb28116a95c2'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'enterprise'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dd5c7bc444f84705a2453e677e0e89a5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'de1b4ec66c274726bb37f900fab82974'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e02fafe46412437c8c7d9efa6c29c288'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0371e80b5db48779bd87fd3d8feba28'
                        key: {
                            document_key: '604759000a944b83a20af9e4463580be'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e06452c87d3543ad8bb66e7e1259e389'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e27b31964af24c12b55d88fc3a0eaa0e'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e28e84ba17a9478d8fcf5753e2504b8a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'eu'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e350b15c353945d0bdbee5669e3e2b90'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_bfb48f59ffdf3210f972ffffffffffb3'
                            id: 'e7743af41810490a8ee43cc791503e00'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3565e97db60478897d3983fb7d240b4'
                        key: {
                            document_key: 'bb89a921afd0435a88e331fbb2ea52f1'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e458e7fddb1d4f65b1f8aaaac6659ef7'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e486824550434a90b4a7f8b7b2e782a6'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'enterprise'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e4e6100a0ef54b69978e44ea214b5845'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5264a1776e44b66bba84d11afe32d75'
                        key: {
                            document_key: '604759000a944b83a20af9e4463580be'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e5274febde5a48ba9a9856d62fb349fc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e62a6e31bbd04e929b42d5a9e2a9b09a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e835020de3ec418497db6236ac40cfd9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e84e742c207a4c3daf805413d64e7e13'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e89b738aea114c4ab5791a44a657f293'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e97a4ff1f7b043f28242d3aab8d0b1a0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ea2e97ff72ba4ac999f26bc13233e774'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ea3e072d564248c18b61996e2f57559e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'eae52401d5344b46b6437b52c10fcfad'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'eu'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'eca1dd02500f4d6d912ee85ee5b80c4f'
                        key: {
                            sys_security_acl: '2275f25f767e44bbb1d63185c55481b1'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ecb0ff68b56545a2ac2b4145d6c94a0a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ed30e68bee384e049eee47ba1e01ac53'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef88c4fd66444a83941a7309c98e5480'
                        key: {
                            document_key: 'e968a294c8c046ed92d4b0a447de593e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f02a946dfb744f65939ae6fdfc7f7008'
                        deleted: true
                        key: {
                            document_key: '57a4c14631f44258ad688d5590c68dfa'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0302192649e495db1a83c9a8011f08a'
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f03dfbdf307d4f94bb589d69b4c8e4c1'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f03f6e1e42d74545b5e6af03e7e85fdf'
                        key: {
                            document_key: '68d8c3a51e284b2098d76dbd0fff92fb'
                            variable: 'c7e483f3671003007ba405225685effb'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0b3a100b75a46c9ada20f2a09aedbd0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f1a906ba6db845e197557c4e481e543a'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'auth_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f214c47c459f402094e808e123b8ee57'
                        key: {
                            document_key: 'ae5daaa7f5e94f62a723e80283e16b3e'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f280c6e4396b4fa1a7ecedb4e0731e43'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2e0f133e5614ee79ebeebd520f94526'
                        deleted: true
                        key: {
                            document_key: '57a4c14631f44258ad688d5590c68dfa'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f3c7fd03a46b40d2bad704945733ff73'
                        key: {
                            sys_security_acl: 'f0335496f96a412f9b6bbaaf2873fe5e'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f3e76555200b4ffba8f88f5494dbc76e'
                        key: {
                            sys_security_acl: '91f6715c7380480197ad304ddc884149'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f44903068a584849b34ee98fca30fc75'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f45da4495cc744218c564804f0973fe3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f4fc591e74d44a47b718d2591c040f6e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f5175dab1a004dee9c27ea99060b85a7'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2052d8d54c4d46bcb136381243be59f9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f571507fe50d40c9a9fc59e14723d887'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f57c178836714c0b9ae539c6515262a9'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f79e56c0424d48d6ae31a3e0611882eb'
                        key: {
                            sys_security_acl: 'd345b9bbbe1541a68a140f2eb3dc103f'
                            sys_user_role: {
                                id: '47a5eba604a34eb8b797e2b7a608588b'
                                key: {
                                    name: 'x_rescue_connect.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8b847f7b9304e29b9480c0e16010bdd'
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fa6aa46f731843dbbc4be4c17a0912fe'
                        key: {
                            sys_security_acl: '3185c512e0144da68f5cfa1b6361837c'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fa7198e9afef448f90f7c0af0a6a5629'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbea62c3354247b19c798ebfb852c89f'
                        key: {
                            document_key: 'd06671d055454568bbe6e8361b7c588e'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc0339fdd78d4b5d81a79c67c648c5a5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc8e16d4b9644f659f970eb71b4bc9eb'
                        key: {
                            document_key: 'd6dc93c2cda64e81b370f13fa656c18f'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc9a98ed60a9487bbbe1ef9f234a8566'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fcf9e36397384ce4ae2181c08bacf4cf'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: 'd6dc93c2cda64e81b370f13fa656c18f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdaedfc5d4cf401a8d9bddaebc4d6f80'
                        key: {
                            document_key: '54a95164f8dd4c01b256b01589228db4'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe283b2553f4486888486201aea1ca9c'
                        key: {
                            document_key: '0fc72606b65843b59ba82475fd20cca5'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffdab20fb1ea4a51aaf4f575b36617ea'
                        key: {
                            document_key: '048a5c73e3a0453e8895b73faab94b75'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                ]
            }
        }
    }
}
