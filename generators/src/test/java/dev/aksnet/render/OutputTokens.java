package dev.aksnet.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizers of the generated languages, written for the tests and independent of the escaping code: enough of HCL and
 * Bicep to tell structure (identifiers, punctuation, newlines, literals) from content (what a string literal means).
 * A live template sequence inside a string ({@code ${} in either, {@code %{} in HCL) is a token of its own.
 */
final class OutputTokens {
    private OutputTokens() {
    }

    enum Kind { IDENT, NUMBER, STRING, TEMPLATE, PUNCT, NEWLINE, COMMENT }

    /** A token; {@code value} is the decoded content for STRING, the text otherwise. */
    record Token(Kind kind, String value) {
    }

    static List<Token> hcl(String text) {
        return tokenize(text, '"', true);
    }

    static List<Token> bicep(String text) {
        return tokenize(text, '\'', false);
    }

    /**
     * The structure: token kinds, with numbers and punctuation spelled out; string contents, identifiers and template
     * expressions left out (identifiers derive from names).
     */
    static List<String> structure(List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind() != Kind.COMMENT)
                .map(t -> t.kind() == Kind.STRING || t.kind() == Kind.IDENT || t.kind() == Kind.TEMPLATE ? t.kind().name()
                        : t.kind() + " " + t.value()).toList();
    }

    private static List<Token> tokenize(String text, char quote, boolean hcl) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                tokens.add(new Token(Kind.NEWLINE, "\n"));
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '#' && hcl || c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                tokens.add(new Token(Kind.COMMENT, text.substring(i, end)));
                i = end;
            } else if (c == quote) {
                i = string(text, i, quote, hcl, tokens);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || hcl && text.charAt(i) == '-')) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENT, text.substring(start, i)));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i)));
            } else {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /** Reads a string literal from {@code open}; returns the index after it. */
    private static int string(String text, int open, char quote, boolean hcl, List<Token> tokens) {
        StringBuilder value = new StringBuilder();
        int i = open + 1;
        while (true) {
            if (i >= text.length() || text.charAt(i) == '\n') {
                throw new AssertionError("unterminated string literal at " + open + ": " + text.substring(open, Math.min(text.length(), open + 60)));
            }
            char c = text.charAt(i);
            if (c == quote) {
                tokens.add(new Token(Kind.STRING, value.toString()));
                return i + 1;
            }
            if (c == '\\') {
                char e = text.charAt(i + 1);
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case '\\' -> value.append('\\');
                    case '"', '\'', '$' -> value.append(e);
                    case 'u' -> {
                        if (hcl) {
                            value.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                            i += 4;
                        } else {
                            int close = text.indexOf('}', i);
                            value.append((char) Integer.parseInt(text.substring(i + 3, close), 16));
                            i = close - 1;
                        }
                    }
                    default -> throw new AssertionError("unknown escape \\" + e + " at " + i);
                }
                i += 2;
                continue;
            }
            boolean opens = i + 1 < text.length() && text.charAt(i + 1) == '{';
            if (hcl && (c == '$' || c == '%') && i + 2 < text.length() && text.charAt(i + 1) == c && text.charAt(i + 2) == '{') {
                value.append(c).append('{'); // $${ and %%{ are the literal texts ${ and %{
                i += 3;
                continue;
            }
            if (opens && (c == '$' || hcl && c == '%')) {
                // A live template: its token holds the expression, read to the matching brace.
                int depth = 1;
                int j = i + 2;
                while (j < text.length() && text.charAt(j) != '\n' && depth > 0) {
                    depth += text.charAt(j) == '{' ? 1 : text.charAt(j) == '}' ? -1 : 0;
                    j++;
                }
                tokens.add(new Token(Kind.TEMPLATE, depth == 0 ? text.substring(i + 2, j - 1) : text.substring(i, j)));
                i = depth == 0 ? j : i + 2;
                continue;
            }
            value.append(c);
            i++;
        }
    }
}
