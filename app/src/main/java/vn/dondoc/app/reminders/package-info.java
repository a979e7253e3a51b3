/**
 * Reminders (đôn đốc): the admin-editable {@link vn.dondoc.app.reminders.ReminderPolicy}, the daily reminders job
 * ({@link vn.dondoc.app.reminders.ReminderService}) on db-scheduler, the in-app notification centre
 * ({@link vn.dondoc.app.reminders.NotificationService}) and the mail outbox ({@link vn.dondoc.app.reminders.OutboxService})
 * sent over SMTP by a second job. Every reminder event is recorded once in {@code reminder_sent}, so runs are
 * idempotent; every mail goes through the outbox. Jobs are listed for admins through
 * {@link vn.dondoc.app.shared.RunnableJob} beans, which other modules may add.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đôn đốc",
        allowedDependencies = {"accounts", "agencies", "tasks", "platform", "shared"})
package vn.dondoc.app.reminders;
