package vn.dondoc.app.agencies;

/** An agency or group was created or edited. */
public record AgencyDirectoryChanged(long agencyId) {
}
