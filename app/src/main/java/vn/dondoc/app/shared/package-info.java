/**
 * Small common types every module may use: the error model ({@link vn.dondoc.app.shared.DomainException}), dates in
 * Vietnamese format, the {@link vn.dondoc.app.shared.Audited} event the audit log listens to, the admin's
 * {@link vn.dondoc.app.shared.RunnableJob}s, and the one way to write CSV ({@link vn.dondoc.app.shared.Csv}), workbook
 * rows ({@link vn.dondoc.app.shared.Sheets}) and full-text conditions ({@link vn.dondoc.app.shared.TextSearch}). Keep
 * it tiny.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dondoc.app.shared;
