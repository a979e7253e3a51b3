package vn.dondoc.app.tasks;

import vn.dondoc.app.shared.DomainException;

/** An action refused in the assignment's current state (HTTP 409). */
public class IllegalTransitionException extends DomainException {
    public IllegalTransitionException(String message) {
        super(Kind.CONFLICT, "illegal_transition", message);
    }
}
