package vn.dondoc.extraction.tasks;

import java.util.ArrayList;
import java.util.List;

import vn.dondoc.extraction.structure.MarkerType;
import vn.dondoc.extraction.structure.Paragraph;

/** A node of the body outline: a marked paragraph, its marked children and the plain paragraphs under it. */
final class OutlineNode {
    final Paragraph p;
    final OutlineNode parent;
    final List<OutlineNode> kids = new ArrayList<>();
    final List<Paragraph> paras = new ArrayList<>();
    String ref = "";

    OutlineNode(Paragraph p, OutlineNode parent) {
        this.p = p;
        this.parent = parent;
    }

    MarkerType type() {
        return p == null ? MarkerType.NONE : p.type();
    }

    boolean hasItemKids() {
        for (OutlineNode k : kids) {
            if (k.type() != MarkerType.PLUS) {
                return true;
            }
        }
        return false;
    }

    /** Builds the outline of body paragraphs. */
    static OutlineNode build(List<Paragraph> body) {
        OutlineNode root = new OutlineNode(null, null);
        List<OutlineNode> stack = new ArrayList<>();
        stack.add(root);
        for (Paragraph p : body) {
            if (p.type() == MarkerType.NONE) {
                stack.get(stack.size() - 1).paras.add(p);
                continue;
            }
            if (p.type() == MarkerType.PLUS) {
                if (stack.size() > 1 && stack.get(stack.size() - 1).type() == MarkerType.PLUS) {
                    stack.remove(stack.size() - 1);
                }
            } else {
                int same = -1;
                for (int i = stack.size() - 1; i >= 1; i--) {
                    if (stack.get(i).type() == p.type()) {
                        same = i;
                        break;
                    }
                }
                if (same > 0) {
                    while (stack.size() > same) {
                        stack.remove(stack.size() - 1);
                    }
                } else if (p.type() == MarkerType.ROMAN) {
                    while (stack.size() > 1) {
                        stack.remove(stack.size() - 1);
                    }
                } else {
                    while (stack.size() > 1 && stack.get(stack.size() - 1).type() == MarkerType.PLUS) {
                        stack.remove(stack.size() - 1);
                    }
                }
            }
            OutlineNode parent = stack.get(stack.size() - 1);
            OutlineNode node = new OutlineNode(p, parent);
            parent.kids.add(node);
            stack.add(node);
        }
        assignRefs(root);
        return root;
    }

    private static void assignRefs(OutlineNode node) {
        int dash = 0;
        String previousLetter = null;
        for (OutlineNode k : node.kids) {
            String label = k.p.label();
            if (k.type() == MarkerType.LETTER) {
                // OCR reads "đ)" as a second "d)"
                if (label.equals("d") && "d".equals(previousLetter)) {
                    label = "đ";
                }
                previousLetter = label;
            }
            if (k.type() == MarkerType.DASH) {
                label = String.valueOf(++dash);
            }
            if (k.type() == MarkerType.MULTI_NUMBER && node.p != null && label.startsWith(node.p.label() + ".")) {
                String parentPrefix = node.parent == null || node.parent.ref.isEmpty() ? "" : node.parent.ref + ".";
                k.ref = parentPrefix + label;
            } else {
                k.ref = node.ref.isEmpty() ? label : node.ref + "." + label;
            }
            assignRefs(k);
        }
    }
}
