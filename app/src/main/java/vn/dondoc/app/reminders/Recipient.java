package vn.dondoc.app.reminders;

/** An enabled user who may receive reminders. */
record Recipient(long id, String fullName, String email, boolean mailEnabled, String role, Long agencyId) {

    boolean wantsMail() {
        return mailEnabled && email != null && !email.isBlank();
    }
}
