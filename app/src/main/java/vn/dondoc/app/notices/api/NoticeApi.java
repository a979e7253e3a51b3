package vn.dondoc.app.notices.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.app.notices.NoticeService;
import vn.dondoc.app.notices.NoticeSummary;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.shared.web.FileDownloads;

/** Upload notices and read their extraction (secretariat uploads; province-level roles read). */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Thông báo kết luận")
class NoticeApi {

    private final NoticeService notices;
    private final ObjectMapper json;

    NoticeApi(NoticeService notices, ObjectMapper json) {
        this.notices = notices;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tải lên một thông báo (PDF, DOCX, văn bản, ảnh scan; tối đa 50 MB, quá: 413); trích xuất chạy nền")
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file) throws IOException {
        NoticeService.checkSize(file.getOriginalFilename(), file.getSize());
        NoticeSummary n = notices.upload(file.getOriginalFilename(), file.getBytes(), file.getContentType());
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("id", n.id());
        body.put("status", n.status());
        body.put("duplicate_of", n.duplicateOf());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    @org.springframework.web.bind.annotation.PutMapping(value = "/{id}/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thay danh sách nhiệm vụ đã rà soát (lược đồ mẫu); kèm version để tránh ghi đè")
    ObjectNode replaceTasks(@PathVariable long id, @org.springframework.web.bind.annotation.RequestBody ObjectNode body) {
        if (body == null || !body.has("tasks")) {
            throw DomainException.invalid("invalid_tasks", "Cần gửi {\"tasks\": [...], \"version\": …}.");
        }
        Integer version = body.hasNonNull("version") ? body.get("version").asInt() : null;
        notices.replaceTasks(id, version, json.writeValueAsString(body.get("tasks")));
        return get(id);
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Ban hành: tạo nhiệm vụ và giao cho từng cơ quan (nhóm được tách thành từng cơ quan)")
    Map<String, Object> issue(@PathVariable long id) {
        List<Long> taskIds = notices.issue(id);
        return Map.of("id", id, "status", "ISSUED", "task_ids", taskIds);
    }

    @GetMapping
    @Operation(summary = "Các thông báo tải lên gần đây")
    List<NoticeSummary> list(@RequestParam(defaultValue = "100") int limit) {
        return notices.recent(limit);
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "Tải tệp gốc của thông báo (tệp đính kèm, đúng kiểu đã lưu; cơ quan, đơn vị: 403)")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        NoticeService.OriginalFile f = notices.originalFile(id);
        return FileDownloads.attachment(f.fileName(), f.mediaType(), f.content());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Trạng thái, tiến độ và kết quả trích xuất (nhiệm vụ theo lược đồ mẫu)")
    ObjectNode get(@PathVariable long id) {
        NoticeSummary n = notices.find(id)
                .orElseThrow(() -> DomainException.notFound("notice_not_found", "Không tìm thấy thông báo."));
        ObjectNode out = json.createObjectNode();
        out.put("id", n.id());
        out.put("status", n.status().name());
        out.put("status_label", n.status().label());
        ObjectNode progress = out.putObject("progress");
        progress.put("done", n.progressDone());
        progress.put("total", n.progressTotal());
        progress.put("percent", n.percent());
        out.put("file_name", n.fileName());
        out.put("error", n.error());
        if (n.duplicateOf() == null) {
            out.putNull("duplicate_of");
        } else {
            out.put("duplicate_of", n.duplicateOf());
        }
        out.put("ocr", n.ocr());
        out.put("version", n.version());
        notices.extractionJson(id).ifPresentOrElse(text -> {
            ObjectNode extracted = (ObjectNode) json.readTree(text);
            extracted.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
        }, () -> out.putArray("tasks"));
        return out;
    }
}
