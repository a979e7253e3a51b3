/**
 * Small common types every module may use: the error model ({@link vn.dondoc.app.shared.DomainException}),
 * dates in Vietnamese format. Keep it tiny.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dondoc.app.shared;
