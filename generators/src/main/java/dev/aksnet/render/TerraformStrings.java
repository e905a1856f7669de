package dev.aksnet.render;

import java.util.regex.Pattern;

/**
 * The one place spec values become Terraform (HCL) literals. Every string from a spec passes through
 * {@link #quote(String)} in the view model; templates never see a raw user string.
 */
public final class TerraformStrings {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private TerraformStrings() {
    }

    /**
     * A quoted HCL string whose value is exactly {@code value}: quotes, backslashes and control characters are
     * escaped, and the template sequences <code>${</code> and <code>%{</code> are doubled so they stay literal text.
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean opensTemplate = i + 1 < value.length() && value.charAt(i + 1) == '{';
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append(opensTemplate ? "$$" : "$");
                case '%' -> out.append(opensTemplate ? "%%" : "%");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An object key: bare when it is an identifier, quoted otherwise. */
    public static String key(String key) {
        return IDENTIFIER.matcher(key).matches() ? key : quote(key);
    }
}
