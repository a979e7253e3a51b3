/**
 * Tasks: tasks, assignments, lifecycle, progress reports, evidence, extensions, comments, search. So far: the
 * assignment lifecycle ({@link vn.dondoc.app.tasks.AssignmentAction}) and timeliness rules
 * ({@link vn.dondoc.app.tasks.TimelinessRule}); persistence and pages come with issue 4.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhiệm vụ", allowedDependencies = {"accounts", "agencies", "platform", "shared"})
package vn.dondoc.app.tasks;
