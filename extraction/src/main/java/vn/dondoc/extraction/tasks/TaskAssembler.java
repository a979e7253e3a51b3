package vn.dondoc.extraction.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dondoc.extraction.AgencyDirectory;
import vn.dondoc.extraction.AgencyMatch;
import vn.dondoc.extraction.AgencyRef;
import vn.dondoc.extraction.ExtractedTask;
import vn.dondoc.extraction.deadline.DeadlineMatch;
import vn.dondoc.extraction.deadline.DeadlineParser;
import vn.dondoc.extraction.deadline.Recurrence;
import vn.dondoc.extraction.structure.MarkerType;
import vn.dondoc.extraction.structure.NoticeHeader;
import vn.dondoc.extraction.structure.Paragraph;

/**
 * Turns the body outline of a notice into tasks following the annotation rules: one task per directive
 * item under an assignee heading, lead/support from headings, labels ("Công an tỉnh: …") and sentences
 * ("X chủ trì, phối hợp với Y"), deadlines inherited from headings and the closing sentence, splits when a
 * paragraph directs a different assignee. Assessment sections and lead-ins are not tasks. Thread-safe.
 */
public final class TaskAssembler {

    private static final Pattern ASSESSMENT = Pattern.compile(
            "^(?:danh gia|uu diem|han che|ket qua|tinh hinh|kho khan|nhan xet|ton tai|mot so ket qua|boi canh)");
    private static final Pattern CONCRETE = Pattern.compile(
            "(?<![a-z])(?:ra soat|xay dung|ban hanh|de xuat|tham muu|bao cao|hoan thanh|hoan thien|nghien cuu|chuan bi"
                    + "|tong hop|kiem tra|thanh lap|kien toan|bo tri|sap xep|cap nhat|chia se|trinh|dieu chinh|bao dam"
                    + "|dam bao|xu ly|giai quyet|phoi hop voi|chu tri|ket noi|tich hop|so hoa|dau tu|nang cap|lap|huong dan"
                    + "|don doc|theo doi|ban giao|giai ngan|thuc hien nghiem)(?![a-z])");
    /** Predicates that show a heading is a directive, not an assignee's long name. */
    private static final Pattern CONCRETE_PREDICATE = Pattern.compile(
            "(?<![a-z])(?:chu tri|phoi hop|khan truong|tham muu|thuc hien|trien khai|ra soat|bao cao|chiu trach nhiem|co trach nhiem)(?![a-z])");
    private static final Pattern ACCOUNTABILITY = Pattern.compile("chiu trach nhiem(?: truc tiep| toan dien)? truoc");
    private static final Pattern APPROVAL = Pattern.compile(
            "^(?:\\S+\\s+){0,8}?(?:co ban\\s+)?(?:th[a-z]ng nh[a-z]t|dong y|ghi nhan|bieu duong|danh gia cao|hoan nghenh|nhat tri)(?![a-z])"
                    + "|^(?:ubnd|uy ban nhan dan|chinh phu|thu tuong|lanh dao)(?:\\s+(?:tinh|thanh pho|chinh phu))?\\s+(?:se|da)(?![a-z])");
    private static final Set<String> CONNECTIVES = Set.of("tren", "can", "dong", "sau", "de", "trong", "nhu", "ngoai",
            "rieng", "doi", "truoc", "ngay", "thoi");
    private static final Set<String> ORDINALS = Set.of("nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin",
            "muoi");
    private static final Pattern ISSUER_OWN_ACT = Pattern.compile(
            "^(?:ubnd|uy ban nhan dan|chinh phu|thu tuong|bo truong|chu tich|pho chu tich|lanh dao|ban chi dao|thuong truc)"
                    + "[^,;.:]{0,50}?\\s(?:se|da|cung da)\\s");
    private static final Pattern CLOSING_DIRECTIVE = Pattern.compile(
            "(?:thong bao nay|ket luan nay|neu tren|tren day|cac nhiem vu (?:duoc giao|tai))");
    private static final Pattern NIGHIEM_TUC = Pattern.compile(
            "^(?:\\S+\\s+){1,10}?(?:nghiem tuc|khan truong) (?:thuc hien|trien khai)(?:\\s+thuc hien)?\\s*[;.,]");
    /** Paragraphs that turn from assessment to directions ("Trong thời gian tới, Tỉnh …"). */
    private static final Pattern FUTURE = Pattern.compile("(?:trong )?thoi gian toi\\s*,");
    /** Words before the assignee in headings ("Trách nhiệm của …", "Nhiệm vụ cụ thể đối với …"). */
    private static final Set<String> HEADING_PREFIX = Set.of("trach", "nhiem", "cua", "doi", "voi", "giao", "cu", "the");
    /** Parenthetical phrases that may follow a subject before its predicate ("Chủ đầu tư, trong phạm vi …, …"). */
    private static final Set<String> PARENTHETICAL = Set.of("trong pham", "theo chuc", "can cu", "tren co", "voi vai",
            "trong qua");
    /** Addressees outside the administration: requests to them are not tasks. */
    private static final Pattern NON_STATE = Pattern.compile(
            "^cac (?:doanh nghiep|nha dau tu|ho kinh doanh|ho gia dinh|co so kinh doanh)(?![a-z])|^(?:nguoi dan|nhan dan)(?![a-z])");
    private static final Pattern CHU_TRI = Pattern.compile("^ch[uiy]{1,2} tr[iy]$");
    private static final Set<String> OBJECT_WORDS = Set.of("cua", "voi", "cho", "ve", "tai", "tren", "den",
            "trong", "o", "tu", "doi", "giua", "thuoc");
    private static final Set<String> DIRECTING = Set.of("chi dao", "giao", "de nghi", "yeu cau", "huong dan",
            "don doc", "phoi hop", "giup");
    private static final Pattern PRODUCT = Pattern.compile(
            "(?<![a-z])(?:trinh|ban hanh|xay dung|hoan thien|hoan thanh|de xuat|lap)(?:\\s+\\S+){0,6}?\\s+(ke hoach|de an|bao cao|"
                    + "quyet dinh|nghi quyet|chuong trinh|quy che|quy dinh|du thao|to trinh|phuong an|chien luoc|quy hoach|"
                    + "danh muc|huong dan|chinh sach|co che|du an|bo chi so)(?![a-z])");

