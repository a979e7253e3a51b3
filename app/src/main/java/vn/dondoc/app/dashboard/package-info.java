/**
 * Leadership views: the home page of every role (the province, one agency or one notice, for a period) and its
 * API. Reads assignments only through the tasks module's read API ({@code TaskService.count},
 * {@code TaskFigures}), never its tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tổng quan",
        allowedDependencies = {"accounts", "agencies", "tasks", "reminders", "platform", "shared"})
package vn.dondoc.app.dashboard;
