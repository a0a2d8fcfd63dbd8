package io.mcpwarden.runtime.authorizationserver.cimd;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Tells public internet addresses from those a server-side fetch must never reach (SSRF): loopback, private
 * (RFC 1918, RFC 4193), link-local (including cloud metadata at 169.254.169.254), carrier-grade NAT, multicast,
 * unspecified, documentation and benchmarking ranges, and IPv6 forms that embed such an IPv4 address.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes, 0);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(bytes);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b, int offset) {
        int first = b[offset] & 0xff;
        int second = b[offset + 1] & 0xff;
        int third = b[offset + 2] & 0xff;
        return !(first == 0 // "this network"
                || first == 10 // private
                || first == 127 // loopback
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                || (first == 169 && second == 254) // link-local, cloud metadata
                || (first == 172 && second >= 16 && second <= 31) // private
                || (first == 192 && second == 0 && third == 0) // IETF protocol assignments
                || (first == 192 && second == 0 && third == 2) // documentation
                || (first == 192 && second == 88 && third == 99) // 6to4 relay anycast
                || (first == 192 && second == 168) // private
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || (first == 198 && second == 51 && third == 100) // documentation
                || (first == 203 && second == 0 && third == 113) // documentation
                || first >= 224); // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
            return false;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) { // link-local fe80::/10
            return false;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) { // deprecated site-local fec0::/10
            return false;
        }
        if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) { // documentation 2001:db8::/32
            return false;
        }
        if (first == 0x20 && b[1] == 0x02) { // 6to4: judge the embedded IPv4 address
            return isPublicIpv4(b, 2);
        }
        if (first == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) { // NAT64 64:ff9b::/96
            return isPublicIpv4(b, 12);
        }
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        if (zeroPrefix) {
            // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), ::, ::1: judged by the IPv4 part, never public when 0.
            boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            boolean compatible = b[10] == 0 && b[11] == 0;
            return (mapped || compatible) && isPublicIpv4(b, 12);
        }
        return true;
    }
}
