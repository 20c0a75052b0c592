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
                    'acl-session-report-view': {
                        table: 'sys_security_acl'
                        id: 'd6081ee9859b48a28cca61298578409a'
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
                        id: '15d895d4f7604aa9aac3cdd35d5a7740'
                        key: {
                            name: 'x_rescue_connect_auth_code'
                            element: 'technician'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '20131dc800f54e0b9c6f02fea17a0d68'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'posts'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '4fb1e5154f1d427caa2fb431afe7f026'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_attachment'
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
                        table: 'sys_documentation'
                        id: '7af73c45e60c4f61a2bc5326ad0f6d25'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_chars'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '97432f58a2c742daa6a3c00358b92f04'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'time_worked_entry'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: 'adb7d7522dee4d95a651564e8bae5478'
                        key: {
                            document_key: '048a5c73e3a0453e8895b73faab94b75'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_element_mapping'
                        id: 'cf8e52cac51a4ae7bef0a30526b90352'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e7743af41810490a8ee43cc791503e00'
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
                        deleted: true
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
                        id: 'dd5c7bc444f84705a2453e677e0e89a5'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'pickup_time'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'e324b672516d41ba812669e223334d36'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'time_worked_entry'
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
                        table: 'sys_dictionary'
                        id: 'ece4e60479c34fb084988efe0f423cba'
                        key: {
                            name: 'x_rescue_connect_session'
                            element: 'chat_log_chars'
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
