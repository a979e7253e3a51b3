package vn.dondoc.app.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database startup failure into a short Vietnamese report instead of a stack trace. */
class DatabaseStartupFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartupException cause) {
        return new FailureAnalysis("dondoc không khởi động được: " + cause.getMessage(),
                "Sửa nguyên nhân nêu trên rồi khởi động lại dondoc.", cause);
    }
}