    private final AgencyDirectory directory;

    /** An assembler resolving names through {@code directory}. */
    public TaskAssembler(AgencyDirectory directory) {
        this.directory = directory;
    }

    /** Inherited context while walking the outline. */
    private record Ctx(List<String> leads, List<String> supports, DeadlineMatch deadline, boolean assessment,
                       List<String> context) {
    }

    /** One document's state. */
    private final class Run {
        final String text;
        final String mask;
        final String folded;
        final int docYear;
        final List<ExtractedTask> out = new ArrayList<>();

        final String province;
        DeadlineMatch closingDeadline;

        Run(String text, String mask, String folded, int docYear) {
            this.province = mainProvince(text);
            this.text = text;
            this.mask = mask;
            this.folded = folded;
            this.docYear = docYear;
        }

        void walk(OutlineNode node, Ctx ctx) {
            Paragraph p = node.p;
            if (p.type() == MarkerType.PLUS) {
                return;
            }
            boolean heading = node.hasItemKids() || p.heading() && (node.kids.isEmpty() || !node.paras.isEmpty());
            if (!heading) {
                item(node, ctx);
                return;
            }
            Region r = region(p.bodyStart(), p.end());
            String hf = r.foldedText().strip();
            boolean assessment = ctx.assessment();
            List<String> leads = ctx.leads();
            List<String> supports = ctx.supports();
            List<String> context = ctx.context();
            DeadlineMatch deadline = ctx.deadline();
            Assignees a = assignees(r, true);
            if (!a.leads.isEmpty()) {
                leads = a.leads;
                supports = a.supports;
                context = List.of();
                assessment = false;
            } else if (ASSESSMENT.matcher(hf.replaceAll("^[\\d.\\s]+", "")).find() && p.type() != MarkerType.DASH) {
                assessment = true;
            } else if (p.type() == MarkerType.ROMAN) {
                assessment = false;
            }
            List<DeadlineMatch> ds = DeadlineParser.find(text, folded, p.bodyStart(), p.end(), docYear);
            if (!ds.isEmpty()) {
                deadline = choose(ds);
            }
            Ctx inner = new Ctx(leads, supports, deadline, assessment, context);
            boolean topic = hf.startsWith("ve ");
            if (!node.hasItemKids() && !node.paras.isEmpty() && (topic || !a.leads.isEmpty())) {
                if (node.paras.size() == 1) {
                    paragraphTask(node.paras.get(0), node.ref, inner, true);
                } else {
                    for (int i = 0; i < node.paras.size(); i++) {
                        paragraphTask(node.paras.get(i), node.ref + "." + (i + 1), inner, true);
                    }
                }
            } else {
                for (int i = 0; i < node.paras.size(); i++) {
                    inner = leadInOrTask(node.paras.get(i), node.ref.isEmpty() ? "p" + (i + 1) : node.ref + ".p" + (i + 1),
                            inner);
                }
            }
            for (OutlineNode k : node.kids) {
                walk(k, inner);
            }
        }

        /** A plain paragraph under a heading: a lead-in (sets the implicit assignee) or a task. */
        Ctx leadInOrTask(Paragraph para, String ref, Ctx ctx) {
            Region r = region(para.bodyStart(), para.end());
            String f = r.foldedText().strip();
            List<String> named = implicitAssignee(r);
            Ctx next = ctx;
            if (!named.isEmpty()) {
                next = new Ctx(ctx.leads(), ctx.supports(), ctx.deadline(), ctx.assessment(), named);
            }
            if (f.endsWith(":")) {
                return next;
            }
            if (closingDirective(r)) {
                return next;
            }
            if (ctx.assessment() && !(FUTURE.matcher(f).lookingAt() && !subject(r).isEmpty())) {
                return ctx;
            }
            if (APPROVAL.matcher(f).find()) {
                return next;
            }
            if (!CONCRETE.matcher(f).find() || ACCOUNTABILITY.matcher(f).find() && !f.contains("dam bao")
                    && !f.contains("bao dam")) {
                return next;
            }
            paragraphTask(para, ref, next, false);
            return next;
        }

        void paragraphTask(Paragraph para, String ref, Ctx ctx, boolean underTopic) {
            emit(ref, para.bodyStart(), para.end(), para.start(), ctx, false);
        }

