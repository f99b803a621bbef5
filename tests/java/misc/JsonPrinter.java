// A tiny JSON-like document model and printer (compact and indented), with
// string escaping, numbers of several kinds, nesting, and a parser that
// reads the compact form back.
public class JsonPrinter {
    static abstract class Value {
        abstract void write(StringBuilder sb, int indent, boolean pretty);
    }

    static final class Str extends Value {
        final String s;
        Str(String s) { this.s = s; }
        void write(StringBuilder sb, int indent, boolean pretty) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"': sb.append("\\\""); break;
                    case '\\': sb.append("\\\\"); break;
                    case '\n': sb.append("\\n"); break;
                    case '\t': sb.append("\\t"); break;
                    default:
                        if (c < 0x20 || c > 0x7e) {
                            String hex = Integer.toHexString(c);
                            sb.append("\\u");
                            for (int k = hex.length(); k < 4; k++) sb.append('0');
                            sb.append(hex);
                        } else {
                            sb.append(c);
                        }
                }
            }
            sb.append('"');
        }
    }

    static final class Num extends Value {
        final Object n;
        Num(Object n) { this.n = n; }
        void write(StringBuilder sb, int indent, boolean pretty) { sb.append(n); }
    }

    static final class Lit extends Value {
        final String text;
        Lit(String t) { text = t; }
        void write(StringBuilder sb, int indent, boolean pretty) { sb.append(text); }
    }

    static final class Arr extends Value {
        final Value[] items;
        Arr(Value... items) { this.items = items; }
        void write(StringBuilder sb, int indent, boolean pretty) {
            sb.append('[');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(',');
                if (pretty) newline(sb, indent + 1);
                items[i].write(sb, indent + 1, pretty);
            }
            if (pretty && items.length > 0) newline(sb, indent);
            sb.append(']');
        }
    }

    static final class Obj extends Value {
        final String[] keys = new String[16];
        final Value[] values = new Value[16];
        int size;
        Obj put(String k, Value v) { keys[size] = k; values[size++] = v; return this; }
        void write(StringBuilder sb, int indent, boolean pretty) {
            sb.append('{');
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(',');
                if (pretty) newline(sb, indent + 1);
                new Str(keys[i]).write(sb, indent + 1, pretty);
                sb.append(pretty ? ": " : ":");
                values[i].write(sb, indent + 1, pretty);
            }
            if (pretty && size > 0) newline(sb, indent);
            sb.append('}');
        }
    }

    static void newline(StringBuilder sb, int indent) {
        sb.append('\n');
        for (int i = 0; i < indent; i++) sb.append("  ");
    }

    static String render(Value v, boolean pretty) {
        StringBuilder sb = new StringBuilder();
        v.write(sb, 0, pretty);
        return sb.toString();
    }

    // Counts tokens of the compact form with a small scanner.
    static String scan(String json) {
        int strings = 0, numbers = 0, braces = 0, brackets = 0, depth = 0, maxDepth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                strings++;
                for (i++; json.charAt(i) != '"'; i++) if (json.charAt(i) == '\\') i++;
            } else if (c == '-' || Character.isDigit(c)) {
                numbers++;
                while (i + 1 < json.length() && "0123456789.eE+-".indexOf(json.charAt(i + 1)) >= 0) i++;
            } else if (c == '{' || c == '[') {
                if (c == '{') braces++; else brackets++;
                maxDepth = Math.max(maxDepth, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return "strings " + strings + ", numbers " + numbers + ", objects " + braces + ", arrays " + brackets + ", max depth " + maxDepth + ", balanced " + (depth == 0);
    }

    public static void main(String[] args) {
        Obj doc = new Obj()
            .put("name", new Str("Cortado"))
            .put("version", new Num(0.1))
            .put("stable", new Lit("false"))
            .put("license", new Lit("null"))
            .put("counts", new Arr(new Num(1), new Num(-2), new Num(3000000000L), new Num(2.5e-8), new Num(1e21)))
            .put("escapes", new Str("quote \" backslash \\ newline \n tab \t bell \u0007 e-acute \u00e9"))
            .put("empty", new Arr())
            .put("nested", new Obj().put("deeper", new Obj().put("deepest", new Arr(new Obj(), new Arr(new Arr(new Lit("true")))))))
            .put("matrix", new Arr(new Arr(new Num(1), new Num(0)), new Arr(new Num(0), new Num(1))));
        String compact = render(doc, false);
        System.out.println(compact);
        System.out.println(render(doc, true));
        System.out.println(scan(compact));
        System.out.println("length " + compact.length() + " hash " + compact.hashCode());
        Arr big = new Arr(new Value[50]);
        for (int i = 0; i < 50; i++) big.items[i] = new Obj().put("i", new Num(i)).put("sq", new Num((long) i * i)).put("s", new Str("#" + i));
        String bigJson = render(big, false);
        System.out.println(scan(bigJson) + ", length " + bigJson.length() + ", tail " + bigJson.substring(bigJson.length() - 40));
    }
}
