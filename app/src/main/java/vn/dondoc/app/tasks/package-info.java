/**
 * Tasks: tasks, assignments, lifecycle, progress reports, evidence, extensions, comments, search. Not built yet: the package exists so that the module map of ARCHITECTURE.md is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhiệm vụ")
package vn.dondoc.app.tasks;