        /** A content item with its sub-items and continuation paragraphs. */
        void item(OutlineNode node, Ctx ctx) {
            if (ctx.assessment()) {
                return;
            }
            int end = lastEnd(node);
            List<Paragraph> separate = new ArrayList<>();
            // continuation paragraphs: separate tasks when they open with their own assignee
            int contentEnd = node.p.end();
            for (OutlineNode k : node.kids) {
                contentEnd = Math.max(contentEnd, lastEnd(k));
            }
            boolean split = false;
            for (Paragraph para : node.paras) {
                Region r = region(para.bodyStart(), para.end());
                if (closingDirective(r)) {
                    split = true;
                } else if (!split && subject(r).isEmpty()) {
                    contentEnd = para.end();
                } else {
                    split = true;
                    separate.add(para);
                }
            }
            MarkerType type = node.p.type();
            boolean subItem = type == MarkerType.LETTER || type == MarkerType.PARENTHESISED || type == MarkerType.DASH;
            emit(node.ref, node.p.bodyStart(), contentEnd, node.p.start(), ctx, subItem);
            for (int i = 0; i < separate.size(); i++) {
                Paragraph para = separate.get(i);
                Region r = region(para.bodyStart(), para.end());
                if (closingDirective(r)) {
                    continue;
                }
                String f = r.foldedText();
                if (CONCRETE.matcher(f).find() || !subject(r).isEmpty()) {
                    emit(node.ref + ".p" + (node.paras.indexOf(para) + 2), para.bodyStart(), para.end(), para.start(), ctx,
                            false);
                }
            }
            if (end < 0) {
                return;
            }
        }

        int lastEnd(OutlineNode n) {
            int e = n.p.end();
            for (Paragraph q : n.paras) {
                e = Math.max(e, q.end());
            }
            for (OutlineNode k : n.kids) {
                e = Math.max(e, lastEnd(k));
            }
            return e;
        }

        /**
         * Emits one task (or several when the text directs different assignees in separate sentences);
         * {@code subItem} for a lettered, bracketed or dash item under a heading.
         */
        void emit(String ref, int from, int to, int spanStart, Ctx ctx, boolean subItem) {
            Region r = region(from, to);
            // label "Assignee: content"
            List<String> labelLeads = new ArrayList<>();
            int contentFrom = from;
            Tokens t = r.tokens;
            List<AgencyMention> ms = r.mentions;
            // "Đề nghị X, Y: …" / "Giao X: …" is a label too
            int k0 = t.size() > 2 && (t.f(0).equals("de") && t.f(1).equals("nghi") || t.f(0).equals("yeu")
                    && t.f(1).equals("cau")) ? 2 : t.size() > 1 && t.f(0).equals("giao") ? 1 : 0;
            if (!ms.isEmpty() && (ms.get(0).firstToken() == 0 || k0 > 0 && ms.get(0).firstToken() == k0)) {
                int k = 0;
                List<String> names = new ArrayList<>();
                int lastTok = -1;
                while (k < ms.size() && (k == 0 || ms.get(k).firstToken() == lastTok + 1
                        || ms.get(k).firstToken() == lastTok + 2 && t.f(lastTok + 1).equals("va"))) {
                    names.add(ms.get(k).name());
                    lastTok = ms.get(k).lastToken();
                    k++;
                }
                if (lastTok + 1 < t.size() && t.get(lastTok + 1).gapBefore() == ':') {
                    labelLeads.addAll(names);
                    // the content starts at its first word, or at an opening bracket before it ("X: *(i) *Chỉ đạo …")
                    contentFrom = t.get(lastTok + 1).start();
                    int colon = mask.indexOf(':', t.get(lastTok).end());
                    if (contentFrom > colon + 1 && text.charAt(contentFrom - 1) == '(') {
                        contentFrom--;
                        while (contentFrom > colon + 1
                                && (text.charAt(contentFrom - 1) == '*' || text.charAt(contentFrom - 1) == '_')) {
                            contentFrom--;
                        }
                    }
                } else if (lastTok + 1 >= t.size()) {
                    return;
                }
            }
            // split at sentences that open with a different assignee
            List<int[]> parts = new ArrayList<>();
            int partStart = 0;
            List<String> firstSubject = labelLeads.isEmpty() ? subject(r) : labelLeads;
            for (int i = 1; i < t.size(); i++) {
                if (t.get(i).gapBefore() != '.' || !t.get(i).upper()) {
                    continue;
                }
                List<String> s = subject(r, i);
                List<String> current = !firstSubject.isEmpty() ? firstSubject
                        : !ctx.leads().isEmpty() ? ctx.leads() : ctx.context();
                if (!s.isEmpty() && !sameNames(s, current) && !sameNames(s, ctx.leads()) && !sameNames(s, ctx.context())
                        && CONCRETE.matcher(folded.substring(t.get(i).start(), to)).find()) {
                    parts.add(new int[] {partStart, i});
                    partStart = i;
                }
            }
            parts.add(new int[] {partStart, t.size()});
            for (int pi = 0; pi < parts.size(); pi++) {
                int a = parts.get(pi)[0];
                int b = parts.get(pi)[1];
                int pFrom = a == 0 ? contentFrom : t.get(a).start();
                int pTo = b >= t.size() ? to : t.get(b - 1).end() + 1;
                String partRef = parts.size() > 1 ? ref + "#" + (pi + 1) : ref;
                build(partRef, pFrom, Math.min(pTo, to), a == 0 ? spanStart : pFrom, ctx, a == 0 ? labelLeads : List.of(),
                        subItem);
            }
        }

