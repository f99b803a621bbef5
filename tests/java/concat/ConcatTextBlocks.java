// min-release: 17
// Text blocks (Java 15) and local variable type inference (var, Java 10):
// indentation stripping, escapes (\n, \t, \s, \<newline>), quotes, and text
// blocks used as concatenation operands and recipes; String.formatted and
// String methods added after Java 8 that javac 17 programs use.
public class ConcatTextBlocks {
    public static void main(String[] args) {
        var name = "cortado";
        var version = 17;
        var block = """
            Hello, "world"!
              indented line
            tab\there
            trailing space kept:\s
            joined \
            line
            """;
        System.out.print(block);
        System.out.println("length " + block.length());
        var json = """
            {
              "name": "%s",
              "version": %d
            }""".formatted(name, version);
        System.out.println(json);
        var mixed = """
            <""" + name + """
            >""" + version;
        System.out.println(mixed);
        var lines = 0;
        for (var i = 0; i < block.length(); i++) {
            if (block.charAt(i) == '\n') lines++;
        }
        System.out.println("lines " + lines);
        var escapes = """
            \u0001 and \\u0002 and ""\" end""";
        for (var i = 0; i < escapes.length(); i++) {
            var c = escapes.charAt(i);
            System.out.print(c < 32 ? "^" + (int) c : "" + c);
        }
        System.out.println();
        System.out.println("repeat " + "ab".repeat(3) + " strip [" + "  x  ".strip() + "] blank " + "   ".isBlank());
    }
}
