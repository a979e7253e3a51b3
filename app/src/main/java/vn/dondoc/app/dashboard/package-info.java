/** Leadership views: the overview page ("Tổng quan") and, as they are built, dashboards and the IOC feed. */
@org.springframework.modulith.ApplicationModule(displayName = "Tổng quan", allowedDependencies = {"accounts", "agencies", "platform", "shared"})
package vn.dondoc.app.dashboard;