        void build(String ref, int from, int to, int spanStart, Ctx ctx, List<String> labelLeads, boolean subItem) {
            Region r = region(from, to);
            String content = collapse(text.substring(from, to));
            if (content.isEmpty() || ISSUER_OWN_ACT.matcher(r.foldedText().strip()).find()) {
                return;
            }
            String fc = r.foldedText();
            if (ACCOUNTABILITY.matcher(fc).find() && !CONCRETE.matcher(fc).find()) {
                return;
            }
            // the notice's closing directive is not a sub-item with an action of its own ("c) Thủ trưởng các cơ quan,
            // đơn vị chịu trách nhiệm … về các nhiệm vụ được giao; gửi báo cáo … trước ngày …")
            if (labelLeads.isEmpty() && !(subItem && CONCRETE.matcher(fc).find()) && closingDirective(r)) {
                return;
            }
            List<String> warnings = new ArrayList<>();
            Map<String, Double> conf = new LinkedHashMap<>();
            List<String> leads = new ArrayList<>(labelLeads);
            double leadConf = 0.9;
            if (leads.isEmpty()) {
                leads.addAll(subject(r));
            }
            boolean inherited = false;
            if (leads.isEmpty()) {
                if (!ctx.leads().isEmpty()) {
                    leads.addAll(ctx.leads());
                    inherited = true;
                    leadConf = 0.85;
                } else if (!ctx.context().isEmpty()) {
                    leads.addAll(ctx.context());
                    leadConf = 0.6;
                }
            }
            for (String extra : chairedBy(r)) {
                if (!containsName(leads, extra)) {
                    leads.add(extra);
                }
            }
            if (leads.isEmpty() || leads.stream().allMatch(l -> NON_STATE.matcher(folded(l)).find())) {
                return;
            }
            List<String> supports = supports(r, leads);
            if (supports.isEmpty() && inherited) {
                supports = ctx.supports();
            }
            supports = supports.stream().filter(s -> !containsName(leads, s)).toList();
            List<DeadlineMatch> ds = DeadlineParser.find(text, folded, from, to, docYear);
            DeadlineMatch dl = ds.isEmpty() ? ctx.deadline() : choose(ds);
            String f = r.foldedText();
            String recurrence = Recurrence.period(f);
            boolean standing = Recurrence.standing(f) && dl == null;
            if (dl != null && !dl.resolved()) {
                warnings.add("Thời hạn \"" + dl.text() + "\" không quy đổi được thành ngày cụ thể, cần xác định.");
            }
            String product = product(r);
            conf.put("content", 0.9);
            conf.put("lead", leadConf);
            conf.put("support", supports.isEmpty() ? 0.7 : 0.8);
            conf.put("deadline", dl == null ? 0.7 : dl.resolved() ? (dl.strength() >= 2 ? 0.95 : 0.8) : 0.3);
            List<AgencyRef> leadRefs = resolve(leads, true);
            List<AgencyRef> supportRefs = resolve(supports, false);
            for (AgencyRef a : leadRefs) {
                if (a.group() && folded(a.name()).contains("lien quan")) {
                    warnings.add("Đơn vị chủ trì \"" + a.name() + "\" chưa cụ thể, cần xác định.");
                }
            }
            out.add(new ExtractedTask(ref, leadRefs.stream().map(AgencyRef::name).toList(),
                    supportRefs.stream().map(AgencyRef::name).toList(), leadRefs, supportRefs, content,
                    dl == null ? null : dl.date(), dl == null ? null : dl.text(), recurrence, standing, product, spanStart,
                    to, conf, warnings));
        }

        List<AgencyRef> resolve(List<String> names, boolean lead) {
            List<AgencyRef> refs = new ArrayList<>();
            for (String n : names) {
                String name = lead ? capitalise(n) : n;
                if (n.equals(AgencyMentionFinder.PROVINCE_PLACEHOLDER) && province != null) {
                    name = n + " " + province;
                }
                Optional<AgencyMatch> m = directory.resolve(name);
                boolean group = folded(name).startsWith("cac ") || folded(name).contains(" cac ");
                if (m.isPresent() && m.get().score() >= 0.85) {
                    AgencyMatch a = m.get();
                    // groups stay as written; a canonical name replaces the mention only when it loses nothing
                    String shown = group || a.group() || !coversWords(a.name(), name) && hasDiacritics(name) ? name : a.name();
                    refs.add(new AgencyRef(shown, n, a.code(), a.group() || group, true));
                } else {
                    refs.add(new AgencyRef(name, n, null, group, false));
                }
            }
            return refs;
        }

        /**
         * A closing directive to every addressee ("Các cơ quan, đơn vị … được giao nhiệm vụ tại Thông báo này
         * khẩn trương triển khai, hoàn thành trước …"): not a task; its deadline applies to undated tasks.
         */
        boolean closingDirective(Region r) {
            if (r.mentions.isEmpty() || r.mentions.get(0).firstToken() != 0 || !r.mentions.get(0).group()) {
                return false;
            }
            String f = r.foldedText();
            if (!CLOSING_DIRECTIVE.matcher(f).find() && !NIGHIEM_TUC.matcher(f).find()) {
                return false;
            }
            List<DeadlineMatch> ds = DeadlineParser.find(text, folded, r.from, r.to, docYear);
            if (!ds.isEmpty() && closingDeadline == null) {
                closingDeadline = choose(ds);
            }
            return true;
        }

