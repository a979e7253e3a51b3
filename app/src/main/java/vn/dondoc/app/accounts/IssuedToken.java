package vn.dondoc.app.accounts;

/** A freshly created token: {@code token} is shown once and never stored in clear. */
public record IssuedToken(long id, String name, String token) {
}
