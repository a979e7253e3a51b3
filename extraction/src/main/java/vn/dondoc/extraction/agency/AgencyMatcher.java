package vn.dondoc.extraction.agency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import vn.dondoc.extraction.AgencyMatch;

/**
 * Resolves a written mention of an agency or group to the best {@link AgencyEntry}, tolerant of missing
 * diacritics, case, abbreviations ("UBND", "KH&CN", "&"), a leading "Giao"/"đồng chí Giám đốc"/"các", a
 * trailing "tỉnh"/"tỉnh Quảng Ngãi", and OCR damage ("S¢ Tai chinh", "Sé Noi vu", "Céng an tinh").
 *
 * <p>Scores, in [0, 1]:
 * <ul>
 * <li>1.0: the mention's tokens equal a name or alias's tokens (after folding and abbreviation expansion);</li>
 * <li>0.98: equal once a leading role word ("Giao", "đồng chí Giám đốc", "Chủ tịch", "các"), a trailing
 *     "chủ trì"/"phối hợp" or a trailing province suffix is dropped;</li>
 * <li>0.90: equal to names of several entries that only differ by diacritics the mention lacks
 *     ("xa Ba To": Ba Tô or Ba Tơ), the first is returned;</li>
 * <li>≤ 0.95: fuzzy: weighted Dice overlap of tokens (weights = rarity in the directory; each mention token
 *     matches at most one name token), tokens compared with an OCR-aware edit distance (vowel-for-vowel
 *     and unknown glyphs are cheap, OCR digits "0/6/1" read as "o/o/l"); the head word must agree ("Sở" ≠
 *     "Bộ" ≠ "Ban"; for "Ủy ban nhân dân X" the level X: tỉnh ≠ xã ≠ phường), else the score is cut by
 *     40 %; word order breaks ties; an ambiguous result (another entry as good, or nearly as good when the
 *     mention covers only part of the name, e.g. "Văn phòng") loses 0.1.</li>
 * </ul>
 * Below {@link #threshold()} nothing is returned. Immutable and thread-safe; built once over the entries
 * (from CSV or from the app's database).
 */
public final class AgencyMatcher {

    /** Default acceptance threshold. */
    public static final double DEFAULT_THRESHOLD = 0.76;
    /** Default suffixes that may be dropped from the end of a mention ("Sở Tài chính tỉnh Quảng Ngãi"). */
    public static final List<String> DEFAULT_SUFFIXES = List.of("tỉnh Quảng Ngãi", "Quảng Ngãi", "tỉnh");

    private static final List<List<String>> ROLE_PREFIXES = List.of(
            List.of("giao"), List.of("de", "nghi"), List.of("yeu", "cau"), List.of("dong", "chi"),
            List.of("pho", "giam", "doc"), List.of("giam", "doc"), List.of("thu", "truong"),
            List.of("pho", "chu", "tich"), List.of("chu", "tich"), List.of("pho", "chanh"), List.of("chanh"),
            List.of("pho", "truong"), List.of("truong"), List.of("lanh", "dao"),
            List.of("nguoi", "dung", "dau"), List.of("cac"));

    /** A resolved mention. */
    public record Match(AgencyEntry entry, double score, String matchedName) {
        public AgencyMatch toAgencyMatch() {
            return new AgencyMatch(entry.code(), entry.name(), entry.kind(), entry.group(), score);
        }
    }

    private final List<AgencyEntry> entries;
    private final Map<String, AgencyEntry> byCode;
    private final double threshold;

    // vocabulary
    private final Map<String, Integer> vocab = new HashMap<>();
    private final List<String> vocabWords = new ArrayList<>();
    private final float[] weight;
    private final float unknownWeight;
    private final Set<Integer> headIds = new HashSet<>();

    // keys: one per (entry, written name)
    private final int[][] keyTokens;      // distinct token ids
    private final int[][] keySeq;         // token ids in written order
    private int maxKeyLength;
    private final int[] keyHead;          // first token id
    private final float[] keyWeight;      // sum of weights
    private final int[] keyEntry;         // index into entries
    private final String[] keyName;       // the name or alias written
    private final Map<String, int[]> exact = new HashMap<>(); // joined tokens → entry indexes (distinct)
    private final Map<String, String> exactName = new HashMap<>(); // joined tokens + '#' + entry → name
    private final List<Set<String>> accented;                  // per entry: accented words of all names