        /** The assignee named by a lead-in ("yêu cầu các Sở …", "Các Sở cần …"). */
        List<String> implicitAssignee(Region r) {
            List<String> s = subject(r);
            if (!s.isEmpty()) {
                return s;
            }
            return requestedAssignee(r);
        }

        /** The assignee after "yêu cầu", "đề nghị" or "giao". */
        List<String> requestedAssignee(Region r) {
            Tokens t = r.tokens;
            for (AgencyMention m : r.mentions) {
                int i = m.firstToken();
                if (i > 0 && (t.f(i - 1).equals("cau") && i > 1 && t.f(i - 2).equals("yeu") || t.f(i - 1).equals("nghi")
                        || t.f(i - 1).equals("giao"))) {
                    return List.of(m.name());
                }
            }
            return List.of();
        }

        /** Leads named at the start of a clause: "[Giao|Đề nghị] X [, Y] <verb>" after optional connectives. */
        List<String> subject(Region r) {
            return subject(r, 0);
        }

        List<String> subject(Region r, int i0) {
            Tokens t = r.tokens;
            if (t.size() <= i0) {
                return List.of();
            }
            int i = i0;
            String f0 = t.f(i0);
            // topic "Về …:" prefix
            if (f0.equals("ve")) {
                int k = i0 + 1;
                while (k < t.size() && t.get(k).gapBefore() != ':' && k < i0 + 60) {
                    k++;
                }
                if (k < t.size() && k < i0 + 60) {
                    i = k;
                }
            }
            String fi = t.f(i);
            if (CONNECTIVES.contains(fi) && !(fi.equals("de") && t.f(i + 1).equals("nghi"))
                    || fi.equals("thu") && ORDINALS.contains(t.f(i + 1))) {
                int k = i + 1;
                while (k < t.size() && t.get(k).gapBefore() != ',' && k < i + 25) {
                    k++;
                }
                // skip to the last comma before the first mention-led clause
                int best = -1;
                for (int c = i + 1; c < t.size() && c < i + 35; c++) {
                    if (t.get(c).gapBefore() == ',' && mentionAt(r, c) != null) {
                        best = c;
                        break;
                    }
                }
                if (best > 0) {
                    i = best;
                } else if (k < t.size() && k < i + 25) {
                    i = k;
                } else {
                    return List.of();
                }
            }
            if (t.f(i).equals("giao") || t.f(i).equals("de") && t.f(i + 1).equals("nghi")
                    || t.f(i).equals("yeu") && t.f(i + 1).equals("cau")) {
                i += t.f(i).equals("giao") ? 1 : 2;
                if (t.f(i).equals("cho")) {
                    i++;
                }
            }
            List<String> names = new ArrayList<>();
            AgencyMention m = mentionAt(r, i);
            int last = -1;
            while (m != null) {
                names.add(m.name());
                last = m.lastToken();
                int nx = last + 1;
                if (nx < t.size() && (t.get(nx).gapBefore() == ',' || t.f(nx).equals("va"))) {
                    int j = t.f(nx).equals("va") ? nx + 1 : nx;
                    AgencyMention m2 = mentionAt(r, j);
                    if (m2 != null) {
                        m = m2;
                        continue;
                    }
                }
                m = null;
            }
            if (names.isEmpty()) {
                return List.of();
            }
            int nx = last + 1;
            if (nx >= t.size()) {
                return List.of();
            }
            if (t.get(nx).gapBefore() == ',' && PARENTHETICAL.contains(t.f(nx) + " " + t.f(nx + 1))) {
                return names;
            }
            if (t.get(nx).gapBefore() == ',' || t.get(nx).gapBefore() == '.' || OBJECT_WORDS.contains(t.f(nx))) {
                return List.of();
            }
            return names;
        }

        /** Further leads: "…; X chủ trì, phối hợp …" later in the text. */
        List<String> chairedBy(Region r) {
            List<String> out = new ArrayList<>();
            Tokens t = r.tokens;
            for (AgencyMention m : r.mentions) {
                int nx = m.lastToken() + 1;
                if (m.firstToken() == 0 || nx + 1 >= t.size()) {
                    continue;
                }
                char gap = t.get(m.firstToken()).gapBefore();
                if ((gap == ';' || gap == '.') && CHU_TRI.matcher(t.f(nx) + " " + t.f(nx + 1)).matches()
                        && t.get(nx).gapBefore() == ' ') {
                    out.add(m.name());
                }
            }
            return out;
        }

