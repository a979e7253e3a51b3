package vn.dondoc.app.notices;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dondoc.app.agencies.AgencyLookup;
import vn.dondoc.extraction.ExtractedNotice;
import vn.dondoc.extraction.ExtractionJson;
import vn.dondoc.extraction.NoticeExtractor;
import vn.dondoc.extraction.document.DocumentException;
import vn.dondoc.extraction.document.DocumentReader;
import vn.dondoc.extraction.document.DocumentText;

/**
 * The background run that turns an uploaded file into text (OCR page by page for scans, progress
 * recorded) and the text into tasks. A db-scheduler one-time task: persistent, run by one node, re-run
 * if a node dies in the middle; a notice no longer PROCESSING is left alone.
 */
@Configuration(proxyBeanMethods = false)
class NoticeExtractionJob {

    private static final Logger log = LoggerFactory.getLogger(NoticeExtractionJob.class);

    private final NoticeRepository repository;
    private final NoticeExtractor extractor;
    private final DocumentReader reader = new DocumentReader();
    private final Clock clock;
    private volatile OneTimeTask<Long> task;

    NoticeExtractionJob(NoticeRepository repository, AgencyLookup agencies, Clock clock) {
        this.repository = repository;
        this.extractor = new NoticeExtractor(agencies);
        this.clock = clock;
    }

    @Bean
    OneTimeTask<Long> noticeExtractionTask() {
        return task();
    }

    OneTimeTask<Long> task() {
        OneTimeTask<Long> t = task;
        if (t == null) {
            t = Tasks.oneTime("notice-extraction", Long.class).execute((instance, ctx) -> run(instance.getData()));
            task = t;
        }
        return t;
    }

    void run(long id) {
        var notice = repository.find(id).orElse(null);
        if (notice == null || notice.status() != NoticeStatus.PROCESSING) {
            return;
        }
        byte[] content = repository.content(id).orElse(new byte[0]);
        try {
            DocumentText doc = reader.read(new ByteArrayInputStream(content), notice.fileName(),
                    (done, total) -> repository.progress(id, done, total));
            ExtractedNotice result = extractor.extract(doc.text());
            Long sameNumber = result.number() == null ? null : repository.findOtherByNumber(result.number(), id).orElse(null);
            repository.extracted(id, doc.text(), doc.ocr(), doc.mediaType(), result.number(), result.issuer(),
                    result.issuedDate(), result.meetingDate(), result.chair(), result.title(), result.tasks().size(),
                    ExtractionJson.toJson(result), sameNumber, clock.instant());
            log.info("Đã trích xuất thông báo {} ({}): {} nhiệm vụ", id, notice.fileName(), result.tasks().size());
        } catch (DocumentException e) {
            repository.failed(id, e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Trích xuất thông báo {} thất bại", id, e);
            repository.failed(id, "Không trích xuất được nhiệm vụ từ tệp này do lỗi hệ thống.", clock.instant());
        }
    }
}