    private final Map<String, Cand[]> fuzzyCache = new ConcurrentHashMap<>();
    private final int[][] idsByLength;       // vocabulary ids by token length
    private final long[] vocabMask;          // letters and digits present in each vocabulary token
    private final int[][] keysByToken;       // vocabulary id → keys containing it

    private record Cand(int id, float sim) {
    }

    /** A fuzzy candidate and the share of its name's token weight the mention matched. */
    private record Scored(Match match, double coverage) {
        double score() {
            return match.score();
        }

        AgencyEntry entry() {
            return match.entry();
        }
    }

    public AgencyMatcher(Collection<AgencyEntry> entries) {
        this(entries, DEFAULT_THRESHOLD, DEFAULT_SUFFIXES);
    }

    public AgencyMatcher(Collection<AgencyEntry> entries, double threshold, List<String> ignorableSuffixes) {
        this.entries = List.copyOf(entries);
        this.threshold = threshold;
        this.byCode = new LinkedHashMap<>();
        for (AgencyEntry e : this.entries) {
            if (byCode.put(e.code(), e) != null) {
                throw new IllegalArgumentException("duplicate code " + e.code());
            }
        }
        // keys and vocabulary
        List<int[]> tokensPerKey = new ArrayList<>();
        List<Integer> entryPerKey = new ArrayList<>();
        List<String> namePerKey = new ArrayList<>();
        Map<Integer, Set<Integer>> entriesPerToken = new HashMap<>();
        accented = new ArrayList<>();
        for (int ei = 0; ei < this.entries.size(); ei++) {
            AgencyEntry e = this.entries.get(ei);
            Set<String> acc = new HashSet<>();
            Set<String> seen = new HashSet<>();
            for (String name : e.allNames()) {
                acc.addAll(AgencyText.accentedWords(name));
                List<String> toks = AgencyText.tokens(name);
                if (toks.isEmpty()) {
                    continue;
                }
                String joined = String.join(" ", toks);
                if (!seen.add(joined)) {
                    continue;
                }
                int[] ids = new int[toks.size()];
                for (int i = 0; i < toks.size(); i++) {
                    ids[i] = vocab.computeIfAbsent(toks.get(i), w -> {
                        vocabWords.add(w);
                        return vocabWords.size() - 1;
                    });
                    entriesPerToken.computeIfAbsent(ids[i], k -> new HashSet<>()).add(ei);
                }
                headIds.add(ids[0]);
                tokensPerKey.add(ids);
                entryPerKey.add(ei);
                namePerKey.add(name);
                int[] prev = exact.get(joined);
                int[] next = prev == null ? new int[] {ei} : Arrays.copyOf(prev, prev.length + 1);
                next[next.length - 1] = ei;
                exact.put(joined, next);
                exactName.put(joined + "#" + ei, name);
            }
            accented.add(acc);
        }
        int n = Math.max(1, this.entries.size());
        weight = new float[vocabWords.size()];
        for (int id = 0; id < weight.length; id++) {
            weight[id] = (float) Math.log(1.0 + (double) n / entriesPerToken.get(id).size());
        }
        unknownWeight = (float) (0.7 * Math.log(1.0 + n));
        int maxLen = vocabWords.stream().mapToInt(String::length).max().orElse(0);
        List<List<Integer>> byLen = new ArrayList<>();
        for (int len = 0; len <= maxLen; len++) {
            byLen.add(new ArrayList<>());
        }
        for (int id = 0; id < vocabWords.size(); id++) {
            byLen.get(vocabWords.get(id).length()).add(id);
        }
        idsByLength = byLen.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        vocabMask = new long[vocabWords.size()];
        for (int id = 0; id < vocabMask.length; id++) {
            vocabMask[id] = mask(vocabWords.get(id));
        }
        List<List<Integer>> postings = new ArrayList<>();
        for (int id = 0; id < vocabWords.size(); id++) {
            postings.add(new ArrayList<>());
        }
        for (int key = 0; key < tokensPerKey.size(); key++) {
            for (int id : Arrays.stream(tokensPerKey.get(key)).distinct().toArray()) {
                postings.get(id).add(key);
            }
        }
        keysByToken = postings.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        int k = tokensPerKey.size();
        keyTokens = new int[k][];
        keySeq = new int[k][];
        keyHead = new int[k];
        keyWeight = new float[k];
        keyEntry = new int[k];
        keyName = new String[k];
        for (int i = 0; i < k; i++) {
            int[] ids = tokensPerKey.get(i);
            keyHead[i] = ids[headIndex(ids.length, j -> vocabWords.get(ids[j]))];
            // distinct tokens, heaviest first (the order of the greedy token assignment)
            keyTokens[i] = Arrays.stream(ids).distinct().boxed()
                    .sorted((x, y) -> Float.compare(weight[y], weight[x])).mapToInt(Integer::intValue).toArray();
            maxKeyLength = Math.max(maxKeyLength, keyTokens[i].length);
            keySeq[i] = ids;
            float w = 0;
            for (int id : keyTokens[i]) {
                w += weight[id];
            }
            keyWeight[i] = w;
            keyEntry[i] = entryPerKey.get(i);
            keyName[i] = namePerKey.get(i);
        }
        for (String s : ignorableSuffixes) {
            List<String> toks = AgencyText.tokens(s);
            if (!toks.isEmpty()) {
                suffixTokens.add(toks);
            }
        }
    }

