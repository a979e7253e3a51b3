package vn.dondoc.app.demo;

/** A small real PDF for tests that upload evidence. */
public final class DemoDataPdf {

    private DemoDataPdf() {
    }

    public static byte[] sample() {
        return DemoData.evidencePdf(new vn.dondoc.app.tasks.AssignmentView(0, 0, null, "1", "x", 0, "x",
                vn.dondoc.app.tasks.AssignmentRole.LEAD, vn.dondoc.app.tasks.AssignmentStatus.ASSIGNED, null, null, null,
                false, 0, null, vn.dondoc.app.tasks.Timeliness.NO_DEADLINE, 0, 0));
    }
}
