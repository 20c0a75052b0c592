// Names other records depend on (shared/spec/product.md, "Names"): the roles the server re-checks and
// the app's own session table. One definition each, so a rename cannot leave a twin behind.
export const ADMIN_ROLE = 'x_rescue_connect.admin'
export const USER_ROLE = 'x_rescue_connect.user'
export const SESSION_TABLE = 'x_rescue_connect_session'
/** The app's scope and name: Token Setup offers only OAuth registry entries created in this scope. */
export const APP_SCOPE = 'x_rescue_connect'
export const APP_NAME = 'LogMeIn Rescue Integration'
