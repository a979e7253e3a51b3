/**
 * Tasks: tasks, assignments, their lifecycle, progress reports with confidence ratings, evidence, extensions,
 * comments, recurring reporting periods, the task list, inbox and exports.
 *
 * <h2>Read model</h2>
 * Other modules read assignments only through what this module publishes, never its tables:
 * <ul>
 *   <li>Java: {@link vn.dondoc.app.tasks.TaskService} ({@code find}, {@code count}, {@code counts} — the task list
 *       and its counts per timeliness bucket, scoped to the user) and {@link vn.dondoc.app.tasks.TaskFigures}
 *       (per agency, per two-week period, per notice, for the dashboard). Both are cached under
 *       {@code task_generation}, a number every commit that changes a task or assignment moves.</li>
 *   <li>SQL (migration {@code V202612080200__read_model.sql}): {@code timeliness_of(status, deadline, standing,
 *       completed_on, today, due_soon)}, the one SQL form of {@link vn.dondoc.app.tasks.TimelinessRule} (compared
 *       case by case by a test); {@code assignment_facts(today, due_soon)}, one row per assignment with its task's
 *       fields, timeliness, days overdue, at-risk flag, latest report, pending extension; the views
 *       {@code occurrence_facts} and {@code extension_facts}. Reporting and reminders query these.</li>
 * </ul>
 * Search: {@code TaskSearchSource} contributes tasks, reports and comments to the global search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhiệm vụ", allowedDependencies = {"accounts", "agencies", "platform", "shared"})
package vn.dondoc.app.tasks;
