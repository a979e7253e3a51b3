package vn.dondoc.app.notices;

import java.util.List;
import vn.dondoc.app.shared.DomainException;

/** Reviewed tasks refused (400), with what is wrong with each task as well as one Vietnamese message. */
public class InvalidTasksException extends DomainException {

    private final transient List<TaskProblem> problems;

    InvalidTasksException(String message, List<TaskProblem> problems) {
        super(Kind.INVALID, "invalid_tasks", message);
        this.problems = List.copyOf(problems);
    }

    /** One entry per task that has something wrong, in list order. */
    public List<TaskProblem> problems() {
        return problems;
    }
}
