/**
 * Accounts: users bound to an agency with one of the six roles of DOMAIN.md, login, personal access
 * tokens for the API, and the security configuration. Facade: {@link vn.dondoc.app.accounts.AccountService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tài khoản", allowedDependencies = {"agencies", "platform", "shared"})
package vn.dondoc.app.accounts;
