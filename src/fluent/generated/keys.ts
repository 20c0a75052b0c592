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
                    'acl-session-attachment-read': {
                        table: 'sys_security_acl'
                        id: 'c6d71dfa9b414f0bb73ed3c9e5e2bcb9'
                    }
                    'acl-session-create': {
                        table: 'sys_security_acl'
                        id: '91f6715c7380480197ad304ddc884149'
                    }
                    'acl-session-delete': {
                        table: 'sys_security_acl'
                        id: 'ddd98e46a1cf4149a88a087d51327f6a'
                    }
                    'acl-session-post-hashes-read': {
                        table: 'sys_security_acl'
                        id: '03f2f2feafc54ca8981a00fa2a2f3f65'
                    }
                    'acl-session-posts-read': {
                        table: 'sys_security_acl'
                        id: 'e4e8bbb6cf854ffe848177705e1f2b8a'
                    }
                    'acl-session-read': {
                        table: 'sys_security_acl'
                        id: '5de3497056974c799d9df7c4264736d9'
                    }
                    'acl-session-read-all': {
                        table: 'sys_security_acl'
                        id: 'aace4a8d16984f32a5733728ede93730'
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
                        deleted: true
                    }
                    'atf-pin-ajax-empty-settings-call': {
                        table: 'sys_atf_step'
                        id: '2052d8d54c4d46bcb136381243be59f9'
                    }
                    'atf-pin-ajax-empty-settings-clear': {
                        table: 'sys_atf_step'
                        id: 'accd3cc92ca24de7bae867b18c307fbc'
                        deleted: true
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
                    'atf-session-stores-grant': {
                        table: 'sys_atf_step'
                        id: '92bfb940e8c84330bd555814f8078fc4'
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
                        deleted: true
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
                        deleted: true
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
                        id: '9d8aab99307c44f8bdebe28f7c32b37c'
                    }
                    'i18n-field-de-menu_title': {
                        table: 'sys_translated'
                        id: 'c9448ef746e64b7ba8877b332f953a15'
                    }
                    'i18n-field-de-module_sessions': {
                        table: 'sys_translated'
                        id: '926f28446ed44f6d960a1d8ce408d6df'
                    }
                    'i18n-field-de-module_sessions_hint': {
                        table: 'sys_translated'
                        id: '6cc2b460a7c64bb4a933a2fffaa63617'
                    }
                    'i18n-field-de-module_settings': {
                        table: 'sys_translated'
                        id: '1a52cc47a92b483fa0952c588cb8ad69'
                    }
                    'i18n-field-de-module_settings_hint': {
                        table: 'sys_translated'
                        id: '05dc82e5d26a47418f651eb2e486ca92'
                    }
                    'i18n-field-de-module_test_connection': {
                        table: 'sys_translated'
                        id: '8541258ef6014d748238bdce02c7cd2d'
                    }
                    'i18n-field-de-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: '20225c2dc8fc4e68a77b3f1d5ff21ef5'
                    }
                    'i18n-field-de-module_token_setup': {
                        table: 'sys_translated'
                        id: 'ed32a38fe0874cf6b73e9faa22f621cd'
                    }
                    'i18n-field-de-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: 'b431f1e618b34c34909f64073c505ecc'
                    }
                    'i18n-field-de-settings_title': {
                        table: 'sys_translated'
                        id: 'f08b71e4eeb4464da1c514939fd215a6'
                    }
                    'i18n-field-de-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '3232d15876f64b2c993e6a582f76f520'
                    }
                    'i18n-field-de-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: 'e407a60d6bc44158881929d8deb833d0'
                    }
                    'i18n-field-de-ui_action_name': {
                        table: 'sys_translated'
                        id: 'a5acff35de494cc8a7f2d74fcbe6714b'
                    }
                    'i18n-field-fr-menu_hint': {
                        table: 'sys_translated'
                        id: '63898033c2f44bb9acfc56fca39396d6'
                    }
                    'i18n-field-fr-menu_title': {
                        table: 'sys_translated'
                        id: '9a463698d5654170be9d705b8e70fec0'
                    }
                    'i18n-field-fr-module_sessions': {
                        table: 'sys_translated'
                        id: '3ed1bb7e9ef749689470e40506d63548'
                    }
                    'i18n-field-fr-module_sessions_hint': {
                        table: 'sys_translated'
                        id: 'fa3652e49888432a8c3e3f6664d22a58'
                    }
                    'i18n-field-fr-module_settings': {
                        table: 'sys_translated'
                        id: 'a12da092343d4f3683b6b00845d26aac'
                    }
                    'i18n-field-fr-module_settings_hint': {
                        table: 'sys_translated'
                        id: '69982ef7a75247e99ef0f77682f893df'
                    }
                    'i18n-field-fr-module_test_connection': {
                        table: 'sys_translated'
                        id: 'f9a94e06b99e414689923a471b919c60'
                    }
                    'i18n-field-fr-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: '4868e0819edc472792769c153428f204'
                    }
                    'i18n-field-fr-module_token_setup': {
                        table: 'sys_translated'
                        id: 'd335195d056647fa833ad40a7b50f47b'
                    }
                    'i18n-field-fr-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '0b312854bab342f595eafe3586d10867'
                    }
                    'i18n-field-fr-settings_title': {
                        table: 'sys_translated'
                        id: 'bb7bc552b3094c4dbde556712c3106a5'
                    }
                    'i18n-field-fr-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '106a586abcb145bf8138ca31f01ff101'
                    }
                    'i18n-field-fr-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: 'c0a7e5ee729d42f69951fcdfb35703a8'
                    }
                    'i18n-field-fr-ui_action_name': {
                        table: 'sys_translated'
                        id: 'a40a10af206546d885f01a2f8674e1b2'
                    }
                    'i18n-field-nl-menu_hint': {
                        table: 'sys_translated'
                        id: '90db60e534a34507b03889e2967da558'
                    }
                    'i18n-field-nl-menu_title': {
                        table: 'sys_translated'
                        id: '90489d0e687d47848146a343f8931b9b'
                    }
                    'i18n-field-nl-module_sessions': {
                        table: 'sys_translated'
                        id: 'ef681aeed09a4651a8b05925ba2862b3'
                    }
                    'i18n-field-nl-module_sessions_hint': {
                        table: 'sys_translated'
                        id: '381618103847465ca78314bdfb99a61a'
                    }
                    'i18n-field-nl-module_settings': {
                        table: 'sys_translated'
                        id: '1622c627877b449da9877a92f0f1ba6b'
                    }
                    'i18n-field-nl-module_settings_hint': {
                        table: 'sys_translated'
                        id: '6e0a5d263cec431f96ee15a219547bfe'
                    }
                    'i18n-field-nl-module_test_connection': {
                        table: 'sys_translated'
                        id: '0b782bd008874eaf899cc971fb9e00ff'
                    }
                    'i18n-field-nl-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: 'b762669c6a9141c98f3b713458447d78'
                    }
                    'i18n-field-nl-module_token_setup': {
                        table: 'sys_translated'
                        id: '41deb1a7cc794b9695468da95d4e83d0'
                    }
                    'i18n-field-nl-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '28901b0607704debb1fabe5fd0ff17ee'
                    }
                    'i18n-field-nl-settings_title': {
                        table: 'sys_translated'
                        id: '21375e2d943e4e8598a2791d0f9cbb4f'
                    }
                    'i18n-field-nl-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: 'eaa0d7f6d1b94602881a5887e326e0d7'
                    }
                    'i18n-field-nl-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: '39afcba80e864174832b3d442d877435'
                    }
                    'i18n-field-nl-ui_action_name': {
                        table: 'sys_translated'
                        id: '513753729f5940619288e2029883e59d'
                    }
                    'i18n-message-de-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: 'b546aa7343094f2b87d32ec60f58aafd'
                    }
                    'i18n-message-de-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '20f4bd1ae488408a81a42180dde447de'
                    }
                    'i18n-message-de-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '6fd41119339e40b99f9e6d7337a8faf7'
                    }
                    'i18n-message-de-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '2ed0e37bf1ed47689363c534e6397ee8'
                    }
                    'i18n-message-de-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '7694ef77eb754d90943b8f57d422118d'
                    }
                    'i18n-message-de-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '5bc1bd0b497a4853ae93372ebd93bbd9'
                    }
                    'i18n-message-de-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: '9fc3c6b2332f4453aad8a1cfefedfdba'
                    }
                    'i18n-message-de-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: '671c5649baa34ca7aa0b5baa113ee6b2'
                    }
                    'i18n-message-de-connection.failed': {
                        table: 'sys_ui_message'
                        id: '80b47de501f64acc9ec6eac63e229396'
                    }
                    'i18n-message-de-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '95bbac08f6344dd6aea5a9e110f9e8dc'
                    }
                    'i18n-message-de-connection.ok': {
                        table: 'sys_ui_message'
                        id: 'beab68ee948446bca24c61e84b026ec9'
                    }
                    'i18n-message-de-console.a_technician': {
                        table: 'sys_ui_message'
                        id: 'b41507ca5db64454887d488798ee28f5'
                    }
                    'i18n-message-de-console.description': {
                        table: 'sys_ui_message'
                        id: '1d157c136f984a9e9e9b5ecfa6fa09c4'
                    }
                    'i18n-message-de-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '6eb362302843428aaeb6a4bddf78b981'
                    }
                    'i18n-message-de-console.not_shown': {
                        table: 'sys_ui_message'
                        id: '68c23663036a4ffbbc887daa2b9d811e'
                    }
                    'i18n-message-de-console.short_description': {
                        table: 'sys_ui_message'
                        id: 'f42bdeb140a94e18b96bae2cfb23e167'
                    }
                    'i18n-message-de-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '4242ea10a610449abe079c2d99189c14'
                    }
                    'i18n-message-de-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: 'a904e10f6ed74eeab39412c620e13ac9'
                    }
                    'i18n-message-de-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '44661630764f4b18bcdcde466a43b0f2'
                    }
                    'i18n-message-de-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: 'e2e78be3fb8d423e9356498aaffc3b15'
                    }
                    'i18n-message-de-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '419df305c5e1423d885f6bff7c8547cb'
                    }
                    'i18n-message-de-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '21df9d8b79ec44f9bf9f00ec1a750e75'
                    }
                    'i18n-message-de-email.technician.join': {
                        table: 'sys_ui_message'
                        id: '5e088f26767f40eca88f6e9b559a35fe'
                    }
                    'i18n-message-de-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '536baca054ba4932abfaef359633eddc'
                    }
                    'i18n-message-de-email.token.action': {
                        table: 'sys_ui_message'
                        id: '2bd25bbbba9543728f8bb2e0f7714469'
                    }
                    'i18n-message-de-email.token.after': {
                        table: 'sys_ui_message'
                        id: '306951bdfef94a9b841eb3ef3d10005c'
                    }
                    'i18n-message-de-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '3e7b567fb9f04a3792579dccdcd2a29e'
                    }
                    'i18n-message-de-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: 'e6601e5ee6744d2f8aed5e55e7eeab56'
                    }
                    'i18n-message-de-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '74857da7d42c494f922662cb9af12b8a'
                    }
                    'i18n-message-de-list.sentences': {
                        table: 'sys_ui_message'
                        id: '7be64d67d6d74a76956e984467a40e1a'
                    }
                    'i18n-message-de-list.two': {
                        table: 'sys_ui_message'
                        id: '1b19ca911e444f72ad64e88ac110d32d'
                    }
                    'i18n-message-de-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: 'f02bde39711647b5adf3eada6301aaed'
                    }
                    'i18n-message-de-note.ended': {
                        table: 'sys_ui_message'
                        id: 'fedc1fb74ab94b8aa48fe1782960a440'
                    }
                    'i18n-message-de-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '7b3ffd42f5d7430c907449048ae2c85a'
                    }
                    'i18n-message-de-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: 'ac26763728ed495aa155aeead467b4ae'
                    }
                    'i18n-message-de-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: '3e8b7b1882b943c58c346fb30b5a1b04'
                    }
                    'i18n-message-de-note.line': {
                        table: 'sys_ui_message'
                        id: '479f71f7f38d4920b08a3d3514cda0e5'
                    }
                    'i18n-message-de-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: '14719f10c9c8423d9c983bed354a5491'
                    }
                    'i18n-message-de-note.minutes': {
                        table: 'sys_ui_message'
                        id: '75f1f6756a3b484cbc63dd2fb16db7f6'
                    }
                    'i18n-message-de-note.seconds': {
                        table: 'sys_ui_message'
                        id: 'c90ce964a81444a88ee50036b4abeb32'
                    }
                    'i18n-message-de-note.started': {
                        table: 'sys_ui_message'
                        id: '0e23006a5efe46498163d61455b863ea'
                    }
                    'i18n-message-de-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '27b1a6bcb71e4bf099708125384bca9d'
                    }
                    'i18n-message-de-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: 'bf2eaacb7d6745d39aa9b0bf3d74d1be'
                    }
                    'i18n-message-de-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: 'bde3d6612bb744ebbdcaf0adb0dc6f3a'
                    }
                    'i18n-message-de-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '1136115649d6400ab175cba49acdaeaa'
                    }
                    'i18n-message-de-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: 'e71cfbdd0f09445397e0ba96afde36a9'
                    }
                    'i18n-message-de-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: 'fea53284e4df444d8f2dd8786fe994a9'
                    }
                    'i18n-message-de-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: '3998ff855b7342f994680b88215f0913'
                    }
                    'i18n-message-de-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: '83cae2ad7fc64e038ed3725b46eb8e75'
                    }
                    'i18n-message-de-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '70b1bedb1a6e4bbab096c673ac7718e1'
                    }
                    'i18n-message-de-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '987240f6215944b28a4dde58c66a4723'
                    }
                    'i18n-message-de-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '89a6f9898a6f4f209257bb7610050c78'
                    }
                    'i18n-message-de-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: 'fff3419f678c4cc7a34cf2f41611d2d2'
                    }
                    'i18n-message-de-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '371e4600505b4310863128d1c6264bd0'
                    }
                    'i18n-message-de-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '1366d62c9b1241e28d40c01cbb2a80a2'
                    }
                    'i18n-message-de-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: 'b028c9b703b14aafb60453c1b7e6d79c'
                    }
                    'i18n-message-de-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '5fe483b9ec26410ab03232b3404d350a'
                    }
                    'i18n-message-de-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '9e898bae88164c7aae474d65562e87fe'
                    }
                    'i18n-message-de-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: 'fa0fa25110ba4ef7aac20acb2f2ac0ef'
                    }
                    'i18n-message-de-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: 'f81ec2f94a524ca0a34b41b5c84179bc'
                    }
                    'i18n-message-de-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: '75617a820ada465685e0087f2591ff78'
                    }
                    'i18n-message-de-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: 'f5bc23ac166442ab810c394430522298'
                    }
                    'i18n-message-de-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '3aea36f74a1a4916a5aa3c9b67f9eec4'
                    }
                    'i18n-message-de-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: '954644da740143c1b23804ff11713d19'
                    }
                    'i18n-message-de-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '510ef505b21c4708856c90b4bc99de37'
                    }
                    'i18n-message-de-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: '9ba7e5ddac89432b838355b79af1fb7f'
                    }
                    'i18n-message-de-page.test.asking': {
                        table: 'sys_ui_message'
                        id: 'fe1f467a1aee43b9af88eb68d2902525'
                    }
                    'i18n-message-de-page.test.intro': {
                        table: 'sys_ui_message'
                        id: '610eca8d4e8d49849ebb2a81da20ecf3'
                    }
                    'i18n-message-de-page.test.no_answer': {
                        table: 'sys_ui_message'
                        id: '7ebc260552bc4224ba83700b42c070d4'
                    }
                    'i18n-message-de-page.test.run': {
                        table: 'sys_ui_message'
                        id: 'af51111a7108464cb5f05923fdf4efb2'
                    }
                    'i18n-message-de-page.test.title': {
                        table: 'sys_ui_message'
                        id: '3ab2e95d902d46c2accf5fc390f9246c'
                    }
                    'i18n-message-de-page.token.application': {
                        table: 'sys_ui_message'
                        id: 'af33f7144a6644a5bf30250ebe950f1c'
                    }
                    'i18n-message-de-page.token.intro': {
                        table: 'sys_ui_message'
                        id: '4af1bf1b2ad142c6b1857d8475aad8c8'
                    }
                    'i18n-message-de-page.token.no_answer': {
                        table: 'sys_ui_message'
                        id: '476b4cff452a498a8bdd7921a423baee'
                    }
                    'i18n-message-de-page.token.open_request': {
                        table: 'sys_ui_message'
                        id: '429c1ffd2ae34755bf8824bcd5e84ecf'
                    }
                    'i18n-message-de-page.token.run': {
                        table: 'sys_ui_message'
                        id: '404d1c6955e34a8f8d9117eae086b2fe'
                    }
                    'i18n-message-de-page.token.running': {
                        table: 'sys_ui_message'
                        id: '30f409774aef4b75bb42b5e94b361fb1'
                    }
                    'i18n-message-de-page.token.title': {
                        table: 'sys_ui_message'
                        id: 'dae63777d0b24f4b88da03a59cc51d78'
                    }
                    'i18n-message-de-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '60f53e46b4c74f4f921150dd32ca037d'
                    }
                    'i18n-message-de-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: '4165344128d44c8dbb3b6a4d70475032'
                    }
                    'i18n-message-de-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: 'd6cd6896d82e458f9bdf6f8fc7acb3e3'
                    }
                    'i18n-message-de-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '69923fab388e48b8ba987be665ddfc59'
                    }
                    'i18n-message-de-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: 'b42ce255fff948b48bd5fa432597f578'
                    }
                    'i18n-message-de-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '91d130642d294fd58fc5d1a15672d426'
                    }
                    'i18n-message-de-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: 'e7677489f92743d5b8c6e15b77fe441e'
                    }
                    'i18n-message-de-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: 'a92a58e663a9490aa1b8af1ac0c160a8'
                    }
                    'i18n-message-de-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '6ba8fdc882d248cbaf16d0cd7c500d95'
                    }
                    'i18n-message-de-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: 'cc1774fe4b244931a34fccfef7807283'
                    }
                    'i18n-message-de-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: '1acc45d407754b67b4d278cbb85b45c1'
                    }
                    'i18n-message-de-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: '34ef4e557d9d4c34bed8e065cd988da9'
                    }
                    'i18n-message-de-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '51149359ece94c4fbe47a58fc53fd536'
                    }
                    'i18n-message-de-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '1ab1ef09cc064afcb38bb3cf676a0fd8'
                    }
                    'i18n-message-de-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: 'a6518d550bfa476e978f0550f82403e4'
                    }
                    'i18n-message-de-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: 'aa79e5741648448e89cca7a32216fed4'
                    }
                    'i18n-message-de-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '252a5bdeb8104f9ba275bd431fcca4de'
                    }
                    'i18n-message-de-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '694dd5dc88e04beab7206b01ca38ee53'
                    }
                    'i18n-message-de-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '4df87e5128d64b609a036fc468152761'
                    }
                    'i18n-message-de-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: '0f4a87cd98b2426cbfdf9714a719294f'
                    }
                    'i18n-message-de-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: 'b657b5b9ff0e4787974437ca1844c156'
                    }
                    'i18n-message-de-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: 'fe187296a11a405b85ad36ee6b3b580e'
                    }
                    'i18n-message-de-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '28d4249fd42b4729946a70915a3b831e'
                    }
                    'i18n-message-de-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: '7cea03ad4d134172a6284ab2038b518b'
                    }
                    'i18n-message-de-pin.modal.done': {
                        table: 'sys_ui_message'
                        id: '9090d8613f074665805c0ff57ca71709'
                    }
                    'i18n-message-de-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: 'c1873cc640c94e1885dfc2a546a5cbd2'
                    }
                    'i18n-message-de-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: 'bf587b0bb8744dfea8efe9ab25793326'
                    }
                    'i18n-message-de-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '721c056ecb6e4847994d773289f6242d'
                    }
                    'i18n-message-de-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '14879dc8c20b47c4b69f52554ee4ea1b'
                    }
                    'i18n-message-de-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: '3d40c8cdab214c3695ca3357160850a3'
                    }
                    'i18n-message-de-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: '19902a6dbcb443fdac09076e506e8dc2'
                    }
                    'i18n-message-de-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: '0e598be2025048ea80ab34f68d07b72b'
                    }
                    'i18n-message-de-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: '79c68bdbdb6a4f60b2a1bf50bff436de'
                    }
                    'i18n-message-de-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '14d28a218bac4f26a1533a172bac329b'
                    }
                    'i18n-message-de-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '3479bd6883864bee8e3852403785bbec'
                    }
                    'i18n-message-de-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '1a3ab2ddf16b402a9aa09df0c1c38cb3'
                    }
                    'i18n-message-de-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '2497534490f94c39a916a66eb33e9710'
                    }
                    'i18n-message-de-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '5dfdd383582146a495be7d80819145e1'
                    }
                    'i18n-message-de-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: 'c524142e450b4f2eb12e166661abb474'
                    }
                    'i18n-message-de-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '451e94a3610b4bfc98b8cdb8e98455c1'
                    }
                    'i18n-message-de-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: 'b31c85789d04444a866db5fd920ce24d'
                    }
                    'i18n-message-de-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: 'b039491f657e421ba07f9382b8208049'
                    }
                    'i18n-message-de-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '2b5ebefffacb4245891b8c59b0091461'
                    }
                    'i18n-message-de-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: '143aa26475c64b598bfe84e5cba8dcd7'
                    }
                    'i18n-message-de-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '34b441b62c19441f841b573272d31ca6'
                    }
                    'i18n-message-de-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: 'a464203462dc4353865792fda9827e1a'
                    }
                    'i18n-message-de-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '8c84ddf870cd4df19bbf61a0456c4710'
                    }
                    'i18n-message-de-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '5d14c78b777547e89ba4b7a23a038232'
                    }
                    'i18n-message-de-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: 'fcc1a26f8c904f86922e643c5e664dc3'
                    }
                    'i18n-message-de-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '73efcefdd7134124bec44c3decf31e5c'
                    }
                    'i18n-message-de-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '5009b9d5be5344d192bd4b414afadd1a'
                    }
                    'i18n-message-de-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '55042b514f5441c183217a32c05dc85a'
                    }
                    'i18n-message-de-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: 'bf29e4bcf8d54ccc9df8cbdd8173b2c8'
                    }
                    'i18n-message-de-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: 'c5f0597a53ec49b9b44f83a5acba0570'
                    }
                    'i18n-message-de-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '2b21ce78d65048fa81240e8aaaa642e8'
                    }
                    'i18n-message-de-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: 'd31d03e1895c497992ea0cf6286138a1'
                    }
                    'i18n-message-de-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: '238d3721720b4b50a8b3e6c61efaa3e1'
                    }
                    'i18n-message-de-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '4085e88cad0349e69e78ba72c41654bd'
                    }
                    'i18n-message-de-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '255f0e658b4d4cfeb6ab8df8a814fa33'
                    }
                    'i18n-message-de-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '60bae42010be424fbe2a8029c0d1912b'
                    }
                    'i18n-message-de-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: '51a1180938ba4bf5bcb0bdb52ed97a53'
                    }
                    'i18n-message-de-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: '49a5d69959284d4d91c1cd8e553e1029'
                    }
                    'i18n-message-de-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '3927ab42167e4df3b63358a06ba0a095'
                    }
                    'i18n-message-de-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: 'ea5650e341224e839576d43c2cf0abf6'
                    }
                    'i18n-message-de-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: 'c723d16342104bb6b146b122f7dd4f27'
                    }
                    'i18n-message-de-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '30c002276db94e308fc14fa0f5388f82'
                    }
                    'i18n-message-de-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: 'd583fb4e738c46959843f40b418d6273'
                    }
                    'i18n-message-de-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: '1f202b95f8b74911be8f344f9ac890da'
                    }
                    'i18n-message-de-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: '1330377ca64e449ab57ee5ba3342b2f4'
                    }
                    'i18n-message-de-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: 'abced0a3c9fd4d16b469c75a21f4559d'
                    }
                    'i18n-message-de-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: 'f4ab0aa159f54c899f01675a71ae339e'
                    }
                    'i18n-message-de-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'fdc06495dfac4a59a6bc213e4ef93a31'
                    }
                    'i18n-message-de-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '1a329a6f77ca4ac6a4ea86578f799c88'
                    }
                    'i18n-message-de-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '82b105198b464acbaebb92f45e5a427c'
                    }
                    'i18n-message-de-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '8eaa6a4c223946c699980047f1b2ba47'
                    }
                    'i18n-message-de-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'eba77586b50d4d20a82930ba85e2bb83'
                    }
                    'i18n-message-de-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: 'c8de5e94a02f4a7fa0041949c9243105'
                    }
                    'i18n-message-de-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: '70cfcea2f3564590942acac8fcd0b7c6'
                    }
                    'i18n-message-de-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: 'a9405616e646441c88682e7d7564effb'
                    }
                    'i18n-message-de-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '8fa49df5fd2e442b8a15d219caf9b2b7'
                    }
                    'i18n-message-de-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: 'e0ca80244c5b4e4d92b026db5b6d8f1f'
                    }
                    'i18n-message-de-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '07fd80ddd41a4a768b20668656cc540b'
                    }
                    'i18n-message-de-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: '9e06c2f6d6bb41c592c1f34a5167b019'
                    }
                    'i18n-message-de-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: 'd5842cf1e64844578635edcba54f35c6'
                    }
                    'i18n-message-de-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: 'c4b21b5a40e842ce90d33a042b74a3c8'
                    }
                    'i18n-message-de-token.last_success': {
                        table: 'sys_ui_message'
                        id: '66733d3cf4b94b0ab7538c0da69387e0'
                    }
                    'i18n-message-de-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: 'e90da992487b478b89fa8332867f94b2'
                    }
                    'i18n-message-de-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '0c46582450814152b8cfbb1630f5702f'
                    }
                    'i18n-message-de-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '4a3e1246450e45e6a61ded4f0791c610'
                    }
                    'i18n-message-de-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: 'c2b257cb0f1543ddb8f0b0c525c87076'
                    }
                    'i18n-message-de-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: 'dda1eb332e894e88ae31caf486aeca91'
                    }
                    'i18n-message-de-token.not_admin': {
                        table: 'sys_ui_message'
                        id: '161b94cdde5e439b9bd2cc550ca4d8d5'
                    }
                    'i18n-message-de-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: '72463e6d07ad4b238424278c2612c902'
                    }
                    'i18n-message-de-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: '148d87e0257b4c16aece80d5c9b73e3f'
                    }
                    'i18n-message-de-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '3037e99a3f9248339afeb0779cce8008'
                    }
                    'i18n-message-de-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: '9ab6ebc87c5345cfa92540c2801be778'
                    }
                    'i18n-message-de-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: '2e7f528311aa419c8779d6c61f45225f'
                    }
                    'i18n-message-de-token.region.eu': {
                        table: 'sys_ui_message'
                        id: 'ba9624458be04af3aef8eb3a657eafc8'
                    }
                    'i18n-message-de-token.region.global': {
                        table: 'sys_ui_message'
                        id: '94f62ef4bbe544119ed2f2fa4707454d'
                    }
                    'i18n-message-de-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '46b3923828b44d6f8fae3996d2292b86'
                    }
                    'i18n-message-de-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '0ed818a2087441a8a2221cd1d1593d6e'
                    }
                    'i18n-message-de-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '6d672884379d4106bf031768bc34429c'
                    }
                    'i18n-message-de-token.step_sent': {
                        table: 'sys_ui_message'
                        id: 'b6e332bfc9ea41c2b8682ec2e37dd448'
                    }
                    'i18n-message-de-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: 'c0f22e18addf4f148fbd7dcea652272c'
                    }
                    'i18n-message-de-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '899d6bf30c31407385fed998ad9a2814'
                    }
                    'i18n-message-en-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: 'debe65de99724966bf8b586d9b7cdd5c'
                    }
                    'i18n-message-en-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: 'aaf0199d274e40aabf6b558462d96cc2'
                    }
                    'i18n-message-en-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '7909742ee4534b15aac29271ba8979eb'
                    }
                    'i18n-message-en-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '2f652f52346245d39a69d5394bfbb7be'
                    }
                    'i18n-message-en-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: 'b7fb65ab606b40c4af6d6fc13541f1b3'
                    }
                    'i18n-message-en-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '48125af38bf84a05a36d4276ed40bc83'
                    }
                    'i18n-message-en-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'df7c654a78e3487aa2ac88da836c9000'
                    }
                    'i18n-message-en-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: 'a5001d75e3cd41b689155a7f6f682db8'
                    }
                    'i18n-message-en-connection.failed': {
                        table: 'sys_ui_message'
                        id: '2b2e638029bc48c18353c123231a13f3'
                    }
                    'i18n-message-en-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '65193f1b58444d94b38bcca29a00be53'
                    }
                    'i18n-message-en-connection.ok': {
                        table: 'sys_ui_message'
                        id: '3859e61b5d594fa98a470fccaf62192e'
                    }
                    'i18n-message-en-console.a_technician': {
                        table: 'sys_ui_message'
                        id: 'a013fae6231d47909c92bd680607b8d1'
                    }
                    'i18n-message-en-console.description': {
                        table: 'sys_ui_message'
                        id: 'aa67f27fc4d640f1aa58b251bfa30c3b'
                    }
                    'i18n-message-en-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: 'a9c6f98ea4f04ea3a4232777aeccf42b'
                    }
                    'i18n-message-en-console.not_shown': {
                        table: 'sys_ui_message'
                        id: '0afbf44ce57b498c939c01afdfb0d9f5'
                    }
                    'i18n-message-en-console.short_description': {
                        table: 'sys_ui_message'
                        id: '35f8379135b842aebcbe3508ca06be7f'
                    }
                    'i18n-message-en-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: 'ddb285f48c734cf192f07587665cb1de'
                    }
                    'i18n-message-en-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: 'c51b8deb20ab434eadefa08eabae1190'
                    }
                    'i18n-message-en-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '4fed6d13a6f4461095c39fcc9f559f86'
                    }
                    'i18n-message-en-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: '376fbfda66d24b8789e8038da3846cb0'
                    }
                    'i18n-message-en-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '951d01a623874dcdbddfa7a572d473f0'
                    }
                    'i18n-message-en-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '673a278c4f1748dc85bcfa982c24afca'
                    }
                    'i18n-message-en-email.technician.join': {
                        table: 'sys_ui_message'
                        id: '2a189256a9ee4d499728d276ec1f51a5'
                    }
                    'i18n-message-en-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: 'ff375016c3d34981afed506347e34759'
                    }
                    'i18n-message-en-email.token.action': {
                        table: 'sys_ui_message'
                        id: 'eaef429561a3478099cee94a72c99765'
                    }
                    'i18n-message-en-email.token.after': {
                        table: 'sys_ui_message'
                        id: '1c601b5d338e4d4c83e75373331dead8'
                    }
                    'i18n-message-en-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '0e5f6d2c204b45a9b1bcaff38f2af793'
                    }
                    'i18n-message-en-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: '6891a758eb134efe844f7c94505c1ad6'
                    }
                    'i18n-message-en-email.token.subject': {
                        table: 'sys_ui_message'
                        id: 'a344152542154cf0ae291e7cc89d2754'
                    }
                    'i18n-message-en-list.sentences': {
                        table: 'sys_ui_message'
                        id: '265211dc12534906804512247b960ef3'
                    }
                    'i18n-message-en-list.two': {
                        table: 'sys_ui_message'
                        id: 'a4b2fd5920814300b134bf950677a7a2'
                    }
                    'i18n-message-en-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: 'b48717f9e1194ae7a58c903d83796c4f'
                    }
                    'i18n-message-en-note.ended': {
                        table: 'sys_ui_message'
                        id: '6d7dde67ab4742bc870dff4699fc3304'
                    }
                    'i18n-message-en-note.ended_at': {
                        table: 'sys_ui_message'
                        id: 'c1a324743f97446cbb7ac9a51d463e0b'
                    }
                    'i18n-message-en-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: 'f39b9d8f2e2046d7817cc43a4fdc4002'
                    }
                    'i18n-message-en-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: '76fd332b76d94080af051651c100a8e5'
                    }
                    'i18n-message-en-note.line': {
                        table: 'sys_ui_message'
                        id: '2948b01ab58d4cc980698ab33c196ed0'
                    }
                    'i18n-message-en-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: '3e2802184be54fbc93f18447d8b4be3a'
                    }
                    'i18n-message-en-note.minutes': {
                        table: 'sys_ui_message'
                        id: 'feadcdc24ebe4577851186bf92c3f6aa'
                    }
                    'i18n-message-en-note.seconds': {
                        table: 'sys_ui_message'
                        id: '28be13fadfac455ea973787843ade2b5'
                    }
                    'i18n-message-en-note.started': {
                        table: 'sys_ui_message'
                        id: 'fba9d15628ff48ceb2ec0df7e56a02cf'
                    }
                    'i18n-message-en-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '2841134c396a462da18d5da998e3b515'
                    }
                    'i18n-message-en-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: '866e21a1518f4e30b0c0262d4b5d70b5'
                    }
                    'i18n-message-en-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: 'b10739940ab54e84b3f7db3eb91b3dc8'
                    }
                    'i18n-message-en-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '26afe35e1f5c41799bf2e5e394442d44'
                    }
                    'i18n-message-en-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: '953c6952f9284a56b3e3e2a1430bea9a'
                    }
                    'i18n-message-en-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: '4b1b5666e72441d88133b24bf02d8ebe'
                    }
                    'i18n-message-en-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: '4da1f9eed25948b4a9c216edf3fba073'
                    }
                    'i18n-message-en-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: '4c2b350e3e5d41be98862eb6d14dd567'
                    }
                    'i18n-message-en-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: 'baa34c710f11477ca09cf0ccbfe83334'
                    }
                    'i18n-message-en-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '8588c3d4c0c240f49155ebb52bf0ac1c'
                    }
                    'i18n-message-en-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '32455ca000fe46b3accda38d748cb104'
                    }
                    'i18n-message-en-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '4ce9fd5babf04617b236ffcbfb5e082e'
                    }
                    'i18n-message-en-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: 'ec08c5ce0ed44a48a5c88a106db7e8a1'
                    }
                    'i18n-message-en-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '95448334f91a4565b006149f112fc815'
                    }
                    'i18n-message-en-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: '2e6158c0009b4e00acbf573c66fdf56a'
                    }
                    'i18n-message-en-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: 'c8deac598afb4a01888b1d586e80485e'
                    }
                    'i18n-message-en-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '48b3089c805540bebff724aadaace110'
                    }
                    'i18n-message-en-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '2ad209b96e32490aae648061dd397e24'
                    }
                    'i18n-message-en-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '1f724bd3d8564a6388458847fc705d41'
                    }
                    'i18n-message-en-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: 'f20f0666f3014329b35bd2d9964d8493'
                    }
                    'i18n-message-en-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: 'dd0e433247dd4724b733a342d688a0ae'
                    }
                    'i18n-message-en-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '7dafc327139e4e8397deede8cbc3f1dd'
                    }
                    'i18n-message-en-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: '26f716c86ede4b92ae8b389ddc4b36d5'
                    }
                    'i18n-message-en-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '47249aafeb74499e9e58822d7e1a9cb5'
                    }
                    'i18n-message-en-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: '7acccae14681448897832965026b275b'
                    }
                    'i18n-message-en-page.test.asking': {
                        table: 'sys_ui_message'
                        id: '1168a326e98447378e7307633ff0c68b'
                    }
                    'i18n-message-en-page.test.intro': {
                        table: 'sys_ui_message'
                        id: '2065dbebe3924b20834e8489e7f2b318'
                    }
                    'i18n-message-en-page.test.no_answer': {
                        table: 'sys_ui_message'
                        id: 'd0cf04ac7d3549b88b11086ea133369b'
                    }
                    'i18n-message-en-page.test.run': {
                        table: 'sys_ui_message'
                        id: '5ec138fdc0994d3ea90fef7ac7b2fb5d'
                    }
                    'i18n-message-en-page.test.title': {
                        table: 'sys_ui_message'
                        id: 'bf593d12f1d74a4ebcf5ae1066e1353a'
                    }
                    'i18n-message-en-page.token.application': {
                        table: 'sys_ui_message'
                        id: '7cd30db93c8645f9863c67bed95b377d'
                    }
                    'i18n-message-en-page.token.intro': {
                        table: 'sys_ui_message'
                        id: '72dc1e02b4984bc6bea698c051bc0f26'
                    }
                    'i18n-message-en-page.token.no_answer': {
                        table: 'sys_ui_message'
                        id: '544e155e2649401a98dda72f24d525e6'
                    }
                    'i18n-message-en-page.token.open_request': {
                        table: 'sys_ui_message'
                        id: '7956063e9a474774bed1469325ebaccc'
                    }
                    'i18n-message-en-page.token.run': {
                        table: 'sys_ui_message'
                        id: 'b056c8b6a4444000a316a5226f7dc5d0'
                    }
                    'i18n-message-en-page.token.running': {
                        table: 'sys_ui_message'
                        id: 'c3a5461c426a43bd8b67d674222fe984'
                    }
                    'i18n-message-en-page.token.title': {
                        table: 'sys_ui_message'
                        id: 'd9f21ff81e844a5e9f83f87b47bf6b57'
                    }
                    'i18n-message-en-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '57ddd7686d364ccab5ed0d39dc94dbad'
                    }
                    'i18n-message-en-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: 'ce6c86ab98634812827b13e4f7a5cbb7'
                    }
                    'i18n-message-en-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '72b54fa8d0c8471aa74798841332031a'
                    }
                    'i18n-message-en-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '4f020a78a170481791ed842e5f541164'
                    }
                    'i18n-message-en-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: '7c9da91ebd2a4e03893d6c06616ce248'
                    }
                    'i18n-message-en-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '9377c5db55b44dc0bf05485ed35e53b9'
                    }
                    'i18n-message-en-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: '0b2286443e4e472a9743d0af56ec6f6d'
                    }
                    'i18n-message-en-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: '7911742bf4d044059523fd0c72dd8618'
                    }
                    'i18n-message-en-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '213f9c7fa91b4a0c8fa2e5f483128944'
                    }
                    'i18n-message-en-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: '94009e85522245bda5efdb5501a811fa'
                    }
                    'i18n-message-en-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: 'd3bc6e8d6ca44c30a3001d3bf77b9f10'
                    }
                    'i18n-message-en-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: '7db6903f9387484fa81b8cb776a34f7b'
                    }
                    'i18n-message-en-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: 'fcd7b66f2c824f3181bcdacd63ded819'
                    }
                    'i18n-message-en-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '876670293a9441e0b6bd062b83a5ef3c'
                    }
                    'i18n-message-en-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '87b077e0ed8e41fdab5a13fbe0bc54a0'
                    }
                    'i18n-message-en-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: '5c57c0ae203c478a903aac9b91a98b42'
                    }
                    'i18n-message-en-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: 'fa2ac6a831b24457bed8a545a3d95fac'
                    }
                    'i18n-message-en-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: 'd1d4861d3a1b44c1b7ae8a64dd0f351d'
                    }
                    'i18n-message-en-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '0c9e4ecca5e345a3b875b3731dbc618d'
                    }
                    'i18n-message-en-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: 'd2c68eed562442f4beb71fb070ad6a34'
                    }
                    'i18n-message-en-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '215bbde2ee5f45dab486acf7b84c43ed'
                    }
                    'i18n-message-en-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: 'f4669770b1b542b685813cee30c256b8'
                    }
                    'i18n-message-en-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '7846ebf05cb64211b84876506f2af569'
                    }
                    'i18n-message-en-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: 'ff5aea0615fe4b44aa2bfc56318528d3'
                    }
                    'i18n-message-en-pin.modal.done': {
                        table: 'sys_ui_message'
                        id: '6512a9c056264d03a6fccc24a8e11f15'
                    }
                    'i18n-message-en-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: 'b03fa53b1d0044b782dc85b7e2e1d1a3'
                    }
                    'i18n-message-en-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '0e35bc908775452f9a3c888d13b77077'
                    }
                    'i18n-message-en-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '29cc4eba10934c8c88776464d0b49514'
                    }
                    'i18n-message-en-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '66a55991caf240fabb190702a1e3445b'
                    }
                    'i18n-message-en-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: '1aa696911d9e4d989e849f2fd972cb7b'
                    }
                    'i18n-message-en-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: 'bbb5a43cb79540d7b2271804597db62b'
                    }
                    'i18n-message-en-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: 'e815c941a5b7403d92408734004fc10b'
                    }
                    'i18n-message-en-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: '880e838b32174fc2a544b8313701c2a1'
                    }
                    'i18n-message-en-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: 'fd7090712da14f348a4e52fc0bf898e9'
                    }
                    'i18n-message-en-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '4e95dbbbf0b34af4a4ad923fb65797d3'
                    }
                    'i18n-message-en-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '13ca3b4ac975422480f9e7ea4e4bc5bc'
                    }
                    'i18n-message-en-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: 'd70d411e5ca648cdbd44c46459461cd8'
                    }
                    'i18n-message-en-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '8469aabc671d407fa47b831c2a314458'
                    }
                    'i18n-message-en-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '24b154a9050341599ac67ea47bcfda4f'
                    }
                    'i18n-message-en-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '4cce602b77da4f5da9a7f396353bee4c'
                    }
                    'i18n-message-en-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '4f5849806cfb46eda36b415544dd21ce'
                    }
                    'i18n-message-en-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: 'cf04a6d8d2074febbf7d9fc82c3b6d74'
                    }
                    'i18n-message-en-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: 'ba3364d75e8b4d00b31232a9694affab'
                    }
                    'i18n-message-en-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: 'd79d229c65bc4a9e926e27749b9b10d9'
                    }
                    'i18n-message-en-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '6730a4a8db794ed8ae44088e435b50d6'
                    }
                    'i18n-message-en-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: 'bf68ae3bc4194a7da1e382c057493c71'
                    }
                    'i18n-message-en-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '4fe82c5c4d8e4dfaa282a3e70ce29aab'
                    }
                    'i18n-message-en-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '61f21c709d7443969a24c4771bbf20ce'
                    }
                    'i18n-message-en-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: 'b5f0477581f149c7b67797a9ee2b9dc6'
                    }
                    'i18n-message-en-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: 'c921a8772dcc4892b154a370a467e275'
                    }
                    'i18n-message-en-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: 'dc3f71fc860940bc95fb48a8f88d45d7'
                    }
                    'i18n-message-en-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: 'c6f96689162f4236adaea53fd0d2565d'
                    }
                    'i18n-message-en-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: 'f938b6c088b84f11bbcbf071d2481f6a'
                    }
                    'i18n-message-en-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: '7676b6b016d34b48bce217a0ff8a2cb5'
                    }
                    'i18n-message-en-pin.work_note': {
                        table: 'sys_ui_message'
                        id: 'b6b87fcf294d4354adbd7f25f6998ff0'
                    }
                    'i18n-message-en-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: '55afc33693c1453db0b9c45fda64d60a'
                    }
                    'i18n-message-en-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: 'bf02cdbdb57a4cd7b71429019ab365d6'
                    }
                    'i18n-message-en-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '0662d5b1de454c08b95e8d802220cd3c'
                    }
                    'i18n-message-en-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '8b164ecda2e7492694da30198ee2b6f3'
                    }
                    'i18n-message-en-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '63f5fe78ba8c4edbb5b6b0c7f77a7fe2'
                    }
                    'i18n-message-en-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: 'c6703ec58e4b486e96cb2f9bf2af6c42'
                    }
                    'i18n-message-en-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: '10ab11c36a1949c18766f2c50e5d8497'
                    }
                    'i18n-message-en-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '01aeb2b6c4ef431c991b57c65e2783a9'
                    }
                    'i18n-message-en-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: 'e2d2977951f14eea81efa6cfd773fb8d'
                    }
                    'i18n-message-en-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: '87102318852443b5b0c1ca0668abb43c'
                    }
                    'i18n-message-en-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '2674d6b4eae948758ffe812748c82648'
                    }
                    'i18n-message-en-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: 'ef2ef4e4882c4d48b3cec4011e2c96d5'
                    }
                    'i18n-message-en-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: 'e0e783c0c43c4424a5777db06f48a19f'
                    }
                    'i18n-message-en-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: 'd6cabccc40b54bcfa96ce1b7eba0d50d'
                    }
                    'i18n-message-en-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '25d0de5543c94937b2b9e095b85e923f'
                    }
                    'i18n-message-en-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: '4d67f3a62554456b9570ac2f04ed6d4b'
                    }
                    'i18n-message-en-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '02d855772eda48a5914fba0b0f4763c2'
                    }
                    'i18n-message-en-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '791923ae29c9408ea9da60f10e2a8cac'
                    }
                    'i18n-message-en-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '9470632733254625b1d451810527cec5'
                    }
                    'i18n-message-en-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'ecf67748a292464ea80b44f58714fba0'
                    }
                    'i18n-message-en-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'f8d7192e8d0a4510bcacc9566aba6a3c'
                    }
                    'i18n-message-en-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '87376ce6177e44e0bc22da092b8dea00'
                    }
                    'i18n-message-en-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: '393093a17eef4d18ab1e467b1f28b6e9'
                    }
                    'i18n-message-en-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: 'ec672640635249b3978764f05a8b0f42'
                    }
                    'i18n-message-en-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '7ba59604e288473abd7ce0f68cdf3038'
                    }
                    'i18n-message-en-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '6c5fc7d465c14d809ebe5305650ca648'
                    }
                    'i18n-message-en-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '30aeadc2d29e450db5f85684efb5e587'
                    }
                    'i18n-message-en-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: '785870a3d5d84759bb7c8a28e8f6631a'
                    }
                    'i18n-message-en-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: 'edc60d84fea04c7f9ca668107d285239'
                    }
                    'i18n-message-en-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: '71b42f600dfa4fb5a70635ed38326396'
                    }
                    'i18n-message-en-token.last_success': {
                        table: 'sys_ui_message'
                        id: '482a504e61c94f24bfa1bb383991ff0a'
                    }
                    'i18n-message-en-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: '2c916899353a4497a651043e25c36f2d'
                    }
                    'i18n-message-en-token.missing_password': {
                        table: 'sys_ui_message'
                        id: 'd0d250fa139e4ef0a12aca48a0a033a2'
                    }
                    'i18n-message-en-token.missing_username': {
                        table: 'sys_ui_message'
                        id: 'a6dfcf395b3448f195537461703de2df'
                    }
                    'i18n-message-en-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '9adf4fc39e76481488428e8b0558ab9e'
                    }
                    'i18n-message-en-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '19e6b326b0884b9db8588ee52ae4a082'
                    }
                    'i18n-message-en-token.not_admin': {
                        table: 'sys_ui_message'
                        id: 'bf1b7923dbb24bef9f0f75689b8405b1'
                    }
                    'i18n-message-en-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: 'edb3a4e1ace449ad8052952edbe0c61d'
                    }
                    'i18n-message-en-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: 'afadedae90b648e697a4bb1f7cd9b221'
                    }
                    'i18n-message-en-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '784d35ca33b644629c018326f7e84f8e'
                    }
                    'i18n-message-en-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: '9a9bb1fcbfdc46f7b5332e59efeaa009'
                    }
                    'i18n-message-en-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: 'e90d05bdf9f041cdb9b839790150832d'
                    }
                    'i18n-message-en-token.region.eu': {
                        table: 'sys_ui_message'
                        id: '815d14bc2c584faa9a88bdeedb6d246f'
                    }
                    'i18n-message-en-token.region.global': {
                        table: 'sys_ui_message'
                        id: 'c82a43dc20df4cca86ed45ffd731447f'
                    }
                    'i18n-message-en-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: 'b47b8145a8514ac2b581f13fa742cf0b'
                    }
                    'i18n-message-en-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '171e3d4e83f34bbfa8ac4bb96db8064a'
                    }
                    'i18n-message-en-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '5528aca067f74dfe9fd112a8173fbdd1'
                    }
                    'i18n-message-en-token.step_sent': {
                        table: 'sys_ui_message'
                        id: 'f12a1d233ddb4a15889d8613bda6d585'
                    }
                    'i18n-message-en-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: 'dfc8d6be07e64c19892d8d7be8948fe6'
                    }
                    'i18n-message-en-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '054943c802a44744a3452c8c5e323192'
                    }
                    'i18n-message-fr-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: '3fef9ccb47cb4ff7aeaad6f4f0b4dbc2'
                    }
                    'i18n-message-fr-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: 'd0b7c7306d724dd8aa0c1a0fd9481344'
                    }
                    'i18n-message-fr-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: 'fa205cc39b9b4bf5a56867ed2dd5ec98'
                    }
                    'i18n-message-fr-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '9a1e909be5614c318b5289aab7aac4c4'
                    }
                    'i18n-message-fr-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '92e17f56f86a44b8af9d1ec55e8b5910'
                    }
                    'i18n-message-fr-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '8273b8d9b79e4d05bf82547d9c27791b'
                    }
                    'i18n-message-fr-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'f32ec8a148e14bfe9996ff4bdb132f67'
                    }
                    'i18n-message-fr-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: '57894a9ffb7c441cbcfec36d71d0c970'
                    }
                    'i18n-message-fr-connection.failed': {
                        table: 'sys_ui_message'
                        id: '78c5b85a95af4f5f95452fd2aabdef4d'
                    }
                    'i18n-message-fr-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '5007468f7d694797a427630caabfd668'
                    }
                    'i18n-message-fr-connection.ok': {
                        table: 'sys_ui_message'
                        id: '6a581feb050b46188f195a03cfec1873'
                    }
                    'i18n-message-fr-console.a_technician': {
                        table: 'sys_ui_message'
                        id: '3991c2fc8aa44e119c0b3288666b7345'
                    }
                    'i18n-message-fr-console.description': {
                        table: 'sys_ui_message'
                        id: '0f7f46b20ac644a3b370ae062e8e40d2'
                    }
                    'i18n-message-fr-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '4bc855b171184f2da7b2b0c244b0e869'
                    }
                    'i18n-message-fr-console.not_shown': {
                        table: 'sys_ui_message'
                        id: 'a8e93c0e84eb48949e40a75936c95d2d'
                    }
                    'i18n-message-fr-console.short_description': {
                        table: 'sys_ui_message'
                        id: 'd90aa0d208b74b2294307029b4241afc'
                    }
                    'i18n-message-fr-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '29f731b65dc84b2996e3d993543bff1b'
                    }
                    'i18n-message-fr-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '8fd4d0bcd5714347902f21d93fa98ba1'
                    }
                    'i18n-message-fr-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: 'da8a2ee9481f403aaeb27a0dca1e58d9'
                    }
                    'i18n-message-fr-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: '90e9a6a3565d40df8e626c6750e92554'
                    }
                    'i18n-message-fr-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '1c1b53c658e5435599846993ac1958bf'
                    }
                    'i18n-message-fr-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: 'c834f8e1b51f4c6784251d36ccedd2fd'
                    }
                    'i18n-message-fr-email.technician.join': {
                        table: 'sys_ui_message'
                        id: 'e87fe54fc18b41279477361b63177c83'
                    }
                    'i18n-message-fr-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '2f3dd60634124e9996f1827872510fe0'
                    }
                    'i18n-message-fr-email.token.action': {
                        table: 'sys_ui_message'
                        id: '590e604b97624502afb46995cf3372c3'
                    }
                    'i18n-message-fr-email.token.after': {
                        table: 'sys_ui_message'
                        id: 'd0d4b3ef543c4662ab0b75f49ac16245'
                    }
                    'i18n-message-fr-email.token.expires': {
                        table: 'sys_ui_message'
                        id: 'ed66b98f1b43450ab9ba1a49f2db1741'
                    }
                    'i18n-message-fr-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: '07aa6c722f0943febec95bb9938a0ee2'
                    }
                    'i18n-message-fr-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '1daece1c76c449aba2d2e3995e65a280'
                    }
                    'i18n-message-fr-list.sentences': {
                        table: 'sys_ui_message'
                        id: 'b8429f0fd1c84177bbc56ed298741d49'
                    }
                    'i18n-message-fr-list.two': {
                        table: 'sys_ui_message'
                        id: '1c87d4a08eb6453392b0a47c6cc41039'
                    }
                    'i18n-message-fr-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: '6abff0373b584aada5c8502d1af24b42'
                    }
                    'i18n-message-fr-note.ended': {
                        table: 'sys_ui_message'
                        id: 'd88eefe392a24ad5ba14d5e976409cc6'
                    }
                    'i18n-message-fr-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '2ca0eab9ece040e487070ce7f72cdf16'
                    }
                    'i18n-message-fr-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: 'a42cfc10cecc435a9c538521ca69ac6a'
                    }
                    'i18n-message-fr-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: 'e0db62015faa4ea199ca010a2313cf54'
                    }
                    'i18n-message-fr-note.line': {
                        table: 'sys_ui_message'
                        id: 'f7b15fe6b9ab435ea8cdb6e25af72277'
                    }
                    'i18n-message-fr-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: '58edf34f9902451ca6d0401850b23883'
                    }
                    'i18n-message-fr-note.minutes': {
                        table: 'sys_ui_message'
                        id: 'e19d7495c8644e8eb124c965d37e74af'
                    }
                    'i18n-message-fr-note.seconds': {
                        table: 'sys_ui_message'
                        id: '3b0147d12d644fe29fce325ae12035bb'
                    }
                    'i18n-message-fr-note.started': {
                        table: 'sys_ui_message'
                        id: '6fec718017da42ffaa870097281e6790'
                    }
                    'i18n-message-fr-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '0fa0fa56637043bdb7ab9675aea2c8d4'
                    }
                    'i18n-message-fr-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: '5752bc532034415893eebadca718b943'
                    }
                    'i18n-message-fr-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: 'af06aaf84e6043989e6d7bb0f604fab8'
                    }
                    'i18n-message-fr-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '9497253a5ba149cf90d2028df566ab60'
                    }
                    'i18n-message-fr-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: 'b18ceb9b9cd2421aaaaa492728145b39'
                    }
                    'i18n-message-fr-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: '63934ae879134f0abe11a5e62c3a2871'
                    }
                    'i18n-message-fr-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: 'ef9426738c354453ab426a4dd18e3c3d'
                    }
                    'i18n-message-fr-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: '7e3093c9df7c45739ff36bff545759f4'
                    }
                    'i18n-message-fr-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '31edd915ba8749b29420de187fe5960a'
                    }
                    'i18n-message-fr-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '712ef1ad6383474fa4fcc411ce85605b'
                    }
                    'i18n-message-fr-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: 'a752cae121a94b6ea7a2be4f008b6f0c'
                    }
                    'i18n-message-fr-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '431253f1f0a24d06a2e863e7e9cad41d'
                    }
                    'i18n-message-fr-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '7474731560544b159976b40d35205b0a'
                    }
                    'i18n-message-fr-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: 'd28d4c7dfe344ff99b1b7525ff5ba43b'
                    }
                    'i18n-message-fr-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: '58fb0753c4aa41b58a154adc09c5d544'
                    }
                    'i18n-message-fr-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: 'cc924a9e7afc46d8afae386ed5adc9e4'
                    }
                    'i18n-message-fr-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '5f9448e38efe44c0ac8524b6e57aa390'
                    }
                    'i18n-message-fr-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: 'c72aa63c63a043b3998991c47ef04e25'
                    }
                    'i18n-message-fr-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: 'e0ba55f386eb4b69a5407f1e16d89de9'
                    }
                    'i18n-message-fr-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: '6b531af8da97489ea33f190f3c466f35'
                    }
                    'i18n-message-fr-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: '7627c68bfb6b47f48a9a993570c176df'
                    }
                    'i18n-message-fr-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: 'd715ede070994843b5f2d534dab67909'
                    }
                    'i18n-message-fr-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: '0bb3e352763c4009bfc87fe088d8c5f4'
                    }
                    'i18n-message-fr-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: 'e343affb05f64d64993b5c077540444d'
                    }
                    'i18n-message-fr-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: 'bd7dd2da17c84169867cca8159419f0b'
                    }
                    'i18n-message-fr-page.test.asking': {
                        table: 'sys_ui_message'
                        id: '42ecab14aa244de09966f47441bf83a4'
                    }
                    'i18n-message-fr-page.test.intro': {
                        table: 'sys_ui_message'
                        id: 'b244708960f343e88551242ff6af0d3c'
                    }
                    'i18n-message-fr-page.test.no_answer': {
                        table: 'sys_ui_message'
                        id: '8b47c658504b4f4db1dbddf0058c0ec1'
                    }
                    'i18n-message-fr-page.test.run': {
                        table: 'sys_ui_message'
                        id: '2ded7bb6bea4417fbeb9a6e08627397f'
                    }
                    'i18n-message-fr-page.test.title': {
                        table: 'sys_ui_message'
                        id: '230357ed6bc3433c9755c50caa97c433'
                    }
                    'i18n-message-fr-page.token.application': {
                        table: 'sys_ui_message'
                        id: '65e8a1c5811e4f9cb6da1881a312be6d'
                    }
                    'i18n-message-fr-page.token.intro': {
                        table: 'sys_ui_message'
                        id: '04d0ed89c3ce4b648569e720fd750162'
                    }
                    'i18n-message-fr-page.token.no_answer': {
                        table: 'sys_ui_message'
                        id: '3a1314b4d5a44950b06df1853529000f'
                    }
                    'i18n-message-fr-page.token.open_request': {
                        table: 'sys_ui_message'
                        id: 'deb720e7789947a281a259d1ef591100'
                    }
                    'i18n-message-fr-page.token.run': {
                        table: 'sys_ui_message'
                        id: '37daeda8bec548789ffef754fa0ef3c5'
                    }
                    'i18n-message-fr-page.token.running': {
                        table: 'sys_ui_message'
                        id: 'e800eefc899945b49f3702f435267e54'
                    }
                    'i18n-message-fr-page.token.title': {
                        table: 'sys_ui_message'
                        id: '276cd5624d654375bea8f70f29398422'
                    }
                    'i18n-message-fr-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: 'ac1232d7b5324b8d9c1d811009519829'
                    }
                    'i18n-message-fr-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: 'f518cc8997e74f07a84ff296ebe121cf'
                    }
                    'i18n-message-fr-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '5b6b3bbdadb74470bcaa11eaa64c1356'
                    }
                    'i18n-message-fr-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: 'b9a12a6284e74601a5220ac22cb483ed'
                    }
                    'i18n-message-fr-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: 'a03d314a3c9a4d458c687edd2a22915e'
                    }
                    'i18n-message-fr-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '560734d474cd4681b22fcfae600f436e'
                    }
                    'i18n-message-fr-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: '2b5873eda64e4d068485e3a3b3abfa37'
                    }
                    'i18n-message-fr-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: 'fa9d45dbb1e94dcc971d90622073d5ac'
                    }
                    'i18n-message-fr-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '0bac3fedd0724145abe7db2a53b936dc'
                    }
                    'i18n-message-fr-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: 'c80e300529e74c2289fbba1e1c97438a'
                    }
                    'i18n-message-fr-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: 'b93a3e07f21340eeb5939d47a8164172'
                    }
                    'i18n-message-fr-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: '231f4088829b497c8629c46d63c9c259'
                    }
                    'i18n-message-fr-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '123acc7ef7a04477a8882d8742ae6d01'
                    }
                    'i18n-message-fr-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: 'a7d4a8b86e634bb799256c4736a58faa'
                    }
                    'i18n-message-fr-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '8efa31fc99304a9caa3a1166e4edfe9c'
                    }
                    'i18n-message-fr-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: 'f5d8f1bde1e541f7940b6a60342cba44'
                    }
                    'i18n-message-fr-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '9bec2484e5d54407812414f4656dfa19'
                    }
                    'i18n-message-fr-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '45aae2d75d1e48ed879b021099eb48a5'
                    }
                    'i18n-message-fr-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '7577bf3d2d5b43dbbca403c95abdcd09'
                    }
                    'i18n-message-fr-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: 'a4ffeb4f67de4183956dc61003f794ae'
                    }
                    'i18n-message-fr-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '40150dede4744cd2b579dd2e9b15bd2c'
                    }
                    'i18n-message-fr-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: 'fb6be6419e5a40b5909257e49a9efb5a'
                    }
                    'i18n-message-fr-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '3d8551e864074dbc9f0726c4fb246bb6'
                    }
                    'i18n-message-fr-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: 'a676d30437ca4a0c8fd3835490d12b90'
                    }
                    'i18n-message-fr-pin.modal.done': {
                        table: 'sys_ui_message'
                        id: 'b011d04c63464eb59a7729296e1a4241'
                    }
                    'i18n-message-fr-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: '3126434fde874dc788c2443e4f523faa'
                    }
                    'i18n-message-fr-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '7c1977946c8b46f78f03078916e4bc33'
                    }
                    'i18n-message-fr-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '79fd5689e591482eb6d736221d5e662f'
                    }
                    'i18n-message-fr-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '7acd6045dcdc476ba60e0d5b0cfa712e'
                    }
                    'i18n-message-fr-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: 'd1ca9c89d0384a42b2f4aeecf6907620'
                    }
                    'i18n-message-fr-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: 'e732cd7fa0de4f89a77a1f4dc4c58649'
                    }
                    'i18n-message-fr-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: 'b64cde2d7f1c459f8779e871c46bb9a8'
                    }
                    'i18n-message-fr-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: '140784e22d2c4dfc8c5cd34af329c5b5'
                    }
                    'i18n-message-fr-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '2bbc81b656c54b47ae317db4ce88e060'
                    }
                    'i18n-message-fr-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '8d6eb2bc5bbb4d93bb8b1983266f1077'
                    }
                    'i18n-message-fr-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '00a531a4255741e1be2e414580c861df'
                    }
                    'i18n-message-fr-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '97d22d466dbd41659e6139ea5bc24987'
                    }
                    'i18n-message-fr-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '632c027e642f4accb4db5dd2b78fdc8b'
                    }
                    'i18n-message-fr-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '6776f1db094a4304b954410320a1a61e'
                    }
                    'i18n-message-fr-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '604efdebcd2446fe89287073534e203d'
                    }
                    'i18n-message-fr-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '1a42500a9d9c4624b5790a5cbcdb3b6b'
                    }
                    'i18n-message-fr-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: '0f071ca63abf4562bcac7b40b1fe8cca'
                    }
                    'i18n-message-fr-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '98f700df733e458eac5f2b5c5133640f'
                    }
                    'i18n-message-fr-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: 'b4451c645be14e3eb6efd58a879a9caf'
                    }
                    'i18n-message-fr-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: 'd061d95495ab41f3a971b5502b4a6f60'
                    }
                    'i18n-message-fr-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: 'c55cc0a08f7f4655b56fc8750c79fe0b'
                    }
                    'i18n-message-fr-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '06b7c485c9a849a584a6e57392c25da4'
                    }
                    'i18n-message-fr-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '61bbfe0b07ee4535b41d2c64d0ec2739'
                    }
                    'i18n-message-fr-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: '9ef9bda3c15d42a684b82d6a395a13a0'
                    }
                    'i18n-message-fr-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '111ed5f323c84070a57534ee56c826a3'
                    }
                    'i18n-message-fr-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '66bb6d441e5f46ef8126b56f4c88d1c5'
                    }
                    'i18n-message-fr-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '7918a2d03fc446a49637ba3b52f28873'
                    }
                    'i18n-message-fr-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: 'cb9e581f3a23462798d3e187b2d0b1c6'
                    }
                    'i18n-message-fr-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: '01ec9b7a757549a9b946d54ae6b1cb06'
                    }
                    'i18n-message-fr-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '9e3beeeef3e7425ab9ece270624c0f2d'
                    }
                    'i18n-message-fr-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: '252cf07ebd4b47c1ad279af06e5c60d0'
                    }
                    'i18n-message-fr-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: '1acb0bbb27ba44a2973bb5428b0a42e5'
                    }
                    'i18n-message-fr-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: 'e87a97cbe5484e328b245858be1f6c35'
                    }
                    'i18n-message-fr-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '45a776c1ed0240df9ca07eeaec8132aa'
                    }
                    'i18n-message-fr-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '8c9c9be68b0546e2950c29aa292533f9'
                    }
                    'i18n-message-fr-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: 'db16f1d83b284d13a302ac7ce120c0cc'
                    }
                    'i18n-message-fr-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: 'e61a55a017f34fd5b24fbbea374a3569'
                    }
                    'i18n-message-fr-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '1a642cd48151410ab0158163a8fb68bf'
                    }
                    'i18n-message-fr-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '7de450e046c741b08cf4d92c41916a10'
                    }
                    'i18n-message-fr-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: 'a73c84c24e17473d9344967b655a5a2e'
                    }
                    'i18n-message-fr-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: 'a7b5f909a7f942fc91ee5666580bdd94'
                    }
                    'i18n-message-fr-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: '159343ede236412b9634bbc2f8a66234'
                    }
                    'i18n-message-fr-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: '0379350c5f5649f49f22e4d4eef1b94a'
                    }
                    'i18n-message-fr-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: '797e983071714025a51f1c5b5b09a87e'
                    }
                    'i18n-message-fr-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: 'a8ac04e2b0f24fc4baaefdebf73ba6a5'
                    }
                    'i18n-message-fr-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: 'cd773311ab4d4f11a5c1c317822ff77a'
                    }
                    'i18n-message-fr-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '6148e11d715544e8a1edd94f4efd0b98'
                    }
                    'i18n-message-fr-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '3d54e4e7e74a4bd5acf30c36e1566118'
                    }
                    'i18n-message-fr-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: 'd9c56da7200141e2928e68595b1e4fce'
                    }
                    'i18n-message-fr-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '44abfb43754046b8a42c2628edce9fb3'
                    }
                    'i18n-message-fr-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'e2386eb7f9794cab96c3375f72c8770b'
                    }
                    'i18n-message-fr-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: 'f554caa8a9e44e708641b3b37f4c47b1'
                    }
                    'i18n-message-fr-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: '688f35f5334a4c1a8b05a29abb865280'
                    }
                    'i18n-message-fr-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '208b0d4ac37a4127aa0639fcbc0ccaa6'
                    }
                    'i18n-message-fr-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '03b077a9a2bf4ce28cf8ea8c00ad712c'
                    }
                    'i18n-message-fr-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '27846177b8684127bc477a777fda9688'
                    }
                    'i18n-message-fr-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '85d3966e72c64491952b6557f9d2c425'
                    }
                    'i18n-message-fr-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: 'b09c7498fe4d4b8fbff5885d9f42a5b5'
                    }
                    'i18n-message-fr-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: '2589ada150d94027ae46fc7f1376a587'
                    }
                    'i18n-message-fr-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: 'c45a3904f9ae4b0780ef0ba9ede6ced6'
                    }
                    'i18n-message-fr-token.last_success': {
                        table: 'sys_ui_message'
                        id: '1f01fc30c9d0428294eebc6fd68be747'
                    }
                    'i18n-message-fr-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: '1eb179edb6aa4635978c322dff556e16'
                    }
                    'i18n-message-fr-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '8e98818ea790470593b3c0ee8bbc0f55'
                    }
                    'i18n-message-fr-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '375d4b136d9b445db6e9662328b5cdf0'
                    }
                    'i18n-message-fr-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '97ff14d2cc3641f0932104d7e38f0b60'
                    }
                    'i18n-message-fr-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '957041c150ee49a3b9da484bafac1d7c'
                    }
                    'i18n-message-fr-token.not_admin': {
                        table: 'sys_ui_message'
                        id: 'f598bc473a294d03beba8f54dd84e9bd'
                    }
                    'i18n-message-fr-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: '5ecd344280cb40049e265d72b59ab6f0'
                    }
                    'i18n-message-fr-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: '0cf115f721b842aba784f3f3dcbe6c4c'
                    }
                    'i18n-message-fr-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '1114d78f837e42dd9e7f89f983f103bf'
                    }
                    'i18n-message-fr-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: 'd417bc18c51d4a1da2877e1a9213c3fd'
                    }
                    'i18n-message-fr-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: 'd2e1cbc4b42d41b6a916ab2a6b9a8915'
                    }
                    'i18n-message-fr-token.region.eu': {
                        table: 'sys_ui_message'
                        id: 'df773f5e5c3b4173b730b9ef1cef944a'
                    }
                    'i18n-message-fr-token.region.global': {
                        table: 'sys_ui_message'
                        id: 'e9e34d11a86f4fbc845ba55d70a65f0e'
                    }
                    'i18n-message-fr-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '2bc5e952a65947d3a5432ff55156999d'
                    }
                    'i18n-message-fr-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '18da3fb9b6f04870a7529aa9d20b162e'
                    }
                    'i18n-message-fr-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: 'a016fb5d685f48e59befba123e939464'
                    }
                    'i18n-message-fr-token.step_sent': {
                        table: 'sys_ui_message'
                        id: '37b89e0e95e64cefb8017999dc50d3cc'
                    }
                    'i18n-message-fr-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: 'b37fe1b6785c4f218615d318c4e7759a'
                    }
                    'i18n-message-fr-token.succeeded': {
                        table: 'sys_ui_message'
                        id: 'cee6a31a17a24d67b04d52c85e86ad8a'
                    }
                    'i18n-message-nl-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: 'a061bfbc40564083b46aeac260f291ad'
                    }
                    'i18n-message-nl-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '24f8190914684d4cb811719e22d3ddee'
                    }
                    'i18n-message-nl-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '0633e481fa6848cebad8c4d867a6b740'
                    }
                    'i18n-message-nl-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: 'c303b904e89140459aef9f37aa7d916c'
                    }
                    'i18n-message-nl-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '243d59a3b45444d881557ab74cd2a478'
                    }
                    'i18n-message-nl-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '2402f807c232438aba56a30e667c12f5'
                    }
                    'i18n-message-nl-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: '142f45fbe908424b8ef3ab7b806791a4'
                    }
                    'i18n-message-nl-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: 'a7e512ac939045e1971dc8910d04af9a'
                    }
                    'i18n-message-nl-connection.failed': {
                        table: 'sys_ui_message'
                        id: '00f0f81b9fa94cdcb62a4b76edfceee7'
                    }
                    'i18n-message-nl-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '8e90ea05b0f74a968b4a90d0052092cb'
                    }
                    'i18n-message-nl-connection.ok': {
                        table: 'sys_ui_message'
                        id: '0d656d5093ed4d7daa5d512bca864f10'
                    }
                    'i18n-message-nl-console.a_technician': {
                        table: 'sys_ui_message'
                        id: 'cfc5c6e590dc4d978b699590d104d659'
                    }
                    'i18n-message-nl-console.description': {
                        table: 'sys_ui_message'
                        id: '475c0d6c8daf479c83bf01b37123c77f'
                    }
                    'i18n-message-nl-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '2006ff78c89b4d59b4b83a57190b3cd6'
                    }
                    'i18n-message-nl-console.not_shown': {
                        table: 'sys_ui_message'
                        id: '5c5a276008994f9eae53cbaa43d16e9d'
                    }
                    'i18n-message-nl-console.short_description': {
                        table: 'sys_ui_message'
                        id: '654bff6e387b4272abe65038d9c7e0f4'
                    }
                    'i18n-message-nl-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '016fc8e6c26640cc84717309674544db'
                    }
                    'i18n-message-nl-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '4214ee42550d4eb394bf80fd6ba8ab64'
                    }
                    'i18n-message-nl-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '280bd3a04ab3425ea38a56163d14ed22'
                    }
                    'i18n-message-nl-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: 'ed922de9875a4fdb8c7aa70d94de7d11'
                    }
                    'i18n-message-nl-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '55b83129f22a4a10b5048164033352db'
                    }
                    'i18n-message-nl-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '871441f862f440f9896a858d2d121400'
                    }
                    'i18n-message-nl-email.technician.join': {
                        table: 'sys_ui_message'
                        id: 'e5d3e8ce725e4254a671a99d5d7d1f92'
                    }
                    'i18n-message-nl-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: 'b091f55cca564562b35e16fbcc62ee0e'
                    }
                    'i18n-message-nl-email.token.action': {
                        table: 'sys_ui_message'
                        id: 'd5b39b9b4b5644b8b064ce46865e4649'
                    }
                    'i18n-message-nl-email.token.after': {
                        table: 'sys_ui_message'
                        id: '9dfe284691554e858b99c4e4e5fd70de'
                    }
                    'i18n-message-nl-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '10446d4a80d64c50adee8828324c3121'
                    }
                    'i18n-message-nl-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: 'a3b78700658e42718549d77216252bb8'
                    }
                    'i18n-message-nl-email.token.subject': {
                        table: 'sys_ui_message'
                        id: 'ceb8964e4321457fa08f1ddf558dc1e7'
                    }
                    'i18n-message-nl-list.sentences': {
                        table: 'sys_ui_message'
                        id: 'd8af7fabf5ed412abc21a670f0ce6f6b'
                    }
                    'i18n-message-nl-list.two': {
                        table: 'sys_ui_message'
                        id: 'c0214450b34a4f04b01c7f0412bbe946'
                    }
                    'i18n-message-nl-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: '0b2d55b734664046988bb411f4e51c1f'
                    }
                    'i18n-message-nl-note.ended': {
                        table: 'sys_ui_message'
                        id: 'cd22c8d62a1d4d79a970d26f7c6ceaa7'
                    }
                    'i18n-message-nl-note.ended_at': {
                        table: 'sys_ui_message'
                        id: 'd5ee55af90eb4916a82676aa41ecdf8d'
                    }
                    'i18n-message-nl-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: '546d131d0d2d4372ac67bc5470e503b0'
                    }
                    'i18n-message-nl-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: 'd4056259f73f4fc09e7769733337be9c'
                    }
                    'i18n-message-nl-note.line': {
                        table: 'sys_ui_message'
                        id: '9734091ffead49af9879a40710db146f'
                    }
                    'i18n-message-nl-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: 'ca8c86858bce47bc84c6f9e3068e3e8f'
                    }
                    'i18n-message-nl-note.minutes': {
                        table: 'sys_ui_message'
                        id: '7010a09410c8401fb896c6b7e1304d5b'
                    }
                    'i18n-message-nl-note.seconds': {
                        table: 'sys_ui_message'
                        id: 'bada361354d2479f925e948202bc134c'
                    }
                    'i18n-message-nl-note.started': {
                        table: 'sys_ui_message'
                        id: '9a2f69a068b848faa53f7129ef42ca16'
                    }
                    'i18n-message-nl-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: 'fdf3ee53bd4048bb8aa1690d33543a10'
                    }
                    'i18n-message-nl-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: 'b537e5229e634c7e9fe22d377f00a78b'
                    }
                    'i18n-message-nl-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: '4c6f52a63e1d401ab1da917c979dddbc'
                    }
                    'i18n-message-nl-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '25e18c63fdcb480bb7651570dda2eb74'
                    }
                    'i18n-message-nl-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: '39f6f0f8063d42c4acbf1391e3f59c0a'
                    }
                    'i18n-message-nl-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: 'e6ac589b1da44181897497ce18bd4789'
                    }
                    'i18n-message-nl-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: '6e9af02c8d63454bb8a1995bbbfb2e94'
                    }
                    'i18n-message-nl-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: '786e5a38bc0f476196929171bee86021'
                    }
                    'i18n-message-nl-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '1708d75e0d624b6e842e778d4d5ec06d'
                    }
                    'i18n-message-nl-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '56c55fe9c2f34014a160eb4bfbe90d21'
                    }
                    'i18n-message-nl-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '6a1a890236cc49c4adbed688669a81b2'
                    }
                    'i18n-message-nl-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '1fda62dee69648428b351cbd162a9bca'
                    }
                    'i18n-message-nl-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '06332afe6fbc4aaebfe2f763e34d4992'
                    }
                    'i18n-message-nl-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '1570e6d592af49b199f3c8dc1272db4c'
                    }
                    'i18n-message-nl-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: '98b9ccb46995472db50ed31777218e4c'
                    }
                    'i18n-message-nl-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '216503d126834015b3939db643563bc3'
                    }
                    'i18n-message-nl-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: 'b80b84df64e84f01a2c3e190764a9b85'
                    }
                    'i18n-message-nl-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '034367f770aa4e27a99a27ca935d3443'
                    }
                    'i18n-message-nl-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '4ee639e7754b41178c696b0cdb068cf3'
                    }
                    'i18n-message-nl-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: 'fa70414e01984df0a6094a38e3af0db3'
                    }
                    'i18n-message-nl-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: 'ee65c4aedede41b29b83362026bb8d63'
                    }
                    'i18n-message-nl-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '8e8c37cb9e4c449e8ee0fae623075bec'
                    }
                    'i18n-message-nl-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: '53821f427254462880ec371b983e928b'
                    }
                    'i18n-message-nl-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: 'd216db51c8874fa5abd9df139a6f55f1'
                    }
                    'i18n-message-nl-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: 'b0329b7f037c43a69575207b1e86e4a4'
                    }
                    'i18n-message-nl-page.test.asking': {
                        table: 'sys_ui_message'
                        id: 'd772c2d8f32e4786b0d6b2e7066abe02'
                    }
                    'i18n-message-nl-page.test.intro': {
                        table: 'sys_ui_message'
                        id: '3671f81952774d9caecf6a56e4ee9d1a'
                    }
                    'i18n-message-nl-page.test.no_answer': {
                        table: 'sys_ui_message'
                        id: 'e217b1a215b844099765c5800d873cbc'
                    }
                    'i18n-message-nl-page.test.run': {
                        table: 'sys_ui_message'
                        id: '16045fb7b9b6423a820afb59a3e39e4e'
                    }
                    'i18n-message-nl-page.test.title': {
                        table: 'sys_ui_message'
                        id: '8f3bba3a2622494eb3c2de9c0a8fa41c'
                    }
                    'i18n-message-nl-page.token.application': {
                        table: 'sys_ui_message'
                        id: '91eb293858b24da4b0418590b339ab0b'
                    }
                    'i18n-message-nl-page.token.intro': {
                        table: 'sys_ui_message'
                        id: '58aca59b558143a6a89147b7f06d1255'
                    }
                    'i18n-message-nl-page.token.no_answer': {
                        table: 'sys_ui_message'
                        id: '5088e169a3aa4a8689fd27ccd7036ac5'
                    }
                    'i18n-message-nl-page.token.open_request': {
                        table: 'sys_ui_message'
                        id: '2465dfdabd024dcf965c53c9ce5c5f39'
                    }
                    'i18n-message-nl-page.token.run': {
                        table: 'sys_ui_message'
                        id: 'fd4ea65293364d789b9a795afc45b2b5'
                    }
                    'i18n-message-nl-page.token.running': {
                        table: 'sys_ui_message'
                        id: '51572835568f4ea585841af0a95ba440'
                    }
                    'i18n-message-nl-page.token.title': {
                        table: 'sys_ui_message'
                        id: '355b866868cf4715835670f462facc19'
                    }
                    'i18n-message-nl-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '0250a62c7cd345818ac9d79a5472d77f'
                    }
                    'i18n-message-nl-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: '00272081cf9748d2b22e6482bd57cf64'
                    }
                    'i18n-message-nl-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '11212c8eb0914ceab6ce28cd93d8b28d'
                    }
                    'i18n-message-nl-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '68f9f9f3545d46db9f8733c784f7e665'
                    }
                    'i18n-message-nl-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: '4d2d2d4fb19d458d92c84c889538fd81'
                    }
                    'i18n-message-nl-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: 'c6af34496b3f4a6aa4acb22c672411ed'
                    }
                    'i18n-message-nl-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: 'e0d7511434df4909929061cf71aeb4c9'
                    }
                    'i18n-message-nl-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: '24cb8b1610f14ba9a083b03d9dc74cc9'
                    }
                    'i18n-message-nl-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '5d26c615239b4b0b8edd4cba9f432bef'
                    }
                    'i18n-message-nl-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: 'fee2bbd98cfc4623b58c06f2562670dc'
                    }
                    'i18n-message-nl-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: '05578287bb80417280c2f854e04b0001'
                    }
                    'i18n-message-nl-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: 'a02f9b3cc851424699547430f680c648'
                    }
                    'i18n-message-nl-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '4c8ac4a0e4d94e40ae09469150e392f3'
                    }
                    'i18n-message-nl-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '6212abd30a5940d6b48ab4cd7764e457'
                    }
                    'i18n-message-nl-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '6bb1726a27f644359898431a35ae0a44'
                    }
                    'i18n-message-nl-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: '93421d7efc774089b07eacb6dfa31c91'
                    }
                    'i18n-message-nl-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '1866447e7fd148c5a6e9fc54fbf08715'
                    }
                    'i18n-message-nl-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '82c2333828ef4e05b0f5c8cd9158e3da'
                    }
                    'i18n-message-nl-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '0461980bc8e444d3aa618d670e763a18'
                    }
                    'i18n-message-nl-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: '63a034eb3ab045d692006a2f40ad152b'
                    }
                    'i18n-message-nl-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '9ec7e7d6119b42b49125b435dd29ac41'
                    }
                    'i18n-message-nl-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: '99551506c21047e5a58a7db13a3f7101'
                    }
                    'i18n-message-nl-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '42f06a276c5d4d3f9b22bc1b91effcb6'
                    }
                    'i18n-message-nl-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: '6d29419d53d84dd798d8e631cb41c3fe'
                    }
                    'i18n-message-nl-pin.modal.done': {
                        table: 'sys_ui_message'
                        id: '745dca4b162240f298165a2a1fc33436'
                    }
                    'i18n-message-nl-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: '98003dd902674d7cb95b32f1c6e8a209'
                    }
                    'i18n-message-nl-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '3d3d652a3fdd4ad8b7b8a2cb7a09af35'
                    }
                    'i18n-message-nl-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '04fcaa39c5334dd993d5fe1ec1179d27'
                    }
                    'i18n-message-nl-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '0882e6b1b1b6451da1ee1992e5b6d5de'
                    }
                    'i18n-message-nl-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: 'e779ef7207034e218b140ec74e7f0564'
                    }
                    'i18n-message-nl-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: '6e9302f4dc5647a08fbf4af70fa2d6bd'
                    }
                    'i18n-message-nl-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: '73f4c79d64214aa2aaf3c8b0bb0eafea'
                    }
                    'i18n-message-nl-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: 'd03edb84395343fe8ebba4641a506954'
                    }
                    'i18n-message-nl-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '49f33546f18d44b783f349ac5b13cab3'
                    }
                    'i18n-message-nl-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: 'b00fdf80045f404fa83487d7d40fba21'
                    }
                    'i18n-message-nl-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '289f551a159648309a058e713eff43da'
                    }
                    'i18n-message-nl-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '262c4b40241842c0a0412a4d60dafb43'
                    }
                    'i18n-message-nl-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '20679fe62572449d9c3851badc256f53'
                    }
                    'i18n-message-nl-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: 'd82e6b0d42014ca287bee7a05e17b31e'
                    }
                    'i18n-message-nl-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '0f82d185f5994fe0b15a051811b3e016'
                    }
                    'i18n-message-nl-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '9703cf6e0d6941c38470b90ef7ab85e3'
                    }
                    'i18n-message-nl-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: '58e75ee1ea7849e3811e1b0f5ced2db1'
                    }
                    'i18n-message-nl-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: 'e9f9097abc9b48708ed811e0f5838b03'
                    }
                    'i18n-message-nl-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: '91563008287f46beb0e7a81e77bf728d'
                    }
                    'i18n-message-nl-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '72a9a090fa154a1892deb01ecedeff64'
                    }
                    'i18n-message-nl-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: 'a0143fb8a2cc400fbb60a86f84a2f1bf'
                    }
                    'i18n-message-nl-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '9608da382166476386cab5f958a385e9'
                    }
                    'i18n-message-nl-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '5bf6bef98fb24faf925667aee83e764e'
                    }
                    'i18n-message-nl-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: '3ad0b57d32234c8b9b8f44dd8e52ec76'
                    }
                    'i18n-message-nl-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '77326378e0b9400fa68e04d77ea4c941'
                    }
                    'i18n-message-nl-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: 'a4cda8ce468c44838ff4e9920e7a363b'
                    }
                    'i18n-message-nl-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '470428b8760f4fa89b64e150540c85a0'
                    }
                    'i18n-message-nl-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: 'b4a940d75c5a4a5e86980eee8f8466b8'
                    }
                    'i18n-message-nl-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: 'f0501bf859fb4e839398790c680c31d6'
                    }
                    'i18n-message-nl-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '1387b6a625af4e4cb963c643903d89c3'
                    }
                    'i18n-message-nl-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: '6442e990cabe4211810c36ec49052540'
                    }
                    'i18n-message-nl-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: 'fe02d0d10b134e7db4134fd4648e5e55'
                    }
                    'i18n-message-nl-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '37c69056b0fd43a7acecdc5ab82304fe'
                    }
                    'i18n-message-nl-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '4f3aeb59e8e94758b96ec6e719c4a3a9'
                    }
                    'i18n-message-nl-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '2b6a9a859d174f5dbbf21cfee731c04f'
                    }
                    'i18n-message-nl-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: '7d23ea256ac34744a88a044dfb0bfadf'
                    }
                    'i18n-message-nl-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: 'd25112b9191d4bec861af60b25841a40'
                    }
                    'i18n-message-nl-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: 'ec6cc923ef984cf981b6365df5d17bb6'
                    }
                    'i18n-message-nl-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '3ed5f907abb2455b91816e5ce0541daf'
                    }
                    'i18n-message-nl-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: '2b0a35814e6b40c58510e6e98b9fbc34'
                    }
                    'i18n-message-nl-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '57f9056fd003480d9a57ee0f60f6b87e'
                    }
                    'i18n-message-nl-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: 'fe47473da47245b59a6da0f87b5d658a'
                    }
                    'i18n-message-nl-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: 'd133102448b241aa99f1d69c189f8f63'
                    }
                    'i18n-message-nl-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: 'b86f1c7e89e043a2b5c0feced1d3a078'
                    }
                    'i18n-message-nl-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '1b808e2d32e34d27a72e3960a06c91e5'
                    }
                    'i18n-message-nl-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: 'e1d65a1de6784947a5fa2be1838bd3a2'
                    }
                    'i18n-message-nl-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'c83734ab2382447b86d20266be7f70eb'
                    }
                    'i18n-message-nl-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '93e6025eab1842a3b1270fbfa71b06a0'
                    }
                    'i18n-message-nl-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '1a00821b292e43b2bb87c8452ffbab8b'
                    }
                    'i18n-message-nl-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '46611ce76f3542dcb5dd3309be178a51'
                    }
                    'i18n-message-nl-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'f7b369472d214d128ad3a81be0aa7f78'
                    }
                    'i18n-message-nl-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '1b2cfc873ad14072aecab2cc82dba8ec'
                    }
                    'i18n-message-nl-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: '14e7ecf4b14e4347808d3e82ad0cafb3'
                    }
                    'i18n-message-nl-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '7ed16adf61154434b46f5d57942f4707'
                    }
                    'i18n-message-nl-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: 'bc3af3ff1ee6492abff02f8cd36f4aeb'
                    }
                    'i18n-message-nl-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '2e6779e18ff945be99374fcebe53a110'
                    }
                    'i18n-message-nl-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: 'a5a3c4fef6914204966bdb2878eddda9'
                    }
                    'i18n-message-nl-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: 'e275e16b17694077b1cc88a8f1d38f84'
                    }
                    'i18n-message-nl-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: '62cf841cfeaf48728aa8ba2136d77a5f'
                    }
                    'i18n-message-nl-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: '9a9d2af69c144cfd95e2f797f317f636'
                    }
                    'i18n-message-nl-token.last_success': {
                        table: 'sys_ui_message'
                        id: 'e0f8cfb6fa3748f6b81eebcba6426e5c'
                    }
                    'i18n-message-nl-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: 'f3ee846e0a3545a98ca760fcd2d1d8a5'
                    }
                    'i18n-message-nl-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '853f229b23ee446386a3c012c81dd445'
                    }
                    'i18n-message-nl-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '30063fc1a1584279b53c472d58cbf850'
                    }
                    'i18n-message-nl-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '93cd721035734a17aecf718f392c91c6'
                    }
                    'i18n-message-nl-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '7752539a7041409caa41d85ceee6b3fd'
                    }
                    'i18n-message-nl-token.not_admin': {
                        table: 'sys_ui_message'
                        id: '8466f50f2ecc4d77932398d796dac844'
                    }
                    'i18n-message-nl-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: '177b642c668d49f18b005a5167cdbdeb'
                    }
                    'i18n-message-nl-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: 'a853e07b7a9c4807969bfd88dc96f244'
                    }
                    'i18n-message-nl-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '9e5d2bac72254292acf627b9b7870f8b'
                    }
                    'i18n-message-nl-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: 'ef996698533f40169696ad18d6e0eaae'
                    }
                    'i18n-message-nl-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: '6aae5659c91741928823a173425bc719'
                    }
                    'i18n-message-nl-token.region.eu': {
                        table: 'sys_ui_message'
                        id: '3db67d46bf974bb489db4cc01ec1f21e'
                    }
                    'i18n-message-nl-token.region.global': {
                        table: 'sys_ui_message'
                        id: 'ada551a5b1034b9a914c0fc8b7a1cb07'
                    }
                    'i18n-message-nl-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '92d1330759454f05a909fb7886bf1cb8'
                    }
                    'i18n-message-nl-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: 'e88b5fb207bd47e4bb979a5d3fe6125d'
                    }
                    'i18n-message-nl-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '6266907c28ad4eb9aa2b3f1a5245c183'
                    }
                    'i18n-message-nl-token.step_sent': {
                        table: 'sys_ui_message'
                        id: '0a5ddf388f9043c59fcd208b02367ba9'
                    }
                    'i18n-message-nl-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: '6a0ec7522d4144aba62f359ec7dd102b'
                    }
                    'i18n-message-nl-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '984caba5c24a4d728f6790fc4699d4ba'
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
                        id: 'd38cd37440e14bfd898368da9384cad0'
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
                        id: '0c92a126a7d74fa0a2b13b7e7a6c8320'
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
                        id: '8a1cf2ac488749a5b2d5fed6cc5ea980'
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
                        id: '0004cd05756b40ca8cec6e60dfd350cc'
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
                        id: '006b84f123d84c70a42538e2df3f4509'
                        key: {
                            document_key: '68d8c3a51e284b2098d76dbd0fff92fb'
                            variable: '3d6d8b935320220002c6435723dc349c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '007bd1d223c74d52a60e78dc02be603e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '014d5c1a4c36401a8c861fc1dda9dfcb'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01caf02785674e4fb35a4a57b382024c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'de'
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
                        table: 'sys_dictionary'
                        id: '03debeda71f24ecdae7520f795e5ff58'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '03e7250b8c15471886f868523a3dd012'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'fr'
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
                        id: '062b2dc77b904dd0895a351237a6f78b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: '07de9449191f46469ccfc4d3a50378fd'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'nl'
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
                        table: 'sys_element_mapping'
                        id: '08e7f482f3b04ba2a648395d63da1388'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'accd3cc92ca24de7bae867b18c307fbc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09771168e9f4448e9243f89bdf49e6d0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'nl'
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
                        id: '0988d211562d4e8e8f76b1d9f3efe9d7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0a01e70a58734872ae5aecc830a17058'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0a213f9678ee4491a14d7fc65200bd98'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0ae3a859c4274d1f9f7078d70852ec57'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'failed'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0d20ce09f09a404dad8a051ca07611df'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0d9b878f7cfc4690b3dc2b8551c81d3e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
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
                        table: 'sys_documentation'
                        id: '0de2d09c64564afea95005d1808c1df2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0e7d533e38f34f339ad72ff5e63f3f0b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'de'
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
                        deleted: true
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
                        table: 'sys_documentation'
                        id: '106ca3ac82494696ab1b9d8017f7d170'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '10cb1441499444c3ac74a6f413ad6354'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'nl'
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
                        table: 'sys_variable_value'
                        id: '115ee382d7a34517b25d4e5d5918fb81'
                        key: {
                            document_key: '92bfb940e8c84330bd555814f8078fc4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '11de1e5ddc0d41d0a2b5ae69478a6eef'
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
                        id: '129bd9040a6244acb14537480ed27966'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'fr'
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
                        id: '15c350cf9c34494ea6a9c1cffb9113b4'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'de'
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
                        id: '163ed4b0cce14c73a95af3cc8e54f004'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '17952cadfcff4a22bdc48f4b90d353ef'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '18425d4ce1ae47579b8224dca447f035'
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
                        id: '19ba604c097f4fe9bce0a14d1abde8cf'
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
                        id: '1a26ec2834e447a7a2fcf619e597cdbe'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'de'
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
                        table: 'sys_choice'
                        id: '1ee40a0096124f0b8d2bf9faf23382d5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1f52626a7a114864a74ac65c23b56ab2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2007a4be996f4fefb8d607264aaf0252'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        id: '217a2b8163924d24ad5615a33ced3433'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2188f92d789f4940b5dd2f9ec1c0eb87'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'enterprise'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2659ec96e8ac45c68173ac9fcd68cfd6'
                        key: {
                            sys_security_acl: 'aace4a8d16984f32a5733728ede93730'
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
                        id: '2680c1ca2f5a42a6b5f7a9dd32a3c4be'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        table: 'sys_choice'
                        id: '27ea7bb87d1849f4a87481b48f33c381'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        table: 'sys_choice'
                        id: '2ba20a71583341e8831b07f759826704'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bd327d169cf40e6b8d40b63b0b395c0'
                        deleted: true
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
                        deleted: true
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        deleted: true
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
                        table: 'sys_documentation'
                        id: '3802e0b287d94b07b595efbfeae9122f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '389210e64d0b497fb185e10f0eef37d5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '3904e7c713e04f6c8fa813320d77a980'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3a38d1ba4a99485288909020111b3750'
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
                        id: '3bd721aea2f94b24bd74684b433db4c6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'de'
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
                        id: '3f4b89cee5d54e52935356bb9bc3fa87'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3fbec5f131264202a2503c49d5051287'
                        key: {
                            document_key: '92bfb940e8c84330bd555814f8078fc4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_documentation'
                        id: '445860944317449484879d412aeb9cf8'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'de'
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
                        id: '45062d982a1a4593adc477d043cae23f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '46256f9298f04c9295e9dca95f2a64fa'
                        key: {
                            sys_security_acl: 'c6d71dfa9b414f0bb73ed3c9e5e2bcb9'
                            sys_user_role: {
                                id: '47a5eba604a34eb8b797e2b7a608588b'
                                key: {
                                    name: 'x_rescue_connect.integration'
                                }
                            }
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
                        table: 'sys_documentation'
                        id: '4902525e2e374f309a3e14d195dabf19'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: '4b44a2dbb0bb40a799071a5a70822716'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'nl'
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
                        id: '4c848c51a8ca42e480b52e56aab1aa26'
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
                        id: '4c87020eace448708653cf884f064b02'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'de'
                            dependent_value: 'NULL'
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
                        table: 'sys_documentation'
                        id: '4e60c2eb0f21420ab240c930cb6d175f'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'nl'
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
                        id: '4fa1db1c3d694459a045de7a9bbaa8f3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
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
                        table: 'sys_documentation'
                        id: '5191169a7381451fbe7f2c2a4fc00b8a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: '560aeddcd90c4af1aba8630a8af9b185'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '562e08fd7d924663a155d266fa97d5e4'
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
                        id: '567b8977ae2d423783ab437b6b2a6182'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '57acfffed7f24dc3a8d261a7e632f249'
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
                        table: 'sys_documentation'
                        id: '58aeafe3054f4d99857421d91abb43e0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59a177e2d3614943afb599b9b4b484a5'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'de'
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
                        id: '5d51be592ccb485396869b0bb7f7db88'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
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
                        table: 'sys_variable_value'
                        id: '5e8bff6d8b31479ea0d472f53832de26'
                        key: {
                            document_key: '2052d8d54c4d46bcb136381243be59f9'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '600e50a3202b4f6a9f5167b813815750'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'nl'
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
                        table: 'sys_variable_value'
                        id: '60bf359d63e74bcd92c5a9d884e63c4b'
                        key: {
                            document_key: 'e7743af41810490a8ee43cc791503e00'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '60d1099aae44461e8c8edf9b5085f40a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6103bc69ed394afbad83695e83b93708'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: '61bd0c69f04243fabe8895c8bb5be8e1'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'eu'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '61e306bde0104a2bb2b0f525f40e9be9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '623eb82aa38040e39d67307626ea7122'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '62c2bcff25224b67a9c13de6c5e70cff'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6428135fb7884a06b67f8f4630a77f8c'
                        key: {
                            sys_security_acl: 'e4e8bbb6cf854ffe848177705e1f2b8a'
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
                        id: '6440a24792494ba69678ebe6ccd0c67c'
                        key: {
                            document_key: '54a95164f8dd4c01b256b01589228db4'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '64b7566e4b01485d82be00612b8d5669'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'de'
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
                        id: '65c7dafd06b44964bc5d80644253a290'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'de'
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
                        table: 'sys_documentation'
                        id: '68d47c29a4564da5a3f4b77b0944bba3'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'nl'
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
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6e34a337bac04f0f9b05f54e1623b636'
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
                        table: 'sys_dictionary'
                        id: '6db1d858a69b4219be67ca5472519746'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
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
                        table: 'sys_documentation'
                        id: '705f66a67c624ff3b01babc675a45160'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '72292bfb6336490b8594535793f737f9'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '736a4d5561704992a4f5a02ef79900f0'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7394af0b8db84d6b9dc4adf8bd6403ca'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'de'
                            dependent_value: 'NULL'
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
                        table: 'sys_dictionary'
                        id: '75f7a0d8cb9b45978e35f0252d27c0b4'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'technician'
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
                        id: '76b679207e3e4be5995c7c40c45e9ab3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
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
                        table: 'sys_variable_value'
                        id: '7a6cac70195440389d9d92f60385f02f'
                        key: {
                            document_key: '92bfb940e8c84330bd555814f8078fc4'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: '7f3ddd59f52b457f8f782d67afe7553a'
                        deleted: true
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
                        table: 'sys_choice_set'
                        id: '80b0fe940055405e8a35c01639978d31'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '81cb3d551f3645cfae3821161a32df36'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'started'
                            language: 'de'
                            dependent_value: 'NULL'
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
                        table: 'sys_documentation'
                        id: '82fb969ce07943a68981679fe596d2cb'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '83c5f086846c4b1ab25c9f69eb77c2af'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: '84ad2352e88e425d94d31152459c9612'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'de'
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
                        table: 'sys_documentation'
                        id: '8584fc8c95de4ab39eb992815ca6fde5'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'de'
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
                        id: '867756224eb94ff196ad4a98cc38629e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '868084eae7784e2f8a5831d9b40669c9'
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
                        id: '872342c576294a88a82bd1cfc4696dc4'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: '8aa54f8fc59d4e11a440752fe7d1bbfa'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ab804993a14488e9d0501939bdb32c9'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8b1007be40274e1c98382f6818686761'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'de'
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
                        id: '8ef8d9064fe74b1b8b0f57f37291ef94'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: '90a90bc7979645f68e9f5b87813b928a'
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
                        table: 'sys_variable_value'
                        id: '98251d029c4f47ada74c3b28d9484396'
                        key: {
                            document_key: 'd6dc93c2cda64e81b370f13fa656c18f'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9958a973a6984a8ca272891dddf475b3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'de'
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
                        id: '99b43b8b76a64f6e91400a9510c5682f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'fr'
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
                        table: 'sys_dictionary'
                        id: '9da4282e5d944466bc839723525c3798'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e4d67735c774871b4675bc48f6ad0fb'
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
                        id: '9ed1fe5804d2401ea8f72609dfae7e2e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'fr'
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
                        table: 'sys_security_acl_role'
                        id: '9f847bb02f4e4f6da193a1674bfaa7c9'
                        key: {
                            sys_security_acl: 'aace4a8d16984f32a5733728ede93730'
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
                        id: 'a26b272f3ef14077a70119279bf7caba'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a27d24ad839c42f9a6bdc6705cdabf17'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'new'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        table: 'sys_dictionary'
                        id: 'a6345743687b4f85b98f8d6e9f99db02'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a639dcb70b3b4537a5b84e1d1ed01083'
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
                        id: 'a641ce5879e54695bc58a923263b5dd9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a6a96084629047d6bb1f2824e40c95e2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a71ee7c9ab6d424ebb7f8cddb704bb77'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a853756ff4874ff58e77efe76aa7ec64'
                        key: {
                            document_key: 'e7743af41810490a8ee43cc791503e00'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_choice'
                        id: 'a96b2d595d6d4f0f825ac3364e3b15f6'
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
                        id: 'a9d2655ce5aa4bf8b54f2681bd23546f'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'fr'
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
                        table: 'sys_variable_value'
                        id: 'ace8f83807d641b79fe456b199fdacea'
                        key: {
                            document_key: '54a95164f8dd4c01b256b01589228db4'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ad74a3ace98847db89e4c05d6eca5105'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ad807782c7ff43c990f50acdfe521189'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: 'ae2f5166355f4c2b8a6d192b78e94037'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'af0a43832cd546c58b87196ca0819680'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b01808f106794e659ef647954ed7d49d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'nl'
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
                        id: 'b1192a298314478b9825d6666ca1d60a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'nl'
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
                        deleted: true
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
                        id: 'b3a8293406e247748e491d4aae663c72'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
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
                        table: 'sys_choice'
                        id: 'b5c54972f5534c3cab2f9301860a61ff'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'new'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        id: 'b96f382ab51747e29fa886dc65a91271'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'fr'
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
                        table: 'sys_variable_value'
                        id: 'baa8e8df14fc4e7d8d14195da2987904'
                        deleted: true
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bad9fa04a0614aabbe867afa9f8b2122'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'fr'
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
                        table: 'sys_security_acl_role'
                        id: 'bf4b2e8a36f44d5d95a6803250ba045f'
                        key: {
                            sys_security_acl: '03f2f2feafc54ca8981a00fa2a2f3f65'
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
                        id: 'c08a17b5da8845f1bde8a614352f0468'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'de'
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
                        id: 'c28451df995e416d9428c0d5de6baf63'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'fr'
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
                        deleted: true
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
                        table: 'sys_variable_value'
                        id: 'c5495d21dd5b43f8a0737f46ccb63f68'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c58e846a8bc14dd2b892f8513801235d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'fr'
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
                        id: 'c891d298fa29446fbc84b33bd859b289'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'de'
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
                        table: 'sys_variable_value'
                        id: 'cb49628ca1ed467d86f971e2672bcc9b'
                        deleted: true
                        key: {
                            document_key: '6e34a337bac04f0f9b05f54e1623b636'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: 'cd594251d2754b168554962a4be6dd68'
                        deleted: true
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
                        id: 'ce920ef76f2040b68499aeffc5612e09'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cf8e52cac51a4ae7bef0a30526b90352'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e7743af41810490a8ee43cc791503e00'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd0751a4b794942e08fc5e725b7b36edc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: 'd22b178feeb44b02b02bf4e8e35ec951'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        id: 'd4ba2bf209f8416192f2f27260f9ad8f'
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
                        id: 'd63d056ee0ff44f7a150cd2e98eb59b5'
                        deleted: true
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd719deb86796409ebd816c5949fc0a97'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'nl'
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
                        table: 'sys_dictionary'
                        id: 'd8bba175177e409abbb49f18ff1a2ab4'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'auth_code'
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
                        id: 'd99c52121cd046b5aa33f27f2fca98c9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'fr'
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
                        table: 'sys_security_acl_role'
                        id: 'daeb0013216e49a8a31b2176ed479593'
                        key: {
                            sys_security_acl: '03f2f2feafc54ca8981a00fa2a2f3f65'
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
                        id: 'db031a5e2410413aba83f2d3bc376172'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'fr'
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
                        id: 'dd5c7bc444f84705a2453e677e0e89a5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dfdc23277e27493e95ce458ad3bd9f90'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'de'
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
                        deleted: true
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
                        table: 'sys_documentation'
                        id: 'e49f8692fe3c463aa7c7518ec78b0fbe'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e4c35c1fe92349e7b8f003bbd702c3d7'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'eu'
                            language: 'de'
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
                        id: 'e62a6e31bbd04e929b42d5a9e2a9b09a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e631884a0c844e1f8550e70ca1011690'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'started'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e69e1650cd734532ac70b06775ac2e78'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e70b967b56ac40b1844ae6b0948bc1e5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'nl'
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
                        id: 'e841ff80026c46f3b927a5d6507b81c8'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'fr'
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
                        table: 'sys_variable_value'
                        id: 'e9933886a02445f7af41e3f948fa6f10'
                        key: {
                            document_key: '92bfb940e8c84330bd555814f8078fc4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_security_acl_role'
                        id: 'eae9b7e5db154908a7cacd7e821141f9'
                        key: {
                            sys_security_acl: 'c6d71dfa9b414f0bb73ed3c9e5e2bcb9'
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
                        id: 'ed99d07eedeb4e17af2e1f2b653c2ddc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: 'efd25ae0322949698c352f67c3e091e0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'de'
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
                        deleted: true
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: 'f2e0f133e5614ee79ebeebd520f94526'
                        deleted: true
                        key: {
                            document_key: '57a4c14631f44258ad688d5590c68dfa'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f30ebed2ac9f479ea9a193e4808621df'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'nl'
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
                        id: 'f4cda5b5ced644c8970892a132bf2b82'
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
                        table: 'sys_choice'
                        id: 'f60984e1ad1f43b79e6745128449ded0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f78d89d2119246c79c9d15fb3e918284'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'de'
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
                        deleted: true
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f900d0f1851c4fad9083c5f1b073bf11'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: 'fb19e369cfbd416c941ee23bc0b55212'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fbc1eb9dd2da4c2b9a0e4190a9344d06'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'de'
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
                        table: 'sys_variable_value'
                        id: 'fc8e16d4b9644f659f970eb71b4bc9eb'
                        key: {
                            document_key: 'd6dc93c2cda64e81b370f13fa656c18f'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fce9f914b26c42e787abf7b696bfa316'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'enterprise'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        table: 'sys_choice'
                        id: 'fdce24d3170542309d7f34fed0da8b9b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'failed'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fdfb1c0ee61c4e0db09c19289f6a84d6'
                        key: {
                            sys_security_acl: 'e4e8bbb6cf854ffe848177705e1f2b8a'
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
                        id: 'fe283b2553f4486888486201aea1ca9c'
                        key: {
                            document_key: '0fc72606b65843b59ba82475fd20cca5'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fe6ab4f59b8c4fa587ab57d0ed127bdd'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ff38f36c0b4c455da21ec650a4c78353'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'de'
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