    private final List<List<String>> suffixTokens = new ArrayList<>();

    public double threshold() {
        return threshold;
    }

    public List<AgencyEntry> entries() {
        return entries;
    }

    public Optional<AgencyEntry> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The same as {@link #match(String)}, as the extraction API's record. */
    public Optional<AgencyMatch> resolve(String mention) {
        return match(mention).map(Match::toAgencyMatch);
    }

    /** The best entry for the mention, or empty when no entry scores at least {@link #threshold()}. */
    public Optional<Match> match(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        List<String> base = AgencyText.tokens(mention);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> variants = variants(base);
        // 1. exact
        for (int v = 0; v < variants.size(); v++) {
            String joined = String.join(" ", variants.get(v));
            int[] hits = exact.get(joined);
            if (hits != null) {
                double score = v == 0 ? 1.0 : 0.98;
                int ei = hits[0];
                if (hits.length > 1) {
                    ei = breakTie(hits, mention);
                    if (ei < 0) {
                        ei = hits[0];
                        score = 0.90;
                    }
                }
                return accept(new Match(entries.get(ei), score, exactName.get(joined + "#" + ei)));
            }
        }
        // 2. fuzzy, over the keys that share a (close) token with the mention
        boolean[] mark = new boolean[keyTokens.length];
        int[] cand = new int[keyTokens.length];
        int nCand = 0;
        for (String t : base) {
            for (Cand c : candidates(t)) {
                for (int key : keysByToken[c.id()]) {
                    if (!mark[key]) {
                        mark[key] = true;
                        cand[nCand++] = key;
                    }
                }
            }
        }
        if (nCand == 0) {
            return Optional.empty();
        }
        int[] keys = Arrays.copyOf(cand, nCand);
        Scored best = null;
        Scored second = null;
        for (List<String> variant : variants) {
            for (Scored m : fuzzy(variant, keys)) {
                if (m == null) {
                    continue;
                }
                if (best == null || m.score() > best.score()) {
                    if (best != null && best.entry() != m.entry()) {
                        second = best;
                    }
                    best = m;
                } else if (m.entry() != best.entry() && (second == null || m.score() > second.score())) {
                    second = m;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Match result = best.match();
        // ambiguous: another entry scores the same, or the mention covers only part of the best name
        // ("Văn phòng") and another entry scores nearly as well
        if (second != null && (second.score() >= best.score() - 0.005
                || (best.coverage() < 0.9 && second.score() >= best.score() - 0.05))) {
            result = new Match(result.entry(), Math.max(0, result.score() - 0.1), result.matchedName());
        }
        return accept(result);
    }

    private Optional<Match> accept(Match m) {
        return m.score() >= threshold ? Optional.of(m) : Optional.empty();
    }

    /** The entry among hits whose names share most accented words with the mention; -1 if undecided. */
    private int breakTie(int[] hits, String mention) {
        List<String> words = AgencyText.accentedWords(mention);
        int best = -1;
        int bestCount = -1;
        boolean tie = false;
        for (int ei : hits) {
            int count = 0;
            for (String w : words) {
                if (accented.get(ei).contains(w)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = ei;
                bestCount = count;
                tie = false;
            } else if (count == bestCount) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    /** Words an extracted mention may still end with ("Sở Tài chính chủ trì"). */
    private static final List<List<String>> ROLE_SUFFIXES = List.of(
            List.of("chu", "tri"), List.of("phoi", "hop"));

    /**
     * The mention's tokens; then each form left by dropping leading role words ("Giao", "đồng chí Giám
     * đốc", "các") that starts with a known head word; each of these without a trailing role word or an
     * ignorable province suffix.
     */
    private List<List<String>> variants(List<String> base) {
        LinkedHashSet<List<String>> heads = new LinkedHashSet<>();
        heads.add(base);
        List<String> cur = base;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<String> p : ROLE_PREFIXES) {
                if (cur.size() > p.size() && cur.subList(0, p.size()).equals(p)) {
                    cur = cur.subList(p.size(), cur.size());
                    Integer head = vocab.get(cur.get(0));
                    if (head != null && headIds.contains(head)) {
                        heads.add(cur);
                    }
                    changed = true;
                    break;
                }
            }
        }
        LinkedHashSet<List<String>> out = new LinkedHashSet<>(heads);
        for (List<String> v : heads) {
            for (List<String> role : ROLE_SUFFIXES) {
                if (endsWith(v, role)) {
                    v = v.subList(0, v.size() - role.size());
                    out.add(v);
                }
            }
            for (List<String> suffix : suffixTokens) {
                if (endsWith(v, suffix)) {
                    out.add(v.subList(0, v.size() - suffix.size()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean endsWith(List<String> v, List<String> suffix) {
        int n = v.size() - suffix.size();
        return n >= 1 && v.subList(n, v.size()).equals(suffix);
    }

    /** Best fuzzy match for one token list (index 0), plus the best of another entry (index 1). */
    private Scored[] fuzzy(List<String> q, int[] keys) {
        int vs = vocabWords.size();
        int nq = Math.min(q.size(), 64);
        float[] sim = new float[vs]; // best similarity of each vocabulary token to any query token
        Cand[][] qc = new Cand[nq][];
        float wq = 0;
        boolean any = false;
        for (int i = 0; i < q.size(); i++) {
            Cand[] cands = candidates(q.get(i));
            if (i < nq) {
                qc[i] = cands;
            }
            float bestW = unknownWeight;
            float bestS = 0;
            for (Cand c : cands) {
                any = true;
                sim[c.id()] = Math.max(sim[c.id()], c.sim());
                if (c.sim() > bestS) {
                    bestS = c.sim();
                    bestW = weight[c.id()];
                }
            }
            wq += bestW;
        }
        if (!any) {
            return new Scored[0];
        }
        int headPos = headIndex(q.size(), q::get);
        int[] at = new int[maxKeyLength];
        int bestKey = -1;
        double bestScore = 0;
        double bestCoverage = 0;
        int secondKey = -1;
        double secondScore = 0;
        double secondCoverage = 0;
        for (int k : keys) {
            int[] toks = keyTokens[k];
            float upper = 0;
            for (int id : toks) {
                upper += weight[id] * sim[id];
            }
            if (0.95 * 2.0 * upper / (keyWeight[k] + wq) < threshold * 0.9) {
                continue; // cannot reach the threshold
            }
            // each query token matches at most one key token: greedy, heaviest key tokens first
            long used = 0;
            float m = 0;
            for (int t = 0; t < toks.length; t++) {
                int id = toks[t];
                int bestI = -1;
                float bestS = 0;
                for (int i = 0; i < nq; i++) {
                    if ((used & (1L << i)) == 0) {
                        float si = simAt(qc[i], id);
                        if (si > bestS) {
                            bestS = si;
                            bestI = i;
                        }
                    }
                }
                at[t] = bestI;
                if (bestI >= 0) {
                    used |= 1L << bestI;
                    m += weight[id] * bestS;
                }
            }
            if (m == 0) {
                continue;
            }
            double dice = 2.0 * m / (keyWeight[k] + wq);
            // head word: the key's head must be matched by the query's head
            int headT = indexOf(toks, keyHead[k]);
            if (headT < 0 || at[headT] != headPos || simAt(qc[headPos < nq ? headPos : 0], keyHead[k]) < 0.7f) {
                dice *= 0.6;
            }
            // word order: share of the key's adjacent pairs that are adjacent in the query too
            int[] seq = keySeq[k];
            double order = 1;
            if (seq.length > 1) {
                int inOrder = 0;
                for (int j = 0; j + 1 < seq.length; j++) {
                    int p1 = at[indexOf(toks, seq[j])];
                    int p2 = at[indexOf(toks, seq[j + 1])];
                    if (p1 >= 0 && p2 == p1 + 1) {
                        inOrder++;
                    }
                }
                order = (double) inOrder / (seq.length - 1);
            }
            double score = Math.min(0.95, 0.95 * dice * (0.97 + 0.03 * order));
            double coverage = m / keyWeight[k];
            if (score > bestScore) {
                if (bestKey >= 0 && keyEntry[bestKey] != keyEntry[k]) {
                    secondKey = bestKey;
                    secondScore = bestScore;
                    secondCoverage = bestCoverage;
                }
                bestKey = k;
                bestScore = score;
                bestCoverage = coverage;
            } else if (score > secondScore && keyEntry[k] != keyEntry[bestKey]) {
                secondKey = k;
                secondScore = score;
                secondCoverage = coverage;
            }
        }
        Scored[] out = new Scored[2];
        if (bestKey >= 0) {
            out[0] = new Scored(new Match(entries.get(keyEntry[bestKey]), bestScore, keyName[bestKey]), bestCoverage);
        }
        if (secondKey >= 0) {
            out[1] = new Scored(new Match(entries.get(keyEntry[secondKey]), secondScore, keyName[secondKey]),
                    secondCoverage);
        }
        return out;
    }

    private static float simAt(Cand[] cands, int id) {
        for (Cand c : cands) {
            if (c.id() == id) {
                return c.sim();
            }
        }
        return 0;
    }

    private static int indexOf(int[] xs, int x) {
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static final List<String> UBND = List.of("uy", "ban", "nhan", "dan");

    /**
     * Position of the head word: the first token, or for "Ủy ban nhân dân X …" the level word X (tỉnh,
     * thành phố, xã, phường, đặc khu, các…), so that "UBND tỉnh Kon Tum" is not "UBND phường Kon Tum".
     */
    private static int headIndex(int size, java.util.function.IntFunction<String> token) {
        if (size <= UBND.size()) {
            return 0;
        }
        for (int i = 0; i < UBND.size(); i++) {
            if (!UBND.get(i).equals(token.apply(i))) {
                return 0;
            }
        }
        return UBND.size();
    }

    /** Vocabulary tokens close to a query token, with a similarity in (0, 1]. */
    private Cand[] candidates(String t) {
        Integer id = vocab.get(t);
        if (id != null) {
            return new Cand[] {new Cand(id, 1f)};
        }
        Cand[] cached = fuzzyCache.get(t);
        if (cached != null) {
            return cached;
        }
        List<Cand> out = new ArrayList<>();
        int allowed = allowed(t.length());
        if (allowed > 0) {
            int[] prev = new int[t.length() + 4];
            int[] cur = new int[t.length() + 4];
            long tMask = mask(t);
            int lo = Math.max(1, t.length() - 2);
            int hi = Math.min(idsByLength.length - 1, t.length() + 2);
            for (int len = lo; len <= hi; len++) {
                int lim = Math.min(allowed, allowed(len));
                if (Math.abs(len - t.length()) * INDEL > lim) {
                    continue;
                }
                for (int i : idsByLength[len]) {
                    if (lowerBound(tMask & ~vocabMask[i]) > lim) {
                        continue;
                    }
                    String w = vocabWords.get(i);
                    int d = distance(w, t, lim, prev, cur);
                    if (d <= lim) {
                        int maxLen = Math.max(t.length(), len);
                        out.add(new Cand(i, (float) (1.0 - 0.5 * d / (double) INDEL / maxLen)));
                    }
                }
            }
        }
        Cand[] arr = out.toArray(new Cand[0]);
        if (fuzzyCache.size() > 50_000) {
            fuzzyCache.clear();
        }
        fuzzyCache.put(t, arr);
        return arr;
    }

    private static final long VOWELS = mask("aeiouy");

    /** Bit set of the ASCII letters and digits of a token. */
    private static long mask(String t) {
        long m = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'a' && c <= 'z') {
                m |= 1L << (c - 'a');
            } else if (c >= '0' && c <= '9') {
                m |= 1L << (26 + c - '0');
            }
        }
        return m;
    }

    /**
     * Least edit cost implied by the query's letters missing from a vocabulary token: each needs its own
     * deletion or substitution (a vowel may become another vowel at a lower cost).
     */
    private static int lowerBound(long missing) {
        return Long.bitCount(missing & VOWELS) * 6 + Long.bitCount(missing & ~VOWELS) * INDEL;
    }

    /** Cost of an insertion or deletion; substitutions cost the same, less for likely OCR/diacritic confusions. */
    private static final int INDEL = 10;

    /** Edit budget (in cost units) for a token of this length. */
    private static int allowed(int len) {
        if (len <= 1) {
            return 0;
        }
        if (len == 2) {
            return 6;
        }
        if (len <= 4) {
            return 10;
        }
        if (len <= 7) {
            return 16;
        }
        return 22;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** Substitution cost: vowel for vowel (a lost or misread diacritic) and unknown glyphs are cheap. */
    private static int subst(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (a > 127 || b > 127) {
            return 5;
        }
        if (vowel(a) && vowel(b)) {
            return 6;
        }
        return INDEL;
    }

    /** Weighted Levenshtein distance between a (vocabulary) and b (query), giving up once above limit. */
    static int distance(String a, String b, int limit, int[] prev, int[] cur) {
        int m = b.length();
        for (int j = 0; j <= m; j++) {
            prev[j] = j * INDEL;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i * INDEL;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int v = Math.min(prev[j], cur[j - 1]) + INDEL;
                v = Math.min(v, prev[j - 1] + subst(ca, b.charAt(j - 1)));
                cur[j] = v;
                if (v < rowMin) {
                    rowMin = v;
                }
            }
            if (rowMin > limit) {
                return rowMin;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /**
     * Members of a group, in directory order: entries selected by its member spec ("kind:KIND",
     * "code:CODE", "code:PREFIX-*", bare code). Empty for an unspecified group and for a non-group entry.
     */
    public List<AgencyEntry> membersOf(AgencyEntry group) {
        Objects.requireNonNull(group, "group");
        if (!group.group() || group.unspecified()) {
            return List.of();
        }
        LinkedHashSet<AgencyEntry> out = new LinkedHashSet<>();
        for (String spec : group.memberSpec()) {
            if (spec.startsWith("kind:")) {
                String kind = spec.substring(5).strip();
                for (AgencyEntry e : entries) {
                    if (!e.group() && e.kind().equals(kind)) {
                        out.add(e);
                    }
                }
            } else {
                String code = spec.startsWith("code:") ? spec.substring(5).strip() : spec.strip();
                if (code.endsWith("*")) {
                    String prefix = code.substring(0, code.length() - 1);
                    for (AgencyEntry e : entries) {
                        if (!e.group() && e.code().startsWith(prefix)) {
                            out.add(e);
                        }
                    }
                } else {
                    AgencyEntry e = byCode.get(code);
                    if (e == null) {
                        throw new IllegalStateException(group.code() + ": unknown member code " + code);
                    }
                    if (!e.group()) {
                        out.add(e);
                    } else {
                        out.addAll(membersOf(e));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Members of the group with this code (see {@link #membersOf(AgencyEntry)}). */
    public List<AgencyEntry> membersOf(String groupCode) {
        AgencyEntry g = byCode.get(groupCode);
        if (g == null) {
            throw new IllegalArgumentException("unknown code " + groupCode);
        }
        return membersOf(g);
    }
}
