/**
 * Reminders: reminder policy, scheduled jobs, notification centre, mail outbox. Not built yet: the package exists so that the module map of ARCHITECTURE.md is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đôn đốc")
package vn.dondoc.app.reminders;
