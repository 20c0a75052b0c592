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
                    'acl-pin-frame-page': {
                        table: 'sys_security_acl'
                        id: 'e5c5cacb634e40b78badb3be5916ce9d'
                    }
                    'acl-recovery-run-create': {
                        table: 'sys_security_acl'
                        id: '60179359038c44ea8e16992741082130'
                    }
                    'acl-recovery-run-delete': {
                        table: 'sys_security_acl'
                        id: 'e37f5edb7e714ea59b6d448215c8dcda'
                    }
                    'acl-recovery-run-read': {
                        table: 'sys_security_acl'
                        id: 'a2978bba67dd48e89220ad0abc557758'
                    }
                    'acl-recovery-run-write': {
                        table: 'sys_security_acl'
                        id: 'd2a5e1aa02154d0f9f0fc55555de1eaa'
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
                    'acl-session-post-hashes-query-match': {
                        table: 'sys_security_acl'
                        id: 'f60fbabbb0784b8a814ee87e0049a436'
                    }
                    'acl-session-post-hashes-query-range': {
                        table: 'sys_security_acl'
                        id: '29c94fb02a264944bfa81b6429115cfa'
                    }
                    'acl-session-post-hashes-read': {
                        table: 'sys_security_acl'
                        id: '03f2f2feafc54ca8981a00fa2a2f3f65'
                    }
                    'acl-session-posts-query-match': {
                        table: 'sys_security_acl'
                        id: '58d964b4ab684ef8ade829f68a93e286'
                    }
                    'acl-session-posts-query-range': {
                        table: 'sys_security_acl'
                        id: 'b597d243dd324098b391f2dddccc2118'
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
                    'acl-session-report-view': {
                        table: 'sys_security_acl'
                        id: 'd6081ee9859b48a28cca61298578409a'
                    }
                    'acl-session-tracking-id-query-match': {
                        table: 'sys_security_acl'
                        id: '51af9379cb4941c1b0d54072a97b9ce1'
                    }
                    'acl-session-tracking-id-query-range': {
                        table: 'sys_security_acl'
                        id: '373b56bf1af14006994fd5236b195394'
                    }
                    'acl-session-tracking-id-read': {
                        table: 'sys_security_acl'
                        id: 'b4a9ea175f44436d9245e682aa79e1cb'
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
                    'atf-platform-assumptions': {
                        table: 'sys_atf_test'
                        id: 'aa31dca327694b3b84bbdb862fcd0685'
                    }
                    'atf-proof-message-table': {
                        table: 'sys_atf_step'
                        id: 'abaf4601f68b42efbac92f4fa3d06b4f'
                    }
                    'atf-proof-password2-property': {
                        table: 'sys_atf_step'
                        id: '06262300e62e4a4991085377b4092851'
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
                    'cross-scope-read-sys-properties': {
                        table: 'sys_scope_privilege'
                        id: 'f58f0781b7f64ba7a5842c7126de5754'
                    }
                    'cross-scope-read-sys-ui-message': {
                        table: 'sys_scope_privilege'
                        id: 'bc50a81c8fbb4e59a2008ddf537ccb4a'
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
                    'event-posts-missing': {
                        table: 'sysevent_register'
                        id: 'ce911197c1d54fc0ad85e725456f3877'
                    }
                    'event-token-expiring': {
                        table: 'sysevent_register'
                        id: '8666a0c7f9b64dc98ee6348e9046e12f'
                    }
                    'flow-action-generate-pin': {
                        table: 'sys_hub_action_type_definition'
                        id: '608da3445c22437a8d645becc7f57d24'
                    }
                    'flow-action-generate-pin-script': {
                        table: 'sys_hub_step_instance'
                        id: 'e28b6f981f8b4f2fb577903cfdd6a778'
                    }
                    'i18n-field-de-menu_hint': {
                        table: 'sys_translated'
                        id: '37a0563bb28949e5ac6e951e9ec69b15'
                    }
                    'i18n-field-de-menu_title': {
                        table: 'sys_translated'
                        id: 'cea5d86ec855432a83a89d2d1c58997f'
                    }
                    'i18n-field-de-module_reports': {
                        table: 'sys_translated'
                        id: 'd30679cd384e4e32b7c8ba01e8ffd8ca'
                    }
                    'i18n-field-de-module_reports_hint': {
                        table: 'sys_translated'
                        id: 'd2266159bfd3400ca22404f4424eadfe'
                    }
                    'i18n-field-de-module_sessions': {
                        table: 'sys_translated'
                        id: '66b43359dae74eb88bddacf1762b217d'
                    }
                    'i18n-field-de-module_sessions_hint': {
                        table: 'sys_translated'
                        id: '1b0a13ac97d14ebf9b9bc39897dbe07b'
                    }
                    'i18n-field-de-module_settings': {
                        table: 'sys_translated'
                        id: 'b211f71a43ac4aef905b6edb7c698c25'
                    }
                    'i18n-field-de-module_settings_hint': {
                        table: 'sys_translated'
                        id: '50845a4608f140e2ae8aace9c04f5746'
                    }
                    'i18n-field-de-module_test_connection': {
                        table: 'sys_translated'
                        id: '4fb848e9958c4ea2b533e1b25fd88b87'
                    }
                    'i18n-field-de-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: '3071aca3b5a44e6fbd3658b5afa67511'
                    }
                    'i18n-field-de-module_token_setup': {
                        table: 'sys_translated'
                        id: 'c5dbb336de4f4f1f8f13c3bdecdb62f8'
                    }
                    'i18n-field-de-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '2121ff12c65f488ebe6b279eaa246f41'
                    }
                    'i18n-field-de-settings_title': {
                        table: 'sys_translated'
                        id: 'c8b462d09d09475bb8a7291bc42f4bda'
                    }
                    'i18n-field-de-ui_action_hint': {
                        table: 'sys_translated'
                        id: '0dbe346993a04c83a90b9ece0bdf21c9'
                    }
                    'i18n-field-de-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '0dc2a6c14ff847178aca10bfa2b77fe3'
                        deleted: true
                    }
                    'i18n-field-de-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: '9746592856d647358de353ae1b63c774'
                        deleted: true
                    }
                    'i18n-field-de-ui_action_name': {
                        table: 'sys_translated'
                        id: '5ca25b500405479fbc13505479cccb5c'
                    }
                    'i18n-field-fr-menu_hint': {
                        table: 'sys_translated'
                        id: 'b917786eadac43b0bbf688e860d0b7ac'
                    }
                    'i18n-field-fr-menu_title': {
                        table: 'sys_translated'
                        id: 'cdbbf0c3a86a46078534ac267cf0925d'
                    }
                    'i18n-field-fr-module_reports': {
                        table: 'sys_translated'
                        id: '7b1e75665c2e428db50310ab58243f82'
                    }
                    'i18n-field-fr-module_reports_hint': {
                        table: 'sys_translated'
                        id: '6c9920255705446eb05ec98ca1a5a36b'
                    }
                    'i18n-field-fr-module_sessions': {
                        table: 'sys_translated'
                        id: 'acd4119939c94f3cafe8ecfc1ad33820'
                    }
                    'i18n-field-fr-module_sessions_hint': {
                        table: 'sys_translated'
                        id: 'd2c2105d79934059878dd0901265205c'
                    }
                    'i18n-field-fr-module_settings': {
                        table: 'sys_translated'
                        id: 'a039ff9a535e4cc5899c02dadc9233b8'
                    }
                    'i18n-field-fr-module_settings_hint': {
                        table: 'sys_translated'
                        id: 'f011f65d8b3140f999431c0b4717c4d2'
                    }
                    'i18n-field-fr-module_test_connection': {
                        table: 'sys_translated'
                        id: 'b6e2d5f15cc4459b8168959bed4cef37'
                    }
                    'i18n-field-fr-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: 'c4c262beda844c9d8e3810a7544e200a'
                    }
                    'i18n-field-fr-module_token_setup': {
                        table: 'sys_translated'
                        id: 'cd0e289be8a64e97b68bd3e55e30dc7b'
                    }
                    'i18n-field-fr-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '5253421ca2e34d9283df524e5d75fac4'
                    }
                    'i18n-field-fr-settings_title': {
                        table: 'sys_translated'
                        id: '3511ad2b5dd54142a43a2032d6f317da'
                    }
                    'i18n-field-fr-ui_action_hint': {
                        table: 'sys_translated'
                        id: 'f859877d6c7a4fdca04d0d27d0c45475'
                    }
                    'i18n-field-fr-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '590dddb7c2294ae3984a949531fd4726'
                        deleted: true
                    }
                    'i18n-field-fr-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: '356f2914e73e4225aa4322bdf6396679'
                        deleted: true
                    }
                    'i18n-field-fr-ui_action_name': {
                        table: 'sys_translated'
                        id: '3fd29430c8a045ec9d3436c99cdb47b1'
                    }
                    'i18n-field-nl-menu_hint': {
                        table: 'sys_translated'
                        id: '962b5ed812554ae497e9a9ba8616f4d4'
                    }
                    'i18n-field-nl-menu_title': {
                        table: 'sys_translated'
                        id: 'd205d18aa49044b7825d4b275a357341'
                    }
                    'i18n-field-nl-module_reports': {
                        table: 'sys_translated'
                        id: '05516a42a0654f17bf07de570285f863'
                    }
                    'i18n-field-nl-module_reports_hint': {
                        table: 'sys_translated'
                        id: '81c56cbaac6749d3881ca13ebc9508b9'
                    }
                    'i18n-field-nl-module_sessions': {
                        table: 'sys_translated'
                        id: '76f6601bcc3c4d7cb0d159d02bf76e58'
                    }
                    'i18n-field-nl-module_sessions_hint': {
                        table: 'sys_translated'
                        id: 'fb8bdc8201bd4324b0ed1e821383d86d'
                    }
                    'i18n-field-nl-module_settings': {
                        table: 'sys_translated'
                        id: '8e20824ac6514b688bcf038bb3978387'
                    }
                    'i18n-field-nl-module_settings_hint': {
                        table: 'sys_translated'
                        id: '54d233b4901c4af7ace6f8b2b7620857'
                    }
                    'i18n-field-nl-module_test_connection': {
                        table: 'sys_translated'
                        id: '02e11978160041f39d49434dd11087aa'
                    }
                    'i18n-field-nl-module_test_connection_hint': {
                        table: 'sys_translated'
                        id: 'b44f7390d66947c3bfc605c6719f4b8f'
                    }
                    'i18n-field-nl-module_token_setup': {
                        table: 'sys_translated'
                        id: '9bdc822ca68a403d9bdbd1f7d6d24dd6'
                    }
                    'i18n-field-nl-module_token_setup_hint': {
                        table: 'sys_translated'
                        id: '381038ca9aae4880b5ca16a5e73f16a7'
                    }
                    'i18n-field-nl-settings_title': {
                        table: 'sys_translated'
                        id: 'ae78251d17c1413b86654d31b5368583'
                    }
                    'i18n-field-nl-ui_action_hint': {
                        table: 'sys_translated'
                        id: '61d03e5e8d0d446f9bc3edce97e72ff0'
                    }
                    'i18n-field-nl-ui_action_hint_case': {
                        table: 'sys_translated'
                        id: '6cf5011f7ee34993a0a53b36c2b7c4e8'
                        deleted: true
                    }
                    'i18n-field-nl-ui_action_hint_incident': {
                        table: 'sys_translated'
                        id: '32f84f68be4c4b77b5769830f3f9e565'
                        deleted: true
                    }
                    'i18n-field-nl-ui_action_name': {
                        table: 'sys_translated'
                        id: 'b8e7954b816543b195b01760653586f3'
                    }
                    'i18n-message-de-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: '31eccc3a290d4fa3ad2f1e705e9829b7'
                    }
                    'i18n-message-de-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '4d1f11d937c24846831e8a9ef66edd20'
                    }
                    'i18n-message-de-config.must_be_customer_fields': {
                        table: 'sys_ui_message'
                        id: '54f976f08082464dbd724b43fe1a6a4c'
                    }
                    'i18n-message-de-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: 'd1380b2ea7d1450b883c810df0df2f5d'
                    }
                    'i18n-message-de-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '7b840442d80e482a81eca5200a32157c'
                    }
                    'i18n-message-de-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '9e1162d7539d41789e9d3ecff7846ef1'
                    }
                    'i18n-message-de-config.must_be_minutes': {
                        table: 'sys_ui_message'
                        id: 'a9d0c21d01e04811b06df7e02b1a2305'
                    }
                    'i18n-message-de-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '0e6ec553dadc422ea5f676102b52d10a'
                    }
                    'i18n-message-de-config.must_be_tables': {
                        table: 'sys_ui_message'
                        id: '9e34bee01eb4441bb0f4247f2edc6f61'
                    }
                    'i18n-message-de-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'ea2c16c380bd42df8c991acdac12de5e'
                    }
                    'i18n-message-de-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: '76208cdb734a46e8b5550b80a69a44c0'
                    }
                    'i18n-message-de-connection.failed': {
                        table: 'sys_ui_message'
                        id: '4d4eaa52cf884d33bf0dc668e1796b83'
                        deleted: true
                    }
                    'i18n-message-de-connection.failed_disabled': {
                        table: 'sys_ui_message'
                        id: 'b08887d7cc984286b276a44a4dcf73b9'
                    }
                    'i18n-message-de-connection.failed_email_shared': {
                        table: 'sys_ui_message'
                        id: 'a1ee085f946744a084caca007f5cdd0c'
                    }
                    'i18n-message-de-connection.failed_internal': {
                        table: 'sys_ui_message'
                        id: 'd1277d79f6fc4408854ebd15577f4143'
                    }
                    'i18n-message-de-connection.failed_login': {
                        table: 'sys_ui_message'
                        id: '7253d654c5cc4d51a51b75765aaafc3d'
                    }
                    'i18n-message-de-connection.failed_missing': {
                        table: 'sys_ui_message'
                        id: 'f62a03eaf3ff450bb1f47a5433e500c6'
                    }
                    'i18n-message-de-connection.failed_network': {
                        table: 'sys_ui_message'
                        id: 'a34893729202499b95c33e8c02dfe0bd'
                    }
                    'i18n-message-de-connection.failed_no_email': {
                        table: 'sys_ui_message'
                        id: '669abbd653f443dbb4ab1bf1097ed5bd'
                    }
                    'i18n-message-de-connection.failed_other': {
                        table: 'sys_ui_message'
                        id: 'a02248d5cfe64368950dc281346637ed'
                    }
                    'i18n-message-de-connection.failed_settings': {
                        table: 'sys_ui_message'
                        id: '071844e6fe6847bd8efb6358a383c614'
                    }
                    'i18n-message-de-connection.failed_technician': {
                        table: 'sys_ui_message'
                        id: 'cf6e3efe0a9a4bfe8615259f8d720e0e'
                    }
                    'i18n-message-de-connection.next.disabled': {
                        table: 'sys_ui_message'
                        id: '64c1aed4567e4f4c9928b040f95255c7'
                    }
                    'i18n-message-de-connection.next.email_shared': {
                        table: 'sys_ui_message'
                        id: '025c7ee617f8441088fc319b39bee4c5'
                    }
                    'i18n-message-de-connection.next.login': {
                        table: 'sys_ui_message'
                        id: '50bd1136cc514557b587430215433ca4'
                    }
                    'i18n-message-de-connection.next.missing': {
                        table: 'sys_ui_message'
                        id: '039de238c1e74e2da472841820fabc25'
                    }
                    'i18n-message-de-connection.next.network': {
                        table: 'sys_ui_message'
                        id: 'b61f70a29be5478bba37400e6246cbbe'
                    }
                    'i18n-message-de-connection.next.no_email': {
                        table: 'sys_ui_message'
                        id: '9d2caf1b2ed2421bb4b09042ce428d84'
                    }
                    'i18n-message-de-connection.next.not_admin': {
                        table: 'sys_ui_message'
                        id: 'c7001a501c024951ac91174ef1941e8a'
                    }
                    'i18n-message-de-connection.next.ok': {
                        table: 'sys_ui_message'
                        id: 'ee32bbae7a5b4ea89cab0b8292063c76'
                    }
                    'i18n-message-de-connection.next.settings': {
                        table: 'sys_ui_message'
                        id: 'b86241d6ae2b446f8a1612a3f68ffc0c'
                    }
                    'i18n-message-de-connection.next.system_log': {
                        table: 'sys_ui_message'
                        id: 'eeb4ea0ac10e431abb612943f0c0518d'
                    }
                    'i18n-message-de-connection.next.technician': {
                        table: 'sys_ui_message'
                        id: '9e31c533e3b64362a4a714ad4b2f191f'
                    }
                    'i18n-message-de-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '64a9829d3c704801a292185afb0e325e'
                    }
                    'i18n-message-de-connection.ok': {
                        table: 'sys_ui_message'
                        id: '71fcbf19819d4c83964244ddfbc9a446'
                    }
                    'i18n-message-de-connection.setting_missing': {
                        table: 'sys_ui_message'
                        id: 'e14a850ac5994e5d90871dd4fdbd9aa8'
                    }
                    'i18n-message-de-connection.setting_problem': {
                        table: 'sys_ui_message'
                        id: '70fc411981494b21af077fe144b35071'
                    }
                    'i18n-message-de-connection.table_ignored': {
                        table: 'sys_ui_message'
                        id: '845fa1dd438f4bdc8eeae4a51e8f9108'
                    }
                    'i18n-message-de-console.a_technician': {
                        table: 'sys_ui_message'
                        id: 'f528443e4fb142c1b7a159de72d2a855'
                    }
                    'i18n-message-de-console.description': {
                        table: 'sys_ui_message'
                        id: '2015da1119744a8aa8d0690d9538cc70'
                    }
                    'i18n-message-de-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '7e1ceb1849534f26b00553b921194a23'
                    }
                    'i18n-message-de-console.not_shown': {
                        table: 'sys_ui_message'
                        id: 'db396e0d41e840858330c9eb9ae013f7'
                    }
                    'i18n-message-de-console.short_description': {
                        table: 'sys_ui_message'
                        id: '78f24d11c0e8497ba881e5f21b5e8de7'
                    }
                    'i18n-message-de-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '9183916be0764c60b5c472050efe18f7'
                    }
                    'i18n-message-de-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '45d03dcc44ec437089d2198b5faea31f'
                    }
                    'i18n-message-de-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '76dda76d86564a9cbe5c09c38ecc5ba0'
                    }
                    'i18n-message-de-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: '2eb9d718f9d340ac9ebd09f9676fe38b'
                    }
                    'i18n-message-de-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '5ab7c1835ac64a64b37d80bcda62a3ef'
                    }
                    'i18n-message-de-email.missing.check_post_url': {
                        table: 'sys_ui_message'
                        id: '22db4b6634884de2a43aedd4bc8b9487'
                    }
                    'i18n-message-de-email.missing.check_token': {
                        table: 'sys_ui_message'
                        id: 'f7bdb296c0614a53a108da1652c4b1cb'
                    }
                    'i18n-message-de-email.missing.count': {
                        table: 'sys_ui_message'
                        id: 'c19d43ca2dbb4d54a9fe68dd6d609793'
                    }
                    'i18n-message-de-email.missing.subject': {
                        table: 'sys_ui_message'
                        id: 'de7a7573d3bc491db12416f8204e27e5'
                    }
                    'i18n-message-de-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '544f7cf814af4ca6b474e04daa873998'
                    }
                    'i18n-message-de-email.technician.join': {
                        table: 'sys_ui_message'
                        id: '779fa35e52ca4aa79cb6f6144a493bea'
                    }
                    'i18n-message-de-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '45c0543616ff47fe875b248610fd372a'
                    }
                    'i18n-message-de-email.token.action': {
                        table: 'sys_ui_message'
                        id: 'a79857aa443048bab8efad9aaf72ccf7'
                    }
                    'i18n-message-de-email.token.after': {
                        table: 'sys_ui_message'
                        id: '9369656e304e481db1b6a823b9585ebf'
                    }
                    'i18n-message-de-email.token.expires': {
                        table: 'sys_ui_message'
                        id: 'a4cf24b49bb14ee7a3fb8a70f06a1d82'
                    }
                    'i18n-message-de-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: '57086e4fb7aa4f258a2e0c639a89eee0'
                    }
                    'i18n-message-de-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '34c35f16dfdd4f0f8bc81572e18bddc0'
                    }
                    'i18n-message-de-list.sentences': {
                        table: 'sys_ui_message'
                        id: 'e9842009cc9a4a16925dec68f562714e'
                    }
                    'i18n-message-de-list.two': {
                        table: 'sys_ui_message'
                        id: '69adb8a93e8d48e58a30d89f1321d814'
                    }
                    'i18n-message-de-note.chat_log_attachment': {
                        table: 'sys_ui_message'
                        id: '811e0d306ef94c2199b6474b82deb6cd'
                    }
                    'i18n-message-de-note.chat_log_attachment_one_line': {
                        table: 'sys_ui_message'
                        id: '8db4c2ff093d4fb1a980612b2718d6f4'
                    }
                    'i18n-message-de-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: '15cf88b780b146329840d07390742ed1'
                        deleted: true
                    }
                    'i18n-message-de-note.ended': {
                        table: 'sys_ui_message'
                        id: '14a1b92d1d9f4fb597a86206366f7dca'
                    }
                    'i18n-message-de-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '187d8ff7dbf34bf99910e4148269859d'
                    }
                    'i18n-message-de-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: 'ec1e7e36551748f981080e929fc987ca'
                    }
                    'i18n-message-de-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: '568a69d890e74c6ab6390f62b518f21b'
                    }
                    'i18n-message-de-note.from_report': {
                        table: 'sys_ui_message'
                        id: '05f42bb3e1374bcd99a2818ab26df9d6'
                    }
                    'i18n-message-de-note.hours': {
                        table: 'sys_ui_message'
                        id: 'a6a8225c12c64ceda7267303072b44da'
                    }
                    'i18n-message-de-note.hours_minutes': {
                        table: 'sys_ui_message'
                        id: '1613353a9dbf4857865b3416aafec6cf'
                    }
                    'i18n-message-de-note.line': {
                        table: 'sys_ui_message'
                        id: '711596b364624a478bbc985654526fc0'
                    }
                    'i18n-message-de-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: 'f1ada604b2734cebb90bb87f89552929'
                    }
                    'i18n-message-de-note.minutes': {
                        table: 'sys_ui_message'
                        id: '05e68fe57ed44690a30be4cab00fa86c'
                    }
                    'i18n-message-de-note.minutes_seconds': {
                        table: 'sys_ui_message'
                        id: '986a2ec8756a4789af939a8b775adfbd'
                    }
                    'i18n-message-de-note.seconds': {
                        table: 'sys_ui_message'
                        id: 'e99f3383c3864e51a1684e094d8e094e'
                    }
                    'i18n-message-de-note.size_bytes': {
                        table: 'sys_ui_message'
                        id: '2680317275734bb79ff750ac3edc2db1'
                    }
                    'i18n-message-de-note.size_gb': {
                        table: 'sys_ui_message'
                        id: '62cdb95535b146ceaac5de7581329351'
                    }
                    'i18n-message-de-note.size_kb': {
                        table: 'sys_ui_message'
                        id: '2e73e575058a466f932e41e203c8bd1a'
                    }
                    'i18n-message-de-note.size_mb': {
                        table: 'sys_ui_message'
                        id: '712185152a19435ab9d00aa530370f2f'
                    }
                    'i18n-message-de-note.started': {
                        table: 'sys_ui_message'
                        id: 'dfe93b6d3850421685eb275d706246bc'
                    }
                    'i18n-message-de-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '40ddf9b0b2e14bccabe487e76ceded5c'
                    }
                    'i18n-message-de-note.technician_unknown': {
                        table: 'sys_ui_message'
                        id: '3bb8ad62c73a4325a80ae9ea566cfea3'
                    }
                    'i18n-message-de-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: '53632e460baf4c2dbadb9a15cd2be330'
                    }
                    'i18n-message-de-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: 'c227bd5be7c04b1f9d6a3bf1e75656ec'
                    }
                    'i18n-message-de-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: 'e9421db267b54cdb931024f3383bbcee'
                    }
                    'i18n-message-de-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: '41d222272b2d4559a7a5204392627d2e'
                    }
                    'i18n-message-de-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: '683c128b4cbb492091db3258ff7b222d'
                    }
                    'i18n-message-de-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: '99ba208e71b5434fb944593b41f505db'
                    }
                    'i18n-message-de-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: 'd34202ed299e4fa7b996ecc0e092fe85'
                    }
                    'i18n-message-de-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '2d0b78b6edfb400289f19ad1c465d791'
                    }
                    'i18n-message-de-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '103caabe826b49ba81bc77a33fef4128'
                    }
                    'i18n-message-de-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: 'a48e787d692d4be58e3f45d1d58fdca9'
                    }
                    'i18n-message-de-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '8ccffb6bf68e43a78913c9241b9a08ad'
                    }
                    'i18n-message-de-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: 'ed7287e66b2d4392923ee8a26546c45b'
                    }
                    'i18n-message-de-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '572508ea828a4fdaabd91bb07d9a6c5a'
                    }
                    'i18n-message-de-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: 'e0e6d8214e7d4d32b953ed1e20e81c94'
                    }
                    'i18n-message-de-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: 'c2e3a780333d40cbb14e898830f13bd7'
                    }
                    'i18n-message-de-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '27481aab2c694087aff7040d58afa8e0'
                    }
                    'i18n-message-de-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '905a60e128e64a7f9a98583a1bd31e2c'
                    }
                    'i18n-message-de-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: 'aa0a125fbbec45bab189d7e4f4f8604a'
                    }
                    'i18n-message-de-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: '66f2fabbd56c40688823d1f75d8168fe'
                    }
                    'i18n-message-de-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: 'a20d1f5eda6a46b3a91cc3c1f00495b7'
                    }
                    'i18n-message-de-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: 'e4f28a6fb53a42e2af5db9c988c84aee'
                    }
                    'i18n-message-de-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: 'efd4afdc60ca4a3c8640483f8c991bcc'
                    }
                    'i18n-message-de-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: 'e5a5e9427b2d4840989f94f7eddd9acc'
                    }
                    'i18n-message-de-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: 'f89eff25869e42759da65485a043cdf1'
                    }
                    'i18n-message-de-page.test.asking': {
                        table: 'sys_ui_message'
                        id: 'ae51903ae2904b27945ccde12f482832'
                    }
                    'i18n-message-de-page.test.intro': {
                        table: 'sys_ui_message'
                        id: 'da1858397a7241719c2b0ff82b3dcbce'
                    }
                    'i18n-message-de-page.test.no_answer': {
                        table: 'sys_ui_message'
                        id: '11ab02718ea84da9a0a2dc2f216b2302'
                    }
                    'i18n-message-de-page.test.run': {
                        table: 'sys_ui_message'
                        id: '194504177c8a4d3689bf5bbe51518ff9'
                    }
                    'i18n-message-de-page.test.title': {
                        table: 'sys_ui_message'
                        id: 'f7b9e3e99cac4fa8902fa2d66c9e92dd'
                    }
                    'i18n-message-de-page.token.application': {
                        table: 'sys_ui_message'
                        id: 'e17d526ac4fb45cba666197e3f2d234e'
                    }
                    'i18n-message-de-page.token.intro': {
                        table: 'sys_ui_message'
                        id: '2f5e5d06e6a84e62949e41fcd7b0e19d'
                    }
                    'i18n-message-de-page.token.no_answer': {
                        table: 'sys_ui_message'
                        id: '3815cf1ecdd0418aa6431e2c243f4ada'
                    }
                    'i18n-message-de-page.token.open_request': {
                        table: 'sys_ui_message'
                        id: '4ec49818f99f4c29a83b6a8f7eef392c'
                    }
                    'i18n-message-de-page.token.run': {
                        table: 'sys_ui_message'
                        id: 'ef9f5f3b13bb4104af6c6eb0a8829dfd'
                    }
                    'i18n-message-de-page.token.running': {
                        table: 'sys_ui_message'
                        id: '9e453a7bec754359a2095ded09236657'
                    }
                    'i18n-message-de-page.token.title': {
                        table: 'sys_ui_message'
                        id: 'bc4500e939a54319b49d0033dd3177ca'
                    }
                    'i18n-message-de-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '7f6af0cccc8a4c4db548df32bfc1fc51'
                    }
                    'i18n-message-de-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: '2d3015c998c0485aa9755a4eabc67fff'
                    }
                    'i18n-message-de-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '67997a3a6bb14ccb93c5c36a8fd72e74'
                    }
                    'i18n-message-de-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '9dcfaacbc0624421aa91ea7429a0a52e'
                    }
                    'i18n-message-de-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: 'cc404f97ff0e4bef9227a6c6e79c71df'
                    }
                    'i18n-message-de-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '4a46a7aea27f41b198aea0ec3b3bce4b'
                    }
                    'i18n-message-de-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: '822a0d3d32fc449dbd2735cb4e7e24c7'
                    }
                    'i18n-message-de-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: '31d0dfa0f0dc4689907a855d39a8f3b7'
                    }
                    'i18n-message-de-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '4f990dc1153d42a18d3363eede975cb6'
                    }
                    'i18n-message-de-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: 'f387b48de3654a1d8df49d22570f0de6'
                    }
                    'i18n-message-de-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: '6ace96f79e424f71acbd4d207963abb8'
                    }
                    'i18n-message-de-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: 'e06e32983539409e8f7c24bd65f251ef'
                    }
                    'i18n-message-de-pin.error.no_customer_record': {
                        table: 'sys_ui_message'
                        id: '627d2f64c18546c6806d2645eb0e4388'
                    }
                    'i18n-message-de-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '80c7e2450c1d457c950a8dbb057a105d'
                    }
                    'i18n-message-de-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: 'b387f3f8ae274ad6b0d9dab6fb207027'
                    }
                    'i18n-message-de-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: 'efe2446c319547c3b0387282aae75ec1'
                    }
                    'i18n-message-de-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: 'a519264c965f41ea92c890d26561c71b'
                    }
                    'i18n-message-de-pin.error.record_read_only': {
                        table: 'sys_ui_message'
                        id: '2f614347b325463392f56eb16bcfe657'
                    }
                    'i18n-message-de-pin.error.runner_cannot_write': {
                        table: 'sys_ui_message'
                        id: 'b5182b79a42542d4b5fdc2e0e7a12934'
                    }
                    'i18n-message-de-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '1d16c1bb9c1c4d42a555cadee1312259'
                    }
                    'i18n-message-de-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '54dc596ea4994c0f993080abda6e7f2b'
                    }
                    'i18n-message-de-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '1e758c78a25e431680974b0c22c22540'
                    }
                    'i18n-message-de-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: 'ec50bc231b4647f390638a10ec2eeb70'
                    }
                    'i18n-message-de-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '2139c7b83b9b4bf8a7ca3b2a0bacefee'
                    }
                    'i18n-message-de-pin.error.table_not_task': {
                        table: 'sys_ui_message'
                        id: '6901513b924741da96877a4f4e3ff5f2'
                    }
                    'i18n-message-de-pin.error.technician_email_not_unique': {
                        table: 'sys_ui_message'
                        id: '37e1d08900774667b445a445d3fa3b64'
                    }
                    'i18n-message-de-pin.error.technician_no_email': {
                        table: 'sys_ui_message'
                        id: '9b9d2c59fcb34ce4a627a04961975f9d'
                    }
                    'i18n-message-de-pin.error.technician_no_role': {
                        table: 'sys_ui_message'
                        id: '9c71406f49a04e65b8c897c2c3091bcd'
                    }
                    'i18n-message-de-pin.error.technician_unknown': {
                        table: 'sys_ui_message'
                        id: '516832c6f1154fa89adda22121ae1271'
                    }
                    'i18n-message-de-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: 'fa9e3999abfb4bdc8273d72f98b119f5'
                    }
                    'i18n-message-de-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '5785bd33f25d4ad68531ab9132498add'
                    }
                    'i18n-message-de-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: 'e480e7a8640a45218a31ef333a0fe391'
                    }
                    'i18n-message-de-pin.modal.done': {
                        table: 'sys_ui_message'
                        id: 'dd418d8531c342529d7d10ae83eeb936'
                        deleted: true
                    }
                    'i18n-message-de-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: '805d0c3933264f07bb345568d9d39637'
                        deleted: true
                    }
                    'i18n-message-de-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '879744cecca7439b8c2ed5691a1893d6'
                        deleted: true
                    }
                    'i18n-message-de-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: 'f9b957c71b47460f90ea9913a67cd411'
                    }
                    'i18n-message-de-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '1406c5bcf5664e43bb77da95026c2f73'
                    }
                    'i18n-message-de-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: 'bdacfb7f3b564bbfb2acc5912b841209'
                    }
                    'i18n-message-de-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: 'eec2ad4a3a0c4283b54052fb43161872'
                    }
                    'i18n-message-de-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: '29f96877fd8a4e83a6b029a6a5a4dc01'
                    }
                    'i18n-message-de-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: '06d88c50a3114bb4a9b828dd989ffcdd'
                        deleted: true
                    }
                    'i18n-message-de-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: 'a6e1dd35d3534819a0e536642b4b3bc5'
                    }
                    'i18n-message-de-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '197b7efb56a24da6a86e7a1d90bfc362'
                    }
                    'i18n-message-de-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '1dcd3f19d2064b78a5b1650c5c47abb1'
                    }
                    'i18n-message-de-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '5a2e439d04a24916a01c2a0f39ad6277'
                    }
                    'i18n-message-de-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: 'e6f41d211e2f45309058cf2741c70967'
                    }
                    'i18n-message-de-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: 'ee26cf7fac10415c9588d24834c013d6'
                    }
                    'i18n-message-de-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: 'd81ff99697d3465c93d20ece62f4229f'
                    }
                    'i18n-message-de-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '82b738cc7252471d845c5b99c5038c4b'
                    }
                    'i18n-message-de-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: '9e0fcbe147434f4ab7a5c3c3936fc05a'
                    }
                    'i18n-message-de-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '5e26b72e820c4d8eb566f41eab534633'
                    }
                    'i18n-message-de-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: '9b8c5ca3ac7d42109fc7c5800e2ea227'
                    }
                    'i18n-message-de-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '495267339b554e05a7f2aa37c3186a2e'
                    }
                    'i18n-message-de-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: '89e92b8ad2e645be9df125ada846d314'
                    }
                    'i18n-message-de-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '5addf99c92f34c6388db8a43ffe3cb4b'
                    }
                    'i18n-message-de-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: 'a1d26f2998c445ecb07667de1cd173f2'
                    }
                    'i18n-message-de-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: 'f6bb4a9136ce4f14aa8d1d8eb84282a5'
                    }
                    'i18n-message-de-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '72ab67d3d75c4b989ea6dca291489dca'
                    }
                    'i18n-message-de-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '6a5200f004d44bb599742c324f16bb6e'
                    }
                    'i18n-message-de-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '177ff8623993446b8189f0d1e7c28dcb'
                    }
                    'i18n-message-de-pin.success.reused': {
                        table: 'sys_ui_message'
                        id: '9dbaca9158b94c829819147ecca82d70'
                    }
                    'i18n-message-de-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: '3b732177848e471c9caf153c81b0fa11'
                    }
                    'i18n-message-de-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: 'aea2141b707e44d393b4978b2b5ede62'
                    }
                    'i18n-message-de-pin.work_note': {
                        table: 'sys_ui_message'
                        id: 'f54adb13f7554562928a141f770ab0a9'
                    }
                    'i18n-message-de-pin.work_note_no_customer': {
                        table: 'sys_ui_message'
                        id: '55bac1a15ab346a899ecce730a4a0d20'
                    }
                    'i18n-message-de-recovery.run.done': {
                        table: 'sys_ui_message'
                        id: '20a370be622d4d8385ae4c7297d5cfe6'
                    }
                    'i18n-message-de-recovery.run.failed': {
                        table: 'sys_ui_message'
                        id: '39558d1309d64c30b7a19799ce17bf51'
                    }
                    'i18n-message-de-recovery.run.never': {
                        table: 'sys_ui_message'
                        id: '6d6f776714944109b943d92e960ae3c8'
                    }
                    'i18n-message-de-recovery.settings.bad_nodes': {
                        table: 'sys_ui_message'
                        id: '5be9386ae1b14a01b299c3764e0d9406'
                    }
                    'i18n-message-de-recovery.settings.no_token': {
                        table: 'sys_ui_message'
                        id: 'c66ee1f4f2b144138aa2f35f5d548e7f'
                    }
                    'i18n-message-de-recovery.token.no_settings': {
                        table: 'sys_ui_message'
                        id: '9f03622d1f964d5899c824d95e100e3a'
                    }
                    'i18n-message-de-recovery.token.ok': {
                        table: 'sys_ui_message'
                        id: '8cc0978d102141d3932a1c9799783b5c'
                    }
                    'i18n-message-de-recovery.token.refused': {
                        table: 'sys_ui_message'
                        id: '33fc6679596142dbb64f90771d82dc51'
                    }
                    'i18n-message-de-recovery.token.unreachable': {
                        table: 'sys_ui_message'
                        id: '96033e91d7554bf9bf2bc6ac44c01b11'
                    }
                    'i18n-message-de-recovery.token.unreadable': {
                        table: 'sys_ui_message'
                        id: 'ed86d4241df84d23afdd11a18de70b1a'
                    }
                    'i18n-message-de-time_worked.comment': {
                        table: 'sys_ui_message'
                        id: '4d0f19259f8a453bb9bf97559ce69c41'
                    }
                    'i18n-message-de-time_worked.no_address': {
                        table: 'sys_ui_message'
                        id: '466d85f2be3d48ac9f637c2fbd33649d'
                    }
                    'i18n-message-de-time_worked.no_user': {
                        table: 'sys_ui_message'
                        id: '1496790df1e04394b53f6b1c47c1927b'
                    }
                    'i18n-message-de-time_worked.several_users': {
                        table: 'sys_ui_message'
                        id: '59dfd40eed6e4193b2566ea04df047d5'
                    }
                    'i18n-message-de-time_worked.technician_with_address': {
                        table: 'sys_ui_message'
                        id: '4a5a5dd5f91d42e4b80392ee1ef5baac'
                    }
                    'i18n-message-de-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: 'ad4e5beba50146318e13d209e94b22db'
                    }
                    'i18n-message-de-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: '545dafd99b084254a5bd88e6fec8cf0c'
                    }
                    'i18n-message-de-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: 'a544b36b0c3d40578084808cbbc1dc5e'
                    }
                    'i18n-message-de-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '943997b973f84cc69d6197d9fef17ca2'
                    }
                    'i18n-message-de-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: 'c91d8855ad764251a56f18266e0bec00'
                    }
                    'i18n-message-de-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: '4a62d28460284dfe9f18abd71f02da38'
                    }
                    'i18n-message-de-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: 'f90eb9000e2041da90f9bf5393c79dad'
                    }
                    'i18n-message-de-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '600b35ae755142759954c949667af2b4'
                    }
                    'i18n-message-de-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '7a9ce822c47c4da19667575f5a4f5579'
                    }
                    'i18n-message-de-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: '350662d3752642ad86d0003702f7a8cb'
                    }
                    'i18n-message-de-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '133c0c37cad74106bfb673295fa70144'
                    }
                    'i18n-message-de-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: 'db0dac1ee10b4d27bef1d2521c517bc1'
                    }
                    'i18n-message-de-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: 'ca23df915bbb4f2a990d6aafb8911666'
                    }
                    'i18n-message-de-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: '94ebf20fbbca40f3a7e38f0194b3db91'
                    }
                    'i18n-message-de-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '3641dd2224f64760807e3f22aa457d1a'
                    }
                    'i18n-message-de-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: '266b562e18f34108a99eb69e69b5d7f1'
                    }
                    'i18n-message-de-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '2241b2fafd5a4e4198297759f6f7e45f'
                    }
                    'i18n-message-de-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '79417222502443cca60be65c30ce6506'
                    }
                    'i18n-message-de-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '8e3019cbbedf4149a887b59d582567db'
                    }
                    'i18n-message-de-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'e00f82092895469aa26e5914fedf6383'
                    }
                    'i18n-message-de-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: '4d4f666bc69d4b908439e9b753b52915'
                    }
                    'i18n-message-de-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '75c5397498a94ff899bbdcea5d390b86'
                    }
                    'i18n-message-de-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: 'afdba1e78de141ee904631561017ea00'
                    }
                    'i18n-message-de-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: 'c46a3a4a3f5e4953ab3ee34842b8024c'
                    }
                    'i18n-message-de-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: 'c16bec3eac324cacbeb80bdf3172b157'
                    }
                    'i18n-message-de-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '2feba8e92ad346598c44ab5d51266e75'
                    }
                    'i18n-message-de-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '189b137d3b124066bbfa412af7ee9285'
                    }
                    'i18n-message-de-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: '4f3444a686db4c469ecb9d65d450b3d5'
                    }
                    'i18n-message-de-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: 'a965e2f2ceb84386b86e973cb6e34138'
                    }
                    'i18n-message-de-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: '36ef64275ef64c718cd1b6cc1456a87a'
                    }
                    'i18n-message-de-token.last_success': {
                        table: 'sys_ui_message'
                        id: 'a8f8f8ae6dcc47ddb5f46cdb2d6d493e'
                    }
                    'i18n-message-de-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: 'a802b403afda428981f7cb88c6277eef'
                    }
                    'i18n-message-de-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '8702672a8b204347b832aa62e20e817c'
                    }
                    'i18n-message-de-token.missing_username': {
                        table: 'sys_ui_message'
                        id: 'af89a4e00c3c4b0eaa6738b0036b0dce'
                    }
                    'i18n-message-de-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: 'f3e3ecaf0ccd4bb1b803317ad216c831'
                    }
                    'i18n-message-de-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '58204694834f48bf84347663849a8eb9'
                    }
                    'i18n-message-de-token.not_admin': {
                        table: 'sys_ui_message'
                        id: '9ebc91cfd5f04c40982f9c8d2cab602b'
                    }
                    'i18n-message-de-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: '84df9a854b52403596abc1c5f7a69301'
                    }
                    'i18n-message-de-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: 'a6fbee51e8484436b94bb9801d3add88'
                    }
                    'i18n-message-de-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: 'e46d425cc798484799314a2d5a3a00b7'
                    }
                    'i18n-message-de-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: '9d27bc55405a4574a55698437f7bcff6'
                    }
                    'i18n-message-de-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: '70b5380655644c89a74e2b6322484e0d'
                    }
                    'i18n-message-de-token.region.eu': {
                        table: 'sys_ui_message'
                        id: 'c0bcb586216f4b60846b60c8a312c568'
                    }
                    'i18n-message-de-token.region.global': {
                        table: 'sys_ui_message'
                        id: '8931f7af4011492eb0f019177e4b5183'
                    }
                    'i18n-message-de-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '95b5d230c1c34106b9807474d74f0860'
                    }
                    'i18n-message-de-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '553d9e508f0342518d5e68807e929aa9'
                    }
                    'i18n-message-de-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '76a2ca8891a34fedb831f0bea8ccf52f'
                    }
                    'i18n-message-de-token.step_sent': {
                        table: 'sys_ui_message'
                        id: 'dbd62ffee5be44fab8c0ff5770342831'
                    }
                    'i18n-message-de-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: '2799c10ee1f441a9a8e6206b0319ebd6'
                    }
                    'i18n-message-de-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '0c5ec7f595004195906861ec495879db'
                    }
                    'i18n-message-en-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: 'f78c8c437e544c7fb3454b33ce7de245'
                    }
                    'i18n-message-en-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '194c7ca280d448eba34eef659bf1b7c0'
                    }
                    'i18n-message-en-config.must_be_customer_fields': {
                        table: 'sys_ui_message'
                        id: 'bee3252f27444d95855d33b178f6f1b6'
                    }
                    'i18n-message-en-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: 'fe5709616c0e44f7a45d903e3cbdbb29'
                    }
                    'i18n-message-en-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '86e24cd97d0c40c7b3455dbb575682ca'
                    }
                    'i18n-message-en-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: 'e931dc944cfc4b32855f7597e49e6bf3'
                    }
                    'i18n-message-en-config.must_be_minutes': {
                        table: 'sys_ui_message'
                        id: '2c998e27deb544a08280f77a87aa14f6'
                    }
                    'i18n-message-en-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: 'c07c2748264643f4bc8d6bdc1370cf5c'
                    }
                    'i18n-message-en-config.must_be_tables': {
                        table: 'sys_ui_message'
                        id: '0738f71bb714439a906f4d00275a3fac'
                    }
                    'i18n-message-en-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'bd77f4920e0b45508feb0001b65bbe6c'
                    }
                    'i18n-message-en-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: '91cd09c9f3b84b1985451cad85feb09e'
                    }
                    'i18n-message-en-connection.failed': {
                        table: 'sys_ui_message'
                        id: 'a34f1609784e4813a625507042af4035'
                        deleted: true
                    }
                    'i18n-message-en-connection.failed_disabled': {
                        table: 'sys_ui_message'
                        id: '10961153597e494c82ff9762fc39c1a1'
                    }
                    'i18n-message-en-connection.failed_email_shared': {
                        table: 'sys_ui_message'
                        id: '3d4b7a0659ec4e10b5ac1311fc5498a8'
                    }
                    'i18n-message-en-connection.failed_internal': {
                        table: 'sys_ui_message'
                        id: 'f80af350475546e4946e0f79d27f479b'
                    }
                    'i18n-message-en-connection.failed_login': {
                        table: 'sys_ui_message'
                        id: '66c351ea254146d78f190b242d2a2804'
                    }
                    'i18n-message-en-connection.failed_missing': {
                        table: 'sys_ui_message'
                        id: '2a9413c111cb4d70b83ac7d7af0d678b'
                    }
                    'i18n-message-en-connection.failed_network': {
                        table: 'sys_ui_message'
                        id: '1883adef91a14f5fbf48a672d8c0d650'
                    }
                    'i18n-message-en-connection.failed_no_email': {
                        table: 'sys_ui_message'
                        id: '559c3578df3a4381b3666ac7a6677d2a'
                    }
                    'i18n-message-en-connection.failed_other': {
                        table: 'sys_ui_message'
                        id: '6343e623421e4a208248e6f72b222a06'
                    }
                    'i18n-message-en-connection.failed_settings': {
                        table: 'sys_ui_message'
                        id: '81a7c47427c1433ba2153a756c37820d'
                    }
                    'i18n-message-en-connection.failed_technician': {
                        table: 'sys_ui_message'
                        id: '04b05a0512a64279aeaa650f22fd8206'
                    }
                    'i18n-message-en-connection.next.disabled': {
                        table: 'sys_ui_message'
                        id: 'f6a635b63cf84d94adbfd87fa8f50e01'
                    }
                    'i18n-message-en-connection.next.email_shared': {
                        table: 'sys_ui_message'
                        id: '02da273abb284aff8946f6b5026abfcc'
                    }
                    'i18n-message-en-connection.next.login': {
                        table: 'sys_ui_message'
                        id: '83aa3d8066864f07b6f377a6ba808c3f'
                    }
                    'i18n-message-en-connection.next.missing': {
                        table: 'sys_ui_message'
                        id: '60b96d5ffd454e90941459690bcdcb04'
                    }
                    'i18n-message-en-connection.next.network': {
                        table: 'sys_ui_message'
                        id: '6ca75fbf87134ad7b9cf44024b728b53'
                    }
                    'i18n-message-en-connection.next.no_email': {
                        table: 'sys_ui_message'
                        id: 'cdb0405190ab48ea88d00ba7756a57e9'
                    }
                    'i18n-message-en-connection.next.not_admin': {
                        table: 'sys_ui_message'
                        id: '415446d0cd5d4e81b0fa56f343de653f'
                    }
                    'i18n-message-en-connection.next.ok': {
                        table: 'sys_ui_message'
                        id: '7f17b74956b549e8bf9ea5f674821423'
                    }
                    'i18n-message-en-connection.next.settings': {
                        table: 'sys_ui_message'
                        id: 'e42032a929e943419f9f48b9013e9722'
                    }
                    'i18n-message-en-connection.next.system_log': {
                        table: 'sys_ui_message'
                        id: '0d4c94aee6fb47d38f34f4d2d56232d0'
                    }
                    'i18n-message-en-connection.next.technician': {
                        table: 'sys_ui_message'
                        id: 'c02073f21ee54693891fe04cba7ee4c2'
                    }
                    'i18n-message-en-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: 'ef6b4b4f68c94cc7aad79b6d348c9cdd'
                    }
                    'i18n-message-en-connection.ok': {
                        table: 'sys_ui_message'
                        id: '8eccad23d64943b98c783860bad41b9d'
                    }
                    'i18n-message-en-connection.setting_missing': {
                        table: 'sys_ui_message'
                        id: '7ce4c601eaa742da8b227433d2c89b02'
                    }
                    'i18n-message-en-connection.setting_problem': {
                        table: 'sys_ui_message'
                        id: 'dc6ea2390a4240cd82a863d9474bd9e2'
                    }
                    'i18n-message-en-connection.table_ignored': {
                        table: 'sys_ui_message'
                        id: '399a89b35d424b60819eb8851122a5ab'
                    }
                    'i18n-message-en-console.a_technician': {
                        table: 'sys_ui_message'
                        id: 'cd9ae89654714e1298fd412936ca4f34'
                    }
                    'i18n-message-en-console.description': {
                        table: 'sys_ui_message'
                        id: '3812f551316440f8bb1c8ac87b35e9f2'
                    }
                    'i18n-message-en-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '5935c99d54504d3b8971f145c76e03ab'
                    }
                    'i18n-message-en-console.not_shown': {
                        table: 'sys_ui_message'
                        id: 'fac8f531162c44da8ce7dfd9b7ea82da'
                    }
                    'i18n-message-en-console.short_description': {
                        table: 'sys_ui_message'
                        id: 'eb51ccb75d514da8806d029a8e9d8b9b'
                    }
                    'i18n-message-en-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '728b14b4fd084704a5cd78e2ebb91933'
                    }
                    'i18n-message-en-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: 'b4a8c435647f4ff8a89b3f7e493be145'
                    }
                    'i18n-message-en-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: 'c6d5b3fa5c864d6e89e4b32749d2698a'
                    }
                    'i18n-message-en-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: 'afd6a65790624c0e822295b0ab312f89'
                    }
                    'i18n-message-en-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '7a728b5ffd2d475888a49a7a7127bd1e'
                    }
                    'i18n-message-en-email.missing.check_post_url': {
                        table: 'sys_ui_message'
                        id: '6cceb6eacec44808a9620df5ce8c30c6'
                    }
                    'i18n-message-en-email.missing.check_token': {
                        table: 'sys_ui_message'
                        id: 'aeaa892e78314730899379c733ae284a'
                    }
                    'i18n-message-en-email.missing.count': {
                        table: 'sys_ui_message'
                        id: '5e4e506f3f164077a2889cbe346e4ba7'
                    }
                    'i18n-message-en-email.missing.subject': {
                        table: 'sys_ui_message'
                        id: 'eeb68b8d10c7445c98fecf00f81fc6ad'
                    }
                    'i18n-message-en-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: 'e138c022b39e4cea99288f7b6696a82c'
                    }
                    'i18n-message-en-email.technician.join': {
                        table: 'sys_ui_message'
                        id: '641410eb46e1443f9df241b3f7da7f44'
                    }
                    'i18n-message-en-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: '6c9585ad5f164b1c9d5957e29a7b614d'
                    }
                    'i18n-message-en-email.token.action': {
                        table: 'sys_ui_message'
                        id: '97ffdf13b2ac4ad481cb6a0ef7b4353a'
                    }
                    'i18n-message-en-email.token.after': {
                        table: 'sys_ui_message'
                        id: '8f45688b021340a492bc1ed7343e3b7c'
                    }
                    'i18n-message-en-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '14e94346271e44109d2845a3d0270ec0'
                    }
                    'i18n-message-en-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: '6eda6151cd6348ada2b87fff8319d582'
                    }
                    'i18n-message-en-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '3ff0c823f09f494da33cb68dbe7ff7aa'
                    }
                    'i18n-message-en-list.sentences': {
                        table: 'sys_ui_message'
                        id: 'e0e42d4af42d42b6a197c2a9d58b670c'
                    }
                    'i18n-message-en-list.two': {
                        table: 'sys_ui_message'
                        id: '6bf072e6ed00416baf2529d2e02c103a'
                    }
                    'i18n-message-en-note.chat_log_attachment': {
                        table: 'sys_ui_message'
                        id: 'afafbcadbd1c4ac8b82c8d7efc686430'
                    }
                    'i18n-message-en-note.chat_log_attachment_one_line': {
                        table: 'sys_ui_message'
                        id: 'd01cdfabb63c42948a524606cd43c6e0'
                    }
                    'i18n-message-en-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: '3743a61047244671a400338aa32e2050'
                        deleted: true
                    }
                    'i18n-message-en-note.ended': {
                        table: 'sys_ui_message'
                        id: '75d48658e66b42eba1f1a41697a2aed0'
                    }
                    'i18n-message-en-note.ended_at': {
                        table: 'sys_ui_message'
                        id: 'cd5675c556ed449c8f2e27a6955a66e8'
                    }
                    'i18n-message-en-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: 'e1270d52f6e74a72b7576ea4117649a5'
                    }
                    'i18n-message-en-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: 'e448f40c403c4ce980b732e6650fc366'
                    }
                    'i18n-message-en-note.from_report': {
                        table: 'sys_ui_message'
                        id: '4d0d6224749f4a09bd3dcde9f1c10101'
                    }
                    'i18n-message-en-note.hours': {
                        table: 'sys_ui_message'
                        id: 'e05bbbc981e148c6a55cc1dbc9c6492c'
                    }
                    'i18n-message-en-note.hours_minutes': {
                        table: 'sys_ui_message'
                        id: '541b341a448b48f59f946462d5813fa2'
                    }
                    'i18n-message-en-note.line': {
                        table: 'sys_ui_message'
                        id: '5ff260df52154e43842434b0203098bd'
                    }
                    'i18n-message-en-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: 'f2811d88a67d4e2899661f82f1460f6c'
                    }
                    'i18n-message-en-note.minutes': {
                        table: 'sys_ui_message'
                        id: 'b4a4205356324e219fcdbe40b241070b'
                    }
                    'i18n-message-en-note.minutes_seconds': {
                        table: 'sys_ui_message'
                        id: '8d45dcd00907420f92beea96abdd2946'
                    }
                    'i18n-message-en-note.seconds': {
                        table: 'sys_ui_message'
                        id: '84cfd9d4f64144c3b3575835cb8b25ef'
                    }
                    'i18n-message-en-note.size_bytes': {
                        table: 'sys_ui_message'
                        id: '205c394e871e4b16ae363b5f970bc9e9'
                    }
                    'i18n-message-en-note.size_gb': {
                        table: 'sys_ui_message'
                        id: '25dd6925f5b847a295fcdfc12a03b04c'
                    }
                    'i18n-message-en-note.size_kb': {
                        table: 'sys_ui_message'
                        id: '5e630e64b15741198c255b0b41dec247'
                    }
                    'i18n-message-en-note.size_mb': {
                        table: 'sys_ui_message'
                        id: '1028542ac65a4909b4124255e53b5c50'
                    }
                    'i18n-message-en-note.started': {
                        table: 'sys_ui_message'
                        id: 'fab53478ddac4ad0b91a726b818ed6c7'
                    }
                    'i18n-message-en-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: 'feaa2478d38344949933bd40eea8a4a1'
                    }
                    'i18n-message-en-note.technician_unknown': {
                        table: 'sys_ui_message'
                        id: 'a9a8f6e690464e01bd9a30212201dc64'
                    }
                    'i18n-message-en-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: 'a1323191c6274119aaa90dec1b5cb766'
                    }
                    'i18n-message-en-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: '096a80cbd7e04637953429b9abce9355'
                    }
                    'i18n-message-en-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '830d79db75384a3688203ccd4661e95c'
                    }
                    'i18n-message-en-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: '148eb097d8a145728c29882d672f3061'
                    }
                    'i18n-message-en-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: 'e15d436967cc43b1a98741be7a3adf58'
                    }
                    'i18n-message-en-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: 'a4f2c7e870414107a0b073c36c746efe'
                    }
                    'i18n-message-en-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: 'c89cba86b5cb4c088155100b36539f75'
                    }
                    'i18n-message-en-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: 'e21f12a139674916b2ee6ebf44b8490f'
                    }
                    'i18n-message-en-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: 'bd286169711e4dacab56eee1cd81bbe4'
                    }
                    'i18n-message-en-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '261af3969b9143b2b3564ac9887384bd'
                    }
                    'i18n-message-en-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: '4f56b83b9b7747a39ce31b12526a1dc0'
                    }
                    'i18n-message-en-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: 'ff00f557c2ed4f09a5c2b801e061eb48'
                    }
                    'i18n-message-en-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '8540da5cf22245b9a9495a08f38e7a4c'
                    }
                    'i18n-message-en-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: 'cbe5dda2c61d48b5bc5065edf0300d08'
                    }
                    'i18n-message-en-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '22ebd78636c142b6945d09f7bdb21e81'
                    }
                    'i18n-message-en-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '1ef42c2578824e0f8c36bc8ca988798d'
                    }
                    'i18n-message-en-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '52bfb9e73c8144c5be9454d8d9b8219a'
                    }
                    'i18n-message-en-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: 'a366d286197449c99162990e280cf2d6'
                    }
                    'i18n-message-en-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: '1c98661478194e0caec60b64936e214b'
                    }
                    'i18n-message-en-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: '87b48f4542b340b1b40807bae19e1e5a'
                    }
                    'i18n-message-en-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: 'fb11c1c194844c7e887205c95b159204'
                    }
                    'i18n-message-en-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: '13d45902ec7f4aa3a4754917382751a4'
                    }
                    'i18n-message-en-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '22a062c8a51f46d482b0c79697c737e5'
                    }
                    'i18n-message-en-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: 'e290185299754f23bd15582eeb81eff9'
                    }
                    'i18n-message-en-page.test.asking': {
                        table: 'sys_ui_message'
                        id: 'c8f57423dc9e45d5b96028df95f9c57d'
                    }
                    'i18n-message-en-page.test.intro': {
                        table: 'sys_ui_message'
                        id: '1d85326f83824a3484298840a238fd0e'
                    }
                    'i18n-message-en-page.test.no_answer': {
                        table: 'sys_ui_message'
                        id: '7edc866f02ef478da7c7b681532c2d8e'
                    }
                    'i18n-message-en-page.test.run': {
                        table: 'sys_ui_message'
                        id: 'e8bba66c671c468d8415386aa1dc3088'
                    }
                    'i18n-message-en-page.test.title': {
                        table: 'sys_ui_message'
                        id: 'a20a53b90fed4f1280958050c7d82e90'
                    }
                    'i18n-message-en-page.token.application': {
                        table: 'sys_ui_message'
                        id: '127e1a611a534fb2ac5ee56ce4b1c2be'
                    }
                    'i18n-message-en-page.token.intro': {
                        table: 'sys_ui_message'
                        id: 'e57a5eb837f84cc5a4c1ac7a4b07bd3a'
                    }
                    'i18n-message-en-page.token.no_answer': {
                        table: 'sys_ui_message'
                        id: '033170ff4aa449c9a9a6bc80a882a56f'
                    }
                    'i18n-message-en-page.token.open_request': {
                        table: 'sys_ui_message'
                        id: '9d7a5c9054534b1dbaa60e75f9bda391'
                    }
                    'i18n-message-en-page.token.run': {
                        table: 'sys_ui_message'
                        id: 'b3447cfa34e74419b5f9eaf35951198d'
                    }
                    'i18n-message-en-page.token.running': {
                        table: 'sys_ui_message'
                        id: 'fd4cc1ff1ddb4cf79e3a3f3e0f3cf4bc'
                    }
                    'i18n-message-en-page.token.title': {
                        table: 'sys_ui_message'
                        id: 'f95180c471d649aabdbf57ec34fa6158'
                    }
                    'i18n-message-en-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '054c690eeca8498ebb4639b296848b89'
                    }
                    'i18n-message-en-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: 'f499f8e3e849487ba010601bf26d5db8'
                    }
                    'i18n-message-en-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '082afa73bfc849f0934db23b4e78a55a'
                    }
                    'i18n-message-en-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '0c567dc6d3b14672b37377543530f27e'
                    }
                    'i18n-message-en-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: '3b166a9824c540088db8e865be2c63e9'
                    }
                    'i18n-message-en-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '83d13340871c498483d5896f7c963ca2'
                    }
                    'i18n-message-en-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: '66e5a357bb3b4121b3946a6bd594bea7'
                    }
                    'i18n-message-en-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: 'b066ebcafe1b4931ace6b179100ae307'
                    }
                    'i18n-message-en-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '73c7de92261943c8a2cec6b546ed0dcc'
                    }
                    'i18n-message-en-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: '4f80ad9c3aad4234b31f0731cac6f30e'
                    }
                    'i18n-message-en-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: 'e865c664e3b04a559bb344743afb77ff'
                    }
                    'i18n-message-en-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: '33ffde837dc7448689b321c8492b92b4'
                    }
                    'i18n-message-en-pin.error.no_customer_record': {
                        table: 'sys_ui_message'
                        id: '5534a9e4623d422ba8b9460157c18a2c'
                    }
                    'i18n-message-en-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '45e4ab9de90141e1be66656e7e96af26'
                    }
                    'i18n-message-en-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '859f4a1a295c48078e7df71f617c983a'
                    }
                    'i18n-message-en-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: 'a9586f8c56f44a3da2082e3aaf9b881a'
                    }
                    'i18n-message-en-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: '306434af164e4f3d983e6671ec7f4dbf'
                    }
                    'i18n-message-en-pin.error.record_read_only': {
                        table: 'sys_ui_message'
                        id: '916f14705dd445abbddac3628b2d51d6'
                    }
                    'i18n-message-en-pin.error.runner_cannot_write': {
                        table: 'sys_ui_message'
                        id: '9df03b2e500945f3b2abc3f187d56d2b'
                    }
                    'i18n-message-en-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: 'ddae77f96b6d4302b071da762d9c5f2d'
                    }
                    'i18n-message-en-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '03ea09476be6444d9d65697e41fd2c6d'
                    }
                    'i18n-message-en-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '4a5087a2bbc94cf68320b2d9ac69f035'
                    }
                    'i18n-message-en-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: '5b9b7c1028984d4aa1a2e68414c3b150'
                    }
                    'i18n-message-en-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '253d82150d0247c6960463ba31f30c43'
                    }
                    'i18n-message-en-pin.error.table_not_task': {
                        table: 'sys_ui_message'
                        id: 'a96eb70534f049abba3a688e1be9a175'
                    }
                    'i18n-message-en-pin.error.technician_email_not_unique': {
                        table: 'sys_ui_message'
                        id: '1ac31f85fd9946f9bf26ad0e4fdd9254'
                    }
                    'i18n-message-en-pin.error.technician_no_email': {
                        table: 'sys_ui_message'
                        id: '8dd8033d15eb41a99bf8580147fab656'
                    }
                    'i18n-message-en-pin.error.technician_no_role': {
                        table: 'sys_ui_message'
                        id: '985ef87afd1c4961ab34457d0160bde1'
                    }
                    'i18n-message-en-pin.error.technician_unknown': {
                        table: 'sys_ui_message'
                        id: '4f1903169cc6411faf7011836eb6c474'
                    }
                    'i18n-message-en-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: '92b6a5afced345dcaadd07a2a49eb525'
                    }
                    'i18n-message-en-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '42e13cbd895a4b5089c77ccbd9c983e4'
                    }
                    'i18n-message-en-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: 'adbdfe9af6db4065af9de91a78b86fff'
                    }
                    'i18n-message-en-pin.modal.done': {
                        table: 'sys_ui_message'
                        id: '4fa17a01f83844beaadfea48a7e4e199'
                        deleted: true
                    }
                    'i18n-message-en-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: '94cd4d732cf84015b18b8313ae890a2b'
                        deleted: true
                    }
                    'i18n-message-en-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '27e376df0ff3476db21d7f1e223610b9'
                        deleted: true
                    }
                    'i18n-message-en-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '8081d7b56a794dbc85385e51d21e81f4'
                    }
                    'i18n-message-en-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '382201f3147143508a172c056ff15c76'
                    }
                    'i18n-message-en-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: 'a55254a5e0b04822b4b36e71186b9003'
                    }
                    'i18n-message-en-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: '4e556cbe43194675b99ddd1238641495'
                    }
                    'i18n-message-en-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: '8d878e34b355455fb7e5f50ec28f62b1'
                    }
                    'i18n-message-en-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: 'edbb02c6b57a465aa32523dd6fca7252'
                        deleted: true
                    }
                    'i18n-message-en-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: '34bf375a706c4828821543225c228e45'
                    }
                    'i18n-message-en-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '022f04d39f114cee93cc5f374e89f9f6'
                    }
                    'i18n-message-en-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '41ffb2c8fa0340f38cfae4f6518c29dc'
                    }
                    'i18n-message-en-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '0becb6fbdc4d4c25bdb97fd4e5925b7b'
                    }
                    'i18n-message-en-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: 'cc0a7690e26b4bf7885e58f8a434742e'
                    }
                    'i18n-message-en-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '2cec7d60ed024bfbb9ea2bc013ade9d8'
                    }
                    'i18n-message-en-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '112ba5cec67a4c908fdacc59c48fd11a'
                    }
                    'i18n-message-en-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: 'fb51218adf7e4d56b41d733b7e4da05f'
                    }
                    'i18n-message-en-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: '1dbc4b1fe9cc47a28ee59300c96f6e9e'
                    }
                    'i18n-message-en-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: 'f06e11df4fb54d38a46ba7db12bc4516'
                    }
                    'i18n-message-en-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: '7701d57040664c8b8258a0bba11eb12f'
                    }
                    'i18n-message-en-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '960d199eb62c4a7eb3c1629c5aaa7a32'
                    }
                    'i18n-message-en-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: '94000934f1a2427cacbdbfba8981bd2b'
                    }
                    'i18n-message-en-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '5413481901214e5984768c343f46593a'
                    }
                    'i18n-message-en-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: 'b258af4b18c54d1eb4fc6e6825aa408c'
                    }
                    'i18n-message-en-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: '5ed5de13b5dd4adbb4f73816973470a9'
                    }
                    'i18n-message-en-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: '156a2b178bc54671a8b670ed982ca617'
                    }
                    'i18n-message-en-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '83f0813c143c48a287eb529b844c22a6'
                    }
                    'i18n-message-en-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '0a6015ef33ce4dfda5d3357018114a48'
                    }
                    'i18n-message-en-pin.success.reused': {
                        table: 'sys_ui_message'
                        id: '23d4077f244e4a7a9421c87c00533763'
                    }
                    'i18n-message-en-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: '004ccfe67ca748e2af8fc75ea6ede33f'
                    }
                    'i18n-message-en-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: '5a58044366974b5fb4cb0ee7578d693d'
                    }
                    'i18n-message-en-pin.work_note': {
                        table: 'sys_ui_message'
                        id: 'f9826acdacfc4a778f2587432404a730'
                    }
                    'i18n-message-en-pin.work_note_no_customer': {
                        table: 'sys_ui_message'
                        id: '98abdedfa1d1473c8b8ba812483690a0'
                    }
                    'i18n-message-en-recovery.run.done': {
                        table: 'sys_ui_message'
                        id: '8e98504dde6e45e3ae6e01c5e0be7d54'
                    }
                    'i18n-message-en-recovery.run.failed': {
                        table: 'sys_ui_message'
                        id: 'ce20fc0b237946d4bef8246e11754454'
                    }
                    'i18n-message-en-recovery.run.never': {
                        table: 'sys_ui_message'
                        id: 'b14a0b2398344f2681e32ff41015b708'
                    }
                    'i18n-message-en-recovery.settings.bad_nodes': {
                        table: 'sys_ui_message'
                        id: 'f1a556811e1f4021b96eee1100ae00d8'
                    }
                    'i18n-message-en-recovery.settings.no_token': {
                        table: 'sys_ui_message'
                        id: '255b44eb28d244d5b9d17f80db4de788'
                    }
                    'i18n-message-en-recovery.token.no_settings': {
                        table: 'sys_ui_message'
                        id: 'c9d788ea5a964a718535c85ecd5323ac'
                    }
                    'i18n-message-en-recovery.token.ok': {
                        table: 'sys_ui_message'
                        id: 'f05e6d580bde4b1f98253daf0068d528'
                    }
                    'i18n-message-en-recovery.token.refused': {
                        table: 'sys_ui_message'
                        id: '7a5cfca31d6e45c4b9c407ed5a8a1f0d'
                    }
                    'i18n-message-en-recovery.token.unreachable': {
                        table: 'sys_ui_message'
                        id: '641b8ad5c8fc4884bc737695dbdac906'
                    }
                    'i18n-message-en-recovery.token.unreadable': {
                        table: 'sys_ui_message'
                        id: '11ed81b582d84786ae2a1c75d412a770'
                    }
                    'i18n-message-en-time_worked.comment': {
                        table: 'sys_ui_message'
                        id: '25e902fcabd64ab4916359150097e06a'
                    }
                    'i18n-message-en-time_worked.no_address': {
                        table: 'sys_ui_message'
                        id: '2670075df8b2410797843ba3400e3215'
                    }
                    'i18n-message-en-time_worked.no_user': {
                        table: 'sys_ui_message'
                        id: '74d93e5e6d194c1c9ff3a29cbf411cb2'
                    }
                    'i18n-message-en-time_worked.several_users': {
                        table: 'sys_ui_message'
                        id: '0fc48d1e591f439dbfd5139d511b8c0c'
                    }
                    'i18n-message-en-time_worked.technician_with_address': {
                        table: 'sys_ui_message'
                        id: '4065ff7a03ee438f9af9835470c34701'
                    }
                    'i18n-message-en-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: '6c6a20ce57534a5a98e717d186366fe2'
                    }
                    'i18n-message-en-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: 'cafcfccb04904a72a6a221e396b70df9'
                    }
                    'i18n-message-en-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '8b10a3ce8fcd440eb8c1a57c6e303288'
                    }
                    'i18n-message-en-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: 'a2a83a44b02649c58e765de61b6b1a77'
                    }
                    'i18n-message-en-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '66541b7ad8664c8bb44560b8f87e447f'
                    }
                    'i18n-message-en-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: '7da80642687946909fc510eb9412098b'
                    }
                    'i18n-message-en-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: '1aeea6009d7b4c319ef5423bc3881d06'
                    }
                    'i18n-message-en-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '47c977251b704b60aea59b46a0d7fd12'
                    }
                    'i18n-message-en-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '3c8ca54c66d9467b977cc1578c9e8ea6'
                    }
                    'i18n-message-en-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: '3ee0cc47c6654c6bb0d100bd354727b7'
                    }
                    'i18n-message-en-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '1c5fb7e1730e4791b39673ce12475f47'
                    }
                    'i18n-message-en-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: '8f229546281247f3aab651f996a508eb'
                    }
                    'i18n-message-en-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: 'd4cd134b6d5f4633883a2550d3c86409'
                    }
                    'i18n-message-en-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: '2248afeeb8b045f7a0c396c506ad19db'
                    }
                    'i18n-message-en-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '353350eae33e4751a1c72e4f5f6fb7b2'
                    }
                    'i18n-message-en-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: 'fd8446924de94844a8c1ad6f78bb017c'
                    }
                    'i18n-message-en-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '2adf0d430f9d4f77ab61e9dabae2e752'
                    }
                    'i18n-message-en-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '997ecb8fa90849dcaf1083dc693fbcca'
                    }
                    'i18n-message-en-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '4bf170b8833347f88d8de9541693bb38'
                    }
                    'i18n-message-en-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '334693801e914a01b4f63bdd453c0fb0'
                    }
                    'i18n-message-en-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: '3cdca2d78bba41498a4e6a2b28e56860'
                    }
                    'i18n-message-en-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '6c62545bd0ec4f799e8cc353daeb89ca'
                    }
                    'i18n-message-en-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: '581e0e6a2b2a42ffad3f6bb5eb958a45'
                    }
                    'i18n-message-en-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '9a92003445234133858fbe3b2e46ac2c'
                    }
                    'i18n-message-en-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: '5c31d939ee53412dba37e324cb1a020f'
                    }
                    'i18n-message-en-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '8435ea2707d1412289d07bb2424e6532'
                    }
                    'i18n-message-en-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '562d22c814cd44bc99de901d2c2283b2'
                    }
                    'i18n-message-en-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: 'fb69071e29fb436b8953f52e45f742c3'
                    }
                    'i18n-message-en-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: '74fcff43b3ad4b19989b61c19eb985f9'
                    }
                    'i18n-message-en-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: '00381ae9a4e741c584fec1647099a0bb'
                    }
                    'i18n-message-en-token.last_success': {
                        table: 'sys_ui_message'
                        id: '158e9037fdd3457a884e8c11fd0fa3b8'
                    }
                    'i18n-message-en-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: '90e0c95350424351b63057229cb56904'
                    }
                    'i18n-message-en-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '6ac32c0643c14768a9ace1e3a998db84'
                    }
                    'i18n-message-en-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '3e9e767dab8e4b84b7948dc2cd5f389d'
                    }
                    'i18n-message-en-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '89ac4b83a74949699fe6226f51ea48ce'
                    }
                    'i18n-message-en-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '9b00b239c1ac43f1aeddf9aed6f3fc00'
                    }
                    'i18n-message-en-token.not_admin': {
                        table: 'sys_ui_message'
                        id: 'b08917b2c8534fedb01a4b07704ca649'
                    }
                    'i18n-message-en-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: '00a660c34b5f4d8099c7570143b7e104'
                    }
                    'i18n-message-en-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: 'f8804cc024d04e839b6ffc1353d580b1'
                    }
                    'i18n-message-en-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '48cd08203fd84b2bb99586e263bc32a6'
                    }
                    'i18n-message-en-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: 'c7470fbb1dfb467b9a59ab832d43f854'
                    }
                    'i18n-message-en-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: 'adf49279b49c489c98c24ac7eb42bb9e'
                    }
                    'i18n-message-en-token.region.eu': {
                        table: 'sys_ui_message'
                        id: 'eab1a68d3dd44439b454af957bcea79a'
                    }
                    'i18n-message-en-token.region.global': {
                        table: 'sys_ui_message'
                        id: 'c7d3bf962c3f41f4ac1becc2b536437f'
                    }
                    'i18n-message-en-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '1ce64316ea144c4b8f117de0e7e6a94d'
                    }
                    'i18n-message-en-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '9e3006de620e4ae8b61c1ccfe68934d5'
                    }
                    'i18n-message-en-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: 'c6dc452f455f43648e0055d3b1b14bdb'
                    }
                    'i18n-message-en-token.step_sent': {
                        table: 'sys_ui_message'
                        id: '0c2da19b94d746a78dd91be4956933c2'
                    }
                    'i18n-message-en-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: '8536e3d0f4d9495cbf8d8eccced863ac'
                    }
                    'i18n-message-en-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '70320dcf74554f139a1d798ce4087900'
                    }
                    'i18n-message-fr-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: '9a5e2fe5601340d3944d2f921ef32a40'
                    }
                    'i18n-message-fr-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: '44c70aba38824f399ae708e71a39d973'
                    }
                    'i18n-message-fr-config.must_be_customer_fields': {
                        table: 'sys_ui_message'
                        id: '6498452969c345d8bdba4cbabc62a196'
                    }
                    'i18n-message-fr-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '52e33baad6c3411788dadf6c234e6254'
                    }
                    'i18n-message-fr-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '2d22f8c3e4c04e2c9920f683de7ba572'
                    }
                    'i18n-message-fr-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '13f9548429ee4ac5b8ddc7b7056f807c'
                    }
                    'i18n-message-fr-config.must_be_minutes': {
                        table: 'sys_ui_message'
                        id: '8f33aff3d8fe449fb0e194f67985d817'
                    }
                    'i18n-message-fr-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '2bca0fc8c6fd449cb6036650204e1651'
                    }
                    'i18n-message-fr-config.must_be_tables': {
                        table: 'sys_ui_message'
                        id: '83d52a926349447da4191c793cf14bd4'
                    }
                    'i18n-message-fr-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'c5a1d723cc7947f88e851aa4f8eb8e7d'
                    }
                    'i18n-message-fr-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: 'd1f20b00d8bf446da6f8ec51cd647a75'
                    }
                    'i18n-message-fr-connection.failed': {
                        table: 'sys_ui_message'
                        id: 'aec4b4e24ae44e1bb8421e41a07b130b'
                        deleted: true
                    }
                    'i18n-message-fr-connection.failed_disabled': {
                        table: 'sys_ui_message'
                        id: 'a499ee9bee4847b289256dfd305cc0d5'
                    }
                    'i18n-message-fr-connection.failed_email_shared': {
                        table: 'sys_ui_message'
                        id: '7b4e4982989f4c1d9f2d9811acd8b509'
                    }
                    'i18n-message-fr-connection.failed_internal': {
                        table: 'sys_ui_message'
                        id: '2277eba6c14a4815b881f8ba729c0b90'
                    }
                    'i18n-message-fr-connection.failed_login': {
                        table: 'sys_ui_message'
                        id: '650ca71b5714487293487590a0e1533a'
                    }
                    'i18n-message-fr-connection.failed_missing': {
                        table: 'sys_ui_message'
                        id: 'faef9168cf1147cb9ff0cc84b5516610'
                    }
                    'i18n-message-fr-connection.failed_network': {
                        table: 'sys_ui_message'
                        id: 'd19e3407f2ce47d8aa20392ba233fbdc'
                    }
                    'i18n-message-fr-connection.failed_no_email': {
                        table: 'sys_ui_message'
                        id: '070110358cc844d199a57305d58c7ffb'
                    }
                    'i18n-message-fr-connection.failed_other': {
                        table: 'sys_ui_message'
                        id: '5cef7f78138d4ff4b92d6af95c34d12d'
                    }
                    'i18n-message-fr-connection.failed_settings': {
                        table: 'sys_ui_message'
                        id: 'ade069f449af495f8ba55d6b369d92dc'
                    }
                    'i18n-message-fr-connection.failed_technician': {
                        table: 'sys_ui_message'
                        id: '1dfe31d7772448a1941874de8d3f7416'
                    }
                    'i18n-message-fr-connection.next.disabled': {
                        table: 'sys_ui_message'
                        id: 'a2c3be6fbd6b44bfaedd2246d5c6853d'
                    }
                    'i18n-message-fr-connection.next.email_shared': {
                        table: 'sys_ui_message'
                        id: '0ea2e8d82e15468b9d98f90d27a4018a'
                    }
                    'i18n-message-fr-connection.next.login': {
                        table: 'sys_ui_message'
                        id: '57ecffc2496f47238e3401d5178ec38c'
                    }
                    'i18n-message-fr-connection.next.missing': {
                        table: 'sys_ui_message'
                        id: 'a3180188519c4eb696cd796c77e6a2a0'
                    }
                    'i18n-message-fr-connection.next.network': {
                        table: 'sys_ui_message'
                        id: 'fc46cd7d379843c1962852e32242b8f0'
                    }
                    'i18n-message-fr-connection.next.no_email': {
                        table: 'sys_ui_message'
                        id: '0a8039520aa141258003e5731fb97c5d'
                    }
                    'i18n-message-fr-connection.next.not_admin': {
                        table: 'sys_ui_message'
                        id: '2a78dfda245e4b7b868e426c1f9a14d6'
                    }
                    'i18n-message-fr-connection.next.ok': {
                        table: 'sys_ui_message'
                        id: '46460987801846e0b4b82d1beaf5eec9'
                    }
                    'i18n-message-fr-connection.next.settings': {
                        table: 'sys_ui_message'
                        id: '95f87600fb204f7180170d08cba945c9'
                    }
                    'i18n-message-fr-connection.next.system_log': {
                        table: 'sys_ui_message'
                        id: '17afa5a06d294406acc30217a5b097f8'
                    }
                    'i18n-message-fr-connection.next.technician': {
                        table: 'sys_ui_message'
                        id: '23142d2390ff44e5b027434f3e00cc3a'
                    }
                    'i18n-message-fr-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: 'e528132b68cc4a8fb8f64557559c2de4'
                    }
                    'i18n-message-fr-connection.ok': {
                        table: 'sys_ui_message'
                        id: '99e3645ca0d04d2ea81ec82aa4b0484b'
                    }
                    'i18n-message-fr-connection.setting_missing': {
                        table: 'sys_ui_message'
                        id: '2797681f709a4b10a3e26dc2c050cacd'
                    }
                    'i18n-message-fr-connection.setting_problem': {
                        table: 'sys_ui_message'
                        id: 'd01d0ef8a2a940dd9c7e721fcd15afd1'
                    }
                    'i18n-message-fr-connection.table_ignored': {
                        table: 'sys_ui_message'
                        id: 'c931cb223e1c445d949bfaf531127562'
                    }
                    'i18n-message-fr-console.a_technician': {
                        table: 'sys_ui_message'
                        id: '74f1dfb7bad54a6f94662c261675479e'
                    }
                    'i18n-message-fr-console.description': {
                        table: 'sys_ui_message'
                        id: '951e14b76345476f8145008b3ad62c2e'
                    }
                    'i18n-message-fr-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '763eed90db36469a9497c7f14cf69b19'
                    }
                    'i18n-message-fr-console.not_shown': {
                        table: 'sys_ui_message'
                        id: '20d6da2acb5e4d64a2a91148e522f2e4'
                    }
                    'i18n-message-fr-console.short_description': {
                        table: 'sys_ui_message'
                        id: '6b2f051f82f64b9f8f714948fcf4b577'
                    }
                    'i18n-message-fr-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '4cb955954e90470ab651a9d7915e78da'
                    }
                    'i18n-message-fr-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '5644481c0041436bb1d27298ee6cfef8'
                    }
                    'i18n-message-fr-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '66c7b37b753b4d1f8881b2a692b6119d'
                    }
                    'i18n-message-fr-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: '928d53047c864a8f9d4042f2b4b16b4a'
                    }
                    'i18n-message-fr-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: '6c541e11685d4b8c90acde93d76d8f28'
                    }
                    'i18n-message-fr-email.missing.check_post_url': {
                        table: 'sys_ui_message'
                        id: '9d42f66575f4420b9f766796c4bda449'
                    }
                    'i18n-message-fr-email.missing.check_token': {
                        table: 'sys_ui_message'
                        id: '3f7587268f764913b71e7c00d9a520f0'
                    }
                    'i18n-message-fr-email.missing.count': {
                        table: 'sys_ui_message'
                        id: '69c62f4acc314fd1b9d56fa181235d69'
                    }
                    'i18n-message-fr-email.missing.subject': {
                        table: 'sys_ui_message'
                        id: 'e6566a525fbf4274b5dd8ce13234d133'
                    }
                    'i18n-message-fr-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '569f97e584d14cdcbaa4c94b68252b57'
                    }
                    'i18n-message-fr-email.technician.join': {
                        table: 'sys_ui_message'
                        id: '3f5730371b0b4483b593f115938acf1f'
                    }
                    'i18n-message-fr-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: 'dc4048947a2944adb3bfdb9c7ac4c95d'
                    }
                    'i18n-message-fr-email.token.action': {
                        table: 'sys_ui_message'
                        id: '1a3ae7e6b37f422da6269411dceff7c4'
                    }
                    'i18n-message-fr-email.token.after': {
                        table: 'sys_ui_message'
                        id: 'dd2b26a33b9e4efd89287098e4e76493'
                    }
                    'i18n-message-fr-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '64407441f22f48448933638d883676b1'
                    }
                    'i18n-message-fr-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: '8cd00c5931614f889512c076ff269d13'
                    }
                    'i18n-message-fr-email.token.subject': {
                        table: 'sys_ui_message'
                        id: 'de61f6d7cf3f444db5dd2f8890191966'
                    }
                    'i18n-message-fr-list.sentences': {
                        table: 'sys_ui_message'
                        id: '80bcd27ba4af473ab1da8858649a62e6'
                    }
                    'i18n-message-fr-list.two': {
                        table: 'sys_ui_message'
                        id: 'f6012f1732074545a116132cf295f513'
                    }
                    'i18n-message-fr-note.chat_log_attachment': {
                        table: 'sys_ui_message'
                        id: '56e1816f19ed46aca3bf894331f792d3'
                    }
                    'i18n-message-fr-note.chat_log_attachment_one_line': {
                        table: 'sys_ui_message'
                        id: '55584462417a4428907218734e12e10a'
                    }
                    'i18n-message-fr-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: '5bca5a953eb14be7b979f0cd8d0af29f'
                        deleted: true
                    }
                    'i18n-message-fr-note.ended': {
                        table: 'sys_ui_message'
                        id: 'bdd537c3534943b685945672e0b9f779'
                    }
                    'i18n-message-fr-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '9e18a11ca126448a848a99f5b58e8803'
                    }
                    'i18n-message-fr-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: '9658c96380ea4af8a58f88fe3f08844b'
                    }
                    'i18n-message-fr-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: '583403fea4a445e393b7505baadfe93a'
                    }
                    'i18n-message-fr-note.from_report': {
                        table: 'sys_ui_message'
                        id: '45f07e761cdc47eb8e8992c1cf3e1484'
                    }
                    'i18n-message-fr-note.hours': {
                        table: 'sys_ui_message'
                        id: '0b2e82ae29874c42807a6500e0606f05'
                    }
                    'i18n-message-fr-note.hours_minutes': {
                        table: 'sys_ui_message'
                        id: '976c9e82ba4c418e8adb187328776a10'
                    }
                    'i18n-message-fr-note.line': {
                        table: 'sys_ui_message'
                        id: '859f185b8be748139d2e442e0f7bab86'
                    }
                    'i18n-message-fr-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: '5d7c3c3d508d420eaef300e70f012272'
                    }
                    'i18n-message-fr-note.minutes': {
                        table: 'sys_ui_message'
                        id: '856b445c5d814285892d876e1ae9de88'
                    }
                    'i18n-message-fr-note.minutes_seconds': {
                        table: 'sys_ui_message'
                        id: 'd2d97eae8ade4fcbb7f6fc19dbd7af20'
                    }
                    'i18n-message-fr-note.seconds': {
                        table: 'sys_ui_message'
                        id: 'a05e6dfdd5c440cab2122afe2b694c4e'
                    }
                    'i18n-message-fr-note.size_bytes': {
                        table: 'sys_ui_message'
                        id: 'd2645d7ae7b44d83ab0a6bf6157ca5dc'
                    }
                    'i18n-message-fr-note.size_gb': {
                        table: 'sys_ui_message'
                        id: '21a927b1f15d40038ea553c6a5ff00a8'
                    }
                    'i18n-message-fr-note.size_kb': {
                        table: 'sys_ui_message'
                        id: '0f96cd14d94f47c7b0869c28954e536e'
                    }
                    'i18n-message-fr-note.size_mb': {
                        table: 'sys_ui_message'
                        id: '074cc4958e4a43d9a60a5d3113dbc9b9'
                    }
                    'i18n-message-fr-note.started': {
                        table: 'sys_ui_message'
                        id: 'a0325353a202439d8e43a2a1d37ba71d'
                    }
                    'i18n-message-fr-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: 'a966cbf38b124c10b94c8952bf1f2271'
                    }
                    'i18n-message-fr-note.technician_unknown': {
                        table: 'sys_ui_message'
                        id: '6b0d78225cc3471880e07478c8c3483d'
                    }
                    'i18n-message-fr-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: '317a2bb2e29c462da9c51196dfb28a45'
                    }
                    'i18n-message-fr-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: 'ae686707b129489e850d5c4a6848d0a7'
                    }
                    'i18n-message-fr-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '4e7c1d588ba34833972adaf5969c17eb'
                    }
                    'i18n-message-fr-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: 'dfe7fd9ff5a1478683173794d6b454ff'
                    }
                    'i18n-message-fr-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: '6b6c62ade7ab4b538587ce34dd7606ee'
                    }
                    'i18n-message-fr-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: 'f20632fe7c3b41e4973679a1a65fc7d0'
                    }
                    'i18n-message-fr-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: 'f02dd12fc89645c89ebbceaf586c7ec1'
                    }
                    'i18n-message-fr-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: 'c4c3199813cf4c748528e1c9d345a3b8'
                    }
                    'i18n-message-fr-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: 'ac5f4f554ad249adbb98b1d316ef6cfb'
                    }
                    'i18n-message-fr-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: '90f995fe6b924e708847a7aad63caad8'
                    }
                    'i18n-message-fr-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: 'd600a4e27c1442d7a87f363f26a56a57'
                    }
                    'i18n-message-fr-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: 'b27530f01d39410790227e84142e531d'
                    }
                    'i18n-message-fr-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: '8c05bcf7d3d74b63abedf8f8bfb57c46'
                    }
                    'i18n-message-fr-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: 'b02fa1583c78471796c390b0f8f14d81'
                    }
                    'i18n-message-fr-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: '73ad3d94c8d946d4b2594869532f89e9'
                    }
                    'i18n-message-fr-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: 'f60cb6d1f31f43c7b8768b0c9eb7e497'
                    }
                    'i18n-message-fr-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '64f74a0271444726973f9fe96cbf9ca6'
                    }
                    'i18n-message-fr-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: 'b50b9fffa11b4fb587d55dadde4649e7'
                    }
                    'i18n-message-fr-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: '394ca5e97b9149688653da10e93cf841'
                    }
                    'i18n-message-fr-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: 'e74e7f7b10f14487981b1396939ed219'
                    }
                    'i18n-message-fr-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: 'e38433d10a274968bff1773b5a9eb284'
                    }
                    'i18n-message-fr-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: 'd887cea633fc44089c40594713862c42'
                    }
                    'i18n-message-fr-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '627aae08d8fc457aaa699e31ca43e08c'
                    }
                    'i18n-message-fr-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: 'a2d0dc79968c40088d3aea3e576abc56'
                    }
                    'i18n-message-fr-page.test.asking': {
                        table: 'sys_ui_message'
                        id: '3dd46ae51e0242018f76c2251ddaa1ee'
                    }
                    'i18n-message-fr-page.test.intro': {
                        table: 'sys_ui_message'
                        id: '38c3fda11917497a8415833b6d27ac28'
                    }
                    'i18n-message-fr-page.test.no_answer': {
                        table: 'sys_ui_message'
                        id: 'e2db567d754e4106908da44c973aa18f'
                    }
                    'i18n-message-fr-page.test.run': {
                        table: 'sys_ui_message'
                        id: '7fbd13877d614202a2d939e84d6436bf'
                    }
                    'i18n-message-fr-page.test.title': {
                        table: 'sys_ui_message'
                        id: 'aea235cb81914058a4c4b71f695a67b7'
                    }
                    'i18n-message-fr-page.token.application': {
                        table: 'sys_ui_message'
                        id: 'b28d65e5086f4e42b984f52f5f036f6a'
                    }
                    'i18n-message-fr-page.token.intro': {
                        table: 'sys_ui_message'
                        id: 'b1fe1375d79d47bc84d897f4028df979'
                    }
                    'i18n-message-fr-page.token.no_answer': {
                        table: 'sys_ui_message'
                        id: 'f0323dad54c743f4b84f19a5b580ba27'
                    }
                    'i18n-message-fr-page.token.open_request': {
                        table: 'sys_ui_message'
                        id: '801e52567991479e87bf843d68fddbf6'
                    }
                    'i18n-message-fr-page.token.run': {
                        table: 'sys_ui_message'
                        id: 'd3a0e9d433974671a0e322b8072208ee'
                    }
                    'i18n-message-fr-page.token.running': {
                        table: 'sys_ui_message'
                        id: 'cdc9af16ad4e4333a0cfe5eeb831b232'
                    }
                    'i18n-message-fr-page.token.title': {
                        table: 'sys_ui_message'
                        id: '323279fbe8684dca9df081e76e0470a9'
                    }
                    'i18n-message-fr-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '5eccba45a8864d5e914c1fd322a85e4f'
                    }
                    'i18n-message-fr-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: 'd7f360a3d14d488c80e5302c66606a97'
                    }
                    'i18n-message-fr-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '6a050900beb841fdb9a790ddda1bcdbd'
                    }
                    'i18n-message-fr-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: 'd1c26f3d49304ae0ad80f728f93e2fff'
                    }
                    'i18n-message-fr-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: 'cbb127ba5a2648c481ca11edfd71be84'
                    }
                    'i18n-message-fr-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '46080a13823b4e949b581d132d97ffd8'
                    }
                    'i18n-message-fr-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: '73252ae406e74fdca1f60f1753ffe09e'
                    }
                    'i18n-message-fr-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: '042b9f5312c741e8b284b9da3a203d07'
                    }
                    'i18n-message-fr-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: 'a33534450f3147ed86733108fcf0ed2d'
                    }
                    'i18n-message-fr-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: 'df6c6320cca5414180668eca39b8bd7b'
                    }
                    'i18n-message-fr-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: 'f4502815ae424764afd66386f2d638dd'
                    }
                    'i18n-message-fr-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: 'c5e1d181427a4637821ea486a164c3d9'
                    }
                    'i18n-message-fr-pin.error.no_customer_record': {
                        table: 'sys_ui_message'
                        id: '7c1f76dfaf5243b2a83ef9a5102e9d5d'
                    }
                    'i18n-message-fr-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '6958a9ddf23e477e9ca25c194eb4422d'
                    }
                    'i18n-message-fr-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '14c24bfa14194bdbb05e61e9952a0cbb'
                    }
                    'i18n-message-fr-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '9b0ed71ecb4849f880b94a34d6d42afc'
                    }
                    'i18n-message-fr-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: 'cf0219495d6640469c92dba9fbda1cd3'
                    }
                    'i18n-message-fr-pin.error.record_read_only': {
                        table: 'sys_ui_message'
                        id: 'dffa710514cb4fbbb214f9f3326bd55f'
                    }
                    'i18n-message-fr-pin.error.runner_cannot_write': {
                        table: 'sys_ui_message'
                        id: '56d338eaface4da38a430f96b76a48cd'
                    }
                    'i18n-message-fr-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '2d9a1ededc964225b89d2c1fa5eaf0b4'
                    }
                    'i18n-message-fr-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: 'b0ef764847b64fbebf42eca9358db5a9'
                    }
                    'i18n-message-fr-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '7245cdf2afef434887679b660415ef22'
                    }
                    'i18n-message-fr-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: '2f076ffa91d54edfbafdcc12629163a9'
                    }
                    'i18n-message-fr-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '36e85e8a510a48688a08ca264e1c0f82'
                    }
                    'i18n-message-fr-pin.error.table_not_task': {
                        table: 'sys_ui_message'
                        id: '944a44bf3b7744868e9b2117b7c13c3f'
                    }
                    'i18n-message-fr-pin.error.technician_email_not_unique': {
                        table: 'sys_ui_message'
                        id: '99be141ea600498cbf95cefe5a60100d'
                    }
                    'i18n-message-fr-pin.error.technician_no_email': {
                        table: 'sys_ui_message'
                        id: '1224dcbb05ec4a6dac02ab19ac98af93'
                    }
                    'i18n-message-fr-pin.error.technician_no_role': {
                        table: 'sys_ui_message'
                        id: '7a527b6c7b8b478bb146ed8f0a46e8b5'
                    }
                    'i18n-message-fr-pin.error.technician_unknown': {
                        table: 'sys_ui_message'
                        id: '5d94fa4ebb1e492db09716d7b12adcd3'
                    }
                    'i18n-message-fr-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: 'e41e17436b564d6fa571d2b478d37be8'
                    }
                    'i18n-message-fr-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '9ae9dd3163e4401b9a23d08d9c92b971'
                    }
                    'i18n-message-fr-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: 'bc2a94c0396547b89fff59b5e594f415'
                    }
                    'i18n-message-fr-pin.modal.done': {
                        table: 'sys_ui_message'
                        id: 'e8ba0386529b4a0d98b2f22df63c0e07'
                        deleted: true
                    }
                    'i18n-message-fr-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: '684b71787c2a4f998e700a5dfe35e0fe'
                        deleted: true
                    }
                    'i18n-message-fr-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '4780332d0bc845dda3b82559adcdb288'
                        deleted: true
                    }
                    'i18n-message-fr-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: '90f351ba78c94c61b096ec2bfd8422a4'
                    }
                    'i18n-message-fr-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: '9ba7b677831f417b8cad0695cb9b608b'
                    }
                    'i18n-message-fr-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: 'e5f810dcc43c438f9797cf9be6c45579'
                    }
                    'i18n-message-fr-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: '5060df1d6edb42d1b609e91e2027df6e'
                    }
                    'i18n-message-fr-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: 'de213d42da704ba0824138180b6c7e28'
                    }
                    'i18n-message-fr-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: 'f7d3abcea96344b391f2806efd6fb66f'
                        deleted: true
                    }
                    'i18n-message-fr-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: 'ee8765aa2b114ad08adba61506a46cdb'
                    }
                    'i18n-message-fr-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: '0d3c97643e7b48a2831c6e7fa00ff80c'
                    }
                    'i18n-message-fr-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: '57ccdff339d34420bea9e8f5fbff38b3'
                    }
                    'i18n-message-fr-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '5b06374b572145dab98c2719dfa944e1'
                    }
                    'i18n-message-fr-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: '529f331fb3704232bac850c6660ff681'
                    }
                    'i18n-message-fr-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '1f501750eb10442fb6918ffc426a8d0a'
                    }
                    'i18n-message-fr-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: 'ecb1ffc439d44f14afd5ee65ec3f6d7f'
                    }
                    'i18n-message-fr-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '7c771a7eaab040af868ef29d2c76fe71'
                    }
                    'i18n-message-fr-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: '6ebf807d83a449139fa8a8c97b843bb9'
                    }
                    'i18n-message-fr-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: 'a3c441d0cd9c4d6fa252ea3cd1fcc074'
                    }
                    'i18n-message-fr-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: 'fc3015666d40422490df423d3b7e4839'
                    }
                    'i18n-message-fr-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: '750b7a024ce14413b1ec52e3ec2b2be7'
                    }
                    'i18n-message-fr-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: '311960a9ec704a3a97133d20faeea989'
                    }
                    'i18n-message-fr-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '257dfb36bc6f4ddb82ff380fd49080dc'
                    }
                    'i18n-message-fr-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '2f38612f52b14b7fbbcd34ec449f407c'
                    }
                    'i18n-message-fr-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: 'f6abf98e3ca54d15b00eb55c71cd8278'
                    }
                    'i18n-message-fr-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: 'dfaa20f6dbca46a6b025ca985993cde7'
                    }
                    'i18n-message-fr-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '7d67b0950c0a420f92168ad46a4a8aa0'
                    }
                    'i18n-message-fr-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: '81c7cc21f1eb4cecb65314f3e095f72e'
                    }
                    'i18n-message-fr-pin.success.reused': {
                        table: 'sys_ui_message'
                        id: 'ce8acaeb31f944babd9c407a1b8cdab2'
                    }
                    'i18n-message-fr-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: '4c77599e88e941a28e0b354003696c85'
                    }
                    'i18n-message-fr-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: '5b51dd66227e4e409e0ace7a84d737e0'
                    }
                    'i18n-message-fr-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '99f832b72a684db38e63ec2298386681'
                    }
                    'i18n-message-fr-pin.work_note_no_customer': {
                        table: 'sys_ui_message'
                        id: 'c592c8b0a2b44b83913845f78acf6b61'
                    }
                    'i18n-message-fr-recovery.run.done': {
                        table: 'sys_ui_message'
                        id: '7f2ebe86318f4a96928b14501fcbd6a6'
                    }
                    'i18n-message-fr-recovery.run.failed': {
                        table: 'sys_ui_message'
                        id: 'df2c2b495c664e29b96a3653e2226275'
                    }
                    'i18n-message-fr-recovery.run.never': {
                        table: 'sys_ui_message'
                        id: 'ca1fe0f58c994842a80c448754f7543d'
                    }
                    'i18n-message-fr-recovery.settings.bad_nodes': {
                        table: 'sys_ui_message'
                        id: '4ffe877eb4bb4159baa446f2a0527b11'
                    }
                    'i18n-message-fr-recovery.settings.no_token': {
                        table: 'sys_ui_message'
                        id: '4a0e74a931cd4d1db5c2340405f08017'
                    }
                    'i18n-message-fr-recovery.token.no_settings': {
                        table: 'sys_ui_message'
                        id: '3957cc9005a3408d8b98260329ff949c'
                    }
                    'i18n-message-fr-recovery.token.ok': {
                        table: 'sys_ui_message'
                        id: '54919bf5fa214b4d8aed3474b86576f4'
                    }
                    'i18n-message-fr-recovery.token.refused': {
                        table: 'sys_ui_message'
                        id: 'ae49f55a175c4731b55b80e6c333884e'
                    }
                    'i18n-message-fr-recovery.token.unreachable': {
                        table: 'sys_ui_message'
                        id: 'ed3d4ce2e2344fbab7070c24b16b18df'
                    }
                    'i18n-message-fr-recovery.token.unreadable': {
                        table: 'sys_ui_message'
                        id: '29359ed61a4542b2b26ae5ddb1407ac2'
                    }
                    'i18n-message-fr-time_worked.comment': {
                        table: 'sys_ui_message'
                        id: '41995aa3c79e472bbcdb18043a676a77'
                    }
                    'i18n-message-fr-time_worked.no_address': {
                        table: 'sys_ui_message'
                        id: '4c29e3c2fb7c483ea95cf0cef39a9173'
                    }
                    'i18n-message-fr-time_worked.no_user': {
                        table: 'sys_ui_message'
                        id: 'c677c8d1d6e840d7a948325f545b8bbf'
                    }
                    'i18n-message-fr-time_worked.several_users': {
                        table: 'sys_ui_message'
                        id: '408ea5c23bb2458abe4ae218aeb33835'
                    }
                    'i18n-message-fr-time_worked.technician_with_address': {
                        table: 'sys_ui_message'
                        id: 'ff53e29703a849f59bde627c98fa6ff3'
                    }
                    'i18n-message-fr-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: 'fce567f91d49413b96e69a4b10fef422'
                    }
                    'i18n-message-fr-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: '0d760c4d5ac64ffaa7cbdcebd4d6671c'
                    }
                    'i18n-message-fr-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: 'fac78780003a4c67b0c04ace8ae23f4b'
                    }
                    'i18n-message-fr-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: '7b8a6ea9ef224a568a8b819bde120c22'
                    }
                    'i18n-message-fr-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: 'f0ae8a82eef74e8b8decca8473518a1c'
                    }
                    'i18n-message-fr-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: 'bd391c97f2fc492c8e7d7076ac707364'
                    }
                    'i18n-message-fr-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: '6b95df00d1624420affccc909a4d590c'
                    }
                    'i18n-message-fr-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '63d16cecd4894637ab335af88cbd81b2'
                    }
                    'i18n-message-fr-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '05a11efe626c43908184f795b9c8d8f9'
                    }
                    'i18n-message-fr-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: '0ef8c84b57794f5a948c31ddd11d1b10'
                    }
                    'i18n-message-fr-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: '54b488e5c8b8430aa4c1ebfa4f1a0c3f'
                    }
                    'i18n-message-fr-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: 'ca2644d45df940889c57e16ec153c16a'
                    }
                    'i18n-message-fr-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: 'd517a9940bd241f1a770705a6c2d4b7f'
                    }
                    'i18n-message-fr-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: 'bcd5b8eb364146ab8fa990053106b950'
                    }
                    'i18n-message-fr-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: '7c3342568dff4adab91f0a01cbb0971e'
                    }
                    'i18n-message-fr-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: 'b0c0d35313de4f6d999e1589fbc9b827'
                    }
                    'i18n-message-fr-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: 'd479ed2cd94d4d77b02c8549326bc90c'
                    }
                    'i18n-message-fr-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '17d3d040614548098f644d18605d9469'
                    }
                    'i18n-message-fr-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: 'ef5456a613be4390a1a1f0d421ff881d'
                    }
                    'i18n-message-fr-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '759ac38ba9504f11a30e1b091c7b1cbd'
                    }
                    'i18n-message-fr-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: '64a61c49afdc44a291e20d8e69b77041'
                    }
                    'i18n-message-fr-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: '0bbcbff7838a4e7083533f2cbc4b3062'
                    }
                    'i18n-message-fr-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: 'a934f1f1941942bf8918f31236ada9f1'
                    }
                    'i18n-message-fr-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '44d4f61de6ec4ddba1de1da70d97bd40'
                    }
                    'i18n-message-fr-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: 'fb616eefca934a65afd43d6c2148cf06'
                    }
                    'i18n-message-fr-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '31652df675784f86baf984d7f7426514'
                    }
                    'i18n-message-fr-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: '0f7eaaf2d7dd4a2bbcd3e8496ffe14aa'
                    }
                    'i18n-message-fr-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: '96600b0f80074468b45fd9682d6d6ead'
                    }
                    'i18n-message-fr-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: 'c0b7095f8f304f8481506fee66a0330d'
                    }
                    'i18n-message-fr-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: '06e696da73e242eabd19e30c378fde20'
                    }
                    'i18n-message-fr-token.last_success': {
                        table: 'sys_ui_message'
                        id: '7be37820c4b74fe0888d010104add2fb'
                    }
                    'i18n-message-fr-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: '1473df498d5c45ce8bff65515e5177b1'
                    }
                    'i18n-message-fr-token.missing_password': {
                        table: 'sys_ui_message'
                        id: 'b9c5a3396bed43e0bff3c11fcf903c92'
                    }
                    'i18n-message-fr-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '8a9402ac39084d9b8fdded6f41e77344'
                    }
                    'i18n-message-fr-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '747e77a1b0d84539baa51dba139cbe14'
                    }
                    'i18n-message-fr-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: '0991d4e5cf6141a7ba693c55090f3144'
                    }
                    'i18n-message-fr-token.not_admin': {
                        table: 'sys_ui_message'
                        id: 'b6f0c663e1724772b7dd8eff46559036'
                    }
                    'i18n-message-fr-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: '1693be689bf1452187482a0c9fd96266'
                    }
                    'i18n-message-fr-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: '4971095622d54fa2b41b640bf18cdcd9'
                    }
                    'i18n-message-fr-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '950adcc2179e42508e7e9c15b444edf4'
                    }
                    'i18n-message-fr-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: '857f1910d807476eaefe6aab634834ee'
                    }
                    'i18n-message-fr-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: '4d072460b97e49b881008f941d247bc7'
                    }
                    'i18n-message-fr-token.region.eu': {
                        table: 'sys_ui_message'
                        id: 'a93ebb55d2494cb19409005d0e2d89f7'
                    }
                    'i18n-message-fr-token.region.global': {
                        table: 'sys_ui_message'
                        id: '76209c22ab024018ae8dca8202877393'
                    }
                    'i18n-message-fr-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: 'e0407db37cf0462b8af49af7c1b521a2'
                    }
                    'i18n-message-fr-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: '93e1e689d71b4fadbe9367e641b7a2d9'
                    }
                    'i18n-message-fr-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '9c5359af7bfb4465952ca1bcf6d28f2c'
                    }
                    'i18n-message-fr-token.step_sent': {
                        table: 'sys_ui_message'
                        id: '5563cb99157c49f498a0269c432a26a1'
                    }
                    'i18n-message-fr-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: 'c11c66f4691541d388ae872f27120e03'
                    }
                    'i18n-message-fr-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '9ac1ce4e9b604467b7024415bfcc44ab'
                    }
                    'i18n-message-nl-config.must_be_boolean': {
                        table: 'sys_ui_message'
                        id: 'f894d1edfe894045ac1252bbd824313b'
                    }
                    'i18n-message-nl-config.must_be_choice': {
                        table: 'sys_ui_message'
                        id: 'd123d73906704d279f4c69ecb917691b'
                    }
                    'i18n-message-nl-config.must_be_customer_fields': {
                        table: 'sys_ui_message'
                        id: 'aafbf90442bb4efb9f58d3575e2122f6'
                    }
                    'i18n-message-nl-config.must_be_digits': {
                        table: 'sys_ui_message'
                        id: '2cb1cbe1b140457ca4cd05584ae111a9'
                    }
                    'i18n-message-nl-config.must_be_field': {
                        table: 'sys_ui_message'
                        id: '261d68ed03b84e13a9ec60d4966177a2'
                    }
                    'i18n-message-nl-config.must_be_language': {
                        table: 'sys_ui_message'
                        id: '97c433d5524748b8962e753938d8ee1a'
                    }
                    'i18n-message-nl-config.must_be_minutes': {
                        table: 'sys_ui_message'
                        id: '8036242127c24ebc969d590c05c1dce9'
                    }
                    'i18n-message-nl-config.must_be_path': {
                        table: 'sys_ui_message'
                        id: '1a2a51f19ccb4f7fbc4000e399c2cfb9'
                    }
                    'i18n-message-nl-config.must_be_tables': {
                        table: 'sys_ui_message'
                        id: '6190bdb9c1ca471f85fe1e15cbd5866c'
                    }
                    'i18n-message-nl-config.must_be_timeout': {
                        table: 'sys_ui_message'
                        id: 'a8d10642381941cda1a4ad5c305d9896'
                    }
                    'i18n-message-nl-config.not_a_field': {
                        table: 'sys_ui_message'
                        id: '96ddccc8a5014841ad9dd49f69549c7f'
                    }
                    'i18n-message-nl-connection.failed': {
                        table: 'sys_ui_message'
                        id: '0039e99151eb4214a96decd7ec7c398c'
                        deleted: true
                    }
                    'i18n-message-nl-connection.failed_disabled': {
                        table: 'sys_ui_message'
                        id: 'c74cad96e6434cf5a9d52f11b1bc16e0'
                    }
                    'i18n-message-nl-connection.failed_email_shared': {
                        table: 'sys_ui_message'
                        id: '39a49020ee2c4642923fbccabb318681'
                    }
                    'i18n-message-nl-connection.failed_internal': {
                        table: 'sys_ui_message'
                        id: 'ce82e3bee40d4c3a8c79b5c18a9dc863'
                    }
                    'i18n-message-nl-connection.failed_login': {
                        table: 'sys_ui_message'
                        id: '5b2c6f7fe49a4b348f954dd10eba28ff'
                    }
                    'i18n-message-nl-connection.failed_missing': {
                        table: 'sys_ui_message'
                        id: '0d29c45d32d54806ad1a8cb10e40b058'
                    }
                    'i18n-message-nl-connection.failed_network': {
                        table: 'sys_ui_message'
                        id: '4d49198fac094b778ae78ee066a6030c'
                    }
                    'i18n-message-nl-connection.failed_no_email': {
                        table: 'sys_ui_message'
                        id: 'ac08d572b16c4011b2d208a65dcef76e'
                    }
                    'i18n-message-nl-connection.failed_other': {
                        table: 'sys_ui_message'
                        id: '64b961a2e9984f84953781540d3bfdfb'
                    }
                    'i18n-message-nl-connection.failed_settings': {
                        table: 'sys_ui_message'
                        id: '482994590a09466aa69127a4b48551d8'
                    }
                    'i18n-message-nl-connection.failed_technician': {
                        table: 'sys_ui_message'
                        id: 'cd988ee841aa4108ae16ed26ac0b844b'
                    }
                    'i18n-message-nl-connection.next.disabled': {
                        table: 'sys_ui_message'
                        id: 'e4e7a9c4c2ac4afeaf08b6974e49c2a3'
                    }
                    'i18n-message-nl-connection.next.email_shared': {
                        table: 'sys_ui_message'
                        id: 'be1eacd55cdb48838be49803f9aea5a1'
                    }
                    'i18n-message-nl-connection.next.login': {
                        table: 'sys_ui_message'
                        id: 'af03290a4b5f48cd8a96d4fa21cdb899'
                    }
                    'i18n-message-nl-connection.next.missing': {
                        table: 'sys_ui_message'
                        id: '7572005e5cd942d19586d2234c14a71b'
                    }
                    'i18n-message-nl-connection.next.network': {
                        table: 'sys_ui_message'
                        id: '8420023fa15e4b4691a4e052e81111cc'
                    }
                    'i18n-message-nl-connection.next.no_email': {
                        table: 'sys_ui_message'
                        id: 'fd621c2961234cd0a2b12cff97bb4d26'
                    }
                    'i18n-message-nl-connection.next.not_admin': {
                        table: 'sys_ui_message'
                        id: '071508176a5e481492d3ef5fcc8d9feb'
                    }
                    'i18n-message-nl-connection.next.ok': {
                        table: 'sys_ui_message'
                        id: '2c0dbb8cfb5d4b45b8721f667796faa1'
                    }
                    'i18n-message-nl-connection.next.settings': {
                        table: 'sys_ui_message'
                        id: 'e5d321872ad5411a807d080ffb31dbf8'
                    }
                    'i18n-message-nl-connection.next.system_log': {
                        table: 'sys_ui_message'
                        id: '12cf1ffad0154993935eff71b8e8124a'
                    }
                    'i18n-message-nl-connection.next.technician': {
                        table: 'sys_ui_message'
                        id: '5dda8a498a7c4012b55d49a1f86350d1'
                    }
                    'i18n-message-nl-connection.not_admin': {
                        table: 'sys_ui_message'
                        id: '56468d29c54145bfbee8df3081419b37'
                    }
                    'i18n-message-nl-connection.ok': {
                        table: 'sys_ui_message'
                        id: '3c0b63705a3148ccb68c20063e2a8b38'
                    }
                    'i18n-message-nl-connection.setting_missing': {
                        table: 'sys_ui_message'
                        id: 'a59e3b9e65f442a3b76ee1b0e798dd0c'
                    }
                    'i18n-message-nl-connection.setting_problem': {
                        table: 'sys_ui_message'
                        id: '7d760a4980ab46ada8c597ba5dab9e79'
                    }
                    'i18n-message-nl-connection.table_ignored': {
                        table: 'sys_ui_message'
                        id: 'f2bba7bea34149eb87d38639ab416d77'
                    }
                    'i18n-message-nl-console.a_technician': {
                        table: 'sys_ui_message'
                        id: '58527959919f47f994248c1ad0ab6977'
                    }
                    'i18n-message-nl-console.description': {
                        table: 'sys_ui_message'
                        id: 'f2f7d76a5ee94badb6098998a648c174'
                    }
                    'i18n-message-nl-console.given_by_customer': {
                        table: 'sys_ui_message'
                        id: '187b811f9d0545bea740d0822f2c35b7'
                    }
                    'i18n-message-nl-console.not_shown': {
                        table: 'sys_ui_message'
                        id: 'a26fc3d4c7a044e0883ff3c9205b93c1'
                    }
                    'i18n-message-nl-console.short_description': {
                        table: 'sys_ui_message'
                        id: '9bd5435553984858aa11d2cf3768bcec'
                    }
                    'i18n-message-nl-email.customer.greeting': {
                        table: 'sys_ui_message'
                        id: '750c4648d71a475bb185a1acc5cdedb6'
                    }
                    'i18n-message-nl-email.customer.ignore': {
                        table: 'sys_ui_message'
                        id: '83658c8604024720b8f918896aae656c'
                    }
                    'i18n-message-nl-email.customer.intro': {
                        table: 'sys_ui_message'
                        id: '43d1435239ef41e18477e396571b2f1b'
                    }
                    'i18n-message-nl-email.customer.open_link': {
                        table: 'sys_ui_message'
                        id: 'c06de15f8d0044cd85486239303b7279'
                    }
                    'i18n-message-nl-email.customer.subject': {
                        table: 'sys_ui_message'
                        id: 'ead8e7987e1842e19051e2733445ad69'
                    }
                    'i18n-message-nl-email.missing.check_post_url': {
                        table: 'sys_ui_message'
                        id: '8f181e0910bf4dbca45b773479e188b7'
                    }
                    'i18n-message-nl-email.missing.check_token': {
                        table: 'sys_ui_message'
                        id: '96eb79c98cab4548bb918251d39e93a5'
                    }
                    'i18n-message-nl-email.missing.count': {
                        table: 'sys_ui_message'
                        id: '9469ecee323c479bab1774ee833e4837'
                    }
                    'i18n-message-nl-email.missing.subject': {
                        table: 'sys_ui_message'
                        id: '9246d4c329fe4328b68af6389fcc7262'
                    }
                    'i18n-message-nl-email.technician.generated': {
                        table: 'sys_ui_message'
                        id: '3b9f0338401a4ee9b6ac3484ce4b5253'
                    }
                    'i18n-message-nl-email.technician.join': {
                        table: 'sys_ui_message'
                        id: '2d4a9a52d0df4547b05ce7565aea3eca'
                    }
                    'i18n-message-nl-email.technician.subject': {
                        table: 'sys_ui_message'
                        id: 'c7c8d4504e634ed285292604d930a419'
                    }
                    'i18n-message-nl-email.token.action': {
                        table: 'sys_ui_message'
                        id: '6920d013a596480e8f5ed6a173a0ccad'
                    }
                    'i18n-message-nl-email.token.after': {
                        table: 'sys_ui_message'
                        id: '5dce6452d2db4a9e9419981cbd93a11d'
                    }
                    'i18n-message-nl-email.token.expires': {
                        table: 'sys_ui_message'
                        id: '8c3dba6c4b60484a93418cf748127923'
                    }
                    'i18n-message-nl-email.token.menu_path': {
                        table: 'sys_ui_message'
                        id: 'f34eb5cefbe04daea5d02a5eb2a577b3'
                    }
                    'i18n-message-nl-email.token.subject': {
                        table: 'sys_ui_message'
                        id: '3ac4e1b3a03b41cda89f8ad7507b48b1'
                    }
                    'i18n-message-nl-list.sentences': {
                        table: 'sys_ui_message'
                        id: '7644e2d71e114eb2a14a98d9e541bceb'
                    }
                    'i18n-message-nl-list.two': {
                        table: 'sys_ui_message'
                        id: 'f830bbdca59e454cbe766faba594e679'
                    }
                    'i18n-message-nl-note.chat_log_attachment': {
                        table: 'sys_ui_message'
                        id: '02ac0256aafb4ebe9adb7896fb72043d'
                    }
                    'i18n-message-nl-note.chat_log_attachment_one_line': {
                        table: 'sys_ui_message'
                        id: '9d80d589f2954f978d4047df096e59b7'
                    }
                    'i18n-message-nl-note.duration_with_seconds': {
                        table: 'sys_ui_message'
                        id: 'a80a238b9def4b86ad00743069fa3824'
                        deleted: true
                    }
                    'i18n-message-nl-note.ended': {
                        table: 'sys_ui_message'
                        id: 'c2f03e30e89d42878efec4d312d0a8a9'
                    }
                    'i18n-message-nl-note.ended_at': {
                        table: 'sys_ui_message'
                        id: '98639bee05ff436ba9fa86c5c4c11547'
                    }
                    'i18n-message-nl-note.ended_at_work_time': {
                        table: 'sys_ui_message'
                        id: '714d55ba4f214708ac8acd5dfadaf17e'
                    }
                    'i18n-message-nl-note.ended_work_time': {
                        table: 'sys_ui_message'
                        id: '7ef2345663f94c1991d135d28a56a0b6'
                    }
                    'i18n-message-nl-note.from_report': {
                        table: 'sys_ui_message'
                        id: '1697ca8c70d24a41aa6bb0b8ded384e3'
                    }
                    'i18n-message-nl-note.hours': {
                        table: 'sys_ui_message'
                        id: '10a88318c0174a1990883176889e1310'
                    }
                    'i18n-message-nl-note.hours_minutes': {
                        table: 'sys_ui_message'
                        id: 'a3ee8cd86a284c92a646635bf0a2b36c'
                    }
                    'i18n-message-nl-note.line': {
                        table: 'sys_ui_message'
                        id: '8ab13957d1904efaa218a4d0e84879fe'
                    }
                    'i18n-message-nl-note.line_multiline': {
                        table: 'sys_ui_message'
                        id: '82a972923ec14b87861ea691962d5a0e'
                    }
                    'i18n-message-nl-note.minutes': {
                        table: 'sys_ui_message'
                        id: 'a232b6007d6f4846acc801003101a29e'
                    }
                    'i18n-message-nl-note.minutes_seconds': {
                        table: 'sys_ui_message'
                        id: '9d51839033024c6da49f876d6648f12d'
                    }
                    'i18n-message-nl-note.seconds': {
                        table: 'sys_ui_message'
                        id: 'b6ff03215dba4c68b70bf32241858d5d'
                    }
                    'i18n-message-nl-note.size_bytes': {
                        table: 'sys_ui_message'
                        id: '1b61db6c655d4bf181b07a8ca2ae8138'
                    }
                    'i18n-message-nl-note.size_gb': {
                        table: 'sys_ui_message'
                        id: '02614bf1c68448c2bf7defcd359367b0'
                    }
                    'i18n-message-nl-note.size_kb': {
                        table: 'sys_ui_message'
                        id: 'a52973404ba94c29adf5d30b2d40c7d9'
                    }
                    'i18n-message-nl-note.size_mb': {
                        table: 'sys_ui_message'
                        id: 'ed64c3152bd3448f9874be092776e1f8'
                    }
                    'i18n-message-nl-note.started': {
                        table: 'sys_ui_message'
                        id: 'f807f56e9f48479498b8ba40a3e92569'
                    }
                    'i18n-message-nl-note.started_with_customer': {
                        table: 'sys_ui_message'
                        id: '21c35efb419d420f9b955c8e418e1ffb'
                    }
                    'i18n-message-nl-note.technician_unknown': {
                        table: 'sys_ui_message'
                        id: '36f0fafb005044d08411e6fb7cc11276'
                    }
                    'i18n-message-nl-note.unknown_technician': {
                        table: 'sys_ui_message'
                        id: '705b9450e2c148ca9da2340893533cc8'
                    }
                    'i18n-message-nl-note.unnamed_field': {
                        table: 'sys_ui_message'
                        id: '31ea61537149438ab8d88a94b2958f10'
                    }
                    'i18n-message-nl-note.variable.CField0': {
                        table: 'sys_ui_message'
                        id: '3fe801fce47b4f7da3b3b73c7a910b3d'
                    }
                    'i18n-message-nl-note.variable.CField1': {
                        table: 'sys_ui_message'
                        id: '1fbdc26ec57d43a2b288a66e5aa83635'
                    }
                    'i18n-message-nl-note.variable.CField2': {
                        table: 'sys_ui_message'
                        id: '0d4ac030ff914990a221ed53c004fe29'
                    }
                    'i18n-message-nl-note.variable.CField3': {
                        table: 'sys_ui_message'
                        id: '88cb1169ed6c450f99071b5bd25e8e4c'
                    }
                    'i18n-message-nl-note.variable.CField4': {
                        table: 'sys_ui_message'
                        id: 'a284dea5e6f842b38945f707ae6d2c48'
                    }
                    'i18n-message-nl-note.variable.CField5': {
                        table: 'sys_ui_message'
                        id: '42cf6ea226db418bb4e3a7f387188f3b'
                    }
                    'i18n-message-nl-note.variable.ChatLog': {
                        table: 'sys_ui_message'
                        id: '90c877f504f7481a97cff0884d877cfa'
                    }
                    'i18n-message-nl-note.variable.ClosingTime': {
                        table: 'sys_ui_message'
                        id: 'd3b0559b615240f0880baa6ca041acfa'
                    }
                    'i18n-message-nl-note.variable.LastActionTime': {
                        table: 'sys_ui_message'
                        id: 'b31d691afe4248bbadd523e003fb5ca0'
                    }
                    'i18n-message-nl-note.variable.Notes': {
                        table: 'sys_ui_message'
                        id: 'a859e346855648e3a3f7ed4964812523'
                    }
                    'i18n-message-nl-note.variable.PickupTime': {
                        table: 'sys_ui_message'
                        id: 'c1164f6847f24fa2aa13222bd4576420'
                    }
                    'i18n-message-nl-note.variable.Platform': {
                        table: 'sys_ui_message'
                        id: 'dc82671ae7834a5290e8cfbd0de9d038'
                    }
                    'i18n-message-nl-note.variable.SessionID': {
                        table: 'sys_ui_message'
                        id: 'd1905a7fe8df4a31aafa265872feb55d'
                    }
                    'i18n-message-nl-note.variable.TechDescr': {
                        table: 'sys_ui_message'
                        id: '3fae2db3e4ba49a888465e51ec39502b'
                    }
                    'i18n-message-nl-note.variable.TechEmail': {
                        table: 'sys_ui_message'
                        id: '42ddf7cd039c4e1b8adef04c5340c1ef'
                    }
                    'i18n-message-nl-note.variable.TechID': {
                        table: 'sys_ui_message'
                        id: '596dfdc73e794e80a04c85ffd085a2de'
                    }
                    'i18n-message-nl-note.variable.TechName': {
                        table: 'sys_ui_message'
                        id: '8f7f7f0372f2406cb6065f45175d1ab9'
                    }
                    'i18n-message-nl-note.variable.TechSSOID': {
                        table: 'sys_ui_message'
                        id: '3882ecc01357479e8e01304066a910fe'
                    }
                    'i18n-message-nl-note.variable.Tracking0': {
                        table: 'sys_ui_message'
                        id: 'fbd014c287574fa78044f4e656f68213'
                    }
                    'i18n-message-nl-note.variable.Transmitted': {
                        table: 'sys_ui_message'
                        id: 'ae83d60a456b44b4b8f70910487b4a2a'
                    }
                    'i18n-message-nl-note.variable.WaitingTime': {
                        table: 'sys_ui_message'
                        id: '5ee33ef99e4649ce80cb4543dfacaf27'
                    }
                    'i18n-message-nl-note.variable.WorkTime': {
                        table: 'sys_ui_message'
                        id: '6709e833172944ef9715ddb3fa2cd6f4'
                    }
                    'i18n-message-nl-page.test.asking': {
                        table: 'sys_ui_message'
                        id: 'aa003de45fb5483e9f846dcd9ad79159'
                    }
                    'i18n-message-nl-page.test.intro': {
                        table: 'sys_ui_message'
                        id: 'b09f0b1ffad24c4a868335d5c3cfa27f'
                    }
                    'i18n-message-nl-page.test.no_answer': {
                        table: 'sys_ui_message'
                        id: 'e63d2734d0c34e4c9debeef768b736a8'
                    }
                    'i18n-message-nl-page.test.run': {
                        table: 'sys_ui_message'
                        id: '1690f048382144ec9c440f81ee413638'
                    }
                    'i18n-message-nl-page.test.title': {
                        table: 'sys_ui_message'
                        id: '84c185bcad2649ab86e126d1186e397b'
                    }
                    'i18n-message-nl-page.token.application': {
                        table: 'sys_ui_message'
                        id: '358bd8820bb64ac0864dadd84d304610'
                    }
                    'i18n-message-nl-page.token.intro': {
                        table: 'sys_ui_message'
                        id: '9a1933f3d240471ebc352ecf780599b3'
                    }
                    'i18n-message-nl-page.token.no_answer': {
                        table: 'sys_ui_message'
                        id: 'ca047f917b034650bebc7723b498c848'
                    }
                    'i18n-message-nl-page.token.open_request': {
                        table: 'sys_ui_message'
                        id: 'f50fc931ad1744848320964419a87348'
                    }
                    'i18n-message-nl-page.token.run': {
                        table: 'sys_ui_message'
                        id: '693cd90aa61447abb7722b6d64a7afb6'
                    }
                    'i18n-message-nl-page.token.running': {
                        table: 'sys_ui_message'
                        id: 'f94dd44f8ed4487aa1c3b37308fbdb6d'
                    }
                    'i18n-message-nl-page.token.title': {
                        table: 'sys_ui_message'
                        id: 'c9074024eac641e281705f6ed8e0a317'
                    }
                    'i18n-message-nl-pin.client.no_answer': {
                        table: 'sys_ui_message'
                        id: '99853e399f2f4e80aae0a80d552ccb43'
                    }
                    'i18n-message-nl-pin.client.unreadable': {
                        table: 'sys_ui_message'
                        id: 'd4b698d58b2d45708ace1bebf200b460'
                    }
                    'i18n-message-nl-pin.error.bad_request': {
                        table: 'sys_ui_message'
                        id: '0298d3ba5e7745e496942f0e6b4e4d3b'
                    }
                    'i18n-message-nl-pin.error.button_off_cases': {
                        table: 'sys_ui_message'
                        id: '232742b807f94455bf225976ff2154ef'
                    }
                    'i18n-message-nl-pin.error.button_off_incidents': {
                        table: 'sys_ui_message'
                        id: 'f1ffe6d148804b85896bd380900f0f09'
                    }
                    'i18n-message-nl-pin.error.disabled': {
                        table: 'sys_ui_message'
                        id: '87ab5449aee547dcbd14c23cebae797c'
                    }
                    'i18n-message-nl-pin.error.email_not_unique': {
                        table: 'sys_ui_message'
                        id: 'd0882c56edaf44eebfea647f73a7a852'
                    }
                    'i18n-message-nl-pin.error.internal': {
                        table: 'sys_ui_message'
                        id: '94917b34c0ff47e0bdab3c066808263a'
                    }
                    'i18n-message-nl-pin.error.no_caller': {
                        table: 'sys_ui_message'
                        id: '7919bcdbcac94d269367a2a0b96548fc'
                    }
                    'i18n-message-nl-pin.error.no_contact': {
                        table: 'sys_ui_message'
                        id: 'bf2d2c67ab4249bdb4091bce223bd42d'
                    }
                    'i18n-message-nl-pin.error.no_customer_case': {
                        table: 'sys_ui_message'
                        id: 'f381882604ef449c93150a9112fb1f20'
                    }
                    'i18n-message-nl-pin.error.no_customer_incident': {
                        table: 'sys_ui_message'
                        id: '62f33628c6ec410b819924e750b796e2'
                    }
                    'i18n-message-nl-pin.error.no_customer_record': {
                        table: 'sys_ui_message'
                        id: '9255d6e2c405496da812cba21777a517'
                    }
                    'i18n-message-nl-pin.error.no_email': {
                        table: 'sys_ui_message'
                        id: '12aa8d4d33744939ab60865ee9e42470'
                    }
                    'i18n-message-nl-pin.error.no_role': {
                        table: 'sys_ui_message'
                        id: '358e515d1ba749038c2b62e76585620f'
                    }
                    'i18n-message-nl-pin.error.record_inactive': {
                        table: 'sys_ui_message'
                        id: '0443c7e60363442586fde75c1f5c10fe'
                    }
                    'i18n-message-nl-pin.error.record_not_found': {
                        table: 'sys_ui_message'
                        id: '54f581c0f3824fc18b4ffef54fb52c69'
                    }
                    'i18n-message-nl-pin.error.record_read_only': {
                        table: 'sys_ui_message'
                        id: 'be765e84deac40acbc634fcacc9c5f8e'
                    }
                    'i18n-message-nl-pin.error.runner_cannot_write': {
                        table: 'sys_ui_message'
                        id: 'df45e7a27b514993bcb794ff0b5e9ca1'
                    }
                    'i18n-message-nl-pin.error.save_failed': {
                        table: 'sys_ui_message'
                        id: '36cb2c7e09b0415abc11a5c4fe6d5a85'
                    }
                    'i18n-message-nl-pin.error.settings_incomplete': {
                        table: 'sys_ui_message'
                        id: '69eb1de446d745b99eef82d7b2835ac2'
                    }
                    'i18n-message-nl-pin.error.settings_invalid': {
                        table: 'sys_ui_message'
                        id: '8d9c9323824d4d3e9477758430fd6ec8'
                    }
                    'i18n-message-nl-pin.error.table_not_installed': {
                        table: 'sys_ui_message'
                        id: 'ea88a07e936e4acbbb9165d17efa928c'
                    }
                    'i18n-message-nl-pin.error.table_not_supported': {
                        table: 'sys_ui_message'
                        id: '27d319d7315242499df36aea45cecc9a'
                    }
                    'i18n-message-nl-pin.error.table_not_task': {
                        table: 'sys_ui_message'
                        id: 'dc31573ce15c4239a7125c8c9407846d'
                    }
                    'i18n-message-nl-pin.error.technician_email_not_unique': {
                        table: 'sys_ui_message'
                        id: 'dd5f4d7f27044825b9eb5453ce94e610'
                    }
                    'i18n-message-nl-pin.error.technician_no_email': {
                        table: 'sys_ui_message'
                        id: '58302c32bc9c4074a72e079918570064'
                    }
                    'i18n-message-nl-pin.error.technician_no_role': {
                        table: 'sys_ui_message'
                        id: '900817da8ead48e0b7c2fb26f23838bf'
                    }
                    'i18n-message-nl-pin.error.technician_unknown': {
                        table: 'sys_ui_message'
                        id: 'c8156c62441c4aa19ffe1182d9f05567'
                    }
                    'i18n-message-nl-pin.modal.copied': {
                        table: 'sys_ui_message'
                        id: '98edbe07c80d47d9bc2ec536f22de07c'
                    }
                    'i18n-message-nl-pin.modal.copy': {
                        table: 'sys_ui_message'
                        id: '89e53b5a4a704cd79cd30d380499d11f'
                    }
                    'i18n-message-nl-pin.modal.copy_failed': {
                        table: 'sys_ui_message'
                        id: '065da25dbf0e49eaa4cecc49d137b62d'
                    }
                    'i18n-message-nl-pin.modal.done': {
                        table: 'sys_ui_message'
                        id: '591e72c9c71a445e929dc8ce9f7e396c'
                        deleted: true
                    }
                    'i18n-message-nl-pin.modal.field_join_link': {
                        table: 'sys_ui_message'
                        id: '3ebb5676b38444859e1f01d70a1e46ff'
                        deleted: true
                    }
                    'i18n-message-nl-pin.modal.field_pin': {
                        table: 'sys_ui_message'
                        id: '320e6af406cf4b5ab1c16d493d5c9083'
                        deleted: true
                    }
                    'i18n-message-nl-pin.modal.info_fallback': {
                        table: 'sys_ui_message'
                        id: 'f37a3cfd7bc841e6acd70dcb4555394d'
                    }
                    'i18n-message-nl-pin.modal.join_link': {
                        table: 'sys_ui_message'
                        id: 'f1b15fd6c2ae4a10bd2db4fdb19ff038'
                    }
                    'i18n-message-nl-pin.modal.pin_aria': {
                        table: 'sys_ui_message'
                        id: 'b96712c2591f48299d333cb46d08db0a'
                    }
                    'i18n-message-nl-pin.modal.pin_for_customer': {
                        table: 'sys_ui_message'
                        id: '84dba1922d3846f8a741a7f7014c615d'
                    }
                    'i18n-message-nl-pin.modal.title': {
                        table: 'sys_ui_message'
                        id: '03639b2fb3894e5f8f90fb99e14f93c4'
                    }
                    'i18n-message-nl-pin.modal.title_with_pin': {
                        table: 'sys_ui_message'
                        id: 'b813a605ad11470cb736de0664ebbffd'
                        deleted: true
                    }
                    'i18n-message-nl-pin.rescue.console_not_running': {
                        table: 'sys_ui_message'
                        id: 'a1d21e0fd7c04e949557db8a39dcbe08'
                    }
                    'i18n-message-nl-pin.rescue.error': {
                        table: 'sys_ui_message'
                        id: 'cd3a4daa229a43ba90b776537b83bc47'
                    }
                    'i18n-message-nl-pin.rescue.http_error': {
                        table: 'sys_ui_message'
                        id: 'a40ae29cf6ac4674864436b6f6efae4c'
                    }
                    'i18n-message-nl-pin.rescue.invalid': {
                        table: 'sys_ui_message'
                        id: '11017529de4648f8993fc477e93c5964'
                    }
                    'i18n-message-nl-pin.rescue.invalid_company': {
                        table: 'sys_ui_message'
                        id: 'd24f78507f5745f2a7e3e9170f784945'
                    }
                    'i18n-message-nl-pin.rescue.invalid_node': {
                        table: 'sys_ui_message'
                        id: '5f33a9838a6f462e9ac88a9bf6bc56a0'
                    }
                    'i18n-message-nl-pin.rescue.invalid_pin_format': {
                        table: 'sys_ui_message'
                        id: '2438b9ce106f4da58190c8e098d1c39e'
                    }
                    'i18n-message-nl-pin.rescue.invalid_sso_id': {
                        table: 'sys_ui_message'
                        id: '4772db70584646f3b0d5589fcda2a664'
                    }
                    'i18n-message-nl-pin.rescue.not_logged_in': {
                        table: 'sys_ui_message'
                        id: 'fd6bf1939c0e4960bd76008d6e993df8'
                    }
                    'i18n-message-nl-pin.rescue.not_technician': {
                        table: 'sys_ui_message'
                        id: '8526849c4467457ab662e1b0e63fdfb0'
                    }
                    'i18n-message-nl-pin.rescue.out_of_pins': {
                        table: 'sys_ui_message'
                        id: 'ec5004d631d04916a20988261f35922b'
                    }
                    'i18n-message-nl-pin.rescue.poll_rate': {
                        table: 'sys_ui_message'
                        id: 'bd277cf7f1744fa4971d70311c9dacf7'
                    }
                    'i18n-message-nl-pin.rescue.timeout': {
                        table: 'sys_ui_message'
                        id: 'f1c8435f05cf48edb3ff1b7d67587fae'
                    }
                    'i18n-message-nl-pin.rescue.unknown_answer': {
                        table: 'sys_ui_message'
                        id: '55c7b7c087fa494e90d86c23ccefbe3c'
                    }
                    'i18n-message-nl-pin.rescue.unreachable': {
                        table: 'sys_ui_message'
                        id: '85c08bda326a430e821d2b724257caa7'
                    }
                    'i18n-message-nl-pin.rescue.unreadable_answer': {
                        table: 'sys_ui_message'
                        id: 'f7625bdc535848a69a72d9ab2c11e64e'
                    }
                    'i18n-message-nl-pin.rescue.user_disabled': {
                        table: 'sys_ui_message'
                        id: 'ed7f680266684c16bc2fe797862062ec'
                    }
                    'i18n-message-nl-pin.success.customer_email_missing': {
                        table: 'sys_ui_message'
                        id: '4ed2c3392e4849ce85cc2b25279009ae'
                    }
                    'i18n-message-nl-pin.success.customer_emailed': {
                        table: 'sys_ui_message'
                        id: 'c4b8ea2a7d5b4f5d8a9319de4b57ecd6'
                    }
                    'i18n-message-nl-pin.success.reused': {
                        table: 'sys_ui_message'
                        id: '2a65deb7c0024b1695ab46a3e94f83d1'
                    }
                    'i18n-message-nl-pin.success.tell_customer': {
                        table: 'sys_ui_message'
                        id: '3c60a9c64d234633bbd8c6eac7fa3076'
                    }
                    'i18n-message-nl-pin.success.work_note_missing': {
                        table: 'sys_ui_message'
                        id: 'be3e18ffa2394ee392d3e266e2da06fe'
                    }
                    'i18n-message-nl-pin.work_note': {
                        table: 'sys_ui_message'
                        id: '4c9244bac421423eb95c957cc573ccdb'
                    }
                    'i18n-message-nl-pin.work_note_no_customer': {
                        table: 'sys_ui_message'
                        id: '4b066b6faf264dd192548be3a3721899'
                    }
                    'i18n-message-nl-recovery.run.done': {
                        table: 'sys_ui_message'
                        id: '1e0c412a22824144b4a24a4850c00ea1'
                    }
                    'i18n-message-nl-recovery.run.failed': {
                        table: 'sys_ui_message'
                        id: 'c91429fd707847089dad36a159cfe3bd'
                    }
                    'i18n-message-nl-recovery.run.never': {
                        table: 'sys_ui_message'
                        id: '4429010534da45e5a3f5945fce065254'
                    }
                    'i18n-message-nl-recovery.settings.bad_nodes': {
                        table: 'sys_ui_message'
                        id: '5596e91a9f0e4915a4595df50a4ab23f'
                    }
                    'i18n-message-nl-recovery.settings.no_token': {
                        table: 'sys_ui_message'
                        id: 'd591fc213041491380aac52201f89c59'
                    }
                    'i18n-message-nl-recovery.token.no_settings': {
                        table: 'sys_ui_message'
                        id: '1202c6173db94f69a7fff4ba02ca4281'
                    }
                    'i18n-message-nl-recovery.token.ok': {
                        table: 'sys_ui_message'
                        id: '5498727073ff4e799088c39325831f7d'
                    }
                    'i18n-message-nl-recovery.token.refused': {
                        table: 'sys_ui_message'
                        id: 'd0b24d9d81394dcfa830cdad49ce1313'
                    }
                    'i18n-message-nl-recovery.token.unreachable': {
                        table: 'sys_ui_message'
                        id: '2e61156a6eb04e7d99b650312571b01d'
                    }
                    'i18n-message-nl-recovery.token.unreadable': {
                        table: 'sys_ui_message'
                        id: '7123359ae5cb49ffa4d5bf3f4b37da8e'
                    }
                    'i18n-message-nl-time_worked.comment': {
                        table: 'sys_ui_message'
                        id: '387e059490174f8fafc3834cd63b9dc5'
                    }
                    'i18n-message-nl-time_worked.no_address': {
                        table: 'sys_ui_message'
                        id: 'a740519554af42b2a1147f9ec8966196'
                    }
                    'i18n-message-nl-time_worked.no_user': {
                        table: 'sys_ui_message'
                        id: 'ca7117701f6846db8cc27819e20dacd9'
                    }
                    'i18n-message-nl-time_worked.several_users': {
                        table: 'sys_ui_message'
                        id: 'e839431334294974aef021f03e97ccfd'
                    }
                    'i18n-message-nl-time_worked.technician_with_address': {
                        table: 'sys_ui_message'
                        id: '6aaf3c47e41d4bb4906adff3e4590cbc'
                    }
                    'i18n-message-nl-token.configured_entry_missing': {
                        table: 'sys_ui_message'
                        id: 'eecbf1ff5eab4bd5a815ffc289a1b153'
                    }
                    'i18n-message-nl-token.connector_http_error': {
                        table: 'sys_ui_message'
                        id: 'c653fc158791434aa883c6947d4ea24a'
                    }
                    'i18n-message-nl-token.connector_http_error_said': {
                        table: 'sys_ui_message'
                        id: '519c1cd8114946cf83c923637cb456ba'
                    }
                    'i18n-message-nl-token.connector_rejected': {
                        table: 'sys_ui_message'
                        id: 'b80481d1c24b498fa0837b572419a30d'
                    }
                    'i18n-message-nl-token.connector_rejected_said': {
                        table: 'sys_ui_message'
                        id: '46932efb28574eccb7c2d33de26712c3'
                    }
                    'i18n-message-nl-token.connector_timeout': {
                        table: 'sys_ui_message'
                        id: 'bce55077a32e4b6cb329e31eea811579'
                    }
                    'i18n-message-nl-token.connector_unreachable': {
                        table: 'sys_ui_message'
                        id: 'b309e84645814954809b26a544485624'
                    }
                    'i18n-message-nl-token.entry_gone': {
                        table: 'sys_ui_message'
                        id: '1d919fe621064338b87235539f4af474'
                    }
                    'i18n-message-nl-token.entry_inactive': {
                        table: 'sys_ui_message'
                        id: '45fbab4de5db407bbacc1ed784478472'
                    }
                    'i18n-message-nl-token.entry_no_client': {
                        table: 'sys_ui_message'
                        id: 'ab1704cca9454d7e944616b03eb01a8d'
                    }
                    'i18n-message-nl-token.entry_not_named': {
                        table: 'sys_ui_message'
                        id: 'abcac2d23cc54fb7abca5f3aa45aa6ea'
                    }
                    'i18n-message-nl-token.entry_type_none': {
                        table: 'sys_ui_message'
                        id: '34ca0682fd084f38af3be84d992b62a6'
                    }
                    'i18n-message-nl-token.entry_wrong_type': {
                        table: 'sys_ui_message'
                        id: '900c568e47164b69a7d984dd28f9a4ef'
                    }
                    'i18n-message-nl-token.expiry_admins_days': {
                        table: 'sys_ui_message'
                        id: '5d584f8030e64807a5ccf2201dc709db'
                    }
                    'i18n-message-nl-token.expiry_admins_expired': {
                        table: 'sys_ui_message'
                        id: 'e9dabe5de8c64c2aa853c65381493423'
                    }
                    'i18n-message-nl-token.expiry_admins_one_day': {
                        table: 'sys_ui_message'
                        id: 'c0da428fc1b242f395be1e7bf5a90b3b'
                    }
                    'i18n-message-nl-token.expiry_no_admin_expired': {
                        table: 'sys_ui_message'
                        id: '4aadf7ed8af8431a9121fd92395e97f2'
                    }
                    'i18n-message-nl-token.expiry_no_admin_expires': {
                        table: 'sys_ui_message'
                        id: '8121af026c0946d58353e90d82040a66'
                    }
                    'i18n-message-nl-token.expiry_one_admin_days': {
                        table: 'sys_ui_message'
                        id: '7f6ed75ea71d46049a1abcf9ff10c72b'
                    }
                    'i18n-message-nl-token.expiry_one_admin_expired': {
                        table: 'sys_ui_message'
                        id: '7d5cd2cf2dd34b5986c5cdc798b2cd23'
                    }
                    'i18n-message-nl-token.expiry_one_admin_one_day': {
                        table: 'sys_ui_message'
                        id: 'bee6efedc6a54898b747254714c0e0c5'
                    }
                    'i18n-message-nl-token.grant_http_error': {
                        table: 'sys_ui_message'
                        id: 'a9e19861e1334a8d97a6eada8c2ca7fb'
                    }
                    'i18n-message-nl-token.grant_invalid_client': {
                        table: 'sys_ui_message'
                        id: 'f163fbe492064a96811d0b96f69a81e4'
                    }
                    'i18n-message-nl-token.grant_no_refresh_token': {
                        table: 'sys_ui_message'
                        id: '149ef32621634cb19e21bc796b3dd191'
                    }
                    'i18n-message-nl-token.grant_not_oauth': {
                        table: 'sys_ui_message'
                        id: 'd8e919822e59415cbaf9f5d0ed8a220c'
                    }
                    'i18n-message-nl-token.grant_refused': {
                        table: 'sys_ui_message'
                        id: '07bb2c4c974047b8bef68c1429dd5c5f'
                    }
                    'i18n-message-nl-token.grant_refused_with_error': {
                        table: 'sys_ui_message'
                        id: 'b863da10c77e43b6b1968077e8fe650f'
                    }
                    'i18n-message-nl-token.grant_timeout': {
                        table: 'sys_ui_message'
                        id: 'a65bb7580ddd49ecb00ab3659c0323cb'
                    }
                    'i18n-message-nl-token.grant_unreachable': {
                        table: 'sys_ui_message'
                        id: '1c784ce2d13f42f8a62ff63534e9bd06'
                    }
                    'i18n-message-nl-token.inactive_entry': {
                        table: 'sys_ui_message'
                        id: 'bd3f65834587410facba67a21088a008'
                    }
                    'i18n-message-nl-token.last_success': {
                        table: 'sys_ui_message'
                        id: '2d13dcaea45741108b451872c3d35420'
                    }
                    'i18n-message-nl-token.missing_company_id': {
                        table: 'sys_ui_message'
                        id: 'b7b44f32afc14b3bb6cd22478bb6af6b'
                    }
                    'i18n-message-nl-token.missing_password': {
                        table: 'sys_ui_message'
                        id: '224f7187a8e74332bbe495ad3ad3cf52'
                    }
                    'i18n-message-nl-token.missing_username': {
                        table: 'sys_ui_message'
                        id: '9bc6428438dc424e98ff7afd0b3c4e0e'
                    }
                    'i18n-message-nl-token.never_succeeded': {
                        table: 'sys_ui_message'
                        id: '24a99cbb369e4bfcacf026a2b82f3a0a'
                    }
                    'i18n-message-nl-token.no_external_clients': {
                        table: 'sys_ui_message'
                        id: 'b9573ad4a00e4512b32adcbc5ce2e43e'
                    }
                    'i18n-message-nl-token.not_admin': {
                        table: 'sys_ui_message'
                        id: '6575ade849fb4d9c967dae28caf0be38'
                    }
                    'i18n-message-nl-token.nothing_picked': {
                        table: 'sys_ui_message'
                        id: '9eca85e3ec3e460da8d68cbf7f607d35'
                    }
                    'i18n-message-nl-token.region_redirect': {
                        table: 'sys_ui_message'
                        id: 'c15126c64cd1471f9edb250af3ea4816'
                    }
                    'i18n-message-nl-token.region_unknown_company': {
                        table: 'sys_ui_message'
                        id: '3273bd7813344cb7b71dbf2972824f82'
                    }
                    'i18n-message-nl-token.region_unknown_company_said': {
                        table: 'sys_ui_message'
                        id: 'fcbeefb2a0bb428f8a0953038446f1a7'
                    }
                    'i18n-message-nl-token.region.enterprise': {
                        table: 'sys_ui_message'
                        id: '09e1dc92404e489db2bdb84e7c0861f8'
                    }
                    'i18n-message-nl-token.region.eu': {
                        table: 'sys_ui_message'
                        id: '4e323941bf0e4656bfc71a8ac022bc55'
                    }
                    'i18n-message-nl-token.region.global': {
                        table: 'sys_ui_message'
                        id: '869a056186b1416ba77ca1b7cc083b00'
                    }
                    'i18n-message-nl-token.settings_invalid': {
                        table: 'sys_ui_message'
                        id: 'e7998d241b714d50871721d53dfd6a09'
                    }
                    'i18n-message-nl-token.step_read_entry': {
                        table: 'sys_ui_message'
                        id: 'ae6f46ea27284c9a847c0b87b840664c'
                    }
                    'i18n-message-nl-token.step_read_entry_default': {
                        table: 'sys_ui_message'
                        id: '2287e951d2eb429e90bf85aa0a35656b'
                    }
                    'i18n-message-nl-token.step_sent': {
                        table: 'sys_ui_message'
                        id: 'c50d9bf84ea14af4b8961ca5b4033872'
                    }
                    'i18n-message-nl-token.step_token_issued': {
                        table: 'sys_ui_message'
                        id: '9da8ba338fd5419d851360e5942fa582'
                    }
                    'i18n-message-nl-token.succeeded': {
                        table: 'sys_ui_message'
                        id: '14b055e8ac804aa5b8a2fc0360bbcdbc'
                    }
                    'job-pin-expiry': {
                        table: 'sysauto_script'
                        id: '94178b016884482da1afa38942ec62bf'
                    }
                    'job-recover-session-data': {
                        table: 'sysauto_script'
                        id: '8962e8c30631411fb55ca7f82a96ffa0'
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
                    'mail-script-posts-missing': {
                        table: 'sys_script_email'
                        id: '09077fd10f1649b8820ea2a35303ec4e'
                    }
                    'mail-script-token-expiry': {
                        table: 'sys_script_email'
                        id: 'b20e0ae98e7644a295d9005708127c07'
                    }
                    menu: {
                        table: 'sys_app_application'
                        id: '0b47e1002ac24c2f8c7eb3d80608ca12'
                    }
                    'module-reports': {
                        table: 'sys_app_module'
                        id: '2b7c6f220bbb4c3fa1411566c264832a'
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
                    'notification-posts-missing': {
                        table: 'sysevent_email_action'
                        id: '7ca1f370ee794925a1bf489618c94405'
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
                    'privilege-session-attachment-create': {
                        table: 'sys_scope_privilege'
                        id: '447911d30ffc4511b8adbfa9a725a8e5'
                    }
                    'privilege-session-attachment-delete': {
                        table: 'sys_scope_privilege'
                        id: 'f4cc596ee839488093bab2421b42d14c'
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
                    'privilege-session-time-worked-create': {
                        table: 'sys_scope_privilege'
                        id: '7b0629e36fa7490195fd173149ab7622'
                    }
                    'property-case-contact-field': {
                        table: 'sys_properties'
                        id: 'bfbeddbba52e40a0b481884a62537381'
                    }
                    'property-case-show-pin-button': {
                        table: 'sys_properties'
                        id: 'bbaaa6e6ecb947ebb622063f9b03934e'
                    }
                    'property-chat-log-attachment': {
                        table: 'sys_properties'
                        id: 'fcb9d69b5a15407eae8ddabc5f506ddc'
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
                    'property-pin-customer-fields': {
                        table: 'sys_properties'
                        id: '2993d01814ac46888414ece5e36663a5'
                    }
                    'property-pin-reuse-minutes': {
                        table: 'sys_properties'
                        id: '8051d63cc1c74a48a548895431fdd039'
                    }
                    'property-pin-tables': {
                        table: 'sys_properties'
                        id: '7cbd41f82cb24f6582910c9d769d747a'
                    }
                    'property-pin-validity-minutes': {
                        table: 'sys_properties'
                        id: '698dcc119dc04396960856d02711637a'
                    }
                    'property-reconcile-api-token': {
                        table: 'sys_properties'
                        id: '4c390921e1ec4a4a9473e36d9a71e8f4'
                    }
                    'property-reconcile-enabled': {
                        table: 'sys_properties'
                        id: '39a144fd56a647f7a60ab410749cd4ea'
                    }
                    'property-reconcile-nodes': {
                        table: 'sys_properties'
                        id: '07b4a049c9c14c52ba2c48f8cc9a9df2'
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
                    'property-time-worked-record': {
                        table: 'sys_properties'
                        id: '06d08fcde53f4fe2bea871fb5756deff'
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
                        id: '3451dcce23494f4ea7dbc252e36a1054'
                    }
                    'property-work-notes-mode': {
                        table: 'sys_properties'
                        id: '22f13dc5b7784f97afbce7fd61fad95e'
                    }
                    'report-average-waiting-time': {
                        table: 'sys_report'
                        id: 'e2d13a8034934285bce8f03cbe313a72'
                    }
                    'report-sessions-by-platform': {
                        table: 'sys_report'
                        id: '609b02d7ca964847bc521505fa5a89ce'
                    }
                    'report-sessions-per-week': {
                        table: 'sys_report'
                        id: '71facd66e7404ff0910a6a8036033b57'
                    }
                    'report-work-time-per-technician': {
                        table: 'sys_report'
                        id: '35b6de2e94fd47ffae14ca38a8ea5bb2'
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
                    'script-include-rescue-api': {
                        table: 'sys_script_include'
                        id: 'e8c234e5fdea41c58318846f8bfcfe2d'
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
                    'settings-page-chat-log-attachment': {
                        table: 'sys_properties_category_m2m'
                        id: '7ace87c0ea174678874e24d428eb41a9'
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
                    'settings-page-pin-customer-fields': {
                        table: 'sys_properties_category_m2m'
                        id: '1aa69fa167d6483493bb383bcd971dca'
                    }
                    'settings-page-pin-reuse-minutes': {
                        table: 'sys_properties_category_m2m'
                        id: '37259e5b775f446fa8a5b5cd66edb469'
                    }
                    'settings-page-pin-tables': {
                        table: 'sys_properties_category_m2m'
                        id: '4af545f1618c440ba4e6ac7f66ca65b8'
                    }
                    'settings-page-pin-validity-minutes': {
                        table: 'sys_properties_category_m2m'
                        id: 'aa11dbab69d14200940bc84f3f37c578'
                    }
                    'settings-page-reconcile-api-token': {
                        table: 'sys_properties_category_m2m'
                        id: '3991194ee1814858a04d844f3810a0e5'
                    }
                    'settings-page-reconcile-enabled': {
                        table: 'sys_properties_category_m2m'
                        id: 'b571b84c9db9481d9ef14bd44693e265'
                    }
                    'settings-page-reconcile-nodes': {
                        table: 'sys_properties_category_m2m'
                        id: '5a450277f94548729fc1ec06539c26bc'
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
                    'settings-page-time-worked-record': {
                        table: 'sys_properties_category_m2m'
                        id: 'dbf30ed55bb64a829d04d364ce6847fe'
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
                        id: '1da8ea05f5734f829b29d6d2a7d9edb4'
                    }
                    'settings-page-work-notes-mode': {
                        table: 'sys_properties_category_m2m'
                        id: 'd390e02346ac4d26bcbf963bb1f18211'
                    }
                    'ui-action-generate-pin-case': {
                        table: 'sys_ui_action'
                        id: '1c90abf3902543868877b85432a58f9f'
                        deleted: true
                    }
                    'ui-action-generate-pin-incident': {
                        table: 'sys_ui_action'
                        id: 'ced0204251144458bacf01fa19d8e8c2'
                    }
                }
                composite: [
                    {
                        table: 'sys_documentation'
                        id: '000df4f7429a4d3c9bccc9e228a50eac'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '002fff81377e42a19f859368e53ba91e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            value: 'recovered'
                            language: 'en'
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
                        table: 'sys_choice'
                        id: '00935bc727fa4073b940d385ad251fb1'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '00ac3f776b99484b8347853a2897288d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            value: 'recovered'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '00bf32dcc82546d2a1478d40b05dde5f'
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
                        id: '012a69539cd6422f9a4dabddedd8ddbf'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'sessions_recovered'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01379e3af01645e788786f07b0ab55e2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '02bfda8a369b4dba9dcfb9822743d57f'
                        key: {
                            sys_security_acl: '373b56bf1af14006994fd5236b195394'
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
                        id: '02e0dd6a8bca4cf291dc9529c1b51d9e'
                        key: {
                            document_key: '68d8c3a51e284b2098d76dbd0fff92fb'
                            variable: '8f7d0f935320220002c6435723dc3471'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '033dce9f4d26454a83a69ccbcf894b3b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'nl'
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
                        id: '042a00d833244c458e83aa9121b9264b'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'missing_email_sent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '049cf19d56c6489e85b84e4ec4cfa89c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
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
                        table: 'sys_choice'
                        id: '0762ea65bfeb4954b482086710a66256'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'succeeded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0772763aa0fb4db4b8068cc719ad210a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
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
                        table: 'sys_variable_value'
                        id: '0978d251f8224c4aa44a944178277567'
                        key: {
                            document_key: 'a0161e49548647b9b42df5c97bb2e683'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09e0124eb35e4ca9a0985fd608487b10'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'missing_email_sent'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b4ade8a17e34655b0d6bbf11327d614'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b5b8baecfaf42278be39f36b01b4299'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'rows_read'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0bc6bd8e131b4c15b60ac64bd1850bb7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0d588408a55247589fcc540326a81bb8'
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
                        table: 'sys_choice'
                        id: '0f31537db32142fbad1011376a27cc1f'
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
                        table: 'sys_choice'
                        id: '0fcb1565caeb47729495832a8f8432ed'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'ended'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1041c246ad92462eb488abc4b84c197d'
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
                        id: '10bd43b3a241467e81f4ad57ba45d499'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'time_worked_entry'
                            language: 'de'
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
                        table: 'sys_choice'
                        id: '111d3151b4e34d6081af10082ea23d8f'
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
                        id: '115ee382d7a34517b25d4e5d5918fb81'
                        key: {
                            document_key: '92bfb940e8c84330bd555814f8078fc4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1167dabac0954361a5aad3e7be606931'
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
                        id: '12662f5c1f9d486ca60e6cc77555e9c6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_duration'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '128a2a4151e741019f39e58ba560dac5'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1302c35b5909465a92a70c46a2865dbb'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '15052dfd725d418aa74d0bba90d40247'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'NULL'
                            language: 'fr'
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
                        id: '1627ef33c4c24ef6b328066242b08aa3'
                        key: {
                            name: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            element: 'ok'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1629e3481cad4fb88bdb3d1deced133d'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'rows_read'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '174f83b459844f9dadea8096b3fc9021'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '176c5ee370d247a4bd46a024a9d9689b'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '179e847f2c044316982cad4c13372b37'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '193d88affab344faa0a9da66b3cd7493'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '19cf8b54437d4d0b9dde341edb5b0c69'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_duration'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a55c7d4fb5b4005887c49f2a60c5754'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_chars'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a5d0d2a474241698b0e3e0e61f42dc5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1aa127423750419ea5ea2eceb3390b93'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1aa5b19bb179433090d26b8c70f31a6d'
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
                        id: '1adb8d64e9c34c98b1f323af9d4a23d9'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c155856785548ee803875abd2ae7677'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'nl'
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
                        id: '1c5ff29e5f7b45ef9bdd160b8a5a938c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            value: 'posted_late'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d486282c6c247128c3739d46ff7fb51'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'errors'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d626fb8cea146c1b8ce7fbb526d5704'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'nl'
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
                        id: '1f16483905734be7b3a076a6ecd754e2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'servicenow'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1fef2afab181446da0f3b84d57d95981'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_duration'
                            language: 'de'
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
                        table: 'sys_element_mapping'
                        id: '21178d503ca64261bd9bc6deb80bf270'
                        key: {
                            field: 'error_code'
                            table: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            id: '608da3445c22437a8d645becc7f57d24'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23da5f331a51482bba7100ae021be804'
                        key: {
                            document_key: '06262300e62e4a4991085377b4092851'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2422c338d93b4214b942ddfa8bc61a1e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2554fcb6add7401b99dfa7675c083a72'
                        key: {
                            name: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            element: 'error_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '260f37af445742a68098b79d8fce3d05'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2659ec96e8ac45c68173ac9fcd68cfd6'
                        deleted: true
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
                        id: '28c63544b9a8401698b054aa41f2fa19'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
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
                        table: 'sys_documentation'
                        id: '29ad67f116e242f3ac99ae9eab4b1a6e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_duration'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '2bb4b43a355d45edb78dd9d6745b97d8'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '2c24ee64452d4d959f98c836c44e1e8d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d0fb5a23ae04975ab7500308c24b20b'
                        key: {
                            document_key: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2da761704b194b548a69e4373111865a'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'finished'
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
                        id: '2e1ab16dd2564447af734f9a300c9964'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'succeeded'
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
                        table: 'sys_documentation'
                        id: '2e7c7174f9b0434cbceee4fbb430b2a3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovered_at'
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
                        table: 'sys_documentation'
                        id: '2f5807aa04024aae8932edd6088400da'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_end'
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
                        table: 'sys_documentation'
                        id: '316fa61dcc254c9cb1f493075cd00c4d'
                        key: {
                            name: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            element: '__action_status__'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '317ab91c344b463ca9cff7083417afb8'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'sessions_recovered'
                            language: 'nl'
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
                        deleted: true
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
                        table: 'sys_documentation'
                        id: '34734fd40b25422d8ed91b771b98fbf2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3474c2c5fa9249a3bfaa92edc89bbcb0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'fr'
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
                        table: 'sys_hub_step_ext_output'
                        id: '34bc05c97a8b4f95b32dbe533a9d7126'
                        key: {
                            model: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            element: 'pin'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '34e32800bb714beb894a47be05c782da'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '35d64ee2cb874819ba488c97e5bdf8d6'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3635c614f83c4ab19b9731fcbf28b3fc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'de'
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
                        table: 'sys_choice'
                        id: '368605ca32fb48fab5618a415fed930a'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '369ada736f0c45648c7503b5fdb0a13b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_duration'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: '378d2e0d8a5e462f8f4d86bbaa034fac'
                        key: {
                            name: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            element: 'session'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '384114ae54984ddca2179cfc78f34b3b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_duration'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '38dad9c6688a4888ac169ce9d2090dc7'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'missing_email_sent'
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
                        id: '3b3d7762ac74428c9ad464ffc1597e6c'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'failure'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3c9b9df0fc4043d58c30861bab173c41'
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
                        id: '3ca703c680af4e1fb2744d8e04a1c360'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'finished'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3ce1c711b24744fa8bc47a02d76b6a7b'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'succeeded'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        table: 'sys_variable_value'
                        id: '3fbec5f131264202a2503c49d5051287'
                        key: {
                            document_key: '92bfb940e8c84330bd555814f8078fc4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4016c8324d024108ab6e61c571be02fa'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'failure'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '414baa76224146fabe1e7dfbdbc3bc87'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'new'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '41eac84b0963491689564b89734eee51'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: 'record'
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
                        id: '4254bb108e24437283f3e9afc8832e50'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '435b4a0361c5441ca22696038a998514'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: 'ok'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '43cd5eb5f8c34d33aa6e0ecef496bfc4'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43e8e7fa2ea1459a95cb94cf0106888e'
                        key: {
                            document_key: '06262300e62e4a4991085377b4092851'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '451a5ae18c30491a93b730342b3c2294'
                        key: {
                            name: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            element: 'customer_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '45580f247a7b4cfa96d5072e03d8773c'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '46256f9298f04c9295e9dca95f2a64fa'
                        deleted: true
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
                        table: 'sys_dictionary'
                        id: '479a1ad724744ae097de232e7ae25bca'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovered_at'
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
                        table: 'sys_choice'
                        id: '47e3b96fde064c55b88f14a945e2d02e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            value: 'posted_late'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        id: '489317559b5b462595ccdcf06b608671'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_duration'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '48c4957e7aa844a6bbaaaf4b63c44a34'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'de'
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
                        id: '4a1a702cc5f94212aa1ab347763546d9'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'missing_email_sent'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4a8c281619d4494091c117afdea81238'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_attachment'
                            language: 'nl'
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
                        id: '4b544c7d9e3d41748f2a2cab0615aeda'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'fr'
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
                        table: 'sys_hub_step_ext_output'
                        id: '4ccaffa529e94e709eddef4f9c271fae'
                        key: {
                            model: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4ce681545e724e939d73877dfdc487b3'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
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
                        id: '4da67ddac14945da8932deec8bb788b3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'nl'
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
                        table: 'sys_choice'
                        id: '4e2d6efab1214b088dccc65e0f915fb4'
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
                        id: '4f6adcc0893942ed84f1ab11cd2f71d9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '4f6d7e4c5e0f4a3c9bfd832c06b482f0'
                        key: {
                            model: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            element: 'record'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4f789a33e493421198560601792eea24'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
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
                        table: 'sys_dictionary'
                        id: '4fb1e5154f1d427caa2fb431afe7f026'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_attachment'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '50863f48b86040b28323985673e6a449'
                        key: {
                            model: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            element: 'table_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5090112342eb471686ef3acb81fdb8ba'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '50f52e5e9155476287e98c474ae84bf9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '50ffa63b51ac4518a28c446944bb9493'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'pin_issued'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: '51ea8e055d3748dbae5e5bcf930ffda1'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
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
                        table: 'sys_dictionary'
                        id: '53a8f25eb5a447fca42c81d642a5d908'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'NULL'
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
                        table: 'sys_dictionary'
                        id: '54732eb9b7f74fcfa425f77569f677bc'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_end'
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
                        id: '54d678021ef14f1fafddac3eee9f78dc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'started'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '554826d3f9d84685bf27e66849bc2337'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovered_at'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '55a2c8835d984cfb929f3d378c8dae11'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '55a4037d937146aaa57ca4e5d9d9ec55'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '563c8d5844e742da9a8ad421cd8d00f7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_chars'
                            language: 'de'
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
                        id: '56f7bb306d6a428aa784d35e070c311a'
                        key: {
                            name: 'var__m_sys_hub_action_input_608da3445c22437a8d645becc7f57d24'
                            element: 'technician'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '570cf75b24764fab9f951b131432cdf5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '576f2d6c0d2940fa9dab20a995a87dfc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '57fc667dce4e4eaaa6bf2327aa2bf2fc'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            language: 'en'
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
                        id: '592311f127574e19a0d6ebeb644c3609'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_start'
                            language: 'nl'
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
                        id: '5ac1b5335764469b97e7d9b79d6b2c65'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5b6ff3c6e8db4f0ab7d5ac1bfe044c32'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
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
                        table: 'sys_dictionary'
                        id: '5c9698bd7a5346289639b60daeed43a2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '5ca1b69957864ea1a78e3f27fb444970'
                        key: {
                            model: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            element: 'ok'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5d5764f2f3e044a3a6951374f0592c56'
                        key: {
                            sys_security_acl: 'f60fbabbb0784b8a814ee87e0049a436'
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
                        id: '5f4247efea1e40fcba0a1a86ba588a23'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_post_received'
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
                        deleted: true
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
                        table: 'sys_hub_action_output'
                        id: '624586330246477fadb0f2647c042816'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: 'customer_url'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '627258d8da3b4e8cb25de03bb59f038b'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'node'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '634f6638e1ab46a6b2936c26376d0009'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'failure'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6428135fb7884a06b67f8f4630a77f8c'
                        deleted: true
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
                        table: 'sys_choice'
                        id: '6455f9114bfd437fa7828dba16924518'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'running'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '64a04074e22944f6a2b2b1d1ec6d1b0a'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6537717e1dd54354a08d1265ff13f652'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'sessions_recovered'
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
                        table: 'sys_choice'
                        id: '65ccef71dc124530a3ade9d2e7d1b538'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'failed'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '65d9452045944c53864e7669998e42ac'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '65fc629522744369ab5f39fec30520c8'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'failure'
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
                        id: '69e40bd2967447b39f1818c1cc58023e'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'errors'
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
                        table: 'sys_documentation'
                        id: '6bc96025720641e6a3e18ced3bbf28bc'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'finished'
                            language: 'fr'
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
                        table: 'sys_hub_action_output'
                        id: '6cd4a50a0c484894ba5e56e8ff61b513'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6d29f113e39742bca9ba7df22959ae39'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'de'
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
                        table: 'sys_dictionary'
                        id: '6e845ce0a0c4425aaaad9873a42ba39f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_lines'
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
                        table: 'sys_documentation'
                        id: '6f1d780f18ad41b994f8202be35fca52'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
                            language: 'de'
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
                        id: '70b6be2d11064afeb7232a5a20f5478a'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '70cd10b6e3d249f29cf606c472f0b56e'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'report_called_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '70ea5470fc204fa3a15bab1c7d7c936b'
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
                        table: 'sys_choice'
                        id: '71d5fe1fc652403db988437dbcc22904'
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
                        id: '72d2b401ab16452b9d09b0f3374d563f'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'last_warning_sent'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '732d59a958d74d10a7cfb48784d42b82'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: '74bccebd12584602aba4da36f8f35d98'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '74fa9fa70b59457e8dff8137942f2895'
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
                        id: '75ebe23c419047e18ca8e71f8d1db07c'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
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
                        table: 'sys_documentation'
                        id: '7681fb041c9d4370b203fdb1652185c2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'de'
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
                        table: 'sys_dictionary'
                        id: '779c55d74bb04f5b9f5f56a4e40ccdb5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '77ca01f12e864a0494634d87d4f8324d'
                        key: {
                            model: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            element: 'technician'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '78b31dcfe2344a1b995622d11e00359c'
                        key: {
                            name: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '79bd6b6490fe43b684548e74d16956cb'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'transmitted_bytes'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '79becbfa5ece464ca656d053953dc54a'
                        key: {
                            document_key: 'abaf4601f68b42efbac92f4fa3d06b4f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a4edbf6476343f191d73010dbeec41d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: '7a9886802fad4ab28187a33ded65e8ff'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7af73c45e60c4f61a2bc5326ad0f6d25'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_chars'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7b2e01add7be42ee987ef2d666df97c7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovered_at'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '7b40e4501f754b05905a837b1f83b358'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: 'pin'
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
                        table: 'sys_documentation'
                        id: '7c8504b9ddeb4bb59c4018eaa5d5d11e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7d23b8c3028d48d28cb97b173d69731a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '7d26c4b09eeb48dca3c872dde6f85c65'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
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
                        table: 'sys_element_mapping'
                        id: '7dfbf0b7e29c45cebcf52e611e5e4f0d'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '06262300e62e4a4991085377b4092851'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7e39107b501644d29c04248143c5acef'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'NULL'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f074170faaf4d43ae23877e7ea4d066'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'fr'
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
                        table: 'sys_ui_page'
                        id: '81322b76ba594f628a8467f7013a6330'
                        key: {
                            endpoint: 'x_rescue_connect_pin.do'
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
                        table: 'sys_documentation'
                        id: '842a165291774537a162658c4d878c5f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'time_worked_entry'
                            language: 'fr'
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
                        id: '866d62384faf4a85afdd07da6ac6dea8'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '884665849b0b4b6e8fc747b1d9ec0dcc'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'last_action_time'
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
                        table: 'sys_element_mapping'
                        id: '8a23942b0a824887b8cac0bebcb07d29'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'abaf4601f68b42efbac92f4fa3d06b4f'
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
                        id: '8b59c6991c614061bac5402eac79f57f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_attachment'
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
                        table: 'sys_hub_action_output'
                        id: '8bde7675b2b147ceb90acb13334df6cf'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: 'session'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8c2b8a8f872d4713af017a66c5f2d193'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'failed'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        id: '8d83948dab9a4ba993dc82528d582c28'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8dff62d707d546d1a6bfd60341fc4a9f'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8e688bcfa5984585b8e728a54a6d7469'
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
                        id: '8ea829fa47b246738a222367228707df'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_end'
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
                        table: 'sys_hub_step_ext_output'
                        id: '8f79fdf0028647f988a87dbcc491fd57'
                        key: {
                            model: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            element: 'error_message'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '8f87665ebb7d428a87a1ee1cd63b2bc9'
                        key: {
                            logical_table_name: 'x_rescue_connect_recovery_run'
                            col_name_string: 'node'
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
                        id: '906a99c71e924c1a8f098596b4fc5a85'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_lines'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '907802cba4d045adb1573d9854ae1873'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'report_called_at'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9187deec382848f8894bf7c6047ed72d'
                        key: {
                            field: 'error_message'
                            table: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            id: '608da3445c22437a8d645becc7f57d24'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92a33fd6c6644e57be5d83a538428a3c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '92faf19663504d9b929bb70c7d665fb0'
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
                        table: 'sys_documentation'
                        id: '94a5f3cd04ca47498f01ef3a0edc35f3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '954ca920e91d4aa2990cd61499194cf6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            value: 'posted_late'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '958a6b3fb59740fc9451b05b8b9325dd'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_chars'
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
                        table: 'sys_element_mapping'
                        id: '9675745e6dde412b815387c41f2598ea'
                        key: {
                            field: 'technician'
                            table: 'var__m_sys_hub_step_ext_input_e28b6f981f8b4f2fb577903cfdd6a778'
                            id: 'e28b6f981f8b4f2fb577903cfdd6a778'
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
                        id: '97432f58a2c742daa6a3c00358b92f04'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'time_worked_entry'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9753c7965dd842649a56e84b0b636305'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'node'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '97bbaa6afab242e3835087914cdea099'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'nl'
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
                        table: 'sys_element_mapping'
                        id: '9881f578a0154487b999a582b7f7845b'
                        key: {
                            field: 'session'
                            table: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            id: '608da3445c22437a8d645becc7f57d24'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9885b6ccfeba4e9da5261fa9444ac0db'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovered_at'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '98bcd3c9ba4e4dea8f9985bff922b7d3'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_end'
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
                        id: '99aea05f1edf443e8533aff6e3b8eab5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'technician'
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
                        table: 'sys_choice'
                        id: '9b1ba89348c64e2b9d527feac2cb2f7a'
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
                        id: '9b30c71d249b4fc3a4b069b5412ef916'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9d614c215ac34de6985a91e72ca5e317'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'node'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: '9f75a2ea36174afb8ebe3e7f33960a5f'
                        key: {
                            field: 'pin'
                            table: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            id: '608da3445c22437a8d645becc7f57d24'
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
                        id: '9fce0cda34fc4a22b6d95333608d3deb'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'errors'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0ce489c9e344813a14decc1dca9d39f'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'missing_email_sent'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a1a39a9582054cfb8000e11f224856ee'
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
                        id: 'a21192e59b6b422bb203afa97ea20505'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a220d9f9c3d54ce692d9d5845e7ad9e2'
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
                        id: 'a2a6b84a7b5b446fb4d78c34c5f4a495'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a3320d11b8e9490ba284802b150a096c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tracking_id'
                            language: 'de'
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
                        id: 'a378c0297ac54c9c939dc5fe57c4dced'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a39a8da85df045d5a8a76f3a45423943'
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
                        id: 'a3af82f1d3e444f78b5d0bcd97bb24cd'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'oauth_application'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a4b492bd70954fa0b3d6052dd126597f'
                        key: {
                            sys_security_acl: '60179359038c44ea8e16992741082130'
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
                        id: 'a561c3c5648347048ad39e2aa99fcfa5'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'errors'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a58d44f0b0a3479495c5f88489709c18'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'nl'
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
                        id: 'a6a55aa1c6ed4ac1a2465502190e2b50'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'expired'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a6f0abb8bf794096a4895ef3ef681af9'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'rows_read'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a84d389ca63d4d6bb62689def7d0acfb'
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
                        deleted: true
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
                        table: 'sys_documentation'
                        id: 'a8e1417175ba43c4925e926ac764ef95'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_end'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'aa65e54e474242808290a01e59a37f4f'
                        key: {
                            model: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            element: 'customer_url'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aafb287de8634d92b3f97650540c6f39'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
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
                        table: 'sys_documentation'
                        id: 'ac96151a5816439e825f61a192c20c86'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'finished'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: 'adce277517a34f97a5af2dcd689481b6'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'steps'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af21140e53da4b03933bc75edf91a155'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'af48715f6e3c4c71ba6531b4afbcb086'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'de'
                            dependent_value: 'NULL'
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
                        id: 'b18dbc897b34468c9b0ac1f94548e02c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b1ceb9c7be5140c0ba8077d0ec785edb'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'finished'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b21978b608674590b417b3ff3e857877'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'time_worked_entry'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b256416d9cd9492fae870d5f3eafde00'
                        key: {
                            sys_security_acl: 'd6081ee9859b48a28cca61298578409a'
                            sys_user_role: {
                                id: 'c3a17638ce474d66bf89df1a05030a38'
                                key: {
                                    name: 'x_rescue_connect.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: 'b25e2b17af324c4ea5ba6ab1ff8da044'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: 'technician'
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
                        table: 'sys_dictionary'
                        id: 'b2c792fe416e4568b7a2e3d52b3d2ed2'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_duration'
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
                        table: 'sys_element_mapping'
                        id: 'b4cbcdf9c7ba4143b772aa2889328d7f'
                        key: {
                            field: 'record'
                            table: 'var__m_sys_hub_step_ext_input_e28b6f981f8b4f2fb577903cfdd6a778'
                            id: 'e28b6f981f8b4f2fb577903cfdd6a778'
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
                        id: 'b50be9ea364e49a889cdb8453ed40328'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b541550a34a44dc5b335694d07562f16'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'post_hashes'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b5e2c7306a104cb98c421b5b7e351a53'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_sso_id'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b7d9505707ea486cbf159e0f0dc7e0bf'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'NULL'
                            language: 'de'
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
                        table: 'sys_documentation'
                        id: 'b8a16631dec542a99653b6aabe10ec1b'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'message'
                            language: 'nl'
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
                        id: 'bc05278a2b5946c2975f8cf3e15ebb95'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_lines'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bcee238e8089452caa5b57b05428df24'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd3dc806ded84d69894b0c290ff53a25'
                        key: {
                            document_key: 'abaf4601f68b42efbac92f4fa3d06b4f'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_documentation'
                        id: 'be7d139724514b08a088809f7091540c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_email'
                            language: 'de'
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
                        table: 'sys_choice'
                        id: 'bf9ee7f75c5840d6976312245b6df465'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'running'
                            language: 'de'
                            dependent_value: 'NULL'
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
                        table: 'sys_documentation'
                        id: 'c030ba80b5e6420e94a37714c27af1e9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c0573e7b072a45608ee1cc6e2c7771b1'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'task'
                            language: 'nl'
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
                        id: 'c16df05a0d304774ae4d0830cf54a1f7'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'report_called_at'
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
                        table: 'sys_choice'
                        id: 'c20bece2b1394ca5bb4ab664a9857f9a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'expired'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c221a3891b654874ac2954e1d2401543'
                        key: {
                            sys_security_acl: 'b597d243dd324098b391f2dddccc2118'
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
                        table: 'sys_documentation'
                        id: 'c3126cb18bf344afa9a4cf04d7b0c8ae'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_attachment'
                            language: 'fr'
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
                        table: 'sys_documentation'
                        id: 'c540df2abc31434e9d46044a59d108bb'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'rows_read'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'c5722702485f409d9942dddabcf3ed73'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'sessions_recovered'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c6218fa7576a4f558092b370cb8fadb7'
                        key: {
                            field: 'ok'
                            table: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            id: '608da3445c22437a8d645becc7f57d24'
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
                        table: 'sys_security_acl_role'
                        id: 'c78075fcf0a049ebb25c8b33a84ebad6'
                        key: {
                            sys_security_acl: '58d964b4ab684ef8ade829f68a93e286'
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
                        table: 'sys_choice'
                        id: 'ca33d3e30aaf4a4986051bb9ab1430da'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'succeeded'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        id: 'ca6eaf851bd54d3392ed593b93e60bb6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'de'
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
                        table: 'sys_documentation'
                        id: 'cb99ffc4892446de912f6edc39c9717c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'platform'
                            language: 'de'
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
                        table: 'sys_documentation'
                        id: 'cd7dd3a3afa049b0aca28a79db575c0f'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'fr'
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
                        id: 'cde566f97af94ec1b1269cd2ee584e2b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pin'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce3af51f4b6e4d89922b263e7d625051'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: 'd07b8b9a34a3405bab72c703881a3813'
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
                        table: 'sys_documentation'
                        id: 'd33c6f2b0eed4b2d9a3f03244e45e2c6'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'connector_host'
                            language: 'nl'
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
                        table: 'sys_documentation'
                        id: 'd55801a00a7a4afc92a7f01f0ea3bf57'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_start'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd59761e11a004f76bbc95de8888571c1'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'running'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd597659fb1f24fd2bea3a72137dda35d'
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
                        id: 'd63893824e9244aa9f4b8984d2482f28'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            language: 'de'
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
                        table: 'sys_hub_action_output'
                        id: 'd753c6ef8b514b93b50e6ca108e82d8f'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd7adc9c87eff4937bb32d62b50c70189'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'sessions_recovered'
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
                        table: 'sys_dictionary'
                        id: 'd80e0aa36332423ea2966f2379cceb16'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'rows_read'
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
                        id: 'daccd31695774635bb3b1eb3d9fa525a'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_attachment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'daeb0013216e49a8a31b2176ed479593'
                        deleted: true
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
                        id: 'db2dba2b910e44f38f3e072858e71d41'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            language: 'de'
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
                        id: 'db619c21a4e244be8ee15b611dd40167'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'errors'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dbd99734270f4fce97fcae455a95a832'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'rescue_session_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dbe32f5333bc4cf08054b3e44c6f1909'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'node'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dd2b69bd345b439eb51a79470433b106'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'running'
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
                        id: 'df87ba56a2d7492db679294dade2e24c'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dfa8492ae0f240bb957dc012850166fa'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'nl'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dfb447cce4604c8ba9ca07ba79847ee0'
                        key: {
                            name: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e01760f0bfc840248c9ce9bf792eda5c'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
                            value: 'failed'
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
                        id: 'e0c927068d8148bbb9c5e8dbd0b879e0'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'failed'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e2875f7fda67406baf09d29c4200ed6b'
                        key: {
                            name: 'var__m_sys_hub_action_input_608da3445c22437a8d645becc7f57d24'
                            element: 'record'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'e2ec1ad6570141628783c07b1bab9503'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'report_called_at'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e32031fce654490d8d4d26671c5467a3'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            value: 'console'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e324b672516d41ba812669e223334d36'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'time_worked_entry'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e325d020929c4183b3c2b18fc42ca943'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_name'
                            language: 'nl'
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
                        id: 'e4bae948389a4bb5a76f33a781d6221b'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_start'
                            language: 'fr'
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
                        id: 'e5882a6e92574695a314ee2f50374fdd'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'node'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e58d2da3b3f74088b71553eb2557eed7'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'report_called_at'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e598a22e00944568b1162e255f6e9f53'
                        key: {
                            document_key: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e5ad9951247042d290997de86a88143d'
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
                        id: 'e628994d86fa4fe5b08dc7e7bb64d733'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'NULL'
                            language: 'nl'
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
                        id: 'e65f5d102769485cb7d2a49902596e3c'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'state'
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
                        table: 'sys_element_mapping'
                        id: 'e84f0ee2a2eb48da9c5387d014aa1236'
                        key: {
                            field: 'table_name'
                            table: 'var__m_sys_hub_step_ext_input_e28b6f981f8b4f2fb577903cfdd6a778'
                            id: 'e28b6f981f8b4f2fb577903cfdd6a778'
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
                        table: 'sys_choice'
                        id: 'e8a1be228a894dad8cc436a232df6c66'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'failed'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e8ed8a98bea44ce18c0fb39e60e0a0d7'
                        key: {
                            sys_security_acl: 'd2a5e1aa02154d0f9f0fc55555de1eaa'
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
                        id: 'e9421346fc3a435fa0a271c78dc8560b'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'expires_on'
                            language: 'fr'
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
                        table: 'sys_choice'
                        id: 'e9b831e18df24e9a9c744201c7374005'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            value: 'recovered'
                            language: 'de'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e9cfb9c6378843ee9b1e308d873ae213'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'failure'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e9daf30c536e4a4c90ac24018da8caaa'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e9e3b7b3e6c2479caa7b80e8b427d5a0'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            language: 'nl'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e9fa8e4aa17048a5a4f06a6cfdd80d78'
                        key: {
                            sys_security_acl: 'e5c5cacb634e40b78badb3be5916ce9d'
                            sys_user_role: {
                                id: 'b9c031be392a483598bfabec0e339b62'
                                key: {
                                    name: 'x_rescue_connect.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ea2fb0a7ebc4426a8fb2546a03f8c7f4'
                        key: {
                            sys_security_acl: '51af9379cb4941c1b0d54072a97b9ce1'
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
                        table: 'sys_dictionary'
                        id: 'ece4e60479c34fb084988efe0f423cba'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_chars'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'edf3487bd84f47988090737c5d2488e7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_duration'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ee33af161fdc48c2a59f2a8445a381e0'
                        key: {
                            sys_security_acl: 'b4a9ea175f44436d9245e682aa79e1cb'
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
                        id: 'ee563a8d7a314621895f201879174125'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_duration'
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
                        id: 'ef8bff39ebfd42ccbc1f63c502016260'
                        key: {
                            name: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            element: 'pin'
                            language: 'en'
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
                        table: 'sys_choice'
                        id: 'f03c9cb161bb4183b74e59f8ef6c7780'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            value: 'posted_late'
                            language: 'fr'
                            dependent_value: 'NULL'
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
                        id: 'f0b220db96604cc590d4c25fd7d126d5'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f153dab6f9214beb940f7313d90179c5'
                        key: {
                            sys_security_acl: 'a2978bba67dd48e89220ad0abc557758'
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
                        table: 'sys_documentation'
                        id: 'f2158676ae144c42aa5392d3ff85cdb7'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'customer_name'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f22ef1f1ec174e709c3218c065e6eb7d'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'tech_id'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f2519b64b1114da7ad117a6eb19267d6'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
                            language: 'nl'
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
                        table: 'sys_dictionary'
                        id: 'f30cd9f33bbe44b5844a9c6abe9ca63f'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'window_start'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f34dbb6d592e45d9a092a4897d4159e9'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'closing_time'
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
                        table: 'sys_element_mapping'
                        id: 'f46a0794f71649f1aca6e2c971ca96b2'
                        key: {
                            field: 'customer_url'
                            table: 'var__m_sys_hub_action_output_608da3445c22437a8d645becc7f57d24'
                            id: '608da3445c22437a8d645becc7f57d24'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f4dc9822a566491f803ebfbe9b25ad34'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_lines'
                            language: 'de'
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
                        id: 'f675755e8c6444fe8f0b4d5a788111c8'
                        key: {
                            name: 'x_rescue_connect_token_request'
                            element: 'region'
                            value: 'global'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f6a1947966184e178260e99ecf5a1b72'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'source'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f733a0ddef1c40ce80f3e12432e15553'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'NULL'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f76036de1ce24ac58e019fd1012a4423'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'state'
                            value: 'expired'
                            language: 'fr'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f79e56c0424d48d6ae31a3e0611882eb'
                        deleted: true
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
                        table: 'sys_documentation'
                        id: 'f7c6e7598b834f6e9a6c783d7c65807e'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'work_time'
                            language: 'de'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'f7dd72b3f2064c6c9c4780ff0c12d371'
                        key: {
                            model: '608da3445c22437a8d645becc7f57d24'
                            element: 'error_code'
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
                        id: 'f9e4027ddc9443b8a9e0f7623660f96b'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'waiting_time'
                            language: 'fr'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f9e48028310e4d06b7c00916e530ac09'
                        key: {
                            name: 'x_rescue_connect_recovery_run'
                            element: 'state'
                            value: 'running'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fa01168e424c446fbb3669dfbebec472'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_lines'
                            language: 'fr'
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
                        table: 'sys_hub_step_ext_output'
                        id: 'fadc9801aa7e46dc8cafcfeeedbd3672'
                        key: {
                            model: 'e28b6f981f8b4f2fb577903cfdd6a778'
                            element: 'session'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fbc8ae666c774a50a8e37159294ebd73'
                        key: {
                            sys_security_acl: 'e37f5edb7e714ea59b6d448215c8dcda'
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
                        table: 'sys_element_mapping'
                        id: 'fcf9e36397384ce4ae2181c08bacf4cf'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: 'd6dc93c2cda64e81b370f13fa656c18f'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fd7a82a4e02e4b188286e9e64c1c73c5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'recovery'
                            value: 'recovered'
                            language: 'nl'
                            dependent_value: 'NULL'
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
                        table: 'sys_security_acl_role'
                        id: 'ff09205d9340488dbb2214cdeeef336d'
                        key: {
                            sys_security_acl: '29c94fb02a264944bfa81b6429115cfa'
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
                        id: 'ff14642022094196bb3e48ce440bcb2c'
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
                        id: 'ff72d364593c459c84e348828bc60aeb'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'fr'
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
