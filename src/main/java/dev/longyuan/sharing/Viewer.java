package dev.longyuan.sharing;

import dev.longyuan.shared.DataScope;

/**
 * Who looks at the directory: their data scope, their user name, and whether a province
 * administrator has cleared them to read restricted details.
 */
public record Viewer(DataScope scope, String username, boolean cleared) {

  /**
   * Whether the viewer sees a resource's details: any public one; a restricted one only when
   * cleared, when it is the viewer's own enterprise's, or as the province's staff, who vet.
   */
  public boolean seesDetails(Resource resource) {
    return resource.level() == Level.PUBLIC
        || cleared
        || scope.isEverything()
        || (scope.kind() == DataScope.Kind.ENTERPRISE
            && resource.ownerCode().equals(scope.enterprise()));
  }

  /** Whether the viewer acts for the resource's owner: its enterprise, or the province's admin. */
  public boolean actsForOwner(Resource resource) {
    return scope.mayChange()
        && (scope.isEverything()
            || (scope.kind() == DataScope.Kind.ENTERPRISE
                && resource.ownerCode().equals(scope.enterprise())));
  }

  /** Whether the viewer made the booking or acts for the enterprise that did. */
  public boolean isRequester(Booking booking) {
    return booking.requestedBy().equals(username)
        || (scope.kind() == DataScope.Kind.ENTERPRISE
            && booking.enterpriseCode().equals(scope.enterprise()));
  }
}