        /** Agencies after "phối hợp (chặt chẽ) (với)" whose subject is the lead. */
        List<String> supports(Region r, List<String> leads) {
            List<String> out = new ArrayList<>();
            Tokens t = r.tokens;
            for (int i = 0; i + 1 < t.size(); i++) {
                if (!PHOI.matcher(t.f(i)).matches() || !t.f(i + 1).equals("hop") || t.get(i + 1).gapBefore() != ' ') {
                    continue;
                }
                // the subject of "phối hợp" must not be another agency directed by the lead
                boolean directed = false;
                for (int k = i - 1; k >= 0 && k > i - 30; k--) {
                    char g = t.get(k + 1).gapBefore();
                    if (g == ';' || g == '.') {
                        break;
                    }
                    String two = t.f(k) + " " + t.f(k + 1);
                    if ((DIRECTING.contains(two) || DIRECTING.contains(t.f(k))) && k + 2 < i) {
                        AgencyMention between = null;
                        for (AgencyMention m : r.mentions) {
                            if (m.firstToken() > k && m.lastToken() < i) {
                                between = m;
                            }
                        }
                        if (between != null && !containsName(leads, between.name())) {
                            directed = true;
                        }
                        break;
                    }
                }
                if (directed) {
                    continue;
                }
                int j = i + 2;
                if (t.f(j).equals("chat") && t.f(j + 1).equals("che")) {
                    j += 2;
                }
                if (VOI.matcher(t.f(j)).matches() || t.f(j).equals("cung")) {
                    j++;
                }
                AgencyMention m = mentionAt(r, j);
                if (m == null) {
                    m = acronymAt(r, j);
                }
                while (m != null) {
                    if (!containsName(out, m.name())) {
                        out.add(m.name());
                    }
                    int nx = m.lastToken() + 1;
                    if (nx < t.size() && (t.get(nx).gapBefore() == ',' || t.f(nx).equals("va"))) {
                        int jj = t.f(nx).equals("va") && t.get(nx).gapBefore() == ' ' ? nx + 1
                                : t.f(nx).equals("va") ? nx + 1 : nx;
                        if (t.get(nx).gapBefore() == ',' && t.f(nx).equals("va")) {
                            jj = nx + 1;
                        }
                        m = mentionAt(r, jj);
                        if (m == null) {
                            m = acronymAt(r, jj);
                        }
                    } else {
                        m = null;
                    }
                }
            }
            return out;
        }

        String product(Region r) {
            Matcher m = PRODUCT.matcher(r.foldedText());
            if (m.find()) {
                int s = m.start(1) + r.from;
                String w = text.substring(s, m.end(1) + r.from);
                return Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            return null;
        }

        /** An organisation named by an acronym ("VNPT Quảng Ngãi") where an agency is expected. */
        AgencyMention acronymAt(Region r, int token) {
            Tokens t = r.tokens;
            if (token >= t.size()) {
                return null;
            }
            String w = text.substring(t.get(token).start(), t.get(token).end());
            if (!ACRONYM.matcher(w).matches() || ROMAN_NUMERAL.matcher(w).matches()) {
                return null;
            }
            int last = token;
            while (last + 1 < t.size() && t.get(last + 1).gapBefore() == ' ' && t.get(last + 1).upper()) {
                last++;
            }
            return new AgencyMention(t.get(token).start(), t.get(last).end(), token, last,
                    collapse(text.substring(t.get(token).start(), t.get(last).end())), false);
        }

        /**
         * The mentions found by the grammar plus agencies that have no head noun ("VNPT Quảng Ngãi", "Viettel
         * Quảng Ngãi", "PC Quảng Ngãi"): a run of capitalised words where the grammar expects an agency (at the
         * start of a clause, after "giao", "đề nghị", "yêu cầu", "phối hợp (với)", or next in a list of
         * agencies) is a mention when the directory knows it exactly.
         */
        List<AgencyMention> withDirectoryNames(Tokens t, List<AgencyMention> found) {
            List<AgencyMention> out = null;
            int mi = 0;
            int prevLast = -2;
            for (int i = 0; i < t.size(); i++) {
                if (mi < found.size() && found.get(mi).firstToken() <= i) {
                    AgencyMention m = found.get(mi++);
                    if (out != null) {
                        out.add(m);
                    }
                    prevLast = m.lastToken();
                    i = Math.max(i, m.lastToken());
                    continue;
                }
                if (!t.get(i).upper() || !agencySlot(t, i, prevLast)) {
                    continue;
                }
                AgencyMention m = directoryName(t, i, mi < found.size() ? found.get(mi).firstToken() : t.size());
                if (m != null) {
                    if (out == null) {
                        out = new ArrayList<>(found.subList(0, mi));
                    }
                    out.add(m);
                    prevLast = m.lastToken();
                    i = m.lastToken();
                }
            }
            return out == null ? found : out;
        }

        private boolean agencySlot(Tokens t, int i, int prevLast) {
            if (i == 0) {
                return true;
            }
            char gap = t.get(i).gapBefore();
            if (gap == '.' || gap == ';' || gap == ':') {
                return true;
            }
            String p = t.f(i - 1);
            if (gap == ' ' && (p.equals("giao") || p.equals("voi") || p.equals("cung") || p.equals("hop")
                    || p.equals("nghi") && t.f(i - 2).equals("de") || p.equals("cau") && t.f(i - 2).equals("yeu"))) {
                return true;
            }
            return gap == ',' && prevLast == i - 1 || gap == ' ' && p.equals("va") && prevLast == i - 2;
        }

        /**
         * The longest run of capitalised words (and "tỉnh") at {@code i} that is a name or alias of the directory
         * (score 1: no role word or suffix dropped). Runs of all-capital words (headings), numbers and request
         * words are not tried.
         */
        private AgencyMention directoryName(Tokens t, int i, int limit) {
            String first = text.substring(t.get(i).start(), t.get(i).end());
            if (Character.isDigit(first.charAt(0)) || REQUEST_WORDS.contains(t.f(i))) {
                return null;
            }
            int k = i;
            while (k + 1 < limit && k + 1 - i < 6 && t.get(k + 1).gapBefore() == ' '
                    && (t.get(k + 1).upper() && !Character.isDigit(text.charAt(t.get(k + 1).start()))
                    || AgencyMentionFinder.isTinh(t, k + 1, text))) {
                k++;
            }
            boolean acronym = ACRONYM.matcher(first).matches() || first.chars().skip(1).anyMatch(Character::isUpperCase);
            if (k > i && acronym && allCaps(t, i + 1)) {
                return null; // a heading in capitals ("NHIỆM VỤ TRỌNG TÂM")
            }
            for (int end = k; end > i || end == i && acronym; end--) {
                if (!t.get(end).upper()) {
                    continue;
                }
                String written = collapse(text.substring(t.get(i).start(), t.get(end).end()));
                Optional<AgencyMatch> m = exactEntries.computeIfAbsent(written, directory::resolve);
                if (m.isPresent() && m.get().score() >= 0.999 && !m.get().group()) {
                    return new AgencyMention(t.get(i).start(), t.get(end).end(), i, end, written, false);
                }
            }
            return null;
        }

        private boolean allCaps(Tokens t, int k) {
            Tokens.Token tok = t.get(k);
            for (int c = tok.start(); c < tok.end(); c++) {
                if (Character.isLowerCase(text.charAt(c))) {
                    return false;
                }
            }
            return true;
        }

        /** Directory look-ups of this notice's capitalised runs. */
        private final Map<String, Optional<AgencyMatch>> exactEntries = new HashMap<>();

        AgencyMention mentionAt(Region r, int token) {
            return r.byToken.get(token);
        }

        private final Map<Long, Region> regions = new HashMap<>();

        Region region(int from, int to) {
            return regions.computeIfAbsent(((long) from << 32) | to, k -> new Region(from, to, this));
        }
    }

