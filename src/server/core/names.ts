// Names other records depend on (shared/spec/product.md, "Names"): the roles the server re-checks and
// the app's own session table. One definition each, so a rename cannot leave a twin behind.
export const ADMIN_ROLE = 'x_rescue_connect.admin'
export const USER_ROLE = 'x_rescue_connect.user'
export const SESSION_TABLE = 'x_rescue_connect_session'
