package vn.dondoc.app.support;

import java.util.List;
import vn.dondoc.app.demo.DemoData;

/** Seeds the demo notices once per test JVM (tests share one database), and tells every caller their ids. */
public final class DemoSeed {

    private static List<Long> notices;

    private DemoSeed() {
    }

    public static synchronized List<Long> once(DemoData demo) {
        if (notices == null) {
            notices = demo.seed();
        }
        return notices;
    }
}
