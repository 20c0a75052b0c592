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
                        id: '7f9b5a19acd442f28790c2d8f6e3cdd6'
                    }
                    'i18n-field-de-menu_title': {
                        table: 'sys_translated'
                        id: '186ae35c747b43a4a6267229bd8832f7'
                    }
                    'i18n-field-de-module_sessions': {
                        table: 'sys_translated'
                        id: 'a528e3859b424679bf93248b9d39eac9'
                    }
                    'i18n-field-de-module_sessions_hint': {
                        table: 'sys_translated'
                        id: '004774ef685f42718bfa9a6bd5dadb84'
                    }
                    'i18n-field-de-module_settings': {
                        table: 'sys_translated'
                        id: '9099c48055a3498e9135e30dfc45c6b8'
                    }
                    'i18n-field-de-module_settings_hint': {
                        table: 'sys_translated'
                        id: '8b424637957c4e8db6e623fcad0b836e'
                    }
                    'i18n-field-de-module_test_connection': {
                        table: 'sys_translated'
                        id: '577b5da2ce0c4b799c35392de834484b'
                    }
                    'i18n-field-de-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: 'cdc974536528451b8445ebc820da1965'
                    }
                    'i18n-field-de-module_token_setup': {
                        table: 'sys_translated'
                        id: 'f20bedad956749399b52df45781129b8'
                    }
                    'i18n-field-de-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '652fb6110391490ea45c28b95ad939c7'
                    }
                    'i18n-field-de-settings_title': {
                        table: 'sys_translated'
                        id: '66046198b93248de976320bfc0a86498'
                    }
                    'i18n-field-de-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '0365e5cce8d842228709ad01a95eab2c'
                    }
                    'i18n-field-de-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: '82404d37475541ca9c28dc4add5e2aec'
                    }
                    'i18n-field-de-ui_action_name': {
                        table: 'sys_translated'
                        id: '3eed1908e47a42f4af9a842cff463c66'
                    }
                    'i18n-field-fr-menu_hint': {
                        table: 'sys_translated'
                        id: 'ab97f9c2ef41463da087f7b7254687e6'
                    }
                    'i18n-field-fr-menu_title': {
                        table: 'sys_translated'
                        id: 'ed7c78d3968245b984f0e7f290596bdc'
                    }
                    'i18n-field-fr-module_sessions': {
                        table: 'sys_translated'
                        id: 'f5599d65911e4af3bea3a54e901a9a95'
                    }
                    'i18n-field-fr-module_sessions_hint': {
                        table: 'sys_translated'
                        id: '7a0ba75952824493aef874ea31749def'
                    }
                    'i18n-field-fr-module_settings': {
                        table: 'sys_translated'
                        id: '32af7842f2804e3cb5fd7e097263f076'
                    }
                    'i18n-field-fr-module_settings_hint': {
                        table: 'sys_translated'
                        id: '828c2fc97989483db338cdb3d4023152'
                    }
                    'i18n-field-fr-module_test_connection': {
                        table: 'sys_translated'
                        id: '06516245245f4799b9c5584952869d4e'
                    }
                    'i18n-field-fr-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: '73c39c4562254bfb827e8b36211d077c'
                    }
                    'i18n-field-fr-module_token_setup': {
                        table: 'sys_translated'
                        id: '0d281e08dc5a413eabe4d58788beafc0'
                    }
                    'i18n-field-fr-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '96e9a176452941e395dae7bace889cdc'
                    }
                    'i18n-field-fr-settings_title': {
                        table: 'sys_translated'
                        id: 'c86e790d574e460a87babe0205522dce'
                    }
                    'i18n-field-fr-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '5dcb3bb50b8c4b5d8a7a336dc1b9adb7'
                    }
                    'i18n-field-fr-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: 'e1f8f6ba1c744302b51d862cf9fd6622'
                    }
                    'i18n-field-fr-ui_action_name': {
                        table: 'sys_translated'
                        id: 'd195e1dc14904ba9bb372a57312cc21f'
                    }
                    'i18n-field-nl-menu_hint': {
                        table: 'sys_translated'
                        id: 'e09fe04d975f4c73adc169145350b9fa'
                    }
                    'i18n-field-nl-menu_title': {
                        table: 'sys_translated'
                        id: '234e3bf3d8ed4b079e0eadc796c179f9'
                    }
                    'i18n-field-nl-module_sessions': {
                        table: 'sys_translated'
                        id: 'b8bbbcbdb56a434aac4f9d0df27cb15b'
                    }
                    'i18n-field-nl-module_sessions_hint': {
                        table: 'sys_translated'
                        id: '0da8b0deb76e444085e37d25a0957a26'
                    }
                    'i18n-field-nl-module_settings': {
                        table: 'sys_translated'
                        id: '8d8020983bdb4ac48e7ee8cad21e85f9'
                    }
                    'i18n-field-nl-module_settings_hint': {
                        table: 'sys_translated'
                        id: '774288857aca4dc69cb5906a00b64287'
                    }
                    'i18n-field-nl-module_test_connection': {
                        table: 'sys_translated'
                        id: '9679cad382bb45e9b7e5c6b24b9f5e9c'
                    }
                    'i18n-field-nl-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: '81d846166b4149a6ab0a713134cf453e'
                    }
                    'i18n-field-nl-module_token_setup': {
                        table: 'sys_translated'
                        id: 'f11ab986153b4042991ca03bc2b1d047'
                    }
                    'i18n-field-nl-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '903167b8cc2746dda1377ae6ff6a8648'
                    }
                    'i18n-field-nl-settings_title': {
                        table: 'sys_translated'
                        id: '372075de7b394f53b6177728d0e629fa'
                    }
                    'i18n-field-nl-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: 'f45b2a9013514414a17597a849c93f04'
                    }
                    'i18n-field-nl-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: 'f7d762d6cc724462990f0feddfce2f50'
                    }
                    'i18n-field-nl-ui_action_name': {
                        table: 'sys_translated'
                        id: '377658da54c349a89abad0ff460dde20'
                    }
                    'i18n-message-de-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: '2edc2bf76f4a4edb81915b23deabb34e'
                    }
                    'i18n-message-de-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '4dfd30f266a8470cbb9b007199b1a8e6'
                    }
                    'i18n-message-de-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: 'ed7c9cbf6772463381736e1153ef202e'
                    }
                    'i18n-message-de-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '6c91b5cb3ee44c998589b6b27ad591ee'
                    }
                    'i18n-message-de-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '7636b44200614045a81bdcfdb9c01d77'
                    }
                    'i18n-message-de-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: 'c85f5668a0b54b618b03f0b10eddc87e'
                    }
                    'i18n-message-de-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'd9b90f908186405b89f7e90458030a68'
                    }
                    'i18n-message-de-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: 'aacbfa55719547bda41fd0ac8b7cbbcb'
                    }
                    'i18n-message-de-connection.failed': {
                        table: 'sys_ui_message'
                        id: 'dd2dd119f04f4c949b779eb058dd92ea'
                    }
                    'i18n-message-de-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: 'd393024331204117a66e5df024687750'
                    }
                    'i18n-message-de-connection.ok': {
                        table: 'sys_ui_message'
                        id: '63a62654dd554394867fbe54905d25e8'
                    }
                    'i18n-message-de-console.a_technician': {
                        table: 'sys_ui_message'
                        id: '0cd95e4f42414436b480fdf67d2933ae'
                    }
                    'i18n-message-de-console.description': {
                        table: 'sys_ui_message'
                        id: '51995a1394784deebc959c8bce1dfe9a'
                    }
                    'i18n-message-de-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '367fcf187bce407f88975ccb3b0f517b'
                    }
                    'i18n-message-de-console.not_shown': {
                        table: 'sys_ui_message'
                        id: '8254287a01c2428f91ef07087b391631'
                    }
                    'i18n-message-de-console.short_description': {
                        table: 'sys_ui_message'
                        id: 'b25dd02a292d4f8080b29bc57183df33'
                    }
                    'i18n-message-de-console.short_description_with_customer': {
                        table: 'sys_ui_message'
                        id: '7e5cefba7aeb4139b9a793952667de80'
                        deleted: true
                    }
                    'i18n-message-de-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '7e0dd033403e401f90f5bfd247dfeca1'
                    }
                    'i18n-message-de-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '168d902ce41c4f1bbcd350806051cecf'
                    }
                    'i18n-message-de-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: 'c5f9db4d536d4cb8b01eef9b10325658'
                    }
                    'i18n-message-de-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: '085aabc5262944e9bdf00fae217d85b7'
                    }
                    'i18n-message-de-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: 'cc870392ba66459b8d30de142a930543'
                    }
                    'i18n-message-de-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: 'c84cf3d70a844d21b240bb33917e37e2'
                    }
                    'i18n-message-de-email.technician.join': {
                        table: 'sys_ui_message'
                        id: 'c9bc0d34571e436594f534755bb3c53c'
                    }
                    'i18n-message-de-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '6811f04a4333472cabb535eb792489a2'
                    }
                    'i18n-message-de-email.token.action': {
                        table: 'sys_ui_message'
                        id: 'ba596d14c6cf414c9901d4d62081cebc'
                    }
                    'i18n-message-de-email.token.after': {
                        table: 'sys_ui_message'
                        id: '71407e810fbb4ee4a48fe17d6a629557'
                    }
                    'i18n-message-de-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '1adf0fb5b5a946b3882b86c91ab79f8b'
                    }
                    'i18n-message-de-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: 'df2f9dfbe8da491a8509c219a340c1cb'
                    }
                    'i18n-message-de-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '6fbadcf8747e4b12aa773a526be3b8d5'
                    }
                    'i18n-message-de-list.sentences': {
                        table: 'sys_ui_message'
                        id: 'b935d5b00bed4d2bb0af6c4b0a00b8c1'
                    }
                    'i18n-message-de-list.two': {
                        table: 'sys_ui_message'
                        id: 'b61dcd2822414f8fa793184750dc8a24'
                    }
                    'i18n-message-de-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: 'f4a583519a37484d8c16c0ae876ad6b5'
                    }
                    'i18n-message-de-note.ended': {
                        table: 'sys_ui_message'
                        id: 'c1d5da64c36747d2adecc8103976b332'
                    }
                    'i18n-message-de-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '455570795be14b1d8688ccc346addc05'
                    }
                    'i18n-message-de-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: '00d121a71e364a1184083846b4f6f1ec'
                    }
                    'i18n-message-de-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: 'c1938ef342234daf8887b742d30aa0b8'
                    }
                    'i18n-message-de-note.line': {
                        table: 'sys_ui_message'
                        id: '4e7b7557a389476fb96ff5dfc27cabd1'
                    }
                    'i18n-message-de-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: '9a0b45e6cff54f8b895979ca19a43ed6'
                    }
                    'i18n-message-de-note.minutes': {
                        table: 'sys_ui_message'
                        id: '428d6c18cd7140fead353f5a02373359'
                    }
                    'i18n-message-de-note.seconds': {
                        table: 'sys_ui_message'
                        id: '6b8ed1fef3b344399ebdac18209c9b1d'
                    }
                    'i18n-message-de-note.started': {
                        table: 'sys_ui_message'
                        id: '8a65c8a748fe44288ded8b05fd7e53f7'
                    }
                    'i18n-message-de-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '77f9ebedc9e648e69a770ce2db504c50'
                    }
                    'i18n-message-de-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: 'afb51021a2f54de89d1190cc132027e3'
                    }
                    'i18n-message-de-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: 'b89b2a676c664645a157d87f6836e7a0'
                    }
                    'i18n-message-de-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: 'a630516e013d446eb68f7bc49299ff13'
                    }
                    'i18n-message-de-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: 'b24eceedcace421eade3c45adbd57f67'
                    }
                    'i18n-message-de-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: '5c6685a33cb94eaea7eaf3365418a2bd'
                    }
                    'i18n-message-de-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: 'afedcbf3347047e8b3cf9fabc8c96d9b'
                    }
                    'i18n-message-de-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: '15a5bca6c23440a7a1cbe51e46eb72d4'
                    }
                    'i18n-message-de-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: 'df33d477bda64d94aae869a349509d77'
                    }
                    'i18n-message-de-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: 'c1dd0836f204408993bb26b39e1cf7f4'
                    }
                    'i18n-message-de-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: 'f14d1d00d33d401ebf74fc0e410c863a'
                    }
                    'i18n-message-de-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: 'bc682741764348ebba02b7dbd12cc882'
                    }
                    'i18n-message-de-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: 'eb410c3ab2674f2c8d7ef2176698bfd8'
                    }
                    'i18n-message-de-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '73d4f24e6fd642e593fa793c3bf8b62d'
                    }
                    'i18n-message-de-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: '1bc4f00758e54f09915ae2250f8c4f9a'
                    }
                    'i18n-message-de-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '160fad5ac03647eb923d1da59c65fe64'
                    }
                    'i18n-message-de-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '4d93bccbc6704d328ca274b401038add'
                    }
                    'i18n-message-de-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '69fc9388928449a2a952d2269c063151'
                    }
                    'i18n-message-de-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '682a83fbbb7946059c6494388c74f39b'
                    }
                    'i18n-message-de-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: 'd2e797dadad04e0f8a4e0f8b041d83e5'
                    }
                    'i18n-message-de-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: '5a8d28f9ea6b4440b91b1c24302df6ef'
                    }
                    'i18n-message-de-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '5ee58011db83411f8edd6fc9da780b32'
                    }
                    'i18n-message-de-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: 'f13ea8c2b6cf43e9bb0f11e5a8102332'
                    }
                    'i18n-message-de-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '7c3299abaaaf444995fdfd053e235c86'
                    }
                    'i18n-message-de-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: '7f8853fcc4f44fc8b4377ea4215c5b71'
                    }
                    'i18n-message-de-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: 'a0fd028e888d42ceb6f67f0108958526'
                    }
                    'i18n-message-de-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: '2ff19cd43d6943c48519e3bc7fa1fa6a'
                    }
                    'i18n-message-de-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '7aeb1b0f24c6417897dbd3ced5ad1ff9'
                    }
                    'i18n-message-de-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: 'da30dace2b464e8b8c8102453f12e254'
                    }
                    'i18n-message-de-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: '87b77609556b45a0bfc42f16729d44f0'
                    }
                    'i18n-message-de-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: 'cdf5dbb5dc2342e4a35fff90dd6da418'
                    }
                    'i18n-message-de-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: '7954446428e54974bd82898959193c4d'
                    }
                    'i18n-message-de-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: '1fda8f29330441c7821b29983dc0adb3'
                    }
                    'i18n-message-de-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '601017abdad740329a5dfe88948a5c0c'
                    }
                    'i18n-message-de-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: '7d2dfb6832df44318e9d105853aa4773'
                    }
                    'i18n-message-de-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: '14e0dddc8b784d8480a6630248190c0e'
                    }
                    'i18n-message-de-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: '4f98558b30944644ae5aacb82135252e'
                    }
                    'i18n-message-de-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '70a6f3fe8fc24b8f9e6a1097db8c87d9'
                    }
                    'i18n-message-de-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '4fd064caa50f4418bc450bcbf70a0738'
                    }
                    'i18n-message-de-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '3f18d0083ac444f891c3f1bffd560f87'
                    }
                    'i18n-message-de-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: '05b0388b379f49dd80703669180347a5'
                    }
                    'i18n-message-de-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '9b625adebe0f40d59e2188324de7a93d'
                    }
                    'i18n-message-de-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '0f9bbfcac3184d56950bd3eafd65193b'
                    }
                    'i18n-message-de-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '3d0880b109714bc181949936673f7532'
                    }
                    'i18n-message-de-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: 'f3560da9d8d2497d8db32e353ea30cb5'
                    }
                    'i18n-message-de-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: 'f8f6b675f7e04c36beaf10bbd189fd3e'
                    }
                    'i18n-message-de-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: '225650a88a204330a111e24dc45ce846'
                    }
                    'i18n-message-de-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: 'a7b75156813741b8b0e5c377efa831db'
                    }
                    'i18n-message-de-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: 'cdaaeb3ef02d4d5ea2d9a02509a79085'
                    }
                    'i18n-message-de-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: 'b88e7c3b17444492b5d0cd9e93fb036e'
                    }
                    'i18n-message-de-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: 'cf177c69130843f789da99ae077358d4'
                    }
                    'i18n-message-de-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: 'ba9c9709aaa34de49b28df6a102d736d'
                    }
                    'i18n-message-de-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '58261c42de8049ba8e0db0d1f03b1fab'
                    }
                    'i18n-message-de-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: '41c62138e9a546e9991a3f93df97c9fb'
                    }
                    'i18n-message-de-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: 'fd947e86ebb94c9ca6e1b18ee898c900'
                    }
                    'i18n-message-de-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: 'd5feb956f6fe44c1bec145f894d16bb3'
                    }
                    'i18n-message-de-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: '2dac3a2caec5447b81720baa8beb3ab6'
                    }
                    'i18n-message-de-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '95a430a60f5240a5a1c72987490dd321'
                    }
                    'i18n-message-de-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '14c12419abaf4250bb1718315a6e9321'
                    }
                    'i18n-message-de-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '50ba9ed512654b94a7b51240ff82b18f'
                    }
                    'i18n-message-de-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '827a8de039ad4687a98efe6fb76c90de'
                    }
                    'i18n-message-de-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: 'e4cbda7dbc1c435c89023e504d526889'
                    }
                    'i18n-message-de-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '878147b1584d4c4da8be22495b20c44d'
                    }
                    'i18n-message-de-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '7bba8bea449341d69459661b43c7c5ac'
                    }
                    'i18n-message-de-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '62aba33be1eb4c5eb00c67738944709e'
                    }
                    'i18n-message-de-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: '6e54dffcad3c40b89e03b0dff9f0f808'
                    }
                    'i18n-message-de-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '42267e2b1a8443e8834978e4f68fd615'
                    }
                    'i18n-message-de-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: 'abf3ac306e054ba98d2a6aad83f4d65e'
                    }
                    'i18n-message-de-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '11bb8113fab74224879d0cf19a60cd6f'
                    }
                    'i18n-message-de-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: 'e0f863e0de6243d49fcd85ae1da279b3'
                    }
                    'i18n-message-de-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: 'd68ef2e1607f46a4a61a49fefa5bf808'
                    }
                    'i18n-message-de-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '19501956d3ee4863a39c913f8ff5549e'
                    }
                    'i18n-message-de-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: '8d7e57b6590246208bc35329331d0fab'
                    }
                    'i18n-message-de-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '15883813036d467d81f60ce0b1061fd4'
                    }
                    'i18n-message-de-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '52cad85630684d129602a3b462d5787d'
                    }
                    'i18n-message-de-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: 'e8df2df4e3ee405e9a35e4205f3eb136'
                    }
                    'i18n-message-de-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: '8560db850d3a4893b109d88b7ed0cf8c'
                    }
                    'i18n-message-de-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: '09eb687b866f4b7c8cd9af50a2cd4e55'
                    }
                    'i18n-message-de-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '574c7f32b0b542b08c85d18c216277a6'
                    }
                    'i18n-message-de-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: '126894f333af4d2296e50c627738914d'
                    }
                    'i18n-message-de-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: '6762a577e80547fa84143884421721d3'
                    }
                    'i18n-message-de-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: 'fa4594210c424d6aa3f43847e4339ae5'
                    }
                    'i18n-message-de-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '12b35ff2fae34e14a8cf0d154006e16f'
                    }
                    'i18n-message-de-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: 'f937c6c2a0a14435aed62974f5fd0dfb'
                    }
                    'i18n-message-de-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: '9f52f70376234c0e8de2af840b42b319'
                    }
                    'i18n-message-de-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: '0a844b89ed584402ad64d92dcaf37407'
                    }
                    'i18n-message-de-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: 'bfd9825ee8364ce2bcf6328ba51cefc8'
                    }
                    'i18n-message-de-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '44f7d624c79149ec948a8e39499b7b04'
                    }
                    'i18n-message-de-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: '4e4ca23496034eaaaf3ee1583131b7c9'
                    }
                    'i18n-message-de-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: 'd75743e6666841d997b5d8d54d39d2ec'
                    }
                    'i18n-message-de-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: 'b013f1ea72394701acba1ba711a3436a'
                    }
                    'i18n-message-de-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: 'd2b345d095d84928b2436739f5ee1973'
                    }
                    'i18n-message-de-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: 'c54ddb04d0024038b3074f1d01b6b921'
                    }
                    'i18n-message-de-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '6291a45b5fd64e91bbb994e23c01342f'
                    }
                    'i18n-message-de-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: '5d0f509ed8c44c358eabcfe6837da791'
                    }
                    'i18n-message-de-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'd65fa526d1a044acbfe8f19e7677ca1f'
                    }
                    'i18n-message-de-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '65bc331d215d4ba29f558e8158ae0ed2'
                    }
                    'i18n-message-de-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '2c0eb86cb7eb40c6935ab319a6a4f83f'
                    }
                    'i18n-message-de-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'cecf878b027b46d096a6b5c74f4ff5be'
                    }
                    'i18n-message-de-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'cd1ccef6e42446bfbbc99342b07fbf02'
                    }
                    'i18n-message-de-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: 'f259a25f80f541e3ac6f8d3462479e98'
                    }
                    'i18n-message-de-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: 'de75c36296e74aa2acc6af434f138e80'
                    }
                    'i18n-message-de-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '6ff415106b0b4a33a9b43ba516d4d82f'
                    }
                    'i18n-message-de-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '78adcbe0bd3d451da2d4302cc4984287'
                    }
                    'i18n-message-de-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '09b80ba1dd6d4234a97df444d49986b4'
                    }
                    'i18n-message-de-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '482742c4703e4276a50a2d1ea7f589e5'
                    }
                    'i18n-message-de-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: '88fb5f10f9db440d8ae5b03762d8ad8c'
                    }
                    'i18n-message-de-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: '886552bbce9144778d506932d482088d'
                    }
                    'i18n-message-de-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: 'fa8fa31e57b7471483c8c90291255939'
                    }
                    'i18n-message-de-token.last_success': {
                        table: 'sys_ui_message'
                        id: '7693a3588bb9473b8633fab56a517070'
                    }
                    'i18n-message-de-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: '2525cdaae15149a684c8559c350447ee'
                    }
                    'i18n-message-de-token.missing_password': {
                        table: 'sys_ui_message'
                        id: 'a8b8cad6e6d04491b2e1a05ef9630c6c'
                    }
                    'i18n-message-de-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '522870fc142241a1bf38f4e102ab7e54'
                    }
                    'i18n-message-de-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: 'a9d31579910e445abd31138c27ea7004'
                    }
                    'i18n-message-de-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: 'f3002877a88849e6ac0720852acb4990'
                    }
                    'i18n-message-de-token.not_admin': {
                        table: 'sys_ui_message'
                        id: 'c0897b60fa864f59a60f7d8b577a3f65'
                    }
                    'i18n-message-de-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: 'ffdf4593825648f0865c03df33e9e69d'
                    }
                    'i18n-message-de-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: '1ba48ee20c164520950f150cfe6a0bbb'
                    }
                    'i18n-message-de-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '12d3640557ee48af9f77d7b906a949eb'
                    }
                    'i18n-message-de-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: '5c6cc6a0696f4ac4a72641c985f3f7c4'
                    }
                    'i18n-message-de-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: '72e77e6a1df34d5cba23d1f19419066a'
                    }
                    'i18n-message-de-token.region.eu': {
                        table: 'sys_ui_message'
                        id: '59cff977854e4886bd686a3bc808f1a4'
                    }
                    'i18n-message-de-token.region.global': {
                        table: 'sys_ui_message'
                        id: 'b0b7c5315fc94239be4a011dd3066d4b'
                    }
                    'i18n-message-de-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: 'f3424e942ce6468483ef00d764f40534'
                    }
                    'i18n-message-de-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '8a2d1109cb424fb9ace84d2e3e6fa83f'
                    }
                    'i18n-message-de-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '7325092ad8d44a7aa5b40237cb51d77e'
                    }
                    'i18n-message-de-token.step_sent': {
                        table: 'sys_ui_message'
                        id: '9691bb5e177d47afa1d5859135aca4e0'
                    }
                    'i18n-message-de-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: 'c45904123ffc46ac93361349d5a5ed07'
                    }
                    'i18n-message-de-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '09665001cc7a4df2931b65d117629481'
                    }
                    'i18n-message-en-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: 'b402b4ad07c6468baa1d1767ce33e1eb'
                    }
                    'i18n-message-en-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '03f07f8fd1154b1ebe65d0144d853045'
                    }
                    'i18n-message-en-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '5417a03aa8d543a3ac060e2843d48bb3'
                    }
                    'i18n-message-en-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: 'e9fed3202c6944b89bd64f5106629d40'
                    }
                    'i18n-message-en-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '51ac7fca05ca46d18546d588b00e658f'
                    }
                    'i18n-message-en-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '65ff1e6f272044038bce77294fe25f29'
                    }
                    'i18n-message-en-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: '35331a1a24ed46c6bdfe978cf615bb58'
                    }
                    'i18n-message-en-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: '5db484a1799a422f9ebdf649954fc353'
                    }
                    'i18n-message-en-connection.failed': {
                        table: 'sys_ui_message'
                        id: 'db9052cd29f8433195c2c46e3b9007a3'
                    }
                    'i18n-message-en-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '5597c5fecbcd4f22811ff135ed5bb447'
                    }
                    'i18n-message-en-connection.ok': {
                        table: 'sys_ui_message'
                        id: '78e394954c3d4b4088877015dd6e97f8'
                    }
                    'i18n-message-en-console.a_technician': {
                        table: 'sys_ui_message'
                        id: '55549c55c9964185ba4616cecd23e79b'
                    }
                    'i18n-message-en-console.description': {
                        table: 'sys_ui_message'
                        id: 'd855191464c44c069a7c7861241366e5'
                    }
                    'i18n-message-en-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '26d69d9e938748c0a1c20bfc8ac62e82'
                    }
                    'i18n-message-en-console.not_shown': {
                        table: 'sys_ui_message'
                        id: 'f0fc7095d29b43ffa90750786aac7108'
                    }
                    'i18n-message-en-console.short_description': {
                        table: 'sys_ui_message'
                        id: '6fdaffdc19d749bb9f7ca8c432d07932'
                    }
                    'i18n-message-en-console.short_description_with_customer': {
                        table: 'sys_ui_message'
                        id: 'd4d39152514048499094f82295597667'
                        deleted: true
                    }
                    'i18n-message-en-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '2c8b5d95e68749f5a43dc7c5f206c59a'
                    }
                    'i18n-message-en-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '43c44caefe4d4b75ba462eced5303e76'
                    }
                    'i18n-message-en-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '16950b8074df4a0993d8832f4ff67889'
                    }
                    'i18n-message-en-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: 'b8e2b67cb6a944a984978e0df479bda2'
                    }
                    'i18n-message-en-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: 'b730e854ab4d42648c27c3db062f00ac'
                    }
                    'i18n-message-en-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '516bad8554b3462583c6a4cdb2375571'
                    }
                    'i18n-message-en-email.technician.join': {
                        table: 'sys_ui_message'
                        id: 'a56c51cc86ca42409a2ff04e17b50646'
                    }
                    'i18n-message-en-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '97f4e91418774d719655d768736a37d6'
                    }
                    'i18n-message-en-email.token.action': {
                        table: 'sys_ui_message'
                        id: '2ef4ef23173c43b4b185d13e2624e067'
                    }
                    'i18n-message-en-email.token.after': {
                        table: 'sys_ui_message'
                        id: 'fe2ece11b46548d4b0434b87e222f693'
                    }
                    'i18n-message-en-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '8166bc0359be473baf9e768ed31ee3d5'
                    }
                    'i18n-message-en-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: 'b48051777c9b4fd297b6f6e510de4ab5'
                    }
                    'i18n-message-en-email.token.subject': {
                        table: 'sys_ui_message'
                        id: 'a837cb75762044b4b9f32e24a8e20e2b'
                    }
                    'i18n-message-en-list.sentences': {
                        table: 'sys_ui_message'
                        id: 'f26fe05b681748bf81a331a7d9092b47'
                    }
                    'i18n-message-en-list.two': {
                        table: 'sys_ui_message'
                        id: 'ad7b8f25bfe6405f8309a830989f26f8'
                    }
                    'i18n-message-en-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: 'd789a9abd8d34dc9866f481bed4ae2e3'
                    }
                    'i18n-message-en-note.ended': {
                        table: 'sys_ui_message'
                        id: 'f00c57f16b464e16815301b44d8a6c3d'
                    }
                    'i18n-message-en-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '8ff3ccb75812416d9909fd94b387bca4'
                    }
                    'i18n-message-en-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: '5ec5d752be15442ab376fc23033c873b'
                    }
                    'i18n-message-en-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: '4a0fbbe344af427195a3131a97e17eb7'
                    }
                    'i18n-message-en-note.line': {
                        table: 'sys_ui_message'
                        id: '62c959121a3341af8cb51c3d3a2c65be'
                    }
                    'i18n-message-en-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: 'd668871ce6d7481e9093a7fc8a792924'
                    }
                    'i18n-message-en-note.minutes': {
                        table: 'sys_ui_message'
                        id: '62103fd559df4d06bb64d0256b5c26e2'
                    }
                    'i18n-message-en-note.seconds': {
                        table: 'sys_ui_message'
                        id: '7f14c3ccee6e425692c5fd1ace5434db'
                    }
                    'i18n-message-en-note.started': {
                        table: 'sys_ui_message'
                        id: 'f1140a908a454efd8b45524f5c3bbb36'
                    }
                    'i18n-message-en-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '6a3f7a788c064633a09bb0ab8d93fc7a'
                    }
                    'i18n-message-en-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: '3e42e01e55b84032b74ad4cf4672cdb2'
                    }
                    'i18n-message-en-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: 'a9916d53405844438b693a04a7b2da90'
                    }
                    'i18n-message-en-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '57f3d63a3fad4b54bb99e09b4b45bcff'
                    }
                    'i18n-message-en-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: 'e20e5083ef204707bc90468ce2787fef'
                    }
                    'i18n-message-en-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: 'c985d650c4b142bcbd314e0b0ac2831d'
                    }
                    'i18n-message-en-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: '952970779aaf4d888db29f3bb499e7d8'
                    }
                    'i18n-message-en-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: 'fa66137dee5f476ab6da0283c34fc2fb'
                    }
                    'i18n-message-en-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '4b43d508a2dd42199dde1d0aa377a377'
                    }
                    'i18n-message-en-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '61e6d91ceaae4989b5b3eba87e84070d'
                    }
                    'i18n-message-en-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '2f1972a9b3684604b45469372182aad3'
                    }
                    'i18n-message-en-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '87696d4251804df69d85ffe6d91240ae'
                    }
                    'i18n-message-en-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '56475acc40814febbc68db35b5badefb'
                    }
                    'i18n-message-en-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '55c67636c38941b483991a64a6e9269a'
                    }
                    'i18n-message-en-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: 'c8ddbdc5dcb54571896c717df9028141'
                    }
                    'i18n-message-en-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '002721837cf14851877b54eaeb85de79'
                    }
                    'i18n-message-en-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '102570a25b394d83b1790ba358e1dad2'
                    }
                    'i18n-message-en-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: 'adf34050796147b6980ebe01bd7cf916'
                    }
                    'i18n-message-en-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '6fd005b1382d4636b8f4e3f7c5b678b9'
                    }
                    'i18n-message-en-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: '3b55b345ed7649d899a1de1cdc7a8f4a'
                    }
                    'i18n-message-en-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: '07134c2ffb68443e9b87eb8f28435aba'
                    }
                    'i18n-message-en-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '6506e7d537a54476bc57ff5b53f4ca7d'
                    }
                    'i18n-message-en-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: 'fc0d45d2748d4fdd987e05fa704a8d34'
                    }
                    'i18n-message-en-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: 'a36b0024ce9642ee8ca7e6076b2eb472'
                    }
                    'i18n-message-en-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: '6dfe1e996c5141109ed912223ac0d7f2'
                    }
                    'i18n-message-en-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '2aac7e2a088242608802e24883412838'
                    }
                    'i18n-message-en-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: '63774e28d2204fdfb2897550581868f8'
                    }
                    'i18n-message-en-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: 'eabdc8bc2b204fd49536172d9c06c4b7'
                    }
                    'i18n-message-en-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '799bc559e699465582842b7f7d3dc762'
                    }
                    'i18n-message-en-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: '297ecdf7d6574b078039b30ae4708a02'
                    }
                    'i18n-message-en-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '8d50c722458e420fb769326001136628'
                    }
                    'i18n-message-en-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: 'b455a8a0d34741fa9039ec7cc0094293'
                    }
                    'i18n-message-en-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: '8066c336fe1c4a4d8eb0340ce06c8a69'
                    }
                    'i18n-message-en-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: 'a06502f3fbb84e5f9775023a4bf235de'
                    }
                    'i18n-message-en-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: '8b1e07db5bb2424fa8b0d6b6190745b2'
                    }
                    'i18n-message-en-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: '28f980192c36444587e0db695b1b1578'
                    }
                    'i18n-message-en-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: 'e73dc148896947b5a180f9350d40849d'
                    }
                    'i18n-message-en-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: 'caa5843621e24223a3f8d89d6fc57539'
                    }
                    'i18n-message-en-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '7a265443263041d5b3e6a85de82302e6'
                    }
                    'i18n-message-en-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '19110385b5904008b7d96972ba1fb3f4'
                    }
                    'i18n-message-en-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: '6d4b71e48b9f46dc8556da19f987b9e1'
                    }
                    'i18n-message-en-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: 'b6469f07333c46afb014167efc112202'
                    }
                    'i18n-message-en-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '6041dc01a9ad4b8b80858203d71fbc56'
                    }
                    'i18n-message-en-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '7f0e58dd010e4139ab21d33e847f6997'
                    }
                    'i18n-message-en-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: '988381c8058a41f6acad82f970b98bf2'
                    }
                    'i18n-message-en-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '1191ecd96b654ee48b3ccc11210e97d8'
                    }
                    'i18n-message-en-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: '8974dbc8c65d45cc886785e19de97034'
                    }
                    'i18n-message-en-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '6dc456032aef47bfb1c2fa8cfd1db3b4'
                    }
                    'i18n-message-en-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: 'bb946a26c79a4713a59c5b0e6856599f'
                    }
                    'i18n-message-en-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: 'bb835fb54fc4487a9adb2883de78c896'
                    }
                    'i18n-message-en-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: 'f8adf5ff2e4f462d8a9d8c3d7b14f59f'
                    }
                    'i18n-message-en-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: 'f9e370335add406e87ba7a520ef11f49'
                    }
                    'i18n-message-en-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '67e8b57a8a4c4ed483272ed83c8db07c'
                    }
                    'i18n-message-en-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: '467fd98fde7e4064a39946ab00e8c136'
                    }
                    'i18n-message-en-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: '0d4c0e3a2ac04ffd94678117b6bdb060'
                    }
                    'i18n-message-en-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: 'ea78ed8953a5493c8ee8f377f34758d2'
                    }
                    'i18n-message-en-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: '2af97829c93b4984983a3b57d94ad97b'
                    }
                    'i18n-message-en-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: 'a8882fabe02f4a28b920e13ac9b5386e'
                    }
                    'i18n-message-en-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '599bd70fa28e41a38776eb8c4978e161'
                    }
                    'i18n-message-en-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: 'f0b6631ae9244637a9388d81db981429'
                    }
                    'i18n-message-en-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '9c7164d66e4e47448cdfff77d627de2f'
                    }
                    'i18n-message-en-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '05df81885fc14896969c2063a2724e36'
                    }
                    'i18n-message-en-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '3ba75b4265f343dcbcdfffb6a9e7ba41'
                    }
                    'i18n-message-en-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: 'de2f8142bf904ee981eecb9162c69ad1'
                    }
                    'i18n-message-en-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: 'df29008044d742dfa7b1865f850faa27'
                    }
                    'i18n-message-en-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: 'de42d4fcaae34283a92316d4bda0c7d2'
                    }
                    'i18n-message-en-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: 'b8f459403c5f4736ae65edf484291a0d'
                    }
                    'i18n-message-en-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: '0c86d3c5b62f4cd590001ad13b96172c'
                    }
                    'i18n-message-en-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '2b9539ca4b9a49b3aa63eef9aa8349ed'
                    }
                    'i18n-message-en-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: '4e4112d2ac894f23a011f5ff3c9726aa'
                    }
                    'i18n-message-en-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '543caac4e39844979b0826f83f00c997'
                    }
                    'i18n-message-en-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '8048f2173fed460caecfa19b8a7c0081'
                    }
                    'i18n-message-en-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: '39ba881226b24c5084b8cf8f242b2bb0'
                    }
                    'i18n-message-en-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '0028b49427a8469f9e27f3c42d282b24'
                    }
                    'i18n-message-en-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '255a53d78861450d940dfcd45fae7131'
                    }
                    'i18n-message-en-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: 'baf5147010e74bed82a1e4e601030d23'
                    }
                    'i18n-message-en-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: 'a5b52065dc05432a8f820cc45c620fdd'
                    }
                    'i18n-message-en-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: '919e794285fa40b8808588862d48f6cc'
                    }
                    'i18n-message-en-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '2d0cac5e5de0415db2c3b8460af55928'
                    }
                    'i18n-message-en-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: 'ea0680e1e8554d97ac34c2c1774b5dba'
                    }
                    'i18n-message-en-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: 'dc41ec46a3b2467798b9d7bb78943a5c'
                    }
                    'i18n-message-en-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '100f0982f56f4d3995ddea6491c3c08a'
                    }
                    'i18n-message-en-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '84d3a9a38954414ea5474569c15f3186'
                    }
                    'i18n-message-en-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '66ce0f45fd3f4a4daf3fe7092fa29d49'
                    }
                    'i18n-message-en-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: 'b7ca5fa0f9224218969b191d3e8da700'
                    }
                    'i18n-message-en-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: 'f172f01d96bd4c4d85814a27b38fb70d'
                    }
                    'i18n-message-en-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '69d1ccbf41b64bfdba6513004b8a96f2'
                    }
                    'i18n-message-en-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: 'aca6f2f128ac438c840a5904f643e2c6'
                    }
                    'i18n-message-en-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: '3fcaf7409acb4d04b4001f64e64d1e0b'
                    }
                    'i18n-message-en-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: 'ed71e923b1cf4028bceaacf93144bf14'
                    }
                    'i18n-message-en-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: '09fe4cc34f454350a7569779d052080f'
                    }
                    'i18n-message-en-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: 'ff9332ee4e1d4f7b80ca85b50ea47ce4'
                    }
                    'i18n-message-en-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: 'be4594a2a00f4e889f0ff15472074f3e'
                    }
                    'i18n-message-en-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '78cb0d8f676b4e259a5ed71a5c308396'
                    }
                    'i18n-message-en-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: '49f58777241d4af9b8b7b1560d6dc21b'
                    }
                    'i18n-message-en-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '552f74936a0c48a9afd399918c531917'
                    }
                    'i18n-message-en-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '64fd4d5c595849269ee1031919621bee'
                    }
                    'i18n-message-en-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '0a49195ed84f4363a834ffddaa41972f'
                    }
                    'i18n-message-en-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '038606c412934b74a6fa3eb7ab44091d'
                    }
                    'i18n-message-en-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'd08d0721788d43df8a02eca4205227b2'
                    }
                    'i18n-message-en-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: 'fe96cd143b964bad90a3b76f5594e531'
                    }
                    'i18n-message-en-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: 'b4bd7957ee4f45de97bc926ce531bb4d'
                    }
                    'i18n-message-en-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: 'aeecc08a484b4145b6e0d3975bda99ee'
                    }
                    'i18n-message-en-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '2b520acf397e4bae954806eeac91e290'
                    }
                    'i18n-message-en-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '15eb7660d53943908bfe549861655321'
                    }
                    'i18n-message-en-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: 'a06a464f63754cd5b5b0e77b3b180ba6'
                    }
                    'i18n-message-en-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: '7c8a56205d9c4c3fa7e9465feef0b6ae'
                    }
                    'i18n-message-en-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: 'a45c002f5cb949d69dd3bdec31ce51d9'
                    }
                    'i18n-message-en-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: 'e8a46248ddc04c428c6b11fe50830286'
                    }
                    'i18n-message-en-token.last_success': {
                        table: 'sys_ui_message'
                        id: '42fe863f49974e7799a1c73a3c8e4d9e'
                    }
                    'i18n-message-en-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: 'a5adf8888269471caba6869f9ab7bb34'
                    }
                    'i18n-message-en-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '354a3077046b4002ba798b73116bf3d3'
                    }
                    'i18n-message-en-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '74dc6943c3334c89adee6a08f871f17e'
                    }
                    'i18n-message-en-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '9e2e566d7f664e9696fba80db95b4a74'
                    }
                    'i18n-message-en-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '4c949f964d494958b85977e86392d29d'
                    }
                    'i18n-message-en-token.not_admin': {
                        table: 'sys_ui_message'
                        id: 'ba495653e3b647568f18aaa60eba6ea3'
                    }
                    'i18n-message-en-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: '4d04c92a9d6145aa9c8d5aded7fea20b'
                    }
                    'i18n-message-en-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: 'b1dd5a54e7bd441aac6c81a843f30234'
                    }
                    'i18n-message-en-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '7042e7a435fd422ca073755f14bc9901'
                    }
                    'i18n-message-en-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: 'e20142118d2048c4832f21d46f7132b3'
                    }
                    'i18n-message-en-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: 'cc13c73727ee4c4d8f8dcfb87bfced16'
                    }
                    'i18n-message-en-token.region.eu': {
                        table: 'sys_ui_message'
                        id: '717b05fe9a6f4c5fa7fd94a8bfbc3861'
                    }
                    'i18n-message-en-token.region.global': {
                        table: 'sys_ui_message'
                        id: '56c111a7ba2b4d14ba7912ba426dfdfb'
                    }
                    'i18n-message-en-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '4fb431a1240f40d4a51d73d90735221d'
                    }
                    'i18n-message-en-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: 'adaacf50eaca4438bb30511d32a6fafa'
                    }
                    'i18n-message-en-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '1f775fa68e6c4f918cceac193453d866'
                    }
                    'i18n-message-en-token.step_sent': {
                        table: 'sys_ui_message'
                        id: 'be330be306624f949ea79c929bb0b579'
                    }
                    'i18n-message-en-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: 'eea974b2e93149598c95d1e8e02ce97a'
                    }
                    'i18n-message-en-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '0605bd5f86d64a428c6d3d7268f64b9a'
                    }
                    'i18n-message-fr-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: '0471f654f38847518bafad1402bdc50d'
                    }
                    'i18n-message-fr-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '02bb35acb688428cada4f55414f14aab'
                    }
                    'i18n-message-fr-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '60f209e27af64492a40142d8c20e8e27'
                    }
                    'i18n-message-fr-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '43ddfbd3eaf44227a20b24dc02061a89'
                    }
                    'i18n-message-fr-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '0d08480329464197973bbd410e3c86a6'
                    }
                    'i18n-message-fr-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: 'fa04e96a748746ebb6980596b045946b'
                    }
                    'i18n-message-fr-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'a9b1dac3b3aa4c8cad98fe27541bf11f'
                    }
                    'i18n-message-fr-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: 'fd75e876ddcb4b20a658bc1f841d03e6'
                    }
                    'i18n-message-fr-connection.failed': {
                        table: 'sys_ui_message'
                        id: '32496e17b83046369a2d753a6c6557e7'
                    }
                    'i18n-message-fr-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '2e27b736da0d47d1a0332e41897d32ff'
                    }
                    'i18n-message-fr-connection.ok': {
                        table: 'sys_ui_message'
                        id: '394ff49e3cb341a6b7d345fc03d38da1'
                    }
                    'i18n-message-fr-console.a_technician': {
                        table: 'sys_ui_message'
                        id: 'd05f7bee2a574464a83cc2cb7e946463'
                    }
                    'i18n-message-fr-console.description': {
                        table: 'sys_ui_message'
                        id: '0b557c16860c46fa97be69dd6a871db8'
                    }
                    'i18n-message-fr-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '9320f69f60a242b2b152c328f397f8f8'
                    }
                    'i18n-message-fr-console.not_shown': {
                        table: 'sys_ui_message'
                        id: '2a778a27264a4dc380b3f4480248a62a'
                    }
                    'i18n-message-fr-console.short_description': {
                        table: 'sys_ui_message'
                        id: 'eab59c5a96d649da842e68bf44388df5'
                    }
                    'i18n-message-fr-console.short_description_with_customer': {
                        table: 'sys_ui_message'
                        id: 'cfda5b4461fb41d99f22ce3a12c0792b'
                        deleted: true
                    }
                    'i18n-message-fr-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '050643314bc8429c9cb38813d1577f29'
                    }
                    'i18n-message-fr-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '22454fc7cce34d0a853742f710c33e9e'
                    }
                    'i18n-message-fr-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: 'e67366f3702c45e8bf3df01dc2fde5d4'
                    }
                    'i18n-message-fr-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: 'd020cfde03094a80a8eb5661c39deb9e'
                    }
                    'i18n-message-fr-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '0e135d08167f4a7d84112afab1744cc6'
                    }
                    'i18n-message-fr-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '24e28182b3b64fe2b389960b94a147fb'
                    }
                    'i18n-message-fr-email.technician.join': {
                        table: 'sys_ui_message'
                        id: '5b9ff55b8ac04c9f8930f9be84f384d8'
                    }
                    'i18n-message-fr-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '83ae06b6c7744f328c865ec247d0a406'
                    }
                    'i18n-message-fr-email.token.action': {
                        table: 'sys_ui_message'
                        id: '135010d7344e4bf79c72ab796e891a67'
                    }
                    'i18n-message-fr-email.token.after': {
                        table: 'sys_ui_message'
                        id: 'c23b7004bf614dd9ae4f9430222c854a'
                    }
                    'i18n-message-fr-email.token.expires': {
                        table: 'sys_ui_message'
                        id: 'a82c7463c6d3457fa4acc90f97aa5f33'
                    }
                    'i18n-message-fr-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: '1c2cbf00c2ed45cc891a53babdb1fee7'
                    }
                    'i18n-message-fr-email.token.subject': {
                        table: 'sys_ui_message'
                        id: 'ab67f388705e40ad9ae49014651d8caf'
                    }
                    'i18n-message-fr-list.sentences': {
                        table: 'sys_ui_message'
                        id: '56aa7eef777345f5acc3607c37d3f541'
                    }
                    'i18n-message-fr-list.two': {
                        table: 'sys_ui_message'
                        id: '61fda0abff3c4227b2ebec48bc141bce'
                    }
                    'i18n-message-fr-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: '83f77c67311d43b18995ed51de7c267a'
                    }
                    'i18n-message-fr-note.ended': {
                        table: 'sys_ui_message'
                        id: 'db18a4a3b3854f2dadca711c381502c0'
                    }
                    'i18n-message-fr-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '96d54db6019e45489191d8c3a3026ffe'
                    }
                    'i18n-message-fr-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: '33eb3b034b6c4f3aa0e0bbdd3cf5054b'
                    }
                    'i18n-message-fr-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: '05370d704d5e4613a640f1749bd43388'
                    }
                    'i18n-message-fr-note.line': {
                        table: 'sys_ui_message'
                        id: '9d7f062b68d84446a820750501873c93'
                    }
                    'i18n-message-fr-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: '4ad35008b12d4cc5acfb44348088625e'
                    }
                    'i18n-message-fr-note.minutes': {
                        table: 'sys_ui_message'
                        id: '97c02d0170264f659e876f74b49a661c'
                    }
                    'i18n-message-fr-note.seconds': {
                        table: 'sys_ui_message'
                        id: '724762e7ff18401b87a85d712b2d9658'
                    }
                    'i18n-message-fr-note.started': {
                        table: 'sys_ui_message'
                        id: '80a6583012264257b854a748c1234305'
                    }
                    'i18n-message-fr-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: 'c76e7b772d9a4e73928cbf041dc58a96'
                    }
                    'i18n-message-fr-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: 'fc11f770c31a4d8e9d3ef30e57ef6995'
                    }
                    'i18n-message-fr-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: '8f9bbb9acde24cfaa1f1f466b869d682'
                    }
                    'i18n-message-fr-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '24359c4c56264af0a827ecfa87964f2b'
                    }
                    'i18n-message-fr-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: 'a285ea3b04b649729d552f3166c53c18'
                    }
                    'i18n-message-fr-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: 'eacf5e9edad047bc973820ad818ba578'
                    }
                    'i18n-message-fr-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: 'd7f34efa6b014845884c6731e3671dae'
                    }
                    'i18n-message-fr-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: 'bd8b3157149445088120d74aab3dd259'
                    }
                    'i18n-message-fr-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '07cccc23bebb43ca8b5508afaa95e2b2'
                    }
                    'i18n-message-fr-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: 'aadb5744b8964eb082ae06571b6a5da6'
                    }
                    'i18n-message-fr-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '3b5722fae4b2458f85aa5c512c8b3479'
                    }
                    'i18n-message-fr-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '7bfb899c500046c299a1a1d1a2b6f59a'
                    }
                    'i18n-message-fr-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '73dbfe1f475c4ad7946547f2d8cd2a9d'
                    }
                    'i18n-message-fr-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '06687954815146d49c8bd8320568101d'
                    }
                    'i18n-message-fr-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: '213c28bcf29b497aa869f15426a655ad'
                    }
                    'i18n-message-fr-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '4fe74df692e740adaf462601faf90b75'
                    }
                    'i18n-message-fr-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: 'f045c61945b54dfcab4bd89ee10fe43a'
                    }
                    'i18n-message-fr-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '03117c388383448e92a1b0b88d06cd0a'
                    }
                    'i18n-message-fr-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '5096decd4ff545e0bc4c3d4b4b67b127'
                    }
                    'i18n-message-fr-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: '566a270873ca4bda9ffdf64767b21b69'
                    }
                    'i18n-message-fr-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: '6b27f3b418064bdabe1a1a2efefc2ce6'
                    }
                    'i18n-message-fr-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: '15639e5efbae4b00bcb11046a0afd8a3'
                    }
                    'i18n-message-fr-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: 'd832b1cea3604a2b88b038b83c1f008a'
                    }
                    'i18n-message-fr-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '22f12d4740794ed5a93326f20b8981aa'
                    }
                    'i18n-message-fr-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: '100c6518a6704def99114ae726e461cd'
                    }
                    'i18n-message-fr-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '3868d12222cd418482d8f11fdd2eb89f'
                    }
                    'i18n-message-fr-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: '8df1a65cbc4a41a3928473424e2e7e5d'
                    }
                    'i18n-message-fr-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '8cb527a2bd3d4099a4ec9a4f2498e3b4'
                    }
                    'i18n-message-fr-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: 'eae2bfa854d2461abc9cc904c61e160b'
                    }
                    'i18n-message-fr-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: 'cbd3ef2a4b644b7196512686f099787f'
                    }
                    'i18n-message-fr-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: 'd5e00bf5c6554610b3e7765d932c7162'
                    }
                    'i18n-message-fr-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: '5ba2f9aaa77c40678a4dd1d865c38c04'
                    }
                    'i18n-message-fr-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: 'dbd225f6bdf74089b9b74a63c5821914'
                    }
                    'i18n-message-fr-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: 'd2e27db10b3c4fbab43271fc799774c5'
                    }
                    'i18n-message-fr-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: 'cb4dd1c374bd41baa084eb09e0176019'
                    }
                    'i18n-message-fr-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: 'df6da9a885e7439c8de64f2510d9641a'
                    }
                    'i18n-message-fr-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: '3f1fd817cb4d42cbaa48fa8e5af98c0b'
                    }
                    'i18n-message-fr-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: 'd3482c85546e47d5a842740eb95bf059'
                    }
                    'i18n-message-fr-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: 'c549d6aec37e4f499b1d7b5318220781'
                    }
                    'i18n-message-fr-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '7a9123abf2f940d396e4faafd7b05a37'
                    }
                    'i18n-message-fr-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: '21a3a297f7984fbdb99c869cf2616cb0'
                    }
                    'i18n-message-fr-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '348fc0dfdbd84c1e9f0ed7a165eb378e'
                    }
                    'i18n-message-fr-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '884473ee39fa46f0b6f6a41a8be67981'
                    }
                    'i18n-message-fr-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: 'dc7a2174b8cc45a5884cd7da0c84ad12'
                    }
                    'i18n-message-fr-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: '2f2b098bdd8a4e99a0b23da3ad4d6fc1'
                    }
                    'i18n-message-fr-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: 'e93c4341783a43e08391c679dbe1d0e3'
                    }
                    'i18n-message-fr-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: '126d9f76f049482eabc144b9bdacde69'
                    }
                    'i18n-message-fr-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '00da0ba5476a4e6fabd0c2fe4276fda4'
                    }
                    'i18n-message-fr-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: '966b4fa47a8b45fa93134bd997aeda3e'
                    }
                    'i18n-message-fr-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: 'ec23a4a9e3e84c99bc3ac2e6f621ab18'
                    }
                    'i18n-message-fr-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '449660338da74f9d94b47e0bcd511071'
                    }
                    'i18n-message-fr-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '2aaf96eec5e14d1da09544fb3bdeeb9c'
                    }
                    'i18n-message-fr-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: 'd9b2cf0750cb48b48b47e3bb499ff0f7'
                    }
                    'i18n-message-fr-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: 'b2283ad2cbc44f5f84a97125099b5f13'
                    }
                    'i18n-message-fr-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: 'f3ba3ae0f5114a2db94d95d4dceae329'
                    }
                    'i18n-message-fr-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: '176cad30599448b6898cc2bc0072b1e2'
                    }
                    'i18n-message-fr-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: 'a715b5c6019944e7ad18e1c8279388ee'
                    }
                    'i18n-message-fr-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '1d6fa8c9b3ad411ba7af1649b4079a25'
                    }
                    'i18n-message-fr-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: 'ff6a76a5ef994b11bfa4ca723d96b5a9'
                    }
                    'i18n-message-fr-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '714bd60177dc4cb48b93464fe5a371d6'
                    }
                    'i18n-message-fr-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '11dc45f2e3b5428fb7bcccc3c40d7cae'
                    }
                    'i18n-message-fr-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '5fa8388eabb34ebda56325478f7e06fb'
                    }
                    'i18n-message-fr-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '8f0eb5d6f1c247cca70f0faba8097532'
                    }
                    'i18n-message-fr-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '93e0e17009fa4e0193a9f9685068d020'
                    }
                    'i18n-message-fr-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '0a22261016d2448ab05c51245a2e221e'
                    }
                    'i18n-message-fr-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: '1a4100fbbb4842b2b2841c88667b69bd'
                    }
                    'i18n-message-fr-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '8647f09561954591b76f4fe445d4c7bc'
                    }
                    'i18n-message-fr-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: 'db76b3045eeb4ef6a62cb4879810afc7'
                    }
                    'i18n-message-fr-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '26ccabe59ed045769ec4bda75db05da0'
                    }
                    'i18n-message-fr-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: '347da05fb48a433bb66f465c597459d1'
                    }
                    'i18n-message-fr-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '3065a8c95c564574b0a8e94c8af1c5a7'
                    }
                    'i18n-message-fr-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '1289fe6c59b042b6bb5c213c034eac16'
                    }
                    'i18n-message-fr-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: 'c0f0b2b831b140a78c9b13bb98357f29'
                    }
                    'i18n-message-fr-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: 'a9e0c89f04684ff99aa346028bfe5250'
                    }
                    'i18n-message-fr-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '226bb76853844fab95cfea78ae11f203'
                    }
                    'i18n-message-fr-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: 'df21617778054f8591624911dc921ce6'
                    }
                    'i18n-message-fr-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: 'd6179ab75d334a7f981b6ebd52cc7bab'
                    }
                    'i18n-message-fr-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: 'f40c1ddccfa74b25b8f9da9eee911bd6'
                    }
                    'i18n-message-fr-pin.work_note': {
                        table: 'sys_ui_message'
                        id: 'f0a5150af0444b2cb5c63456f4d413f7'
                    }
                    'i18n-message-fr-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: 'fe586728bf974b7e8d9a99923d9df2a3'
                    }
                    'i18n-message-fr-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: '780737031ff84e7a86498ea8593638e0'
                    }
                    'i18n-message-fr-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '1176d6d06a714c6682599330eefe09b1'
                    }
                    'i18n-message-fr-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '1d01d8d64b814d319c17bf08fcf6d1d0'
                    }
                    'i18n-message-fr-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '8e597c4b52334f6a84118276716512bd'
                    }
                    'i18n-message-fr-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: 'a91670db16cd4402aa92acdc4cd28505'
                    }
                    'i18n-message-fr-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: '84079cc9925846dea618a0ab64c7f8d6'
                    }
                    'i18n-message-fr-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '529636f050124614aa231288c2a6383d'
                    }
                    'i18n-message-fr-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '70fd66e6a7b84d5c97e943cc5e6d31a7'
                    }
                    'i18n-message-fr-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: 'ae3d8b881c4b46abac3fd110305139df'
                    }
                    'i18n-message-fr-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '61342eb499bf4b669048cc3b1c50f5bd'
                    }
                    'i18n-message-fr-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: '6944056f17e945f396bae53bd3bc2ee4'
                    }
                    'i18n-message-fr-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: '29392bfbec014359a349654df7a262cc'
                    }
                    'i18n-message-fr-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: '36fbfc3b039746688fa0717950d3dbfd'
                    }
                    'i18n-message-fr-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '119c2fcc28194613ab2fd8952d2b87c1'
                    }
                    'i18n-message-fr-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: '75bcb7fd1a2444aeb3b8e0ba393bd8cf'
                    }
                    'i18n-message-fr-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '9413c1ebca9f46498c5aa55b8beddb74'
                    }
                    'i18n-message-fr-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '52d2ad8708a94153ad0f23553407487c'
                    }
                    'i18n-message-fr-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: 'a9ae69c70fc345379174f54a45466768'
                    }
                    'i18n-message-fr-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '1efed46731f34bbfae4cfb8d68742623'
                    }
                    'i18n-message-fr-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'c889cd8bbc9b4f558c22f25938aab464'
                    }
                    'i18n-message-fr-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '3bc0d69c809442088b1c91cf516ef2b3'
                    }
                    'i18n-message-fr-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: '9658eb1b26844b519ee512423928f3f1'
                    }
                    'i18n-message-fr-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: 'b3273b681a6e4ead95636ea1560f8d32'
                    }
                    'i18n-message-fr-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '2a1180ead84f4b77b12b9d4357adeaae'
                    }
                    'i18n-message-fr-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: 'd4bf939b1bb94c029a06759d0fff748f'
                    }
                    'i18n-message-fr-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: 'e7c2f79d48ef41c493a1088e37b4fe3e'
                    }
                    'i18n-message-fr-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: 'daa83e45fac34579a0edc9a7f0ab8567'
                    }
                    'i18n-message-fr-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: 'a57a4aff64e34b459c66ab5dc61c15a6'
                    }
                    'i18n-message-fr-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: 'dcd658bf3a8748ac90e25fb9f63ce222'
                    }
                    'i18n-message-fr-token.last_success': {
                        table: 'sys_ui_message'
                        id: '2d3a5b5e4f6f4a768fb1a5787577bc6d'
                    }
                    'i18n-message-fr-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: '855af6c654294cbba38a604c29f33f4e'
                    }
                    'i18n-message-fr-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '03f7a2b22c6b4144aa6b9edddb51553f'
                    }
                    'i18n-message-fr-token.missing_username': {
                        table: 'sys_ui_message'
                        id: 'c4e1a29dded046579cf2aff51ffdfe15'
                    }
                    'i18n-message-fr-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '98c433303a294b0693db6f7300d65e42'
                    }
                    'i18n-message-fr-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '45c00b0b42454a71a192781ecfe92cfa'
                    }
                    'i18n-message-fr-token.not_admin': {
                        table: 'sys_ui_message'
                        id: 'b8b8767a122945a0a70cb12d8a1444ab'
                    }
                    'i18n-message-fr-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: 'c40bb6e37b2240aa85912cade2f733a5'
                    }
                    'i18n-message-fr-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: '71060b4aa87b49ad82e655c03ecb0a0f'
                    }
                    'i18n-message-fr-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: 'b33544a434f349c7b116364ae248a8c5'
                    }
                    'i18n-message-fr-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: '44d53b0eeead415fb5914bf8b4b96f75'
                    }
                    'i18n-message-fr-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: 'e5402fea2d624e74bfb0ae96b5a99910'
                    }
                    'i18n-message-fr-token.region.eu': {
                        table: 'sys_ui_message'
                        id: '28d77273b5a644929164edfb35c6c1a5'
                    }
                    'i18n-message-fr-token.region.global': {
                        table: 'sys_ui_message'
                        id: '0fada715624f4a629f996ae53d1de511'
                    }
                    'i18n-message-fr-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '149963d233c04b77ba709b3d4398203a'
                    }
                    'i18n-message-fr-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '27511e76f5ca401b9fd1667805ac9522'
                    }
                    'i18n-message-fr-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: 'c6f0a49a33954bfeaf020dc6fcf1878d'
                    }
                    'i18n-message-fr-token.step_sent': {
                        table: 'sys_ui_message'
                        id: '7cb2c63de6b24cccb789c717888df8a1'
                    }
                    'i18n-message-fr-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: '6424789ef4e04332974063136a76de9f'
                    }
                    'i18n-message-fr-token.succeeded': {
                        table: 'sys_ui_message'
                        id: 'dc354a19a2404fafa8b83cab1ba6c9e4'
                    }
                    'i18n-message-nl-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: '0179614debcc4589a1f727688d4e6170'
                    }
                    'i18n-message-nl-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '8656c8e7113f4d97a50d91ba32c1979f'
                    }
                    'i18n-message-nl-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '147347252f48423fbcaa508ed9a7bae3'
                    }
                    'i18n-message-nl-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '43861ad0b3994b34921b94c78960e1db'
                    }
                    'i18n-message-nl-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: 'be2aa0b09e244dce9d91bba635bc261f'
                    }
                    'i18n-message-nl-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: 'ec690d46fe164b01923a628cf569b007'
                    }
                    'i18n-message-nl-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'eb279f10d1bc487fbbfcc53fe8b999ae'
                    }
                    'i18n-message-nl-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: 'a660e08940a44b4797831875edf688f1'
                    }
                    'i18n-message-nl-connection.failed': {
                        table: 'sys_ui_message'
                        id: 'b3f084fe4f6d44b6978a1343d0ed6c7c'
                    }
                    'i18n-message-nl-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: 'c5d1f2b225434683a8738345826ef7b6'
                    }
                    'i18n-message-nl-connection.ok': {
                        table: 'sys_ui_message'
                        id: 'f51e685f2b034e9b9b986d47135178d6'
                    }
                    'i18n-message-nl-console.a_technician': {
                        table: 'sys_ui_message'
                        id: 'fdc7b385674e4f088358cbf8d5a40fea'
                    }
                    'i18n-message-nl-console.description': {
                        table: 'sys_ui_message'
                        id: 'eceb08a826b642308ecd593ff5e99b35'
                    }
                    'i18n-message-nl-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '0feadee8370340aaabd0b1e243a9f950'
                    }
                    'i18n-message-nl-console.not_shown': {
                        table: 'sys_ui_message'
                        id: '4ac2b342d0e6430493ca0a9840717c24'
                    }
                    'i18n-message-nl-console.short_description': {
                        table: 'sys_ui_message'
                        id: '477f08438e034d14a77d90004f2b6048'
                    }
                    'i18n-message-nl-console.short_description_with_customer': {
                        table: 'sys_ui_message'
                        id: '10351d57fd754a409ceead0377be38b4'
                        deleted: true
                    }
                    'i18n-message-nl-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: 'e679774447c549e9a4454d1e0e16ce84'
                    }
                    'i18n-message-nl-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: 'ccb7ebc047e94895b984b1753dcc37c3'
                    }
                    'i18n-message-nl-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '5b0f98c2f984426badb68a73dbcd5660'
                    }
                    'i18n-message-nl-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: '5e13f1f5450447fabead6b42ee7e0d80'
                    }
                    'i18n-message-nl-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '561c724db3044fd0bd5ca841d693e363'
                    }
                    'i18n-message-nl-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '5f1c709ad74a4cc9a7f76ae051435efa'
                    }
                    'i18n-message-nl-email.technician.join': {
                        table: 'sys_ui_message'
                        id: '9c6a0bf53e024690bfa04f28d7425685'
                    }
                    'i18n-message-nl-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '4a0a37cb6b6f4786a82130c9dbf253da'
                    }
                    'i18n-message-nl-email.token.action': {
                        table: 'sys_ui_message'
                        id: '2fff51242db84dbeb76cba14e92b08bf'
                    }
                    'i18n-message-nl-email.token.after': {
                        table: 'sys_ui_message'
                        id: '81428bc766a34b72943219f7bf0d0b96'
                    }
                    'i18n-message-nl-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '331cb91c97314301b2dc146de248aa06'
                    }
                    'i18n-message-nl-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: 'b9151de0f7f148698113e1452e3c09d4'
                    }
                    'i18n-message-nl-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '2a7a909fe4424e1eaa9144a984d3920a'
                    }
                    'i18n-message-nl-list.sentences': {
                        table: 'sys_ui_message'
                        id: 'd9917df742b44d15bf1bfaed28ccf0c6'
                    }
                    'i18n-message-nl-list.two': {
                        table: 'sys_ui_message'
                        id: 'df2bc81857a84237812773dcff52ad32'
                    }
                    'i18n-message-nl-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: 'e7dd6805c2d9448f96e2c3cca8a831e0'
                    }
                    'i18n-message-nl-note.ended': {
                        table: 'sys_ui_message'
                        id: '336c8f6a5f054eb0b5ed499558d2d30a'
                    }
                    'i18n-message-nl-note.ended_at': {
                        table: 'sys_ui_message'
                        id: 'f70ce75a1f984609b217b126ebfc554d'
                    }
                    'i18n-message-nl-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: 'bb524cd7617b459cbb6c5ba98fd85616'
                    }
                    'i18n-message-nl-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: '45b950528313460799e9116643646f0d'
                    }
                    'i18n-message-nl-note.line': {
                        table: 'sys_ui_message'
                        id: '1e7fc511e1064e70afb0075ce521b1ef'
                    }
                    'i18n-message-nl-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: '6ceb1faca57249aeaaf7fbf2a5b4c769'
                    }
                    'i18n-message-nl-note.minutes': {
                        table: 'sys_ui_message'
                        id: 'a6d3025f04f5441293144d6e85308fdc'
                    }
                    'i18n-message-nl-note.seconds': {
                        table: 'sys_ui_message'
                        id: '92588ddf5fd24451b3e470207b0db579'
                    }
                    'i18n-message-nl-note.started': {
                        table: 'sys_ui_message'
                        id: 'b17c81c6844f4376b717e5aedbae1c83'
                    }
                    'i18n-message-nl-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '1ff8dc3b97ad4d72a03001c071b328d1'
                    }
                    'i18n-message-nl-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: 'cb9d02250f924385bd19c20ae574aa4f'
                    }
                    'i18n-message-nl-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: '949a9800cc324d348d254e09bef006c7'
                    }
                    'i18n-message-nl-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: 'f9496946d73c43ce89f5a18fed81db9b'
                    }
                    'i18n-message-nl-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: '1e1dd6d1d9444730b063038d2e489ff0'
                    }
                    'i18n-message-nl-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: 'c20d31b241f042ffadff59199812c5a3'
                    }
                    'i18n-message-nl-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: '2b9c5e3cbfce4381998a2419b9363fa1'
                    }
                    'i18n-message-nl-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: '8369f89f63564ce4a6c5d22ef687110b'
                    }
                    'i18n-message-nl-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '9a62d5e36dab4b35bb1a4ac03120159b'
                    }
                    'i18n-message-nl-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: 'ca6337e4bac94f9a88cd408dea8be534'
                    }
                    'i18n-message-nl-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '10f4fb80ed3d4facb4a83216925aa398'
                    }
                    'i18n-message-nl-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '4c1e2d11a61c46b2971628b44510c27c'
                    }
                    'i18n-message-nl-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: '674c047bcfa14cf5adbda51d12f645d3'
                    }
                    'i18n-message-nl-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: 'eefe481c2d734e0eae4c529956e27795'
                    }
                    'i18n-message-nl-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: '82ab78e8672e4001af69329f345b56bc'
                    }
                    'i18n-message-nl-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: 'a5c279d01f994902ac8f75be4d932111'
                    }
                    'i18n-message-nl-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '5b167da6359548e28ad0a31a4e9820df'
                    }
                    'i18n-message-nl-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '1a7c3c5ad380427f944cce5345caeb01'
                    }
                    'i18n-message-nl-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '7025f540446247908845bec9695578df'
                    }
                    'i18n-message-nl-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: 'adb09451ced540f5b4130f8a4754685f'
                    }
                    'i18n-message-nl-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: 'ba93dea1927d4bc480892785db1e658f'
                    }
                    'i18n-message-nl-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: 'fb50987740bb4de1b7cc2abd6b3604f7'
                    }
                    'i18n-message-nl-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: '889ee37146b8435f9565ff34fd0ab5b9'
                    }
                    'i18n-message-nl-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '5265178102094ad8bffa8525e857afd7'
                    }
                    'i18n-message-nl-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: '3f20aa95e277435c806f3ef473b3a4cb'
                    }
                    'i18n-message-nl-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '416a07f353744c9c9005074695410b9f'
                    }
                    'i18n-message-nl-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: 'daef304674ad4251b521dc7ebb35a459'
                    }
                    'i18n-message-nl-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: 'b02a36a3de104f6d95b202b842e63563'
                    }
                    'i18n-message-nl-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '3bee9acf3c5d416fbd1a4c7aac0ec4bc'
                    }
                    'i18n-message-nl-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: '90defe48fa8c463b9cbeee9b6d5a6dcc'
                    }
                    'i18n-message-nl-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '652af46f18d04cc084c775e13a128dd9'
                    }
                    'i18n-message-nl-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: '8c56de5c10e04c8398116f7a50f2af64'
                    }
                    'i18n-message-nl-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: 'ac84bc3f8c774a5fbb4d3e88a33169bb'
                    }
                    'i18n-message-nl-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '6a24487b6c9e46a78a5f6619b939112e'
                    }
                    'i18n-message-nl-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: '0fec9c6cd4ab4d079ded4e4e0d5e9bea'
                    }
                    'i18n-message-nl-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: '98c7cec670a648338ccab60dfb751536'
                    }
                    'i18n-message-nl-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: '5ab0e87be5a04682b259a0709788a9cb'
                    }
                    'i18n-message-nl-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '9279e4acda674a2c90faed1b0d7dbf90'
                    }
                    'i18n-message-nl-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '727aebb0b4c24f808b46ed7da7948228'
                    }
                    'i18n-message-nl-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '27092beef58e421685f1b82415a69295'
                    }
                    'i18n-message-nl-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: '78d603c2b89541b9b4fc46c683b8dc14'
                    }
                    'i18n-message-nl-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '45a350f4178c480bb1edcf3cb52a0a11'
                    }
                    'i18n-message-nl-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: 'beb8a46bef0741d5852d76f3c8c59f79'
                    }
                    'i18n-message-nl-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '2300783f026242b18d635a00833f6da9'
                    }
                    'i18n-message-nl-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: '854ac2b8888e401988c57b1334cd2d33'
                    }
                    'i18n-message-nl-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: 'd3954909a18d43c29f4ac1c6de863a99'
                    }
                    'i18n-message-nl-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: '60e20e33c8724e679d2799c83bc504df'
                    }
                    'i18n-message-nl-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '75deccb1038340c491429705ee2825f9'
                    }
                    'i18n-message-nl-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: '0494e1be577e49c9bc9faaa1719c1839'
                    }
                    'i18n-message-nl-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: '0d23cf1763234e178ca88e3b30d39908'
                    }
                    'i18n-message-nl-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '4f0556231c8a406fbf5e6d3986b8bcd0'
                    }
                    'i18n-message-nl-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '945196ffa4a04a8b93e4053b89b5511b'
                    }
                    'i18n-message-nl-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: 'e5bf80c16b6145ec9f3efe6f194f309f'
                    }
                    'i18n-message-nl-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: '8798bd6f9e794711b22ca9f548c9f3e1'
                    }
                    'i18n-message-nl-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: '1df40b0134264ef2bdd659361a8756fd'
                    }
                    'i18n-message-nl-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: 'fbd6a9d1075d4780afbd2d90234595d8'
                    }
                    'i18n-message-nl-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: 'ff3c3332dcc14aad8b42b96d66e03c53'
                    }
                    'i18n-message-nl-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '2e553b0644734ff0ac02c5e02b3e192e'
                    }
                    'i18n-message-nl-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: 'e8dc411a80ad441283a6c479467f12a3'
                    }
                    'i18n-message-nl-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '04276b9231d5448eb083a2d70a75573f'
                    }
                    'i18n-message-nl-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: 'bedb710ad8444e8a961dfbf3616c7f91'
                    }
                    'i18n-message-nl-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '7c398c3ac89940948011c556ad97b4ca'
                    }
                    'i18n-message-nl-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: 'c46c656a6e324daa958bd656ec6e78d1'
                    }
                    'i18n-message-nl-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '0c15d6fe7b444e589747c3ce079e72db'
                    }
                    'i18n-message-nl-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '9df24fc77a4247608cc4109a87261614'
                    }
                    'i18n-message-nl-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: 'aafbf1ccda4b4b4aaea66ca7376b4314'
                    }
                    'i18n-message-nl-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: 'ece41e64ea80441ca6b8805890b64829'
                    }
                    'i18n-message-nl-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: '40f215a2d6584650af92f81a45228b70'
                    }
                    'i18n-message-nl-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '45f8dec5fb6a453f97796cc1f60f102f'
                    }
                    'i18n-message-nl-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: '7bce81e47ca6423f8d9e44372c540882'
                    }
                    'i18n-message-nl-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: 'd46686170fdb4ed4a193a7ba9f90fb13'
                    }
                    'i18n-message-nl-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '719db4e9d00f4432870f3f4ab6ea20c9'
                    }
                    'i18n-message-nl-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: 'a28f508a98dc4e4faacdd2110d410181'
                    }
                    'i18n-message-nl-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '577cbfab1ee640b39efd49eaba8b1f3e'
                    }
                    'i18n-message-nl-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '54a1de6424fb4bd0bf1983012f40b2a1'
                    }
                    'i18n-message-nl-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '9cf75e14661942e3850c7eb3ed586e09'
                    }
                    'i18n-message-nl-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: '6b8406f1b8de43e3828bf3bcee464bf5'
                    }
                    'i18n-message-nl-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: '2ae3883e84aa473ba5efaccb7e6b0689'
                    }
                    'i18n-message-nl-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '6d68a83cbbe046ea9ec6488786295585'
                    }
                    'i18n-message-nl-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: '502a8978914d416db72b370eca15f20d'
                    }
                    'i18n-message-nl-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: '87bf4ec7078f4c1092301b9612b8765a'
                    }
                    'i18n-message-nl-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '5b0e817a79ee46cb9a52def2d8cc5902'
                    }
                    'i18n-message-nl-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '1c2c288c75c34eaebd617a0007fecd7a'
                    }
                    'i18n-message-nl-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '0be94a9cf27145879c14534af4d6467c'
                    }
                    'i18n-message-nl-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: 'd0949299cba4403ba63733981e083169'
                    }
                    'i18n-message-nl-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: '8218074bd5244773948fa1dc10906042'
                    }
                    'i18n-message-nl-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '1c89c3e199b94fdd907ddf9fdbec7d16'
                    }
                    'i18n-message-nl-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '2d0eea1008d44db2b27ab45cd726f1aa'
                    }
                    'i18n-message-nl-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: '67c2c341faa54b15b0dd1f3b6a5b51aa'
                    }
                    'i18n-message-nl-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '58457359dcf244fe924814c56f336019'
                    }
                    'i18n-message-nl-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: '4965cb5890ef4345ab597473aa7ca10e'
                    }
                    'i18n-message-nl-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: '7b6df7c86264405a8159e8f097b36455'
                    }
                    'i18n-message-nl-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: 'a9962a495ec840a89c37fb764c431588'
                    }
                    'i18n-message-nl-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '37702c06a5504bb9af991cc9c270020e'
                    }
                    'i18n-message-nl-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: '7ba0dd4dbd8b441fade2adfe70e588e9'
                    }
                    'i18n-message-nl-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '831c75d6c83c4c95871301c9bc8e17cb'
                    }
                    'i18n-message-nl-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: 'cdfa9ef13f304dae89baca37eff9a944'
                    }
                    'i18n-message-nl-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: 'e2055591b1a34cccb8de6532231d1506'
                    }
                    'i18n-message-nl-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'b90135ff2a8a44869936c8f0edd1ae61'
                    }
                    'i18n-message-nl-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: '970b74079f004d36bc882f5db35a8373'
                    }
                    'i18n-message-nl-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '094c80e65f2e4b9f8f15e967bb08c1b2'
                    }
                    'i18n-message-nl-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: 'e2bfca3350234b2f9175337ea704a319'
                    }
                    'i18n-message-nl-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '20a7388c6c2c4613bd03849b05c9ec00'
                    }
                    'i18n-message-nl-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '749b20253a764488ad41063919e0dfcf'
                    }
                    'i18n-message-nl-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '3cc1ca49d5764cd188d4f3a4f8691cc6'
                    }
                    'i18n-message-nl-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: 'a4bfd1914ed64b9aa01f498fb0ee78b6'
                    }
                    'i18n-message-nl-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: 'f3090fb059394b268c422165b213841f'
                    }
                    'i18n-message-nl-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: 'e633996581564be39b0fb1d2af9447fd'
                    }
                    'i18n-message-nl-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: '3920874434a94132afa7ec5dcd8ee497'
                    }
                    'i18n-message-nl-token.last_success': {
                        table: 'sys_ui_message'
                        id: '08d6f479a924438fb67a7a89a81e90bc'
                    }
                    'i18n-message-nl-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: 'e4b510e6e6964bd5ac72023014faf21e'
                    }
                    'i18n-message-nl-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '08f83cd5dffc45e785b6643486070e54'
                    }
                    'i18n-message-nl-token.missing_username': {
                        table: 'sys_ui_message'
                        id: 'f847e03f000d45678f21c73f06ab2c93'
                    }
                    'i18n-message-nl-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '864e74ef8a63420cbca60c3e5ad05983'
                    }
                    'i18n-message-nl-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '4caeb2ee451143d3ab1a4a1ad63cb453'
                    }
                    'i18n-message-nl-token.not_admin': {
                        table: 'sys_ui_message'
                        id: '385c63f27b22406eae5841bf02c87d34'
                    }
                    'i18n-message-nl-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: 'dc5091e6356b47fba9a87adbaa7d9bb9'
                    }
                    'i18n-message-nl-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: 'f9867b2b336b4137b21b53b381dc50db'
                    }
                    'i18n-message-nl-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: 'b5627e69d4ed4791a1344b7ca606dc1f'
                    }
                    'i18n-message-nl-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: '541e40f027d240ecaaedfd7483e81c8b'
                    }
                    'i18n-message-nl-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: 'a9e55752428b4db9afae120898b96d71'
                    }
                    'i18n-message-nl-token.region.eu': {
                        table: 'sys_ui_message'
                        id: '8a03bb5015a24e19b770013c04405d47'
                    }
                    'i18n-message-nl-token.region.global': {
                        table: 'sys_ui_message'
                        id: 'be50e1669ee94863847d0100a6ce098d'
                    }
                    'i18n-message-nl-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '7a74d46d0183410c95a45a4d5c5e66ec'
                    }
                    'i18n-message-nl-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '820084aca54345b4b56ce149d47d26e0'
                    }
                    'i18n-message-nl-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '8a55720b729646d28181df294dd27009'
                    }
                    'i18n-message-nl-token.step_sent': {
                        table: 'sys_ui_message'
                        id: '60b9558fd15843c29a12d93bdffba4e9'
                    }
                    'i18n-message-nl-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: '3ae66bb92b4640efb5017263d2d53c54'
                    }
                    'i18n-message-nl-token.succeeded': {
                        table: 'sys_ui_message'
                        id: 'fa32094f3e42405080e135f66e9f40a5'
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
                        id: '7d3a7e72e4d04d929dcabc990a482592'
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
                        id: 'f4d64550d8fb41dc9e7ba5b1f5a61792'
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
                        id: '271eefaa68374938b5230cf2ac69d0e7'
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
                        table: 'sys_variable_value'
                        id: '006b84f123d84c70a42538e2df3f4509'
                        key: {
                            document_key: '68d8c3a51e284b2098d76dbd0fff92fb'
                            variable: '3d6d8b935320220002c6435723dc349c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '018eab633c42493db18109d02632c87d'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        id: '04637991fbd6418ea56a00d6a30f45ca'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0470414659254f0987c325e4e26b873c'
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
                        id: '04f088cfc7de4b6a87fd371c3ff8f477'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'en'
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
                        id: '0c3e09f25d694dac925c7a1b9533038d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
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
                        table: 'sys_choice_set'
                        id: '10d2134669244f6ea0128b08bff15b03'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '122d7668ff574d1f8544bca74c84aa0a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'de'
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
                        id: '13d6331ada5546c08e7fbb621650bf67'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'nl'
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
                        id: '15d37839bd064e4fbbe619cfad123c7e'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
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
                        id: '15dfbaad9d3c46a7ba95d4751fd84560'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
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
                        table: 'sys_documentation'
                        id: '1e4e50110e9c4b0d91f5b146ffd01993'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e8050fb9825469fadd97dc1f3e0e077'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
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
                        id: '1e9cb4eab08b45b3b59e8d39cd6ec019'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: '2031e0b5a4894404aac53bd9d2f9d33b'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'eu'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '237b886eae1743308e9b29d6879b6aff'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '24077c3592fb46618576159cfee89615'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '249e094b1d0f47c3be9ad767b116b278'
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
                        id: '262ecf724ae7485a949a9c885ad0bbf7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: '2a4e4dad01f742c6b480dd01cbb3946b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'failed'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        table: 'sys_documentation'
                        id: '2b0bb7a5224c4b4b87f1b941ff607dd8'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '2e431d4d4f274039acca926a87f5de18'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2e61b9294192433fa638a1d753090924'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'de'
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
                        table: 'sys_documentation'
                        id: '30bb0a5643584fdaa56765282feb7d7d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '32ed41cf9c9e4ee1abfd0da13946b84c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'de'
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
                        table: 'sys_documentation'
                        id: '36a6437689a84ec388059f6804f7f50e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'nl'
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
                        table: 'sys_choice'
                        id: '39fffec5644b4028ae14b172f1141fa1'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'eu'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3c8078173f1d4c7c89d1a0d9a67e7230'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'nl'
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
                        id: '3eeec89db73b420d82efd73e6a29a254'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3fa5dfdc33674e2f95661e59c710bba6'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4102aef370484abcb6bf54a61a5accc1'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '414f83faf2c840de862b3f8fde30bf18'
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
                        id: '41e276d8551545748cbd3240181330a3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '422104896c724cfd9083e5d542694e10'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'nl'
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
                        id: '44d91562574f449ea72e7dff8d5f7040'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
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
                        table: 'sys_documentation'
                        id: '48ad2939fad249e483ddd9bced589da4'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: '4d02dba04e6e48d7953cb50b606fee32'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '4dd27fa12ce04de78b2542d121761786'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'de'
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
                        id: '4f7fa710b1a349c0a47b2b9d6c8d3d08'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: '50d5709a631946078457d6c291077158'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        table: 'sys_choice'
                        id: '51932c95b40a427a9ed0ce69be6462bb'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '51fbc7da92c742e6a360753907df20d5'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'enterprise'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52d361d2b9ac4ef393b654c6c94a6de2'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        id: '5385c795ee474019b611bc9135c94016'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'nl'
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
                        id: '54811a4f30f24e2b805fbdc273376fdf'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'de'
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
                        table: 'sys_dictionary'
                        id: '567b8977ae2d423783ab437b6b2a6182'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '56db564e6149469b845cf3dfe412b3ff'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'fr'
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
                        id: '59fc5dbcb7c0496dbec05bfad23fcfe7'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'failed'
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
                        table: 'sys_documentation'
                        id: '5b0d868ba1394153a46aa2c81568e32f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '5c6c7eacdda344f8956c68a88c7b2238'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'nl'
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
                        table: 'sys_choice'
                        id: '627abf53ae8c491d9c913ae13e6a8aa2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'de'
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
                        id: '648d579a257f47139605fa3f6e4125d1'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '656aced519144d3ea2ca97550d282eff'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: '65e1bcee89d6409d91dc8f9614392cca'
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
                        id: '670764d2d6fe4d769d2e6deac53ff40b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
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
                        table: 'sys_choice'
                        id: '6b885cb302984c80b04f1de4021e3ae0'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'failed'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        table: 'sys_choice'
                        id: '6f3416951c1b4a7192e1a8274b5661f3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'started'
                            language: 'nl'
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
                        id: '6f406dc97b3a4308b1a6642209a785fe'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
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
                        table: 'sys_documentation'
                        id: '702aa0e79b714d13b5dc4b4e6e65093b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7133b07a85f34ef6ae6a3de6695adc17'
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
                        table: 'sys_choice'
                        id: '744296796d5446949217d611f97f2fda'
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
                        id: '74d4647f01d0464a98e5ccd5e4440761'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'new'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        id: '77318547824e4edab0bd23364f4640aa'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '774b14f22484475b9573f018f48f24b0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        id: '79231183bb794ed5ad758d93da527119'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '795f08553277434fa413d91061c10aa5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '799e6338fb094013ac429ab88cb69ecd'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'nl'
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
                        id: '7d57e3bd5b1a4383a4650773cfd45ac7'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'de'
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
                        table: 'sys_choice'
                        id: '80775cb10b2d45708d0ed73fc6418d24'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        id: '84fdd7e6827f46b8bbc3ae3927dd9c56'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'nl'
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
                        id: '86aa19e044a6430497a2912346c85639'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86ec8cb34fc246aeb1bdb0b133ef457a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '876bda9da9364d5aaa5ffcc6ded18f72'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '878c00cc830744229b5af558004df947'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '878f5b650c674b7c98a452f530f2c5d0'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
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
                        table: 'sys_documentation'
                        id: '88c26b50411240d88fdb026e66793434'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: '89d16d893941463d8eeab290e7a45541'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        id: '8a767c9c963c4f52ab6ca16c09fd58b8'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
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
                        table: 'sys_documentation'
                        id: '8c2ce4ead6ac49cf9377eb69c0d22a48'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'de'
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
                        table: 'sys_dictionary'
                        id: '8f9ca368ae214303b740cd8ab0dc0bba'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8fdf9cc255e941e5b8808749ba2ceb9a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'de'
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
                        id: '90624dc7a62847adb46e01e26361c88a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9096c0749c4d4122874400d5c9852ac8'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '92235ba79b714a55bb7c0be4b9495e3c'
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
                        id: '92db8f501da941768bc62e9bf624306a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '930ab08e24824f149a8126c724e1d733'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'nl'
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
                        table: 'sys_variable_value'
                        id: '99743f1520284b12bf4ea452e04ebee0'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        id: '9a711d4f6a004a13bc8a965b00e5ab8a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9cea71007869435db85d695cc6b3d436'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'de'
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
                        id: '9dcf5920a1d14df2bec59482967463d3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
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
                        table: 'sys_documentation'
                        id: '9fcf6bf54e1c468a90c827bc07c807dc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'fr'
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
                        id: 'a3e0d4e47cf443fb9260a97b84bc39ce'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5a431991ccb4c5f8ff3dfd3cf30088b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5b6d3c7349249ca8b659cff9a576fa3'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: 'a6c8963cfd8d43c1af07f5ad906d4630'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: 'ab30e94109d5455c9277d351a0762a2f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'acdbe203e86d460888d86aee6d517130'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'failed'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        id: 'ad2fb7aea18b485fa0fc7b1ff9806949'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'nl'
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
                        id: 'af714ad836c44c07995faac6353aa3e4'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af7a98e0008645ceb29085d4fba7d257'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
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
                        id: 'b104dac3dadc458c89c95f1a3ad30250'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b14bb219d02b43ac9aae841679ebb12b'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
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
                        id: 'b2e7b90944e545ca961d1064da8d31a1'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'fr'
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
                        id: 'b4617dcdbb5640c5b78e0e330c1036aa'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b46fcd48f48f4dfeb19dd0acedd0694f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: 'b598164e6e854da1980ea9e1aa9e5f9e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b64860577ab946bea43aa2e6a33f7dfb'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b689c54e03c24d9c93f6b16d5e25d6f0'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b6fb6194752d4f52a0328e75ce7bc407'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b740ea852dd048e292986623829d71ef'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: 'b870deca73a1481fb076848ee20172f9'
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
                        id: 'b8e52851e252440abde57ea1195e5c5d'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b8ff90d216ad46dd92e7cf3c99acb3fe'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'fr'
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
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bb4a554a0fb64bfdb588f5707d42fe50'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bc32774dfde4467eb0f434e15e60c970'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bcd78a0256ec4d07904aa6d3f56c69f0'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
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
                        id: 'c200d5abc3984f24a63ebeee122aad27'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'en'
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
                        table: 'sys_choice'
                        id: 'c465496734024513af94ac5719628784'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'enterprise'
                            language: 'de'
                            dependent_value: 'NULL'
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
                        table: 'sys_variable_value'
                        id: 'c67eec7ed6c54887aa13f48bfbda6386'
                        key: {
                            document_key: 'd03907300f594834b187d4cd3b82c0bf'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_documentation'
                        id: 'cb8800d30ccf4608a13c3f130c3e177c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cce6968eb321422d850c7d6c06d269dc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'nl'
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
                        table: 'sys_variable_value'
                        id: 'd63d056ee0ff44f7a150cd2e98eb59b5'
                        key: {
                            document_key: '302e5ef7a2ad4085981c710b00680f30'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_choice'
                        id: 'd8972dba7d4b42a98ab6a010171480ea'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'enterprise'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd8987e2364574b989950fa9ea09e8f81'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'started'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        id: 'da6f86c34d1b4b2ba76f513114cbb22b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'da8b7c50abf74b96882a0eae8a094c90'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'de'
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
                        table: 'sys_dictionary'
                        id: 'db3214ce7a1845cf9509ff411b1da938'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dbb9051580734d509dd57228be57934e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dd25dc06ea304c78baac22816b50fbff'
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
                        id: 'dd4e49bab5f545038973ac70bc343170'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'de'
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
                        table: 'sys_choice'
                        id: 'dfcef0253f09476aa4909cdf4858e0c3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        id: 'e0cea21f8bea480b862639ad93a9e908'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'de'
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
                        id: 'e62a6e31bbd04e929b42d5a9e2a9b09a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e7d45bf0aae249ffbc0d999b3f8bcec3'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'de'
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
                        table: 'sys_variable_value'
                        id: 'e89b738aea114c4ab5791a44a657f293'
                        key: {
                            document_key: 'ad927978113c4024a4d8bc30f9a28352'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_documentation'
                        id: 'ec4f16833e5c478a973ebf089fcf8317'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'de'
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
                        id: 'ee83ccef32bb483db84f94ba12f55cd5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ef8149770cae47498b1a3bc726e8e16e'
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
                        table: 'sys_variable_value'
                        id: 'f03f6e1e42d74545b5e6af03e7e85fdf'
                        key: {
                            document_key: '68d8c3a51e284b2098d76dbd0fff92fb'
                            variable: 'c7e483f3671003007ba405225685effb'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0adce9dd8844ff5bc4785694a46cf3a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0b23c8507734d1c8992e47f4615e0fd'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0d08fcc394343e6abd56e088922cc31'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f11474f67abb46c9894144d8c520edda'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'fr'
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
                        id: 'f2f6488533aa42ffa6ba3bfdbf467032'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'fr'
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
                        id: 'f4a8f36ef1584683aefa775da25fb064'
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
                        id: 'f4e485cbf90c401395fbb06c1bf434f1'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'nl'
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
                        id: 'f62adb140e634312a23d1d1abc51564f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f743338a2b6a42d88e19c590a85ff495'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'failed'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        table: 'sys_choice'
                        id: 'f9cefe7b9a484e64aadfb1ac5fe3f182'
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
                        id: 'fc88b487fe714a70b55f4597fbbc2584'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
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
                        id: 'fcb5c2f35eb34ff8beb62c047c718540'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'de'
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
                        id: 'fedcd08b298546c99087bada7e6ecf8f'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'nl'
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
