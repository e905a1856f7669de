package dev.aksnet.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the text of a CIDR or an address into an IPAddress value, once, at the edge (YAML reader, Java DSL).
 *
 * <p>Only the canonical dotted-quad form is accepted: four decimal parts 0–255 in ASCII digits without leading zeros,
 * and for a CIDR a prefix length 0–32 without a leading zero. The IP library (like inet_aton) also reads octal
 * ({@code 010} = 8), hexadecimal, shorthand ({@code 10.0.1} = 10.0.0.1), single-number and mask forms, each of which
 * silently turns a typo into another, possibly public, address. The text is checked against the canonical form first;
 * only then does the library build the value. A refused text gets a message and a hint that name the problem, never
 * the library's own wording.
 */
public final class CidrSyntax {
    private CidrSyntax() {
    }

    /** What a text was meant to be: a network (CIDR_INVALID) or a single address (IP_INVALID). */
    public enum Kind {
        CIDR("CIDR", "10.0.0.0/16"),
        ADDRESS("IPv4 address", "10.0.0.10");

        private final String noun;
        private final String example;

        Kind(String noun, String example) {
            this.noun = noun;
            this.example = example;
        }
    }

    /** A text that is not a usable CIDR or address; {@code hint} says what to write instead. */
    public static final class InvalidCidrException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Kind kind;
        private final String text;
        private final String hint;

        InvalidCidrException(Kind kind, String text, String message, String hint) {
            super(message);
            this.kind = kind;
            this.text = text;
            this.hint = hint;
        }

        /** Whether a CIDR or a single address was expected. */
        public Kind kind() {
            return kind;
        }

        /** The refused text, as given. */
        public String text() {
            return text;
        }

