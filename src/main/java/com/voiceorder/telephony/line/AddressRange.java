package com.voiceorder.telephony.line;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IP address or CIDR block ({@code 192.0.2.10}, {@code 192.0.2.0/24}, {@code 2001:db8::/32}). */
public record AddressRange(byte[] network, int prefixLength) {

    public static AddressRange parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("Not an IP address or CIDR block: " + text);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in " + text);
            }
            return new AddressRange(bytes, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an IP address or CIDR block: " + text, e);
        }
    }

    public boolean contains(InetAddress candidate) {
        byte[] bytes = candidate.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = 0xFF << (8 - remainingBits);
        return (bytes[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