    /** Tokens and mentions of a text region. */
    private static final class Region {
        final int from;
        final int to;
        final Tokens tokens;
        final List<AgencyMention> mentions;
        final Map<Integer, AgencyMention> byToken = new HashMap<>();
        private final Run run;

        Region(int from, int to, Run run) {
            this.from = from;
            this.to = to;
            this.run = run;
            this.tokens = Tokens.of(run.mask, run.folded, from, to);
            this.mentions = run.withDirectoryNames(tokens, AgencyMentionFinder.find(tokens, run.text));
            for (AgencyMention m : mentions) {
                byToken.putIfAbsent(m.firstToken(), m);
            }
        }

        String foldedText() {
            return run.folded.substring(from, to);
        }
    }

    private record Assignees(List<String> leads, List<String> supports) {
    }

    /** Lead/support of a heading: "Giao X chủ trì, phối hợp với Y:", "X, Y:", "Trách nhiệm của X". */
    private Assignees assignees(Region r, boolean heading) {
        Run run = r.run;
        List<String> leads = longName(r);
        if (leads.isEmpty()) {
            leads = run.subject(r);
        }
        if (leads.isEmpty()) {
            Tokens t = r.tokens;
            int i = 0;
            while (i < t.size() && i < 6 && (HEADING_PREFIX.contains(t.f(i))
                    || t.f(i).equals("vu") && i > 0 && t.f(i - 1).equals("nhiem"))) {
                i++;
            }
            AgencyMention m = r.byToken.get(i);
            List<String> names = new ArrayList<>();
            int last = -1;
            while (m != null) {
                names.add(m.name());
                last = m.lastToken();
                int nx = last + 1;
                m = null;
                if (nx < t.size() && (t.get(nx).gapBefore() == ',' || t.f(nx).equals("va"))) {
                    m = r.byToken.get(t.f(nx).equals("va") ? nx + 1 : nx);
                }
            }
            if (!names.isEmpty()) {
                int nx = last + 1;
                String hf = r.foldedText().strip();
                if (i > 0 || nx >= t.size() || t.get(nx).gapBefore() == ':' || t.get(nx).gapBefore() == '(') {
                    leads = names;
                } else if (names.size() == 1 && hf.endsWith(":")) {
                    // a long name written out in the heading ("Ban Quản lý dự án … thành phố:")
                    int colon = run.mask.lastIndexOf(':', r.to);
                    int open = run.mask.indexOf('(', r.from);
                    int end = open >= r.from && open < colon ? open : colon;
                    String rest = run.folded.substring(t.get(last).end(), Math.max(t.get(last).end(), end));
                    if (!CONCRETE_PREDICATE.matcher(rest).find()) {
                        leads = List.of(collapse(run.text.substring(t.get(i).start(), end)).replaceAll("[*_]+", "").strip());
                    }
                }
            }
        }
        if (leads.isEmpty()) {
            return new Assignees(List.of(), List.of());
        }
        return new Assignees(leads, run.supports(r, leads));
    }

    /** "Ban Quản lý dự án … thành phố:" — a heading that is one agency name written out up to its colon. */
    private static List<String> longName(Region r) {
        Run run = r.run;
        Tokens t = r.tokens;
        String hf = r.foldedText().strip();
        AgencyMention m = r.byToken.get(0);
        if (m == null || !hf.endsWith(":") || m.group()) {
            return List.of();
        }
        int colon = run.mask.lastIndexOf(':', r.to);
        int open = run.mask.indexOf('(', r.from);
        int end = open >= r.from && open < colon ? open : colon;
        if (end <= m.end()) {
            return List.of();
        }
        String rest = run.folded.substring(m.end(), end);
        if (rest.isBlank() || rest.indexOf(',') >= 0 || rest.indexOf(';') >= 0 || CONCRETE_PREDICATE.matcher(rest).find()
                || r.mentions.size() > 1 && r.mentions.get(1).start() < end) {
            return List.of();
        }
        return List.of(AgencyMentionFinder.collapse(run.text.substring(m.start(), end)));
    }

