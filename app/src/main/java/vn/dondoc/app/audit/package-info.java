/**
 * Audit: the append-only change log (who, when, what, before → after), fed by the {@link vn.dondoc.app.shared.Audited}
 * events every module publishes inside its transactions. Read per task by whoever sees the task (an agency only its own
 * agency's entries) and globally by admins and inspectors. Facade: {@link vn.dondoc.app.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký", allowedDependencies = {"accounts", "shared"})
package vn.dondoc.app.audit;