        public String hint() {
            return hint;
        }
    }

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
    private static final String QUAD = OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET;
    private static final Pattern CANONICAL_ADDRESS = Pattern.compile(QUAD);
    private static final Pattern CANONICAL_CIDR = Pattern.compile(QUAD + "/(?:3[0-2]|[12][0-9]|[0-9])");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
    /** Zeros before the last digit of a number. */
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=.)");

    /**
     * Parses an IPv4 CIDR such as {@code 10.0.0.0/16} into a prefix block.
     *
     * @throws InvalidCidrException when the text is not a canonical IPv4 CIDR, or has host bits set
     */
    public static IPAddress parseIpv4Block(String text) {
        if (text == null || !CANONICAL_CIDR.matcher(text).matches()) {
            throw refused(Kind.CIDR, text);
        }
        IPAddress address = value(text);
        if (!address.isPrefixBlock()) {
            String network = address.toPrefixBlock().toCanonicalString();
            throw new InvalidCidrException(Kind.CIDR, text, "'" + text + "' has host bits set: it is not the first address of its /"
                    + address.getNetworkPrefixLength() + " network", "use the network address " + network);
        }
        return address;
    }

    /**
     * Parses an IPv4 or an IPv6 CIDR, for the fields that take either (a network's address space, a dual-stack subnet's
     * {@code cidrs}, a cluster's {@code podCidrs} and {@code serviceCidrs}). IPv4 is read as by {@link #parseIpv4Block};
     * IPv6 only in its canonical form (RFC 5952: lower case, leading zeros dropped, the longest run of zero groups
     * compressed), without a zone id or embedded IPv4, so that one range has one spelling in specs and in the output.
     *
     * @throws InvalidCidrException when the text is neither, or has host bits set
     */
    public static IPAddress parseBlock(String text) {
        return text != null && text.indexOf(':') >= 0 ? parseIpv6Block(text) : parseIpv4Block(text);
    }

    /**
     * Parses an IPv6 CIDR such as {@code fd00:10:90::/64} (see {@link #parseBlock}).
     *
     * @throws InvalidCidrException when the text is not a canonical IPv6 CIDR, or has host bits set
     */
    public static IPAddress parseIpv6Block(String text) {
        String what = "'" + text + "' is not a valid IPv6 CIDR: ";
        if (text == null || text.isEmpty()) {
            throw new InvalidCidrException(Kind.CIDR, "", "the CIDR is empty", "write an IPv6 CIDR such as fd00:10:90::/64");
        }
        if (text.indexOf('%') >= 0) {
            throw new InvalidCidrException(Kind.CIDR, text, what + "it has a zone id ('%…'), which only link-local addresses on one host have",
                    "write the range without '%' and what follows it");
        }
        if (text.indexOf('.') >= 0) {
            throw new InvalidCidrException(Kind.CIDR, text, what + "it embeds an IPv4 address", "write all eight groups in hexadecimal");
        }
        if (text.indexOf('/') < 0) {
            throw new InvalidCidrException(Kind.CIDR, text, what + "it has no prefix length", "write it as a CIDR, e.g. " + text + "/64");
        }
        IPAddress address = ipv6(text, Kind.CIDR, what + "it does not parse as eight hexadecimal groups and a prefix length 0-128",
                "write an IPv6 CIDR such as fd00:10:90::/64");
        if (!address.isPrefixBlock()) {
            String network = address.toPrefixBlock().toCanonicalString();
            throw new InvalidCidrException(Kind.CIDR, text, "'" + text + "' has host bits set: it is not the first address of its /"
                    + address.getNetworkPrefixLength() + " network", "use the network address " + network);
        }
        return canonical(address, text, Kind.CIDR, what);
    }

    /** The library's IPv6 value of {@code text}, refused with {@code problem} and {@code hint} when it is none. */
    private static IPAddress ipv6(String text, Kind kind, String problem, String hint) {
        IPAddress address = new IPAddressString(text).getAddress();
        if (address == null || !address.isIPv6()) {
            throw new InvalidCidrException(kind, text, problem, hint);
        }
        return address;
    }

    /** {@code address} when {@code text} is its canonical (RFC 5952) spelling; refused with that spelling as the hint otherwise. */
    private static IPAddress canonical(IPAddress address, String text, Kind kind, String what) {
        String canonical = address.toCanonicalString();
        if (!canonical.equals(text)) {
            throw new InvalidCidrException(kind, text, what + "it is not written in the canonical form (lower case, no leading zeros, "
                    + "the longest run of zero groups as '::')", "write " + canonical);
        }
        return address;
    }

    /**
     * Parses a single IPv4 or IPv6 address (a route's next hop); IPv6 only in its canonical form, as in {@link #parseBlock}.
     *
     * @throws InvalidCidrException when the text is neither
     */
    public static IPAddress parseAddress(String text) {
        if (text == null || text.indexOf(':') < 0) {
            return parseIpv4Address(text);
        }
        String what = "'" + text + "' is not a valid IPv6 address: ";
        if (text.indexOf('%') >= 0 || text.indexOf('.') >= 0 || text.indexOf('/') >= 0) {
            throw new InvalidCidrException(Kind.ADDRESS, text, what + "it has a zone id, an embedded IPv4 address or a prefix length",
                    "write the address alone, in hexadecimal groups, such as fd00:10:90::4");
        }
        IPAddress address = ipv6(text, Kind.ADDRESS, what + "it does not parse as eight hexadecimal groups",
                "write an IPv6 address such as fd00:10:90::4");
        return canonical(address, text, Kind.ADDRESS, what);
    }

    /**
     * Parses a single IPv4 address such as {@code 10.0.0.10}.
     *
     * @throws InvalidCidrException when the text is not a canonical IPv4 address
     */
    public static IPAddress parseIpv4Address(String text) {
        if (text == null || !CANONICAL_ADDRESS.matcher(text).matches()) {
            throw refused(Kind.ADDRESS, text);
        }
        return value(text);
    }

    /** The library's value of a text already known to be canonical. */
    private static IPAddress value(String canonical) {
        IPAddress address = new IPAddressString(canonical).getAddress();
        if (address == null) {
            throw new IllegalStateException("a canonical IPv4 text did not parse: " + canonical);
        }
        return address;
    }

    /** Why {@code text} is not canonical, in the user's terms, with the canonical spelling when there is exactly one. */
    private static InvalidCidrException refused(Kind kind, String text) {
        String what = "'" + text + "' is not a valid " + kind.noun + ": ";
        if (text == null || text.isEmpty()) {
            return new InvalidCidrException(kind, "", "the " + kind.noun + " is empty", "write a " + kind.noun + " such as " + kind.example);
        }
        if (text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            String squeezed = text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            return new InvalidCidrException(kind, text, what + "it contains a space", canonicalOr(kind, squeezed,
                    "write it without spaces, e.g. " + squeezed, "write it without spaces, such as " + kind.example));
        }
        if (text.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            String ascii = text.codePoints().map(c -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            return new InvalidCidrException(kind, text, what + "it has digits other than ASCII 0-9", canonicalOr(kind, ascii,
                    "write it with the digits 0-9: " + ascii, "write it with the digits 0-9, such as " + kind.example));
        }
        if (text.indexOf(':') >= 0) {
            return new InvalidCidrException(kind, text, what + "it is an IPv6 " + (kind == Kind.CIDR ? "range" : "address")
                    + "; this field takes IPv4", "write an IPv4 " + kind.noun + " such as " + kind.example
                    + (kind == Kind.CIDR ? " (IPv6 ranges go in a network's addressSpace, a subnet's cidrs and a cluster's podCidrs and "
                    + "serviceCidrs)" : ""));
        }
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        String prefix = slash < 0 ? null : text.substring(slash + 1);
        Problem problem = addressProblem(address);
        if (problem != null && problem.canonical != null && prefix != null) {
            // The address has one certain spelling; the whole CIDR has one when its prefix has one too.
            Problem ofPrefix = prefixProblem(prefix, problem.canonical);
            String whole = ofPrefix == null ? problem.canonical + "/" + prefix : ofPrefix.canonical;
            problem = new Problem(problem.what, whole);
        } else if (problem == null && prefix != null) {
            problem = prefixProblem(prefix, address);
        }
        if (problem != null) {
            return new InvalidCidrException(kind, text, what + problem.what, problem.hint(kind, address, prefix));
        }
        // The address (and prefix) are canonical: only the shape is wrong for the field.
        if (kind == Kind.CIDR && prefix == null) {
            return new InvalidCidrException(kind, text, what + "it has no prefix length", "write it as a CIDR, e.g. " + text + "/24");
        }
        if (kind == Kind.ADDRESS && prefix != null) {
            return new InvalidCidrException(kind, text, what + "it is a CIDR; this field takes a single address",
                    "write the address alone: " + address);
        }
        return new InvalidCidrException(kind, text, what + "it is not in dotted-quad form", "write a " + kind.noun + " such as " + kind.example);
    }

    /** A syntax problem: what is wrong, and the canonical text when it is certain (else null). */
    private record Problem(String what, String canonical) {
        String hint(Kind kind, String address, String prefix) {
            if (canonical != null) {
                return (what.startsWith("leading zeros") ? "leading zeros are ambiguous: write " : "write ") + canonical;
            }
            return "write four decimal parts 0-255 separated by dots" + (kind == Kind.CIDR ? ", a slash and a prefix length 0-32" : "")
                    + ", such as " + kind.example;
        }
    }

    private static Problem addressProblem(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length == 1 && DECIMAL.matcher(address).matches()) {
            // One number (inet_aton's 32-bit form): its meaning is certain, but nobody reads it at a glance.
            return new Problem("the address is a single number, not four dotted parts",
                    address.length() <= 10 && Long.parseLong(address) <= 0xFFFFFFFFL ? dotted(Long.parseLong(address)) : null);
        }
        if (parts.length != 4) {
            // 10.0.1 means 10.0.0.1 to inet_aton and 10.0.1.0 to most readers: no guess is safe.
            return new Problem("the address has " + parts.length + " part" + (parts.length == 1 ? "" : "s")
                    + " (shorthand forms are ambiguous); an IPv4 address has four", null);
        }
        boolean leadingZero = false;
        StringBuilder decimal = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                return new Problem("part " + (i + 1) + " of the address is empty", null);
            }
            if (part.toLowerCase(Locale.ROOT).startsWith("0x")) {
                return new Problem("part " + (i + 1) + " ('" + part + "') is hexadecimal; each part is a decimal number", null);
            }
            if (!DECIMAL.matcher(part).matches()) {
                return new Problem("part " + (i + 1) + " ('" + part + "') is not a decimal number", null);
            }
            String digits = LEADING_ZEROS.matcher(part).replaceFirst("");
            if (digits.length() > 3 || Integer.parseInt(digits) > 255) {
                return new Problem("part " + (i + 1) + " (" + part + ") is above 255", null);
            }
            leadingZero |= !digits.equals(part);
            decimal.append(i == 0 ? "" : ".").append(Integer.parseInt(digits));
        }
        return leadingZero ? new Problem("leading zeros (some tools read 010 as octal 8)", decimal.toString()) : null;
    }

    private static Problem prefixProblem(String prefix, String address) {
        if (prefix.indexOf('/') >= 0) {
            return new Problem("it has more than one '/'", null);
        }
        if (prefix.indexOf('.') >= 0) {
            Integer length = maskLength(prefix);
            return new Problem("'/" + prefix + "' is a mask; write a prefix length", length == null ? null : address + "/" + length);
        }
        if (!DECIMAL.matcher(prefix).matches()) {
            return new Problem("the prefix length '" + prefix + "' is not a number from 0 to 32", null);
        }
        String digits = LEADING_ZEROS.matcher(prefix).replaceFirst("");
        if (digits.length() > 2 || Integer.parseInt(digits) > 32) {
            return new Problem("the prefix length /" + prefix + " is above 32", null);
        }
        if (!digits.equals(prefix)) {
            return new Problem("the prefix length /" + prefix + " has a leading zero", address + "/" + Integer.parseInt(digits));
        }
        return null;
    }

    /** The prefix length of a contiguous dotted-quad mask, or null. */
    private static Integer maskLength(String mask) {
        if (!CANONICAL_ADDRESS.matcher(mask).matches()) {
            return null;
        }
        long bits = 0;
        for (String part : mask.split("\\.")) {
            bits = bits << 8 | Integer.parseInt(part);
        }
        int length = Long.numberOfLeadingZeros(~bits & 0xFFFFFFFFL) - 32;
        return (bits == ((0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL)) ? length : null;
    }

    private static String dotted(long value) {
        return (value >> 24 & 0xFF) + "." + (value >> 16 & 0xFF) + "." + (value >> 8 & 0xFF) + "." + (value & 0xFF);
    }

    /** {@code certain} when {@code candidate} is canonical for the kind, else {@code otherwise}. */
    private static String canonicalOr(Kind kind, String candidate, String certain, String otherwise) {
        Pattern p = kind == Kind.CIDR ? CANONICAL_CIDR : CANONICAL_ADDRESS;
        return p.matcher(candidate).matches() ? certain : otherwise;
    }
}
