/**
 * Platform: the database (embedded or external PostgreSQL), clock and other infrastructure every
 * module runs on. Holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dondoc.app.platform;
