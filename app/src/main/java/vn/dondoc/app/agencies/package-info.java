/**
 * Agency directory: agencies, groups and aliases, seeded from the CSV files of the extraction library and
 * edited by admins; resolves written mentions to agencies ({@link vn.dondoc.app.agencies.AgencyLookup}
 * implements the extraction library's {@code AgencyDirectory}). Facade: {@link vn.dondoc.app.agencies.AgencyService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cơ quan, đơn vị", allowedDependencies = {"platform", "shared"})
package vn.dondoc.app.agencies;