    private static DeadlineMatch choose(List<DeadlineMatch> ds) {
        DeadlineMatch best = null;
        for (DeadlineMatch d : ds) {
            if (best == null || d.strength() > best.strength()) {
                best = d;
            }
        }
        return best;
    }

    private static final Pattern LEADER_BEFORE = Pattern.compile(
            "(?:chu tich|bi thu|giam doc|truong ban)(?: thuong truc)?(?: (?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan))?\\s*$");
    private static final Pattern PROVINCE = Pattern.compile("(?<![\\p{L}])tỉnh[ \\t]+(\\p{Lu}\\p{L}*(?:[ \\t]+\\p{Lu}\\p{L}*){0,2})");

    /** The province a notice is most about ("tỉnh Điện Biên"), from the first part of the text. */
    static String mainProvince(String text) {
        Matcher m = PROVINCE.matcher(text);
        m.region(0, Math.min(text.length(), 4000));
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        while (m.find()) {
            String p = m.group(1);
            // "Chủ tịch UBND tỉnh Võ Minh Khôi": a person after a leader's title, not a province
            String before = folded(text.substring(Math.max(0, m.start() - 40), m.start()));
            Matcher role = LEADER_BEFORE.matcher(before);
            if (role.find()) {
                continue;
            }
            int c = counts.merge(p, 1, Integer::sum);
            if (best == null || c > counts.get(best)) {
                best = p;
            }
        }
        return best;
    }

    /** Tasks of a notice body. */
    public List<ExtractedTask> assemble(String text, String mask, String folded, List<Paragraph> paragraphs,
                                        NoticeHeader header, int docYear) {
        Run run = new Run(text, mask, folded, docYear);
        List<Paragraph> body = paragraphs.subList(Math.min(header.bodyFrom(), header.bodyTo()), header.bodyTo());
        OutlineNode root = OutlineNode.build(body);
        Ctx ctx = new Ctx(List.of(), List.of(), null, false, List.of());
        if (header.bodyFrom() > 0 && header.bodyFrom() <= paragraphs.size()) {
            // the lead-in before the body may name the addressees ("… yêu cầu các sở, ban, ngành thực hiện:")
            Paragraph leadIn = paragraphs.get(header.bodyFrom() - 1);
            Region r = run.region(leadIn.bodyStart(), leadIn.end());
            List<String> named = run.requestedAssignee(r);
            if (!named.isEmpty() && r.foldedText().strip().endsWith(":")) {
                ctx = new Ctx(List.of(), List.of(), null, false, named);
            }
        }
        for (int i = 0; i < root.paras.size(); i++) {
            ctx = run.leadInOrTask(root.paras.get(i), "p" + (i + 1), ctx);
        }
        for (OutlineNode k : root.kids) {
            run.walk(k, ctx);
        }
        // a deadline in the closing sentence applies to every task without one
        List<DeadlineMatch> ds = new ArrayList<>();
        if (run.closingDeadline != null) {
            ds.add(run.closingDeadline);
        } else if (header.closing() >= 0) {
            Paragraph c = paragraphs.get(header.closing());
            ds = DeadlineParser.find(text, folded, c.start(), c.end(), docYear);
        }
        {
            if (!ds.isEmpty()) {
                DeadlineMatch d = choose(ds);
                for (int i = 0; i < run.out.size(); i++) {
                    ExtractedTask x = run.out.get(i);
                    if (x.deadline() == null && x.deadlineText() == null && !x.standing()) {
                        run.out.set(i, new ExtractedTask(x.ref(), x.lead(), x.support(), x.leadRefs(), x.supportRefs(),
                                x.content(), d.date(), d.text(), x.recurrence(), false, x.product(), x.spanStart(),
                                x.spanEnd(), x.confidence(), x.warnings()));
                    }
                }
            }
        }
        return run.out;
    }

    static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (String x : a) {
            if (!containsName(b, x)) {
                return false;
            }
        }
        return true;
    }

    static boolean containsName(List<String> list, String name) {
        String k = key(name);
        for (String s : list) {
            if (key(s).equals(k)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        return NON_ALNUM.matcher(folded(s)).replaceAll("");
    }

    private static String folded(String s) {
        return vn.dondoc.extraction.text.VietnameseText.fold(s);
    }

    private static boolean hasDiacritics(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return true;
            }
        }
        return false;
    }

    /** True when every folded word of {@code written} occurs in {@code canonical}. */
    private static boolean coversWords(String canonical, String written) {
        java.util.Set<String> c = new java.util.HashSet<>(List.of(NON_ALNUM.matcher(folded(canonical)).replaceAll(" ").trim().split(" +")));
        for (String w : NON_ALNUM.matcher(folded(written)).replaceAll(" ").trim().split(" +")) {
            if (!w.isEmpty() && !c.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern PHOI = Pattern.compile("ph[a-z0-9]{1,2}i");
    private static final Pattern VOI = Pattern.compile("v[o0d6][i1]");
    private static final Pattern ACRONYM = Pattern.compile("[A-ZĐ]{2,}[A-ZĐ0-9&-]*");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXL]+");
    /** Words that introduce an assignee ("Giao …", "Đề nghị …", "Yêu cầu …"); the assignee is looked up after them. */
    private static final Set<String> REQUEST_WORDS = Set.of("giao", "de", "yeu");

    static String collapse(String s) {
        return WS.matcher(s).replaceAll(" ").strip();
    }
}
