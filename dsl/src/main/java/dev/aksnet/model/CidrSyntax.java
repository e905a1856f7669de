package dev.aksnet.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/** Turns the text of a CIDR or an address into an IPAddress value, once, at the edge (YAML reader, Java DSL). */
public final class CidrSyntax {
    private CidrSyntax() {
    }

    /** A text that is not a usable CIDR; {@code hint} says what to write instead. */
    public static final class InvalidCidrException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        InvalidCidrException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /**
     * Parses an IPv4 CIDR such as {@code 10.0.0.0/16} into a prefix block.
     *
     * @throws InvalidCidrException when the text is no IPv4 CIDR or has host bits set
     */
    public static IPAddress parseIpv4Block(String text) {
        IPAddress address = parseAddress(text, "CIDR");
        if (!address.isIPv4()) {
            throw new InvalidCidrException("'" + text + "' is not an IPv4 CIDR", "write an IPv4 network such as 10.0.0.0/16");
        }
        if (!address.isPrefixed()) {
            throw new InvalidCidrException("'" + text + "' has no prefix length", "write it as a CIDR, e.g. " + text + "/24");
        }
        if (!address.isPrefixBlock()) {
            String network = address.toPrefixBlock().toCanonicalString();
            throw new InvalidCidrException("'" + text + "' has host bits set", "use the network address " + network);
        }
        return address;
    }

    /**
     * Parses a single IPv4 address such as {@code 10.0.0.10}.
     *
     * @throws InvalidCidrException when the text is no single IPv4 address
     */
    public static IPAddress parseIpv4Address(String text) {
        IPAddress address = parseAddress(text, "IP address");
        if (!address.isIPv4() || address.isPrefixed()) {
            throw new InvalidCidrException("'" + text + "' is not a single IPv4 address", "write an address such as 10.0.0.10");
        }
        return address;
    }

    private static IPAddress parseAddress(String text, String what) {
        try {
            IPAddress address = new IPAddressString(text.strip()).toAddress();
            if (address == null) {
                throw new InvalidCidrException("'" + text + "' is not an " + what, "write an IPv4 " + what + " such as 10.0.0.0/16");
            }
            return address;
        } catch (AddressStringException e) {
            throw new InvalidCidrException("'" + text + "' is not an " + what + ": " + e.getMessage(),
                    "write an IPv4 " + what + " such as 10.0.0.0/16");
        }
    }
}
